//! Property tests over load → lower → emit: documents built from random schemas (odd names,
//! keywords, collisions after case conversion, recursion, dangling and chained references,
//! `allOf`/`oneOf`/discriminators, maps, enums with odd values, examples that may or may not
//! fit) never make the generator panic, never make it emit code it cannot parse (that would be
//! an internal error), and give the same bytes twice.
//!
//! The suite runs 48 documents; for a long run, `PROPTEST_CASES=5000 cargo test --release -p
//! generator --test properties`. A stack overflow aborts before proptest can report the input:
//! `PROPERTIES_DUMP=/tmp/last.json` keeps a copy of the document being tried.

use proptest::prelude::*;
use serde_json::{Map, Value, json};

/// Names that stress naming: keywords, digits first, punctuation, non-ASCII, case collisions.
const NAMES: &[&str] = &[
    "pet", "Pet", "PET", "type", "self", "Self", "crate", "1st", "a b", "a-b", "a_b", "a.b",
    "Ñandú", "x~y", "a/b", "Option", "Result", "String", "value", "Value", "items", "Error",
    "Client", "Default", "", "_", "__", "r#", "fn", "async", "model", "Model1", "model_1",
];

fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(NAMES).prop_map(str::to_owned),
        "[a-zA-Z][a-zA-Z0-9_]{0,6}",
    ]
}

fn enum_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        prop::sample::select(&["", "==", "<=", ",", "a", "A", "a b", "1", "true", "é"][..])
            .prop_map(|s| json!(s)),
        any::<i32>().prop_map(|n| json!(n)),
    ]
}

fn escape(n: &str) -> String {
    n.replace('~', "~0").replace('/', "~1")
}

/// A reference to one of the component schemas `names` mostly; now and then one that dangles
/// or points below a schema.
fn reference(names: Vec<String>) -> impl Strategy<Value = Value> {
    prop_oneof![
        60 => prop::sample::select(names).prop_map(|n| json!({"$ref": format!("#/components/schemas/{}", escape(&n))})),
        1 => name().prop_map(|n| json!({"$ref": format!("#/components/schemas/{}", escape(&n))})),
        1 => name().prop_map(|n| json!({"$ref": format!("#/components/schemas/{n}/properties/{n}")})),
    ]
}

fn schema(names: Vec<String>) -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(json!({"type": "string"})),
        prop::collection::vec(enum_value(), 1..5)
            .prop_map(|v| json!({"type": "string", "enum": v})),
        // Integer enums (negative values folding near positive ones), and enums without a type.
        prop::collection::vec(-3i64..4, 1..5).prop_map(|v| json!({"type": "integer", "enum": v})),
        prop::collection::vec(enum_value(), 1..5).prop_map(|v| json!({"enum": v})),
        prop::sample::select(&["int32", "int64", "uint8", ""][..])
            .prop_map(|f| json!({"type": "integer", "format": f})),
        prop::sample::select(&["float", "double", "decimal"][..])
            .prop_map(|f| json!({"type": "number", "format": f})),
        Just(json!({"type": "boolean"})),
        Just(json!({})),
        Just(json!({"type": "object"})),
        reference(names.clone()),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            inner.clone().prop_map(|s| json!({"type": "array", "items": s})),
            inner.clone().prop_map(|s| json!({"type": "object", "additionalProperties": s})),
            (
                prop::collection::btree_map(name(), inner.clone(), 0..5),
                prop::collection::vec(name(), 0..3),
                any::<bool>(),
                prop::option::of(inner.clone()),
            )
                .prop_map(|(props, required, nullable, extra)| {
                    let mut s = json!({"type": "object", "properties": props, "required": required, "nullable": nullable});
                    if let Some(extra) = extra {
                        s["additionalProperties"] = extra;
                    }
                    s
                }),
            prop::collection::vec(inner.clone(), 1..4).prop_map(|v| json!({"allOf": v})),
            prop::collection::vec(inner.clone(), 1..4).prop_map(|v| json!({"oneOf": v})),
            prop::collection::vec(inner.clone(), 1..4).prop_map(|v| json!({"anyOf": v})),
            (prop::collection::vec(reference(names.clone()), 1..4), name())
                .prop_map(|(v, p)| json!({"oneOf": v, "discriminator": {"propertyName": p}})),
            (prop::collection::btree_map(name(), inner.clone(), 1..4), name()).prop_map(
                |(props, p)| json!({"type": "object", "properties": props, "discriminator": {"propertyName": p}})
            ),
            (reference(names.clone()), inner).prop_map(|(r, s)| json!({"allOf": [r, s]})),
        ]
    })
}

fn example() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (-1e6f64..1e6).prop_map(Value::from),
        "[a-z=<, ]{0,5}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(name(), inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn operation(names: Vec<String>) -> impl Strategy<Value = (String, String, Value)> {
    (
        prop::sample::select(&["get", "post", "put", "patch", "delete"][..]),
        prop::collection::vec(name(), 1..3),
        prop::option::of(name()),
        prop::option::of((schema(names.clone()), prop::option::of(example()), media_type())),
        prop::collection::btree_map(
            prop::sample::select(&["200", "201", "204", "2XX", "400", "4XX", "404", "default"][..]),
            prop::option::of((schema(names.clone()), prop::option::of(example()), media_type())),
            1..4,
        ),
        prop::collection::vec(
            (
                name(),
                prop::sample::select(&["query", "header", "path", "cookie"][..]),
                schema(names),
                prop::option::of(prop::sample::select(
                    &["form", "spaceDelimited", "pipeDelimited", "deepObject", "simple", "label", "matrix"][..],
                )),
                prop::option::of(any::<bool>()),
            ),
            0..4,
        ),
    )
        .prop_map(|(method, segments, id, body, responses, params)| {
            let path = format!(
                "/{}",
                segments
                    .iter()
                    .enumerate()
                    .map(|(i, s)| if i % 2 == 1 { format!("{{{s}}}") } else { s.clone() })
                    .collect::<Vec<_>>()
                    .join("/")
            );
            let media = |(schema, example, media_type): (Value, Option<Value>, &str)| {
                let mut m = json!({"schema": schema});
                if let Some(e) = example {
                    m["example"] = e;
                }
                let mut content = Map::new();
                content.insert(media_type.to_string(), m);
                Value::Object(content)
            };
            let mut op = Map::new();
            if let Some(id) = id {
                op.insert("operationId".into(), json!(id));
            }
            op.insert(
                "parameters".into(),
                Value::Array(
                    params
                        .into_iter()
                        .map(|(n, location, s, style, explode)| {
                            let mut p = json!({"name": n, "in": location, "required": location == "path", "schema": s});
                            // Any style, even one the location does not allow: a clean error or
                            // a fallback, never a panic.
                            if let Some(style) = style {
                                p["style"] = json!(style);
                            }
                            if let Some(explode) = explode {
                                p["explode"] = json!(explode);
                            }
                            p
                        })
                        .collect(),
                ),
            );
            if let Some(b) = body {
                op.insert("requestBody".into(), json!({"content": media(b)}));
            }
            let responses: Map<String, Value> = responses
                .into_iter()
                .map(|(code, content)| {
                    let mut r = json!({"description": "r"});
                    if let Some(c) = content {
                        r["content"] = media(c);
                    }
                    (code.to_string(), r)
                })
                .collect();
            op.insert("responses".into(), Value::Object(responses));
            (path, method.to_string(), Value::Object(op))
        })
}

fn media_type() -> impl Strategy<Value = &'static str> {
    prop::sample::select(
        &[
            "application/json",
            "application/json",
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data",
            "application/octet-stream",
        ][..],
    )
}

fn document() -> impl Strategy<Value = Value> {
    prop::collection::btree_set(name(), 1..8)
        .prop_flat_map(|names| {
            let names: Vec<String> = names.into_iter().collect();
            let schemas: Vec<_> = names.iter().map(|_| schema(names.clone())).collect();
            (
                Just(names.clone()),
                schemas,
                prop::collection::vec(operation(names), 1..5),
            )
        })
        .prop_map(|(names, schemas, operations)| {
            let schemas: Map<String, Value> = names.into_iter().zip(schemas).collect();
            let mut paths = Map::new();
            for (path, method, op) in operations {
                let item = paths.entry(path).or_insert_with(|| json!({}));
                item[method] = op;
            }
            json!({
                "openapi": "3.0.3",
                "info": {"title": "Random", "version": "1"},
                "paths": paths,
                "components": {"schemas": schemas}
            })
        })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(48),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_document_generates_or_fails_cleanly(doc in document()) {
        let dir = tempfile::tempdir().unwrap();
        let spec = dir.path().join("spec.json");
        std::fs::write(&spec, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
        if let Some(dump) = std::env::var_os("PROPERTIES_DUMP") {
            std::fs::copy(&spec, dump).unwrap();
        }
        let config = generator::CrateConfig::standalone(
            spec, dir.path().join("out"), "random".into(), None,
        ).unwrap();
        match generator::generate(&config) {
            Ok((_, files)) => {
                let (_, again) = generator::generate(&config).unwrap();
                prop_assert_eq!(&files, &again, "two runs differ");
            }
            Err(generator::Error::Internal { file, message }) => {
                prop_assert!(false, "emitted code does not parse: {file}: {message}\n{doc:#}");
            }
            // A spec error (a dangling reference, say) is a clean refusal.
            Err(_) => {}
        }
    }
}
