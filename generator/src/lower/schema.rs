//! Schemas to types: primitives inline, objects and enums as named types of `models`.

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{
    AdditionalProperties, IntegerFormat, NumberFormat, ReferenceOr, Schema, SchemaKind, Type,
    VariantOrUnknownOrEmpty,
};

use super::Lowerer;
use super::names::{Scope, type_name, value_name, variant_name};
use crate::error::{Error, Result};
use crate::load::Target;
use crate::model::{
    Discriminator, ErrorBodyAccess, Field, FieldStep, OneOfVariant, Operation, StructTag, TypeDef,
    TypeKind, TypeRef, Variant,
};

/// A schema as it stands in the spec: a reference or an inline schema.
#[derive(Clone, Copy)]
pub enum SchemaRef<'s> {
    Ref(&'s str),
    Inline(&'s Schema),
}

impl<'s> From<&'s ReferenceOr<Schema>> for SchemaRef<'s> {
    fn from(r: &'s ReferenceOr<Schema>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
            ReferenceOr::Item(s) => SchemaRef::Inline(s),
        }
    }
}

impl<'s> From<&'s ReferenceOr<Box<Schema>>> for SchemaRef<'s> {
    fn from(r: &'s ReferenceOr<Box<Schema>>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
            ReferenceOr::Item(s) => SchemaRef::Inline(s),
        }
    }
}

/// One property of an object, gathered from its schema and, for `allOf`, from every part.
struct Property<'s> {
    name: String,
    at: Target,
    schema: SchemaRefOwned<'s>,
    required: bool,
}

/// A property's schema, owned when it came from a resolved reference.
enum SchemaRefOwned<'s> {
    Borrowed(SchemaRef<'s>),
    Owned(ReferenceOr<Box<Schema>>),
}

impl Lowerer<'_> {
    /// The type of `schema`, standing at `at`; `hint` names it when it needs a name of its own.
    pub(super) fn schema(
        &mut self,
        at: &Target,
        schema: SchemaRef<'_>,
        hint: &str,
    ) -> Result<TypeRef> {
        if self.depth >= super::MAX_SCHEMA_DEPTH {
            return Err(Error::spec(
                &self.spec.location(at),
                format!(
                    "schemas nest more than {} deep here (through properties, items and \
                     references); the generator stops rather than exhaust its stack",
                    super::MAX_SCHEMA_DEPTH
                ),
            ));
        }
        self.depth += 1;
        let ty = match schema {
            SchemaRef::Ref(reference) => self.schema_ref(at, reference),
            SchemaRef::Inline(s) => self.schema_at(at, s, hint),
        };
        self.depth -= 1;
        let ty = ty?;
        if nesting(&ty) > super::MAX_TYPE_NESTING {
            return Err(Error::spec(
                &self.spec.location(at),
                format!(
                    "arrays and maps nest more than {} deep in this type; no client needs \
                     `Vec<Vec<…>>` that deep, so the generator stops here",
                    super::MAX_TYPE_NESTING
                ),
            ));
        }
        Ok(ty)
    }

    fn schema_ref(&mut self, at: &Target, reference: &str) -> Result<TypeRef> {
        let here = self.spec.location(at);
        let target = self.spec.resolve(at.file, reference, &here)?;
        if let Some(name) = self.by_target.get(&target) {
            return Ok(TypeRef::Named(name.clone()));
        }
        if let Some(path) = self.replaced.get(&target) {
            return Ok(TypeRef::External(path.clone()));
        }
        let (target, schema): (Target, Schema) = self.spec.resolve_as(at.file, reference, &here)?;
        let hint = name_from_pointer(&target.pointer, &self.spec.files[target.file].display);
        self.schema_at(&target, &schema, &hint)
    }

    fn schema_at(&mut self, at: &Target, schema: &Schema, hint: &str) -> Result<TypeRef> {
        if let Some(name) = self.by_target.get(at) {
            return Ok(TypeRef::Named(name.clone()));
        }
        // An unnamed type that contains itself (an array of itself, say) cannot be expressed.
        if !self.anonymous_stack.insert(at.clone()) {
            self.warn(
                at,
                format!(
                    "this schema contains itself without an object in between; {}",
                    crate::error::UNTYPED_FALLBACK
                ),
            );
            return Ok(TypeRef::Json);
        }
        let result = self.schema_kind(at, schema, hint);
        self.anonymous_stack.remove(at);
        result
    }

    fn schema_kind(&mut self, at: &Target, schema: &Schema, hint: &str) -> Result<TypeRef> {
        if let Some(d) = &schema.schema_data.discriminator {
            if let Some(parts) = self.tagged_parts(at, schema, d)? {
                return self.tagged(at, schema, &d.property_name, parts, hint);
            }
        }
        Ok(match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => {
                let values: Vec<String> = s.enumeration.iter().flatten().cloned().collect();
                if values.is_empty() {
                    TypeRef::String
                } else {
                    self.enumeration(at, schema, &values, hint, false)
                }
            }
            SchemaKind::Type(Type::Integer(i)) if i.enumeration.iter().any(Option::is_some) => {
                let values: Vec<String> =
                    i.enumeration.iter().flatten().map(i64::to_string).collect();
                self.enumeration(at, schema, &values, hint, true)
            }
            SchemaKind::Type(Type::Integer(i)) => match i.format {
                VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => TypeRef::I32,
                _ => TypeRef::I64,
            },
            SchemaKind::Type(Type::Number(n)) => match n.format {
                VariantOrUnknownOrEmpty::Item(NumberFormat::Float) => TypeRef::F32,
                _ => TypeRef::F64,
            },
            SchemaKind::Type(Type::Boolean(_)) => TypeRef::Bool,
            SchemaKind::Type(Type::Array(a)) => match &a.items {
                Some(items) => TypeRef::Vec(Box::new(self.schema(
                    &at.join("items"),
                    items.into(),
                    &format!("{hint}Item"),
                )?)),
                None => TypeRef::Vec(Box::new(TypeRef::Json)),
            },
            SchemaKind::Type(Type::Object(o)) if o.properties.is_empty() => {
                self.map(at, o.additional_properties.as_ref(), hint)?
            }
            SchemaKind::Type(Type::Object(_)) => self.object(at, schema, hint)?,
            SchemaKind::AllOf { all_of } if all_of.len() == 1 => {
                // `allOf: [$ref]` is how OpenAPI 3.0 puts keywords next to a reference.
                self.schema(&at.join("allOf").join("0"), (&all_of[0]).into(), hint)?
            }
            SchemaKind::AllOf { all_of } if typed_parts(all_of).len() == 1 => {
                // Parts that only annotate (a description, say) type nothing: what is left is
                // the type, as with one part.
                let (i, part) = typed_parts(all_of)[0];
                self.schema(&at.join("allOf").join(&i.to_string()), part.into(), hint)?
            }
            SchemaKind::AllOf { .. } => self.object(at, schema, hint)?,
            SchemaKind::Any(a) if !a.properties.is_empty() || !a.all_of.is_empty() => {
                self.object(at, schema, hint)?
            }
            SchemaKind::Any(a) if a.typ.as_deref() == Some("object") => {
                self.map(at, a.additional_properties.as_ref(), hint)?
            }
            // An enum without `type`: of strings or of integers, as if the type were given;
            // values of several JSON types (`[1, "one", true]`) have no Rust enum to be.
            SchemaKind::Any(a) if !a.enumeration.is_empty() => {
                let values: Vec<&serde_json::Value> =
                    a.enumeration.iter().filter(|v| !v.is_null()).collect();
                let strings: Option<Vec<String>> = values
                    .iter()
                    .map(|v| v.as_str().map(str::to_owned))
                    .collect();
                let integers: Option<Vec<String>> = values
                    .iter()
                    .map(|v| v.as_i64().map(|n| n.to_string()))
                    .collect();
                if let (Some(strings), false) = (strings, values.is_empty()) {
                    return Ok(self.enumeration(at, schema, &strings, hint, false));
                }
                if let (Some(integers), false) = (integers, values.is_empty()) {
                    return Ok(self.enumeration(at, schema, &integers, hint, true));
                }
                self.warn(
                    at,
                    format!(
                        "an enum of values of several types is not typed; {}",
                        crate::error::UNTYPED_FALLBACK
                    ),
                );
                TypeRef::Json
            }
            SchemaKind::Any(_) => TypeRef::Json,
            SchemaKind::OneOf { one_of: parts } | SchemaKind::AnyOf { any_of: parts }
                if parts.len() == 1 =>
            {
                let keyword = if matches!(schema.schema_kind, SchemaKind::OneOf { .. }) {
                    "oneOf"
                } else {
                    "anyOf"
                };
                self.schema(&at.join(keyword).join("0"), (&parts[0]).into(), hint)?
            }
            SchemaKind::OneOf { one_of: parts } | SchemaKind::AnyOf { any_of: parts }
                if !parts.is_empty() =>
            {
                let keyword = if matches!(schema.schema_kind, SchemaKind::OneOf { .. }) {
                    "oneOf"
                } else {
                    "anyOf"
                };
                self.one_of(at, schema, keyword, parts, hint)?
            }
            SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. } | SchemaKind::Not { .. } => {
                self.warn(
                    at,
                    format!(
                        "`not` and empty oneOf/anyOf are not typed; {}",
                        crate::error::UNTYPED_FALLBACK
                    ),
                );
                TypeRef::Json
            }
        })
    }

    /// The variants of a discriminated schema, with their discriminator values: the `oneOf`
    /// references of a `oneOf`, or the schemas that name this one in their `allOf` (as Azure's
    /// polymorphic types do). `None` when it has neither, or when an alternative is inline
    /// (it has no name to take a discriminator value from): then it is lowered as if it had
    /// no discriminator.
    fn tagged_parts(
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
    fn children_index(&mut self) -> &BTreeMap<Target, Vec<Child>> {
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
    fn tagged(
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

    fn tagged_body(
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
    fn one_of(
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

    fn one_of_body(
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

    fn map(
        &mut self,
        at: &Target,
        additional: Option<&AdditionalProperties>,
        hint: &str,
    ) -> Result<TypeRef> {
        Ok(match additional {
            Some(AdditionalProperties::Schema(s)) => {
                let value = self.schema(
                    &at.join("additionalProperties"),
                    (&**s).into(),
                    &format!("{hint}Value"),
                )?;
                TypeRef::Map(Box::new(value))
            }
            _ => TypeRef::Json,
        })
    }

    /// Records the type `name` lowered from `schema` at `at`.
    fn define(&mut self, at: &Target, schema: &Schema, name: &str, kind: TypeKind) {
        self.types.insert(
            name.to_string(),
            TypeDef {
                name: name.to_string(),
                docs: docs_of(schema),
                extensions: extensions_of(&schema.schema_data.extensions),
                source: self.spec.location(at),
                kind,
            },
        );
    }

    /// Lowers the parts of a type that has just been named: a schema met again below it has a
    /// named type in between (which ends the recursion there), so the chain of unnamed schemas
    /// above it does not count (a named array of objects whose property is that array is fine).
    fn below_named<R>(&mut self, f: impl FnOnce(&mut Self) -> R) -> R {
        let outer = std::mem::take(&mut self.anonymous_stack);
        let result = f(self);
        self.anonymous_stack = outer;
        result
    }

    pub(super) fn claim_type(&mut self, at: &Target, hint: &str) -> String {
        let name = self.type_names.claim(type_name(hint));
        self.by_target.insert(at.clone(), name.clone());
        name
    }

    /// An enum of `values`: strings, or integers in decimal (`integer`).
    fn enumeration(
        &mut self,
        at: &Target,
        schema: &Schema,
        values: &[String],
        hint: &str,
        integer: bool,
    ) -> TypeRef {
        if values.len() > MANY_VALUES {
            // Three matches of that many arms take rustc tens of minutes to build.
            self.warn(
                at,
                format!(
                    "this enum has {} values, more than {MANY_VALUES}: typed as {}, which \
                     compiles (an enum of them would take rustc tens of minutes to build)",
                    values.len(),
                    if integer { "an integer" } else { "a string" }
                ),
            );
            return if integer {
                TypeRef::I64
            } else {
                TypeRef::String
            };
        }
        let x_ms_enum = schema.schema_data.extensions.get("x-ms-enum");
        let hint = x_ms_enum
            .and_then(|e| e.get("name"))
            .and_then(|n| n.as_str())
            .unwrap_or(hint);
        // `x-ms-enum` `values`: a name and a description per value.
        let as_json = |value: &str| match value.parse::<i64>() {
            Ok(n) if integer => serde_json::Value::from(n),
            _ => serde_json::Value::from(value),
        };
        // Indexed by the value's JSON text once (the first entry of a value wins): a lookup per
        // value would make an enum of 100,000 values take 10^10 steps.
        let mut entries: BTreeMap<String, &serde_json::Value> = BTreeMap::new();
        for entry in x_ms_enum
            .and_then(|e| e.get("values"))
            .and_then(|v| v.as_array())
            .into_iter()
            .flatten()
        {
            if let Some(value) = entry.get("value") {
                entries.entry(value.to_string()).or_insert(entry);
            }
        }
        let described = |value: &str, key: &str| {
            entries
                .get(&as_json(value).to_string())
                .and_then(|v| v.get(key))
                .and_then(|x| x.as_str())
                .filter(|x| !x.trim().is_empty())
                .map(str::to_owned)
        };

        let name = self.claim_type(at, hint);
        let mut scope = Scope::default();
        let mut seen = BTreeSet::new();
        let variants = values
            .iter()
            .filter(|v| seen.insert(v.as_str()))
            .map(|v| {
                // `-1` would fold onto `1`.
                let plain = match v.strip_prefix('-') {
                    Some(n) if integer => format!("minus {n}"),
                    _ => v.clone(),
                };
                Variant {
                    rust_name: scope.claim(variant_name(
                        described(v, "name").as_deref().unwrap_or(&plain),
                    )),
                    value: v.clone(),
                    docs: described(v, "description"),
                }
            })
            .collect();
        // Open unless `x-ms-enum` says `modelAsString: false`: a service that adds a value
        // later must not break the clients already deployed.
        let closed =
            x_ms_enum.and_then(|e| e.get("modelAsString")) == Some(&serde_json::Value::Bool(false));
        let other = (!closed).then(|| scope.claim("UnknownValue".into()));
        self.define(
            at,
            schema,
            &name,
            TypeKind::Enum {
                variants,
                other,
                integer,
            },
        );
        TypeRef::Named(name)
    }

    fn object(&mut self, at: &Target, schema: &Schema, hint: &str) -> Result<TypeRef> {
        let name = self.claim_type(at, hint);
        self.below_named(|l| l.object_body(at, schema, name))
    }

    fn object_body(&mut self, at: &Target, schema: &Schema, name: String) -> Result<TypeRef> {
        let mut properties = Vec::new();
        self.collect_properties(at, schema, &mut properties, &mut BTreeSet::new())?;
        let mut scope = Scope::default();
        let mut fields = Vec::new();
        for property in properties {
            let schema = match &property.schema {
                SchemaRefOwned::Borrowed(s) => *s,
                SchemaRefOwned::Owned(r) => r.into(),
            };
            let meta = match schema {
                SchemaRef::Inline(s) => Some(s),
                SchemaRef::Ref(_) => None,
            };
            let client_name = meta
                .and_then(|s| s.schema_data.extensions.get("x-ms-client-name"))
                .and_then(|n| n.as_str())
                .map(str::to_owned);
            let ty = self.schema(
                &property.at,
                schema,
                &format!("{name}{}", type_name(&property.name)),
            )?;
            fields.push(Field {
                rust_name: scope
                    .claim(value_name(client_name.as_deref().unwrap_or(&property.name))),
                name: property.name,
                ty,
                required: property.required,
                nullable: meta.is_some_and(|s| s.schema_data.nullable),
                boxed: false,
                read_only: meta.is_some_and(|s| s.schema_data.read_only),
                flatten: false,
                docs: meta.and_then(docs_of),
            });
        }
        // Properties the schema does not name, when it allows them with a type or explicitly.
        let additional = match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) => o.additional_properties.as_ref(),
            SchemaKind::Any(a) => a.additional_properties.as_ref(),
            _ => None,
        };
        let value = match additional {
            Some(AdditionalProperties::Schema(s)) => Some(self.schema(
                &at.join("additionalProperties"),
                (&**s).into(),
                &format!("{name}Value"),
            )?),
            Some(AdditionalProperties::Any(true)) => Some(TypeRef::Json),
            _ => None,
        };
        if let Some(value) = value {
            fields.push(Field {
                rust_name: scope.claim("additional_properties".into()),
                name: "additionalProperties".into(),
                ty: TypeRef::Map(Box::new(value)),
                required: true,
                nullable: false,
                boxed: false,
                read_only: false,
                flatten: true,
                docs: Some("The object's other properties, by name.".into()),
            });
        }
        self.define(
            at,
            schema,
            &name,
            TypeKind::Struct {
                fields,
                default: false,
                tag: None,
                from_headers: false,
            },
        );
        Ok(TypeRef::Named(name))
    }

    /// Gathers the properties of an object schema, merging every part of an `allOf`.
    fn collect_properties<'s>(
        &mut self,
        at: &Target,
        schema: &'s Schema,
        out: &mut Vec<Property<'s>>,
        visiting: &mut BTreeSet<Target>,
    ) -> Result<()> {
        if !visiting.insert(at.clone()) {
            return Err(Error::spec(
                &self.spec.location(at),
                "this allOf includes itself",
            ));
        }
        let (properties, required) = match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) => (Some(&o.properties), o.required.as_slice()),
            SchemaKind::Any(a) => (Some(&a.properties), a.required.as_slice()),
            _ => (None, &[][..]),
        };
        for (name, property) in properties.into_iter().flatten() {
            if let Some(existing) = out.iter_mut().find(|p| &p.name == name) {
                existing.required |= required.contains(name);
                continue;
            }
            out.push(Property {
                name: name.clone(),
                at: at.join("properties").join(name),
                schema: SchemaRefOwned::Borrowed(property.into()),
                required: required.contains(name),
            });
        }
        for name in required {
            if let Some(p) = out.iter_mut().find(|p| &p.name == name) {
                p.required = true;
            }
        }
        let parts = match &schema.schema_kind {
            SchemaKind::AllOf { all_of } => all_of.as_slice(),
            SchemaKind::Any(a) => a.all_of.as_slice(),
            _ => &[],
        };
        for (i, part) in parts.iter().enumerate() {
            let part_at = at.join("allOf").join(&i.to_string());
            match part {
                ReferenceOr::Item(s) => self.collect_properties(&part_at, s, out, visiting)?,
                ReferenceOr::Reference { reference } => {
                    let (target, resolved): (Target, Schema) = self.spec.resolve_as(
                        part_at.file,
                        reference,
                        &self.spec.location(&part_at),
                    )?;
                    let mut owned = Vec::new();
                    self.collect_properties(&target, &resolved, &mut owned, visiting)?;
                    for p in owned {
                        let schema = match p.schema {
                            SchemaRefOwned::Borrowed(SchemaRef::Ref(r)) => ReferenceOr::Reference {
                                reference: r.to_string(),
                            },
                            SchemaRefOwned::Borrowed(SchemaRef::Inline(s)) => {
                                ReferenceOr::Item(Box::new(s.clone()))
                            }
                            SchemaRefOwned::Owned(o) => o,
                        };
                        let p = Property {
                            schema: SchemaRefOwned::Owned(schema),
                            ..p
                        };
                        match out.iter_mut().find(|e| e.name == p.name) {
                            Some(existing) => existing.required |= p.required,
                            None => out.push(p),
                        }
                    }
                }
            }
        }
        visiting.remove(at);
        Ok(())
    }
}

impl<'a> From<&'a SchemaRefOwned<'a>> for SchemaRef<'a> {
    fn from(s: &'a SchemaRefOwned<'a>) -> Self {
        match s {
            SchemaRefOwned::Borrowed(b) => *b,
            SchemaRefOwned::Owned(o) => o.into(),
        }
    }
}

/// The documentation of a schema: its description, else its title.
/// The `x-` extensions of a schema or operation, sorted, for tools built on the model.
pub(super) fn extensions_of<'a>(
    extensions: impl IntoIterator<Item = (&'a String, &'a serde_json::Value)>,
) -> BTreeMap<String, serde_json::Value> {
    extensions
        .into_iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// The parts of an `allOf` that say something of the type: all but inline schemas with nothing
/// but annotations (description, title, example, …), with their positions.
fn typed_parts(parts: &[ReferenceOr<Schema>]) -> Vec<(usize, &ReferenceOr<Schema>)> {
    parts
        .iter()
        .enumerate()
        .filter(|(_, part)| match part {
            ReferenceOr::Item(s) => {
                !matches!(&s.schema_kind, SchemaKind::Any(a) if *a == openapiv3::AnySchema::default())
            }
            ReferenceOr::Reference { .. } => true,
        })
        .collect()
}

pub(super) fn docs_of(schema: &Schema) -> Option<String> {
    schema
        .schema_data
        .description
        .clone()
        .or_else(|| schema.schema_data.title.clone())
        .filter(|d| !d.trim().is_empty())
}

/// A type name for the schema at `pointer`: `#/components/schemas/A` gives `A`, and deeper pointers
/// add the property names they pass through (`#/components/schemas/A/properties/b` gives `AB`), the
/// same name the schema gets when reached inline from `A`.
pub(super) fn name_from_pointer(pointer: &str, file: &str) -> String {
    let segments: Vec<String> = pointer
        .split('/')
        .skip(1)
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect();
    let rest: &[String] = match segments.as_slice() {
        [c, s, rest @ ..] if c == "components" && s == "schemas" => rest,
        [d, rest @ ..] if d == "definitions" => rest,
        _ => &segments,
    };
    let mut name = String::new();
    let mut previous = "";
    for segment in rest {
        match segment.as_str() {
            "properties" | "allOf" | "oneOf" | "anyOf" | "schema" | "content" => {}
            "items" => name.push_str("Item"),
            "additionalProperties" => name.push_str("Value"),
            s if s.chars().all(|c| c.is_ascii_digit())
                && matches!(previous, "allOf" | "oneOf" | "anyOf") => {}
            s => name.push_str(&type_name(s)),
        }
        previous = segment;
    }
    if name.is_empty() {
        let stem = file.rsplit('/').next().unwrap_or(file);
        name = type_name(stem.split('.').next().unwrap_or(stem));
    }
    name
}

/// Marks the fields through which a type contains itself as boxed, and decides which structs can
/// derive `Default`.
/// A schema that names another in its `allOf`.
#[derive(Debug, Clone)]
pub(crate) struct Child {
    pub at: Target,
    /// Its `x-ms-discriminator-value`.
    pub value: Option<String>,
}

/// The last segment of a JSON pointer, unescaped: the name of a schema under `components`.
fn last_segment(pointer: &str) -> String {
    pointer
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .replace("~1", "/")
        .replace("~0", "~")
}

pub(super) fn finish_types(types: &mut BTreeMap<String, TypeDef>) {
    // The structs of tagged unions write their tag themselves (so they do wherever they are
    // used) and have no field for it. A struct in two unions keeps the first tag.
    let tags: Vec<(String, StructTag)> = types
        .values()
        .filter_map(|def| match &def.kind {
            TypeKind::OneOf {
                variants,
                discriminator: Some(d),
            } => Some(variants.iter().filter_map(|v| match (&v.ty, &v.tag) {
                (TypeRef::Named(n), Some(value)) => Some((
                    n.clone(),
                    StructTag {
                        property: d.property.clone(),
                        value: value.clone(),
                    },
                )),
                _ => None,
            })),
            _ => None,
        })
        .flatten()
        .collect();
    for (name, new_tag) in tags {
        if let Some(TypeDef {
            kind: TypeKind::Struct { fields, tag, .. },
            ..
        }) = types.get_mut(&name)
        {
            if tag.is_none() {
                fields.retain(|f| f.name != new_tag.property);
                *tag = Some(new_tag);
            }
        }
    }
    // Direct edges: a field whose type is a named type without a Vec or Map in between.
    let edges: BTreeMap<String, Vec<String>> = types
        .iter()
        .map(|(name, def)| {
            let targets = match &def.kind {
                TypeKind::Struct { fields, .. } => fields
                    .iter()
                    .filter_map(|f| match &f.ty {
                        TypeRef::Named(n) => Some(n.clone()),
                        _ => None,
                    })
                    .collect(),
                TypeKind::OneOf { variants, .. } => variants
                    .iter()
                    .filter_map(|v| match &v.ty {
                        TypeRef::Named(n) => Some(n.clone()),
                        _ => None,
                    })
                    .collect(),
                TypeKind::Enum { .. } | TypeKind::StatusUnion { .. } => Vec::new(),
            };
            (name.clone(), targets)
        })
        .collect();
    let component = strongly_connected(&edges);
    for (name, def) in types.iter_mut() {
        match &mut def.kind {
            TypeKind::Struct { fields, .. } => {
                for field in fields {
                    if let TypeRef::Named(target) = &field.ty {
                        field.boxed = component.get(target) == component.get(name);
                    }
                }
            }
            TypeKind::OneOf { variants, .. } => {
                for variant in variants {
                    if let TypeRef::Named(target) = &variant.ty {
                        variant.boxed = component.get(target) == component.get(name);
                    }
                }
            }
            TypeKind::Enum { .. } | TypeKind::StatusUnion { .. } => {}
        }
    }
    // Default: fixpoint from "every struct can" down to those whose every field has a default.
    let mut can: BTreeSet<String> = types
        .iter()
        .filter(|(_, d)| matches!(d.kind, TypeKind::Struct { .. }))
        .map(|(n, _)| n.clone())
        .collect();
    loop {
        let before = can.len();
        let blocked: Vec<String> = can
            .iter()
            .filter(|name| match &types[*name].kind {
                // A required boxed field would make `default()` recurse forever.
                TypeKind::Struct { fields, .. } => fields
                    .iter()
                    .any(|f| f.required && !f.nullable && (f.boxed || !has_default(&f.ty, &can))),
                TypeKind::Enum { .. } | TypeKind::OneOf { .. } | TypeKind::StatusUnion { .. } => {
                    true
                }
            })
            .cloned()
            .collect();
        for b in blocked {
            can.remove(&b);
        }
        if can.len() == before {
            break;
        }
    }
    for (name, def) in types.iter_mut() {
        if let TypeKind::Struct { default, .. } = &mut def.kind {
            *default = can.contains(name);
        }
    }
}

fn has_default(ty: &TypeRef, structs_with_default: &BTreeSet<String>) -> bool {
    match ty {
        TypeRef::Named(n) => structs_with_default.contains(n),
        // A hand-written type is not known to have one.
        TypeRef::External(_) => false,
        _ => true,
    }
}

/// Tarjan's algorithm: the index of each node's strongly connected component. Iterative (an
/// explicit stack of nodes and the next edge of each), so that no chain of types, however long,
/// can exhaust the thread's stack.
fn strongly_connected(edges: &BTreeMap<String, Vec<String>>) -> BTreeMap<String, usize> {
    let mut index: BTreeMap<&str, usize> = BTreeMap::new();
    let mut low: BTreeMap<&str, usize> = BTreeMap::new();
    let mut stack: Vec<&str> = Vec::new();
    let mut on_stack: BTreeSet<&str> = BTreeSet::new();
    let mut component: BTreeMap<String, usize> = BTreeMap::new();
    let mut components = 0;
    let no_edges: &[String] = &[];
    for root in edges.keys() {
        if index.contains_key(root.as_str()) {
            continue;
        }
        // Each frame: a node and how many of its edges have been followed.
        let mut frames: Vec<(&str, usize)> = vec![(root.as_str(), 0)];
        while let Some(&mut (v, ref mut next)) = frames.last_mut() {
            if *next == 0 && !index.contains_key(v) {
                let i = index.len();
                index.insert(v, i);
                low.insert(v, i);
                stack.push(v);
                on_stack.insert(v);
            }
            let out = edges.get(v).map_or(no_edges, Vec::as_slice);
            if let Some(w) = out.get(*next).map(String::as_str) {
                *next += 1;
                if !index.contains_key(w) {
                    frames.push((w, 0));
                } else if on_stack.contains(w) {
                    let lowest = low[v].min(index[w]);
                    low.insert(v, lowest);
                }
                continue;
            }
            frames.pop();
            if let Some(&(parent, _)) = frames.last() {
                let lowest = low[parent].min(low[v]);
                low.insert(parent, lowest);
            }
            if low[v] == index[v] {
                while let Some(w) = stack.pop() {
                    on_stack.remove(w);
                    component.insert(w.to_string(), components);
                    if w == v {
                        break;
                    }
                }
                components += 1;
            }
        }
    }
    component
}

/// For each generated type that holds an operation's error body, where its code and message
/// are: string fields `code` and `message` of the type itself, or of the object in its `error`
/// field (Azure's shape); and the hand-written types that hold one. A union of error bodies by
/// status delegates to its variants' types, and a list to its items' (the runtime's impl for
/// `Vec<T>` needs `T: ErrorBody`); the runtime implements the trait for every other shape (JSON
/// values, maps, scalars), and no impl may be written for those here: they are other crates'
/// types.
pub(super) fn error_bodies(
    types: &BTreeMap<String, TypeDef>,
    operations: &[Operation],
) -> (Vec<ErrorBodyAccess>, Vec<String>) {
    fn mark<'t>(
        types: &BTreeMap<String, TypeDef>,
        ty: &'t TypeRef,
        named: &mut BTreeSet<&'t str>,
        external: &mut BTreeSet<&'t str>,
    ) {
        match ty {
            TypeRef::Named(n) => match types.get(n).map(|t| &t.kind) {
                Some(TypeKind::StatusUnion { .. }) => {}
                _ => {
                    named.insert(n);
                }
            },
            TypeRef::Vec(item) => mark(types, item, named, external),
            TypeRef::External(path) => {
                external.insert(path);
            }
            _ => {}
        }
    }
    let (mut named, mut external) = (BTreeSet::new(), BTreeSet::new());
    for operation in operations {
        let ty = &operation.error_type;
        match ty {
            TypeRef::Named(n) => match types.get(n).map(|t| &t.kind) {
                Some(TypeKind::StatusUnion { variants, .. }) => {
                    for variant in variants.iter().filter_map(|v| v.ty.as_ref()) {
                        mark(types, variant, &mut named, &mut external);
                    }
                }
                _ => mark(types, ty, &mut named, &mut external),
            },
            _ => mark(types, ty, &mut named, &mut external),
        }
    }
    let accesses = named
        .into_iter()
        .map(|name| {
            let ty = TypeRef::Named(name.to_string());
            ErrorBodyAccess {
                type_name: name.to_string(),
                code: string_path(types, &ty, "code"),
                message: string_path(types, &ty, "message"),
            }
        })
        .collect();
    (accesses, external.into_iter().map(str::to_owned).collect())
}

fn fields_of<'t>(types: &'t BTreeMap<String, TypeDef>, ty: &TypeRef) -> Option<&'t [Field]> {
    match ty {
        TypeRef::Named(n) => match &types.get(n)?.kind {
            TypeKind::Struct { fields, .. } => Some(fields),
            TypeKind::Enum { .. } | TypeKind::OneOf { .. } | TypeKind::StatusUnion { .. } => None,
        },
        _ => None,
    }
}

fn step(f: &Field) -> FieldStep {
    FieldStep {
        rust_name: f.rust_name.clone(),
        wrapping: f.wrapping(),
        boxed: f.boxed,
    }
}

fn string_path(
    types: &BTreeMap<String, TypeDef>,
    ty: &TypeRef,
    wire: &str,
) -> Option<Vec<FieldStep>> {
    let fields = fields_of(types, ty)?;
    let direct = |fields: &[Field]| {
        fields
            .iter()
            .find(|f| f.name == wire && f.ty == TypeRef::String)
            .map(step)
    };
    if let Some(s) = direct(fields) {
        return Some(vec![s]);
    }
    let error = fields.iter().find(|f| f.name == "error")?;
    let inner = direct(fields_of(types, &error.ty)?)?;
    Some(vec![step(error), inner])
}

/// An enum with more values than this is typed as its scalar, with a warning.
const MANY_VALUES: usize = 10_000;

/// How many arrays and maps `ty` holds one inside another.
fn nesting(ty: &TypeRef) -> usize {
    let mut depth = 0;
    let mut current = ty;
    while let TypeRef::Vec(inner) | TypeRef::Map(inner) = current {
        depth += 1;
        current = inner;
    }
    depth
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(edges: &[(&str, &[&str])]) -> BTreeMap<String, Vec<String>> {
        edges
            .iter()
            .map(|(v, out)| (v.to_string(), out.iter().map(|w| w.to_string()).collect()))
            .collect()
    }

    #[test]
    fn components_are_the_cycles() {
        let found = strongly_connected(&graph(&[
            ("a", &["b"]),
            ("b", &["c"]),
            ("c", &["a", "d"]),
            ("d", &["d"]),
            ("e", &["a"]),
        ]));
        assert_eq!(found["a"], found["b"]);
        assert_eq!(found["b"], found["c"]);
        assert_ne!(found["c"], found["d"]);
        assert_ne!(found["e"], found["a"]);
        assert_ne!(found["e"], found["d"]);
    }

    /// A chain of types as long as a spec can hold: no recursion to overflow.
    #[test]
    fn long_chains_need_no_stack() {
        let n = 50_000;
        let edges: BTreeMap<String, Vec<String>> = (0..n)
            .map(|i| (format!("T{i}"), vec![format!("T{}", (i + 1) % n)]))
            .collect();
        let found = strongly_connected(&edges);
        assert_eq!(found.len(), n);
        assert!(found.values().all(|c| *c == found["T0"]), "one cycle");
    }
}
