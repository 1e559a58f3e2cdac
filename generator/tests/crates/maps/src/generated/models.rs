// @generated from `generator/tests/fixtures/maps.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The types of the request and response bodies.

/// Named counters, besides a total.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Counters {
    /// The `total` property.
    pub total: i64,
    /// The object's other properties, by name.
    pub additional_properties: std::collections::BTreeMap<String, i64>,
}

impl Counters {
    /// A `Counters` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(
        total: impl Into<i64>,
        additional_properties: impl Into<std::collections::BTreeMap<String, i64>>,
    ) -> Self {
        Self {
            total: total.into(),
            additional_properties: additional_properties.into(),
        }
    }
}

impl serde::Serialize for Counters {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("total", &self.total);
        map.entries(&self.additional_properties);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Counters {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = Counters;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `Counters` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<i64> = None;
                let mut field_1: std::collections::BTreeMap<String, i64> = std::collections::BTreeMap::new();
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "total" => super::runtime::read(&mut map, &mut field_0),
                        _ => super::runtime::read_other(&mut map, &key, &mut field_1),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(Counters {
                            total: field_0,
                            additional_properties: field_1,
                        })
                    }
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["total"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Labels of any shape, besides a name and a nested map.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Labels {
    /// The `name` property.
    pub name: Option<String>,
    /// The `additionalProperties` property.
    pub additional_properties: Option<String>,
    /// The `nested` property.
    pub nested: Option<std::collections::BTreeMap<String, Vec<Labels>>>,
    /// The object's other properties, by name.
    pub additional_properties2: std::collections::BTreeMap<String, serde_json::Value>,
}

impl Labels {
    /// A `Labels` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(
        additional_properties2: impl Into<
            std::collections::BTreeMap<String, serde_json::Value>,
        >,
    ) -> Self {
        Self {
            name: None,
            additional_properties: None,
            nested: None,
            additional_properties2: additional_properties2.into(),
        }
    }
}

impl serde::Serialize for Labels {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("name", &self.name);
        map.optional("additionalProperties", &self.additional_properties);
        map.optional("nested", &self.nested);
        map.entries(&self.additional_properties2);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Labels {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = Labels;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `Labels` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<
                    std::collections::BTreeMap<String, Vec<Labels>>,
                > = None;
                let mut field_3: std::collections::BTreeMap<String, serde_json::Value> = std::collections::BTreeMap::new();
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "name" => super::runtime::read_or_null(&mut map, &mut field_0),
                        "additionalProperties" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "nested" => super::runtime::read_or_null(&mut map, &mut field_2),
                        _ => super::runtime::read_other(&mut map, &key, &mut field_3),
                    }?;
                }
                Ok(Labels {
                    name: field_0,
                    additional_properties: field_1,
                    nested: field_2,
                    additional_properties2: field_3,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
