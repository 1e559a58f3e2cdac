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

/// The dev-dependencies of the fixture crates tested against a local wiremock server.
const WIREMOCK_DEPS: &str = "tokio = { version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }\nwiremock = \"0.6\"\n";

/// What a user of a paged operation adds to read its stream (`StreamExt`).
const FUTURES_DEP: &str = "futures-util = \"0.3\"\n";

/// Asserts that each of `tests` ran and passed in the output of `cargo test`.
fn assert_passed(stdout: &str, tests: &[&str]) {
    for test in tests {
        assert!(
            stdout.contains(&format!("{test} ... ok")),
            "{test}: {stdout}"
        );
    }
}

/// Generates the crate of `fixture` as `name`, adds `dev_dependencies` and the integration test
/// `(test_name, source)`, and runs its unit tests (the spec's examples among them) and that test.
/// Asserts that generation and tests succeed; gives generation's stderr and the tests' stdout.
fn run_fixture_crate(
    fixture: &str,
    name: &str,
    dev_dependencies: &str,
    (test_name, source): (&str, &str),
) -> (String, String) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join(name);
    let spec = root().join("generator/tests/fixtures").join(fixture);
    let generated = xtask(
        &[
            "codegen",
            "--spec",
            spec.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--crate-name",
            name,
        ],
        dir.path(),
    );
    assert!(generated.status.success(), "{}", text(&generated.stderr));
    std::fs::copy(root().join("Cargo.lock"), out.join("Cargo.lock")).unwrap();
    if !dev_dependencies.is_empty() {
        // Merged into the generated ones (the crate may have its own, for its call tests).
        let path = out.join("Cargo.toml");
        let mut manifest: toml::Table =
            toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let extra: toml::Table = toml::from_str(dev_dependencies).unwrap();
        let table = manifest
            .entry("dev-dependencies")
            .or_insert_with(|| toml::Value::Table(toml::Table::new()))
            .as_table_mut()
            .unwrap();
        table.extend(extra);
        std::fs::write(&path, toml::to_string(&manifest).unwrap()).unwrap();
    }
    std::fs::create_dir(out.join("tests")).unwrap();
    std::fs::write(out.join(format!("tests/{test_name}.rs")), source).unwrap();
    let result = Command::new(env!("CARGO"))
        .args(["test", "--lib", "--test", test_name])
        .current_dir(&out)
        .env("CARGO_TARGET_DIR", root().join("target/fixture-check"))
        .output()
        .unwrap();
    let stdout = text(&result.stdout);
    assert!(
        result.status.success(),
        "{stdout}\n{}",
        text(&result.stderr)
    );
    (text(&generated.stderr), stdout)
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
        "azure_communication_callautomation: API changes: no API change; version {version} (unchanged)\nazure_communication_callautomation: 1 operations, 11 types, 0 warnings (0 untyped fallbacks); fresh; checked in "
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
            "pets: API changes: 12 breaking, 8 additive, 1 documentation; version 0.1.0 → 0.2.0"
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
    assert!(text(&denied.stderr).contains("error: 12 breaking change(s)"));
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

/// Every fixture's standalone crate builds warning-free under clippy and rustdoc.
#[test]
fn standalone_crates_of_every_fixture_pass_clippy_and_rustdoc() {
    let fixtures = root().join("generator/tests/fixtures");
    let mut specs: Vec<PathBuf> = std::fs::read_dir(&fixtures)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "json"))
        .collect();
    specs.sort();
    specs.push(root().join("specs/callautomation/2025-05-15.yaml"));
    let dir = tempfile::tempdir().unwrap();
    // Shared by every fixture crate and kept between runs, so dependencies are checked once.
    let target = root().join("target/fixture-check");
    for spec in &specs {
        let name = format!(
            "fixture_{}",
            spec.file_stem()
                .unwrap()
                .to_str()
                .unwrap()
                .replace(['-', '.'], "_")
        );
        let out = dir.path().join(&name);
        let generated = xtask(
            &[
                "codegen",
                "--spec",
                spec.to_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
                "--crate-name",
                &name,
            ],
            dir.path(),
        );
        assert!(
            generated.status.success(),
            "{}: {}",
            spec.display(),
            text(&generated.stderr)
        );
        // The workspace's lock file pins the same dependency versions the workspace was tested with.
        std::fs::copy(root().join("Cargo.lock"), out.join("Cargo.lock")).unwrap();
        for args in [
            &[
                "clippy",
                "--quiet",
                "--all-targets",
                "--all-features",
                "--",
                "-D",
                "warnings",
            ][..],
            &["doc", "--quiet", "--no-deps"][..],
        ] {
            let result = Command::new(env!("CARGO"))
                .args(args)
                .current_dir(&out)
                .env("CARGO_TARGET_DIR", &target)
                .env("RUSTDOCFLAGS", "-D warnings")
                .output()
                .unwrap();
            assert!(
                result.status.success(),
                "cargo {} on {}:\n{}",
                args[0],
                spec.display(),
                text(&result.stderr)
            );
        }
    }
}

/// The items of an `x-ms-pageable` operation stream across pages, in a crate generated from the
/// Swagger 2.0 fixture and tested against a local server.
#[test]
fn a_pageable_operation_streams_every_page() {
    let (stderr, stdout) = run_fixture_crate(
        "swagger_azure.json",
        "widgets",
        &format!("{WIREMOCK_DEPS}{FUTURES_DEP}httpdate = \"1\"\n"),
        ("paging", PAGING_TEST),
    );
    // With the crate's own tests: the bodies of its x-ms-examples, read and written back.
    assert_passed(
        &stdout,
        &[
            "pages_are_followed_until_there_is_no_next_link",
            "closed_enums_refuse_unknown_values",
            "repeatability_headers_are_made_up_once_per_call",
            "a_long_running_operation_is_polled_until_it_succeeds",
            "a_failed_long_running_operation_is_an_error_with_the_monitor_s_error",
            "example_tests::widgets_paint_request_paint",
            "example_tests::widgets_paint_call_paint",
            "example_tests::widgets_paint_response_202_paint",
            "example_tests::widgets_paint_response_default_paint",
        ],
    );
    // The 400 body lacks a required property, and one example file is missing: warnings.
    assert!(!stdout.contains("response_400"), "{stdout}");
    assert!(
        stderr.contains("examples/Widgets_Paint.json: this example does not fit its schema (at `/error`: the required property `message` is missing)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("examples/not-there.json: this x-ms-examples entry is not read"),
        "{stderr}"
    );
}

/// AutoRest's conventions in a file that starts with a byte order mark: document-level
/// parameters are set once on the client (a path one included), single-value enums are sent
/// without being asked for, and the x-ms-examples call (its file has a BOM too) expects both.
#[test]
fn autorest_client_parameters_and_constants_are_sent() {
    let (stderr, stdout) = run_fixture_crate(
        "swagger_globals.json",
        "gadgets",
        &format!("{WIREMOCK_DEPS}{FUTURES_DEP}"),
        ("globals", GLOBALS_TEST),
    );
    assert_passed(
        &stdout,
        &[
            "client_parameters_and_constants_are_on_the_wire",
            "a_client_parameter_without_default_must_be_set",
            "absent_and_null_are_kept_apart",
            "a_pageable_operation_without_next_link_is_one_page",
            "example_tests::gadgets_get_call_get_a_gadget",
            "example_tests::gadgets_get_response_200_get_a_gadget",
        ],
    );
    assert!(!stderr.contains("warning"), "{stderr}");
}

/// Tagged unions read the variant their discriminator names, keep unknown kinds, and write the
/// discriminator from the variant, in both shapes (oneOf + mapping, and allOf children).
#[test]
fn discriminated_unions_round_trip_by_their_tag() {
    let (stderr, stdout) = run_fixture_crate(
        "discriminator.yaml",
        "drawings",
        "",
        ("tagged", TAGGED_TEST),
    );
    // The crate's own tests too: the spec's examples, read and written back.
    assert_passed(
        &stdout,
        &[
            "example_tests::add_pet_request_example",
            "example_tests::add_pet_response_dog",
            "example_tests::add_pet_response_unknown_kind",
            "example_tests::get_drawing_response_example",
            "the_tag_picks_the_variant_and_is_written_back",
            "allof_children_nest_and_unknown_kinds_are_kept",
            "a_known_tag_with_a_wrong_body_is_an_error_that_says_why",
        ],
    );
    // The example its own schema rejects is a warning, not a test.
    assert!(!stdout.contains("nameless"), "{stdout}");
    assert!(
        stderr.contains("examples/nameless: this example does not fit its schema (the required property `name` is missing)"),
        "{stderr}"
    );
}

/// Integer enums: open ones keep unknown numbers, closed ones refuse them; both are numbers on
/// the wire, in bodies, queries and headers.
#[test]
fn integer_enums_are_numbers_on_the_wire() {
    let (stderr, stdout) = run_fixture_crate(
        "enums.yaml",
        "enums",
        WIREMOCK_DEPS,
        ("integers", ENUMS_TEST),
    );
    assert_passed(
        &stdout,
        &[
            "open_integer_enums_keep_unknown_numbers",
            "closed_integer_enums_refuse_other_numbers",
            "integer_enums_are_sent_as_numbers",
        ],
    );
    // The enum of values of several types is the one untyped fallback.
    assert!(
        stderr.contains("an enum of values of several types is not typed; typed as any JSON value"),
        "{stderr}"
    );
}

const ENUMS_TEST: &str = r##"
use enums::models::{Item, Level, Priority, Status};
use enums::{Client, RetryOptions};
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[test]
fn open_integer_enums_keep_unknown_numbers() {
    assert_eq!(serde_json::from_str::<Priority>("-1").unwrap(), Priority::Minus1);
    assert_eq!(serde_json::from_str::<Priority>("7").unwrap(), Priority::UnknownValue(7));
    assert_eq!(serde_json::to_string(&Priority::UnknownValue(7)).unwrap(), "7");
    assert_eq!(serde_json::to_string(&Priority::V2).unwrap(), "2");
    assert_eq!(Priority::from(3), Priority::V3);
    assert_eq!("3".parse::<Priority>().unwrap().value(), 3);
    assert!("three".parse::<Priority>().is_err());
    assert!(serde_json::from_str::<Priority>("\"1\"").is_err());
    assert_eq!(Priority::VALUES, [1, 2, 3, -1]);
    assert_eq!(Priority::Minus1.to_string(), "-1");
}

#[test]
fn closed_integer_enums_refuse_other_numbers() {
    assert_eq!(serde_json::from_str::<Level>("10").unwrap(), Level::High);
    let e = serde_json::from_str::<Level>("5").unwrap_err().to_string();
    assert!(e.contains("invalid value: integer `5`, expected Level"), "{e}");
    assert_eq!(Level::try_from(0).unwrap(), Level::Off);
    assert_eq!(Level::try_from(5).unwrap_err().to_string(), "`5` is not a value of `Level`");
    assert_eq!("x".parse::<Level>().unwrap_err().to_string(), "`x` is not a value of `Level`");
    let item: Item = serde_json::from_value(serde_json::json!(
        {"status": "active", "priority": 2, "level": 0, "mixed": "one"}
    )).unwrap();
    assert_eq!(item.priority, Some(Priority::V2));
    assert_eq!(item.level, Some(Level::Off));
    assert_eq!(item.mixed, Some(serde_json::json!("one")));
}

#[tokio::test]
async fn integer_enums_are_sent_as_numbers() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/items"))
        .and(query_param("priority", "-1"))
        .and(header("x-level", "10"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!(
            [{"status": "active", "priority": 9}]
        )))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder(server.uri()).retry(RetryOptions::none()).build().unwrap();
    let options = enums::client::ListItemsOptions { priority: Some(Priority::Minus1), ..Default::default() };
    let items = client.list_items(&Status::from("active"), &Level::High, Some(options)).await.unwrap();
    assert_eq!(items[0].priority, Some(Priority::UnknownValue(9)));
}
"##;

/// Success bodies that are not JSON: text and bytes, asked for with their media types.
#[test]
fn bodies_that_are_not_json_are_returned_as_text_or_bytes() {
    let (stderr, stdout) = run_fixture_crate(
        "media_types.yaml",
        "media",
        WIREMOCK_DEPS,
        ("media", MEDIA_TEST),
    );
    assert!(
        stdout.contains("text_and_bytes_come_back_as_sent ... ok"),
        "{stdout}"
    );
    assert!(!stderr.contains("warning"), "{stderr}");
}

const MEDIA_TEST: &str = r##"
use media::{Client, Error, RetryOptions};
use wiremock::matchers::{header, headers, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn text_and_bytes_come_back_as_sent() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).and(path("/report")).and(header("accept", "text/plain"))
        .respond_with(ResponseTemplate::new(200).set_body_raw("all good\n", "text/plain"))
        .mount(&server).await;
    Mock::given(method("GET")).and(path("/files/a%20b"))
        .and(headers("accept", vec!["application/octet-stream", "application/pdf"]))
        .respond_with(ResponseTemplate::new(200).set_body_bytes(vec![0u8, 159, 146, 150]))
        .mount(&server).await;
    Mock::given(method("GET")).and(path("/feed"))
        .respond_with(ResponseTemplate::new(200).set_body_raw("<feed/>", "application/atom+xml"))
        .mount(&server).await;
    let client = Client::builder(server.uri()).allow_http(true).retry(RetryOptions::none()).build().unwrap();
    assert_eq!(client.get_report(None).await.unwrap(), "all good\n");
    assert_eq!(client.download_file("a b", None).await.unwrap(), [0u8, 159, 146, 150]);
    assert_eq!(client.get_feed(None).await.unwrap(), "<feed/>");
    // JSON at once, or a plain-text ticket: told apart by status.
    Mock::given(method("POST")).and(path("/export"))
        .and(headers("accept", vec!["application/json", "text/plain"]))
        .respond_with(ResponseTemplate::new(202).set_body_raw("ticket-1", "text/plain"))
        .mount(&server).await;
    assert_eq!(client.export(None).await.unwrap(), media::models::ExportResponse::Status202("ticket-1".into()));
    // A text error body is kept as received.
    server.reset().await;
    Mock::given(method("GET")).and(path("/report"))
        .respond_with(ResponseTemplate::new(404).set_body_raw("no report", "text/plain"))
        .mount(&server).await;
    match client.get_report(None).await {
        Err(Error::Service(e)) => {
            assert_eq!(e.status().as_u16(), 404);
            assert_eq!(e.body(), b"no report");
        }
        other => panic!("{other:?}"),
    }
}
"##;

/// Answers whose bodies differ by status: unions the client fills from the status.
#[test]
fn answers_are_read_by_status() {
    let (_, stdout) = run_fixture_crate(
        "statuses.yaml",
        "statuses",
        WIREMOCK_DEPS,
        ("statuses", STATUSES_TEST),
    );
    assert_passed(
        &stdout,
        &[
            "each_status_reads_its_own_body",
            "documented_response_headers_come_with_the_body",
        ],
    );
}

const STATUSES_TEST: &str = r##"
use statuses::models::{PutJobError, PutJobResponse};
use statuses::{Client, Error, ErrorBody, RetryOptions};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn answer(status: u16, body: Option<serde_json::Value>) -> Result<PutJobResponse, Error<PutJobError>> {
    let server = MockServer::start().await;
    let mut template = ResponseTemplate::new(status);
    if let Some(body) = body {
        template = template.set_body_json(body);
    }
    Mock::given(method("PUT")).and(path("/jobs/7")).respond_with(template).mount(&server).await;
    let client = Client::builder(server.uri()).allow_http(true).retry(RetryOptions::none()).build().unwrap();
    client.put_job("7", None).await
}

/// The documented response headers come typed with the body, which the result derefs to.
#[tokio::test]
async fn documented_response_headers_come_with_the_body() {
    use statuses::models::GetJobXJobStateHeader;
    let server = MockServer::start().await;
    let template = ResponseTemplate::new(200)
        .set_body_json(serde_json::json!({"id": "7"}))
        .insert_header("etag", "\"v2\"")
        .insert_header("x-rate-limit-remaining", "41")
        .insert_header("x-job-state", "done")
        .append_header("link", "<https://a/1>; rel=next")
        .append_header("link", "<https://a/9>; rel=last");
    Mock::given(method("GET")).and(path("/jobs/7/state")).respond_with(template).mount(&server).await;
    let client = Client::builder(server.uri()).retry(RetryOptions::none()).build().unwrap();
    let job = client.get_job("7", None).await.unwrap();
    assert_eq!(job.id, "7");
    assert_eq!(job.headers.e_tag.as_deref(), Some("\"v2\""));
    assert_eq!(job.headers.x_rate_limit_remaining, Some(41));
    assert_eq!(job.headers.x_job_state, Some(GetJobXJobStateHeader::Done));
    assert_eq!(job.headers.link.as_deref(), Some("<https://a/1>; rel=next, <https://a/9>; rel=last"));
    assert_eq!(job.headers.x_request_id, None);
    assert_eq!(job.into_body().id, "7");

    // A value that does not parse is `None`, not an error.
    let server = MockServer::start().await;
    let template = ResponseTemplate::new(200)
        .set_body_json(serde_json::json!({"id": "8"}))
        .insert_header("x-rate-limit-remaining", "many");
    Mock::given(method("GET")).and(path("/jobs/8/state")).respond_with(template).mount(&server).await;
    let client = Client::builder(server.uri()).retry(RetryOptions::none()).build().unwrap();
    let job = client.get_job("8", None).await.unwrap();
    assert_eq!(job.headers.x_rate_limit_remaining, None);
    assert_eq!(job.headers.e_tag, None);
}

fn service_error(result: Result<PutJobResponse, Error<PutJobError>>) -> (u16, Option<PutJobError>) {
    match result {
        Err(Error::Service(e)) => (e.status().as_u16(), e.error().cloned()),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn each_status_reads_its_own_body() {
    let job = answer(200, Some(serde_json::json!({"id": "7"}))).await.unwrap();
    assert!(matches!(job, PutJobResponse::Status200(ref j) if j.id == "7"), "{job:?}");
    let created = answer(201, Some(serde_json::json!({"location": "/jobs/7"}))).await.unwrap();
    assert!(matches!(created, PutJobResponse::Status201(ref c) if c.location == "/jobs/7"), "{created:?}");
    assert_eq!(answer(204, None).await.unwrap(), PutJobResponse::Status204);

    let (status, error) = service_error(answer(404, Some(serde_json::json!({"missing": "queue", "message": "no queue q"}))).await);
    assert_eq!(status, 404);
    let error = error.expect("the 404 body is read");
    assert!(matches!(error, PutJobError::Status404(ref n) if n.missing == "queue"), "{error:?}");
    assert_eq!(error.message(), Some("no queue q"));
    let (_, error) = service_error(answer(409, Some(serde_json::json!({"title": "busy", "code": "Busy"}))).await);
    assert!(matches!(error, Some(PutJobError::Status4XX(_))), "{error:?}");
    assert_eq!(error.unwrap().code(), Some("Busy"));
    let (_, error) = service_error(answer(503, Some(serde_json::json!({"code": "Down", "message": "later"}))).await);
    assert!(matches!(error, Some(PutJobError::Default(ref e)) if e.message.as_deref() == Some("later")), "{error:?}");
    // A body that is not the documented one: no parsed error, the raw body is kept.
    let (_, error) = service_error(answer(404, Some(serde_json::json!({"unexpected": true}))).await);
    assert_eq!(error, None);
}
"##;

/// API keys in the query or a cookie, and http basic: sent with every request, never shown.
#[test]
fn query_cookie_and_basic_credentials_are_sent() {
    let (stderr, stdout) = run_fixture_crate(
        "auth_schemes.yaml",
        "auth_schemes",
        WIREMOCK_DEPS,
        ("auth", AUTH_TEST),
    );
    assert!(
        stdout.contains("credentials_go_where_the_spec_says ... ok"),
        "{stdout}"
    );
    assert!(!stderr.contains("warning"), "{stderr}");
}

const AUTH_TEST: &str = r##"
use auth_schemes::client::ListThingsOptions;
use auth_schemes::{Client, RetryOptions};
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn credentials_go_where_the_spec_says() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).and(path("/things"))
        .and(query_param("api_key", "k&1"))
        .and(header("cookie", "theme=dark; session=s3"))
        // base64("ann:pa:ss")
        .and(header("authorization", "Basic YW5uOnBhOnNz"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server).await;
    let client = Client::builder(server.uri())
        .allow_http(true)
        .retry(RetryOptions::none())
        .query_key("k&1")
        .session_cookie("s3")
        .basic_auth("ann", "pa:ss")
        .build()
        .unwrap();
    let debug = format!("{client:?}");
    for secret in ["k&1", "s3", "YW5u", "pa:ss"] {
        assert!(!debug.contains(secret), "{debug}");
    }
    let options = ListThingsOptions { theme: Some("dark".into()), ..Default::default() };
    client.list_things(Some(options)).await.unwrap();
}
"##;

/// Parameters written by their `style` and `explode`: label and matrix paths, deepObject,
/// pipe- and space-delimited queries, objects in a query, a header and a cookie.
#[test]
fn parameters_follow_their_styles() {
    let (stderr, stdout) = run_fixture_crate(
        "param_styles.yaml",
        "styles",
        WIREMOCK_DEPS,
        ("styles", STYLES_TEST),
    );
    assert!(
        stdout.contains("each_style_is_written_as_openapi_says ... ok"),
        "{stdout}"
    );
    assert!(!stderr.contains("warning"), "{stderr}");
}

const STYLES_TEST: &str = r##"
use styles::client::FindItemsOptions;
use styles::models::{Filter, FindItemsWorkflow, Point};
use styles::{Client, RetryOptions};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

#[tokio::test]
async fn each_style_is_written_as_openapi_says() {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(204))
        .mount(&server).await;
    let client = Client::builder(server.uri()).allow_http(true).retry(RetryOptions::none()).build().unwrap();
    let options = FindItemsOptions {
        filter: Some(Filter { status: Some("open".into()), limit: Some(5) }),
        range: Some(Point { x: 1, y: 2 }),
        tags: Some(vec!["a".into(), "b c".into()]),
        words: Some(vec!["x".into(), "y".into()]),
        x_point: Some(Point { x: 3, y: 4 }),
        prefs: Some(Point { x: 5, y: 6 }),
        ..Default::default()
    };
    client
        .find_items(&[7, 8], &FindItemsWorkflow::String("ci/build.yml".into()), &Point { x: 9, y: 10 }, Some(options))
        .await
        .unwrap();
    let requests: Vec<Request> = server.received_requests().await.unwrap();
    let request = &requests[0];
    assert_eq!(request.url.path(), "/items/.7,8/ci%2Fbuild.yml;x=9;y=10");
    assert_eq!(
        request.url.query(),
        Some("filter%5Blimit%5D=5&filter%5Bstatus%5D=open&range=x%2C1%2Cy%2C2&tags=a%7Cb+c&words=x+y")
    );
    assert_eq!(request.headers.get("x-point").unwrap(), "x=3,y=4");
    assert_eq!(request.headers.get("cookie").unwrap(), "prefs=x,5,y,6");
    // An integer alternative is written as its number.
    client.find_items(&[1], &FindItemsWorkflow::Integer(42), &Point { x: 0, y: 0 }, None).await.unwrap();
    let requests: Vec<Request> = server.received_requests().await.unwrap();
    assert_eq!(requests[1].url.path(), "/items/.1/42;x=0;y=0");
    assert_eq!(requests[1].url.query(), None);
    // A parameter the template names twice is encoded once and written twice.
    client.get_mirror("a b/c", None).await.unwrap();
    let requests: Vec<Request> = server.received_requests().await.unwrap();
    assert_eq!(requests[2].url.path(), "/mirrors/a%20b%2Fc/copies/a%20b%2Fc");
    // The spec's server, with its variables at their defaults or given.
    assert_eq!(styles::client::DEFAULT_SERVER_URL, "https://eu.api.example.com/v1");
    assert_eq!(Client::server_url("us", "v2"), "https://us.api.example.com/v2");
}
"##;

/// A form body: one pair per property, arrays repeating the name, absent properties left out.
#[test]
fn form_bodies_are_url_encoded() {
    let (stderr, stdout) = run_fixture_crate(
        "form_body.yaml",
        "forms",
        WIREMOCK_DEPS,
        ("forms", FORM_TEST),
    );
    assert!(
        stdout.contains("the_form_is_sent_as_pairs ... ok"),
        "{stdout}"
    );
    assert!(!stderr.contains("warning"), "{stderr}");
}

const FORM_TEST: &str = r##"
use forms::models::LogInRequest;
use forms::{Client, RetryOptions};
use wiremock::matchers::{body_string, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn the_form_is_sent_as_pairs() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path("/login"))
        .and(header("content-type", "application/x-www-form-urlencoded"))
        .and(body_string("remember=true&scopes=read&scopes=write+all&user=ann+%26+bob"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server).await;
    let client = Client::builder(server.uri()).allow_http(true).retry(RetryOptions::none()).build().unwrap();
    let body = LogInRequest {
        user: "ann & bob".into(),
        scopes: Some(vec!["read".into(), "write all".into()]),
        remember: Some(true),
        note: None,
    };
    client.log_in(&body, None).await.unwrap();
}
"##;

/// A multipart body built part by part, sent with its boundary.
#[test]
fn multipart_bodies_are_sent_with_their_boundary() {
    let (stderr, stdout) = run_fixture_crate(
        "multipart.yaml",
        "uploads",
        WIREMOCK_DEPS,
        ("uploads", MULTIPART_TEST),
    );
    assert!(stdout.contains("the_parts_arrive_whole ... ok"), "{stdout}");
    assert!(!stderr.contains("warning"), "{stderr}");
}

const MULTIPART_TEST: &str = r##"
use uploads::{Client, Multipart, RetryOptions};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

#[tokio::test]
async fn the_parts_arrive_whole() {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any()).respond_with(ResponseTemplate::new(204)).mount(&server).await;
    let client = Client::builder(server.uri()).allow_http(true).retry(RetryOptions::none()).build().unwrap();
    let form = Multipart::new()
        .text("title", "Beach \"day\"")
        .file("photo", "beach.jpg", "image/jpeg", [0xffu8, 0xd8, 0x00, 0x0d, 0x0a]);
    client.upload_photo(form, None).await.unwrap();
    let requests: Vec<Request> = server.received_requests().await.unwrap();
    let content_type = requests[0].headers.get("content-type").unwrap().to_str().unwrap().to_owned();
    let boundary = content_type.strip_prefix("multipart/form-data; boundary=").expect(&content_type);
    let mut expected = format!(
        "--{boundary}\r\ncontent-disposition: form-data; name=\"title\"\r\n\r\nBeach \"day\"\r\n--{boundary}\r\ncontent-disposition: form-data; name=\"photo\"; filename=\"beach.jpg\"\r\ncontent-type: image/jpeg\r\n\r\n"
    ).into_bytes();
    expected.extend_from_slice(&[0xff, 0xd8, 0x00, 0x0d, 0x0a]);
    expected.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    assert_eq!(requests[0].body, expected);
}
"##;

const TAGGED_TEST: &str = r##"
use drawings::models::{Cat, Circle, Drawing, Group, Pet, Shape};
use serde_json::json;

#[test]
fn the_tag_picks_the_variant_and_is_written_back() {
    let cat = json!({"petType": "cat", "name": "Tom", "lives": 9});
    let pet: Pet = serde_json::from_value(cat.clone()).unwrap();
    assert_eq!(pet, Pet::Cat(Cat { name: "Tom".into(), lives: Some(9) }));
    assert_eq!(serde_json::to_value(&pet).unwrap(), cat);
    // Without a mapping entry, the value is the schema's name.
    let dog = json!({"petType": "Dog", "name": "Rex", "goodBoy": true});
    let pet: Pet = serde_json::from_value(dog.clone()).unwrap();
    assert!(matches!(&pet, Pet::Dog(d) if d.good_boy == Some(true)));
    assert_eq!(serde_json::to_value(&pet).unwrap(), dog);
    // A variant struct writes its tag wherever it is used.
    let circle = Circle { radius: 2.0, ..Default::default() };
    assert_eq!(serde_json::to_value(&circle).unwrap(), json!({"kind": "circle", "radius": 2.0}));
}

#[test]
fn allof_children_nest_and_unknown_kinds_are_kept() {
    let body = json!({
        "shapes": [
            {"kind": "circle", "radius": 1.5, "label": "sun"},
            {"kind": "Group", "members": [{"kind": "circle", "radius": 0.5}]},
            {"kind": "hexagon", "sides": 6}
        ],
        "main": {"kind": "circle", "radius": 3.0}
    });
    let drawing: Drawing = serde_json::from_value(body.clone()).unwrap();
    assert!(matches!(&drawing.shapes[0], Shape::Circle(c) if c.label.as_deref() == Some("sun")));
    let Shape::Group(Group { members: Some(members), .. }) = &drawing.shapes[1] else {
        panic!("{:?}", drawing.shapes[1]);
    };
    assert!(matches!(&members[0], Shape::Circle(c) if c.radius == 0.5));
    assert_eq!(drawing.shapes[2], Shape::UnknownValue(json!({"kind": "hexagon", "sides": 6})));
    assert_eq!(serde_json::to_value(&drawing).unwrap(), body);
}

#[test]
fn a_known_tag_with_a_wrong_body_is_an_error_that_says_why() {
    let e = serde_json::from_value::<Shape>(json!({"kind": "circle"})).unwrap_err();
    assert!(e.to_string().contains("missing field `radius`"), "{e}");
    let e = serde_json::from_value::<Pet>(json!({"petType": "cat", "name": 1})).unwrap_err();
    assert!(e.to_string().contains("invalid type"), "{e}");
    let untagged: Pet = serde_json::from_value(json!({"name": "?"})).unwrap();
    assert_eq!(untagged, Pet::UnknownValue(json!({"name": "?"})));
}
"##;

const GLOBALS_TEST: &str = r##"
use gadgets::{Client, RetryOptions, models::Shape};
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn client_parameters_and_constants_are_on_the_wire() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/tenants/contoso%20one/gadgets/standard/g%2F1"))
        .and(query_param("region", "westus"))
        .and(query_param("api-version", "2024-01-01"))
        .and(query_param("view", "full"))
        .and(query_param("shape", "round"))
        .and(header("x-ms-flag", "true"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"id": "g/1"})))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder(server.uri())
        .tenant("contoso one")
        .region("westus")
        .retry(RetryOptions::none())
        .build()
        .unwrap();
    assert_eq!(client.tenant(), "contoso one");
    let gadget = client.gadgets_get("g/1", &Shape::Round, None).await.unwrap();
    assert_eq!(gadget.id, "g/1");
}

/// An optional property that may be null keeps absent and null apart, both ways, in structs
/// read by the generated visitor and by serde's derive (with a flattened map).
#[test]
fn absent_and_null_are_kept_apart() {
    use gadgets::models::Gadget;
    let read = |json: serde_json::Value| serde_json::from_value::<Gadget>(json).unwrap();
    let absent = read(serde_json::json!({"id": "a"}));
    assert_eq!(absent.note, None);
    assert_eq!(absent.labels, None);
    let null = read(serde_json::json!({"id": "a", "note": null, "labels": {"color": null, "size": "xl"}}));
    assert_eq!(null.note, Some(None));
    let labels = null.labels.clone().unwrap();
    assert_eq!(labels.color, Some(None));
    assert_eq!(labels.additional_properties.get("size").map(String::as_str), Some("xl"));
    let set = read(serde_json::json!({"id": "a", "note": "n"}));
    assert_eq!(set.note, Some(Some("n".to_owned())));
    assert_eq!(serde_json::to_value(&absent).unwrap(), serde_json::json!({"id": "a"}));
    assert_eq!(
        serde_json::to_value(&null).unwrap(),
        serde_json::json!({"id": "a", "note": null, "labels": {"color": null, "size": "xl"}})
    );
    assert_eq!(serde_json::to_value(&set).unwrap(), serde_json::json!({"id": "a", "note": "n"}));
}

/// `x-ms-pageable: {}` over a page without `nextLink`: one page, streamed.
#[tokio::test]
async fn a_pageable_operation_without_next_link_is_one_page() {
    use futures_util::StreamExt;
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/operations"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"value": ["a", "b"]})))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder(server.uri()).tenant("t").region("r").retry(RetryOptions::none()).build().unwrap();
    let items: Vec<String> = client
        .operations_list_stream(None)
        .map(|item| item.unwrap())
        .collect()
        .await;
    assert_eq!(items, ["a", "b"]);
}

#[test]
fn a_client_parameter_without_default_must_be_set() {
    let e = Client::builder("https://gadgets.example.com").region("westus").build().unwrap_err();
    assert!(e.to_string().contains("`tenant`"), "{e}");
}
"##;

const PAGING_TEST: &str = r##"
use futures_util::StreamExt;
use widgets::{Client, RetryOptions};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[test]
fn closed_enums_refuse_unknown_values() {
    use widgets::models::Size;
    let size: Size = serde_json::from_str("\"large\"").unwrap();
    assert_eq!(size, Size::Large);
    assert_eq!(serde_json::to_string(&size).unwrap(), "\"large\"");
    let e = serde_json::from_str::<Size>("\"huge\"").unwrap_err().to_string();
    assert!(e.contains("unknown variant `huge`, expected `small` or `large`"), "{e}");
    assert_eq!("small".parse::<Size>().unwrap(), Size::Small);
    assert_eq!("huge".parse::<Size>().unwrap_err().to_string(), "`huge` is not a value of `Size`");
    assert_eq!(Size::VALUES, ["small", "large"]);
}

/// Azure's repeatable requests: left unset, both headers are made up once per call and sent
/// unchanged on every retry.
#[tokio::test]
async fn repeatability_headers_are_made_up_once_per_call() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path("/widgets/w1:paint"))
        .respond_with(ResponseTemplate::new(503)).up_to_n_times(2).mount(&server).await;
    Mock::given(method("POST")).and(path("/widgets/w1:paint"))
        .respond_with(ResponseTemplate::new(202).set_body_json(serde_json::json!({"id": "w1"})))
        .mount(&server).await;
    let retry = RetryOptions {
        max_retries: 3,
        initial_delay: std::time::Duration::from_millis(1),
        max_delay: std::time::Duration::from_millis(5),
        ..RetryOptions::default()
    };
    let client = Client::builder(server.uri()).retry(retry).build().unwrap();
    let body: widgets::models::PaintRequest = serde_json::from_value(serde_json::json!({"color": "red"})).unwrap();
    client.widgets_paint("w1", &body, None).await.unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 3);
    let header = |i: usize, name: &str| requests[i].headers.get(name).unwrap().to_str().unwrap().to_owned();
    let id = header(0, "repeatability-request-id");
    assert_eq!(id.len(), 36, "{id}");
    let sent = header(0, "repeatability-first-sent");
    assert!(httpdate::parse_http_date(&sent).is_ok(), "{sent}");
    for i in 1..3 {
        assert_eq!(header(i, "repeatability-request-id"), id);
        assert_eq!(header(i, "repeatability-first-sent"), sent);
    }
    // A second call makes up a new id.
    client.widgets_paint("w1", &body, None).await.unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_ne!(requests[3].headers.get("repeatability-request-id").unwrap().to_str().unwrap(), id);
}

async fn client(server: &MockServer) -> Client {
    Client::builder(server.uri()).retry(RetryOptions::none()).build().unwrap()
}

#[tokio::test]
async fn pages_are_followed_until_there_is_no_next_link() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).and(path("/widgets")).and(query_param("api-version", "2024-01-01"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "value": [{"id": "a"}, {"id": "b"}],
            "nextLink": format!("{}/widgets?page=2", server.uri()),
        })))
        .mount(&server).await;
    Mock::given(method("GET")).and(path("/widgets")).and(query_param("page", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "value": [{"id": "c"}], "nextLink": "/widgets?page=3"
        })))
        .mount(&server).await;
    Mock::given(method("GET")).and(path("/widgets")).and(query_param("page", "3"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({ "value": [] })))
        .mount(&server).await;
    let client = client(&server).await;
    let ids: Vec<String> = client
        .widgets_list_stream(None)
        .map(|item| item.unwrap().widget_id.unwrap())
        .collect()
        .await;
    assert_eq!(ids, ["a", "b", "c"]);
}

#[tokio::test]
async fn an_error_page_ends_the_stream_with_the_error() {
    let server = MockServer::start().await;
    Mock::given(query_param("api-version", "2024-01-01"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "value": [{"id": "a"}], "nextLink": "/widgets?page=2"
        })))
        .mount(&server).await;
    Mock::given(query_param("page", "2"))
        .respond_with(ResponseTemplate::new(404).set_body_json(serde_json::json!({
            "error": {"code": "Gone", "message": "No more."}
        })))
        .mount(&server).await;
    let client = client(&server).await;
    let items: Vec<_> = client.widgets_list_stream(None).collect().await;
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].as_ref().unwrap().widget_id.as_deref(), Some("a"));
    let err = items[1].as_ref().unwrap_err();
    assert_eq!(err.to_string(), "404 Not Found Gone: No more.");
}

/// The creation answers 201 with a status monitor; the monitor says InProgress once, then
/// Succeeded; the result is then read from the resource itself (PUT: `original-uri`).
#[tokio::test]
async fn a_long_running_operation_is_polled_until_it_succeeds() {
    let server = MockServer::start().await;
    Mock::given(method("PUT")).and(path("/widgets/w1"))
        .respond_with(ResponseTemplate::new(201)
            .insert_header("operation-location", format!("{}/operations/op1", server.uri()).as_str())
            .insert_header("retry-after", "0")
            .set_body_json(serde_json::json!({"id": "w1"})))
        .expect(1)
        .mount(&server).await;
    Mock::given(method("GET")).and(path("/operations/op1"))
        .respond_with(ResponseTemplate::new(200).insert_header("retry-after", "0")
            .set_body_json(serde_json::json!({"id": "op1", "status": "InProgress"})))
        .up_to_n_times(1)
        .expect(1)
        .with_priority(1)
        .mount(&server).await;
    Mock::given(method("GET")).and(path("/operations/op1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"id": "op1", "status": "Succeeded"})))
        .expect(1)
        .with_priority(2)
        .mount(&server).await;
    Mock::given(method("GET")).and(path("/widgets/w1")).and(query_param("api-version", "2024-01-01"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"id": "w1", "color": "green"})))
        .expect(1)
        .mount(&server).await;
    let client = client(&server).await;
    let widget = client
        .widgets_create("w1", &widgets::models::Widget::default(), None)
        .await
        .unwrap();
    assert_eq!(widget.widget_id.as_deref(), Some("w1"));
    assert_eq!(widget.color.unwrap().as_str(), "green");
}

#[tokio::test]
async fn a_failed_long_running_operation_is_an_error_with_the_monitor_s_error() {
    let server = MockServer::start().await;
    Mock::given(method("PUT")).and(path("/widgets/w2"))
        .respond_with(ResponseTemplate::new(201)
            .insert_header("operation-location", "/operations/op2")
            .insert_header("retry-after", "0"))
        .mount(&server).await;
    Mock::given(method("GET")).and(path("/operations/op2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "status": "Failed", "error": {"code": "NoPaint", "message": "Out of paint."}
        })))
        .mount(&server).await;
    let client = client(&server).await;
    let err = client
        .widgets_create("w2", &widgets::models::Widget::default(), None)
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "the long-running operation ended with status Failed: NoPaint: Out of paint."
    );
    assert!(matches!(err, widgets::Error::OperationFailed { .. }));
}
"##;
