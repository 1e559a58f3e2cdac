// @generated from `generator/tests/fixtures/maps.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The types of the request and response bodies.

/// Named counters, besides a total.
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
pub struct Counters {
    /// The `total` property.
    pub total: i64,
    /// The object's other properties, by name.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, i64>,
}

impl Counters {
    /// A `Counters` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(
        total: impl Into<i64>,
        additional_properties: impl Into<std::collections::BTreeMap<String, i64>>,
    ) -> Self {
        Self {
            total: total.into(),
            additional_properties: additional_properties.into(),
        }
    }
}

impl serde::Serialize for Counters {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("total", &self.total);
        map.entries(&self.additional_properties);
        map.end()
    }
}

/// Labels of any shape, besides a name and a nested map.
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
pub struct Labels {
    /// The `name` property.
    #[serde(default)]
    pub name: Option<String>,
    /// The `additionalProperties` property.
    #[serde(rename = "additionalProperties", default)]
    pub additional_properties: Option<String>,
    /// The `nested` property.
    #[serde(default)]
    pub nested: Option<std::collections::BTreeMap<String, Vec<Labels>>>,
    /// The object's other properties, by name.
    #[serde(flatten)]
    pub additional_properties2: std::collections::BTreeMap<String, serde_json::Value>,
}

impl Labels {
    /// A `Labels` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(
        additional_properties2: impl Into<
            std::collections::BTreeMap<String, serde_json::Value>,
        >,
    ) -> Self {
        Self {
            name: None,
            additional_properties: None,
            nested: None,
            additional_properties2: additional_properties2.into(),
        }
    }
}

impl serde::Serialize for Labels {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("name", &self.name);
        map.optional("additionalProperties", &self.additional_properties);
        map.optional("nested", &self.nested);
        map.entries(&self.additional_properties2);
        map.end()
    }
}
