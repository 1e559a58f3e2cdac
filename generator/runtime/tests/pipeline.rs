//! The pipeline users plug into: policies per call and per try, an in-memory transport, time
//! limits that hold, error classification, and the spans and events of each call.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use openapi_client_runtime::credentials::{AccessToken, TokenFuture, TokenProvider};
use openapi_client_runtime::policy::{
    Context, MemoryTransport, Next, Policy, PolicyFuture, Request, Response,
};
use openapi_client_runtime::support::{
    Call, ClientIdentity, Credential, Pipeline, Received, Settings,
};
use openapi_client_runtime::testing::block_on;
use openapi_client_runtime::{Error, ErrorKind, RetryOptions};

const CLIENT: ClientIdentity = ClientIdentity {
    crate_name: "pipeline_tests",
    version: "0.0.0",
    request_id_header: Some("x-ms-client-request-id"),
    scopes: &["https://example.com/.default"],
};

/// A token provider that answers `token` at once, or never.
#[derive(Debug)]
struct Tokens(Option<&'static str>);

impl TokenProvider for Tokens {
    fn get_token<'a>(&'a self, _: &'a [&'a str]) -> TokenFuture<'a> {
        let token = self.0;
        Box::pin(async move {
            match token {
                Some(token) => Ok(AccessToken {
                    token: token.into(),
                    expires_on: std::time::SystemTime::now() + Duration::from_secs(3600),
                }),
                None => std::future::pending().await,
            }
        })
    }
}

fn pipeline(transport: &Arc<MemoryTransport>, change: impl FnOnce(&mut Settings)) -> Arc<Pipeline> {
    let mut settings = Settings::new("https://service.example/api".into());
    settings.transport = Some(transport.clone());
    settings.credential = Some(Credential::Token(Arc::new(Tokens(Some("secret-token")))));
    settings.retry = RetryOptions {
        initial_delay: Duration::from_millis(1),
        ..RetryOptions::default()
    };
    change(&mut settings);
    settings.build(CLIENT).expect("a pipeline").1
}

fn call(method: reqwest::Method, operation: &'static str) -> Call {
    let url =
        reqwest::Url::parse("https://service.example/api/items?api-version=1&key=k3y").unwrap();
    let mut call = Call::new(method, url);
    call.operation(operation);
    call
}

fn send(pipeline: &Pipeline, call: Call) -> Result<Received, Error> {
    block_on(pipeline.send::<serde_json::Value>(call))
}

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

#[cfg(feature = "tracing")]
mod spans {
    use super::*;
    use tracing::field::{Field, Visit};
    use tracing::span::{Attributes, Id, Record};
    use tracing::{Event, Subscriber};
    use tracing_subscriber::layer::{Context as LayerContext, Layer};
    use tracing_subscriber::prelude::*;
    use tracing_subscriber::registry::LookupSpan;

    /// A span's or an event's name and its fields, as text.
    type Entry = (String, Vec<(String, String)>);

    /// Every span's name and fields, and every event's fields, as text.
    #[derive(Clone, Default)]
    struct Collected(Arc<Mutex<Vec<Entry>>>);

    struct Fields<'a>(&'a mut Vec<(String, String)>);

    impl Visit for Fields<'_> {
        fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
            self.0.push((field.name().to_owned(), format!("{value:?}")));
        }
        fn record_str(&mut self, field: &Field, value: &str) {
            self.0.push((field.name().to_owned(), value.to_owned()));
        }
    }

    impl<S: Subscriber + for<'a> LookupSpan<'a>> Layer<S> for Collected {
        fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, _: LayerContext<'_, S>) {
            let mut fields = vec![("#id".to_owned(), id.into_u64().to_string())];
            attrs.record(&mut Fields(&mut fields));
            self.0
                .lock()
                .unwrap()
                .push((attrs.metadata().name().to_owned(), fields));
        }
        fn on_record(&self, id: &Id, values: &Record<'_>, _: LayerContext<'_, S>) {
            let mut spans = self.0.lock().unwrap();
            let id = id.into_u64().to_string();
            if let Some((_, fields)) = spans
                .iter_mut()
                .rev()
                .find(|(_, f)| f.first().is_some_and(|(k, v)| k == "#id" && *v == id))
            {
                values.record(&mut Fields(fields));
            }
        }
        fn on_event(&self, event: &Event<'_>, _: LayerContext<'_, S>) {
            let mut fields = Vec::new();
            event.record(&mut Fields(&mut fields));
            self.0.lock().unwrap().push(("event".to_owned(), fields));
        }
    }

    fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    #[test]
    fn each_call_and_attempt_is_a_span_with_http_attributes_and_no_secret() {
        let collected = Collected::default();
        let subscriber = tracing_subscriber::registry().with(collected.clone());
        let transport = Arc::new(MemoryTransport::new());
        transport.push(Response::new(503, "").with_header("retry-after", "0"));
        transport.push(Response::new(200, "{}").with_header("x-ms-request-id", "service-id-1"));
        let pipeline = pipeline(&transport, |_| {});
        tracing::subscriber::with_default(subscriber, || {
            send(&pipeline, call(reqwest::Method::GET, "Items_List")).unwrap();
        });
        let spans = collected.0.lock().unwrap().clone();
        let everything = format!("{spans:?}");
        for secret in ["secret-token", "k3y", "Bearer"] {
            assert!(!everything.contains(secret), "{secret} in {everything}");
        }
        let call = spans
            .iter()
            .find(|(n, _)| n == "call")
            .map(|(_, f)| f)
            .unwrap();
        assert_eq!(field(call, "otel.name"), Some("Items_List"));
        assert_eq!(field(call, "http.request.method"), Some("GET"));
        assert_eq!(field(call, "server.address"), Some("service.example"));
        assert_eq!(
            field(call, "url.full"),
            Some("https://service.example/api/items?api-version=1&key=REDACTED")
        );
        assert_eq!(field(call, "http.response.status_code"), Some("200"));
        assert_eq!(field(call, "az.service_request_id"), Some("service-id-1"));
        assert!(field(call, "az.client_request_id").is_some_and(|id| id.len() == 36));
        let attempts: Vec<_> = spans
            .iter()
            .filter(|(n, _)| n == "attempt")
            .map(|(_, f)| f)
            .collect();
        assert_eq!(attempts.len(), 2);
        assert_eq!(field(attempts[0], "http.request.resend_count"), Some("0"));
        assert_eq!(field(attempts[0], "http.response.status_code"), Some("503"));
        assert_eq!(field(attempts[0], "error.type"), Some("503"));
        assert_eq!(field(attempts[1], "http.request.resend_count"), Some("1"));
        let retry = spans
            .iter()
            .find(|(n, f)| n == "event" && field(f, "message") == Some("retrying"))
            .map(|(_, f)| f)
            .unwrap();
        assert_eq!(field(retry, "reason"), Some("status 503"));
        assert_eq!(field(retry, "delay_ms"), Some("0"));
    }
}
