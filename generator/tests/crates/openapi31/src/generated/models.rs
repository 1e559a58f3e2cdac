// @generated from `generator/tests/fixtures/openapi31.json` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The types of the request and response bodies.

/// HTTPValidationError
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HttpValidationError {
    /// The `detail` property.
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

/// NewPet
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NewPet {
    /// The `name` property.
    pub name: String,
    /// What the pet is.
    pub kind: Kind,
    /// The `age` property.
    ///
    /// `None`: absent; `Some(None)`: `null`.
    pub age: Option<Option<i64>>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
    /// The `owner` property.
    ///
    /// `None`: absent; `Some(None)`: `null`.
    pub owner: Option<Option<Owner>>,
    /// The `photo` property.
    pub photo: Option<String>,
    /// The `labels` property.
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// The `weight` property.
    pub weight: Option<PetWeight>,
}

impl NewPet {
    /// A `NewPet` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(name: impl Into<String>, kind: impl Into<Kind>) -> Self {
        Self {
            name: name.into(),
            kind: kind.into(),
            age: None,
            tags: None,
            owner: None,
            photo: None,
            labels: None,
            weight: None,
        }
    }
}

impl serde::Serialize for NewPet {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("name", &self.name);
        map.entry("kind", &self.kind);
        map.optional("age", &self.age);
        map.optional("tags", &self.tags);
        map.optional("owner", &self.owner);
        map.optional("photo", &self.photo);
        map.optional("labels", &self.labels);
        map.optional("weight", &self.weight);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for NewPet {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = NewPet;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `NewPet` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<Kind> = None;
                let mut field_2: Option<Option<i64>> = None;
                let mut field_3: Option<Vec<String>> = None;
                let mut field_4: Option<Option<Owner>> = None;
                let mut field_5: Option<String> = None;
                let mut field_6: Option<std::collections::BTreeMap<String, String>> = None;
                let mut field_7: Option<PetWeight> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "name" => super::runtime::read(&mut map, &mut field_0),
                        "kind" => super::runtime::read(&mut map, &mut field_1),
                        "age" => super::runtime::read(&mut map, &mut field_2),
                        "tags" => super::runtime::read_or_null(&mut map, &mut field_3),
                        "owner" => super::runtime::read(&mut map, &mut field_4),
                        "photo" => super::runtime::read_or_null(&mut map, &mut field_5),
                        "labels" => super::runtime::read_or_null(&mut map, &mut field_6),
                        "weight" => super::runtime::read_or_null(&mut map, &mut field_7),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0, field_1) {
                    (Some(field_0), Some(field_1)) => {
                        Ok(NewPet {
                            name: field_0,
                            kind: field_1,
                            age: field_2,
                            tags: field_3,
                            owner: field_4,
                            photo: field_5,
                            labels: field_6,
                            weight: field_7,
                        })
                    }
                    (field_0, field_1) => {
                        Err(
                            super::runtime::missing(
                                &[field_0.is_some(), field_1.is_some()],
                                &["name", "kind"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `Owner` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Owner {
    /// The `name` property.
    pub name: String,
}

impl Owner {
    /// A `Owner` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
    }
}

impl serde::Serialize for Owner {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("name", &self.name);
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
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "name" => super::runtime::read(&mut map, &mut field_0),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => Ok(Owner { name: field_0 }),
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["name"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `Pet` schema.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Pet {
    /// The `id` property.
    pub id: i64,
    /// The `species` property.
    pub species: PetSpecies,
    /// The `position` property.
    pub position: Option<Vec<serde_json::Value>>,
    /// The `name` property.
    pub name: String,
    /// What the pet is.
    pub kind: Kind,
    /// The `age` property.
    ///
    /// `None`: absent; `Some(None)`: `null`.
    pub age: Option<Option<i64>>,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
    /// The `owner` property.
    ///
    /// `None`: absent; `Some(None)`: `null`.
    pub owner: Option<Option<Owner>>,
    /// The `photo` property.
    pub photo: Option<String>,
    /// The `labels` property.
    pub labels: Option<std::collections::BTreeMap<String, String>>,
    /// The `weight` property.
    pub weight: Option<PetWeight>,
}

impl Pet {
    /// A `Pet` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(
        id: impl Into<i64>,
        species: impl Into<PetSpecies>,
        name: impl Into<String>,
        kind: impl Into<Kind>,
    ) -> Self {
        Self {
            id: id.into(),
            species: species.into(),
            position: None,
            name: name.into(),
            kind: kind.into(),
            age: None,
            tags: None,
            owner: None,
            photo: None,
            labels: None,
            weight: None,
        }
    }
}

impl serde::Serialize for Pet {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("id", &self.id);
        map.entry("species", &self.species);
        map.optional("position", &self.position);
        map.entry("name", &self.name);
        map.entry("kind", &self.kind);
        map.optional("age", &self.age);
        map.optional("tags", &self.tags);
        map.optional("owner", &self.owner);
        map.optional("photo", &self.photo);
        map.optional("labels", &self.labels);
        map.optional("weight", &self.weight);
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
                let mut field_0: Option<i64> = None;
                let mut field_1: Option<PetSpecies> = None;
                let mut field_2: Option<Vec<serde_json::Value>> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<Kind> = None;
                let mut field_5: Option<Option<i64>> = None;
                let mut field_6: Option<Vec<String>> = None;
                let mut field_7: Option<Option<Owner>> = None;
                let mut field_8: Option<String> = None;
                let mut field_9: Option<std::collections::BTreeMap<String, String>> = None;
                let mut field_10: Option<PetWeight> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "id" => super::runtime::read(&mut map, &mut field_0),
                        "species" => super::runtime::read(&mut map, &mut field_1),
                        "position" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "name" => super::runtime::read(&mut map, &mut field_3),
                        "kind" => super::runtime::read(&mut map, &mut field_4),
                        "age" => super::runtime::read(&mut map, &mut field_5),
                        "tags" => super::runtime::read_or_null(&mut map, &mut field_6),
                        "owner" => super::runtime::read(&mut map, &mut field_7),
                        "photo" => super::runtime::read_or_null(&mut map, &mut field_8),
                        "labels" => super::runtime::read_or_null(&mut map, &mut field_9),
                        "weight" => super::runtime::read_or_null(&mut map, &mut field_10),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0, field_1, field_3, field_4) {
                    (Some(field_0), Some(field_1), Some(field_3), Some(field_4)) => {
                        Ok(Pet {
                            id: field_0,
                            species: field_1,
                            position: field_2,
                            name: field_3,
                            kind: field_4,
                            age: field_5,
                            tags: field_6,
                            owner: field_7,
                            photo: field_8,
                            labels: field_9,
                            weight: field_10,
                        })
                    }
                    (field_0, field_1, field_3, field_4) => {
                        Err(
                            super::runtime::missing(
                                &[
                                    field_0.is_some(),
                                    field_1.is_some(),
                                    field_3.is_some(),
                                    field_4.is_some(),
                                ],
                                &["id", "species", "name", "kind"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `PetAdoptedPayload` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PetAdoptedPayload {
    /// The `petId` property.
    pub pet_id: i64,
    /// The `adopter` property.
    ///
    /// `None`: absent; `Some(None)`: `null`.
    pub adopter: Option<Option<String>>,
}

impl PetAdoptedPayload {
    /// A `PetAdoptedPayload` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(pet_id: impl Into<i64>) -> Self {
        Self {
            pet_id: pet_id.into(),
            adopter: None,
        }
    }
}

impl serde::Serialize for PetAdoptedPayload {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("petId", &self.pet_id);
        map.optional("adopter", &self.adopter);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PetAdoptedPayload {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = PetAdoptedPayload;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `PetAdoptedPayload` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<i64> = None;
                let mut field_1: Option<Option<String>> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "petId" => super::runtime::read(&mut map, &mut field_0),
                        "adopter" => super::runtime::read(&mut map, &mut field_1),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(PetAdoptedPayload {
                            pet_id: field_0,
                            adopter: field_1,
                        })
                    }
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["petId"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `PetRemovedPayload` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PetRemovedPayload {
    /// The `petId` property.
    pub pet_id: i64,
    /// The `reason` property.
    ///
    /// `None`: absent; `Some(None)`: `null`.
    pub reason: Option<Option<String>>,
}

impl PetRemovedPayload {
    /// A `PetRemovedPayload` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(pet_id: impl Into<i64>) -> Self {
        Self {
            pet_id: pet_id.into(),
            reason: None,
        }
    }
}

impl serde::Serialize for PetRemovedPayload {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("petId", &self.pet_id);
        map.optional("reason", &self.reason);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PetRemovedPayload {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = PetRemovedPayload;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `PetRemovedPayload` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<i64> = None;
                let mut field_1: Option<Option<String>> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "petId" => super::runtime::read(&mut map, &mut field_0),
                        "reason" => super::runtime::read(&mut map, &mut field_1),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(PetRemovedPayload {
                            pet_id: field_0,
                            reason: field_1,
                        })
                    }
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["petId"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `PetSpecies` schema.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PetSpecies {
    /// `animal`
    Animal,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl PetSpecies {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Animal => "animal",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for PetSpecies {
    fn from(value: &str) -> Self {
        match value {
            "animal" => Self::Animal,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for PetSpecies {
    fn from(value: String) -> Self {
        match value.as_str() {
            "animal" => Self::Animal,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for PetSpecies {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for PetSpecies {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for PetSpecies {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for PetSpecies {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// The `PetWeight` schema.
///
/// One of several alternatives: a value is read as the first variant it fits.
#[derive(Debug, Clone, PartialEq)]
pub enum PetWeight {
    /// A value of the `Number` alternative.
    Number(f64),
    /// A value of the `String` alternative.
    String(String),
}

impl serde::Serialize for PetWeight {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        match *self {
            Self::Number(ref v) => serde::Serialize::serialize(v, serializer),
            Self::String(ref v) => serde::Serialize::serialize(v, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for PetWeight {
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
            return Ok(Self::String(v));
        }
        Err(
            serde::de::Error::custom(
                "data did not match any variant of untagged enum PetWeight",
            ),
        )
    }
}

/// The `ReadPetPhotoError404` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReadPetPhotoError404 {
    /// The `detail` property.
    pub detail: Option<String>,
}

impl serde::Serialize for ReadPetPhotoError404 {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("detail", &self.detail);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ReadPetPhotoError404 {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = ReadPetPhotoError404;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `ReadPetPhotoError404` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "detail" => super::runtime::read_or_null(&mut map, &mut field_0),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(ReadPetPhotoError404 {
                    detail: field_0,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `ValidationError` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ValidationError {
    /// The `loc` property.
    pub loc: Vec<ValidationErrorLocItem>,
    /// The `msg` property.
    pub msg: String,
    /// The `type` property.
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
                let mut field_0: Option<Vec<ValidationErrorLocItem>> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "loc" => super::runtime::read(&mut map, &mut field_0),
                        "msg" => super::runtime::read(&mut map, &mut field_1),
                        "type" => super::runtime::read(&mut map, &mut field_2),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0, field_1, field_2) {
                    (Some(field_0), Some(field_1), Some(field_2)) => {
                        Ok(ValidationError {
                            loc: field_0,
                            msg: field_1,
                            r#type: field_2,
                        })
                    }
                    (field_0, field_1, field_2) => {
                        Err(
                            super::runtime::missing(
                                &[field_0.is_some(), field_1.is_some(), field_2.is_some()],
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

impl super::error::ErrorBody for ReadPetPhotoError404 {
    fn code(&self) -> Option<&str> {
        None
    }

    fn message(&self) -> Option<&str> {
        None
    }
}
