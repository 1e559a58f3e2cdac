//! Bad input gives a clear error naming the file and the JSON pointer, never a panic, and never
//! a changed output directory.

use std::path::{Path, PathBuf};

use generator::{CrateConfig, write};

fn config(base: &Path, spec: &str) -> CrateConfig {
    let mut config =
        CrateConfig::standalone(spec.into(), "out".into(), "fixture".into(), None).unwrap();
    config.base = base.to_path_buf();
    config
}

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests")
}

#[test]
fn bad_specs_give_diagnostics() {
    insta::glob!("bad/*", |path| {
        let base = path.parent().unwrap();
        let name = path.file_name().unwrap().to_str().unwrap();
        let error =
            generator::generate(&config(base, name)).expect_err("a bad spec must not generate");
        insta::assert_snapshot!(error.to_string());
    });
}

#[test]
fn diagnostics_name_the_file_and_the_pointer() {
    let base = fixtures().join("bad");
    let message = generator::generate(&config(&base, "dangling_ref.yaml"))
        .unwrap_err()
        .to_string();
    assert!(
        message.starts_with("dangling_ref.yaml#/paths/~1a/get/responses/200/"),
        "{message}"
    );
    assert!(
        message.contains("#/components/schemas/Missing"),
        "{message}"
    );

    let message = generator::generate(&config(&base, "not_yaml.yaml"))
        .unwrap_err()
        .to_string();
    assert!(
        message.starts_with("not_yaml.yaml:"),
        "a parse error has a line and column: {message}"
    );
}

#[test]
fn an_unknown_operation_id_is_named_with_the_ones_that_exist() {
    let mut config = config(&fixtures().join("fixtures"), "bodyless.yaml");
    config.operations = Some(vec!["Jobs_Cancel".into(), "Jobs_Pause".into()]);
    let message = generator::generate(&config).unwrap_err().to_string();
    assert_eq!(
        message,
        "bodyless.yaml#/paths: no operation has the id `Jobs_Pause`; the spec has: Jobs_Cancel, Jobs_Delete"
    );
}

#[test]
fn a_missing_spec_file_is_named() {
    let message = generator::generate(&config(&fixtures(), "no/such.yaml"))
        .unwrap_err()
        .to_string();
    assert!(
        message.starts_with("cannot read no/such.yaml: "),
        "{message}"
    );
}

#[test]
fn an_unwritable_output_leaves_the_previous_output_untouched() {
    let (_, files) =
        generator::generate(&config(&fixtures().join("fixtures"), "bodyless.yaml")).unwrap();
    let out = tempfile::tempdir().unwrap();
    let previous = "[package]\nname = \"mine\"\nversion = \"0.0.9\"\n";
    std::fs::write(out.path().join("Cargo.toml"), previous).unwrap();
    // A file where the generator needs its `src` directory: no file can be written there.
    std::fs::write(out.path().join("src"), "in the way").unwrap();

    let error = write::write(out.path(), &files).unwrap_err().to_string();

    assert!(error.contains("src"), "{error}");
    assert_eq!(
        std::fs::read_to_string(out.path().join("Cargo.toml")).unwrap(),
        previous,
        "not even the version line is set"
    );
    assert_eq!(
        std::fs::read_to_string(out.path().join("src")).unwrap(),
        "in the way"
    );
    let mut left: Vec<_> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    left.sort();
    assert_eq!(
        left,
        ["Cargo.toml", "src"],
        "no temporary file is left behind"
    );
}

#[test]
fn write_replaces_changed_files_removes_extra_ones_and_keeps_the_users() {
    let (_, files) =
        generator::generate(&config(&fixtures().join("fixtures"), "bodyless.yaml")).unwrap();
    let out = tempfile::tempdir().unwrap();
    let first = write::write(out.path(), &files).unwrap();
    assert_eq!(
        first.written.len(),
        files.files.len() + files.starters.len(),
        "a new crate gets its starters"
    );
    assert!(write::check(out.path(), &files).unwrap().is_empty());

    // The user's: the manifest and the root module (with a new dependency and a module of
    // their own), tests, and modules beside the generated one.
    let manifest = std::fs::read_to_string(out.path().join("Cargo.toml")).unwrap();
    let manifest = manifest.replace("[dependencies]\n", "[dependencies]\nitoa = \"1\"\n");
    std::fs::write(out.path().join("Cargo.toml"), &manifest).unwrap();
    std::fs::write(out.path().join("src/lib.rs"), "mod generated;\nmod mine;\n").unwrap();
    std::fs::write(out.path().join("src/mine.rs"), "// hand-written").unwrap();
    std::fs::create_dir(out.path().join("tests")).unwrap();
    std::fs::write(out.path().join("tests/mine.rs"), "hand-written").unwrap();
    assert!(
        write::check(out.path(), &files).unwrap().is_empty(),
        "what the user owns is never stale"
    );

    std::fs::write(out.path().join("src/generated/models.rs"), "edited").unwrap();
    std::fs::remove_file(out.path().join("src/generated/client.rs")).unwrap();
    std::fs::write(out.path().join("src/generated/old.rs"), "left over").unwrap();
    let mut next = files.clone();
    next.version = Some("0.2.0".into());
    let diffs: Vec<String> = write::check(out.path(), &next)
        .unwrap()
        .iter()
        .map(|(kind, path)| format!("{kind}: {path}"))
        .collect();
    assert_eq!(
        diffs,
        [
            "stale: Cargo.toml",
            "missing: src/generated/client.rs",
            "stale: src/generated/models.rs",
            "extra: src/generated/old.rs"
        ]
    );

    let second = write::write(out.path(), &next).unwrap();
    assert_eq!(
        second.written,
        [
            "src/generated/models.rs",
            "src/generated/client.rs",
            "Cargo.toml"
        ]
    );
    assert_eq!(second.removed, ["src/generated/old.rs"]);
    assert!(write::check(out.path(), &next).unwrap().is_empty());
    let read = |p: &str| std::fs::read_to_string(out.path().join(p)).unwrap();
    assert_eq!(
        read("Cargo.toml"),
        // The package's line, not the runtime dependency's requirement of the same number.
        manifest.replacen("version = \"0.1.0\"", "version = \"0.2.0\"", 1),
        "only the version line changes"
    );
    assert_eq!(read("src/lib.rs"), "mod generated;\nmod mine;\n");
    assert_eq!(read("src/mine.rs"), "// hand-written");
    assert_eq!(read("tests/mine.rs"), "hand-written");
}

/// A crate an older generator made (its `Cargo.toml` and every `src/*.rs` under the
/// `@generated` header) is taken over: the starters replace the manifest and the root, and the
/// old generated modules go.
#[test]
fn a_crate_of_the_older_layout_is_taken_over() {
    let (_, files) =
        generator::generate(&config(&fixtures().join("fixtures"), "bodyless.yaml")).unwrap();
    let out = tempfile::tempdir().unwrap();
    std::fs::create_dir(out.path().join("src")).unwrap();
    let old = "// @generated from `bodyless.yaml` by the workspace's OpenAPI generator.\n";
    for path in ["src/lib.rs", "src/client.rs", "src/runtime.rs"] {
        std::fs::write(out.path().join(path), old).unwrap();
    }
    let manifest =
        "# @generated from `bodyless.yaml`\n[package]\nname = \"fixture\"\nversion = \"0.3.0\"\n";
    std::fs::write(out.path().join("Cargo.toml"), manifest).unwrap();
    std::fs::write(out.path().join("src/mine.rs"), "// hand-written").unwrap();

    let diffs: Vec<String> = write::check(out.path(), &files)
        .unwrap()
        .iter()
        .map(|(kind, path)| format!("{kind}: {path}"))
        .collect();
    assert!(
        diffs.contains(&"stale: Cargo.toml".to_string()),
        "{diffs:?}"
    );
    assert!(
        diffs.contains(&"stale: src/lib.rs".to_string()),
        "{diffs:?}"
    );
    assert!(
        diffs.contains(&"extra: src/client.rs".to_string()),
        "{diffs:?}"
    );

    let report = write::write(out.path(), &files).unwrap();
    assert_eq!(report.removed, ["src/client.rs", "src/runtime.rs"]);
    assert_eq!(
        std::fs::read_to_string(out.path().join("Cargo.toml")).unwrap(),
        files.get("Cargo.toml").unwrap()
    );
    assert_eq!(
        std::fs::read_to_string(out.path().join("src/mine.rs")).unwrap(),
        "// hand-written"
    );
    assert!(write::check(out.path(), &files).unwrap().is_empty());
}

#[test]
fn bad_event_settings_are_named() {
    let settings = |schemas: &[&str], common: &[&str]| generator::config::EventSettings {
        name: "WidgetEvent".into(),
        type_prefix: "Contoso.".into(),
        schemas: schemas.iter().map(|s| s.to_string()).collect(),
        common: common.iter().map(|s| s.to_string()).collect(),
    };
    let cases = [
        (
            settings(&["Nowhere"], &[]),
            "`events.schemas` names `Nowhere`, which is not a schema of the spec",
        ),
        (
            settings(&["Size"], &[]),
            "`events.schemas` names `Size`, which is not an object schema",
        ),
        (
            settings(&["WidgetPainted", "WidgetPainted"], &[]),
            "`events.schemas` names `WidgetPainted` twice",
        ),
        (
            settings(&["WidgetPainted"], &["missing"]),
            "`events.common` names `missing`, which no event has",
        ),
    ];
    for (events, expected) in cases {
        let mut config = config(&fixtures().join("fixtures"), "swagger_azure.json");
        config.events = Some(events);
        let message = generator::generate(&config).unwrap_err().to_string();
        assert!(message.contains(expected), "{message}");
    }

    // A property whose type differs from event to event has no one accessor.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("events.yaml"),
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    \
         A: {type: object, properties: {x: {type: string}}}\n    \
         B: {type: object, properties: {x: {type: integer}}}\n",
    )
    .unwrap();
    let mut mixed = config(dir.path(), "events.yaml");
    mixed.events = Some(settings(&["A", "B"], &["x"]));
    let message = generator::generate(&mixed).unwrap_err().to_string();
    assert!(
        message
            .contains("`events.common` names `x`, but the events do not all give it the same type"),
        "{message}"
    );

    for (table, expected) in [
        (
            "name = \"lower\"\nschemas = [\"A\"]",
            "must be a Rust type name",
        ),
        (
            "name = \"Client\"\nschemas = [\"A\"]",
            "is taken by an item the crate exports",
        ),
        (
            "name = \"Events\"\nschemas = []",
            "`events.schemas` is empty",
        ),
    ] {
        let path = dir.path().join("codegen.toml");
        let text = format!(
            "[[crate]]\nspec = \"s.yaml\"\nout = \"out\"\nname = \"x\"\n\n[crate.events]\n{table}\n"
        );
        std::fs::write(&path, text).unwrap();
        let message = generator::config::Config::load(&path, dir.path())
            .unwrap_err()
            .to_string();
        assert!(message.contains(expected), "{message}");
    }
}
