//! The checked-in Call Automation definitions (`specs/callautomation/2026-03-12.yaml`, which
//! `specs/codegen.toml` generates from, and `2025-05-15.yaml` beside it) have the shape of
//! Azure's published ones: `cargo xtask api-diff` between each and Azure's file of the same
//! api-version, over every operation and every event the configuration selects, finds
//! documentation changes only (the descriptions and examples are the project's own).
//!
//! Azure's definitions are not part of this repository: the tests run where the shared
//! `azure-rest-api-specs` checkout sits next to the project (`../shared/`, as on CI) and say they
//! skipped otherwise.

use std::path::{Path, PathBuf};
use std::process::Command;

const AZURE_DIR: &str = "specification/communication/data-plane/CallAutomation/stable";
const AZURE_FILE: &str = "communicationservicescallautomation.json";

/// The events that 2026-03-12 added: the 2025-05-15 definitions have none of them.
const NEW_IN_2026: [&str; 3] = [
    "IncomingCall",
    "MoveParticipantFailed",
    "MoveParticipantSucceeded",
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn configured_events() -> Vec<String> {
    let root = root().canonicalize().unwrap();
    let config =
        generator::Config::load(&root.join("specs/codegen.toml"), &root).expect("the config");
    let ours = &config.crates[0];
    assert_eq!(
        ours.spec,
        Path::new("specs/callautomation/2026-03-12.yaml"),
        "the crate is generated from the newest definition"
    );
    ours.events
        .as_ref()
        .expect("the crate selects events")
        .schemas
        .clone()
}

/// `api-diff` from Azure's definition of `version` to ours, with `events`: documentation only.
fn has_azure_s_shape(version: &str, events: &[String]) {
    let root = root().canonicalize().unwrap();
    let azure = root
        .join("../shared/azure-rest-api-specs")
        .join(AZURE_DIR)
        .join(version)
        .join(AZURE_FILE);
    if !azure.is_file() {
        eprintln!("skipped: {} is not here (CI has it)", azure.display());
        return;
    }
    // Both files must be inside the root the reader allows: their common ancestor, once links
    // are resolved (`../shared` may be a link to elsewhere).
    let azure = azure.canonicalize().unwrap();
    let spec = root
        .join(format!("specs/callautomation/{version}.yaml"))
        .canonicalize()
        .unwrap();
    let common: PathBuf = azure
        .components()
        .zip(spec.components())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a)
        .collect();
    let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["api-diff", "--spec-root"])
        .arg(&common)
        .arg("--events")
        .arg(events.join(","))
        .arg("--deny-breaking")
        .arg(&azure)
        .arg(&spec)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{report}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // Every operation and every event is compared: one missing on either side would be a
    // breaking or additive change...
    assert!(report.contains(": 0 breaking, 0 additive, "), "{report}");
    // ...and what differs is documentation, which the report lists.
    assert!(report.contains("## Documentation"), "{report}");
    assert!(
        !report.contains("## Breaking") && !report.contains("## Additive"),
        "{report}"
    );
}

#[test]
fn the_2026_03_12_definition_has_the_shape_of_azure_s_published_one() {
    let events = configured_events();
    assert_eq!(events.len(), 39, "every event definition of the API");
    for new in NEW_IN_2026 {
        assert!(events.iter().any(|e| e == new), "{new} is selected");
    }
    has_azure_s_shape("2026-03-12", &events);
}

#[test]
fn the_2025_05_15_definition_has_the_shape_of_azure_s_published_one() {
    let events: Vec<String> = configured_events()
        .into_iter()
        .filter(|e| !NEW_IN_2026.contains(&e.as_str()))
        .collect();
    assert_eq!(events.len(), 36, "every event definition of 2025-05-15");
    has_azure_s_shape("2025-05-15", &events);
}
