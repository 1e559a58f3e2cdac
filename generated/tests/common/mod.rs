//! Servers the tests start on 127.0.0.1, shared by the test files.
#![allow(dead_code)] // Each test file uses its own share of these.

use acs_call_automation::access_key::AccessKeyCredential;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

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

/// Recomputes the signature of a received request from what arrived, as the service does, with
/// the access key `key` (base64).
pub fn assert_signed(request: &Request, key: &str) {
    let header = |name: &str| request.headers[name].to_str().unwrap().to_string();
    let date = header("x-ms-date");
    assert!(
        httpdate::parse_http_date(&date).is_ok(),
        "x-ms-date is an HTTP date: {date}"
    );
    let path_and_query = match request.url.query() {
        Some(q) => format!("{}?{q}", request.url.path()),
        None => request.url.path().to_string(),
    };
    let expected = AccessKeyCredential::new(key).unwrap().sign(
        request.method.as_str(),
        &path_and_query,
        &header("host"),
        &date,
        &request.body,
    );
    assert_eq!(header("x-ms-content-sha256"), expected.content_sha256);
    assert_eq!(header("authorization"), expected.authorization);
}
