//! Every operation on the wire as the official Python SDK (azure-communication-callautomation
//! 1.6.0) sends it at its default api-version, 2026-03-12 (the crate's too): method, target with
//! its percent-encoding, JSON body, the `Repeatability-*`, request id and signing headers, and a
//! signature the service accepts. One case per operation, against a local server.
//!
//! A client can still be pointed at 2025-05-15 (`ClientBuilder::api_version`): it then sends
//! what the SDK sent at that version, which differs only in `?api-version=` for the 33
//! operations 2025-05-15 has; `MoveParticipants` is sent too, and a service of that version
//! refuses it (an `Error::Service`). The second test checks that.
//!
//! The expected requests below are what that SDK sent for each operation's example inputs
//! (recorded on a loopback server; the recordings are `../shared/conformance/`, and when they
//! are there a test checks that this table still says what they say). Each case builds its request
//! body from the SDK's own body, so a property the Rust models lacked or wrote differently would
//! show as a difference. The SDK's quirks carry over: it leaves out `speechModelEndpointId` (which
//! the definition has) and adds `interruptCallMediaOperation: false` and `channelAffinity: []` on
//! its own.

mod common;
#[path = "common/python_sdk.rs"]
mod python_sdk;

use acs_call_automation::Client;
use python_sdk::{CASES, Case, KEY, call};
use serde_json::Value;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

async fn server_for(case: &Case) -> MockServer {
    let server = MockServer::start().await;
    let answer = match (case.status, case.operation) {
        (204, _) => ResponseTemplate::new(204),
        (status, "CallConnection_GetParticipants") => {
            ResponseTemplate::new(status).set_body_json(serde_json::json!({"value": []}))
        }
        (status, _) => ResponseTemplate::new(status).set_body_json(serde_json::json!({})),
    };
    Mock::given(wiremock::matchers::any())
        .respond_with(answer)
        .mount(&server)
        .await;
    server
}

/// The api-version of [`CASES`], the Python SDK's default and the crate's.
const API_VERSION: &str = "2026-03-12";

/// The operation that 2025-05-15 does not have.
const NEW_IN_2026: &str = "CallConnection_MoveParticipants";

/// The case's target at `api_version`.
fn target_at(case: &Case, api_version: &str) -> String {
    let (path, query) = case.target.split_once('?').unwrap();
    assert_eq!(
        query,
        format!("api-version={API_VERSION}"),
        "{}",
        case.operation
    );
    format!("{path}?api-version={api_version}")
}

fn check(case: &Case, request: &Request, api_version: &str) {
    let op = case.operation;
    assert_eq!(request.method.as_str(), case.method, "{op}");
    let target = match request.url.query() {
        Some(q) => format!("{}?{q}", request.url.path()),
        None => request.url.path().to_string(),
    };
    assert_eq!(target, target_at(case, api_version), "{op}");
    let has = |name: &str| request.headers.contains_key(name);
    for name in ["repeatability-request-id", "repeatability-first-sent"] {
        assert_eq!(has(name), case.repeatability, "{op}: {name}");
    }
    if case.repeatability {
        let first_sent = request.headers["repeatability-first-sent"]
            .to_str()
            .unwrap();
        assert!(
            httpdate::parse_http_date(first_sent).is_ok(),
            "{op}: {first_sent}"
        );
    }
    assert!(has("x-ms-client-request-id"), "{op}");
    assert_eq!(
        request.headers["x-ms-return-client-request-id"], "true",
        "{op}"
    );
    common::assert_signed(request, KEY);
    match case.body {
        Some(expected) => {
            assert_eq!(request.headers["content-type"], "application/json", "{op}");
            let sent: Value = serde_json::from_slice(&request.body).unwrap();
            let expected: Value = serde_json::from_str(expected).unwrap();
            assert_eq!(sent, expected, "{op}");
        }
        None => {
            assert!(request.body.is_empty(), "{op}");
            if case.method == "POST" {
                assert_eq!(request.headers["content-length"], "0", "{op}");
            }
        }
    }
}

/// Calls `case` on a local server with a client at `api_version` (the default when `None`) and
/// checks the request it sent.
async fn sends(case: &Case, api_version: Option<&str>) {
    let server = server_for(case).await;
    let mut builder = Client::builder_from_connection_string(&format!(
        "endpoint={}/;accesskey={KEY}",
        server.uri()
    ))
    .unwrap();
    if let Some(version) = api_version {
        builder = builder.api_version(version);
    }
    let client = builder.build().unwrap();
    let result = call(&client, case).await;
    assert_eq!(result, Ok(()), "{}", case.operation);
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 1, "{}", case.operation);
    check(case, &requests[0], api_version.unwrap_or(API_VERSION));
}

#[tokio::test]
async fn every_operation_sends_what_the_official_sdk_sends() {
    assert_eq!(CASES.len(), 34, "one case per operation of the API");
    assert_eq!(
        acs_call_automation::client::DEFAULT_API_VERSION,
        API_VERSION
    );
    for case in CASES {
        sends(case, None).await;
    }
}

/// A client pointed at the previous api-version sends what the SDK sent at that version.
#[tokio::test]
async fn a_client_at_2025_05_15_sends_what_the_official_sdk_sent_at_that_version() {
    for case in CASES.iter().filter(|c| c.operation != NEW_IN_2026) {
        sends(case, Some("2025-05-15")).await;
    }
}

/// The table above says what a recording of `api_version` says, where the recording is at hand
/// (CI has it): every case of an operation the recording has.
fn the_cases_are_recorded_in(file: &str, api_version: &str, operations_recorded: usize) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/conformance")
        .join(file);
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} is not here (CI has it)", path.display());
        return;
    };
    let recording: Value = serde_json::from_str(&text).unwrap();
    let operations = recording["operations"].as_object().unwrap();
    assert_eq!(operations.len(), operations_recorded);
    for case in CASES {
        let Some(recorded) = operations.get(case.operation) else {
            assert_eq!(case.operation, NEW_IN_2026, "{api_version}");
            continue;
        };
        assert_eq!(recorded["method"], case.method, "{}", case.operation);
        assert_eq!(
            recorded["raw_target"],
            target_at(case, api_version),
            "{}",
            case.operation
        );
        let names = recorded["header_names"].as_array().unwrap();
        let repeatable = names.iter().any(|n| n == "Repeatability-Request-ID");
        assert_eq!(repeatable, case.repeatability, "{}", case.operation);
        let body = recorded["body"].as_str().filter(|b| !b.is_empty());
        assert_eq!(body, case.body, "{}", case.operation);
    }
}

#[test]
fn the_cases_are_the_recorded_requests() {
    the_cases_are_recorded_in("call-automation-2026-03-12.json", API_VERSION, 34);
}

#[test]
fn the_cases_are_the_requests_recorded_at_2025_05_15() {
    the_cases_are_recorded_in("call-automation-all-operations.json", "2025-05-15", 33);
}
