// @generated from `generator/tests/fixtures/param_styles.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The types of the request and response bodies.

/// The `Filter` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Filter {
    /// The `status` property.
    pub status: Option<String>,
    /// The `limit` property.
    pub limit: Option<i64>,
}

impl serde::Serialize for Filter {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("status", &self.status);
        map.optional("limit", &self.limit);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Filter {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = Filter;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `Filter` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<i64> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "status" => super::runtime::read_or_null(&mut map, &mut field_0),
                        "limit" => super::runtime::read_or_null(&mut map, &mut field_1),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(Filter {
                    status: field_0,
                    limit: field_1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `FindItemsWorkflow` schema.
///
/// One of several alternatives: a value is read as the first variant it fits.
#[derive(Debug, Clone, PartialEq)]
pub enum FindItemsWorkflow {
    /// A value of the `Integer` alternative.
    Integer(i64),
    /// A value of the `String` alternative.
    String(String),
}

impl serde::Serialize for FindItemsWorkflow {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        match *self {
            Self::Integer(ref v) => serde::Serialize::serialize(v, serializer),
            Self::String(ref v) => serde::Serialize::serialize(v, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for FindItemsWorkflow {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        if let Some(v) = super::runtime::alternative(&value) {
            return Ok(Self::Integer(v));
        }
        if let Some(v) = super::runtime::alternative(&value) {
            return Ok(Self::String(v));
        }
        Err(
            serde::de::Error::custom(
                "data did not match any variant of untagged enum FindItemsWorkflow",
            ),
        )
    }
}

/// The `Point` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Point {
    /// The `x` property.
    pub x: i64,
    /// The `y` property.
    pub y: i64,
}

impl Point {
    /// A `Point` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(x: impl Into<i64>, y: impl Into<i64>) -> Self {
        Self { x: x.into(), y: y.into() }
    }
}

impl serde::Serialize for Point {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("x", &self.x);
        map.entry("y", &self.y);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Point {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = Point;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `Point` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<i64> = None;
                let mut field_1: Option<i64> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "x" => super::runtime::read(&mut map, &mut field_0),
                        "y" => super::runtime::read(&mut map, &mut field_1),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0, field_1) {
                    (Some(field_0), Some(field_1)) => {
                        Ok(Point { x: field_0, y: field_1 })
                    }
                    (field_0, field_1) => {
                        Err(
                            super::runtime::missing(
                                &[field_0.is_some(), field_1.is_some()],
                                &["x", "y"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
