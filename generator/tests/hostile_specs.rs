//! Specs written to attack the generator or the crate it writes: names that would escape the
//! comment or manifest they are written into, references out of the spec's tree, output
//! directories that are not ours, documents deep or wide enough to exhaust the stack or rustc.

use std::path::Path;

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
