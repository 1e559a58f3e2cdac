// @generated from `generator/tests/fixtures/discriminator.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The types of the request and response bodies.

/// The `Cat` schema.
#[derive(Debug, Clone, PartialEq, Default)]
///
/// Always written with `petType` `"cat"` (its discriminator).
pub struct Cat {
    /// The `name` property.
    pub name: String,
    /// The `lives` property.
    pub lives: Option<i32>,
}

impl Cat {
    /// A `Cat` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            lives: None,
        }
    }
}

impl serde::Serialize for Cat {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("petType", "cat");
        map.entry("name", &self.name);
        map.optional("lives", &self.lives);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Cat {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = Cat;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `Cat` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<i32> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "name" => super::runtime::read(&mut map, &mut field_0),
                        "lives" => super::runtime::read_or_null(&mut map, &mut field_1),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(Cat {
                            name: field_0,
                            lives: field_1,
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

/// The `Circle` schema.
#[derive(Debug, Clone, PartialEq, Default)]
///
/// Always written with `kind` `"circle"` (its discriminator).
pub struct Circle {
    /// The `label` property.
    pub label: Option<String>,
    /// The `radius` property.
    pub radius: f64,
}

impl Circle {
    /// A `Circle` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(radius: impl Into<f64>) -> Self {
        Self {
            label: None,
            radius: radius.into(),
        }
    }
}

impl serde::Serialize for Circle {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("kind", "circle");
        map.optional("label", &self.label);
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
                let mut field_0: Option<String> = None;
                let mut field_1: Option<f64> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "label" => super::runtime::read_or_null(&mut map, &mut field_0),
                        "radius" => super::runtime::read(&mut map, &mut field_1),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_1,) {
                    (Some(field_1),) => {
                        Ok(Circle {
                            label: field_0,
                            radius: field_1,
                        })
                    }
                    (field_1,) => {
                        Err(super::runtime::missing(&[field_1.is_some()], &["radius"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `Dog` schema.
#[derive(Debug, Clone, PartialEq, Default)]
///
/// Always written with `petType` `"Dog"` (its discriminator).
pub struct Dog {
    /// The `name` property.
    pub name: String,
    /// The `goodBoy` property.
    pub good_boy: Option<bool>,
    /// The object's other properties, by name.
    pub additional_properties: std::collections::BTreeMap<String, String>,
}

impl Dog {
    /// A `Dog` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(
        name: impl Into<String>,
        additional_properties: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        Self {
            name: name.into(),
            good_boy: None,
            additional_properties: additional_properties.into(),
        }
    }
}

impl serde::Serialize for Dog {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("petType", "Dog");
        map.entry("name", &self.name);
        map.optional("goodBoy", &self.good_boy);
        map.entries(&self.additional_properties);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Dog {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = Dog;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `Dog` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<bool> = None;
                let mut field_2: std::collections::BTreeMap<String, String> = std::collections::BTreeMap::new();
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "name" => super::runtime::read(&mut map, &mut field_0),
                        "goodBoy" => super::runtime::read_or_null(&mut map, &mut field_1),
                        "petType" => super::runtime::skip(&mut map),
                        _ => super::runtime::read_other(&mut map, &key, &mut field_2),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(Dog {
                            name: field_0,
                            good_boy: field_1,
                            additional_properties: field_2,
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

/// The `Drawing` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Drawing {
    /// The `shapes` property.
    pub shapes: Vec<Shape>,
    /// The `main` property.
    pub main: Option<Shape>,
}

impl Drawing {
    /// A `Drawing` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(shapes: impl Into<Vec<Shape>>) -> Self {
        Self {
            shapes: shapes.into(),
            main: None,
        }
    }
}

impl serde::Serialize for Drawing {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("shapes", &self.shapes);
        map.optional("main", &self.main);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Drawing {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = Drawing;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `Drawing` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<Vec<Shape>> = None;
                let mut field_1: Option<Shape> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "shapes" => super::runtime::read(&mut map, &mut field_0),
                        "main" => super::runtime::read_or_null(&mut map, &mut field_1),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(Drawing {
                            shapes: field_0,
                            main: field_1,
                        })
                    }
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["shapes"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Shapes inside a shape.
#[derive(Debug, Clone, PartialEq, Default)]
///
/// Always written with `kind` `"Group"` (its discriminator).
pub struct Group {
    /// The `label` property.
    pub label: Option<String>,
    /// The `members` property.
    pub members: Option<Vec<Shape>>,
}

impl serde::Serialize for Group {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("kind", "Group");
        map.optional("label", &self.label);
        map.optional("members", &self.members);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Group {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = Group;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `Group` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<Vec<Shape>> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "label" => super::runtime::read_or_null(&mut map, &mut field_0),
                        "members" => super::runtime::read_or_null(&mut map, &mut field_1),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(Group {
                    label: field_0,
                    members: field_1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `Pet` schema.
///
/// Told apart by the discriminator property `petType`; values with another discriminator are kept in the last variant, so a kind the service adds later never fails to parse.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Pet {
    /// `petType` is `"cat"`.
    Cat(Cat),
    /// `petType` is `"Dog"`.
    Dog(Dog),
    /// A value whose `petType` this version of the crate does not know (or that has none), as JSON.
    UnknownValue(serde_json::Value),
}

impl serde::Serialize for Pet {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        match *self {
            Self::Cat(ref v) => serde::Serialize::serialize(v, serializer),
            Self::Dog(ref v) => serde::Serialize::serialize(v, serializer),
            Self::UnknownValue(ref v) => serde::Serialize::serialize(v, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Pet {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        match value.get("petType").and_then(serde_json::Value::as_str) {
            Some("cat") => {
                serde_json::from_value(value)
                    .map(Self::Cat)
                    .map_err(serde::de::Error::custom)
            }
            Some("Dog") => {
                serde_json::from_value(value)
                    .map(Self::Dog)
                    .map_err(serde::de::Error::custom)
            }
            _ => Ok(Self::UnknownValue(value)),
        }
    }
}

/// A shape of a drawing.
///
/// Told apart by the discriminator property `kind`; values with another discriminator are kept in the last variant, so a kind the service adds later never fails to parse.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Shape {
    /// `kind` is `"circle"`.
    Circle(Circle),
    /// `kind` is `"Group"`.
    Group(Group),
    /// A value whose `kind` this version of the crate does not know (or that has none), as JSON.
    UnknownValue(serde_json::Value),
}

impl serde::Serialize for Shape {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        match *self {
            Self::Circle(ref v) => serde::Serialize::serialize(v, serializer),
            Self::Group(ref v) => serde::Serialize::serialize(v, serializer),
            Self::UnknownValue(ref v) => serde::Serialize::serialize(v, serializer),
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
        match value.get("kind").and_then(serde_json::Value::as_str) {
            Some("circle") => {
                serde_json::from_value(value)
                    .map(Self::Circle)
                    .map_err(serde::de::Error::custom)
            }
            Some("Group") => {
                serde_json::from_value(value)
                    .map(Self::Group)
                    .map_err(serde::de::Error::custom)
            }
            _ => Ok(Self::UnknownValue(value)),
        }
    }
}
