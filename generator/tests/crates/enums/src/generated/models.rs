// @generated from `generator/tests/fixtures/enums.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The types of the request and response bodies.

/// The `Item` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Item {
    /// The `status` property.
    pub status: Status,
    /// The `kind` property.
    ///
    /// `None`: absent; `Some(None)`: `null`.
    pub kind: Option<Option<ItemKind>>,
    /// The `count` property.
    pub count: Option<i64>,
    /// The `priority` property.
    pub priority: Option<Priority>,
    /// The `level` property.
    pub level: Option<Level>,
    /// Values of several types stay JSON.
    pub mixed: Option<serde_json::Value>,
}

impl Item {
    /// A `Item` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(status: impl Into<Status>) -> Self {
        Self {
            status: status.into(),
            kind: None,
            count: None,
            priority: None,
            level: None,
            mixed: None,
        }
    }
}

impl serde::Serialize for Item {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("status", &self.status);
        map.optional("kind", &self.kind);
        map.optional("count", &self.count);
        map.optional("priority", &self.priority);
        map.optional("level", &self.level);
        map.optional("mixed", &self.mixed);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Item {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = Item;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `Item` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<Status> = None;
                let mut field_1: Option<Option<ItemKind>> = None;
                let mut field_2: Option<i64> = None;
                let mut field_3: Option<Priority> = None;
                let mut field_4: Option<Level> = None;
                let mut field_5: Option<serde_json::Value> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "status" => super::runtime::read(&mut map, &mut field_0),
                        "kind" => super::runtime::read(&mut map, &mut field_1),
                        "count" => super::runtime::read_or_null(&mut map, &mut field_2),
                        "priority" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "level" => super::runtime::read_or_null(&mut map, &mut field_4),
                        "mixed" => super::runtime::read_or_null(&mut map, &mut field_5),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(Item {
                            status: field_0,
                            kind: field_1,
                            count: field_2,
                            priority: field_3,
                            level: field_4,
                            mixed: field_5,
                        })
                    }
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["status"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `ItemKind` schema.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ItemKind {
    /// `a`
    A,
    /// `b`
    B,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl ItemKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::A => "a",
            Self::B => "b",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for ItemKind {
    fn from(value: &str) -> Self {
        match value {
            "a" => Self::A,
            "b" => Self::B,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for ItemKind {
    fn from(value: String) -> Self {
        match value.as_str() {
            "a" => Self::A,
            "b" => Self::B,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for ItemKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for ItemKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ItemKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ItemKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// The `Level` schema.
///
/// A closed set: any other number fails to parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    /// `0`
    Off,
    /// Loud.
    ///
    /// `10`
    High,
}

impl Level {
    /// Every named value.
    pub const VALUES: &[i64] = &[0, 10];

    /// The value as sent on the wire.
    pub fn value(&self) -> i64 {
        match self {
            Self::Off => 0,
            Self::High => 10,
        }
    }
}

impl TryFrom<i64> for Level {
    type Error = super::error::UnknownValue;

    fn try_from(value: i64) -> Result<Self, Self::Error> {
        match value {
            0 => Ok(Self::Off),
            10 => Ok(Self::High),
            _ => {
                Err(super::error::UnknownValue {
                    type_name: "Level",
                    value: value.to_string(),
                })
            }
        }
    }
}

impl std::str::FromStr for Level {
    type Err = super::error::UnknownValue;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        match value.trim().parse::<i64>() {
            Ok(number) => Self::try_from(number),
            Err(_) => {
                Err(super::error::UnknownValue {
                    type_name: "Level",
                    value: value.to_owned(),
                })
            }
        }
    }
}

impl<'de> serde::Deserialize<'de> for Level {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <i64 as serde::Deserialize>::deserialize(deserializer)?;
        Self::try_from(value)
            .map_err(|_| {
                serde::de::Error::invalid_value(
                    serde::de::Unexpected::Signed(value),
                    &"Level",
                )
            })
    }
}

impl std::fmt::Display for Level {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&self.value(), f)
    }
}

impl serde::Serialize for Level {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.value())
    }
}

/// The `ListItemsTagsItem` schema.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListItemsTagsItem {
    /// `red`
    Red,
    /// `green`
    Green,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl ListItemsTagsItem {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Red => "red",
            Self::Green => "green",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for ListItemsTagsItem {
    fn from(value: &str) -> Self {
        match value {
            "red" => Self::Red,
            "green" => Self::Green,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for ListItemsTagsItem {
    fn from(value: String) -> Self {
        match value.as_str() {
            "red" => Self::Red,
            "green" => Self::Green,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for ListItemsTagsItem {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for ListItemsTagsItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for ListItemsTagsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ListItemsTagsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// Integers, a negative one among them; others are kept.
///
/// Numbers this version of the crate does not know are kept in the last
/// variant, so a value the service adds later never fails to parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Priority {
    /// `1`
    V1,
    /// `2`
    V2,
    /// `3`
    V3,
    /// `-1`
    Minus1,
    /// A number this version of the crate does not know.
    UnknownValue(i64),
}

impl Priority {
    /// Every named value.
    pub const VALUES: &[i64] = &[1, 2, 3, -1];

    /// The value as sent on the wire.
    pub fn value(&self) -> i64 {
        match self {
            Self::V1 => 1,
            Self::V2 => 2,
            Self::V3 => 3,
            Self::Minus1 => -1,
            Self::UnknownValue(value) => *value,
        }
    }
}

impl From<i64> for Priority {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::V1,
            2 => Self::V2,
            3 => Self::V3,
            -1 => Self::Minus1,
            other => Self::UnknownValue(other),
        }
    }
}

impl std::str::FromStr for Priority {
    type Err = std::num::ParseIntError;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        value.trim().parse::<i64>().map(Self::from)
    }
}

impl<'de> serde::Deserialize<'de> for Priority {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <i64 as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

impl std::fmt::Display for Priority {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&self.value(), f)
    }
}

impl serde::Serialize for Priority {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.value())
    }
}

/// Values folding to one name, the catch-all's name, the empty string and symbols.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Status {
    /// `active`
    Active,
    /// `ACTIVE`
    Active2,
    /// `Active`
    Active3,
    /// `UnknownValue`
    UnknownValue,
    /// the empty string
    Empty,
    /// `==`
    Value,
    /// `<=`
    Value2,
    /// `1st`
    V1st,
    /// `unknown`
    Unknown,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue2(String),
}

impl Status {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Active2 => "ACTIVE",
            Self::Active3 => "Active",
            Self::UnknownValue => "UnknownValue",
            Self::Empty => "",
            Self::Value => "==",
            Self::Value2 => "<=",
            Self::V1st => "1st",
            Self::Unknown => "unknown",
            Self::UnknownValue2(value) => value,
        }
    }
}

impl From<&str> for Status {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "ACTIVE" => Self::Active2,
            "Active" => Self::Active3,
            "UnknownValue" => Self::UnknownValue,
            "" => Self::Empty,
            "==" => Self::Value,
            "<=" => Self::Value2,
            "1st" => Self::V1st,
            "unknown" => Self::Unknown,
            other => Self::UnknownValue2(other.to_owned()),
        }
    }
}

impl From<String> for Status {
    fn from(value: String) -> Self {
        match value.as_str() {
            "active" => Self::Active,
            "ACTIVE" => Self::Active2,
            "Active" => Self::Active3,
            "UnknownValue" => Self::UnknownValue,
            "" => Self::Empty,
            "==" => Self::Value,
            "<=" => Self::Value2,
            "1st" => Self::V1st,
            "unknown" => Self::Unknown,
            _ => Self::UnknownValue2(value),
        }
    }
}

impl std::str::FromStr for Status {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Status {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Status {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
