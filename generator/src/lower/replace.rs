//! Schemas the configuration names: by `replace` (hand-written types stand for them) and by
//! `events.schemas`.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::Lowerer;
use super::schema::last_segment;
use crate::error::{Error, Result};
use crate::load::{FileId, Target};
use crate::model::{Replaced, SchemaShape};

/// The keywords that are words for people, not shape: left out of a [`SchemaShape`].
const WORDS: [&str; 6] = [
    "description",
    "title",
    "example",
    "examples",
    "summary",
    "x-ms-examples",
];

impl Lowerer<'_> {
    /// The root document's schema `name` (under `components/schemas`, where Swagger 2.0's
    /// `definitions` are moved), as the pointer written and the target it resolves to; a
    /// setting (`setting`) naming another is a configuration error.
    pub(super) fn component_schema(&self, setting: &str, name: &str) -> Result<(Target, Target)> {
        let root = Target {
            file: FileId::default(),
            pointer: String::new(),
        };
        let at = root.join("components").join("schemas").join(name);
        let target = self
            .spec
            .resolve(
                at.file,
                &format!("#{}", at.pointer),
                &self.spec.location(&root),
            )
            .map_err(|_| {
                Error::config(format!(
                    "`{setting}` names `{name}`, which is not a schema of the spec (under \
                     `components/schemas`, or `definitions` in Swagger 2.0)"
                ))
            })?;
        Ok((at, target))
    }

    /// The targets of the schemas that `replace` names, with the Rust path of each.
    pub(super) fn replacements(
        &self,
        replace: &BTreeMap<String, String>,
    ) -> Result<BTreeMap<Target, String>> {
        let mut out = BTreeMap::new();
        for (name, path) in replace {
            let (_, target) = self.component_schema("replace", name)?;
            out.insert(target, path.clone());
        }
        Ok(out)
    }

    /// What each replaced schema says, with the schemas it refers to (through properties,
    /// items, `allOf`, maps: any `$ref` inside it, followed to the end) that the crate does not
    /// generate as types of its own: those are the shapes no generated code shows, and that the
    /// API-change report compares between generations. Called once every type is lowered.
    pub(super) fn replaced_shapes(
        &self,
        replace: &BTreeMap<String, String>,
    ) -> Result<BTreeMap<String, Replaced>> {
        let mut out = BTreeMap::new();
        for (name, rust_path) in replace {
            let (at, _) = self.component_schema("replace", name)?;
            let mut schemas = BTreeMap::new();
            let mut todo = vec![at];
            let mut seen = BTreeSet::new();
            while let Some(target) = todo.pop() {
                if !seen.insert(target.clone()) {
                    continue;
                }
                let Some(value) = self.spec.value(&target) else {
                    continue;
                };
                let mut refs = Vec::new();
                collect_refs(value, &mut refs);
                let here = self.spec.location(&target);
                let mut names = BTreeMap::new();
                for reference in refs {
                    if let Ok(next) = self.spec.resolve(target.file, reference, &here) {
                        names.insert(reference.to_string(), last_segment(&next.pointer));
                        // A generated type is reported by the type comparison.
                        if !self.by_target.contains_key(&next) {
                            todo.push(next);
                        }
                    }
                }
                // A bare reference (Azure's definitions that point into a common file) says
                // nothing of its own: the schema it names is followed instead.
                let bare = value
                    .as_object()
                    .is_some_and(|o| o.len() == 1 && o.contains_key("$ref"));
                if !bare {
                    schemas.insert(last_segment(&target.pointer), shape(value, &names));
                }
            }
            out.insert(
                name.clone(),
                Replaced {
                    rust_path: rust_path.clone(),
                    schemas,
                },
            );
        }
        Ok(out)
    }
}

/// Every `$ref` string inside `value`.
fn collect_refs<'v>(value: &'v Value, out: &mut Vec<&'v str>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                match (key.as_str(), v) {
                    ("$ref", Value::String(r)) => out.push(r),
                    _ => collect_refs(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_refs(v, out)),
        _ => {}
    }
}

fn shape(value: &Value, names: &BTreeMap<String, String>) -> SchemaShape {
    let mut shape = SchemaShape::default();
    let Some(map) = value.as_object() else {
        shape.rest = canonical(value, names).to_string();
        return shape;
    };
    let mut rest = serde_json::Map::new();
    for (key, v) in map {
        match key.as_str() {
            "required" => {
                let mut required: Vec<String> = v
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|r| r.as_str().map(str::to_owned))
                    .collect();
                required.sort();
                shape.required = required;
            }
            "properties" => {
                for (name, property) in v.as_object().into_iter().flatten() {
                    let text = canonical(property, names).to_string();
                    shape.properties.insert(name.clone(), text);
                }
            }
            k if WORDS.contains(&k) => {}
            _ => {
                rest.insert(key.clone(), v.clone());
            }
        }
    }
    shape.rest = canonical(&Value::Object(rest), names).to_string();
    shape
}

/// `value` without words, its keys sorted, each `$ref` replaced by the name of the schema it
/// names (the same schema moved to another file is the same shape).
fn canonical(value: &Value, names: &BTreeMap<String, String>) -> Value {
    match value {
        Value::Object(map) => {
            let sorted: BTreeMap<&String, Value> = map
                .iter()
                .filter(|(k, _)| !WORDS.contains(&k.as_str()))
                .map(|(k, v)| match (k.as_str(), v) {
                    ("$ref", Value::String(r)) => (
                        k,
                        Value::String(names.get(r).cloned().unwrap_or_else(|| r.clone())),
                    ),
                    _ => (k, canonical(v, names)),
                })
                .collect();
            Value::Object(sorted.into_iter().map(|(k, v)| (k.clone(), v)).collect())
        }
        Value::Array(items) => Value::Array(items.iter().map(|v| canonical(v, names)).collect()),
        other => other.clone(),
    }
}
