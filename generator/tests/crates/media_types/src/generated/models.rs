// @generated from `generator/tests/fixtures/media_types.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The types of the request and response bodies.

/// The answers of an operation, by status.
///
/// The client picks the variant from the answer's status.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportResponse {
    /// The answer with status `200`.
    Status200(ExportResponse200),
    /// The answer with status `202`.
    Status202(String),
}

/// The `ExportResponse200` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExportResponse200 {
    /// The `id` property.
    pub id: Option<String>,
}

impl serde::Serialize for ExportResponse200 {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("id", &self.id);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ExportResponse200 {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = ExportResponse200;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `ExportResponse200` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "id" => super::runtime::read_or_null(&mut map, &mut field_0),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(ExportResponse200 { id: field_0 })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
