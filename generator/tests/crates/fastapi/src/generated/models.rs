// @generated from `generator/tests/fastapi/openapi.json` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The types of the request and response bodies.

/// Body_login_login_post
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BodyLoginLoginPost {
    /// Password
    pub password: String,
    /// Username
    pub username: String,
}

impl BodyLoginLoginPost {
    /// A `BodyLoginLoginPost` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(password: impl Into<String>, username: impl Into<String>) -> Self {
        Self {
            password: password.into(),
            username: username.into(),
        }
    }
}

impl serde::Serialize for BodyLoginLoginPost {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("password", &self.password);
        map.entry("username", &self.username);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for BodyLoginLoginPost {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = BodyLoginLoginPost;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `BodyLoginLoginPost` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "password" => super::runtime::read(&mut map, &mut field_0),
                        "username" => super::runtime::read(&mut map, &mut field_1),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0, field_1) {
                    (Some(field_0), Some(field_1)) => {
                        Ok(BodyLoginLoginPost {
                            password: field_0,
                            username: field_1,
                        })
                    }
                    (field_0, field_1) => {
                        Err(
                            super::runtime::missing(
                                &[field_0.is_some(), field_1.is_some()],
                                &["password", "username"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// HTTPValidationError
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HttpValidationError {
    /// Detail
    pub detail: Option<Vec<ValidationError>>,
}

impl serde::Serialize for HttpValidationError {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("detail", &self.detail);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for HttpValidationError {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = HttpValidationError;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `HttpValidationError` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<Vec<ValidationError>> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "detail" => super::runtime::read_or_null(&mut map, &mut field_0),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(HttpValidationError {
                    detail: field_0,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Kind
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Kind {
    /// `cat`
    Cat,
    /// `dog`
    Dog,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl Kind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cat => "cat",
            Self::Dog => "dog",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for Kind {
    fn from(value: &str) -> Self {
        match value {
            "cat" => Self::Cat,
            "dog" => Self::Dog,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for Kind {
    fn from(value: String) -> Self {
        match value.as_str() {
            "cat" => Self::Cat,
            "dog" => Self::Dog,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for Kind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Kind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Kind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// Owner
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Owner {
    /// Name
    pub name: String,
    /// Phone
    ///
    /// `None`: absent; `Some(None)`: `null`.
    pub phone: Option<Option<String>>,
}

impl Owner {
    /// A `Owner` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            phone: None,
        }
    }
}

impl serde::Serialize for Owner {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("name", &self.name);
        map.optional("phone", &self.phone);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Owner {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = Owner;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `Owner` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<Option<String>> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "name" => super::runtime::read(&mut map, &mut field_0),
                        "phone" => super::runtime::read(&mut map, &mut field_1),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(Owner {
                            name: field_0,
                            phone: field_1,
                        })
                    }
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["name"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Pet
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Pet {
    /// Age
    ///
    /// `None`: absent; `Some(None)`: `null`.
    pub age: Option<Option<i64>>,
    /// Id
    pub id: i64,
    /// The `kind` property.
    pub kind: Kind,
    /// Name
    pub name: String,
    /// The `owner` property.
    ///
    /// `None`: absent; `Some(None)`: `null`.
    pub owner: Option<Option<Owner>>,
    /// Tags
    pub tags: Option<Vec<String>>,
}

impl Pet {
    /// A `Pet` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(
        id: impl Into<i64>,
        kind: impl Into<Kind>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            age: None,
            id: id.into(),
            kind: kind.into(),
            name: name.into(),
            owner: None,
            tags: None,
        }
    }
}

impl serde::Serialize for Pet {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("age", &self.age);
        map.entry("id", &self.id);
        map.entry("kind", &self.kind);
        map.entry("name", &self.name);
        map.optional("owner", &self.owner);
        map.optional("tags", &self.tags);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Pet {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = Pet;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `Pet` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<Option<i64>> = None;
                let mut field_1: Option<i64> = None;
                let mut field_2: Option<Kind> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<Option<Owner>> = None;
                let mut field_5: Option<Vec<String>> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "age" => super::runtime::read(&mut map, &mut field_0),
                        "id" => super::runtime::read(&mut map, &mut field_1),
                        "kind" => super::runtime::read(&mut map, &mut field_2),
                        "name" => super::runtime::read(&mut map, &mut field_3),
                        "owner" => super::runtime::read(&mut map, &mut field_4),
                        "tags" => super::runtime::read_or_null(&mut map, &mut field_5),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_1, field_2, field_3) {
                    (Some(field_1), Some(field_2), Some(field_3)) => {
                        Ok(Pet {
                            age: field_0,
                            id: field_1,
                            kind: field_2,
                            name: field_3,
                            owner: field_4,
                            tags: field_5,
                        })
                    }
                    (field_1, field_2, field_3) => {
                        Err(
                            super::runtime::missing(
                                &[field_1.is_some(), field_2.is_some(), field_3.is_some()],
                                &["id", "kind", "name"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// PetIn
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PetIn {
    /// Age
    ///
    /// `None`: absent; `Some(None)`: `null`.
    pub age: Option<Option<i64>>,
    /// The `kind` property.
    pub kind: Kind,
    /// Name
    pub name: String,
    /// The `owner` property.
    ///
    /// `None`: absent; `Some(None)`: `null`.
    pub owner: Option<Option<Owner>>,
    /// Tags
    pub tags: Option<Vec<String>>,
}

impl PetIn {
    /// A `PetIn` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(kind: impl Into<Kind>, name: impl Into<String>) -> Self {
        Self {
            age: None,
            kind: kind.into(),
            name: name.into(),
            owner: None,
            tags: None,
        }
    }
}

impl serde::Serialize for PetIn {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("age", &self.age);
        map.entry("kind", &self.kind);
        map.entry("name", &self.name);
        map.optional("owner", &self.owner);
        map.optional("tags", &self.tags);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PetIn {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = PetIn;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `PetIn` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<Option<i64>> = None;
                let mut field_1: Option<Kind> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<Option<Owner>> = None;
                let mut field_4: Option<Vec<String>> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "age" => super::runtime::read(&mut map, &mut field_0),
                        "kind" => super::runtime::read(&mut map, &mut field_1),
                        "name" => super::runtime::read(&mut map, &mut field_2),
                        "owner" => super::runtime::read(&mut map, &mut field_3),
                        "tags" => super::runtime::read_or_null(&mut map, &mut field_4),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_1, field_2) {
                    (Some(field_1), Some(field_2)) => {
                        Ok(PetIn {
                            age: field_0,
                            kind: field_1,
                            name: field_2,
                            owner: field_3,
                            tags: field_4,
                        })
                    }
                    (field_1, field_2) => {
                        Err(
                            super::runtime::missing(
                                &[field_1.is_some(), field_2.is_some()],
                                &["kind", "name"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// ValidationError
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ValidationError {
    /// Context
    pub ctx: Option<serde_json::Value>,
    /// Input
    pub input: Option<serde_json::Value>,
    /// Location
    pub loc: Vec<ValidationErrorLocItem>,
    /// Message
    pub msg: String,
    /// Error Type
    pub r#type: String,
}

impl ValidationError {
    /// A `ValidationError` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(
        loc: impl Into<Vec<ValidationErrorLocItem>>,
        msg: impl Into<String>,
        r#type: impl Into<String>,
    ) -> Self {
        Self {
            ctx: None,
            input: None,
            loc: loc.into(),
            msg: msg.into(),
            r#type: r#type.into(),
        }
    }
}

impl serde::Serialize for ValidationError {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("ctx", &self.ctx);
        map.optional("input", &self.input);
        map.entry("loc", &self.loc);
        map.entry("msg", &self.msg);
        map.entry("type", &self.r#type);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ValidationError {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = ValidationError;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `ValidationError` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<serde_json::Value> = None;
                let mut field_1: Option<serde_json::Value> = None;
                let mut field_2: Option<Vec<ValidationErrorLocItem>> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "ctx" => super::runtime::read_or_null(&mut map, &mut field_0),
                        "input" => super::runtime::read_or_null(&mut map, &mut field_1),
                        "loc" => super::runtime::read(&mut map, &mut field_2),
                        "msg" => super::runtime::read(&mut map, &mut field_3),
                        "type" => super::runtime::read(&mut map, &mut field_4),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_2, field_3, field_4) {
                    (Some(field_2), Some(field_3), Some(field_4)) => {
                        Ok(ValidationError {
                            ctx: field_0,
                            input: field_1,
                            loc: field_2,
                            msg: field_3,
                            r#type: field_4,
                        })
                    }
                    (field_2, field_3, field_4) => {
                        Err(
                            super::runtime::missing(
                                &[field_2.is_some(), field_3.is_some(), field_4.is_some()],
                                &["loc", "msg", "type"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `ValidationErrorLocItem` schema.
///
/// One of several alternatives: a value is read as the first variant it fits.
#[derive(Debug, Clone, PartialEq)]
pub enum ValidationErrorLocItem {
    /// A value of the `String` alternative.
    String(String),
    /// A value of the `Integer` alternative.
    Integer(i64),
}

impl serde::Serialize for ValidationErrorLocItem {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        match *self {
            Self::String(ref v) => serde::Serialize::serialize(v, serializer),
            Self::Integer(ref v) => serde::Serialize::serialize(v, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for ValidationErrorLocItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        if let Some(v) = super::runtime::alternative(&value) {
            return Ok(Self::String(v));
        }
        if let Some(v) = super::runtime::alternative(&value) {
            return Ok(Self::Integer(v));
        }
        Err(
            serde::de::Error::custom(
                "data did not match any variant of untagged enum ValidationErrorLocItem",
            ),
        )
    }
}

impl super::error::ErrorBody for HttpValidationError {
    fn code(&self) -> Option<&str> {
        None
    }

    fn message(&self) -> Option<&str> {
        None
    }
}
