//! What generating each fixture warns about (the fixture crates under `tests/crates/` are the
//! code; these are the diagnostics that go with it): examples their schema rejects, example files
//! that are missing, untyped fallbacks, and nothing for specs without such problems.

use std::path::PathBuf;

use generator::CrateConfig;

fn warnings(spec: &str) -> Vec<String> {
    let mut config =
        CrateConfig::standalone(spec.into(), "out".into(), "fixture".into(), None).unwrap();
    config.base = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let (api, _) = generator::generate(&config).unwrap();
    api.warnings.iter().map(ToString::to_string).collect()
}

#[test]
fn examples_their_schema_rejects_and_missing_example_files_are_warnings() {
    let azure = warnings("swagger_azure.json");
    assert_eq!(azure.len(), 2, "{azure:?}");
    assert!(
        azure.iter().any(|w| w.contains("examples/Widgets_Paint.json: this example does not fit its schema (at `/error`: the required property `message` is missing)")),
        "{azure:?}"
    );
    assert!(
        azure
            .iter()
            .any(|w| w.contains("examples/not-there.json: this x-ms-examples entry is not read")),
        "{azure:?}"
    );
    let tagged = warnings("discriminator.yaml");
    assert!(
        tagged.iter().any(|w| w.contains("examples/nameless: this example does not fit its schema (the required property `name` is missing)")),
        "{tagged:?}"
    );
}

#[test]
fn an_enum_of_several_types_is_the_one_untyped_fallback() {
    let enums = warnings("enums.yaml");
    assert_eq!(enums.len(), 1, "{enums:?}");
    assert!(
        enums[0]
            .contains("an enum of values of several types is not typed; typed as any JSON value"),
        "{enums:?}"
    );
}

#[test]
fn specs_without_problems_give_no_warning() {
    for spec in [
        "swagger_globals.json",
        "media_types.yaml",
        "statuses.yaml",
        "param_styles.yaml",
    ] {
        assert_eq!(warnings(spec), Vec::<String>::new(), "{spec}");
    }
}
