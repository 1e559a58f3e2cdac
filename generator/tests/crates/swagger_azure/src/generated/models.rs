// @generated from `generator/tests/fixtures/swagger_azure.json` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The types of the request and response bodies.

/// The `Color` schema.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Color {
    /// A warm *red*.
    ///
    /// `red`
    Crimson,
    /// `green`
    Green,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl Color {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Crimson => "red",
            Self::Green => "green",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for Color {
    fn from(value: &str) -> Self {
        match value {
            "red" => Self::Crimson,
            "green" => Self::Green,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for Color {
    fn from(value: String) -> Self {
        match value.as_str() {
            "red" => Self::Crimson,
            "green" => Self::Green,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for Color {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for Color {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Color {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Color {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// The `Error` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Error {
    /// The `code` property.
    pub code: String,
    /// The `message` property.
    pub message: String,
    /// The `innererror` property.
    ///
    /// Read-only: set by the service, ignored in requests.
    pub inner_error: Option<Box<Error>>,
}

impl Error {
    /// A `Error` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
            inner_error: None,
        }
    }
}

impl serde::Serialize for Error {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("code", &self.code);
        map.entry("message", &self.message);
        map.optional("innererror", &self.inner_error);
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
                let mut field_2: Option<Box<Error>> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "code" => super::runtime::read(&mut map, &mut field_0),
                        "message" => super::runtime::read(&mut map, &mut field_1),
                        "innererror" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0, field_1) {
                    (Some(field_0), Some(field_1)) => {
                        Ok(Error {
                            code: field_0,
                            message: field_1,
                            inner_error: field_2,
                        })
                    }
                    (field_0, field_1) => {
                        Err(
                            super::runtime::missing(
                                &[field_0.is_some(), field_1.is_some()],
                                &["code", "message"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `ErrorResponse` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorResponse {
    /// The `error` property.
    pub error: Error,
}

impl ErrorResponse {
    /// A `ErrorResponse` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(error: impl Into<Error>) -> Self {
        Self { error: error.into() }
    }
}

impl serde::Serialize for ErrorResponse {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("error", &self.error);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ErrorResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = ErrorResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `ErrorResponse` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<Error> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "error" => super::runtime::read(&mut map, &mut field_0),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => Ok(ErrorResponse { error: field_0 }),
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["error"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `Identifier` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Identifier {
    /// The `rawId` property.
    pub raw_id: Option<String>,
}

impl serde::Serialize for Identifier {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("rawId", &self.raw_id);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Identifier {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = Identifier;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `Identifier` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "rawId" => super::runtime::read_or_null(&mut map, &mut field_0),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(Identifier { raw_id: field_0 })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// A callback event: painting failed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PaintFailed {
    /// The `widgetId` property.
    pub widget_id: Option<String>,
    /// The `note` property.
    ///
    /// `None`: absent; `Some(None)`: `null`.
    pub note: Option<Option<String>>,
    /// The `size` property.
    pub size: Option<Size>,
}

impl serde::Serialize for PaintFailed {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("widgetId", &self.widget_id);
        map.optional("note", &self.note);
        map.optional("size", &self.size);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PaintFailed {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = PaintFailed;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `PaintFailed` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<Option<String>> = None;
                let mut field_2: Option<Size> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "widgetId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "note" => super::runtime::read(&mut map, &mut field_1),
                        "size" => super::runtime::read_or_null(&mut map, &mut field_2),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(PaintFailed {
                    widget_id: field_0,
                    note: field_1,
                    size: field_2,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `PaintRequest` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PaintRequest {
    /// The new color.
    pub color: Color,
    /// The `coats` property.
    ///
    /// `None`: absent; `Some(None)`: `null`.
    pub coats: Option<Option<i32>>,
    /// The `owner` property.
    pub owner: Option<Identifier>,
}

impl PaintRequest {
    /// A `PaintRequest` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(color: impl Into<Color>) -> Self {
        Self {
            color: color.into(),
            coats: None,
            owner: None,
        }
    }
}

impl serde::Serialize for PaintRequest {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("color", &self.color);
        map.optional("coats", &self.coats);
        map.optional("owner", &self.owner);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PaintRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = PaintRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `PaintRequest` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<Color> = None;
                let mut field_1: Option<Option<i32>> = None;
                let mut field_2: Option<Identifier> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "color" => super::runtime::read(&mut map, &mut field_0),
                        "coats" => super::runtime::read(&mut map, &mut field_1),
                        "owner" => super::runtime::read_or_null(&mut map, &mut field_2),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(PaintRequest {
                            color: field_0,
                            coats: field_1,
                            owner: field_2,
                        })
                    }
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["color"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `Size` schema.
///
/// A closed set: any other value fails to parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Size {
    /// `small`
    Small,
    /// `large`
    Large,
}

impl Size {
    /// Every value, as sent on the wire.
    pub const VALUES: &[&str] = &["small", "large"];

    /// The value as sent on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Small => "small",
            Self::Large => "large",
        }
    }
}

impl std::str::FromStr for Size {
    type Err = super::error::UnknownValue;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        match value {
            "small" => Ok(Self::Small),
            "large" => Ok(Self::Large),
            _ => {
                Err(super::error::UnknownValue {
                    type_name: "Size",
                    value: value.to_owned(),
                })
            }
        }
    }
}

impl std::fmt::Display for Size {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Size {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Size {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <std::borrow::Cow<
            'de,
            str,
        > as serde::Deserialize>::deserialize(deserializer)?;
        value
            .parse()
            .map_err(|_| serde::de::Error::unknown_variant(&value, Self::VALUES))
    }
}

/// The `Widget` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Widget {
    /// The `id` property.
    pub widget_id: Option<String>,
    /// The `color` property.
    pub color: Option<Color>,
    /// The `size` property.
    pub size: Option<Size>,
    /// The `details` property.
    pub details: Option<WidgetDetails>,
}

impl serde::Serialize for Widget {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("id", &self.widget_id);
        map.optional("color", &self.color);
        map.optional("size", &self.size);
        map.optional("details", &self.details);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Widget {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = Widget;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `Widget` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<Color> = None;
                let mut field_2: Option<Size> = None;
                let mut field_3: Option<WidgetDetails> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "id" => super::runtime::read_or_null(&mut map, &mut field_0),
                        "color" => super::runtime::read_or_null(&mut map, &mut field_1),
                        "size" => super::runtime::read_or_null(&mut map, &mut field_2),
                        "details" => super::runtime::read_or_null(&mut map, &mut field_3),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(Widget {
                    widget_id: field_0,
                    color: field_1,
                    size: field_2,
                    details: field_3,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `WidgetDetails` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WidgetDetails {
    /// The `weight` property.
    pub weight: Option<i32>,
}

impl serde::Serialize for WidgetDetails {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("weight", &self.weight);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for WidgetDetails {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = WidgetDetails;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `WidgetDetails` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<i32> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "weight" => super::runtime::read_or_null(&mut map, &mut field_0),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(WidgetDetails { weight: field_0 })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `WidgetPage` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WidgetPage {
    /// The `value` property.
    pub value: Option<Vec<Widget>>,
    /// The `nextLink` property.
    pub next_link: Option<String>,
}

impl serde::Serialize for WidgetPage {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("value", &self.value);
        map.optional("nextLink", &self.next_link);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for WidgetPage {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = WidgetPage;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `WidgetPage` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<Vec<Widget>> = None;
                let mut field_1: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "value" => super::runtime::read_or_null(&mut map, &mut field_0),
                        "nextLink" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(WidgetPage {
                    value: field_0,
                    next_link: field_1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// A callback event: a widget was painted.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WidgetPainted {
    /// The widget.
    pub widget_id: String,
    /// The `color` property.
    pub color: Option<Color>,
    /// A note, or null.
    ///
    /// `None`: absent; `Some(None)`: `null`.
    pub note: Option<Option<String>>,
}

impl WidgetPainted {
    /// A `WidgetPainted` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(widget_id: impl Into<String>) -> Self {
        Self {
            widget_id: widget_id.into(),
            color: None,
            note: None,
        }
    }
}

impl serde::Serialize for WidgetPainted {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("widgetId", &self.widget_id);
        map.optional("color", &self.color);
        map.optional("note", &self.note);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for WidgetPainted {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = WidgetPainted;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `WidgetPainted` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<Color> = None;
                let mut field_2: Option<Option<String>> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "widgetId" => super::runtime::read(&mut map, &mut field_0),
                        "color" => super::runtime::read_or_null(&mut map, &mut field_1),
                        "note" => super::runtime::read(&mut map, &mut field_2),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(WidgetPainted {
                            widget_id: field_0,
                            color: field_1,
                            note: field_2,
                        })
                    }
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["widgetId"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

impl super::error::ErrorBody for ErrorResponse {
    fn code(&self) -> Option<&str> {
        let value = self;
        let value = &value.error;
        Some(value.code.as_str())
    }

    fn message(&self) -> Option<&str> {
        let value = self;
        let value = &value.error;
        Some(value.message.as_str())
    }
}
