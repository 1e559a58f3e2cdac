//! Every operation on the wire as the official Python SDK (azure-communication-callautomation
//! 1.6.0) sends it: method, target with its percent-encoding, JSON body, the
//! `Repeatability-*`, request id and signing headers, and a signature the service accepts. One
//! case per operation, against a local server.
//!
//! The expected requests below are what that SDK sent for each operation's example inputs
//! (recorded on a loopback server; the recording is `../shared/conformance/`, and when it is
//! there a test checks that this table still says what it says). Each case builds its request
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

fn check(case: &Case, request: &Request) {
    let op = case.operation;
    assert_eq!(request.method.as_str(), case.method, "{op}");
    let target = match request.url.query() {
        Some(q) => format!("{}?{q}", request.url.path()),
        None => request.url.path().to_string(),
    };
    assert_eq!(target, case.target, "{op}");
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

#[tokio::test]
async fn every_operation_sends_what_the_official_sdk_sends() {
    assert_eq!(CASES.len(), 33, "one case per operation of the API");
    for case in CASES {
        let server = server_for(case).await;
        let client = Client::builder_from_connection_string(&format!(
            "endpoint={}/;accesskey={KEY}",
            server.uri()
        ))
        .unwrap()
        .build()
        .unwrap();
        let result = call(&client, case).await;
        assert_eq!(result, Ok(()), "{}", case.operation);
        let requests = server.received_requests().await.unwrap();
        assert_eq!(requests.len(), 1, "{}", case.operation);
        check(case, &requests[0]);
    }
}

/// The table above says what the recording says, where the recording is at hand (CI has it).
#[test]
fn the_cases_are_the_recorded_requests() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/conformance/call-automation-all-operations.json");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} is not here (CI has it)", path.display());
        return;
    };
    let recording: Value = serde_json::from_str(&text).unwrap();
    let operations = recording["operations"].as_object().unwrap();
    assert_eq!(operations.len(), CASES.len());
    for case in CASES {
        let recorded = &operations[case.operation];
        assert_eq!(recorded["method"], case.method, "{}", case.operation);
        assert_eq!(recorded["raw_target"], case.target, "{}", case.operation);
        let names = recorded["header_names"].as_array().unwrap();
        let repeatable = names.iter().any(|n| n == "Repeatability-Request-ID");
        assert_eq!(repeatable, case.repeatability, "{}", case.operation);
        let body = recorded["body"].as_str().filter(|b| !b.is_empty());
        assert_eq!(body, case.body, "{}", case.operation);
    }
}
