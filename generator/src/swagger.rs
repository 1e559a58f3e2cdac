//! Swagger 2.0 read as OpenAPI 3.0: part of the load stage.
//!
//! Every loaded Swagger file is rewritten in place into the OpenAPI 3.0 layout before anything
//! else sees it: `definitions`, `parameters` and `responses` move under `components`, references
//! follow them, body and form parameters become request bodies, `consumes`/`produces` become media
//! types, `host`/`basePath`/`schemes` (or `x-ms-parameterized-host`) become `servers`, and schema
//! keywords that differ (`x-nullable`, a string `discriminator`, `type: file`) are translated.
//!
//! `x-ms-client-flatten` is read and deliberately not applied: the flattened property stays a
//! field holding its own struct, as on the wire. Flattening would need hand-written serializers
//! for every such model (serde's `flatten` merges the wire shape too), and Azure's current
//! generators (TypeSpec) no longer flatten either.
//! References are rewritten, not resolved, so that diagnostics still name the original files.

use serde_json::{Map, Value, json};

/// Where a file's Swagger sections move to.
const MOVES: &[(&str, &str)] = &[
    ("definitions", "schemas"),
    ("parameters", "parameters"),
    ("responses", "responses"),
    ("securityDefinitions", "securitySchemes"),
];

/// A parameter found behind a reference, for operations that use it: body and form parameters
/// are inlined as request bodies.
pub(crate) type Lookup<'a> = dyn Fn(&str) -> Option<Value> + 'a;

/// Converts one Swagger document (the root when `root` is set) into the OpenAPI 3.0 layout.
/// `lookup` resolves a parameter reference written in this file to the raw Swagger parameter.
///
/// `autorest` says the definition is written for AutoRest (its root uses `x-ms-` extensions).
/// AutoRest's rule then applies to the document-level `parameters`: they belong to the client
/// unless `x-ms-parameter-location: method` says otherwise, so they are marked
/// `x-ms-parameter-location: client` here. Other Swagger documents keep them per operation.
pub(crate) fn convert(doc: &Value, root: bool, autorest: bool, lookup: &Lookup<'_>) -> Value {
    let Some(obj) = doc.as_object() else {
        return doc.clone();
    };
    let global_consumes =
        strings(obj.get("consumes")).unwrap_or_else(|| vec!["application/json".into()]);
    let global_produces =
        strings(obj.get("produces")).unwrap_or_else(|| vec!["application/json".into()]);
    let mut out = Map::new();
    let mut components = Map::new();
    for (key, value) in obj {
        match key.as_str() {
            "swagger" | "host" | "basePath" | "schemes" | "consumes" | "produces" => {}
            "paths" => {
                let mut paths = Map::new();
                for (path, item) in value.as_object().into_iter().flatten() {
                    paths.insert(
                        path.clone(),
                        path_item(item, &global_consumes, &global_produces, lookup),
                    );
                }
                out.insert("paths".into(), Value::Object(paths));
            }
            "definitions" => {
                let schemas = value
                    .as_object()
                    .into_iter()
                    .flatten()
                    .map(|(k, v)| (k.clone(), schema(v)))
                    .collect();
                components.insert("schemas".into(), Value::Object(schemas));
            }
            "parameters" => {
                // Body and form parameters are inlined where they are used; the others move.
                let params = value
                    .as_object()
                    .into_iter()
                    .flatten()
                    .filter(|(_, p)| {
                        !matches!(
                            p.get("in").and_then(Value::as_str),
                            Some("body" | "formData")
                        )
                    })
                    .map(|(k, v)| {
                        let mut p = parameter(v);
                        if autorest && let Some(p) = p.as_object_mut() {
                            p.entry("x-ms-parameter-location")
                                .or_insert(json!("client"));
                        }
                        (k.clone(), p)
                    })
                    .collect();
                components.insert("parameters".into(), Value::Object(params));
            }
            "responses" => {
                let responses = value
                    .as_object()
                    .into_iter()
                    .flatten()
                    .map(|(k, v)| (k.clone(), response(v, &global_produces)))
                    .collect();
                components.insert("responses".into(), Value::Object(responses));
            }
            "securityDefinitions" => {
                let schemes = value
                    .as_object()
                    .into_iter()
                    .flatten()
                    .map(|(k, v)| (k.clone(), security_scheme(v)))
                    .collect();
                components.insert("securitySchemes".into(), Value::Object(schemes));
            }
            _ => {
                out.insert(key.clone(), refs(value));
            }
        }
    }
    if root {
        out.insert("openapi".into(), json!("3.0.3"));
        out.insert("servers".into(), servers(obj, lookup));
        out.entry("paths").or_insert_with(|| json!({}));
    }
    if !components.is_empty() {
        out.insert("components".into(), Value::Object(components));
    }
    Value::Object(out)
}

/// Whether a document uses AutoRest's `x-ms-` extensions anywhere.
pub(crate) fn uses_autorest(doc: &Value) -> bool {
    match doc {
        Value::Object(map) => map
            .iter()
            .any(|(k, v)| k.starts_with("x-ms-") || uses_autorest(v)),
        Value::Array(items) => items.iter().any(uses_autorest),
        _ => false,
    }
}

fn strings(v: Option<&Value>) -> Option<Vec<String>> {
    let list: Vec<String> = v?
        .as_array()?
        .iter()
        .filter_map(|s| s.as_str().map(str::to_owned))
        .collect();
    (!list.is_empty()).then_some(list)
}

/// Rewrites Swagger reference targets to their OpenAPI 3.0 places, everywhere below `v`.
fn refs(v: &Value) -> Value {
    match v {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, x)| match (k.as_str(), x) {
                    ("$ref", Value::String(r)) => (k.clone(), Value::String(rewrite_ref(r))),
                    _ => (k.clone(), refs(x)),
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(refs).collect()),
        other => other.clone(),
    }
}

/// `file#/definitions/A` → `file#/components/schemas/A`, and so on for the other sections.
pub(crate) fn rewrite_ref(reference: &str) -> String {
    let (file, fragment) = reference.split_once('#').unwrap_or((reference, ""));
    for (from, to) in MOVES {
        if let Some(rest) = fragment.strip_prefix(&format!("/{from}/")) {
            return format!("{file}#/components/{to}/{rest}");
        }
    }
    reference.to_string()
}

/// A Swagger schema in OpenAPI 3.0 terms.
fn schema(v: &Value) -> Value {
    let Some(map) = v.as_object() else {
        return refs(v);
    };
    let mut out = Map::new();
    for (key, value) in map {
        match key.as_str() {
            "$ref" => {
                out.insert(
                    key.clone(),
                    Value::String(rewrite_ref(value.as_str().unwrap_or_default())),
                );
            }
            "x-nullable" => {
                out.insert("nullable".into(), value.clone());
            }
            "discriminator" if value.is_string() => {
                out.insert("discriminator".into(), json!({ "propertyName": value }));
            }
            "type" if value == "file" => {
                out.insert("type".into(), json!("string"));
                out.insert("format".into(), json!("binary"));
            }
            "properties" | "definitions" => {
                let props = value
                    .as_object()
                    .into_iter()
                    .flatten()
                    .map(|(k, s)| (k.clone(), schema(s)))
                    .collect();
                out.insert(key.clone(), Value::Object(props));
            }
            "items" | "additionalProperties" | "not" if value.is_object() => {
                out.insert(key.clone(), schema(value));
            }
            "allOf" | "oneOf" | "anyOf" => {
                out.insert(
                    key.clone(),
                    Value::Array(value.as_array().into_iter().flatten().map(schema).collect()),
                );
            }
            _ => {
                out.insert(key.clone(), refs(value));
            }
        }
    }
    // In OpenAPI 3.0 a `$ref` ignores its siblings: keep them by wrapping the reference in allOf.
    if out.contains_key("$ref") && out.len() > 1 {
        let reference = out.remove("$ref").unwrap_or_default();
        out.insert("allOf".into(), json!([{ "$ref": reference }]));
    }
    Value::Object(out)
}

/// The schema a non-body Swagger parameter describes with its own keywords.
fn parameter_schema(p: &Map<String, Value>) -> Value {
    const SCHEMA_KEYS: &[&str] = &[
        "type",
        "format",
        "items",
        "enum",
        "default",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "minLength",
        "maxLength",
        "pattern",
        "minItems",
        "maxItems",
        "uniqueItems",
        "multipleOf",
        "x-ms-enum",
        "x-nullable",
    ];
    let mut s = Map::new();
    for key in SCHEMA_KEYS {
        if let Some(v) = p.get(*key) {
            s.insert(key.to_string(), v.clone());
        }
    }
    schema(&Value::Object(s))
}

/// A non-body Swagger parameter in OpenAPI 3.0 terms (or a rewritten reference).
fn parameter(v: &Value) -> Value {
    let Some(p) = v.as_object() else {
        return refs(v);
    };
    if let Some(r) = p.get("$ref").and_then(Value::as_str) {
        return json!({ "$ref": rewrite_ref(r) });
    }
    let mut out = Map::new();
    for key in ["name", "in", "description", "required", "allowEmptyValue"] {
        if let Some(v) = p.get(key) {
            out.insert(key.into(), v.clone());
        }
    }
    if p.get("in").and_then(Value::as_str) == Some("path") {
        out.insert("required".into(), json!(true));
    }
    for (k, v) in p {
        if k.starts_with("x-") {
            out.insert(k.clone(), v.clone());
        }
    }
    match p.get("collectionFormat").and_then(Value::as_str) {
        Some("multi") => {
            out.insert("style".into(), json!("form"));
            out.insert("explode".into(), json!(true));
        }
        Some("csv") | None if p.get("type").and_then(Value::as_str) == Some("array") => {
            out.insert(
                "style".into(),
                json!(if p.get("in").and_then(Value::as_str) == Some("query") {
                    "form"
                } else {
                    "simple"
                }),
            );
            out.insert("explode".into(), json!(false));
        }
        Some("ssv") => {
            out.insert("style".into(), json!("spaceDelimited"));
        }
        Some("pipes") => {
            out.insert("style".into(), json!("pipeDelimited"));
        }
        _ => {}
    }
    out.insert("schema".into(), parameter_schema(p));
    Value::Object(out)
}

fn response(v: &Value, produces: &[String]) -> Value {
    let Some(r) = v.as_object() else {
        return refs(v);
    };
    if let Some(reference) = r.get("$ref").and_then(Value::as_str) {
        return json!({ "$ref": rewrite_ref(reference) });
    }
    let mut out = Map::new();
    out.insert(
        "description".into(),
        r.get("description").cloned().unwrap_or_else(|| json!("")),
    );
    if let Some(s) = r.get("schema") {
        let content: Map<String, Value> = produces
            .iter()
            .map(|m| (m.clone(), json!({ "schema": schema(s) })))
            .collect();
        out.insert("content".into(), Value::Object(content));
    }
    if let Some(headers) = r.get("headers").and_then(Value::as_object) {
        let converted = headers
            .iter()
            .map(|(k, h)| {
                let mut header = Map::new();
                if let Some(d) = h.get("description") {
                    header.insert("description".into(), d.clone());
                }
                header.insert(
                    "schema".into(),
                    h.as_object()
                        .map(parameter_schema)
                        .unwrap_or_else(|| json!({})),
                );
                (k.clone(), Value::Object(header))
            })
            .collect();
        out.insert("headers".into(), Value::Object(converted));
    }
    for (k, v) in r {
        if k.starts_with("x-") {
            out.insert(k.clone(), v.clone());
        }
    }
    Value::Object(out)
}

fn security_scheme(v: &Value) -> Value {
    let Some(s) = v.as_object() else {
        return v.clone();
    };
    let description = s.get("description").cloned();
    let mut out = match s.get("type").and_then(Value::as_str) {
        Some("basic") => json!({ "type": "http", "scheme": "basic" }),
        Some("oauth2") => {
            let scopes = s.get("scopes").cloned().unwrap_or_else(|| json!({}));
            let flow = match s.get("flow").and_then(Value::as_str) {
                Some("implicit") => {
                    json!({ "implicit": { "authorizationUrl": s.get("authorizationUrl"), "scopes": scopes } })
                }
                Some("password") => {
                    json!({ "password": { "tokenUrl": s.get("tokenUrl"), "scopes": scopes } })
                }
                Some("application") => {
                    json!({ "clientCredentials": { "tokenUrl": s.get("tokenUrl"), "scopes": scopes } })
                }
                _ => json!({ "authorizationCode": {
                    "authorizationUrl": s.get("authorizationUrl"), "tokenUrl": s.get("tokenUrl"), "scopes": scopes } }),
            };
            json!({ "type": "oauth2", "flows": flow })
        }
        _ => json!({ "type": "apiKey", "name": s.get("name"), "in": s.get("in") }),
    };
    if let (Some(d), Some(o)) = (description, out.as_object_mut()) {
        o.insert("description".into(), d);
    }
    out
}

fn path_item(v: &Value, consumes: &[String], produces: &[String], lookup: &Lookup<'_>) -> Value {
    let Some(item) = v.as_object() else {
        return refs(v);
    };
    let mut out = Map::new();
    let shared: Vec<Value> = item
        .get("parameters")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    for (key, value) in item {
        match key.as_str() {
            "get" | "put" | "post" | "delete" | "options" | "head" | "patch" => {
                out.insert(
                    key.clone(),
                    operation(value, &shared, consumes, produces, lookup),
                );
            }
            "parameters" => {}
            _ => {
                out.insert(key.clone(), refs(value));
            }
        }
    }
    Value::Object(out)
}

fn operation(
    v: &Value,
    shared: &[Value],
    consumes: &[String],
    produces: &[String],
    lookup: &Lookup<'_>,
) -> Value {
    let Some(op) = v.as_object() else {
        return refs(v);
    };
    let consumes = strings(op.get("consumes")).unwrap_or_else(|| consumes.to_vec());
    let produces = strings(op.get("produces")).unwrap_or_else(|| produces.to_vec());
    let mut out = Map::new();
    let mut parameters = Vec::new();
    let mut body = None;
    let mut form: Vec<Map<String, Value>> = Vec::new();
    let own = op
        .get("parameters")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    // Path-level parameters apply unless the operation redefines them.
    let mut all: Vec<Value> = shared.to_vec();
    all.extend(own);
    for p in all {
        let raw = match p.get("$ref").and_then(Value::as_str) {
            Some(r) => lookup(r).unwrap_or_else(|| p.clone()),
            None => p.clone(),
        };
        match raw.get("in").and_then(Value::as_str) {
            Some("body") => body = Some(raw),
            Some("formData") => form.extend(raw.as_object().cloned()),
            _ => parameters.push(parameter(&p)),
        }
    }
    if !parameters.is_empty() {
        out.insert("parameters".into(), Value::Array(parameters));
    }
    if let Some(b) = body {
        let s = b.get("schema").map(schema).unwrap_or_else(|| json!({}));
        let content: Map<String, Value> = consumes
            .iter()
            .map(|m| (m.clone(), json!({ "schema": s })))
            .collect();
        let mut request = json!({ "content": content, "required": b.get("required").cloned().unwrap_or(json!(false)) });
        if let (Some(d), Some(o)) = (b.get("description"), request.as_object_mut()) {
            o.insert("description".into(), d.clone());
        }
        for (k, x) in b.as_object().into_iter().flatten() {
            if k.starts_with("x-") {
                request[k] = x.clone();
            }
        }
        // The body parameter's name, as AutoRest records it: `x-ms-examples` give the body
        // under that name.
        if let Some(name) = b.get("name") {
            request["x-ms-requestBody-name"] = name.clone();
        }
        out.insert("requestBody".into(), request);
    } else if !form.is_empty() {
        let multipart = consumes.iter().any(|m| m == "multipart/form-data")
            || form
                .iter()
                .any(|f| f.get("type").and_then(Value::as_str) == Some("file"));
        let media = if multipart {
            "multipart/form-data"
        } else {
            "application/x-www-form-urlencoded"
        };
        let properties: Map<String, Value> = form
            .iter()
            .filter_map(|f| Some((f.get("name")?.as_str()?.to_string(), parameter_schema(f))))
            .collect();
        let required: Vec<Value> = form
            .iter()
            .filter(|f| f.get("required").and_then(Value::as_bool) == Some(true))
            .filter_map(|f| f.get("name").cloned())
            .collect();
        let s = json!({ "type": "object", "properties": properties, "required": required });
        out.insert(
            "requestBody".into(),
            json!({ "content": { media: { "schema": s } }, "required": !required.is_empty() }),
        );
    }
    for (key, value) in op {
        match key.as_str() {
            "parameters" | "consumes" | "produces" | "schemes" => {}
            "responses" => {
                let responses = value
                    .as_object()
                    .into_iter()
                    .flatten()
                    .map(|(code, r)| (code.clone(), response(r, &produces)))
                    .collect();
                out.insert(key.clone(), Value::Object(responses));
            }
            _ => {
                out.insert(key.clone(), refs(value));
            }
        }
    }
    Value::Object(out)
}

/// `servers` from `x-ms-parameterized-host`, else from `schemes`, `host` and `basePath`.
fn servers(doc: &Map<String, Value>, lookup: &Lookup<'_>) -> Value {
    let base_path = doc
        .get("basePath")
        .and_then(Value::as_str)
        .unwrap_or("")
        .trim_end_matches('/');
    if let Some(host) = doc
        .get("x-ms-parameterized-host")
        .and_then(Value::as_object)
    {
        let template = host
            .get("hostTemplate")
            .and_then(Value::as_str)
            .unwrap_or("{endpoint}");
        let scheme_prefix = host
            .get("useSchemePrefix")
            .and_then(Value::as_bool)
            .unwrap_or(true);
        let scheme = strings(doc.get("schemes"))
            .and_then(|s| s.into_iter().next())
            .unwrap_or_else(|| "https".into());
        let url = if scheme_prefix {
            format!("{scheme}://{template}{base_path}")
        } else {
            format!("{template}{base_path}")
        };
        let mut variables = Map::new();
        for p in host
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let raw = match p.get("$ref").and_then(Value::as_str) {
                Some(r) => lookup(r).unwrap_or_else(|| p.clone()),
                None => p.clone(),
            };
            let Some(name) = raw.get("name").and_then(Value::as_str) else {
                continue;
            };
            let mut variable = Map::new();
            variable.insert(
                "default".into(),
                raw.get("default").cloned().unwrap_or_else(|| json!("")),
            );
            if let Some(d) = raw.get("description") {
                variable.insert("description".into(), d.clone());
            }
            if let Some(e) = raw.get("enum") {
                variable.insert("enum".into(), e.clone());
            }
            variables.insert(name.to_string(), Value::Object(variable));
        }
        return json!([{ "url": url, "variables": variables }]);
    }
    let Some(host) = doc.get("host").and_then(Value::as_str) else {
        return json!([{ "url": if base_path.is_empty() { "/" } else { base_path } }]);
    };
    let schemes = strings(doc.get("schemes")).unwrap_or_else(|| vec!["https".into()]);
    let scheme = if schemes.iter().any(|s| s == "https") {
        "https"
    } else {
        schemes[0].as_str()
    };
    json!([{ "url": format!("{scheme}://{host}{base_path}") }])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_move_with_their_sections() {
        assert_eq!(rewrite_ref("#/definitions/A"), "#/components/schemas/A");
        assert_eq!(
            rewrite_ref("../common.json#/parameters/P"),
            "../common.json#/components/parameters/P"
        );
        assert_eq!(rewrite_ref("#/responses/E"), "#/components/responses/E");
        assert_eq!(rewrite_ref("./examples/x.json"), "./examples/x.json");
    }

    #[test]
    fn schema_keywords_are_translated() {
        let s = schema(&json!({
            "type": "object", "discriminator": "kind", "x-nullable": true,
            "properties": { "f": { "type": "file" }, "r": { "$ref": "#/definitions/B", "description": "d" } }
        }));
        assert_eq!(s["discriminator"], json!({ "propertyName": "kind" }));
        assert_eq!(s["nullable"], json!(true));
        assert_eq!(
            s["properties"]["f"],
            json!({ "type": "string", "format": "binary" })
        );
        assert_eq!(
            s["properties"]["r"],
            json!({ "description": "d", "allOf": [{ "$ref": "#/components/schemas/B" }] })
        );
    }
}
