//! The pipeline users plug into: policies per call and per try, an in-memory transport, time
//! limits that hold, and error classification (spans: `tests/spans.rs`).

mod common;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{Tokens, call, pipeline, send};
use openapi_client_runtime::policy::{
    Context, MemoryTransport, Next, Policy, PolicyFuture, Request, Response,
};
use openapi_client_runtime::support::{Credential, Settings};
use openapi_client_runtime::{Error, ErrorKind, RetryOptions};

/// Records what it sees, in a shared log, under its name.
#[derive(Debug)]
struct Log {
    name: &'static str,
    log: Arc<Mutex<Vec<String>>>,
}

impl Policy for Log {
    fn send<'a>(
        &'a self,
        context: &'a Context,
        request: Request,
        next: Next<'a>,
    ) -> PolicyFuture<'a> {
        Box::pin(async move {
            let authorized = request.headers.contains_key("authorization");
            self.log.lock().unwrap().push(format!(
                "{} {} try {} auth {authorized}",
                self.name, context.operation, context.attempt
            ));
            let response = next.send(request).await?;
            self.log.lock().unwrap().push(format!(
                "{} got {}",
                self.name,
                response.status.as_u16()
            ));
            Ok(response)
        })
    }
}

#[test]
fn per_call_policies_run_once_and_per_try_policies_each_attempt_before_credentials() {
    let transport = Arc::new(MemoryTransport::new());
    transport.push(Response::new(503, "").with_header("retry-after", "0"));
    transport.push(Response::new(200, "{}"));
    let log = Arc::new(Mutex::new(Vec::new()));
    let policy = |name| -> Arc<dyn Policy> {
        Arc::new(Log {
            name,
            log: log.clone(),
        })
    };
    let pipeline = pipeline(&transport, |s| {
        s.per_call = vec![policy("call-a"), policy("call-b")];
        s.per_try = vec![policy("try")];
    });
    let received = send(&pipeline, call(reqwest::Method::GET, "Items_List")).unwrap();
    assert_eq!(received.status.as_u16(), 200);
    assert_eq!(
        *log.lock().unwrap(),
        [
            "call-a Items_List try 0 auth false",
            "call-b Items_List try 0 auth false",
            "try Items_List try 0 auth false",
            "try got 503",
            "try Items_List try 1 auth false",
            "try got 200",
            "call-b got 200",
            "call-a got 200",
        ]
    );
    // The credentials were added after the policies, on each attempt.
    let sent = transport.requests();
    assert_eq!(sent.len(), 2);
    for request in &sent {
        assert_eq!(
            request.headers.get("authorization").unwrap(),
            "Bearer secret-token"
        );
    }
    assert_eq!(transport.pending(), 0);
}

/// Answers by itself: the transport is never reached.
#[derive(Debug)]
struct Canned;

impl Policy for Canned {
    fn send<'a>(&'a self, _: &'a Context, _: Request, _: Next<'a>) -> PolicyFuture<'a> {
        Box::pin(async { Ok(Response::json(200, &serde_json::json!({ "cached": true }))) })
    }
}

#[test]
fn a_policy_can_answer_without_sending() {
    let transport = Arc::new(MemoryTransport::new());
    let pipeline = pipeline(&transport, |s| s.per_call = vec![Arc::new(Canned)]);
    let received = send(&pipeline, call(reqwest::Method::GET, "Items_List")).unwrap();
    assert_eq!(received.body, br#"{"cached":true}"#);
    assert!(transport.requests().is_empty());
}

/// Fails every attempt as a fault injector would.
#[derive(Debug)]
struct Fail;

impl Policy for Fail {
    fn send<'a>(&'a self, _: &'a Context, _: Request, _: Next<'a>) -> PolicyFuture<'a> {
        Box::pin(async { Err(Error::Timeout) })
    }
}

#[test]
fn injected_failures_are_retried_as_real_ones() {
    let transport = Arc::new(MemoryTransport::new());
    let pipeline = pipeline(&transport, |s| {
        s.per_try = vec![Arc::new(Fail)];
        s.retry.max_retries = 2;
    });
    let error = send(&pipeline, call(reqwest::Method::GET, "Items_List")).unwrap_err();
    assert!(matches!(error, Error::Timeout), "{error:?}");
    assert!(error.is_retryable());
    // A POST that timed out is not made again: the service may have acted on it.
    let error = send(&pipeline, call(reqwest::Method::POST, "Items_Create")).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Timeout);
}

#[test]
fn a_memory_transport_without_answers_says_so() {
    let transport = Arc::new(MemoryTransport::new());
    let pipeline = pipeline(&transport, |_| {});
    let error = send(&pipeline, call(reqwest::Method::GET, "Items_List")).unwrap_err();
    let message = error.to_string();
    assert!(
        message.contains(
            "no answer queued for GET https://service.example/api/items?api-version=1&key=REDACTED"
        ),
        "{message}"
    );
    assert_eq!(transport.requests().len(), 1);
}

#[test]
fn a_hung_token_provider_counts_against_the_attempt_limit() {
    let transport = Arc::new(MemoryTransport::new());
    let pipeline = pipeline(&transport, |s| {
        s.credential = Some(Credential::Token(Arc::new(Tokens(None))));
        s.attempt_timeout = Some(Duration::from_millis(200));
        s.timeout = None;
        s.retry = RetryOptions::none();
    });
    let started = Instant::now();
    let error = send(&pipeline, call(reqwest::Method::GET, "Items_List")).unwrap_err();
    assert!(matches!(error, Error::Timeout), "{error:?}");
    assert!(started.elapsed() < Duration::from_secs(5));
    assert!(transport.requests().is_empty());
}

#[test]
fn a_whole_call_has_a_default_limit() {
    let settings = Settings::new("https://example.com".into());
    assert_eq!(
        settings.timeout,
        Some(openapi_client_runtime::support::DEFAULT_TIMEOUT)
    );
    // With no attempt limit, the call's own limit ends a hung token fetch.
    let transport = Arc::new(MemoryTransport::new());
    let pipeline = pipeline(&transport, |s| {
        s.credential = Some(Credential::Token(Arc::new(Tokens(None))));
        s.attempt_timeout = None;
        s.timeout = Some(Duration::from_millis(200));
    });
    let error = send(&pipeline, call(reqwest::Method::GET, "Items_List")).unwrap_err();
    assert!(matches!(error, Error::Timeout), "{error:?}");
}

#[test]
fn a_retry_delay_past_the_call_limit_ends_the_call_at_its_limit() {
    // A 503 asking to wait 30 s, within the retry budget, but past the call's 300 ms: the call
    // ends with a timeout at its limit, neither at once nor after 30 s.
    let transport = Arc::new(MemoryTransport::new());
    let mut busy = Response::new(503, "");
    busy.headers.insert("retry-after", "30".parse().unwrap());
    transport.push(busy);
    let pipeline = pipeline(&transport, |s| {
        s.timeout = Some(Duration::from_millis(300));
        s.retry.max_total = Duration::from_secs(120);
    });
    let started = Instant::now();
    let error = send(&pipeline, call(reqwest::Method::GET, "Items_List")).unwrap_err();
    assert!(matches!(error, Error::Timeout), "{error:?}");
    let took = started.elapsed();
    assert!(took >= Duration::from_millis(250), "{took:?}");
    assert!(took < Duration::from_secs(10), "{took:?}");
    assert_eq!(transport.requests().len(), 1);
}

#[test]
fn an_attempt_limit_longer_than_what_is_left_of_the_call_ends_at_the_call_limit() {
    // A hung token fetch, an attempt limit of a minute and a call limit of 300 ms: the attempt
    // is cut at the call's limit, and not retried.
    let transport = Arc::new(MemoryTransport::new());
    let pipeline = pipeline(&transport, |s| {
        s.credential = Some(Credential::Token(Arc::new(Tokens(None))));
        s.attempt_timeout = Some(Duration::from_secs(60));
        s.timeout = Some(Duration::from_millis(300));
    });
    let started = Instant::now();
    let error = send(&pipeline, call(reqwest::Method::GET, "Items_List")).unwrap_err();
    assert!(matches!(error, Error::Timeout), "{error:?}");
    assert!(started.elapsed() < Duration::from_secs(10));
    assert!(transport.requests().is_empty());
}

#[test]
fn errors_say_what_kind_they_are_and_whether_to_try_again() {
    let service = |status: u16| {
        let transport = Arc::new(MemoryTransport::new());
        transport.push(Response::json(
            status,
            &serde_json::json!({"error": {"code": "E"}}),
        ));
        let pipeline = pipeline(&transport, |s| s.retry = RetryOptions::none());
        send(&pipeline, call(reqwest::Method::POST, "Items_Create"))
            .unwrap()
            .into_error::<serde_json::Value>()
    };
    for (status, kind, retryable) in [
        (400, ErrorKind::Rejected, false),
        (404, ErrorKind::Rejected, false),
        (408, ErrorKind::Rejected, true),
        (429, ErrorKind::Throttled, true),
        (500, ErrorKind::ServiceFault, true),
        (501, ErrorKind::ServiceFault, false),
        (503, ErrorKind::ServiceFault, true),
    ] {
        let error = service(status);
        assert_eq!(error.kind(), kind, "{status}");
        assert_eq!(error.is_retryable(), retryable, "{status}");
        assert_eq!(error.status().map(|s| s.as_u16()), Some(status));
    }
    let invalid: Error = Error::InvalidRequest("bad".into());
    assert_eq!(invalid.kind(), ErrorKind::InvalidRequest);
    assert!(!invalid.is_retryable() && invalid.status().is_none());
}
