//! Generation speed: the checked-in unhold crate from spec to files on disk, and synthetic specs
//! of 10 to 10,000 operations to show that the time per operation stays flat.
//!
//! `cargo bench -p generator --bench generate`; figures and how to read them: `BENCHMARKS.md`.

use std::path::{Path, PathBuf};

use divan::Bencher;
use divan::counter::ItemsCount;
use generator::{Config, CrateConfig, write};

fn main() {
    divan::main();
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the generator lives in the workspace")
        .to_path_buf()
}

/// `cargo xtask codegen`'s work in-process: load the unhold spec, lower, emit, format and write
/// every file into an empty directory.
#[divan::bench]
fn unhold_spec_to_files(bencher: Bencher) {
    let root = workspace_root();
    let config = Config::load(&root.join("specs/codegen.toml"), &root)
        .expect("specs/codegen.toml loads")
        .crates
        .remove(0);
    bencher
        .with_inputs(|| tempfile::tempdir().expect("a temporary directory"))
        .bench_local_values(|dir| {
            let (_, files) = generator::generate(&config).expect("the unhold spec generates");
            write::write(&dir.path().join("out"), &files).expect("the files are written");
            dir
        });
}

/// Load → lower → emit → format (in memory) of a synthetic spec with `ops` operations and as
/// many schemas; the counter gives the time per operation.
#[divan::bench(args = [10, 100, 1_000, 10_000], max_time = 10)]
fn synthetic_spec(bencher: Bencher, ops: usize) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let spec = dir.path().join("synthetic.json");
    std::fs::write(&spec, synthetic(ops)).expect("the synthetic spec is written");
    let config = CrateConfig::standalone(spec, dir.path().join("out"), "synthetic".into(), None)
        .expect("a valid configuration");
    bencher.counter(ItemsCount::new(ops)).bench_local(|| {
        let (api, files) = generator::generate(&config).expect("the synthetic spec generates");
        assert_eq!(api.operations.len(), ops);
        files
    });
}

/// An OpenAPI 3.0 document with `ops` operations (GET and POST by turns, with path, query and
/// header parameters), one object schema per operation that refers to an earlier one, and a
/// shared enum, so that every stage has per-operation and per-schema work.
fn synthetic(ops: usize) -> String {
    use serde_json::{Map, Value, json};
    let mut paths = Map::new();
    let mut schemas = Map::new();
    schemas.insert(
        "Status".into(),
        json!({"type": "string", "enum": ["active", "paused", "closed"]}),
    );
    for i in 0..ops {
        let model = format!("Model{i}");
        let parent = format!("#/components/schemas/Model{}", i / 2);
        schemas.insert(
            model.clone(),
            json!({
                "type": "object",
                "description": format!("Resource number {i}."),
                "required": ["id", "name"],
                "properties": {
                    "id": {"type": "integer", "format": "int64"},
                    "name": {"type": "string"},
                    "tags": {"type": "array", "items": {"type": "string"}},
                    "status": {"$ref": "#/components/schemas/Status"},
                    "parent": {"$ref": parent},
                    "createdAt": {"type": "string", "format": "date-time"}
                }
            }),
        );
        let reference = json!({"$ref": format!("#/components/schemas/{model}")});
        let body = json!({"content": {"application/json": {"schema": reference}}});
        let mut operation = json!({
            "operationId": format!("operation{i}"),
            "summary": format!("Operation number {i}."),
            "parameters": [
                {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
                {"name": "limit", "in": "query", "schema": {"type": "integer", "format": "int32"}},
                {"name": "x-trace", "in": "header", "schema": {"type": "string"}}
            ],
            "responses": {
                "200": {"description": "OK", "content": {"application/json": {"schema": reference}}},
                "default": {"description": "Error", "content": {"application/json": {"schema": {
                    "type": "object",
                    "properties": {"code": {"type": "string"}, "message": {"type": "string"}}
                }}}}
            }
        });
        let method = if i % 2 == 0 {
            "get"
        } else {
            operation["requestBody"] = body;
            "post"
        };
        let mut item = Map::new();
        item.insert(method.into(), operation);
        paths.insert(format!("/resources{i}/{{id}}"), Value::Object(item));
    }
    let doc = json!({
        "openapi": "3.0.3",
        "info": {"title": "Synthetic", "version": "1.0.0"},
        "servers": [{"url": "https://example.com/api"}],
        "paths": paths,
        "components": {"schemas": schemas}
    });
    serde_json::to_string(&doc).expect("JSON serializes")
}
