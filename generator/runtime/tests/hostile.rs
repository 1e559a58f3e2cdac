//! What a client does with hostile or careless servers: header values that overflow arithmetic,
//! links and redirects to other origins, secrets in errors, control characters in messages.
//! Every server is a script served on 127.0.0.1.

use std::sync::Arc;
use std::time::{Duration, Instant};

use openapi_client_runtime::Error;
use openapi_client_runtime::credentials::StaticToken;
use openapi_client_runtime::support::{
    Call, ClientIdentity, Credential, Pipeline, Received, Settings, json_error,
};
use openapi_client_runtime::testing::{Server, block_on};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

const CLIENT: ClientIdentity = ClientIdentity {
    crate_name: "hostile_tests",
    version: "0.0.0",
    request_id_header: None,
    scopes: &["https://example.com/.default"],
};

const TOKEN: &str = "token-that-must-stay-home";
const KEY: &str = "key-that-must-stay-home";

fn pipeline(endpoint: &str, change: impl FnOnce(&mut Settings)) -> (reqwest::Url, Arc<Pipeline>) {
    let mut settings = Settings::new(endpoint.to_owned());
    settings.credential = Some(Credential::Token(Arc::new(StaticToken(TOKEN.into()))));
    change(&mut settings);
    settings.build(CLIENT).expect("a pipeline")
}

/// What the generated `authenticate` does for an API key in a header.
fn api_key(call: &mut Call) {
    let mut value = HeaderValue::from_static(KEY);
    value.set_sensitive(true);
    call.header_value(HeaderName::from_static("x-api-key"), value);
}

fn answer(status: &str, headers: &[&str], body: &str) -> String {
    let mut text = format!("HTTP/1.1 {status}\r\n");
    for h in headers {
        text.push_str(h);
        text.push_str("\r\n");
    }
    text.push_str(&format!("content-length: {}\r\n\r\n{body}", body.len()));
    text
}

fn get(url: &str) -> Call {
    Call::new(reqwest::Method::GET, reqwest::Url::parse(url).unwrap())
}

#[test]
fn delays_no_duration_can_hold_neither_panic_nor_wait() {
    let huge = [
        "retry-after-ms: 1e300",
        "retry-after-ms: inf",
        "x-ms-retry-after-ms: 1.7976931348623157e308",
        "retry-after: 18446744073709551615",
        "retry-after: 99999999999999999999999999999",
        "retry-after: Fri, 31 Dec 9999 23:59:59 GMT",
    ];
    for header in huge {
        // On a success the delay is not even read; on a retryable status it ends the retries
        // (it is past the budget) instead of sleeping or overflowing.
        for status in ["200 OK", "503 Busy"] {
            let server = Server::script(vec![answer(status, &[header], "{}")]);
            let (_, pipeline) = pipeline(server.url(), |_| {});
            let started = Instant::now();
            let received = block_on(pipeline.send(get(server.url())))
                .unwrap_or_else(|e| panic!("{header}: {e}"));
            assert_eq!(received.status.as_str(), &status[..3], "{header}");
            assert!(started.elapsed() < Duration::from_secs(5), "{header}");
            server.request();
        }
    }
}

#[test]
fn next_page_links_to_another_origin_are_refused_unless_asked_for_and_then_bare() {
    let foreign = Server::script(vec![answer("200 OK", &[], "{\"page\":2}")]);
    let link = format!("{}/page2?api_key=leak", foreign.url());
    let (endpoint, refusing) = pipeline("http://127.0.0.1:9/", |_| {});
    let refused = block_on(refusing.next_page::<serde_json::Value, serde_json::Value>(
        &endpoint,
        &link,
        CLIENT_QUERY,
        api_key,
        json_error,
    ));
    let message = refused.unwrap_err().to_string();
    assert!(message.contains("follow_foreign_links"), "{message}");
    assert!(!message.contains("leak"), "{message}");
    assert!(foreign.try_request(Duration::from_millis(300)).is_none());

    let (endpoint, following) = pipeline("http://127.0.0.1:9/", |s| s.follow_foreign_links = true);
    let page = block_on(following.next_page::<serde_json::Value, serde_json::Value>(
        &endpoint,
        &link,
        CLIENT_QUERY,
        api_key,
        json_error,
    ))
    .unwrap();
    assert_eq!(page["page"], 2);
    let sent = foreign.request();
    assert_eq!(sent.path, "/page2");
    assert!(
        sent.query.iter().all(|(k, _)| k != "api-version"),
        "{:?}",
        sent.query
    );
    assert_eq!(sent.header("authorization"), None);
    assert_eq!(sent.header("x-api-key"), None);
}

/// The client's query parameters, which next-page links on its origin that lack them get.
const CLIENT_QUERY: &[(&str, &str)] = &[("api-version", "2025-05-15")];

#[test]
fn links_on_the_endpoints_origin_carry_the_credentials_and_the_api_version() {
    let server = Server::script(vec![
        answer("200 OK", &[], "[]"),
        answer("200 OK", &[], "[]"),
    ]);
    let (endpoint, pipeline) = pipeline(&format!("{}/base/", server.url()), |_| {});
    for link in [
        "/base/items?page=2",
        "/base/items?page=3&api-version=2020-01-01",
    ] {
        let _: serde_json::Value = block_on(pipeline.next_page(
            &endpoint,
            link,
            CLIENT_QUERY,
            api_key,
            json_error::<serde_json::Value>,
        ))
        .unwrap();
    }
    let sent = server.request();
    assert_eq!(
        sent.header("authorization"),
        Some(&*format!("Bearer {TOKEN}"))
    );
    assert_eq!(sent.header("x-api-key"), Some(KEY));
    let query = |pairs: &[(&str, &str)]| {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect::<Vec<_>>()
    };
    // A link without the api-version gets the client's; one with its own keeps it.
    assert_eq!(
        sent.query,
        query(&[("api-version", "2025-05-15"), ("page", "2")])
    );
    let sent = server.request();
    assert_eq!(
        sent.query,
        query(&[("api-version", "2020-01-01"), ("page", "3")])
    );
}

#[test]
fn links_from_https_to_http_are_never_followed() {
    let (endpoint, pipeline) = pipeline("https://service.example/", |s| {
        s.follow_foreign_links = true
    });
    for link in [
        "http://service.example/page2",
        "http://elsewhere.example/page2",
        "ftp://service.example/page2",
    ] {
        let refused = block_on(pipeline.next_page::<serde_json::Value, serde_json::Value>(
            &endpoint,
            link,
            CLIENT_QUERY,
            api_key,
            json_error,
        ));
        let message = refused.unwrap_err().to_string();
        assert!(message.contains("would leave https"), "{link}: {message}");
    }
}

fn first_answer(headers: &[(&'static str, String)]) -> Received {
    let mut map = HeaderMap::new();
    for (name, value) in headers {
        map.insert(*name, HeaderValue::from_str(value).unwrap());
    }
    Received {
        status: reqwest::StatusCode::ACCEPTED,
        headers: map,
        body: Vec::new(),
        request_id: None,
    }
}

/// Waits for a long-running operation whose first answer (202, `Retry-After: 0`) names its
/// monitor at `{monitor}/operations/1`.
fn wait(pipeline: &Pipeline, endpoint: &reqwest::Url, monitor: &str) -> Result<Received, Error> {
    let first = first_answer(&[
        ("operation-location", format!("{monitor}/operations/1")),
        ("retry-after", "0".into()),
    ]);
    block_on(pipeline.wait_for_operation(
        endpoint,
        first,
        endpoint.clone(),
        "azure-async-operation",
        api_key,
        json_error::<serde_json::Value>,
    ))
}

#[test]
fn long_running_monitors_elsewhere_are_refused() {
    let foreign = Server::script(vec![answer("200 OK", &[], "{\"status\":\"Succeeded\"}")]);
    let (endpoint, pipeline) = pipeline("http://127.0.0.1:9/", |_| {});
    let outcome = wait(&pipeline, &endpoint, foreign.url());
    assert!(
        matches!(&outcome, Err(Error::InvalidRequest(m)) if m.contains("not to the endpoint's origin")),
        "{outcome:?}"
    );
    assert!(foreign.try_request(Duration::from_millis(300)).is_none());
}

#[test]
fn polling_stops_at_its_time_limit_when_the_service_asks_to_wait_past_it() {
    let server = Server::script(vec![answer(
        "200 OK",
        &["retry-after: 31536000"],
        "{\"status\":\"Running\"}",
    )]);
    let (endpoint, pipeline) = pipeline(server.url(), |s| {
        s.poll_timeout = Some(Duration::from_secs(5))
    });
    let started = Instant::now();
    let outcome = wait(&pipeline, &endpoint, server.url());
    assert!(matches!(outcome, Err(Error::Timeout)), "{outcome:?}");
    assert!(started.elapsed() < Duration::from_secs(4));
    assert_eq!(server.request().path, "/operations/1");
}

#[test]
fn polling_has_a_default_time_limit() {
    let settings = Settings::new("https://example.com".into());
    assert_eq!(
        settings.poll_timeout,
        Some(openapi_client_runtime::support::DEFAULT_POLL_TIMEOUT)
    );
    assert!(!settings.follow_foreign_links);
}

fn with_key(url: &str) -> Call {
    let mut call = get(url);
    api_key(&mut call);
    call.query_key("api_key", &HeaderValue::from_static("query-key-secret"));
    call
}

#[test]
fn redirects_to_another_origin_are_not_followed() {
    let elsewhere = Server::script(vec![answer("200 OK", &[], "{}")]);
    let location = format!("location: {}/stolen", elsewhere.url());
    let server = Server::script(vec![answer("302 Found", &[&location], "")]);
    let (_, pipeline) = pipeline(server.url(), |_| {});
    let received = block_on(pipeline.send(with_key(server.url()))).unwrap();
    assert_eq!(received.status.as_u16(), 302);
    server.request();
    assert!(elsewhere.try_request(Duration::from_millis(300)).is_none());
}

#[test]
fn redirects_within_the_origin_are_followed_without_a_referer() {
    let server = Server::script(vec![
        answer("307 Temporary Redirect", &["location: /moved"], ""),
        answer("200 OK", &[], "{}"),
    ]);
    let (_, pipeline) = pipeline(server.url(), |_| {});
    let url = format!("{}/start", server.url());
    let received = block_on(pipeline.send(with_key(&url))).unwrap();
    assert_eq!(received.status.as_u16(), 200);
    assert_eq!(server.request().path, "/start");
    let moved = server.request();
    assert_eq!(moved.path, "/moved");
    assert_eq!(moved.header("referer"), None);
}

#[test]
fn transport_errors_show_no_secret_of_the_url() {
    // A port nobody listens on any more.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/items", closed.local_addr().unwrap());
    drop(closed);
    let (_, pipeline) = pipeline(&url, |s| s.retry.max_retries = 0);
    let error = block_on(pipeline.send(with_key(&url))).unwrap_err().0;
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    let shown = format!("{error} / {error:?}");
    assert!(!shown.contains("query-key-secret"), "{shown}");
    assert!(shown.contains("api_key=REDACTED"), "{shown}");
}

#[test]
fn endpoints_with_passwords_are_refused_without_repeating_them() {
    let refused = Settings::new("https://me:hunter2@example.com/".into()).build(CLIENT);
    let message = refused.unwrap_err().to_string();
    assert!(message.contains("user name or password"), "{message}");
    assert!(!message.contains("hunter2"), "{message}");
    let settings = Settings::new("https://me:hunter2@example.com/".into());
    assert!(!format!("{settings:?}").contains("hunter2"));
}

#[test]
fn service_messages_cannot_forge_log_lines() {
    let body = format!(
        "{{\"error\":{{\"code\":\"Bad\\r\\nINFO forged\\u001b[31m\",\"message\":\"a\\u202eb{}\"}}}}",
        "x".repeat(1_000_000)
    );
    let server = Server::script(vec![answer("400 Bad Request", &[], &body)]);
    let (_, pipeline) = pipeline(server.url(), |_| {});
    let received = block_on(pipeline.send(get(server.url()))).unwrap();
    let error = received.into_error::<serde_json::Value>();
    let shown = error.to_string();
    assert!(!shown.chars().any(|c| c.is_control()), "{shown:?}");
    assert!(!shown.contains('\u{202e}'));
    assert!(
        shown.contains("\\u{1b}") && shown.contains("\\u{202e}"),
        "{shown}"
    );
    assert!(shown.chars().count() < 700, "{}", shown.len());
    // The whole values stay available.
    let service = error.service_error().unwrap();
    assert!(service.message().unwrap().len() > 1_000_000);
    assert!(service.code().unwrap().contains("\r\n"));
}

#[test]
fn a_pipelines_debug_leaves_the_users_http_client_out() {
    let mut headers = HeaderMap::new();
    headers.insert(
        "x-secret",
        HeaderValue::from_static("s3cr3t-default-header"),
    );
    let http = openapi_client_runtime::http_client_builder()
        .unwrap()
        .default_headers(headers)
        .build()
        .unwrap();
    let (_, pipeline) = pipeline("https://example.com", |s| s.http = Some(http));
    let shown = format!("{pipeline:?}");
    assert!(!shown.contains("s3cr3t"), "{shown}");
    assert!(!shown.contains(TOKEN), "{shown}");
    assert!(shown.contains("https://example.com"), "{shown}");
}

/// A POST, PUT or PATCH without a body says so with `Content-Length: 0` (RFC 9110 §8.6: some
/// front ends answer 411 without it); a GET sends none.
#[test]
fn bodyless_posts_say_their_length_is_zero() {
    for (method, expected) in [
        (reqwest::Method::POST, Some("0")),
        (reqwest::Method::PUT, Some("0")),
        (reqwest::Method::PATCH, Some("0")),
        (reqwest::Method::GET, None),
        (reqwest::Method::DELETE, None),
    ] {
        let server = Server::script(vec![answer("204 No Content", &[], "")]);
        let (_, pipeline) = pipeline(server.url(), |_| {});
        let url = reqwest::Url::parse(&format!("{}/jobs/1:cancel", server.url())).unwrap();
        block_on(pipeline.send(Call::new(method.clone(), url))).unwrap();
        let sent = server.request();
        assert_eq!(sent.header("content-length"), expected, "{method}");
    }
}
