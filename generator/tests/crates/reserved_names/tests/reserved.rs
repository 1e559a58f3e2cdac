//! Client parameters named like the builder's and the client's own names (`transport`,
//! `settings`, `pipeline`, `endpoint`, `new`, …: the runtime's `reserved` list) are renamed in
//! Rust (`transport2`) and keep their wire names, and the builder's own setters still do what
//! they do: the crate compiles, and a call sends every parameter.

use std::sync::Arc;

use fixture_reserved_names::Client;
use fixture_reserved_names::policy::{MemoryTransport, Response};

#[tokio::test]
async fn reserved_names_are_renamed_and_keep_their_wire_names() {
    let transport = Arc::new(MemoryTransport::new());
    transport.push(Response::json(200, &serde_json::json!({"value": ["a"]})));
    let client = Client::builder("https://reserved.example.com")
        // The builder's own setters...
        .transport(transport.clone())
        .timeout(std::time::Duration::from_secs(5))
        // ...and the client parameters of the same wire names.
        .transport2("t")
        .settings2("s")
        .pipeline2("p")
        .endpoint2("e")
        .build()
        .unwrap();
    assert_eq!(client.endpoint().as_str(), "https://reserved.example.com/");
    assert_eq!((client.transport2(), client.pipeline2()), ("t", "p"));
    let page = client.items_list(None).await.unwrap();
    assert_eq!(page.value.as_deref(), Some(&["a".to_string()][..]));
    let sent = transport.requests();
    assert_eq!(sent.len(), 1);
    let query: Vec<(String, String)> = sent[0]
        .url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let value = |name: &str| {
        query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    assert_eq!(value("transport"), Some("t"));
    assert_eq!(value("settings"), Some("s"));
    assert_eq!(value("pipeline"), Some("p"));
    assert_eq!(value("endpoint"), Some("e"));
    // The others at their defaults: every reserved name is a query parameter.
    assert_eq!(value("per_try_policy"), Some("d-per_try_policy"));
    assert_eq!(value("new"), Some("d-new"));
    assert_eq!(query.len(), 33, "{query:?}");
}
