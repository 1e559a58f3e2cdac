//! Code built on the client, tested without a server: an in-memory transport answers, a policy
//! of the user's adds a header to every attempt, and the requests sent are inspected.

use std::sync::Arc;

use acs_call_automation::models::UnholdRequest;
use acs_call_automation::policy::{
    Context, MemoryTransport, Next, Policy, PolicyFuture, Request, Response,
};
use acs_call_automation::{Client, Error, ErrorKind};

const KEY: &str =
    "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+Pw==";

fn unhold() -> UnholdRequest {
    UnholdRequest::new("8:acs:user")
}

/// The user's policy: a tenant header on every attempt.
#[derive(Debug)]
struct Tenant;

impl Policy for Tenant {
    fn send<'a>(
        &'a self,
        _: &'a Context,
        mut request: Request,
        next: Next<'a>,
    ) -> PolicyFuture<'a> {
        request
            .headers
            .insert("x-tenant", "contoso".parse().expect("a header value"));
        next.send(request)
    }
}

#[tokio::test]
async fn calls_run_against_an_in_memory_transport() {
    let transport = Arc::new(MemoryTransport::new());
    transport.push(Response::new(503, "").with_header("retry-after", "0"));
    transport.push(Response::new(200, ""));
    let client = Client::builder("https://contoso.communication.azure.com")
        .access_key(KEY)
        .unwrap()
        .transport(transport.clone())
        .per_try_policy(Arc::new(Tenant))
        .build()
        .unwrap();
    client
        .call_media_unhold("call-1", &unhold(), None)
        .await
        .unwrap();
    let sent = transport.requests();
    assert_eq!(sent.len(), 2, "the 503 was retried");
    for request in &sent {
        assert_eq!(request.method, "POST");
        assert_eq!(
            request.url.as_str(),
            "https://contoso.communication.azure.com/calling/callConnections/call-1:unhold?api-version=2026-03-12"
        );
        assert_eq!(request.headers["x-tenant"], "contoso");
        // Signed after the user's policy, each attempt anew.
        assert!(
            request.headers["authorization"]
                .to_str()
                .unwrap()
                .starts_with(
                    "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature="
                )
        );
        let body: serde_json::Value =
            serde_json::from_slice(request.body.as_deref().unwrap()).unwrap();
        assert_eq!(body["targetParticipant"]["rawId"], "8:acs:user");
    }
    // The same client id on both attempts, as the service expects for retries.
    assert_eq!(
        sent[0].headers["x-ms-client-request-id"],
        sent[1].headers["x-ms-client-request-id"]
    );
}

#[tokio::test]
async fn service_errors_from_the_memory_transport_are_typed() {
    let transport = Arc::new(MemoryTransport::new());
    transport.push(Response::json(
        404,
        &serde_json::json!({ "error": { "code": "CallNotFound", "message": "No such call." } }),
    ));
    let client = Client::builder("https://contoso.communication.azure.com")
        .transport(transport.clone())
        .build()
        .unwrap();
    let error = client
        .call_media_unhold("gone", &unhold(), None)
        .await
        .unwrap_err();
    let Error::Service(service) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(service.code(), Some("CallNotFound"));
    assert_eq!(error.kind(), ErrorKind::Rejected);
    assert!(!error.is_retryable());
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
}
