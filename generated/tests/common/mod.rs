//! Servers the tests start on 127.0.0.1, shared by the test files.
#![allow(dead_code)] // Each test file uses its own share of these.

use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A server answering every request with `response`.
pub async fn server_answering(response: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(response)
        .mount(&server)
        .await;
    server
}

/// A server answering every request with 200 and no body.
pub async fn ok_server() -> MockServer {
    server_answering(ResponseTemplate::new(200)).await
}
