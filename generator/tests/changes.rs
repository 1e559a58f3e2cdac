//! API-change reports between pairs of fixture specs (`fixtures/changes/<pair>/v1.*` → `v2.*`),
//! and the release flow over a crate directory: the version bump, the changelog and `--check`.

use std::path::{Path, PathBuf};

use generator::changes::{Impact, Report};
use generator::{CrateConfig, write};

fn pairs_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/changes")
}

/// The spec of a pair whose file stem is `stem` (`v1` or `v2`), whatever its format.
fn spec(pair: &str, stem: &str) -> PathBuf {
    let dir = pairs_dir().join(pair);
    std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_stem().is_some_and(|s| s == stem))
        .unwrap_or_else(|| panic!("{}: no {stem}.*", dir.display()))
}

fn config(spec: &Path, out: &Path) -> CrateConfig {
    let mut config =
        CrateConfig::standalone(spec.to_path_buf(), out.to_path_buf(), "pets".into(), None)
            .unwrap();
    config.base = PathBuf::from("/");
    config
}

/// The report from `v1` to `v2` of a pair, with the sources named relative to the pairs.
fn report(pair: &str) -> Report {
    let lower = |stem: &str| {
        let spec = spec(pair, stem);
        let rel = spec.strip_prefix(pairs_dir()).unwrap().to_path_buf();
        let mut config = config(&rel, Path::new("unused"));
        config.base = pairs_dir();
        generator::generate(&config).unwrap().0
    };
    Report::between_apis(&lower("v1"), &lower("v2"))
}

fn texts(report: &Report, impact: Impact) -> Vec<String> {
    report
        .changes
        .iter()
        .filter(|c| c.impact == impact)
        .map(|c| c.to_string())
        .collect()
}

fn has(report: &Report, impact: Impact, needle: &str) -> bool {
    texts(report, impact).iter().any(|t| t.contains(needle))
}

#[test]
fn every_pair_has_a_reviewed_report() {
    let mut pairs: Vec<String> = std::fs::read_dir(pairs_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    pairs.sort();
    assert_eq!(
        pairs,
        ["azure", "docs", "formats", "none", "operations", "types"]
    );
    for pair in pairs {
        insta::assert_snapshot!(format!("report_{pair}"), report(&pair).markdown("#"));
    }
}

#[test]
fn reordering_reformatting_and_whitespace_are_no_change() {
    let report = report("none");
    assert!(report.changes.is_empty(), "{:#?}", report.changes);
    assert_eq!(report.bump(), generator::changes::Bump::None);
    assert!(report.markdown("#").contains("no API change"));
}

#[test]
fn description_changes_are_documentation_updates_only() {
    let report = report("docs");
    assert!(!report.changes.is_empty());
    assert!(
        report
            .changes
            .iter()
            .all(|c| c.impact == Impact::Documentation),
        "{:#?}",
        report.changes
    );
    assert_eq!(report.bump(), generator::changes::Bump::Patch);
    for expected in [
        "operation `getItem`: description changed",
        "operation `getItem`, query parameter `expand`: description added",
        "`Item.name`: description removed",
        "type `State`: description added",
    ] {
        assert!(has(&report, Impact::Documentation, expected), "{expected}");
    }
}

#[test]
fn operation_changes_are_classified() {
    let report = report("operations");
    let breaking = [
        "operation `createPet`: renamed `addPet`",
        "operation `listStores`: removed",
        "query parameter `tag`: removed",
        "query parameter `owner`: added as required",
        "query parameter `limit`: type `i32` → `i64`",
        "header parameter `x-trace`: now optional",
        "operation `getPet`: returns `PetDetails` instead of `Pet`",
        "its error body is `Problem` instead of `Error`",
        "operation `addPet`, request body: now optional",
        "operation `feedPet`: required arguments reordered: (`petId`, `food`, `portion`) → (`petId`, `portion`, `food`)",
        "operation `feedPet`: no longer succeeds with status 202",
        "type `Error`: struct removed",
        // The options struct is built with `..Default::default()`, but a literal listing every
        // field would miss the new one (Cargo's SemVer rules).
        "query parameter `sort`: added as optional: `ListPetsOptions.sort`",
    ];
    for expected in breaking {
        assert!(
            has(&report, Impact::Breaking, expected),
            "breaking: {expected}"
        );
    }
    let additive = [
        "operation `adoptPet`: added",
        "operation `deletePet`: deprecated",
        "operation `deletePet`: also succeeds with status 200",
        "operation `legacy`: deprecated",
        "operation `uploadPhoto`, request body: sent as `image/png` instead of `application/octet-stream`",
        "type `PetDetails`: struct added",
    ];
    for expected in additive {
        assert!(
            has(&report, Impact::Additive, expected),
            "additive: {expected}"
        );
    }
    assert!(has(
        &report,
        Impact::Documentation,
        "operation `getPet`: documents the error status `404`"
    ));
    assert_eq!(report.bump(), generator::changes::Bump::Major);
}

/// The same API written in OpenAPI 3.0 and in 3.1: the format is no API change.
#[test]
fn a_30_and_a_31_version_of_one_api_differ_in_nothing() {
    let report = report("formats");
    assert!(report.changes.is_empty(), "{:?}", report.changes);
}

#[test]
fn type_changes_are_classified() {
    let report = report("types");
    let breaking = [
        "`Thing.size`: now optional: `i32` → `Option<i32>`",
        "`Thing.label`: now required: `Option<String>` → `String`",
        "`Thing.weight`: type `Option<f32>` → `Option<f64>`",
        "`Thing.old_field`: field removed",
        "renamed in Rust: `display_name` → `title`",
        "`Thing.serial`: required field added (`String`)",
        "`Thing.legacy`: type `Option<Legacy>` → `Option<String>`",
        "type `Legacy`: struct removed",
        "type `Owner`: no longer implements `Default`",
        "`Owner.mood`: required field added",
        "`Color::Blue` (`blue`): value removed",
        "`Mood::Bored` (`bored`): value added to a closed enum",
        "`ValueModel::Boolean`: variant added (`bool`) to an untagged union",
        // `Thing` implements `Default` and is not `#[non_exhaustive]`: a struct literal that
        // lists every field misses the new one.
        "`Thing.tags`: optional field added (`Option<Vec<String>>`) to a struct that is not `#[non_exhaustive]`",
    ];
    for expected in breaking {
        assert!(
            has(&report, Impact::Breaking, expected),
            "breaking: {expected}"
        );
    }
    let additive = [
        // A struct without `Default` is built with `new`: an optional field does not break it.
        "`Report.score`: optional field added (`Option<f64>`)",
        "`Color::Purple` (`purple`): value added",
        "`Shape::Triangle` (`Triangle`): variant added (`Triangle`)",
        "type `Triangle`: struct added",
    ];
    for expected in additive {
        assert!(
            has(&report, Impact::Additive, expected),
            "additive: {expected}"
        );
    }
}

#[test]
fn azure_extension_changes_are_classified() {
    let report = report("azure");
    assert_eq!(report.from.api_version, "2024-09-15");
    assert_eq!(report.to.api_version, "2025-05-15");
    for expected in [
        "client parameter `api-version`: default `2024-09-15` → `2025-05-15`",
        "client parameter `region`: added (builder setter `region`, default `westus`)",
        "operation `Widgets_Create`: the final result is read via `azure-async-operation` instead of `original-uri`",
        "credential `api_key`: added (API key in the `x-api-key` header)",
    ] {
        assert!(
            has(&report, Impact::Additive, expected),
            "additive: {expected}"
        );
    }
    for expected in [
        "operation `Gadgets_List`: no longer pageable: `gadgets_list_stream` is gone",
        "operation `Widgets_Delete`: long-running: the call now waits",
        "type `Finish`: now closed",
    ] {
        assert!(
            has(&report, Impact::Breaking, expected),
            "breaking: {expected}"
        );
    }
}

/// Generates `spec` into `out` over what is there, as `cargo xtask codegen` does.
fn regenerate(spec: &Path, out: &Path, pin: Option<&str>) -> generator::Generated {
    let mut config = config(spec, out);
    config.version = pin.map(str::to_string);
    let previous = generator::read_previous(out).unwrap();
    let generated = generator::regenerate(&config, &previous).unwrap();
    write::write(out, &generated.files).unwrap();
    generated
}

fn cargo_version(out: &Path) -> String {
    let text = std::fs::read_to_string(out.join("Cargo.toml")).unwrap();
    let toml: toml::Table = toml::from_str(&text).unwrap();
    toml["package"]["version"].as_str().unwrap().to_string()
}

#[test]
fn each_generation_bumps_the_version_the_changes_call_for_and_logs_them() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("pets");

    let first = regenerate(&spec("operations", "v1"), &out, None);
    assert_eq!(first.release.version, "0.1.0");
    assert!(first.release.report.is_none());
    assert_eq!(cargo_version(&out), "0.1.0");

    // Breaking changes below 1.0.0: the minor number.
    let second = regenerate(&spec("operations", "v2"), &out, None);
    assert_eq!(second.release.previous_version.as_deref(), Some("0.1.0"));
    assert_eq!(second.release.version, "0.2.0");
    assert_eq!(cargo_version(&out), "0.2.0");
    assert!(second.release.summary().contains("version 0.1.0 → 0.2.0"));

    // The same spec again: nothing changes, and the crate is fresh.
    let again = regenerate(&spec("operations", "v2"), &out, None);
    assert_eq!(again.release.version, "0.2.0");
    assert!(again.release.report.as_ref().unwrap().changes.is_empty());
    let previous = generator::read_previous(&out).unwrap();
    let check = generator::regenerate(&config(&spec("operations", "v2"), &out), &previous).unwrap();
    assert_eq!(write::check(&out, &check.files).unwrap(), []);

    // A spec that is one step further is stale until regenerated.
    let stale = generator::regenerate(&config(&spec("docs", "v1"), &out), &previous).unwrap();
    let diffs = write::check(&out, &stale.files).unwrap();
    assert!(
        diffs.iter().any(|(_, p)| p == "CHANGELOG.md")
            && diffs.iter().any(|(_, p)| p == "api-surface.json"),
        "{diffs:?}"
    );

    let changelog = std::fs::read_to_string(out.join("CHANGELOG.md")).unwrap();
    insta::assert_snapshot!("changelog_after_two_versions", changelog);
    let sections: Vec<&str> = changelog.lines().filter(|l| l.starts_with("## ")).collect();
    assert_eq!(
        sections,
        [
            "## 0.2.0: api-version 2025-01-01",
            "## 0.1.0: api-version 2024-01-01"
        ]
    );
}

#[test]
fn documentation_changes_bump_the_patch_and_a_pin_wins() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("items");
    regenerate(&spec("docs", "v1"), &out, None);
    let docs = regenerate(&spec("docs", "v2"), &out, None);
    assert_eq!(docs.release.version, "0.1.1");

    // Pinned: the configuration's version is written, and the suggestion is reported.
    let pinned = regenerate(&spec("docs", "v1"), &out, Some("3.0.0"));
    assert_eq!(pinned.release.version, "3.0.0");
    assert_eq!(pinned.release.suggested, "0.1.2");
    assert!(
        pinned.release.summary().contains("pinned"),
        "{}",
        pinned.release.summary()
    );
    let changelog = std::fs::read_to_string(out.join("CHANGELOG.md")).unwrap();
    assert!(changelog.contains("## 3.0.0: api-version 1\n\nThe configuration pins the version; these changes call for 0.1.2."));
    assert_eq!(cargo_version(&out), "3.0.0");
    // The pin is the base of the next bump once it is lifted.
    let after = regenerate(&spec("docs", "v2"), &out, None);
    assert_eq!(after.release.version, "3.0.1");
}

/// A generator update that maps the same surface to other Rust types (optional nullable
/// properties became `Option<Option<T>>`) is reported against a surface written under the
/// older rules, which do not name their rules.
#[test]
fn a_change_of_the_generator_s_type_rules_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("gadgets");
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/swagger_globals.json");
    regenerate(&spec, &out, None);
    let path = out.join("api-surface.json");
    let mut surface: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(surface["rules"], 4);
    surface.as_object_mut().unwrap().remove("rules");
    std::fs::write(&path, serde_json::to_string_pretty(&surface).unwrap()).unwrap();

    let again = regenerate(&spec, &out, None);
    let report = again.release.report.as_ref().unwrap();
    for needle in [
        "`Gadget.note`: type `Option<String>` → `Option<Option<String>>`",
        "`Labels.color`: type `Option<String>` → `Option<Option<String>>`",
        "every operation: now returns its body in a `Response`",
    ] {
        assert!(
            has(report, Impact::Breaking, needle),
            "{needle}: {:?}",
            texts(report, Impact::Breaking)
        );
    }
    assert_eq!(report.changes.len(), 3, "{:?}", report.changes);
    assert_eq!(again.release.version, "0.2.0");
}

/// Rules 4: a struct without `Default` became `#[non_exhaustive]` with `new`, which breaks the
/// struct literals written under rules 3 (once), and from then on lets optional fields come.
#[test]
fn structs_without_default_becoming_non_exhaustive_is_reported_once() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("items");
    let spec = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/enums.yaml");
    regenerate(&spec, &out, None);
    let path = out.join("api-surface.json");
    let mut surface: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    surface["rules"] = 3.into();
    std::fs::write(&path, serde_json::to_string_pretty(&surface).unwrap()).unwrap();

    let again = regenerate(&spec, &out, None);
    let report = again.release.report.as_ref().unwrap();
    assert_eq!(
        texts(report, Impact::Breaking),
        [
            "type `Item`: now `#[non_exhaustive]`: built with `new` (its required fields) and then its optional fields set, instead of a struct literal"
        ]
    );
    let third = regenerate(&spec, &out, None);
    assert!(
        third
            .release
            .report
            .as_ref()
            .is_none_or(|r| r.changes.is_empty())
    );
}

#[test]
fn a_crate_generated_before_surfaces_were_kept_starts_from_its_cargo_version() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("old");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(
        out.join("Cargo.toml"),
        "[package]\nname = \"pets\"\nversion = \"1.4.2\"\n",
    )
    .unwrap();
    let first = regenerate(&spec("operations", "v1"), &out, None);
    assert_eq!(first.release.version, "1.4.2");
    let second = regenerate(&spec("operations", "v2"), &out, None);
    assert_eq!(second.release.version, "2.0.0");
}

#[test]
fn hand_edits_of_older_changelog_sections_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("pets");
    regenerate(&spec("types", "v1"), &out, None);
    let path = out.join("CHANGELOG.md");
    let edited = std::fs::read_to_string(&path).unwrap() + "\nA note by hand.\n";
    std::fs::write(&path, &edited).unwrap();
    regenerate(&spec("types", "v2"), &out, None);
    let changelog = std::fs::read_to_string(&path).unwrap();
    assert!(changelog.contains("## 0.2.0: api-version 2"));
    assert!(
        changelog.trim_end().ends_with("A note by hand."),
        "{changelog}"
    );
}

#[test]
fn a_damaged_surface_is_an_error_that_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("pets");
    regenerate(&spec("types", "v1"), &out, None);
    let path = out.join("api-surface.json");
    for (text, says) in [
        ("{ not json", "not JSON"),
        ("{\"format\": 99}", "its format is 99"),
        ("{\"format\": 1, \"operations\": 3}", "invalid type"),
    ] {
        std::fs::write(&path, text).unwrap();
        let message = generator::read_previous(&out).unwrap_err().to_string();
        assert!(message.contains("api-surface.json"), "{message}");
        assert!(message.contains(says), "{message}");
        assert!(message.contains("delete it"), "{message}");
    }
}

/// A change inside a schema that a hand-written type stands for (`replace`) reaches users only
/// through that type, which the generator does not write: the report lists it for review, and it
/// calls for no version of its own.
#[test]
fn changes_behind_a_replaced_schema_are_listed_for_review() {
    let dir = tempfile::tempdir().unwrap();
    let spec = |owner_required: &str| {
        format!(
            r##"openapi: 3.0.3
info: {{title: accounts, version: "1"}}
paths:
  /accounts/{{id}}:
    get:
      operationId: getAccount
      parameters: [{{name: id, in: path, required: true, schema: {{type: string}}}}]
      responses:
        "200": {{description: ok, content: {{application/json: {{schema: {{$ref: "#/components/schemas/Account"}}}}}}}}
components:
  schemas:
    Account:
      type: object
      description: An account.
      properties:
        id: {{type: string}}
        owner: {{$ref: "#/components/schemas/Owner"}}
    Owner:
      type: object
      {owner_required}
      properties:
        name: {{type: string, description: The owner's name.}}
"##
        )
    };
    let (v1, v2) = (dir.path().join("v1.yaml"), dir.path().join("v2.yaml"));
    std::fs::write(&v1, spec("")).unwrap();
    std::fs::write(&v2, spec("required: [name]")).unwrap();
    let out = dir.path().join("accounts");
    let run = |spec: &Path| {
        let mut config = config(spec, &out);
        config.replace = [("Account".to_string(), "crate::Account".to_string())].into();
        let previous = generator::read_previous(&out).unwrap();
        let generated = generator::regenerate(&config, &previous).unwrap();
        write::write(&out, &generated.files).unwrap();
        generated
    };
    assert_eq!(run(&v1).release.version, "0.1.0");
    let second = run(&v2);
    let report = second.release.report.as_ref().unwrap();
    assert_eq!(
        texts(report, Impact::Review),
        ["`Owner.name` behind `crate::Account` (`replace` of `Account`): now required"]
    );
    assert_eq!(report.changes.len(), 1, "{:?}", report.changes);
    assert_eq!(second.release.version, "0.1.0", "no version of its own");
    assert!(
        second
            .release
            .summary()
            .contains("0 breaking, 0 additive, 0 documentation; 1 behind hand-written types"),
        "{}",
        second.release.summary()
    );
    let changelog = std::fs::read_to_string(out.join("CHANGELOG.md")).unwrap();
    assert!(
        changelog.contains(
            "### Behind hand-written types (review them)\n\n- `Owner.name` behind `crate::Account`"
        ),
        "{changelog}"
    );
}
