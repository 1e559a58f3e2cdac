// @generated from `generator/tests/fixtures/one_of.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The types of the request and response bodies.

/// The `AddShapeResponse` schema.
///
/// One of several alternatives: a value is read as the first variant it fits.
#[derive(Debug, Clone, PartialEq)]
pub enum AddShapeResponse {
    /// A value of the `String` alternative.
    String(String),
    /// A value of the `Integer` alternative.
    Integer(i64),
    /// A value of the `Array` alternative.
    Array(Vec<String>),
    /// A value of the `Expr` alternative.
    Expr(Expr),
}

impl serde::Serialize for AddShapeResponse {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        match *self {
            Self::String(ref v) => serde::Serialize::serialize(v, serializer),
            Self::Integer(ref v) => serde::Serialize::serialize(v, serializer),
            Self::Array(ref v) => serde::Serialize::serialize(v, serializer),
            Self::Expr(ref v) => serde::Serialize::serialize(v, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for AddShapeResponse {
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
        if let Some(v) = super::runtime::alternative(&value) {
            return Ok(Self::Array(v));
        }
        if let Some(v) = super::runtime::alternative(&value) {
            return Ok(Self::Expr(v));
        }
        Err(
            serde::de::Error::custom(
                "data did not match any variant of untagged enum AddShapeResponse",
            ),
        )
    }
}

/// The `Circle` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Circle {
    /// The `radius` property.
    pub radius: f64,
}

impl Circle {
    /// A `Circle` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(radius: impl Into<f64>) -> Self {
        Self { radius: radius.into() }
    }
}

impl serde::Serialize for Circle {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("radius", &self.radius);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Circle {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = Circle;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `Circle` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<f64> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "radius" => super::runtime::read(&mut map, &mut field_0),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => Ok(Circle { radius: field_0 }),
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["radius"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Contains itself through one of its alternatives.
///
/// One of several alternatives: a value is read as the first variant it fits.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// A value of the `Number` alternative.
    Number(f64),
    /// A value of the `Negation` alternative.
    Negation(Box<Negation>),
}

impl serde::Serialize for Expr {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        match *self {
            Self::Number(ref v) => serde::Serialize::serialize(v, serializer),
            Self::Negation(ref v) => serde::Serialize::serialize(v, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Expr {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        if let Some(v) = super::runtime::alternative(&value) {
            return Ok(Self::Number(v));
        }
        if let Some(v) = super::runtime::alternative(&value) {
            return Ok(Self::Negation(v));
        }
        Err(
            serde::de::Error::custom(
                "data did not match any variant of untagged enum Expr",
            ),
        )
    }
}

/// The `Negation` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Negation {
    /// The `inner` property.
    pub inner: Box<Expr>,
}

impl Negation {
    /// A `Negation` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(inner: impl Into<Expr>) -> Self {
        Self {
            inner: Box::new(inner.into()),
        }
    }
}

impl serde::Serialize for Negation {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("inner", &self.inner);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Negation {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = Negation;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `Negation` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<Box<Expr>> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "inner" => super::runtime::read(&mut map, &mut field_0),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => Ok(Negation { inner: field_0 }),
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["inner"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// A circle or a square, told apart by their fields.
///
/// One of several alternatives: a value is read as the first variant it fits.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A value of the `Circle` alternative.
    Circle(Circle),
    /// A value of the `Square` alternative.
    Square(Square),
}

impl serde::Serialize for Shape {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        match *self {
            Self::Circle(ref v) => serde::Serialize::serialize(v, serializer),
            Self::Square(ref v) => serde::Serialize::serialize(v, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Shape {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        if let Some(v) = super::runtime::alternative(&value) {
            return Ok(Self::Circle(v));
        }
        if let Some(v) = super::runtime::alternative(&value) {
            return Ok(Self::Square(v));
        }
        Err(
            serde::de::Error::custom(
                "data did not match any variant of untagged enum Shape",
            ),
        )
    }
}

/// The `Square` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Square {
    /// The `side` property.
    pub side: f64,
}

impl Square {
    /// A `Square` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(side: impl Into<f64>) -> Self {
        Self { side: side.into() }
    }
}

impl serde::Serialize for Square {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("side", &self.side);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Square {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = Square;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `Square` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<f64> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "side" => super::runtime::read(&mut map, &mut field_0),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => Ok(Square { side: field_0 }),
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["side"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
