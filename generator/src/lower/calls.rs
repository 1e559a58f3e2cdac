//! Azure's examples of whole calls (`x-ms-examples`) as tests of the generated client: the
//! request an example's parameters describe, as it goes on the wire, and the answer the client
//! must read.

use std::collections::BTreeSet;

use openapiv3::ReferenceOr;

use super::{Found, Lowerer, examples, status_type, value_name};
use crate::error::Warning;
use crate::load::Target;
use crate::model::RequestBody;
use std::collections::BTreeMap;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde_json::{Map, Value};

use super::examples::round_trip;
use crate::error::Location;
use crate::model::{
    BodyKind, CallExample, ClientParam, ExpectedRequest, Operation, ParamLocation, PathPart,
    TypeDef, TypeKind, TypeRef,
};

/// Every byte but the unreserved ones of RFC 3986, as Azure's SDKs encode path parameters.
pub(crate) const PATH_SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// An `x-ms-examples` entry of an operation, before the types are final.
#[derive(Debug, Clone)]
pub(crate) struct PendingCall {
    pub operation: String,
    /// What the test is named after.
    pub label: String,
    pub at: Location,
    pub params: Map<String, Value>,
    /// The request body, found among the parameters.
    pub body: Option<Value>,
    pub responses: Map<String, Value>,
}

/// The call test of `pending`: `Ok(None)` for calls this test cannot make (long-running
/// operations, byte bodies), `Err` with the reason when the example does not fit the operation.
pub(crate) fn call(
    pending: &PendingCall,
    op: &Operation,
    client_params: &[ClientParam],
    types: &BTreeMap<String, TypeDef>,
) -> Result<Option<CallExample>, String> {
    if op.long_running.is_some()
        || matches!(&op.body, Some(b) if matches!(b.kind, BodyKind::Bytes | BodyKind::Form(_) | BodyKind::Multipart(_)))
        || matches!(op.success_type, Some(TypeRef::Text | TypeRef::Bytes))
    {
        return Ok(None);
    }
    let mut args = Vec::new();
    let mut values: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for p in &op.params {
        match pending.params.get(&p.name) {
            Some(value) => {
                let wire = wire_strings(value, &p.ty, types)
                    .map_err(|why| format!("its parameter `{}`: {why}", p.name))?;
                values.insert(&p.name, wire);
                args.push((p.name.clone(), value.clone()));
            }
            None if p.required => {
                return Err(format!(
                    "it has no value for the required parameter `{}`",
                    p.name
                ));
            }
            None => {}
        }
    }
    let mut query = Vec::new();
    let mut headers = Vec::new();
    let client_args = client_values(
        pending,
        op,
        client_params,
        (&mut query, &mut headers),
        &mut values,
    )?;
    for c in &op.constants {
        match c.location {
            ParamLocation::Query => query.push((c.name.clone(), c.value.clone())),
            ParamLocation::Header => headers.push((c.name.to_ascii_lowercase(), c.value.clone())),
            // Path constants are literals of the path; cookies are not checked.
            ParamLocation::Path | ParamLocation::Cookie => {}
        }
    }
    let path = expected_path(op, &values)?;
    for p in &op.params {
        let Some(wire) = values.get(p.name.as_str()) else {
            continue;
        };
        match p.location {
            ParamLocation::Query if p.explode && matches!(p.ty, TypeRef::Vec(_)) => {
                query.extend(wire.iter().map(|v| (p.name.clone(), v.clone())));
            }
            ParamLocation::Query => query.push((p.name.clone(), wire.join(","))),
            ParamLocation::Header => headers.push((p.name.to_ascii_lowercase(), wire.join(","))),
            ParamLocation::Path => {}
            ParamLocation::Cookie => return Err("cookie parameters are not checked".into()),
        }
    }
    let body = match (&op.body, &pending.body) {
        (Some(b), Some(value)) => {
            let BodyKind::Json(ty) = &b.kind else {
                return Ok(None);
            };
            let written = round_trip(value, ty, types)
                .map_err(|why| format!("its request body does not fit its schema ({why})"))?;
            headers.push(("content-type".into(), b.media_type.clone()));
            Some(written)
        }
        (Some(b), None) if b.required => {
            return Err("it has no request body, which the operation requires".into());
        }
        _ => None,
    };
    let Some((status, response)) = success_answer(pending, op, types)? else {
        return Ok(None);
    };
    query.sort();
    headers.sort();
    Ok(Some(CallExample {
        test_name: String::new(),
        source: pending.at.clone(),
        operation: op.id.clone(),
        args,
        client_args,
        body: pending.body.clone().filter(|_| body.is_some()),
        expected: ExpectedRequest {
            method: op.method.as_str().to_string(),
            path,
            query,
            headers,
            body,
        },
        status,
        response,
    }))
}

/// Name-value pairs of the expected query or headers.
type Pairs = Vec<(String, String)>;

/// The values of the client parameters the operation sends (the example's, else their
/// defaults): each added to the expected query, headers or path `values`. Gives the builder
/// settings the example sets.
fn client_values<'o>(
    pending: &PendingCall,
    op: &'o Operation,
    client_params: &[ClientParam],
    (query, headers): (&mut Pairs, &mut Pairs),
    values: &mut BTreeMap<&'o str, Vec<String>>,
) -> Result<Vec<(String, String)>, String> {
    let mut client_args = Vec::new();
    for name in &op.client_params {
        let Some(param) = client_params.iter().find(|c| &c.name == name) else {
            continue;
        };
        let value = match pending.params.get(name) {
            Some(Value::String(s)) => {
                client_args.push((param.rust_name.clone(), s.clone()));
                s.clone()
            }
            Some(other) => {
                return Err(format!(
                    "its client parameter `{name}` is {other}, not a string"
                ));
            }
            None => match &param.default {
                Some(d) => d.clone(),
                None => {
                    return Err(format!(
                        "it has no value for `{name}`, which has no default"
                    ));
                }
            },
        };
        match param.location {
            ParamLocation::Query => query.push((name.clone(), value)),
            ParamLocation::Header => headers.push((name.to_ascii_lowercase(), value)),
            ParamLocation::Path => {
                values.insert(name, vec![value]);
            }
            // A client-level cookie parameter: not checked.
            ParamLocation::Cookie => {}
        }
    }
    Ok(client_args)
}

/// The path as sent: literals, and each parameter's value percent-encoded.
fn expected_path(op: &Operation, values: &BTreeMap<&str, Vec<String>>) -> Result<String, String> {
    let mut path = String::new();
    for part in &op.path_parts {
        match part {
            PathPart::Literal(l) => path.push_str(l),
            PathPart::Param(name) => {
                let value = values.get(name.as_str()).and_then(|v| v.first());
                let Some(value) = value else {
                    return Err(format!("it has no value for the path parameter `{name}`"));
                };
                path.push_str(&utf8_percent_encode(value, PATH_SEGMENT).to_string());
            }
        }
    }
    Ok(path)
}

/// The first success answer of the example: its status and body, checked against the type the
/// operation reads it as; `None` when the client reads it as text or bytes (not tested).
fn success_answer(
    pending: &PendingCall,
    op: &Operation,
    types: &BTreeMap<String, TypeDef>,
) -> Result<Option<(u16, Option<Value>)>, String> {
    let (status, response) = pending
        .responses
        .iter()
        .filter_map(|(code, r)| Some((code.parse::<u16>().ok()?, r)))
        .filter(|(code, _)| (200..300).contains(code))
        .min_by_key(|(code, _)| *code)
        .ok_or("it has no success answer")?;
    let response = response.get("body").cloned();
    let success_type = op
        .success_type
        .as_ref()
        .and_then(|t| super::status_type(types, t, &status.to_string()));
    if matches!(success_type, Some(TypeRef::Text | TypeRef::Bytes)) {
        return Ok(None);
    }
    match (&success_type, &response) {
        (Some(ty), Some(body)) => {
            round_trip(body, ty, types)
                .map_err(|why| format!("its {status} answer does not fit its schema ({why})"))?;
        }
        (Some(_), None) => return Err(format!("its {status} answer has no body")),
        (None, _) => {}
    }
    Ok(Some((status, response)))
}

/// The strings a parameter's value is sent as (one per item of an array).
fn wire_strings(
    value: &Value,
    ty: &TypeRef,
    types: &BTreeMap<String, TypeDef>,
) -> Result<Vec<String>, String> {
    let scalar = |value: &Value, ty: &TypeRef| -> Result<String, String> {
        round_trip(value, ty, types)?;
        match (ty, value) {
            (TypeRef::String, Value::String(s)) => Ok(s.clone()),
            (TypeRef::I32 | TypeRef::I64, Value::Number(n)) => Ok(n.to_string()),
            (TypeRef::F32 | TypeRef::F64, Value::Number(n)) => {
                Ok(n.as_f64().unwrap_or_default().to_string())
            }
            (TypeRef::Bool, Value::Bool(b)) => Ok(b.to_string()),
            // Enums: strings, or numbers for integer ones (`round_trip` checked which).
            (TypeRef::Named(name), Value::String(_) | Value::Number(_))
                if matches!(
                    types.get(name).map(|t| &t.kind),
                    Some(TypeKind::Enum { .. })
                ) =>
            {
                Ok(match value {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
            }
            _ => Err(format!("a `{ty}` parameter is not checked by call tests")),
        }
    };
    match (ty, value) {
        (TypeRef::Vec(item), Value::Array(items)) => {
            items.iter().map(|v| scalar(v, item)).collect()
        }
        _ => scalar(value, ty).map(|s| vec![s]),
    }
}

impl Lowerer<'_> {
    /// Keeps the bodies of the operation's `x-ms-examples`: the request body (the parameter named
    /// as the body parameter was, or else the one parameter that is no declared parameter and
    /// holds an object or array) and each response's body, typed as the success or error body
    /// of its status.
    pub(super) fn ms_examples(
        &mut self,
        op: &Operation,
        found: &Found,
        examples: &[&crate::load::MsExample],
    ) {
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
            self.calls.push(PendingCall {
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
    pub(super) fn collect_examples(
        &mut self,
        at: &Target,
        content: &openapiv3::MediaType,
        ty: &TypeRef,
        hint: &str,
    ) -> crate::error::Result<()> {
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
}
