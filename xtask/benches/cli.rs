//! The `xtask` binary end to end, process start included: what a user waits for.
//!
//! `cargo bench -p xtask`; figures: `BENCHMARKS.md`.

use std::path::Path;
use std::process::Command;

use divan::Bencher;

fn main() {
    divan::main();
}

fn workspace_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
}

fn run(command: &mut Command) {
    let output = command.output().expect("the xtask binary runs");
    assert!(
        output.status.success(),
        "xtask failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// `cargo xtask codegen --check` on the checked-in crate (the CI step).
#[divan::bench]
fn codegen_check() {
    run(Command::new(env!("CARGO_BIN_EXE_xtask"))
        .current_dir(workspace_root())
        .args(["codegen", "--check"]));
}

/// `cargo xtask codegen --spec` of the unhold spec into an empty directory.
#[divan::bench]
fn codegen_unhold_spec(bencher: Bencher) {
    let spec = workspace_root().join("specs/callautomation/2025-05-15.yaml");
    bencher
        .with_inputs(|| tempfile::tempdir().expect("a temporary directory"))
        .bench_local_values(|dir| {
            run(Command::new(env!("CARGO_BIN_EXE_xtask"))
                .arg("codegen")
                .arg("--spec")
                .arg(&spec)
                .arg("--out")
                .arg(dir.path().join("out"))
                .args(["--crate-name", "unhold"]));
            dir
        });
}
