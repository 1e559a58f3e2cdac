//! Paged operations (`x-ms-pageable`) and long-running ones (`x-ms-long-running-operation`).

use super::{Found, Lowerer, names};
use crate::model::{FinalState, HttpMethod, Operation, Pageable, TypeRef};
use names::Scope;

impl Lowerer<'_> {
    /// Reads `x-ms-pageable`: the page is the success type, a struct with an array of items and a
    /// next-page link.
    pub(super) fn pageable(
        &mut self,
        op: &Operation,
        found: &Found,
        method_names: &mut Scope,
    ) -> Option<Pageable> {
        let ext = found.operation.extensions.get("x-ms-pageable")?;
        let item_name = ext
            .get("itemName")
            .and_then(|v| v.as_str())
            .unwrap_or("value");
        let next_name = match ext.get("nextLinkName") {
            Some(serde_json::Value::Null) => None,
            Some(v) => v.as_str(),
            None => Some("nextLink"),
        };
        let fields = match &op.success_type {
            Some(TypeRef::Named(n)) => match self.types.get(n).map(|t| &t.kind) {
                Some(crate::model::TypeKind::Struct { fields, .. }) => fields.clone(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        let items = fields
            .iter()
            .find(|f| f.name == item_name && matches!(f.ty, TypeRef::Vec(_)));
        let next = next_name.map(|n| {
            fields
                .iter()
                .find(|f| f.name == n && f.ty == TypeRef::String)
        });
        // Without `nextLinkName` (Azure's `x-ms-pageable: {}`), a page type with no `nextLink`
        // is a single page, as AutoRest reads it.
        let next = match next {
            Some(None) if ext.get("nextLinkName").is_none() => None,
            next => next,
        };
        let (Some(items), Some(Some(_)) | None) = (items, next) else {
            self.warn(
                &found.at,
                "x-ms-pageable names an item array or next link the success type does not have; no stream is generated",
            );
            return None;
        };
        let TypeRef::Vec(item_type) = &items.ty else {
            return None;
        };
        Some(Pageable {
            stream_name: method_names
                .claim(format!("{}_stream", op.rust_name.trim_start_matches("r#"))),
            items_field: items.rust_name.clone(),
            items_wrapping: items.wrapping(),
            item_type: (**item_type).clone(),
            next_link_field: next.flatten().map(|f| (f.rust_name.clone(), f.wrapping())),
        })
    }
}

/// Where a long-running operation's result is: as `x-ms-long-running-operation-options` says,
/// else (as AutoRest has it) the resource itself for PUT and PATCH, and `Location` otherwise.
pub(super) fn long_running(found: &Found) -> Option<FinalState> {
    let ext = &found.operation.extensions;
    if ext.get("x-ms-long-running-operation") != Some(&serde_json::Value::Bool(true)) {
        return None;
    }
    let via = ext
        .get("x-ms-long-running-operation-options")
        .and_then(|o| o.get("final-state-via"))
        .and_then(|v| v.as_str())
        .map(FinalState::parse);
    Some(via.unwrap_or(match found.method {
        HttpMethod::Put | HttpMethod::Patch => FinalState::OriginalUri,
        _ => FinalState::Location,
    }))
}
