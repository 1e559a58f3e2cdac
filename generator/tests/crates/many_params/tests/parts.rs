//! Parameters set in parts reach the wire as if set one by one: the first and last of each
//! part, in the spec's order.

use fixture_many_params::client::SearchOptions;
use fixture_many_params::{Client, RetryOptions};
use openapi_client_runtime::testing::{Server, block_on};

#[test]
fn every_part_sends_its_parameters() {
    let server = Server::start(204, None);
    let client = Client::builder(server.url())
        .retry(RetryOptions::none())
        .build()
        .unwrap();
    let options = SearchOptions {
        q0: Some(0),
        q63: Some(63),
        q64: Some(64),
        q69: Some(69),
        x_h0: Some("first".into()),
        x_h65: Some("last".into()),
        ..Default::default()
    };
    block_on(client.search(Some(options))).unwrap();
    let sent = server.request();
    let mut query = sent.query.clone();
    query.sort();
    assert_eq!(
        query,
        [("q0", "0"), ("q63", "63"), ("q64", "64"), ("q69", "69")]
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
    );
    assert_eq!(sent.header("x-h0"), Some("first"));
    assert_eq!(sent.header("x-h65"), Some("last"));
    assert_eq!(sent.header("x-h1"), None);
}
