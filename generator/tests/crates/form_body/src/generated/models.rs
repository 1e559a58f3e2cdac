// @generated from `generator/tests/fixtures/form_body.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The types of the request and response bodies.

/// The `LogInRequest` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LogInRequest {
    /// The `user` property.
    pub user: String,
    /// The `scopes` property.
    pub scopes: Option<Vec<String>>,
    /// The `remember` property.
    pub remember: Option<bool>,
    /// The `note` property.
    pub note: Option<String>,
}

impl LogInRequest {
    /// A `LogInRequest` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(user: impl Into<String>) -> Self {
        Self {
            user: user.into(),
            scopes: None,
            remember: None,
            note: None,
        }
    }
}

impl serde::Serialize for LogInRequest {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("user", &self.user);
        map.optional("scopes", &self.scopes);
        map.optional("remember", &self.remember);
        map.optional("note", &self.note);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for LogInRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = LogInRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `LogInRequest` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<Vec<String>> = None;
                let mut field_2: Option<bool> = None;
                let mut field_3: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "user" => super::runtime::read(&mut map, &mut field_0),
                        "scopes" => super::runtime::read_or_null(&mut map, &mut field_1),
                        "remember" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "note" => super::runtime::read_or_null(&mut map, &mut field_3),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(LogInRequest {
                            user: field_0,
                            scopes: field_1,
                            remember: field_2,
                            note: field_3,
                        })
                    }
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["user"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
