//! OpenAPI 3.1 read as OpenAPI 3.0: part of the load stage, as [`crate::swagger`] is for
//! Swagger 2.0.
//!
//! Every loaded file of a 3.1 document is rewritten in place into the 3.0 layout before anything
//! else sees it, so that lowering and emitting see one model. What JSON Schema 2020-12 changed is
//! mapped to what 3.0 says the same with:
//!
//! | 3.1 | read as |
//! |---|---|
//! | `type: [T, "null"]` | `type: T`, `nullable: true` |
//! | `type: [T, U, …]` | `anyOf` of one schema per type |
//! | `anyOf`/`oneOf` with a `{type: "null"}` alternative | the other alternatives, `nullable: true`; one left is the schema itself (FastAPI's `Optional[X]` is `Option<X>`) |
//! | `const: v` | `enum: [v]` (and the type of `v` when none is given) |
//! | `examples: [a, …]` on a schema | `example: a` |
//! | numeric `exclusiveMinimum`/`exclusiveMaximum` | `minimum`/`maximum` with the boolean form |
//! | `$ref` with sibling keywords | `allOf: [{$ref}]` with the siblings (a description documents the field) |
//! | `contentEncoding: base64` | `format: byte` |
//! | `contentMediaType` (not JSON) on a string | `format: binary` |
//! | `patternProperties` with one pattern, no `properties` | `additionalProperties` (a map) |
//! | `prefixItems` | a list of any JSON values (warning) |
//! | `if`/`then`/`else`, `dependentSchemas`, `unevaluatedProperties` | left out: they only validate (warning) |
//! | no `paths` | no operations |
//! | `mutualTLS` security schemes | left out (warning: the client has no client certificates) |
//! | `webhooks` | kept: their JSON payloads become models (see [`crate::lower`]) |
//! | `components/pathItems` | kept: `$ref`s to them from `paths` and `webhooks` resolve as any JSON pointer |
//! | `jsonSchemaDialect`, `info.summary`, `license.identifier` | left out |
//!
//! `$defs` stay where they are (references into them are JSON pointers like any other) and
//! their schemas are converted too.

use serde_json::{Map, Value, json};

/// A note about the conversion: the JSON pointer (in the file as written) and the message.
pub(crate) type Note = (String, String);

/// The keywords whose value is a schema.
const SCHEMA_KEYS: &[&str] = &[
    "items",
    "additionalProperties",
    "not",
    "contains",
    "propertyNames",
    "if",
    "then",
    "else",
    "unevaluatedItems",
    "unevaluatedProperties",
];

/// The keywords whose value is a list of schemas.
const SCHEMA_LISTS: &[&str] = &["allOf", "anyOf", "oneOf", "prefixItems"];

/// The keywords whose value is a map of schemas.
const SCHEMA_MAPS: &[&str] = &[
    "properties",
    "$defs",
    "definitions",
    "patternProperties",
    "dependentSchemas",
];

/// Converts one file of a 3.1 document (the root when `root` is set) into the 3.0 layout;
/// `notes` gets what could not be carried over.
pub(crate) fn convert(doc: &Value, root: bool, notes: &mut Vec<Note>) -> Value {
    let mut out = walk(doc, "", notes);
    if let Some(obj) = out.as_object_mut() {
        if root {
            obj.insert("openapi".into(), json!("3.0.3"));
            obj.remove("jsonSchemaDialect");
            obj.entry("paths").or_insert_with(|| json!({}));
            if let Some(info) = obj.get_mut("info").and_then(Value::as_object_mut) {
                info.remove("summary");
                if let Some(license) = info.get_mut("license").and_then(Value::as_object_mut) {
                    license.remove("identifier");
                }
            }
            // `webhooks` stay where they are (the 3.0 reader passes over them, and messages keep
            // the document's pointers): their payloads become models.
        } else if looks_like_schema(doc) {
            out = schema(doc, "", notes);
        }
    }
    out
}

/// The document outside schemas: every `schema` value and every `components/schemas` entry is
/// a schema; the rest is walked for them.
fn walk(v: &Value, at: &str, notes: &mut Vec<Note>) -> Value {
    match v {
        Value::Object(map) => {
            let mut out = Map::new();
            for (key, value) in map {
                let here = format!("{at}/{}", escape(key));
                let converted = match key.as_str() {
                    "schema" => schema(value, &here, notes),
                    "schemas" if at == "/components" => schema_map(value, &here, notes),
                    "securitySchemes" if at == "/components" => {
                        security_schemes(value, &here, notes)
                    }
                    _ => walk(value, &here, notes),
                };
                out.insert(key.clone(), converted);
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(
            items
                .iter()
                .enumerate()
                .map(|(i, item)| walk(item, &format!("{at}/{i}"), notes))
                .collect(),
        ),
        other => other.clone(),
    }
}

fn security_schemes(v: &Value, at: &str, notes: &mut Vec<Note>) -> Value {
    let Some(map) = v.as_object() else {
        return v.clone();
    };
    let mut out = Map::new();
    for (name, scheme) in map {
        if scheme.get("type").and_then(Value::as_str) == Some("mutualTLS") {
            notes.push((
                format!("{at}/{}", escape(name)),
                "a `mutualTLS` security scheme is left out: give the client a reqwest client \
                 with its certificate (`ClientBuilder::http_client`)"
                    .into(),
            ));
            continue;
        }
        out.insert(
            name.clone(),
            walk(scheme, &format!("{at}/{}", escape(name)), notes),
        );
    }
    Value::Object(out)
}

fn schema_map(v: &Value, at: &str, notes: &mut Vec<Note>) -> Value {
    match v.as_object() {
        Some(map) => Value::Object(
            map.iter()
                .map(|(k, s)| (k.clone(), schema(s, &format!("{at}/{}", escape(k)), notes)))
                .collect(),
        ),
        None => v.clone(),
    }
}

fn looks_like_schema(v: &Value) -> bool {
    v.as_object().is_some_and(|o| {
        [
            "type",
            "properties",
            "$ref",
            "allOf",
            "anyOf",
            "oneOf",
            "enum",
            "const",
            "items",
        ]
        .iter()
        .any(|k| o.contains_key(*k))
    })
}

/// One schema in 3.0 terms (see the module's table).
fn schema(v: &Value, at: &str, notes: &mut Vec<Note>) -> Value {
    let Some(map) = v.as_object() else {
        // `true` and `false` schemas: anything, and nothing (read as anything).
        return match v {
            Value::Bool(_) => json!({}),
            other => other.clone(),
        };
    };
    let mut out = Map::new();
    for (key, value) in map {
        let here = format!("{at}/{}", escape(key));
        let converted = if SCHEMA_KEYS.contains(&key.as_str()) && !value.is_boolean()
            || (key == "additionalProperties" && value.is_object())
        {
            schema(value, &here, notes)
        } else if SCHEMA_LISTS.contains(&key.as_str()) {
            match value.as_array() {
                Some(items) => Value::Array(
                    items
                        .iter()
                        .enumerate()
                        .map(|(i, s)| schema(s, &format!("{here}/{i}"), notes))
                        .collect(),
                ),
                None => value.clone(),
            }
        } else if SCHEMA_MAPS.contains(&key.as_str()) {
            schema_map(value, &here, notes)
        } else {
            value.clone()
        };
        out.insert(key.clone(), converted);
    }
    if out
        .get("type")
        .is_some_and(|t| !t.is_string() && !t.is_array())
    {
        out.remove("type");
        notes.push((
            format!("{at}/type"),
            format!(
                "`type` is neither a type name nor a list of them: {}",
                crate::error::UNTYPED_FALLBACK
            ),
        ));
    }
    types(&mut out);
    nullable_alternatives(&mut out);
    constant(&mut out);
    examples(&mut out);
    exclusive_bounds(&mut out);
    encodings(&mut out);
    validation_only(&mut out, at, notes);
    with_siblings(out)
}

/// `type: [T, "null"]` and `type: [T, U]`.
fn types(out: &mut Map<String, Value>) {
    let Some(Value::Array(list)) = out.get("type").cloned() else {
        return;
    };
    let mut kinds: Vec<Value> = list.into_iter().filter(|t| t != "null").collect();
    let nullable = kinds.len() < out["type"].as_array().map_or(0, Vec::len);
    out.remove("type");
    if nullable {
        out.insert("nullable".into(), json!(true));
    }
    match kinds.len() {
        0 => {}
        1 => {
            out.insert("type".into(), kinds.remove(0));
        }
        _ => {
            // One alternative per type, each with the keywords that apply to it.
            let rest: Map<String, Value> = out
                .iter()
                .filter(|(k, _)| !matches!(k.as_str(), "nullable" | "description" | "title"))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            for key in rest.keys() {
                out.remove(key);
            }
            let alternatives = kinds
                .into_iter()
                .map(|kind| {
                    let mut alternative = rest.clone();
                    alternative.insert("type".into(), kind);
                    Value::Object(alternative)
                })
                .collect();
            out.insert("anyOf".into(), Value::Array(alternatives));
        }
    }
}

fn is_null_schema(v: &Value) -> bool {
    v.get("type") == Some(&json!("null"))
        || v.get("type") == Some(&json!(["null"]))
        || v.get("const") == Some(&Value::Null)
        || v.get("enum") == Some(&json!([null]))
        || (v.get("nullable") == Some(&json!(true)) && v.as_object().is_some_and(|o| o.len() == 1))
}

/// `anyOf`/`oneOf` with a null alternative: nullable, and the schema itself when one is left.
fn nullable_alternatives(out: &mut Map<String, Value>) {
    for key in ["anyOf", "oneOf"] {
        let Some(Value::Array(list)) = out.get(key).cloned() else {
            continue;
        };
        if !list.iter().any(is_null_schema) {
            continue;
        }
        let mut rest: Vec<Value> = list.into_iter().filter(|s| !is_null_schema(s)).collect();
        out.insert("nullable".into(), json!(true));
        match rest.len() {
            0 => {
                out.remove(key);
            }
            1 => {
                out.remove(key);
                let only = rest.remove(0);
                match only.as_object() {
                    Some(o) if o.contains_key("$ref") => {
                        out.insert("allOf".into(), json!([{ "$ref": o["$ref"] }]));
                        for (k, v) in o.iter().filter(|(k, _)| *k != "$ref") {
                            out.entry(k.clone()).or_insert_with(|| v.clone());
                        }
                    }
                    Some(o) => {
                        for (k, v) in o {
                            if k == "nullable" {
                                continue;
                            }
                            out.entry(k.clone()).or_insert_with(|| v.clone());
                        }
                    }
                    None => {}
                }
            }
            _ => {
                out.insert(key.into(), Value::Array(rest));
            }
        }
    }
}

/// `const: v` as a one-value enum, typed by its value when no type is given.
fn constant(out: &mut Map<String, Value>) {
    let Some(value) = out.remove("const") else {
        return;
    };
    if value.is_null() {
        out.insert("nullable".into(), json!(true));
        return;
    }
    if !out.contains_key("type") {
        let kind = match &value {
            Value::String(_) => Some("string"),
            Value::Bool(_) => Some("boolean"),
            Value::Number(n) if n.is_i64() || n.is_u64() => Some("integer"),
            Value::Number(_) => Some("number"),
            _ => None,
        };
        if let Some(kind) = kind {
            out.insert("type".into(), json!(kind));
        }
    }
    out.entry("enum").or_insert_with(|| json!([value]));
}

fn examples(out: &mut Map<String, Value>) {
    if let Some(Value::Array(list)) = out.get("examples").cloned() {
        out.remove("examples");
        if let Some(first) = list.into_iter().next() {
            out.entry("example").or_insert(first);
        }
    }
}

fn exclusive_bounds(out: &mut Map<String, Value>) {
    for (exclusive, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if let Some(n @ Value::Number(_)) = out.get(exclusive).cloned() {
            out.insert(bound.into(), n);
            out.insert(exclusive.into(), json!(true));
        }
    }
}

fn encodings(out: &mut Map<String, Value>) {
    let is_string = out.get("type") == Some(&json!("string"));
    if let Some(encoding) = out.remove("contentEncoding") {
        if encoding == "base64" && is_string {
            out.entry("format").or_insert_with(|| json!("byte"));
        }
        out.remove("contentMediaType");
        return;
    }
    if let Some(media) = out.remove("contentMediaType") {
        let json = media
            .as_str()
            .is_some_and(|m| m.contains("json") || m.starts_with("text/"));
        if is_string && !json {
            out.entry("format").or_insert_with(|| json!("binary"));
        }
    }
}

/// Keywords 3.0 has no form of: typed where a sound type exists, else left out with a note.
fn validation_only(out: &mut Map<String, Value>, at: &str, notes: &mut Vec<Note>) {
    if let Some(Value::Object(patterns)) = out.get("patternProperties").cloned() {
        out.remove("patternProperties");
        let single = patterns.len() == 1 && !out.contains_key("properties");
        match patterns.into_iter().next() {
            Some((_, value)) if single && !out.contains_key("additionalProperties") => {
                out.insert("additionalProperties".into(), value);
            }
            _ => notes.push((
                format!("{at}/patternProperties"),
                "`patternProperties` is read as any further properties (`additionalProperties`) \
                 only for one pattern without `properties`; here it is left out"
                    .into(),
            )),
        }
    }
    if out.remove("prefixItems").is_some() {
        out.entry("items").or_insert_with(|| json!({}));
        notes.push((
            format!("{at}/prefixItems"),
            format!(
                "`prefixItems` (a tuple) has no Rust type here: {}",
                crate::error::UNTYPED_FALLBACK
            ),
        ));
    }
    for key in [
        "if",
        "then",
        "else",
        "dependentSchemas",
        "unevaluatedProperties",
        "unevaluatedItems",
        "dependentRequired",
    ] {
        if out.remove(key).is_some() {
            notes.push((
                format!("{at}/{key}"),
                format!("`{key}` only validates values; it is left out"),
            ));
        }
    }
}

/// A `$ref` with keywords next to it (allowed in 3.1): the reference wrapped in `allOf`, so that
/// the keywords apply.
fn with_siblings(mut out: Map<String, Value>) -> Value {
    if out.contains_key("$ref") && out.len() > 1 {
        let reference = out.remove("$ref").unwrap_or_default();
        let mut parts = vec![json!({ "$ref": reference })];
        if let Some(Value::Array(existing)) = out.remove("allOf") {
            parts.extend(existing);
        }
        out.insert("allOf".into(), Value::Array(parts));
    }
    Value::Object(out)
}

fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(schema_31: Value) -> (Value, Vec<Note>) {
        let mut notes = Vec::new();
        (schema(&schema_31, "/s", &mut notes), notes)
    }

    #[test]
    fn type_arrays_and_null_alternatives_become_nullable() {
        assert_eq!(
            one(json!({"type": ["string", "null"], "maxLength": 3})).0,
            json!({"type": "string", "nullable": true, "maxLength": 3})
        );
        assert_eq!(
            one(json!({"anyOf": [{"$ref": "#/components/schemas/Pet"}, {"type": "null"}], "description": "d"})).0,
            json!({"allOf": [{"$ref": "#/components/schemas/Pet"}], "nullable": true, "description": "d"})
        );
        assert_eq!(
            one(json!({"anyOf": [{"type": "integer"}, {"type": "null"}], "title": "N"})).0,
            json!({"type": "integer", "nullable": true, "title": "N"})
        );
        assert_eq!(
            one(json!({"type": ["string", "integer"], "description": "d"})).0,
            json!({"anyOf": [{"type": "string"}, {"type": "integer"}], "description": "d"})
        );
    }

    #[test]
    fn keywords_that_changed_are_mapped() {
        assert_eq!(
            one(json!({"const": "cat"})).0,
            json!({"type": "string", "enum": ["cat"]})
        );
        assert_eq!(
            one(json!({"type": "number", "exclusiveMinimum": 0, "examples": [1.5, 2]})).0,
            json!({"type": "number", "minimum": 0, "exclusiveMinimum": true, "example": 1.5})
        );
        assert_eq!(
            one(json!({"type": "string", "contentEncoding": "base64"})).0,
            json!({"type": "string", "format": "byte"})
        );
        assert_eq!(
            one(json!({"type": "string", "contentMediaType": "image/png"})).0,
            json!({"type": "string", "format": "binary"})
        );
        assert_eq!(
            one(json!({"$ref": "#/components/schemas/Pet", "description": "The pet."})).0,
            json!({"allOf": [{"$ref": "#/components/schemas/Pet"}], "description": "The pet."})
        );
        assert_eq!(
            one(json!({"type": "object", "patternProperties": {"^x-": {"type": "integer"}}})).0,
            json!({"type": "object", "additionalProperties": {"type": "integer"}})
        );
        // Nested schemas are converted too.
        assert_eq!(
            one(json!({"type": "object", "properties": {"a": {"type": ["boolean", "null"]}}})).0,
            json!({"type": "object", "properties": {"a": {"type": "boolean", "nullable": true}}})
        );
    }

    #[test]
    fn what_has_no_30_form_is_noted_where_it_is() {
        let (out, notes) = one(
            json!({"type": "array", "prefixItems": [{"type": "string"}], "if": {}, "then": {}}),
        );
        assert_eq!(out, json!({"type": "array", "items": {}}));
        let at: Vec<&str> = notes.iter().map(|(at, _)| at.as_str()).collect();
        assert_eq!(at, ["/s/prefixItems", "/s/if", "/s/then"]);
        assert!(
            notes[0].1.contains("typed as any JSON value"),
            "{}",
            notes[0].1
        );
    }

    #[test]
    fn documents_get_the_30_layout() {
        let doc = json!({
            "openapi": "3.1.0", "jsonSchemaDialect": "x",
            "info": {"title": "t", "version": "1", "summary": "s", "license": {"name": "MIT", "identifier": "MIT"}},
            "webhooks": {"newPet": {}},
            "components": {
                "schemas": {"Pet": {"type": ["object", "null"], "properties": {"id": {"const": 1}}}},
                "securitySchemes": {"mtls": {"type": "mutualTLS"}, "key": {"type": "apiKey", "in": "header", "name": "k"}}
            }
        });
        let mut notes = Vec::new();
        let out = convert(&doc, true, &mut notes);
        assert_eq!(out["openapi"], "3.0.3");
        assert_eq!(out["paths"], json!({}));
        assert!(out.get("jsonSchemaDialect").is_none());
        assert_eq!(out["webhooks"], json!({"newPet": {}}));
        assert_eq!(
            out["info"],
            json!({"title": "t", "version": "1", "license": {"name": "MIT"}})
        );
        assert_eq!(
            out["components"]["schemas"]["Pet"],
            json!({"type": "object", "nullable": true, "properties": {"id": {"type": "integer", "enum": [1]}}})
        );
        assert_eq!(
            out["components"]["securitySchemes"],
            json!({"key": {"type": "apiKey", "in": "header", "name": "k"}})
        );
        let at: Vec<&str> = notes.iter().map(|(at, _)| at.as_str()).collect();
        assert_eq!(at, ["/components/securitySchemes/mtls"]);
    }
}
