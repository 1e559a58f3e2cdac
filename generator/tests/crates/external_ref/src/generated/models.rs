// @generated from `generator/tests/fixtures/external_ref.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The types of the request and response bodies.

/// The `Address` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Address {
    /// The `city` property.
    pub city: Option<String>,
}

impl serde::Serialize for Address {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("city", &self.city);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Address {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = Address;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `Address` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "city" => super::runtime::read_or_null(&mut map, &mut field_0),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(Address { city: field_0 })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `Error` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Error {
    /// The `message` property.
    pub message: String,
    /// The `cause` property.
    pub cause: Option<Box<Error>>,
}

impl Error {
    /// A `Error` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            cause: None,
        }
    }
}

impl serde::Serialize for Error {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("message", &self.message);
        map.optional("cause", &self.cause);
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
                let mut field_1: Option<Box<Error>> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "message" => super::runtime::read(&mut map, &mut field_0),
                        "cause" => super::runtime::read_or_null(&mut map, &mut field_1),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(Error {
                            message: field_0,
                            cause: field_1,
                        })
                    }
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["message"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `User` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct User {
    /// The `id` property.
    pub id: String,
    /// The `created` property.
    pub created: Option<String>,
    /// The `name` property.
    pub name: String,
    /// The `home` property.
    pub home: Option<Address>,
}

impl User {
    /// A `User` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            created: None,
            name: name.into(),
            home: None,
        }
    }
}

impl serde::Serialize for User {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("id", &self.id);
        map.optional("created", &self.created);
        map.entry("name", &self.name);
        map.optional("home", &self.home);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for User {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = User;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `User` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<Address> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "id" => super::runtime::read(&mut map, &mut field_0),
                        "created" => super::runtime::read_or_null(&mut map, &mut field_1),
                        "name" => super::runtime::read(&mut map, &mut field_2),
                        "home" => super::runtime::read_or_null(&mut map, &mut field_3),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0, field_2) {
                    (Some(field_0), Some(field_2)) => {
                        Ok(User {
                            id: field_0,
                            created: field_1,
                            name: field_2,
                            home: field_3,
                        })
                    }
                    (field_0, field_2) => {
                        Err(
                            super::runtime::missing(
                                &[field_0.is_some(), field_2.is_some()],
                                &["id", "name"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

impl super::error::ErrorBody for Error {
    fn code(&self) -> Option<&str> {
        None
    }

    fn message(&self) -> Option<&str> {
        let value = self;
        Some(value.message.as_str())
    }
}
