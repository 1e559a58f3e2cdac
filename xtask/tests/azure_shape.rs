//! The checked-in Call Automation definition (`specs/callautomation/2025-05-15.yaml`) has the
//! shape of Azure's published one: `cargo xtask api-diff` between the two, over every operation
//! and every callback event the configuration selects, finds documentation changes only (the
//! descriptions and examples are the project's own words).
//!
//! Azure's definition is not part of this repository: the test runs where the shared
//! `azure-rest-api-specs` checkout sits next to the project (`../shared/`, as on CI) and says it
//! skipped otherwise.

use std::path::{Path, PathBuf};
use std::process::Command;

const AZURE: &str = "specification/communication/data-plane/CallAutomation/stable/2025-05-15/\
                     communicationservicescallautomation.json";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[test]
fn the_definition_has_the_shape_of_azure_s_published_one() {
    let root = root().canonicalize().unwrap();
    let azure_root = root.join("../shared/azure-rest-api-specs");
    let azure = azure_root.join(AZURE);
    if !azure.is_file() {
        eprintln!("skipped: {} is not here (CI has it)", azure.display());
        return;
    }
    let config =
        generator::Config::load(&root.join("specs/codegen.toml"), &root).expect("the config");
    let ours = &config.crates[0];
    let events = ours.events.as_ref().expect("the crate selects events");
    assert_eq!(
        events.schemas.len(),
        36,
        "every event definition of the API"
    );
    // Both files must be inside the root the reader allows: their common ancestor, once links
    // are resolved (`../shared` may be a link to elsewhere).
    let azure = azure.canonicalize().unwrap();
    let spec = root.join(&ours.spec).canonicalize().unwrap();
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
        .arg(events.schemas.join(","))
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
