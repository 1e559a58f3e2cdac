// @generated from `generator/tests/fixtures/hostile_text.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The types of the request and response bodies.

/// The `GetItemError` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetItemError {
    /// \\u{0}\\u{202e}*/
    pub message: Option<String>,
}

impl serde::Serialize for GetItemError {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("message", &self.message);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetItemError {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = GetItemError;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `GetItemError` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "message" => super::runtime::read_or_null(&mut map, &mut field_0),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(GetItemError { message: field_0 })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `GetItemFilterQuote` schema.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetItemFilterQuote {
    /// `a b`
    AB,
    /// `c"d`
    CD,
    /// `e*/f`
    EF,
    /// `g\u{202e}h`
    GH,
    /// `i\u{0}j`
    IJ,
    /// `k l`
    KL,
    /// `\`
    Value,
    /// `m\u{2066}n`
    MN,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl GetItemFilterQuote {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AB => "a\nb",
            Self::CD => "c\"d",
            Self::EF => "e*/f",
            Self::GH => "g\u{202e}h",
            Self::IJ => "i\0j",
            Self::KL => "k\rl",
            Self::Value => "\\",
            Self::MN => "m\u{2066}n",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for GetItemFilterQuote {
    fn from(value: &str) -> Self {
        match value {
            "a\nb" => Self::AB,
            "c\"d" => Self::CD,
            "e*/f" => Self::EF,
            "g\u{202e}h" => Self::GH,
            "i\0j" => Self::IJ,
            "k\rl" => Self::KL,
            "\\" => Self::Value,
            "m\u{2066}n" => Self::MN,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for GetItemFilterQuote {
    fn from(value: String) -> Self {
        match value.as_str() {
            "a\nb" => Self::AB,
            "c\"d" => Self::CD,
            "e*/f" => Self::EF,
            "g\u{202e}h" => Self::GH,
            "i\0j" => Self::IJ,
            "k\rl" => Self::KL,
            "\\" => Self::Value,
            "m\u{2066}n" => Self::MN,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for GetItemFilterQuote {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for GetItemFilterQuote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for GetItemFilterQuote {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for GetItemFilterQuote {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// An item. \`\`\`
/// \<script\>x\</script\>
/// ````text
/// - ```
///   a doc test
/// ````
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Item {
    /// */ \\u{202e}
    pub na_me: Option<String>,
    /// The `note` property.
    pub note: Option<String>,
}

impl serde::Serialize for Item {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("na\nme", &self.na_me);
        map.optional("note", &self.note);
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
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "na\nme" => super::runtime::read_or_null(&mut map, &mut field_0),
                        "note" => super::runtime::read_or_null(&mut map, &mut field_1),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(Item {
                    na_me: field_0,
                    note: field_1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

impl super::error::ErrorBody for GetItemError {
    fn code(&self) -> Option<&str> {
        None
    }

    fn message(&self) -> Option<&str> {
        let value = self;
        value.message.as_deref()
    }
}
