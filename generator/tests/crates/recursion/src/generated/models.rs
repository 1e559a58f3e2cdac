// @generated from `generator/tests/fixtures/recursion.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The types of the request and response bodies.

/// The `Edge` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Edge {
    /// The `weight` property.
    pub weight: Option<f32>,
    /// The `to` property.
    pub to: Option<Box<Node>>,
}

impl serde::Serialize for Edge {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("weight", &self.weight);
        map.optional("to", &self.to);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Edge {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = Edge;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `Edge` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<f32> = None;
                let mut field_1: Option<Box<Node>> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "weight" => super::runtime::read_or_null(&mut map, &mut field_0),
                        "to" => super::runtime::read_or_null(&mut map, &mut field_1),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(Edge {
                    weight: field_0,
                    to: field_1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `MenuItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MenuItem {
    /// The `label` property.
    pub label: Option<String>,
    /// The `children` property.
    pub children: Option<Vec<MenuItem>>,
}

impl serde::Serialize for MenuItem {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("label", &self.label);
        map.optional("children", &self.children);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MenuItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = MenuItem;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `MenuItem` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<Vec<MenuItem>> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "label" => super::runtime::read_or_null(&mut map, &mut field_0),
                        "children" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(MenuItem {
                    label: field_0,
                    children: field_1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Contains itself directly, through an array, a map and another type.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Node {
    /// The `value` property.
    pub value: String,
    /// The `parent` property.
    pub parent: Box<Node>,
    /// The `children` property.
    pub children: Option<Vec<Node>>,
    /// The `byName` property.
    pub by_name: Option<std::collections::BTreeMap<String, Node>>,
    /// The `edge` property.
    pub edge: Option<Box<Edge>>,
}

impl Node {
    /// A `Node` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(value: impl Into<String>, parent: impl Into<Node>) -> Self {
        Self {
            value: value.into(),
            parent: Box::new(parent.into()),
            children: None,
            by_name: None,
            edge: None,
        }
    }
}

impl serde::Serialize for Node {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("value", &self.value);
        map.entry("parent", &self.parent);
        map.optional("children", &self.children);
        map.optional("byName", &self.by_name);
        map.optional("edge", &self.edge);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Node {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = Node;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `Node` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<Box<Node>> = None;
                let mut field_2: Option<Vec<Node>> = None;
                let mut field_3: Option<std::collections::BTreeMap<String, Node>> = None;
                let mut field_4: Option<Box<Edge>> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "value" => super::runtime::read(&mut map, &mut field_0),
                        "parent" => super::runtime::read(&mut map, &mut field_1),
                        "children" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "byName" => super::runtime::read_or_null(&mut map, &mut field_3),
                        "edge" => super::runtime::read_or_null(&mut map, &mut field_4),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0, field_1) {
                    (Some(field_0), Some(field_1)) => {
                        Ok(Node {
                            value: field_0,
                            parent: field_1,
                            children: field_2,
                            by_name: field_3,
                            edge: field_4,
                        })
                    }
                    (field_0, field_1) => {
                        Err(
                            super::runtime::missing(
                                &[field_0.is_some(), field_1.is_some()],
                                &["value", "parent"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
