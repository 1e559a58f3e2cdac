//! The checked-in `generated/` is what the generator makes of `specs/` today, so `cargo test`
//! alone catches a spec or generator change that was not regenerated.

use std::path::PathBuf;

use generator::{Config, Mode, Outcome};

#[test]
fn checked_in_generated_code_is_fresh() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    for krate in &Config::load_workspace(&root).unwrap() {
        // As `cargo xtask codegen --check` does: over the previous generation's API surface, so
        // that the version and changelog are compared too.
        let (_, outcome) = generator::run(krate, Mode::Check, false).unwrap();
        let Outcome::Checked(diffs) = outcome else {
            panic!("a check compares: {outcome:?}");
        };
        assert!(
            diffs.is_empty(),
            "{} is out of date ({}); run `cargo xtask codegen` and commit the result",
            krate.out.display(),
            diffs
                .iter()
                .map(|(kind, path)| format!("{kind}: {path}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
}
