// @generated from `generator/tests/fixtures/path_suffix.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The types of the request and response bodies.

/// The `CallsMuteResponse` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CallsMuteResponse {
    /// The `operationId` property.
    pub operation_id: Option<String>,
}

impl serde::Serialize for CallsMuteResponse {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("operationId", &self.operation_id);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CallsMuteResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CallsMuteResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `CallsMuteResponse` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "operationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(CallsMuteResponse {
                    operation_id: field_0,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `MuteRequest` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MuteRequest {
    /// The `participants` property.
    pub participants: Vec<String>,
    /// The `context` property.
    pub context: Option<String>,
}

impl MuteRequest {
    /// A `MuteRequest` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(participants: impl Into<Vec<String>>) -> Self {
        Self {
            participants: participants.into(),
            context: None,
        }
    }
}

impl serde::Serialize for MuteRequest {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("participants", &self.participants);
        map.optional("context", &self.context);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MuteRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = MuteRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `MuteRequest` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<Vec<String>> = None;
                let mut field_1: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "participants" => super::runtime::read(&mut map, &mut field_0),
                        "context" => super::runtime::read_or_null(&mut map, &mut field_1),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(MuteRequest {
                            participants: field_0,
                            context: field_1,
                        })
                    }
                    (field_0,) => {
                        Err(
                            super::runtime::missing(
                                &[field_0.is_some()],
                                &["participants"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `PutFileExt` schema.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PutFileExt {
    /// `txt`
    Txt,
    /// `bin`
    Bin,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl PutFileExt {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Txt => "txt",
            Self::Bin => "bin",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for PutFileExt {
    fn from(value: &str) -> Self {
        match value {
            "txt" => Self::Txt,
            "bin" => Self::Bin,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for PutFileExt {
    fn from(value: String) -> Self {
        match value.as_str() {
            "txt" => Self::Txt,
            "bin" => Self::Bin,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for PutFileExt {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for PutFileExt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for PutFileExt {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for PutFileExt {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
