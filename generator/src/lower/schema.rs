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
use crate::model::{Field, TypeDef, TypeKind, TypeRef, Variant};

/// A schema as it stands in the spec: a reference or an inline schema.
#[derive(Clone, Copy)]
pub(super) enum SchemaRef<'s> {
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

    pub(super) fn schema_ref(&mut self, at: &Target, reference: &str) -> Result<TypeRef> {
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
    pub(super) fn define(&mut self, at: &Target, schema: &Schema, name: &str, kind: TypeKind) {
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
    pub(super) fn below_named<R>(&mut self, f: impl FnOnce(&mut Self) -> R) -> R {
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
pub(super) fn typed_parts(parts: &[ReferenceOr<Schema>]) -> Vec<(usize, &ReferenceOr<Schema>)> {
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

/// The last segment of a JSON pointer, unescaped: the name of a schema under `components`.
pub(super) fn last_segment(pointer: &str) -> String {
    pointer
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .replace("~1", "/")
        .replace("~0", "~")
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
