// @generated from `generator/tests/fixtures/deep_refs.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The types of the request and response bodies.

/// The `AliasTarget` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AliasTarget {
    /// The `message` property.
    pub message: Option<String>,
}

impl serde::Serialize for AliasTarget {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("message", &self.message);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AliasTarget {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = AliasTarget;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `AliasTarget` object")
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
                Ok(AliasTarget { message: field_0 })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `CreateThingRequest` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateThingRequest {
    /// The `address` property.
    pub address: Option<PersonAddress>,
    /// The `tags` property.
    pub tags: Option<Vec<PersonTagsItem>>,
    /// The `firstTag` property.
    pub first_tag: Option<PersonTagsItem>,
    /// The `alias` property.
    pub alias: Option<AliasTarget>,
}

impl serde::Serialize for CreateThingRequest {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("address", &self.address);
        map.optional("tags", &self.tags);
        map.optional("firstTag", &self.first_tag);
        map.optional("alias", &self.alias);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CreateThingRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CreateThingRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `CreateThingRequest` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<PersonAddress> = None;
                let mut field_1: Option<Vec<PersonTagsItem>> = None;
                let mut field_2: Option<PersonTagsItem> = None;
                let mut field_3: Option<AliasTarget> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "address" => super::runtime::read_or_null(&mut map, &mut field_0),
                        "tags" => super::runtime::read_or_null(&mut map, &mut field_1),
                        "firstTag" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "alias" => super::runtime::read_or_null(&mut map, &mut field_3),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreateThingRequest {
                    address: field_0,
                    tags: field_1,
                    first_tag: field_2,
                    alias: field_3,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `Person` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Person {
    /// Inline, and also the target of a deep reference.
    pub address: Option<PersonAddress>,
    /// The `tags` property.
    pub tags: Option<Vec<PersonTagsItem>>,
}

impl serde::Serialize for Person {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("address", &self.address);
        map.optional("tags", &self.tags);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Person {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = Person;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `Person` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<PersonAddress> = None;
                let mut field_1: Option<Vec<PersonTagsItem>> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "address" => super::runtime::read_or_null(&mut map, &mut field_0),
                        "tags" => super::runtime::read_or_null(&mut map, &mut field_1),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(Person {
                    address: field_0,
                    tags: field_1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Inline, and also the target of a deep reference.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PersonAddress {
    /// The `street` property.
    pub street: Option<String>,
}

impl serde::Serialize for PersonAddress {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("street", &self.street);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PersonAddress {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = PersonAddress;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `PersonAddress` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "street" => super::runtime::read_or_null(&mut map, &mut field_0),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(PersonAddress { street: field_0 })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `PersonTagsItem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PersonTagsItem {
    /// The `label` property.
    pub label: Option<String>,
}

impl serde::Serialize for PersonTagsItem {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("label", &self.label);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PersonTagsItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = PersonTagsItem;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `PersonTagsItem` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "label" => super::runtime::read_or_null(&mut map, &mut field_0),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(PersonTagsItem { label: field_0 })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

impl super::error::ErrorBody for AliasTarget {
    fn code(&self) -> Option<&str> {
        None
    }

    fn message(&self) -> Option<&str> {
        let value = self;
        value.message.as_deref()
    }
}
