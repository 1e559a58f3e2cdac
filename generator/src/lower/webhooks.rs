//! The webhooks of an OpenAPI 3.1 document (which [`crate::openapi31`] keeps): the
//! JSON payload of each becomes a model.

use openapiv3::{PathItem, ReferenceOr, RequestBody};

use super::Lowerer;
use super::names::type_name;
use crate::error::Result;
use crate::load::{FileId, Target};
use crate::model::Webhook;

impl Lowerer<'_> {
    /// Lowers the JSON payload of every webhook, sorted by name and method. A webhook may be a
    /// reference (to `components/pathItems`), and so may its request body.
    pub(super) fn webhooks(&mut self) -> Result<Vec<Webhook>> {
        let Some(hooks) = self.spec.files[0]
            .value
            .get("webhooks")
            .and_then(serde_json::Value::as_object)
            .cloned()
        else {
            return Ok(Vec::new());
        };
        let root = Target {
            file: FileId::default(),
            pointer: "/webhooks".into(),
        };
        let mut names: Vec<_> = hooks.iter().collect();
        names.sort_by_key(|(name, _)| *name);
        let mut out = Vec::new();
        for (name, value) in names {
            let here = root.join(name);
            let item: ReferenceOr<PathItem> =
                crate::load::deserialize_at(&self.spec.location(&here), value)?;
            let (item_at, item) = self.item(&here, &item)?;
            for (method, operation) in item.iter() {
                let Some(body) = &operation.request_body else {
                    continue;
                };
                let (body_at, body) = self.item(&item_at.join(method).join("requestBody"), body)?;
                if let Some(payload) = self.payload(name, &body_at, &body)? {
                    out.push(Webhook {
                        name: name.clone(),
                        method: method.to_uppercase(),
                        payload,
                    });
                }
            }
        }
        Ok(out)
    }

    /// The model of a webhook's JSON request body, if it has one.
    fn payload(
        &mut self,
        name: &str,
        at: &Target,
        body: &RequestBody,
    ) -> Result<Option<crate::model::TypeRef>> {
        let Some(schema) = body
            .content
            .get("application/json")
            .and_then(|media| media.schema.as_ref())
        else {
            return Ok(None);
        };
        let at = at.join("content").join("application/json").join("schema");
        let payload = self.schema(&at, schema.into(), &format!("{}Payload", type_name(name)))?;
        Ok(Some(payload))
    }
}
