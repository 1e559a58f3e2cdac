// @generated from `generator/tests/fixtures/bodyless.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The types of the request and response bodies.

/// The `Problem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Problem {
    /// The `code` property.
    pub code: String,
    /// The `detail` property.
    ///
    /// `None`: absent; `Some(None)`: `null`.
    pub detail: Option<Option<String>>,
}

impl Problem {
    /// A `Problem` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(code: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            detail: None,
        }
    }
}

impl serde::Serialize for Problem {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("code", &self.code);
        map.optional("detail", &self.detail);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Problem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = Problem;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `Problem` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<Option<String>> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "code" => super::runtime::read(&mut map, &mut field_0),
                        "detail" => super::runtime::read(&mut map, &mut field_1),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(Problem {
                            code: field_0,
                            detail: field_1,
                        })
                    }
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["code"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

impl super::error::ErrorBody for Problem {
    fn code(&self) -> Option<&str> {
        let value = self;
        Some(value.code.as_str())
    }

    fn message(&self) -> Option<&str> {
        None
    }
}
