// @generated from `generator/tests/fixtures/names_and_docs.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The types of the request and response bodies.

/// The `AuthenticateError` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuthenticateError {
    /// The `error` property.
    pub error: Option<AuthenticateErrorError>,
}

impl serde::Serialize for AuthenticateError {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("error", &self.error);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AuthenticateError {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = AuthenticateError;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `AuthenticateError` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<AuthenticateErrorError> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "error" => super::runtime::read_or_null(&mut map, &mut field_0),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(AuthenticateError {
                    error: field_0,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `AuthenticateErrorError` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuthenticateErrorError {
    /// The `code` property.
    pub code: Option<String>,
    /// The `message` property.
    pub message: Option<String>,
}

impl serde::Serialize for AuthenticateErrorError {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("code", &self.code);
        map.optional("message", &self.message);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AuthenticateErrorError {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = AuthenticateErrorError;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `AuthenticateErrorError` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "code" => super::runtime::read_or_null(&mut map, &mut field_0),
                        "message" => super::runtime::read_or_null(&mut map, &mut field_1),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(AuthenticateErrorError {
                    code: field_0,
                    message: field_1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// A model named like a std type. \<b\>Bold\</b\> \[x\] `code` \`\`\`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StringModel {
    /// The `type` property.
    pub r#type: Option<String>,
    /// The `self` property.
    pub self_: Option<String>,
    /// The `Type` property.
    pub type2: Option<String>,
    /// The `@odata.type` property.
    pub odata_type: Option<String>,
    /// The `$` property.
    pub value: Option<String>,
    /// The `free` property.
    pub free: Option<serde_json::Value>,
    /// The `anything` property.
    pub anything: Option<serde_json::Value>,
}

impl serde::Serialize for StringModel {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("type", &self.r#type);
        map.optional("self", &self.self_);
        map.optional("Type", &self.type2);
        map.optional("@odata.type", &self.odata_type);
        map.optional("$", &self.value);
        map.optional("free", &self.free);
        map.optional("anything", &self.anything);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for StringModel {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = StringModel;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `StringModel` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<String> = None;
                let mut field_5: Option<serde_json::Value> = None;
                let mut field_6: Option<serde_json::Value> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "type" => super::runtime::read_or_null(&mut map, &mut field_0),
                        "self" => super::runtime::read_or_null(&mut map, &mut field_1),
                        "Type" => super::runtime::read_or_null(&mut map, &mut field_2),
                        "@odata.type" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "$" => super::runtime::read_or_null(&mut map, &mut field_4),
                        "free" => super::runtime::read_or_null(&mut map, &mut field_5),
                        "anything" => {
                            super::runtime::read_or_null(&mut map, &mut field_6)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(StringModel {
                    r#type: field_0,
                    self_: field_1,
                    type2: field_2,
                    odata_type: field_3,
                    value: field_4,
                    free: field_5,
                    anything: field_6,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Folds to the same name as String.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StringModel2 {
    /// The `a` property.
    pub a: Option<String>,
}

impl serde::Serialize for StringModel2 {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("a", &self.a);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for StringModel2 {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = StringModel2;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `StringModel2` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "a" => super::runtime::read_or_null(&mut map, &mut field_0),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(StringModel2 { a: field_0 })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

impl super::error::ErrorBody for AuthenticateError {
    fn code(&self) -> Option<&str> {
        let value = self;
        let value = value.error.as_ref()?;
        value.code.as_deref()
    }

    fn message(&self) -> Option<&str> {
        let value = self;
        let value = value.error.as_ref()?;
        value.message.as_deref()
    }
}
