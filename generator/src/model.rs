//! The intermediate model: what the emitter needs and nothing of `openapiv3`.
//!
//! Every decision about names, optionality, boxing and fallbacks is taken while lowering and stored
//! here, so that emit is a pure rendering. Collections are sorted (or kept in the spec's order where
//! that order is the user's: fields and parameters), so the `Debug` form is a stable snapshot.

use std::collections::BTreeMap;

use crate::error::{Location, Warning};

#[derive(Debug, Clone, PartialEq)]
pub struct Api {
    pub title: String,
    /// `info.version` of the spec.
    pub version: String,
    pub description: Option<String>,
    /// The spec file as users name it (for the `@generated` header).
    pub source: String,
    pub servers: Vec<Server>,
    pub auth: Vec<AuthScheme>,
    /// The header carrying a per-call request id, when the client sends one.
    pub request_id_header: Option<String>,
    /// Parameters set once on the client (such as `api-version`), sorted by Rust name.
    pub client_params: Vec<ClientParam>,
    /// Sorted by Rust method name.
    pub operations: Vec<Operation>,
    /// Keyed and sorted by Rust type name.
    pub types: BTreeMap<String, TypeDef>,
    /// How to read the code and message of each generated type that holds an error body
    /// (an operation's error type, a variant of one, an item of a list that is one), sorted by
    /// type.
    pub error_bodies: Vec<ErrorBodyAccess>,
    /// The hand-written types (`replace`) that hold an error body, sorted: they implement the
    /// runtime's `ErrorBody` themselves, which the generated code checks.
    pub hand_written_error_bodies: Vec<String>,
    /// The spec's body examples that fit their types, sorted by test name.
    pub examples: Vec<Example>,
    /// The spec's examples of whole calls (`x-ms-examples`) that the client can make, sorted by
    /// test name.
    pub calls: Vec<CallExample>,
    /// Callback events, when the configuration selects some.
    pub events: Option<Events>,
    /// The payloads of an OpenAPI 3.1 document's webhooks, sorted by name and method.
    pub webhooks: Vec<Webhook>,
    /// Sub-clients over the operations of each group (`Group_Operation` ids), sorted by type
    /// name; empty unless the crate has operation groups.
    pub groups: Vec<OperationGroup>,
    /// The schemas that hand-written types stand for (the configuration's `replace`), keyed by
    /// schema name: what the API-change report compares, since no generated code shows them.
    pub replaced: BTreeMap<String, Replaced>,
    pub warnings: Vec<Warning>,
}

/// A schema that a hand-written type stands for, and the shapes of the schemas behind it that
/// the crate does not generate (keyed by schema name; the schema itself among them).
#[derive(Debug, Clone, PartialEq)]
pub struct Replaced {
    /// The hand-written type's Rust path.
    pub rust_path: String,
    pub schemas: BTreeMap<String, SchemaShape>,
}

/// What a schema says, less its words (descriptions, titles, examples): its required
/// properties, each property's schema and every other keyword, as canonical JSON (keys sorted,
/// a `$ref` written as the name of the schema it names).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SchemaShape {
    /// Sorted.
    pub required: Vec<String>,
    pub properties: BTreeMap<String, String>,
    /// The other keywords (`type`, `enum`, `allOf`, …), as one canonical JSON object.
    pub rest: String,
}

/// The operations whose ids start with one `Group_`, as a sub-client (`client.group()`) whose
/// methods are named without the group and call the client's own.
#[derive(Debug, Clone, PartialEq)]
pub struct OperationGroup {
    /// The group as the operation ids name it (`CallMedia`).
    pub name: String,
    /// The sub-client's type (`CallMediaOperations`).
    pub type_name: String,
    /// The client's method that gives it (`call_media`).
    pub accessor: String,
    /// Sorted by method name.
    pub methods: Vec<GroupMethod>,
}

/// One operation of a group.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupMethod {
    /// The method's name in the group (`unhold`).
    pub rust_name: String,
    /// The operation's id.
    pub operation: String,
    /// The name in the group of the method streaming every page's items, for paged operations.
    pub stream_name: Option<String>,
}

/// A webhook of an OpenAPI 3.1 document: a request the service sends, whose JSON payload is a
/// model of the crate.
#[derive(Debug, Clone, PartialEq)]
pub struct Webhook {
    pub name: String,
    pub method: String,
    pub payload: TypeRef,
}

/// Callback events: models that no operation uses, gathered into one enum with a parser.
#[derive(Debug, Clone, PartialEq)]
pub struct Events {
    /// The enum's name.
    pub name: String,
    /// Sorted by variant name.
    pub variants: Vec<EventVariant>,
    /// Accessors over every variant, sorted by Rust name.
    pub common: Vec<EventAccessor>,
}

/// One event: the enum variant holding the event's model.
#[derive(Debug, Clone, PartialEq)]
pub struct EventVariant {
    /// The event type on the wire (`Microsoft.Communication.CallConnected`).
    pub event_type: String,
    /// The variant's name, the model's name too.
    pub type_name: String,
}

/// A property many events have, read from any event.
#[derive(Debug, Clone, PartialEq)]
pub struct EventAccessor {
    /// The wire name of the property.
    pub name: String,
    /// The accessor's (and the fields') Rust name.
    pub rust_name: String,
    /// The value's type, the same in every event that has the property.
    pub ty: TypeRef,
    pub docs: Option<String>,
    /// The variants that have the property, and how their field holds it; sorted.
    pub holders: Vec<(String, Wrapping)>,
}

impl Api {
    /// Whether an operation takes a multipart body (the crate then exports `Multipart`).
    pub fn uses_multipart(&self) -> bool {
        self.operations.iter().any(|o| {
            matches!(
                &o.body,
                Some(b) if matches!(b.kind, BodyKind::Multipart(_))
            )
        })
    }
}

/// An example of a request or response body, as a round-trip test of the generated crate.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    pub test_name: String,
    /// Where the example is (or the body it belongs to, for a schema's example).
    pub source: Location,
    pub ty: TypeRef,
    pub value: serde_json::Value,
    /// What the generated types write back after reading `value`.
    pub written: serde_json::Value,
}

/// An example of a whole call (`x-ms-examples`), as a test of the generated client against a
/// local server: the client, given the example's parameters, must send the request they
/// describe, and read the example's answer.
#[derive(Debug, Clone, PartialEq)]
pub struct CallExample {
    pub test_name: String,
    pub source: Location,
    /// The operation's id.
    pub operation: String,
    /// The example's values of the operation's parameters, by wire name, in the operation's
    /// parameter order.
    pub args: Vec<(String, serde_json::Value)>,
    /// The example's values of client parameters (such as `api-version`): the builder setter
    /// and the value.
    pub client_args: Vec<(String, String)>,
    /// The request body as the example gives it.
    pub body: Option<serde_json::Value>,
    pub expected: ExpectedRequest,
    /// The answer the local server gives: the example's first success status and its body.
    pub status: u16,
    pub response: Option<serde_json::Value>,
}

/// The request an example describes, as it goes on the wire.
#[derive(Debug, Clone, PartialEq)]
pub struct ExpectedRequest {
    pub method: String,
    /// The path, with parameters percent-encoded (every byte but ASCII letters, digits and
    /// `-._~`, as Azure's SDKs encode them).
    pub path: String,
    /// Decoded query pairs, sorted.
    pub query: Vec<(String, String)>,
    /// Header names (lower case) and values, sorted.
    pub headers: Vec<(String, String)>,
    /// The JSON body the generated types write for the example's body.
    pub body: Option<serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Server {
    pub url: String,
    pub description: Option<String>,
    /// Sorted by name.
    pub variables: Vec<ServerVariable>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ServerVariable {
    pub name: String,
    /// The argument of `Client::server_url`.
    pub rust_name: String,
    pub default: String,
    pub description: Option<String>,
    pub values: Vec<String>,
}

/// A way requests are authenticated, from the spec or the generator's configuration.
#[derive(Debug, Clone, PartialEq)]
pub enum AuthScheme {
    /// A secret sent as-is in a header; the client gets a setter named `setter`.
    ApiKeyHeader {
        scheme: String,
        header: String,
        setter: String,
        description: Option<String>,
    },
    /// `Authorization: Bearer <token>` (http bearer, oauth2, openIdConnect, or configured
    /// scopes), from a static token or a token provider asked for `scopes`.
    Bearer {
        scopes: Vec<String>,
        description: Option<String>,
    },
    /// A secret sent as a query parameter of every request (`apiKey` `in: query`).
    ApiKeyQuery {
        scheme: String,
        param: String,
        setter: String,
        description: Option<String>,
    },
    /// A secret sent as a cookie of every request (`apiKey` `in: cookie`).
    ApiKeyCookie {
        scheme: String,
        cookie: String,
        setter: String,
        description: Option<String>,
    },
    /// `Authorization: Basic` from a user name and a password (http `basic`).
    Basic {
        setter: String,
        description: Option<String>,
    },
    /// HMAC-SHA256 signing with an access key, and connection strings (configured).
    AccessKey,
}

/// Where a generated type that holds an error body keeps its code and message (each a path of
/// fields ending at a string): the crate implements the runtime's `ErrorBody` for it. Only types
/// the crate generates are listed, so that no impl of the runtime's trait is written for a type
/// of another crate (the orphan rule): the runtime implements `ErrorBody` for JSON values, lists
/// (their first item's), maps and scalars, and a hand-written type implements it itself
/// ([`Api::hand_written_error_bodies`]).
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorBodyAccess {
    /// The generated type (a key of [`Api::types`]).
    pub type_name: String,
    pub code: Option<Vec<FieldStep>>,
    pub message: Option<Vec<FieldStep>>,
}

/// One field on the way to a value.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldStep {
    pub rust_name: String,
    /// Held in this many `Option`s.
    pub wrapping: Wrapping,
    pub boxed: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClientParam {
    /// The wire name (`api-version`).
    pub name: String,
    pub rust_name: String,
    pub location: ParamLocation,
    /// The value used when the user sets none; `None` makes the parameter required at build time.
    pub default: Option<String>,
    pub description: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ParamLocation {
    Path,
    Query,
    Header,
    Cookie,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// The spec's `operationId` (or the name made from method and path when it has none).
    pub id: String,
    /// The client method's name.
    pub rust_name: String,
    /// The name of the per-call options struct.
    pub options_name: String,
    pub method: HttpMethod,
    /// The path template as written in the spec.
    pub path: String,
    pub path_parts: Vec<PathPart>,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub deprecated: bool,
    pub tags: Vec<String>,
    /// The operation's `x-` extensions, for tools built on the model.
    pub extensions: BTreeMap<String, serde_json::Value>,
    /// Operation parameters in the spec's order (path, query, header, cookie), client ones excluded.
    pub params: Vec<Param>,
    /// Wire names of the client parameters this operation sends.
    pub client_params: Vec<String>,
    /// Parameters that can take one value only (a required parameter whose schema is an enum of
    /// one value, not declared extensible): always sent, never asked of the caller. Path
    /// constants are literals of `path_parts` instead.
    pub constants: Vec<Constant>,
    pub body: Option<RequestBody>,
    /// The documented success statuses.
    pub success: Vec<u16>,
    /// What a success returns (`None`: nothing).
    pub success_type: Option<TypeRef>,
    /// The `Accept` header of an operation whose success body is not JSON: its media types.
    pub accept: Option<String>,
    /// The body type of every other status (`default` and documented error statuses).
    pub error_type: TypeRef,
    /// The documented statuses that are not successes (`404`, `4XX`, `default`), sorted.
    pub errors: Vec<String>,
    /// The type of the response headers the success answers document (a struct read from the
    /// headers): the method then returns the body with them, in `WithHeaders`.
    pub response_headers: Option<String>,
    /// Set for an `x-ms-pageable` operation: a second method streams the items of every page.
    pub pageable: Option<Pageable>,
    /// Set for an `x-ms-long-running-operation`: the call polls until the operation ends, and
    /// takes its result where this says.
    pub long_running: Option<FinalState>,
    pub source: Location,
}

/// How to walk the pages of a pageable operation's success type.
#[derive(Debug, Clone, PartialEq)]
pub struct Pageable {
    /// The streaming method's name.
    pub stream_name: String,
    /// The field holding the page's items, and how many `Option`s hold it.
    pub items_field: String,
    pub items_wrapping: Wrapping,
    pub item_type: TypeRef,
    /// The field holding the next page's URL (`None`: a single page), and how many `Option`s
    /// hold it.
    pub next_link_field: Option<(String, Wrapping)>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum PathPart {
    Literal(String),
    /// The wire name of a path parameter.
    Param(String),
}

/// A query, header or cookie parameter with a single allowed value.
#[derive(Debug, Clone, PartialEq)]
pub struct Constant {
    pub name: String,
    pub location: ParamLocation,
    /// The value as sent (a string as it is, numbers and booleans in their JSON form).
    pub value: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    pub name: String,
    pub rust_name: String,
    pub location: ParamLocation,
    pub required: bool,
    pub ty: TypeRef,
    /// OpenAPI's `style`: how an array or object value is written.
    pub style: ParamStyle,
    /// OpenAPI's `explode` (default `true` for `form`, `false` otherwise): for arrays in a
    /// query, one `name=value` pair per item or one comma-separated value; for objects, a pair
    /// (or `key=value`) per property or one `key,value,…` list.
    pub explode: bool,
    pub description: Option<String>,
    pub deprecated: bool,
    /// What the client sends for this optional parameter when the caller leaves it unset.
    pub fill: Option<Fill>,
    /// How the value becomes text on the wire, decided by lowering once the types are final.
    pub encoding: Encoding,
}

/// How a parameter's value becomes text on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// One scalar.
    Scalar(Scalar),
    /// An array of scalars in the `form` or `simple` style: with `each` (a query parameter
    /// with `explode`), a `name=item` pair per item; otherwise the items joined with commas.
    List { item: Scalar, each: bool },
    /// Written by the runtime from its JSON form, by `style` and `explode`: objects, maps,
    /// unions, nested arrays, and styles other than `form` and `simple`.
    Structured,
}

/// How one scalar value is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scalar {
    /// A string, as it is.
    Str,
    /// An enum of strings: its wire name (`as_str()`).
    Name,
    /// Anything else (numbers, booleans, integer enums, dates, UUIDs): its `Display` form.
    Display,
}

/// A value the client makes up for an unset optional parameter: Azure's repeatable requests
/// (`Repeatability-Request-ID` and `Repeatability-First-Sent`), which the official SDKs send on
/// every operation that declares them, the same on every retry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fill {
    /// A new UUID per call.
    Uuid,
    /// The time of the call, as an HTTP date.
    HttpDate,
}

/// OpenAPI's parameter serialization styles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamStyle {
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
    Simple,
    Label,
    Matrix,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RequestBody {
    pub media_type: String,
    pub kind: BodyKind,
    pub required: bool,
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum BodyKind {
    /// Serialized with serde_json.
    Json(TypeRef),
    /// `application/x-www-form-urlencoded`: each property a `name=value` pair (arrays repeat
    /// the name), as OpenAPI's default encoding (`form`, `explode`) says.
    Form(TypeRef),
    /// Sent as given (octet-stream, text and media types without a typed reading yet).
    Bytes,
    /// `multipart/form-data`, built with the crate's `Multipart`; the parts the spec documents.
    Multipart(Vec<String>),
}

/// A Rust type as used in a field, parameter or response.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum TypeRef {
    Bool,
    I32,
    I64,
    F32,
    F64,
    String,
    /// Any JSON value (`serde_json::Value`): free-form schemas and documented fallbacks.
    Json,
    /// A generated type of `models`.
    Named(String),
    Vec(Box<TypeRef>),
    /// A JSON object with arbitrary keys (`BTreeMap<String, T>`).
    Map(Box<TypeRef>),
    /// A response body that is text, not JSON (`text/*`, XML): a `String`.
    Text,
    /// A response body of any other media type, as received: `Vec<u8>`.
    Bytes,
    /// A type of the crate's hand-written code that stands for a schema (the configuration's
    /// `replace`): its Rust path.
    External(String),
}

impl std::fmt::Display for TypeRef {
    /// The type as written inside `models` (`Vec<String>`, `BTreeMap<String, Pet>`).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TypeRef::Bool => f.write_str("bool"),
            TypeRef::I32 => f.write_str("i32"),
            TypeRef::I64 => f.write_str("i64"),
            TypeRef::F32 => f.write_str("f32"),
            TypeRef::F64 => f.write_str("f64"),
            TypeRef::String => f.write_str("String"),
            TypeRef::Json => f.write_str("serde_json::Value"),
            TypeRef::Named(name) => f.write_str(name),
            TypeRef::Vec(item) => write!(f, "Vec<{item}>"),
            TypeRef::Map(value) => write!(f, "BTreeMap<String, {value}>"),
            TypeRef::Text => f.write_str("String"),
            TypeRef::Bytes => f.write_str("Vec<u8>"),
            TypeRef::External(path) => f.write_str(path),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    pub name: String,
    pub docs: Option<String>,
    /// The schema's `x-` extensions, for tools built on the model.
    pub extensions: BTreeMap<String, serde_json::Value>,
    pub source: Location,
    pub kind: TypeKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TypeKind {
    Struct {
        fields: Vec<Field>,
        /// Whether every field has a default, so the struct derives `Default`.
        default: bool,
        /// The discriminator this struct always writes, as a variant of a tagged union: the
        /// property (left out of `fields`) and its value.
        tag: Option<StructTag>,
        /// The response headers an operation documents, read from the answer's headers (every
        /// field optional; `name` is the header's lower-case name) rather than from JSON.
        from_headers: bool,
    },
    /// A value of one of several types (`oneOf`/`anyOf`): read as the first variant that fits,
    /// or, with a discriminator, as the variant its discriminator property names.
    OneOf {
        variants: Vec<OneOfVariant>,
        discriminator: Option<Discriminator>,
    },
    /// The bodies of an operation's answers when they differ from status to status: the client
    /// picks the variant from the answer's status (exact statuses first, then ranges such as
    /// `4XX`, then `default`).
    StatusUnion {
        variants: Vec<StatusVariant>,
        /// The error answers of an operation (the union then implements `ErrorBody`).
        errors: bool,
    },
    /// An enum of strings, or of integers (`integer`; each variant's `value` is then the number
    /// in decimal, and the Rust value an `i64`). An open one keeps values it does not know in the
    /// variant named `other`; a closed one (`other: None`, from `x-ms-enum` `modelAsString:
    /// false`) refuses them.
    Enum {
        variants: Vec<Variant>,
        other: Option<String>,
        integer: bool,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub name: String,
    pub rust_name: String,
    pub ty: TypeRef,
    pub required: bool,
    pub nullable: bool,
    /// Behind a `Box`, because the type contains itself through this field.
    pub boxed: bool,
    pub read_only: bool,
    /// Holds the object's other properties (`additionalProperties` next to `properties`):
    /// a map flattened into the object.
    pub flatten: bool,
    pub docs: Option<String>,
}

impl Field {
    /// How many `Option`s hold the value (see [`Wrapping`]).
    pub fn wrapping(&self) -> Wrapping {
        match (self.required, self.nullable) {
            (true, false) => Wrapping::Plain,
            (false, true) if !self.flatten => Wrapping::OptionalNullable,
            _ => Wrapping::Optional,
        }
    }
}

/// How many `Option`s hold a field's value: none for a required property, one for an optional
/// or nullable one, two for an optional property that may also be `null` (the spec tells absent
/// and `null` apart: a merge-patch body clears a value with `null` and leaves it alone when
/// absent), so `None` is absent and `Some(None)` is `null`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wrapping {
    /// `T`.
    Plain,
    /// `Option<T>`.
    Optional,
    /// `Option<Option<T>>`.
    OptionalNullable,
}

impl Wrapping {
    /// The number of `Option`s.
    pub fn layers(self) -> usize {
        match self {
            Wrapping::Plain => 0,
            Wrapping::Optional => 1,
            Wrapping::OptionalNullable => 2,
        }
    }
}

/// An HTTP method of an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum HttpMethod {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
}

impl HttpMethod {
    /// Every method, as a path item names them (lower case).
    pub const ALL: [(&'static str, HttpMethod); 8] = [
        ("get", HttpMethod::Get),
        ("put", HttpMethod::Put),
        ("post", HttpMethod::Post),
        ("delete", HttpMethod::Delete),
        ("options", HttpMethod::Options),
        ("head", HttpMethod::Head),
        ("patch", HttpMethod::Patch),
        ("trace", HttpMethod::Trace),
    ];

    /// The method as sent, upper case (`POST`).
    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Put => "PUT",
            HttpMethod::Post => "POST",
            HttpMethod::Delete => "DELETE",
            HttpMethod::Options => "OPTIONS",
            HttpMethod::Head => "HEAD",
            HttpMethod::Patch => "PATCH",
            HttpMethod::Trace => "TRACE",
        }
    }
}

impl std::fmt::Display for HttpMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a long-running operation's result is (`x-ms-long-running-operation-options`'
/// `final-state-via`, or AutoRest's default for the method).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FinalState {
    /// A GET of the URL the operation was started at (`original-uri`).
    OriginalUri,
    /// A GET of the first answer's `Location` (`location`).
    Location,
    /// The status monitor's last answer (`operation-location`).
    OperationLocation,
    /// The status monitor's last answer (`azure-async-operation`).
    AzureAsyncOperation,
    /// Another value (lower case): the status monitor's last answer.
    Other(String),
}

impl FinalState {
    /// From `final-state-via`'s value, in any case.
    pub fn parse(via: &str) -> Self {
        match via.to_ascii_lowercase().as_str() {
            "original-uri" => FinalState::OriginalUri,
            "location" => FinalState::Location,
            "operation-location" => FinalState::OperationLocation,
            "azure-async-operation" => FinalState::AzureAsyncOperation,
            other => FinalState::Other(other.to_string()),
        }
    }

    /// The value as `final-state-via` spells it (lower case).
    pub fn as_str(&self) -> &str {
        match self {
            FinalState::OriginalUri => "original-uri",
            FinalState::Location => "location",
            FinalState::OperationLocation => "operation-location",
            FinalState::AzureAsyncOperation => "azure-async-operation",
            FinalState::Other(other) => other,
        }
    }
}

/// One status (`200`, `4XX`, `default`) of a [`TypeKind::StatusUnion`].
#[derive(Debug, Clone, PartialEq)]
pub struct StatusVariant {
    pub status: String,
    /// The statuses it covers.
    pub pattern: StatusPattern,
    pub rust_name: String,
    /// The body's type; `None` for an answer without one.
    pub ty: Option<TypeRef>,
}

/// The statuses a documented answer covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusPattern {
    /// One status (`404`).
    Code(u16),
    /// A hundred (`4XX`: `400..=499`), by its first status.
    Range(u16),
    /// Every status no other answer names (`default`), and a key the client cannot read.
    Default,
}

impl StatusPattern {
    /// From a key of `responses`.
    pub fn parse(status: &str) -> Self {
        if let Ok(code) = status.parse::<u16>() {
            return StatusPattern::Code(code);
        }
        match status.chars().next().and_then(|c| c.to_digit(10)) {
            Some(d) if status.len() == 3 && status.ends_with("XX") => {
                StatusPattern::Range(d as u16 * 100)
            }
            _ => StatusPattern::Default,
        }
    }
}

/// The property that tells the variants of a tagged union apart.
#[derive(Debug, Clone, PartialEq)]
pub struct Discriminator {
    /// The property's wire name.
    pub property: String,
    /// The variant that keeps a value with an unknown or missing discriminator, as JSON.
    pub other: String,
}

/// The discriminator a variant struct writes.
#[derive(Debug, Clone, PartialEq)]
pub struct StructTag {
    pub property: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OneOfVariant {
    pub rust_name: String,
    /// The discriminator value of this variant, in a tagged union.
    pub tag: Option<String>,
    pub ty: TypeRef,
    /// Behind a `Box`, because the type contains itself through this variant.
    pub boxed: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    pub rust_name: String,
    pub value: String,
    /// The value's description (`x-ms-enum` `values`).
    pub docs: Option<String>,
}
