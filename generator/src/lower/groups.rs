//! Operation groups: the operations whose ids are `Group_Operation`, as sub-clients.

use std::collections::BTreeMap;

use super::names::{Scope, type_name, value_name};
use crate::model::{GroupMethod, Operation, OperationGroup};

/// Whether the crate gets groups: as configured, else for Azure-style definitions (an
/// operation with an `x-ms-` extension, as AutoRest's inputs have).
pub(super) fn wanted(configured: Option<bool>, operations: &[Operation]) -> bool {
    configured.unwrap_or_else(|| {
        operations
            .iter()
            .any(|o| o.extensions.keys().any(|k| k.starts_with("x-ms-")))
    })
}

/// The groups of `operations`: those ids with a `_` after a non-empty group name and before a
/// non-empty operation name. Accessor names are claimed among the client's methods, type names
/// among the client module's types.
pub(super) fn groups(
    operations: &[Operation],
    method_names: &mut Scope,
    type_names: &mut Scope,
) -> Vec<OperationGroup> {
    let mut by_group: BTreeMap<&str, Vec<(&str, &Operation)>> = BTreeMap::new();
    for op in operations {
        if let Some((group, name)) = op.id.split_once('_') {
            if !group.is_empty() && !name.is_empty() {
                by_group.entry(group).or_default().push((name, op));
            }
        }
    }
    let mut groups: Vec<OperationGroup> = by_group
        .into_iter()
        .map(|(group, members)| {
            // `new` and `client` are the sub-client's own; streams claim after methods.
            let mut names = Scope::with_reserved(&["new", "client", "clone", "fmt"]);
            let mut methods: Vec<GroupMethod> = members
                .iter()
                .map(|(name, op)| GroupMethod {
                    rust_name: names.claim(value_name(name)),
                    operation: op.id.clone(),
                    stream_name: None,
                })
                .collect();
            for (method, (_, op)) in methods.iter_mut().zip(&members) {
                if op.pageable.is_some() {
                    let base = format!("{}_stream", method.rust_name.trim_start_matches("r#"));
                    method.stream_name = Some(names.claim(base));
                }
            }
            methods.sort_by(|a, b| a.rust_name.cmp(&b.rust_name));
            OperationGroup {
                name: group.to_string(),
                type_name: type_names.claim(format!("{}Operations", type_name(group))),
                accessor: method_names.claim(value_name(group)),
                methods,
            }
        })
        .collect();
    groups.sort_by(|a, b| a.type_name.cmp(&b.type_name));
    groups
}
