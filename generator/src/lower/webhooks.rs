//! The webhooks of an OpenAPI 3.1 document (kept as `x-webhooks` by [`crate::openapi31`]): the
//! JSON payload of each becomes a model.

use super::Lowerer;
use super::names::type_name;
use crate::error::Result;
use crate::load::{FileId, Target};
use crate::model::Webhook;

const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

impl Lowerer<'_> {
    /// Lowers the JSON payload of every webhook, sorted by name and method.
    pub(super) fn webhooks(&mut self) -> Result<Vec<Webhook>> {
        let Some(hooks) = self.spec.files[0]
            .value
            .get("x-webhooks")
            .and_then(serde_json::Value::as_object)
            .cloned()
        else {
            return Ok(Vec::new());
        };
        let root = Target {
            file: FileId::default(),
            pointer: "/x-webhooks".into(),
        };
        let mut out = Vec::new();
        for (name, item) in &hooks {
            for method in METHODS {
                let Some(media) = item
                    .get(method)
                    .and_then(|op| op.get("requestBody"))
                    .and_then(|body| body.get("content"))
                    .and_then(|content| content.get("application/json"))
                else {
                    continue;
                };
                let Some(schema) = media.get("schema") else {
                    continue;
                };
                let at = root
                    .join(name)
                    .join(method)
                    .join("requestBody")
                    .join("content")
                    .join("application/json")
                    .join("schema");
                let parsed: openapiv3::ReferenceOr<openapiv3::Schema> =
                    crate::load::deserialize_at(&self.spec.location(&at), schema)?;
                let payload = self.schema(
                    &at,
                    (&parsed).into(),
                    &format!("{}Payload", type_name(name)),
                )?;
                out.push(Webhook {
                    name: name.clone(),
                    method: method.to_uppercase(),
                    payload,
                });
            }
        }
        Ok(out)
    }
}
