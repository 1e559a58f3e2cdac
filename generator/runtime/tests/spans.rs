//! The spans and events of each call, in a test binary of its own: `tracing` caches per
//! call site whether anyone listens, and a test on another thread hitting the same call sites
//! while this one installs its subscriber could leave them cached as unheard.
#![cfg(feature = "tracing")]

mod common;

use std::sync::{Arc, Mutex};

use common::{call, pipeline, send};
use openapi_client_runtime::policy::{MemoryTransport, Response};

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
