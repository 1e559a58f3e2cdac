//! Snapshots of what goes on the wire, reviewed with `cargo insta review` next to the API-change
//! report when a regeneration changes it: every operation's request as sent (per-request values
//! masked), and every callback event parsed from a sample payload (`tests/data/`).

#[path = "common/python_sdk.rs"]
mod python_sdk;

use std::fmt::Write;
use std::sync::Arc;

use acs_call_automation::policy::{MemoryTransport, Request, Response};
use acs_call_automation::{CallAutomationEvent, Client};
use python_sdk::{CASES, KEY, call};

/// Headers whose values change from request to request (or from machine to machine).
const MASKED: &[&str] = &[
    "authorization",
    "repeatability-first-sent",
    "repeatability-request-id",
    "user-agent",
    "x-ms-client-request-id",
    "x-ms-date",
];

fn render(request: &Request) -> String {
    let mut out = format!("{} {}", request.method, request.url.path());
    if let Some(query) = request.url.query() {
        write!(out, "?{query}").unwrap();
    }
    out.push('\n');
    let mut headers: Vec<(String, String)> = request
        .headers
        .iter()
        .map(|(name, value)| {
            let value = if MASKED.contains(&name.as_str()) {
                "<per request>".to_string()
            } else {
                value.to_str().unwrap_or("<not text>").to_string()
            };
            (name.to_string(), value)
        })
        .collect();
    headers.sort();
    for (name, value) in headers {
        writeln!(out, "{name}: {value}").unwrap();
    }
    if let Some(body) = request.body.as_ref().filter(|b| !b.is_empty()) {
        out.push('\n');
        out.push_str(&String::from_utf8_lossy(body));
        out.push('\n');
    }
    out
}

#[tokio::test]
async fn every_operation_s_request() {
    for case in CASES {
        let transport = Arc::new(MemoryTransport::new());
        let body = match (case.status, case.operation) {
            (204, _) => String::new(),
            (_, "CallConnection_GetParticipants") => r#"{"value": []}"#.into(),
            _ => "{}".into(),
        };
        transport.push(Response::new(case.status, body));
        let client = Client::builder("https://contoso.communication.azure.com")
            .access_key(KEY)
            .unwrap()
            .transport(transport.clone())
            .build()
            .unwrap();
        call(&client, case)
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", case.operation));
        let sent = transport.requests();
        assert_eq!(sent.len(), 1, "{}", case.operation);
        insta::assert_snapshot!(case.operation, render(&sent[0]));
    }
}

#[test]
fn every_event_parsed_from_a_sample_payload() {
    let body = include_bytes!("data/callback-events.json");
    let events = CallAutomationEvent::parse(body).unwrap();
    assert_eq!(events.len(), 38);
    for event in &events {
        assert!(
            !matches!(event.data, CallAutomationEvent::Unknown(_)),
            "{}",
            event.event_type
        );
        let name = event
            .event_type
            .strip_prefix("Microsoft.Communication.")
            .unwrap();
        insta::assert_snapshot!(format!("event_{name}"), format!("{:#?}", event));
    }
}
