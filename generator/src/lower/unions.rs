//! Unions: `oneOf`/`anyOf` as untagged enums, and discriminated ones (OpenAPI's `discriminator`, Azure's parents with `x-ms-discriminator-value` children) as tagged enums.

use std::collections::BTreeMap;

use openapiv3::{ReferenceOr, Schema, SchemaKind};

use super::Lowerer;
use super::names::{Scope, variant_name};
use super::schema::last_segment;
use crate::error::Result;
use crate::load::Target;
use crate::model::{Discriminator, OneOfVariant, TypeKind, TypeRef};

/// A schema that names another in its `allOf`.
#[derive(Debug, Clone)]
pub(crate) struct Child {
    pub at: Target,
    /// Its `x-ms-discriminator-value`.
    pub value: Option<String>,
}

impl Lowerer<'_> {
    /// The variants of a discriminated schema, with their discriminator values: the `oneOf`
    /// references of a `oneOf`, or the schemas that name this one in their `allOf` (as Azure's
    /// polymorphic types do). `None` when it has neither, or when an alternative is inline
    /// (it has no name to take a discriminator value from): then it is lowered as if it had
    /// no discriminator.
    pub(super) fn tagged_parts(
        &mut self,
        at: &Target,
        schema: &Schema,
        discriminator: &openapiv3::Discriminator,
    ) -> Result<Option<Vec<(String, Target)>>> {
        let here = self.spec.location(at);
        // The mapping, as value → the node its reference designates.
        let mut mapping = Vec::new();
        for (value, reference) in &discriminator.mapping {
            let reference = if reference.contains('#') || reference.contains('/') {
                reference.clone()
            } else {
                format!("#/components/schemas/{reference}")
            };
            if let Ok(target) = self.spec.resolve(at.file, &reference, &here) {
                mapping.push((value.clone(), target));
            }
        }
        let value_of = |target: &Target, fallback: &str| {
            mapping
                .iter()
                .find(|(_, t)| t == target)
                .map(|(v, _)| v.clone())
                .unwrap_or_else(|| fallback.to_string())
        };
        let parts = match &schema.schema_kind {
            SchemaKind::OneOf { one_of: parts } | SchemaKind::AnyOf { any_of: parts } => {
                let mut out = Vec::new();
                for part in parts {
                    let ReferenceOr::Reference { reference } = part else {
                        return Ok(None);
                    };
                    let target = self.spec.resolve(at.file, reference, &here)?;
                    let name = last_segment(&target.pointer);
                    out.push((value_of(&target, &name), target));
                }
                out
            }
            _ => {
                let children = self.children_index().get(at).cloned().unwrap_or_default();
                children
                    .into_iter()
                    .map(|c| {
                        let fallback = c.value.unwrap_or_else(|| last_segment(&c.at.pointer));
                        (value_of(&c.at, &fallback), c.at)
                    })
                    .collect()
            }
        };
        Ok((!parts.is_empty()).then_some(parts))
    }

    /// Every schema under `components/schemas` of every file, by the schemas its `allOf` names.
    pub(super) fn children_index(&mut self) -> &BTreeMap<Target, Vec<Child>> {
        if self.children.is_none() {
            let mut index: BTreeMap<Target, Vec<Child>> = BTreeMap::new();
            for (file, source) in self.spec.files.iter().enumerate() {
                let Some(schemas) = source
                    .value
                    .pointer("/components/schemas")
                    .and_then(|s| s.as_object())
                else {
                    continue;
                };
                for (name, schema) in schemas {
                    let child = Target {
                        file,
                        pointer: String::from("/components/schemas"),
                    }
                    .join(name);
                    let parts = schema.get("allOf").and_then(|a| a.as_array());
                    for reference in parts
                        .into_iter()
                        .flatten()
                        .filter_map(|p| p.get("$ref")?.as_str())
                    {
                        let here = self.spec.location(&child);
                        if let Ok(parent) = self.spec.resolve(file, reference, &here) {
                            index.entry(parent).or_default().push(Child {
                                at: child.clone(),
                                value: schema
                                    .get("x-ms-discriminator-value")
                                    .and_then(|v| v.as_str())
                                    .map(str::to_owned),
                            });
                        }
                    }
                }
            }
            self.children = Some(index);
        }
        self.children.get_or_insert_default()
    }

    /// A tagged union: one variant per `(discriminator value, schema)`, plus one that keeps any
    /// other value as JSON. The variant structs are given the tag in `finish_types`.
    pub(super) fn tagged(
        &mut self,
        at: &Target,
        schema: &Schema,
        property: &str,
        parts: Vec<(String, Target)>,
        hint: &str,
    ) -> Result<TypeRef> {
        let name = self.claim_type(at, hint);
        self.below_named(|l| l.tagged_body(at, schema, property, parts, name))
    }

    pub(super) fn tagged_body(
        &mut self,
        at: &Target,
        schema: &Schema,
        property: &str,
        parts: Vec<(String, Target)>,
        name: String,
    ) -> Result<TypeRef> {
        let mut scope = Scope::default();
        let mut variants: Vec<OneOfVariant> = Vec::new();
        for (value, target) in parts {
            let from = Target {
                file: target.file,
                pointer: String::new(),
            };
            let ty = self.schema_ref(&from, &format!("#{}", target.pointer))?;
            if ty == TypeRef::Named(name.clone()) {
                self.warn(at, "an alternative that is the schema itself is left out");
                continue;
            }
            if variants
                .iter()
                .any(|v| v.ty == ty || v.tag.as_deref() == Some(&value))
            {
                continue;
            }
            variants.push(OneOfVariant {
                rust_name: scope.claim(variant_name(&value)),
                tag: Some(value),
                ty,
                boxed: false,
            });
        }
        let other = scope.claim("UnknownValue".into());
        self.define(
            at,
            schema,
            &name,
            TypeKind::OneOf {
                variants,
                discriminator: Some(Discriminator {
                    property: property.to_string(),
                    other,
                }),
            },
        );
        Ok(TypeRef::Named(name))
    }

    /// An untagged enum with one variant per alternative, tried in the spec's order.
    pub(super) fn one_of(
        &mut self,
        at: &Target,
        schema: &Schema,
        keyword: &str,
        parts: &[ReferenceOr<Schema>],
        hint: &str,
    ) -> Result<TypeRef> {
        let name = self.claim_type(at, hint);
        self.below_named(|l| l.one_of_body(at, schema, keyword, parts, name))
    }

    pub(super) fn one_of_body(
        &mut self,
        at: &Target,
        schema: &Schema,
        keyword: &str,
        parts: &[ReferenceOr<Schema>],
        name: String,
    ) -> Result<TypeRef> {
        let mut scope = Scope::default();
        let mut variants: Vec<OneOfVariant> = Vec::new();
        for (i, part) in parts.iter().enumerate() {
            let part_at = at.join(keyword).join(&i.to_string());
            let ty = self.schema(&part_at, part.into(), &format!("{name}Variant{i}"))?;
            if variants.iter().any(|v| v.ty == ty) {
                continue;
            }
            // Reading a value as itself would never end.
            if ty == TypeRef::Named(name.clone()) {
                self.warn(
                    &part_at,
                    "an alternative that is the schema itself is left out",
                );
                continue;
            }
            let base = match &ty {
                TypeRef::Named(n) => n.clone(),
                TypeRef::Bool => "Boolean".into(),
                TypeRef::I32 | TypeRef::I64 => "Integer".into(),
                TypeRef::F32 | TypeRef::F64 => "Number".into(),
                TypeRef::String | TypeRef::Text => "String".into(),
                TypeRef::Bytes => "Bytes".into(),
                TypeRef::Vec(_) => "Array".into(),
                TypeRef::Map(_) => "Object".into(),
                TypeRef::Json => "Value".into(),
                TypeRef::External(path) => path.rsplit("::").next().unwrap_or("Value").into(),
            };
            variants.push(OneOfVariant {
                rust_name: scope.claim(base),
                tag: None,
                ty,
                boxed: false,
            });
        }
        self.define(
            at,
            schema,
            &name,
            TypeKind::OneOf {
                variants,
                discriminator: None,
            },
        );
        Ok(TypeRef::Named(name))
    }
}
