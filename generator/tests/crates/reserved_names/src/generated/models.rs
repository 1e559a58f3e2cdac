// @generated from `generator/tests/fixtures/reserved_names.json` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The types of the request and response bodies.

/// The `ItemList` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ItemList {
    /// The `value` property.
    pub value: Option<Vec<String>>,
    /// The `nextLink` property.
    pub next_link: Option<String>,
}

impl serde::Serialize for ItemList {
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

impl<'de> serde::Deserialize<'de> for ItemList {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = ItemList;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `ItemList` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<Vec<String>> = None;
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
                Ok(ItemList {
                    value: field_0,
                    next_link: field_1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
