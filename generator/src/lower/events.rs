//! Callback events: the schemas the configuration names, lowered although no operation uses
//! them, and the accessors their enum gets.

use std::collections::BTreeMap;

use super::Lowerer;
use super::schema::SchemaRef;
use crate::config::EventSettings;
use crate::error::{Error, Result};
use crate::load::{FileId, Target};
use crate::model::{EventAccessor, EventVariant, Events, TypeDef, TypeKind, TypeRef};

/// Methods the events enum defines itself, which no accessor may take.
const ENUM_METHODS: &[&str] = &["event_type", "parse", "from_event", "clone", "fmt", "eq"];

impl Lowerer<'_> {
    /// Lowers each event schema to a named type: the variants of the events enum.
    pub(super) fn event_variants(&mut self, settings: &EventSettings) -> Result<Vec<EventVariant>> {
        let root = Target {
            file: FileId::default(),
            pointer: String::new(),
        };
        let mut variants: Vec<EventVariant> = Vec::new();
        for name in &settings.schemas {
            let (at, _) = self.component_schema("events.schemas", name)?;
            let reference = format!("#{}", at.pointer);
            let ty = self.schema(&root, SchemaRef::Ref(&reference), name)?;
            let object = match &ty {
                TypeRef::Named(n) => matches!(
                    self.types.get(n).map(|t| &t.kind),
                    Some(TypeKind::Struct { .. } | TypeKind::OneOf { .. })
                ),
                _ => false,
            };
            let (true, TypeRef::Named(type_name)) = (object, ty) else {
                return Err(Error::spec(
                    &self.spec.location(&at),
                    format!(
                        "`events.schemas` names `{name}`, which is not an object schema; an \
                         event's data must be an object"
                    ),
                ));
            };
            if variants.iter().any(|v| v.type_name == type_name) {
                return Err(Error::config(format!(
                    "`events.schemas` names `{name}` twice (or two names of one schema)"
                )));
            }
            variants.push(EventVariant {
                event_type: format!("{}{name}", settings.type_prefix),
                type_name,
            });
        }
        variants.sort_by(|a, b| a.type_name.cmp(&b.type_name));
        Ok(variants)
    }
}

/// The events enum, once every type is final: its variants and the accessors of
/// `settings.common`.
pub(super) fn events(
    settings: &EventSettings,
    variants: Vec<EventVariant>,
    types: &BTreeMap<String, TypeDef>,
) -> Result<Events> {
    let mut common = Vec::new();
    for wire in &settings.common {
        common.push(accessor(wire, &variants, types)?);
    }
    common.sort_by(|a, b| a.rust_name.cmp(&b.rust_name));
    Ok(Events {
        name: settings.name.clone(),
        variants,
        common,
    })
}

fn accessor(
    wire: &str,
    variants: &[EventVariant],
    types: &BTreeMap<String, TypeDef>,
) -> Result<EventAccessor> {
    let mut found: Option<EventAccessor> = None;
    for variant in variants {
        let Some(TypeDef {
            kind: TypeKind::Struct { fields, .. },
            ..
        }) = types.get(&variant.type_name)
        else {
            continue;
        };
        let Some(field) = fields.iter().find(|f| f.name == wire && !f.flatten) else {
            continue;
        };
        let accessor = found.get_or_insert_with(|| EventAccessor {
            name: wire.to_string(),
            rust_name: field.rust_name.clone(),
            ty: field.ty.clone(),
            docs: field.docs.clone(),
            holders: Vec::new(),
        });
        if accessor.docs.is_none() {
            accessor.docs.clone_from(&field.docs);
        }
        if accessor.ty != field.ty || accessor.rust_name != field.rust_name || field.boxed {
            return Err(Error::config(format!(
                "`events.common` names `{wire}`, but the events do not all give it the same \
                 type (`{}` differs from `{}`); leave it out of `common`",
                variant.type_name,
                accessor.holders.first().map_or("", |h| h.0.as_str())
            )));
        }
        accessor
            .holders
            .push((variant.type_name.clone(), field.wrapping()));
    }
    let Some(accessor) = found else {
        return Err(Error::config(format!(
            "`events.common` names `{wire}`, which no event has"
        )));
    };
    if ENUM_METHODS.contains(&accessor.rust_name.as_str()) {
        return Err(Error::config(format!(
            "`events.common` names `{wire}`, whose Rust name `{}` the events enum uses for a \
             method of its own",
            accessor.rust_name
        )));
    }
    Ok(accessor)
}
