//! The API surface of a generated crate: what code that depends on the crate can see (methods,
//! their arguments and results, types, fields and enum values), reduced from the model and kept
//! as `api-surface.json` next to the generated code, so that the next generation can say what
//! changed.
//!
//! The file is part of the reviewed output. It holds no descriptions, only a digest of each (so
//! that description changes are seen without copying every description twice), and nothing that
//! only shapes the code's insides (boxing is kept: it is visible in a field's type).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::{
    Api, AuthScheme, BodyKind, ClientParam, Field, Operation, Param, ParamLocation, TypeDef,
    TypeKind, TypeRef,
};

/// The version of this file's layout; a file of another version is not compared.
///
/// A field added to the layout reads as its default from older files, which the comparison
/// would report as a change of every API: such an addition bumps this number, and files of the
/// older format get the new field copied from the new surface before they are compared.
pub(crate) const FORMAT: u32 = 1;

/// The rules by which the surface's data maps to Rust types, for a generator update that changes
/// the mapping without changing the data: 1 wrote an optional nullable field as `Option<T>`, 2
/// writes it as `Option<Option<T>>`, 3 returns every method's body in a `Response`, 4 makes a
/// struct without `Default` `#[non_exhaustive]` with a `new` taking its required fields (so that
/// an optional field added later is no breaking change; structs with `Default` and required
/// fields get `new` too). Files without the number were written
/// under rules 1.
pub(crate) const RULES: u32 = 4;

fn first_rules() -> u32 {
    1
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Surface {
    /// The `@generated` note (JSON has no comments).
    #[serde(rename = "@generated")]
    pub generated: String,
    pub format: u32,
    /// The rules the surface was written under (`RULES`).
    #[serde(default = "first_rules")]
    pub rules: u32,
    /// The generated crate's version.
    pub crate_version: String,
    /// `info.version` of the spec.
    pub api_version: String,
    /// The spec file, as the configuration names it.
    pub source: String,
    /// Keyed by wire name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub client_params: BTreeMap<String, ClientParamSurface>,
    /// The client's credentials: each builder setter and what it sends.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub credentials: BTreeMap<String, String>,
    /// Keyed by operation id.
    #[serde(default)]
    pub operations: BTreeMap<String, OperationSurface>,
    /// Keyed by Rust type name.
    #[serde(default)]
    pub types: BTreeMap<String, TypeSurface>,
    /// The operation groups' sub-clients, keyed by type name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub groups: BTreeMap<String, GroupSurface>,
    /// The callback events enum, when the crate has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<EventsSurface>,
    /// The public items of the crate's fixed modules (error, options, credentials, access keys,
    /// the runtime's exports), which only a generator update changes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fixed_api: Vec<String>,
    /// The schemas that hand-written types stand for (`replace`), keyed by schema name; `None`
    /// in surfaces written before the generator kept them (nothing to compare with then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaced: Option<BTreeMap<String, ReplacedSurface>>,
}

/// A replaced schema: the hand-written type, and the shapes of the schemas behind it that the
/// crate does not generate (see [`crate::model::Replaced`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReplacedSurface {
    pub rust_type: String,
    pub schemas: BTreeMap<String, ShapeSurface>,
}

/// A schema's shape without its words: required properties, each property's schema and the
/// other keywords as canonical JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShapeSurface {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub required: Vec<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub properties: BTreeMap<String, String>,
    pub rest: String,
}

/// A group's sub-client: the client's method that gives it, and its methods (each with the
/// operation it calls; `…_stream` methods too).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupSurface {
    pub accessor: String,
    pub methods: BTreeMap<String, String>,
}

/// The events enum: its variants by event type, and its accessors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventsSurface {
    pub name: String,
    /// The variant (and model) of each event type, keyed by the event type on the wire.
    pub variants: BTreeMap<String, String>,
    /// The type each accessor gives (inside its `Option`), keyed by the accessor's name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub accessors: BTreeMap<String, String>,
    /// The variants each accessor reads (it gives `None` for the others), keyed by the
    /// accessor's name; `None` in surfaces written before the generator kept them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub readers: Option<BTreeMap<String, Vec<String>>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClientParamSurface {
    pub rust_name: String,
    pub location: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docs: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OperationSurface {
    /// The client method.
    pub rust_name: String,
    /// The per-call options struct.
    pub options: String,
    pub method: String,
    pub path: String,
    #[serde(default, skip_serializing_if = "is_false")]
    pub deprecated: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docs: Option<String>,
    /// In the spec's order: required ones are the method's arguments in this order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub params: Vec<ParamSurface>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<BodySurface>,
    pub success: Vec<u16>,
    /// What a success returns; `()` for nothing.
    pub returns: String,
    /// The error body type.
    pub error: String,
    /// The documented statuses that are not successes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<String>,
    /// The method that streams every page's items, and the item type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream: Option<StreamSurface>,
    /// Where a long-running operation's result is read (`final-state-via`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub long_running: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ParamSurface {
    /// The wire name.
    pub name: String,
    pub location: String,
    pub rust_name: String,
    pub required: bool,
    #[serde(rename = "type")]
    pub ty: String,
    #[serde(default, skip_serializing_if = "is_false")]
    pub deprecated: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docs: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BodySurface {
    pub media_type: String,
    pub required: bool,
    /// The body's type; `Vec<u8>` for bytes sent as given.
    #[serde(rename = "type")]
    pub ty: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StreamSurface {
    pub rust_name: String,
    pub item: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TypeSurface {
    Struct {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        docs: Option<String>,
        /// Implements `Default`, so that it can be built with `..Default::default()`.
        default: bool,
        /// The discriminator it writes, as `property=value`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        tag: Option<String>,
        #[serde(default)]
        fields: Vec<FieldSurface>,
    },
    Union {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        docs: Option<String>,
        /// The discriminator property of a tagged union.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        tagged_by: Option<String>,
        /// Keeps values of unknown variants (and is `#[non_exhaustive]`).
        open: bool,
        variants: Vec<UnionVariantSurface>,
    },
    Enum {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        docs: Option<String>,
        /// Keeps values it does not know (and is `#[non_exhaustive]`).
        open: bool,
        values: Vec<EnumValueSurface>,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldSurface {
    /// The wire name.
    pub name: String,
    pub rust_name: String,
    /// The type inside any `Option` (`Box<Pet>`, `Vec<String>`).
    #[serde(rename = "type")]
    pub ty: String,
    pub required: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub nullable: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub read_only: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docs: Option<String>,
}

impl FieldSurface {
    /// The field's Rust type under the generator's `rules` (see [`RULES`]).
    pub fn rust_type(&self, rules: u32) -> String {
        match (self.required, self.nullable) {
            (true, false) => self.ty.clone(),
            // Absent and null told apart.
            (false, true) if rules >= 2 => format!("Option<Option<{}>>", self.ty),
            _ => format!("Option<{}>", self.ty),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UnionVariantSurface {
    pub rust_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    #[serde(rename = "type")]
    pub ty: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EnumValueSurface {
    pub value: String,
    pub rust_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub docs: Option<String>,
}

fn is_false(b: &bool) -> bool {
    !b
}

impl Surface {
    /// The surface of the crate generated from `api` at `crate_version`.
    pub fn of(api: &Api, crate_version: &str) -> Surface {
        Surface {
            generated: format!(
                "from `{}` by the workspace's OpenAPI generator: the API surface that \
                 `cargo xtask codegen` compares the next generation with. Do not edit.",
                api.source
            ),
            format: FORMAT,
            rules: RULES,
            crate_version: crate_version.to_string(),
            api_version: api.version.clone(),
            source: api.source.clone(),
            client_params: api
                .client_params
                .iter()
                .map(|p| (p.name.clone(), client_param(p)))
                .collect(),
            credentials: api.auth.iter().flat_map(credentials).collect(),
            operations: api
                .operations
                .iter()
                .map(|o| (o.id.clone(), operation(o)))
                .collect(),
            types: api
                .types
                .iter()
                .map(|(name, def)| (name.clone(), type_def(def)))
                .collect(),
            groups: api
                .groups
                .iter()
                .map(|g| {
                    let methods = g
                        .methods
                        .iter()
                        .flat_map(|m| {
                            let stream = m.stream_name.clone().map(|s| (s, m.operation.clone()));
                            [(m.rust_name.clone(), m.operation.clone())]
                                .into_iter()
                                .chain(stream)
                        })
                        .collect();
                    (
                        g.type_name.clone(),
                        GroupSurface {
                            accessor: g.accessor.clone(),
                            methods,
                        },
                    )
                })
                .collect(),
            events: api.events.as_ref().map(|e| EventsSurface {
                name: e.name.clone(),
                variants: e
                    .variants
                    .iter()
                    .map(|v| (v.event_type.clone(), v.type_name.clone()))
                    .collect(),
                accessors: e
                    .common
                    .iter()
                    .map(|a| (a.rust_name.clone(), a.ty.to_string()))
                    .collect(),
                readers: Some(
                    e.common
                        .iter()
                        .map(|a| {
                            let variants = a.holders.iter().map(|(v, _)| v.clone()).collect();
                            (a.rust_name.clone(), variants)
                        })
                        .collect(),
                ),
            }),
            fixed_api: super::runtime_api::public_api(
                api.auth.contains(&AuthScheme::AccessKey),
                api.uses_multipart(),
                api.events.is_some(),
            ),
            replaced: (!api.replaced.is_empty()).then(|| {
                api.replaced
                    .iter()
                    .map(|(name, r)| {
                        let schemas = r
                            .schemas
                            .iter()
                            .map(|(schema, shape)| {
                                let shape = ShapeSurface {
                                    required: shape.required.clone(),
                                    properties: shape.properties.clone(),
                                    rest: shape.rest.clone(),
                                };
                                (schema.clone(), shape)
                            })
                            .collect();
                        let rust_type = r.rust_path.clone();
                        (name.clone(), ReplacedSurface { rust_type, schemas })
                    })
                    .collect()
            }),
        }
    }

    /// The file's text: pretty JSON with a final newline.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).expect("a surface serializes");
        text.push('\n');
        text
    }
}

/// A digest of a description, blind to whitespace changes: 16 hex digits of FNV-1a (64 bits)
/// over the words joined by single spaces. Stable across Rust versions and platforms, unlike
/// `std`'s hashers.
pub(crate) fn digest(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut first = true;
    for word in text.split_whitespace() {
        let bytes = (!first)
            .then_some(&b" "[..])
            .into_iter()
            .chain([word.as_bytes()]);
        for byte in bytes.flatten() {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
        first = false;
    }
    format!("{hash:016x}")
}

fn docs(parts: &[Option<&String>]) -> Option<String> {
    let text: Vec<&str> = parts.iter().flatten().map(|s| s.as_str()).collect();
    (!text.is_empty()).then(|| digest(&text.join("\n\n")))
}

fn location(l: ParamLocation) -> String {
    match l {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
        ParamLocation::Cookie => "cookie",
    }
    .to_string()
}

/// The builder setters of a credential, with what each sends.
fn credentials(a: &AuthScheme) -> Vec<(String, String)> {
    match a {
        AuthScheme::ApiKeyHeader { header, setter, .. } => {
            vec![(setter.clone(), format!("API key in the `{header}` header"))]
        }
        AuthScheme::ApiKeyQuery { param, setter, .. } => {
            vec![(
                setter.clone(),
                format!("API key in the `{param}` query parameter"),
            )]
        }
        AuthScheme::ApiKeyCookie { cookie, setter, .. } => {
            vec![(setter.clone(), format!("API key in the `{cookie}` cookie"))]
        }
        AuthScheme::Basic { setter, .. } => vec![(setter.clone(), "HTTP basic".into())],
        AuthScheme::Bearer { scopes, .. } => {
            let scopes = if scopes.is_empty() {
                String::new()
            } else {
                format!(" (scopes {})", scopes.join(", "))
            };
            vec![
                ("bearer_token".into(), "bearer token".into()),
                (
                    "token_provider".into(),
                    format!("bearer tokens from a provider{scopes}"),
                ),
            ]
        }
        AuthScheme::AccessKey => vec![
            ("access_key".into(), "HMAC-SHA256 access key".into()),
            ("from_connection_string".into(), "connection string".into()),
        ],
    }
}

fn client_param(p: &ClientParam) -> ClientParamSurface {
    ClientParamSurface {
        rust_name: p.rust_name.clone(),
        location: location(p.location),
        default: p.default.clone(),
        docs: docs(&[p.description.as_ref()]),
    }
}

fn operation(o: &Operation) -> OperationSurface {
    OperationSurface {
        rust_name: o.rust_name.clone(),
        options: o.options_name.clone(),
        method: o.method.as_str().to_string(),
        path: o.path.clone(),
        deprecated: o.deprecated,
        docs: docs(&[o.summary.as_ref(), o.description.as_ref()]),
        params: o.params.iter().map(param).collect(),
        body: o.body.as_ref().map(|b| BodySurface {
            media_type: b.media_type.clone(),
            required: b.required,
            ty: match &b.kind {
                BodyKind::Json(t) | BodyKind::Form(t) => t.to_string(),
                BodyKind::Bytes => "Vec<u8>".into(),
                BodyKind::Multipart(_) => "Multipart".into(),
            },
        }),
        success: o.success.clone(),
        returns: {
            let body = o
                .success_type
                .as_ref()
                .map_or_else(|| "()".to_string(), TypeRef::to_string);
            match &o.response_headers {
                Some(h) => format!("WithHeaders<{body}, {h}>"),
                None => body,
            }
        },
        error: o.error_type.to_string(),
        errors: o.errors.clone(),
        stream: o.pageable.as_ref().map(|p| StreamSurface {
            rust_name: p.stream_name.clone(),
            item: p.item_type.to_string(),
        }),
        long_running: o.long_running.as_ref().map(|f| f.as_str().to_string()),
    }
}

fn param(p: &Param) -> ParamSurface {
    ParamSurface {
        name: p.name.clone(),
        location: location(p.location),
        rust_name: p.rust_name.clone(),
        required: p.required,
        ty: p.ty.to_string(),
        deprecated: p.deprecated,
        docs: docs(&[p.description.as_ref()]),
    }
}

fn type_def(def: &TypeDef) -> TypeSurface {
    let type_docs = docs(&[def.docs.as_ref()]);
    match &def.kind {
        TypeKind::Struct {
            fields,
            default,
            tag,
            ..
        } => TypeSurface::Struct {
            docs: type_docs,
            default: *default,
            tag: tag.as_ref().map(|t| format!("{}={}", t.property, t.value)),
            fields: fields.iter().map(field).collect(),
        },
        TypeKind::OneOf {
            variants,
            discriminator,
        } => TypeSurface::Union {
            docs: type_docs,
            tagged_by: discriminator.as_ref().map(|d| d.property.clone()),
            open: discriminator.is_some(),
            variants: variants
                .iter()
                .map(|v| UnionVariantSurface {
                    rust_name: v.rust_name.clone(),
                    tag: v.tag.clone(),
                    ty: if v.boxed {
                        format!("Box<{}>", v.ty)
                    } else {
                        v.ty.to_string()
                    },
                })
                .collect(),
        },
        TypeKind::StatusUnion { variants, .. } => TypeSurface::Union {
            docs: type_docs,
            tagged_by: Some("status".into()),
            open: false,
            variants: variants
                .iter()
                .map(|v| UnionVariantSurface {
                    rust_name: v.rust_name.clone(),
                    tag: Some(v.status.clone()),
                    ty: v
                        .ty
                        .as_ref()
                        .map_or_else(|| "()".to_string(), TypeRef::to_string),
                })
                .collect(),
        },
        TypeKind::Enum {
            variants, other, ..
        } => TypeSurface::Enum {
            docs: type_docs,
            open: other.is_some(),
            values: variants
                .iter()
                .map(|v| EnumValueSurface {
                    value: v.value.clone(),
                    rust_name: v.rust_name.clone(),
                    docs: docs(&[v.docs.as_ref()]),
                })
                .collect(),
        },
    }
}

fn field(f: &Field) -> FieldSurface {
    FieldSurface {
        name: f.name.clone(),
        rust_name: f.rust_name.clone(),
        ty: if f.boxed {
            format!("Box<{}>", f.ty)
        } else {
            f.ty.to_string()
        },
        required: f.required,
        nullable: f.nullable,
        read_only: f.read_only,
        docs: docs(&[f.docs.as_ref()]),
    }
}

#[cfg(test)]
mod tests {
    use super::digest;

    #[test]
    fn digests_ignore_whitespace_but_not_words() {
        assert_eq!(
            digest("Take a  participant\noff hold."),
            digest("Take a participant off hold.")
        );
        assert_ne!(
            digest("Take a participant off hold."),
            digest("Put a participant on hold.")
        );
        assert_ne!(digest("ab c"), digest("a bc"));
        // FNV-1a's published value for the empty input.
        assert_eq!(digest(""), "cbf29ce484222325");
        assert_eq!(digest("a"), "af63dc4c8601ec8c");
    }
}
