//! `cargo xtask codegen` as users run it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn xtask(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("xtask runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn check_passes_on_the_checked_in_crate_and_writes_nothing() {
    let out = xtask(&["codegen", "--check"], &root());
    assert!(
        out.status.success(),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    let stdout = text(&out.stdout);
    let manifest = std::fs::read_to_string(root().join("generated/Cargo.toml")).unwrap();
    let version = manifest
        .lines()
        .find_map(|l| l.strip_prefix("version = \""))
        .and_then(|v| v.strip_suffix('"'))
        .unwrap();
    let expected = format!(
        "acs-call-automation: API changes: no API change; version {version} (unchanged)\nacs-call-automation: 34 operations, 134 types, 39 events, 0 warnings (0 untyped fallbacks); fresh; checked in "
    );
    assert!(stdout.starts_with(&expected), "{stdout}");
}

#[test]
fn check_lists_stale_missing_and_extra_files_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    let spec = root().join("generator/tests/fixtures/bodyless.yaml");
    let args = |check: bool| {
        let mut a = vec![
            "codegen",
            "--spec",
            spec.to_str().unwrap(),
            "--out",
            "crate",
            "--crate-name",
            "jobs",
        ];
        if check {
            a.push("--check");
        }
        a.into_iter().map(String::from).collect::<Vec<_>>()
    };
    let run = |check: bool| {
        let a = args(check);
        xtask(
            &a.iter().map(String::as_str).collect::<Vec<_>>(),
            dir.path(),
        )
    };
    let written = run(false);
    assert!(written.status.success(), "{}", text(&written.stderr));
    let summary = text(&written.stdout);
    assert!(
        summary.contains(
            "\njobs: 2 operations, 1 types, 0 warnings (0 untyped fallbacks); 7 files written, 0 unchanged, 0 removed in "
        ),
        "{summary}"
    );
    assert!(run(true).status.success());

    std::fs::write(
        dir.path().join("crate/src/generated/models.rs"),
        "// edited",
    )
    .unwrap();
    std::fs::remove_file(dir.path().join("crate/Cargo.toml")).unwrap();
    std::fs::write(dir.path().join("crate/src/generated/stray.rs"), "").unwrap();
    // Beside the generated module: the user's, never reported.
    std::fs::write(dir.path().join("crate/src/mine.rs"), "").unwrap();
    let checked = run(true);
    assert_eq!(checked.status.code(), Some(1));
    let stdout = text(&checked.stdout);
    assert!(stdout.contains("missing: crate/Cargo.toml\n"), "{stdout}");
    assert!(
        stdout.contains("stale: crate/src/generated/models.rs\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("extra: crate/src/generated/stray.rs\n"),
        "{stdout}"
    );
    assert!(!stdout.contains("mine.rs"), "{stdout}");
    assert!(text(&checked.stderr).contains("run `cargo xtask codegen`"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("crate/src/generated/models.rs")).unwrap(),
        "// edited"
    );

    let again = run(false);
    let summary = text(&again.stdout);
    assert!(
        summary.contains("2 files written, 4 unchanged, 1 removed"),
        "{summary}"
    );
    assert!(run(true).status.success());
}

#[test]
fn bad_arguments_and_bad_specs_fail_clearly_without_writing() {
    let dir = tempfile::tempdir().unwrap();
    let missing_out = xtask(
        &["codegen", "--spec", "x.yaml", "--crate-name", "x"],
        dir.path(),
    );
    assert_eq!(missing_out.status.code(), Some(2));
    assert!(
        text(&missing_out.stderr).contains("--out"),
        "{}",
        text(&missing_out.stderr)
    );

    let spec = root().join("generator/tests/fixtures/bodyless.yaml");
    // A name cargo refuses, and one of a dependency (which the crate could not name then).
    for (name, message) in [
        ("9 lives", "`9 lives` is not a valid crate name"),
        (
            "percent-encoding",
            "the crate name `percent-encoding` is taken",
        ),
    ] {
        let refused = xtask(
            &[
                "codegen",
                "--spec",
                spec.to_str().unwrap(),
                "--out",
                "o",
                "--crate-name",
                name,
            ],
            dir.path(),
        );
        assert_eq!(refused.status.code(), Some(1));
        assert!(
            text(&refused.stderr).contains(message),
            "{}",
            text(&refused.stderr)
        );
    }
    assert!(!dir.path().join("o").exists());

    let bad_spec = root().join("generator/tests/bad/dangling_ref.yaml");
    let failed = xtask(
        &[
            "codegen",
            "--spec",
            bad_spec.to_str().unwrap(),
            "--out",
            "o",
            "--crate-name",
            "x",
        ],
        dir.path(),
    );
    assert_eq!(failed.status.code(), Some(1));
    let stderr = text(&failed.stderr);
    assert!(
        stderr.starts_with("error: dangling_ref.yaml#/paths/~1a/get/responses/200/"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");

    // --strict: the discriminator fixture has an example its schema rejects.
    let warned = root().join("generator/tests/fixtures/discriminator.yaml");
    let strict = xtask(
        &[
            "codegen",
            "--strict",
            "--spec",
            warned.to_str().unwrap(),
            "--out",
            "strict",
            "--crate-name",
            "x",
        ],
        dir.path(),
    );
    assert_eq!(strict.status.code(), Some(1));
    let stderr = text(&strict.stderr);
    assert!(stderr.contains("warning: "), "{stderr}");
    assert!(
        stderr.contains(
            "error: x: --strict turns the 1 warning(s) above into errors; nothing was written"
        ),
        "{stderr}"
    );
    assert!(!dir.path().join("strict").exists());

    // Fallbacks to untyped JSON are counted apart in the summary line.
    let untyped = dir.path().join("untyped.yaml");
    std::fs::write(
        &untyped,
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: a\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {not: {type: string}}\n",
    )
    .unwrap();
    let counted = xtask(
        &[
            "codegen",
            "--spec",
            untyped.to_str().unwrap(),
            "--out",
            "untyped",
            "--crate-name",
            "x",
        ],
        dir.path(),
    );
    assert!(counted.status.success(), "{}", text(&counted.stderr));
    assert!(
        text(&counted.stdout).contains("types, 1 warnings (1 untyped fallbacks);"),
        "{}",
        text(&counted.stdout)
    );

    let unknown_op = xtask(
        &[
            "codegen",
            "--spec",
            spec.to_str().unwrap(),
            "--out",
            "o",
            "--crate-name",
            "x",
            "--operations",
            "Nope",
        ],
        dir.path(),
    );
    assert_eq!(unknown_op.status.code(), Some(1));
    assert!(text(&unknown_op.stderr).contains("no operation has the id `Nope`"));
    assert!(!dir.path().join("o").exists(), "nothing was written");
}

/// Regenerating after a spec change prints the API changes and bumps the version; `api-diff`
/// prints the report for any two specs without writing anything.
#[test]
fn api_changes_are_reported_by_codegen_and_api_diff() {
    let dir = tempfile::tempdir().unwrap();
    let pairs = root().join("generator/tests/fixtures/changes");
    let (v1, v2) = (
        pairs.join("operations/v1.yaml"),
        pairs.join("operations/v2.yaml"),
    );
    let codegen = |spec: &Path| {
        let out = xtask(
            &[
                "codegen",
                "--spec",
                spec.to_str().unwrap(),
                "--out",
                "pets",
                "--crate-name",
                "pets",
            ],
            dir.path(),
        );
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stdout)
    };
    let first = codegen(&v1);
    assert!(
        first.contains("pets: version 0.1.0 (no previous API surface to compare with)"),
        "{first}"
    );
    let second = codegen(&v2);
    assert!(
        second.contains(
            "pets: API changes: 13 breaking, 7 additive, 1 documentation; version 0.1.0 → 0.2.0"
        ),
        "{second}"
    );
    let manifest = std::fs::read_to_string(dir.path().join("pets/Cargo.toml")).unwrap();
    assert!(
        manifest.contains("\nversion = \"0.2.0\"\n"),
        "the version line follows: {manifest}"
    );
    let changelog = std::fs::read_to_string(dir.path().join("pets/CHANGELOG.md")).unwrap();
    assert!(
        changelog.contains("## 0.2.0: api-version 2025-01-01"),
        "{changelog}"
    );
    let third = codegen(&v2);
    assert!(
        third.contains("pets: API changes: no API change; version 0.2.0 (unchanged)"),
        "{third}"
    );
    assert!(third.contains("0 files written"), "{third}");

    let before = std::fs::read_dir(dir.path()).unwrap().count();
    let diff = |args: &[&str]| xtask(&[&["api-diff"], args].concat(), dir.path());
    let report = diff(&[v1.to_str().unwrap(), v2.to_str().unwrap()]);
    assert!(report.status.success(), "{}", text(&report.stderr));
    let stdout = text(&report.stdout);
    assert!(
        stdout.starts_with("# API changes\n\napi-version 2024-01-01 → 2025-01-01"),
        "{stdout}"
    );
    assert!(
        stdout.contains("\n## Breaking\n\n- operation `createPet`: renamed `addPet`"),
        "{stdout}"
    );
    assert!(stdout.contains("\n## Additive\n"), "{stdout}");
    assert!(
        stdout.contains("These changes call for a major version"),
        "{stdout}"
    );
    let denied = diff(&[
        "--deny-breaking",
        v1.to_str().unwrap(),
        v2.to_str().unwrap(),
    ]);
    assert_eq!(denied.status.code(), Some(1));
    assert!(text(&denied.stderr).contains("error: 13 breaking change(s)"));
    // Operations (and events) are selected on each side where that side has them: one only
    // the new spec has is added, one only the old spec has is removed; a name neither has is
    // an error.
    let some = diff(&[
        "--operations",
        "adoptPet,listStores",
        v1.to_str().unwrap(),
        v2.to_str().unwrap(),
    ]);
    assert!(some.status.success(), "{}", text(&some.stderr));
    let stdout = text(&some.stdout);
    assert!(stdout.contains("- operation `adoptPet`: added"), "{stdout}");
    assert!(
        stdout.contains("- operation `listStores`: removed"),
        "{stdout}"
    );
    assert!(!stdout.contains("createPet"), "{stdout}");
    let neither = diff(&[
        "--operations",
        "adoptPet,nothing",
        v1.to_str().unwrap(),
        v2.to_str().unwrap(),
    ]);
    assert_eq!(neither.status.code(), Some(1));
    assert!(
        text(&neither.stderr)
            .contains("`--operations` names `nothing`, which is no operation of either spec"),
        "{}",
        text(&neither.stderr)
    );
    let none = (pairs.join("none/v1.yaml"), pairs.join("none/v2.json"));
    let same = diff(&[
        "--deny-breaking",
        none.0.to_str().unwrap(),
        none.1.to_str().unwrap(),
    ]);
    assert!(same.status.success());
    assert!(text(&same.stdout).contains("no API change"));
    let missing = diff(&[v1.to_str().unwrap(), "no-such.yaml"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        text(&missing.stderr).contains("no-such.yaml"),
        "{}",
        text(&missing.stderr)
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        before,
        "api-diff writes nothing"
    );
}

/// A `--spec --out` crate builds on its own, wherever it is written: its starting manifest
/// names the runtime crate by a path from the output directory and makes it a workspace of its
/// own. (The crates of every fixture are checked in as crates of this workspace, where clippy,
/// rustdoc and their tests build them; these are the two shapes a user gets from the command
/// line: an OpenAPI 3.0 definition, and a Swagger 2.0 one with pages and a long-running call.)
/// Their dependencies include no proc macro, the cheapest build a user's `cargo check` can get.
#[test]
fn standalone_crates_build_on_their_own() {
    let dir = tempfile::tempdir().unwrap();
    // Shared by the crates and kept between runs, so dependencies are checked once.
    let target = root().join("target/fixture-check");
    for (spec, name) in [
        ("specs/callautomation/2026-03-12.yaml", "standalone_calls"),
        (
            "generator/tests/fixtures/swagger_azure.json",
            "standalone_widgets",
        ),
    ] {
        let out = dir.path().join(name);
        let generated = xtask(
            &[
                "codegen",
                "--spec",
                root().join(spec).to_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
                "--crate-name",
                name,
            ],
            dir.path(),
        );
        assert!(
            generated.status.success(),
            "{spec}: {}",
            text(&generated.stderr)
        );
        let manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap();
        assert!(manifest.contains("\n[workspace]\n"), "{manifest}");
        assert!(
            manifest.contains("\nidna_adapter = \"~1.1\"\n"),
            "{manifest}"
        );
        assert!(manifest.contains("\nserde = \"1\"\n"), "{manifest}");
        // By version (which `cargo publish` keeps) and by the checkout's path (which it builds
        // from here).
        assert!(
            manifest.contains("openapi-client-runtime = { version = \"0.1.0\", path = \""),
            "{manifest}"
        );
        // The workspace's lock file pins the versions the workspace was tested with.
        std::fs::copy(root().join("Cargo.lock"), out.join("Cargo.lock")).unwrap();
        let result = Command::new(env!("CARGO"))
            .args(["check", "--quiet", "--all-targets"])
            .current_dir(&out)
            .env("CARGO_TARGET_DIR", &target)
            .output()
            .unwrap();
        assert!(
            result.status.success(),
            "cargo check on {spec}:\n{}",
            text(&result.stderr)
        );
        // Nothing to warn about, the runtime (a path dependency, whose warnings cargo shows)
        // included: the workspace's lock has rustls 0.23.48, which deprecates what the runtime
        // calls on purpose.
        assert!(
            !text(&result.stderr).contains("warning"),
            "cargo check on {spec} warns:\n{}",
            text(&result.stderr)
        );
        // No proc macro to build first: generated code derives nothing of serde, and the
        // starting manifest picks the unicode-rs back end of `idna` (`idna_adapter` 1.1).
        let tree = Command::new(env!("CARGO"))
            .args(["tree", "--edges", "normal", "--prefix", "none"])
            .current_dir(&out)
            .env("CARGO_TARGET_DIR", &target)
            .output()
            .unwrap();
        let listed = text(&tree.stdout);
        assert!(tree.status.success(), "{}", text(&tree.stderr));
        assert!(listed.contains("idna_adapter v1.1."), "{listed}");
        assert!(!listed.contains("(proc-macro)"), "{listed}");
    }
}

/// `--out` naming a crate the generator did not make is refused, and nothing of it changes;
/// `--force` adds the generated module and keeps the user's manifest and root.
#[test]
fn an_output_directory_the_generator_did_not_make_is_refused_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let mine = dir.path().join("mine");
    std::fs::create_dir_all(mine.join("src")).unwrap();
    let manifest = "[package]\nname = \"mine\"\nversion = \"3.1.4\"\nedition = \"2024\"\n";
    std::fs::write(mine.join("Cargo.toml"), manifest).unwrap();
    std::fs::write(mine.join("src/lib.rs"), "pub fn mine() {}\n").unwrap();
    std::fs::write(mine.join("CHANGELOG.md"), "# My history\n").unwrap();
    let spec = root().join("generator/tests/fixtures/bodyless.yaml");
    let args = |force: bool| {
        let mut a = vec![
            "codegen",
            "--spec",
            spec.to_str().unwrap(),
            "--out",
            "mine",
            "--crate-name",
            "mine",
        ];
        if force {
            a.push("--force");
        }
        a.into_iter().map(str::to_owned).collect::<Vec<_>>()
    };
    let run = |force| {
        let args = args(force);
        xtask(
            &args.iter().map(String::as_str).collect::<Vec<_>>(),
            dir.path(),
        )
    };
    let refused = run(false);
    assert!(!refused.status.success());
    let stderr = text(&refused.stderr);
    assert!(
        stderr.contains("did not make") && stderr.contains("--force"),
        "{stderr}"
    );
    let listing = |p: &Path| {
        let mut names: Vec<String> = std::fs::read_dir(p)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    assert_eq!(listing(&mine), ["CHANGELOG.md", "Cargo.toml", "src"]);
    assert_eq!(listing(&mine.join("src")), ["lib.rs"]);
    assert_eq!(
        std::fs::read_to_string(mine.join("Cargo.toml")).unwrap(),
        manifest
    );

    let forced = run(true);
    assert!(forced.status.success(), "{}", text(&forced.stderr));
    assert!(mine.join("src/generated/mod.rs").is_file());
    assert_eq!(
        std::fs::read_to_string(mine.join("src/lib.rs")).unwrap(),
        "pub fn mine() {}\n"
    );
    // Once the generator's, the crate is regenerated without `--force`.
    let again = run(false);
    assert!(again.status.success(), "{}", text(&again.stderr));
}

/// What a spec cannot say about its client comes as flags: the Call Automation spec generated
/// standalone gets the checked-in crate's request ids, access-key signing and token scope.
#[test]
fn client_settings_come_as_flags_for_standalone_crates() {
    let dir = tempfile::tempdir().unwrap();
    let spec = root().join("specs/callautomation/2026-03-12.yaml");
    let run = |out: &str, flags: &[&str]| {
        let mut args = vec![
            "codegen",
            "--spec",
            spec.to_str().unwrap(),
            "--out",
            out,
            "--crate-name",
            "calls",
        ];
        args.extend_from_slice(flags);
        let output = xtask(&args, dir.path());
        assert!(output.status.success(), "{}", text(&output.stderr));
        std::fs::read_to_string(dir.path().join(out).join("src/generated/client.rs")).unwrap()
    };
    let plain = run("plain", &[]);
    let configured = run(
        "configured",
        &[
            "--request-id-header",
            "x-ms-client-request-id",
            "--access-key",
            "--token-scope",
            "https://communication.azure.com//.default",
        ],
    );
    for expected in [
        "request_id_header: Some(\"x-ms-client-request-id\")",
        "pub fn from_connection_string(",
        "scopes: &[\"https://communication.azure.com//.default\"]",
    ] {
        assert!(configured.contains(expected), "{expected}");
        assert!(!plain.contains(expected), "{expected}");
    }
    // The same client as the checked-in crate's.
    let checked_in =
        std::fs::read_to_string(root().join("generated/src/generated/client.rs")).unwrap();
    let body = |text: &str| {
        text.split_once('\n')
            .map(|(_, rest)| rest.to_owned())
            .unwrap()
    };
    assert_eq!(body(&configured), body(&checked_in));
}

/// The generator installs on its own (`cargo install --path generator --features cli`, as from
/// a clean checkout), its `openapi-client-gen` binary has `codegen`, and a crate it makes with
/// `--runtime version` builds from the runtime as `cargo package` packs it (the unpacked package,
/// given to the crate as a `[patch]` of crates.io), not from this checkout's sources.
#[test]
fn the_installed_generator_makes_crates_that_build_on_the_packaged_runtime() {
    let dir = tempfile::tempdir().unwrap();
    // Its own target directory: the one of the running `cargo test` is locked.
    let target = root().join("target/install-check");
    let install = dir.path().join("install");
    let installed = Command::new(env!("CARGO"))
        .args([
            "install",
            "--quiet",
            "--path",
            "generator",
            "--features",
            "cli",
        ])
        .args(["--debug", "--locked", "--root"])
        .arg(&install)
        .current_dir(root())
        .env("CARGO_TARGET_DIR", &target)
        .output()
        .unwrap();
    assert!(installed.status.success(), "{}", text(&installed.stderr));
    let binary = install.join(format!(
        "bin/openapi-client-gen{}",
        std::env::consts::EXE_SUFFIX
    ));

    let out = dir.path().join("widgets");
    let spec = root().join("generator/tests/fixtures/swagger_azure.json");
    let generated = Command::new(&binary)
        .args(["codegen", "--spec", spec.to_str().unwrap(), "--out"])
        .arg(&out)
        .args(["--crate-name", "widgets", "--runtime", "version"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(generated.status.success(), "{}", text(&generated.stderr));
    assert!(
        text(&generated.stdout).contains("widgets: 4 operations"),
        "{}",
        text(&generated.stdout)
    );
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap();
    assert!(
        manifest
            .contains("openapi-client-runtime = { version = \"0.1.0\", default-features = false"),
        "{manifest}"
    );
    assert!(!manifest.contains("path ="), "{manifest}");

    let packaged = Command::new(env!("CARGO"))
        .args([
            "package",
            "--quiet",
            "-p",
            "openapi-client-runtime",
            "--no-verify",
        ])
        .args(["--allow-dirty", "--target-dir"])
        .arg(&target)
        .current_dir(root())
        .output()
        .unwrap();
    assert!(packaged.status.success(), "{}", text(&packaged.stderr));
    // The `.crate` file, unpacked as a registry would.
    let crate_file = target.join("package/openapi-client-runtime-0.1.0.crate");
    let unpacked = Command::new("tar")
        .arg("xzf")
        .arg(&crate_file)
        .arg("-C")
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(unpacked.status.success(), "{}", text(&unpacked.stderr));
    let package = dir.path().join("openapi-client-runtime-0.1.0");
    assert!(package.join("Cargo.toml").is_file());
    assert!(
        package.join("Cargo.toml.orig").is_file(),
        "a packaged manifest"
    );
    let patch = format!(
        "\n[patch.crates-io]\nopenapi-client-runtime = {{ path = {:?} }}\n",
        package.display().to_string()
    );
    std::fs::write(out.join("Cargo.toml"), manifest + &patch).unwrap();
    std::fs::copy(root().join("Cargo.lock"), out.join("Cargo.lock")).unwrap();
    let checked = Command::new(env!("CARGO"))
        .args(["check", "--quiet"])
        .current_dir(&out)
        .env("CARGO_TARGET_DIR", root().join("target/fixture-check"))
        .output()
        .unwrap();
    assert!(checked.status.success(), "{}", text(&checked.stderr));
    assert!(
        !text(&checked.stderr).contains("warning"),
        "{}",
        text(&checked.stderr)
    );
}
