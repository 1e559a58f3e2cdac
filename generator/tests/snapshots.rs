//! Snapshots of every stage's output per fixture spec: the intermediate model and every emitted
//! file, so that a diff shows at once whether lowering or emitting changed.
//! Review changes with `cargo insta review`.

use std::path::{Path, PathBuf};

use generator::CrateConfig;

fn fixture_config(base: &Path, spec: &str) -> CrateConfig {
    let mut config =
        CrateConfig::standalone(spec.into(), "out".into(), "fixture".into(), None).unwrap();
    config.base = base.to_path_buf();
    config
}

fn snapshot_all(config: &CrateConfig) {
    let (api, files) =
        generator::generate(config).unwrap_or_else(|e| panic!("{}: {e}", config.spec.display()));
    insta::assert_snapshot!("model", format!("{api:#?}"));
    for file in &files.files {
        insta::assert_snapshot!(file.path.replace('/', "__"), file.contents);
    }
}

#[test]
fn fixtures() {
    insta::glob!("fixtures/*.{yaml,json}", |path| {
        let base = path.parent().unwrap();
        let name = path.file_name().unwrap().to_str().unwrap();
        snapshot_all(&fixture_config(base, name));
    });
}

/// The checked-in crate's own configuration: the unhold operation with access keys, bearer
/// tokens and request ids switched on.
#[test]
fn call_automation_unhold_spec() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let config = generator::Config::load(&root.join("specs/codegen.toml"), &root).unwrap();
    insta::with_settings!({snapshot_suffix => "unhold"}, {
        snapshot_all(&config.crates[0]);
    });
}

#[test]
fn generating_twice_gives_identical_bytes() {
    let base = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for name in ["recursion.yaml", "external_ref.yaml", "enums.yaml"] {
        let config = fixture_config(&base, name);
        let first = generator::generate(&config).unwrap();
        let second = generator::generate(&config).unwrap();
        assert_eq!(first, second, "{name}");
    }
}

#[test]
fn every_generated_file_starts_with_the_generated_header() {
    let base = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let (_, files) = generator::generate(&fixture_config(&base, "bodyless.yaml")).unwrap();
    assert_eq!(
        files
            .files
            .iter()
            .map(|f| f.path.as_str())
            .collect::<Vec<_>>(),
        [
            "Cargo.toml",
            "src/lib.rs",
            "src/models.rs",
            "src/client.rs",
            "src/credentials.rs",
            "src/error.rs",
            "src/options.rs",
            "src/runtime.rs"
        ]
    );
    for file in &files.files {
        let first = file.contents.lines().next().unwrap();
        assert!(
            first.starts_with("// @generated from `bodyless.yaml`")
                || first.starts_with("# @generated from `bodyless.yaml`"),
            "{}: {first}",
            file.path
        );
        assert!(first.contains("Do not edit"), "{first}");
        assert!(
            !file.contents.contains(env!("CARGO_MANIFEST_DIR")),
            "{} holds an absolute path",
            file.path
        );
    }
}

#[test]
fn only_the_selected_operations_and_the_types_they_use_are_generated() {
    let base = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut config = fixture_config(&base, "bodyless.yaml");
    config.operations = Some(vec!["Jobs_Cancel".into()]);
    let (api, _) = generator::generate(&config).unwrap();
    assert_eq!(
        api.operations
            .iter()
            .map(|o| o.id.as_str())
            .collect::<Vec<_>>(),
        ["Jobs_Cancel"]
    );
    assert_eq!(api.types.keys().collect::<Vec<_>>(), ["Problem"]);

    let (api, _) = generator::generate(&fixture_config(&base, "recursion.yaml")).unwrap();
    assert!(
        !api.types.contains_key("Unused"),
        "a schema no operation reaches is left out"
    );
}
