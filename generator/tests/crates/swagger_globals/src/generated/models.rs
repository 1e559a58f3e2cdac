// @generated from `generator/tests/fixtures/swagger_globals.json` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The types of the request and response bodies.

/// The `Gadget` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Gadget {
    /// The `id` property.
    pub id: String,
    /// The `weight` property.
    pub weight: Option<f32>,
    /// Absent leaves the note as it is; null clears it.
    ///
    /// `None`: absent; `Some(None)`: `null`.
    pub note: Option<Option<String>>,
    /// The `labels` property.
    pub labels: Option<Labels>,
}

impl Gadget {
    /// A `Gadget` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            weight: None,
            note: None,
            labels: None,
        }
    }
}

impl serde::Serialize for Gadget {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("id", &self.id);
        map.optional("weight", &self.weight);
        map.optional("note", &self.note);
        map.optional("labels", &self.labels);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Gadget {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = Gadget;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `Gadget` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<f32> = None;
                let mut field_2: Option<Option<String>> = None;
                let mut field_3: Option<Labels> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "id" => super::runtime::read(&mut map, &mut field_0),
                        "weight" => super::runtime::read_or_null(&mut map, &mut field_1),
                        "note" => super::runtime::read(&mut map, &mut field_2),
                        "labels" => super::runtime::read_or_null(&mut map, &mut field_3),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(Gadget {
                            id: field_0,
                            weight: field_1,
                            note: field_2,
                            labels: field_3,
                        })
                    }
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["id"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `Labels` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Labels {
    /// The `color` property.
    ///
    /// `None`: absent; `Some(None)`: `null`.
    pub color: Option<Option<String>>,
    /// The object's other properties, by name.
    pub additional_properties: std::collections::BTreeMap<String, String>,
}

impl Labels {
    /// A `Labels` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(
        additional_properties: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        Self {
            color: None,
            additional_properties: additional_properties.into(),
        }
    }
}

impl serde::Serialize for Labels {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("color", &self.color);
        map.entries(&self.additional_properties);
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
                let mut field_0: Option<Option<String>> = None;
                let mut field_1: std::collections::BTreeMap<String, String> = std::collections::BTreeMap::new();
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "color" => super::runtime::read(&mut map, &mut field_0),
                        _ => super::runtime::read_other(&mut map, &key, &mut field_1),
                    }?;
                }
                Ok(Labels {
                    color: field_0,
                    additional_properties: field_1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `OperationsListResponse` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OperationsListResponse {
    /// The `value` property.
    pub value: Option<Vec<String>>,
}

impl serde::Serialize for OperationsListResponse {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("value", &self.value);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for OperationsListResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = OperationsListResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `OperationsListResponse` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<Vec<String>> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "value" => super::runtime::read_or_null(&mut map, &mut field_0),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(OperationsListResponse {
                    value: field_0,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `Shape` schema.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Shape {
    /// `round`
    Round,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl Shape {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Round => "round",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for Shape {
    fn from(value: &str) -> Self {
        match value {
            "round" => Self::Round,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for Shape {
    fn from(value: String) -> Self {
        match value.as_str() {
            "round" => Self::Round,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for Shape {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for Shape {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Shape {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Shape {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
