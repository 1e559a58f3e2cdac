// @generated from `generator/tests/fixtures/error_bodies.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The types of the request and response bodies.

/// The `Detail` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Detail {
    /// The `error` property.
    pub error: Option<DetailError>,
}

impl serde::Serialize for Detail {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("error", &self.error);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Detail {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = Detail;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `Detail` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<DetailError> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "error" => super::runtime::read_or_null(&mut map, &mut field_0),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(Detail { error: field_0 })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `DetailError` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DetailError {
    /// The `code` property.
    pub code: Option<String>,
    /// The `message` property.
    pub message: Option<String>,
}

impl serde::Serialize for DetailError {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("code", &self.code);
        map.optional("message", &self.message);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for DetailError {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = DetailError;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `DetailError` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "code" => super::runtime::read_or_null(&mut map, &mut field_0),
                        "message" => super::runtime::read_or_null(&mut map, &mut field_1),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(DetailError {
                    code: field_0,
                    message: field_1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `Error` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Error {
    /// The `code` property.
    pub code: Option<String>,
    /// The `message` property.
    pub message: Option<String>,
}

impl serde::Serialize for Error {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("code", &self.code);
        map.optional("message", &self.message);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Error {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = Error;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `Error` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "code" => super::runtime::read_or_null(&mut map, &mut field_0),
                        "message" => super::runtime::read_or_null(&mut map, &mut field_1),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(Error {
                    code: field_0,
                    message: field_1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The error answers of an operation, by status.
///
/// The client picks the variant from the answer's status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetByStatusError {
    /// The answer with status `400`.
    Status400(Vec<Detail>),
    /// The answer with status `409`.
    Status409(Error),
    /// The answer with status `503`, which has no body.
    Status503,
}

/// The `GetUnionError` schema.
///
/// One of several alternatives: a value is read as the first variant it fits.
#[derive(Debug, Clone, PartialEq)]
pub enum GetUnionError {
    /// A value of the `Error` alternative.
    Error(Error),
    /// A value of the `Array` alternative.
    Array(Vec<Error>),
}

impl serde::Serialize for GetUnionError {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        match *self {
            Self::Error(ref v) => serde::Serialize::serialize(v, serializer),
            Self::Array(ref v) => serde::Serialize::serialize(v, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for GetUnionError {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        if let Some(v) = super::runtime::alternative(&value) {
            return Ok(Self::Error(v));
        }
        if let Some(v) = super::runtime::alternative(&value) {
            return Ok(Self::Array(v));
        }
        Err(
            serde::de::Error::custom(
                "data did not match any variant of untagged enum GetUnionError",
            ),
        )
    }
}

/// The `ListThingsResponse` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListThingsResponse {
    /// The `a` property.
    pub a: Option<String>,
}

impl serde::Serialize for ListThingsResponse {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("a", &self.a);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ListThingsResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = ListThingsResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `ListThingsResponse` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "a" => super::runtime::read_or_null(&mut map, &mut field_0),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(ListThingsResponse { a: field_0 })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

impl super::error::ErrorBody for Detail {
    fn code(&self) -> Option<&str> {
        let value = self;
        let value = value.error.as_ref()?;
        value.code.as_deref()
    }

    fn message(&self) -> Option<&str> {
        let value = self;
        let value = value.error.as_ref()?;
        value.message.as_deref()
    }
}

impl super::error::ErrorBody for Error {
    fn code(&self) -> Option<&str> {
        let value = self;
        value.code.as_deref()
    }

    fn message(&self) -> Option<&str> {
        let value = self;
        value.message.as_deref()
    }
}

impl super::error::ErrorBody for GetUnionError {
    fn code(&self) -> Option<&str> {
        None
    }

    fn message(&self) -> Option<&str> {
        None
    }
}

/// The hand-written `crate::Problem` holds an error body of an operation: it must implement `ErrorBody` (the code and message it carries, or `None`).
const _: fn() = || {
    fn error_body<T: super::error::ErrorBody>() {}
    error_body::<crate::Problem>();
};

impl super::error::ErrorBody for GetByStatusError {
    fn code(&self) -> Option<&str> {
        match self {
            Self::Status400(body) => super::error::ErrorBody::code(body),
            Self::Status409(body) => super::error::ErrorBody::code(body),
            Self::Status503 => None,
        }
    }

    fn message(&self) -> Option<&str> {
        match self {
            Self::Status400(body) => super::error::ErrorBody::message(body),
            Self::Status409(body) => super::error::ErrorBody::message(body),
            Self::Status503 => None,
        }
    }
}
