//! Specs written to attack the generator or the crate it writes: names that would escape the
//! comment or manifest they are written into, references out of the spec's tree, output
//! directories that are not ours, documents deep or wide enough to exhaust the stack or rustc.

use std::path::{Path, PathBuf};

use generator::{CrateConfig, GeneratedCrate};

const SMALL_SPEC: &str = r#"
openapi: 3.0.3
info: { title: Small, version: "1" }
paths:
  /ping:
    get:
      operationId: ping
      responses:
        "204": { description: pong }
"#;

fn config(dir: &Path, spec: &str) -> CrateConfig {
    let mut config =
        CrateConfig::standalone(spec.into(), "out".into(), "small".into(), None).unwrap();
    config.base = dir.to_path_buf();
    config
}

fn file<'a>(files: &'a GeneratedCrate, path: &str) -> &'a str {
    files
        .files
        .iter()
        .chain(files.starters.iter())
        .find(|f| f.path == path)
        .map(|f| f.contents.as_str())
        .unwrap_or_else(|| panic!("{path} is generated"))
}

/// A spec path that would end the `@generated` comment and write a `[patch]` section (whose
/// build script would run at `cargo check`) stays inside the comment, the Markdown and TOML.
#[test]
fn a_spec_path_cannot_write_outside_its_text() {
    let dir = tempfile::tempdir().unwrap();
    let name = "x\n[patch.crates-io]\nserde = { path = \"..\" }\r\u{202e}\0.yaml";
    let spec = match std::fs::write(dir.path().join(name), SMALL_SPEC) {
        Ok(()) => name,
        // A file system that refuses NUL in names (all of them): the rest still attacks.
        Err(_) => {
            let name = "x\n[patch.crates-io]\nserde = { path = \"..\" }\r\u{202e}.yaml";
            std::fs::write(dir.path().join(name), SMALL_SPEC).unwrap();
            name
        }
    };
    let (_, files) = generator::generate(&config(dir.path(), spec)).unwrap();
    for generated in &files.files {
        if generated.path.ends_with(".rs") {
            let first = generated.contents.lines().next().unwrap();
            assert!(first.starts_with("// @generated from "), "{first}");
            assert!(first.contains("\\u{a}[patch.crates-io]\\u{a}"), "{first}");
            // The whole file still parses as Rust with no item the spec path made.
            syn::parse_file(&generated.contents).unwrap();
            assert!(!generated.contents.contains('\r'));
            assert!(!generated.contents.contains('\u{202e}'));
        }
    }
    let manifest: toml::Table = toml::from_str(file(&files, "Cargo.toml")).unwrap();
    assert!(!manifest.contains_key("patch"), "{manifest:?}");
    let changelog = file(&files, "CHANGELOG.md");
    assert!(
        !changelog.lines().any(|l| l.starts_with("[patch")),
        "{changelog}"
    );
    assert!(!changelog.contains('\r') && !changelog.contains('\u{202e}'));
}

fn generate_text(spec: &str) -> Result<String, String> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("api.yaml"), spec).unwrap();
    generator::generate(&config(dir.path(), "api.yaml"))
        .map(|(api, _)| format!("{:?}", api.warnings))
        .map_err(|e| e.to_string())
}

const WITH_REF: &str = r#"
openapi: 3.0.3
info: { title: Refs, version: "1" }
paths:
  /things:
    get:
      operationId: list
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "REF" }
"#;

#[test]
fn a_reference_to_the_whole_document_is_an_error_with_its_place() {
    for reference in ["", "#"] {
        let message = generate_text(&WITH_REF.replace("REF", reference)).unwrap_err();
        assert!(
            message.starts_with(
                "api.yaml#/paths/~1things/get/responses/200/content/application~1json/schema"
            ),
            "{message}"
        );
        assert!(message.contains("whole document"), "{message}");
    }
}

/// `$ref`s that leave the spec's tree, or name what is no file, are refused without reading
/// them, and the error quotes nothing of them.
#[test]
fn references_stay_in_the_spec_tree() {
    let outer = tempfile::tempdir().unwrap();
    let tree = outer.path().join("tree");
    std::fs::create_dir(&tree).unwrap();
    std::fs::write(
        outer.path().join("secret.yaml"),
        "type: object\ndescription: TOP-SECRET-VALUE\n",
    )
    .unwrap();
    let absolute = outer.path().join("secret.yaml");
    let mut cases = vec![
        "../secret.yaml".to_owned(),
        absolute.display().to_string(),
        "/dev/zero".to_owned(),
        ".".to_owned(),
    ];
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&absolute, tree.join("link.yaml")).unwrap();
        cases.push("link.yaml".to_owned());
    }
    for reference in cases {
        std::fs::write(tree.join("api.yaml"), WITH_REF.replace("REF", &reference)).unwrap();
        let mut config = config(&tree, "api.yaml");
        config.spec_root = Some(PathBuf::from("."));
        let message = generator::generate(&config).unwrap_err().to_string();
        assert!(message.contains("cannot read"), "{reference}: {message}");
        assert!(!message.contains("TOP-SECRET"), "{message}");
    }
    // Given a wider root, the same file is the spec's own.
    std::fs::write(
        tree.join("api.yaml"),
        WITH_REF.replace("REF", "../secret.yaml"),
    )
    .unwrap();
    let mut config = config(&tree, "api.yaml");
    config.spec_root = Some(PathBuf::from(".."));
    generator::generate(&config).unwrap();
}

/// `/dev/zero` in an extension nobody uses neither hangs nor fills memory.
#[test]
fn unused_references_to_devices_are_refused_quickly() {
    let spec = format!("{SMALL_SPEC}x-unused:\n  $ref: /dev/zero\n");
    let message = generate_text(&spec).unwrap_err();
    assert!(message.contains("outside the spec's root"), "{message}");
    // Even with the whole file system as the root.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("api.yaml"), &spec).unwrap();
    let mut config = config(dir.path(), "api.yaml");
    config.spec_root = Some(PathBuf::from("/"));
    let message = generator::generate(&config).unwrap_err().to_string();
    assert!(message.contains("not a regular file"), "{message}");
}

/// A spec whose component `T{i}` holds `T{i+1}` (`via` says how), `n` of them.
fn chain(n: usize, via: &str) -> String {
    let mut schemas = serde_json::Map::new();
    for i in 0..n {
        let next = if i + 1 < n {
            serde_json::json!({ "$ref": format!("#/components/schemas/T{}", i + 1) })
        } else {
            serde_json::json!({ "type": "string" })
        };
        let schema = match via {
            "items" => serde_json::json!({ "type": "array", "items": next }),
            _ => serde_json::json!({ "type": "object", "properties": { "next": next } }),
        };
        schemas.insert(format!("T{i}"), schema);
    }
    serde_json::json!({
        "openapi": "3.0.3",
        "info": { "title": "Deep", "version": "1" },
        "paths": { "/a": { "get": { "operationId": "a", "responses": { "200": {
            "description": "ok",
            "content": { "application/json": { "schema": { "$ref": "#/components/schemas/T0" } } }
        } } } } },
        "components": { "schemas": schemas }
    })
    .to_string()
}

/// Generates the spec `value`, which must generate.
fn generate_value(value: &serde_json::Value) -> (generator::model::Api, GeneratedCrate) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("api.json"), value.to_string()).unwrap();
    generator::generate(&config(dir.path(), "api.json")).unwrap()
}

fn generate_json(spec: &str) -> Result<String, String> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("api.json"), spec).unwrap();
    generator::generate(&config(dir.path(), "api.json"))
        .map(|(api, _)| format!("{} types", api.types.len()))
        .map_err(|e| e.to_string())
}

/// 2,000 named types each holding the next, through properties or items: an error naming the
/// place where the nesting passed the limit, not a stack overflow (this test's thread has the
/// default 2 MiB stack).
#[test]
fn deep_specs_are_an_error_not_a_crash() {
    let message = generate_json(&chain(2_000, "properties")).unwrap_err();
    assert!(
        message.starts_with(
            "api.json#/components/schemas/T255/properties/next: schemas nest more than 256 deep"
        ),
        "{message}"
    );
    let message = generate_json(&chain(2_000, "items")).unwrap_err();
    assert!(message.contains("nest more than"), "{message}");
    // Within the limits, the same shapes generate.
    assert_eq!(
        generate_json(&chain(200, "properties")).unwrap(),
        "200 types"
    );
    let message = generate_json(&chain(40, "items")).unwrap_err();
    assert!(
        message.contains("arrays and maps nest more than 32"),
        "{message}"
    );
}

/// An operation with hundreds of parameters is a warning with its place, and its method sets
/// them in parts (the `many_params` fixture crate compiles and tests that form).
#[test]
fn long_parameter_lists_are_a_warning_and_set_in_parts() {
    let params: Vec<serde_json::Value> = (0..300)
        .map(|i| serde_json::json!({ "name": format!("p{i}"), "in": "query", "schema": { "type": "string" } }))
        .collect();
    let spec = serde_json::json!({
        "openapi": "3.0.3",
        "info": { "title": "Wide", "version": "1" },
        "paths": { "/a": { "get": {
            "operationId": "a",
            "parameters": params,
            "responses": { "204": { "description": "ok" } }
        } } }
    });
    let (api, files) = generate_value(&spec);
    let warnings: Vec<String> = api.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        [
            "warning: api.json#/paths/~1a/get: this operation has 300 parameters: its method is long and slow to compile (its parameters are set in parts of 64); `operations` in the configuration can leave it out"
        ]
    );
    let client = file(&files, "src/generated/client.rs");
    assert_eq!(client.matches("(|| -> Result<(), Error<").count(), 5);
}

/// An enum of tens of thousands of values is typed as a string, with a warning with its place
/// (three matches of 100,000 arms took rustc more than ten minutes to build). Its `x-ms-enum`
/// names are read once into an index, not searched per value.
#[test]
fn huge_enums_are_typed_as_their_scalar_with_a_warning() {
    let values: Vec<String> = (0..10_001).map(|i| format!("v{i}")).collect();
    let named: Vec<serde_json::Value> = values
        .iter()
        .map(|v| serde_json::json!({ "value": v, "name": format!("N{v}") }))
        .collect();
    let spec = serde_json::json!({
        "openapi": "3.0.3",
        "info": { "title": "Wide", "version": "1" },
        "paths": { "/a": { "get": {
            "operationId": "a",
            "parameters": [{ "name": "e", "in": "query", "schema": {
                "type": "string", "enum": values,
                "x-ms-enum": { "name": "Big", "modelAsString": true, "values": named }
            } }],
            "responses": { "204": { "description": "ok" } }
        } } }
    });
    let (api, files) = generate_value(&spec);
    let warnings: Vec<String> = api.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        [
            "warning: api.json#/paths/~1a/get/parameters/0/schema: this enum has 10001 values, more than 10000: typed as a string, which compiles (an enum of them would take rustc tens of minutes to build)"
        ]
    );
    assert!(api.types.is_empty());
    assert!(file(&files, "src/generated/client.rs").contains("pub e: Option<String>"));
}
