//! Retries, time limits, request headers and bounded reads, against servers started on 127.0.0.1.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use acs_call_automation::client::CallMediaUnholdOptions;
use acs_call_automation::models::UnholdRequest;
use acs_call_automation::{Client, ClientBuilder, Error, RetryOptions};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const ID: &str = "call-1";

fn request() -> UnholdRequest {
    UnholdRequest::new("8:acs:1")
}

fn retries(max_retries: u32) -> RetryOptions {
    RetryOptions {
        max_retries,
        initial_delay: Duration::from_millis(1),
        max_delay: Duration::from_millis(20),
        max_total: Duration::from_secs(10),
    }
}

fn builder(server: &MockServer) -> ClientBuilder {
    Client::builder(server.uri()).retry(retries(3))
}

/// A server answering each status of `statuses` once, in order, then 200.
async fn server_with(statuses: &[ResponseTemplate]) -> MockServer {
    let server = MockServer::start().await;
    for response in statuses {
        Mock::given(any())
            .respond_with(response.clone())
            .up_to_n_times(1)
            .mount(&server)
            .await;
    }
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    server
}

async fn received(server: &MockServer) -> Vec<Request> {
    server.received_requests().await.expect("recording is on")
}

#[tokio::test]
async fn every_request_carries_a_request_id_user_agent_and_accept() {
    let server = server_with(&[]).await;
    let client = builder(&server)
        .user_agent_prefix("my-app/2.0")
        .build()
        .unwrap();
    client
        .call_media_unhold(ID, &request(), None)
        .await
        .unwrap();
    client
        .call_media_unhold(ID, &request(), None)
        .await
        .unwrap();

    let requests = received(&server).await;
    let ids: Vec<&str> = requests
        .iter()
        .map(|r| r.headers["x-ms-client-request-id"].to_str().unwrap())
        .collect();
    for id in &ids {
        let parsed = uuid::Uuid::parse_str(id).expect("a UUID");
        assert_eq!(parsed.get_version_num(), 4);
    }
    assert_ne!(ids[0], ids[1], "a new id per call");
    let r = &requests[0];
    assert_eq!(r.headers["x-ms-return-client-request-id"], "true");
    // As the official SDKs do, and compressed answers are read.
    assert_eq!(r.headers["accept-encoding"], "gzip, deflate");
    assert_eq!(r.headers["accept"], "application/json");
    assert_eq!(r.headers["content-type"], "application/json");
    let agent = r.headers["user-agent"].to_str().unwrap();
    let expected = format!(
        "my-app/2.0 acs-call-automation/{} (rust; ",
        env!("CARGO_PKG_VERSION")
    );
    assert!(agent.starts_with(&expected), "{agent}");
}

#[tokio::test]
async fn per_call_headers_and_timeout_apply_to_that_call_only() {
    let server = server_with(&[]).await;
    let client = builder(&server).build().unwrap();
    let mut options = CallMediaUnholdOptions::default();
    options.headers.insert("x-custom", "1".parse().unwrap());
    options
        .headers
        .insert("user-agent", "replaced".parse().unwrap());
    options.timeout = Some(Duration::from_secs(5));
    client
        .call_media_unhold(ID, &request(), Some(options))
        .await
        .unwrap();
    client
        .call_media_unhold(ID, &request(), None)
        .await
        .unwrap();

    let requests = received(&server).await;
    assert_eq!(requests[0].headers["x-custom"], "1");
    assert_eq!(requests[0].headers["user-agent"], "replaced");
    assert!(!requests[1].headers.contains_key("x-custom"));
}

#[tokio::test]
async fn retryable_statuses_are_retried_with_the_same_request_id() {
    let server = server_with(&[
        ResponseTemplate::new(503),
        ResponseTemplate::new(500),
        ResponseTemplate::new(504),
    ])
    .await;
    let client = builder(&server).build().unwrap();
    client
        .call_media_unhold(ID, &request(), None)
        .await
        .unwrap();

    let requests = received(&server).await;
    assert_eq!(requests.len(), 4);
    let id = &requests[0].headers["x-ms-client-request-id"];
    assert!(
        requests
            .iter()
            .all(|r| r.headers["x-ms-client-request-id"] == id),
        "one id across retries"
    );
    assert!(
        requests.iter().all(|r| r.body == requests[0].body),
        "the same body every time"
    );
}

#[tokio::test]
async fn retries_stop_after_max_retries_and_return_the_last_answer() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    let client = builder(&server).retry(retries(2)).build().unwrap();
    let err = client
        .call_media_unhold(ID, &request(), None)
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(received(&server).await.len(), 3);

    let none = builder(&server)
        .retry(RetryOptions::none())
        .build()
        .unwrap();
    none.call_media_unhold(ID, &request(), None)
        .await
        .unwrap_err();
    assert_eq!(
        received(&server).await.len(),
        4,
        "RetryOptions::none() makes one attempt"
    );
}

#[tokio::test]
async fn a_post_is_not_retried_where_the_service_may_have_acted() {
    for status in [408, 502, 400, 404] {
        let server = server_with(&[ResponseTemplate::new(status)]).await;
        let client = builder(&server).build().unwrap();
        let err = client
            .call_media_unhold(ID, &request(), None)
            .await
            .unwrap_err();
        assert_eq!(err.status().map(|s| s.as_u16()), Some(status));
        assert_eq!(received(&server).await.len(), 1, "status {status}");
    }
}

#[tokio::test]
async fn a_throttled_post_is_retried_after_the_delay_the_service_asks_for() {
    let server = server_with(&[
        ResponseTemplate::new(429).insert_header("retry-after-ms", "150"),
        ResponseTemplate::new(429).insert_header("x-ms-retry-after-ms", "100"),
        ResponseTemplate::new(503).insert_header("Retry-After", "0"),
    ])
    .await;
    // A backoff of its own far shorter than what the service asks for.
    let client = builder(&server)
        .retry(RetryOptions {
            max_delay: Duration::from_secs(1),
            ..retries(3)
        })
        .build()
        .unwrap();
    let start = Instant::now();
    client
        .call_media_unhold(ID, &request(), None)
        .await
        .unwrap();
    let elapsed = start.elapsed();
    assert_eq!(received(&server).await.len(), 4);
    assert!(
        elapsed >= Duration::from_millis(250),
        "waited only {elapsed:?}"
    );
    assert!(elapsed < Duration::from_secs(3), "waited {elapsed:?}");
}

#[tokio::test]
async fn a_retry_after_beyond_the_time_budget_ends_the_retries() {
    let server =
        server_with(&[ResponseTemplate::new(503).insert_header("Retry-After", "3600")]).await;
    let client = builder(&server).build().unwrap();
    let start = Instant::now();
    let err = client
        .call_media_unhold(ID, &request(), None)
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(received(&server).await.len(), 1);
    assert!(start.elapsed() < Duration::from_secs(2));
}

#[tokio::test]
async fn a_slow_attempt_times_out() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(5)))
        .mount(&server)
        .await;
    let client = builder(&server)
        .attempt_timeout(Some(Duration::from_millis(100)))
        .build()
        .unwrap();
    let start = Instant::now();
    let err = client
        .call_media_unhold(ID, &request(), None)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout), "{err:?}");
    assert_eq!(err.to_string(), "the call timed out");
    assert!(start.elapsed() < Duration::from_secs(2));
    assert_eq!(
        received(&server).await.len(),
        1,
        "a POST that timed out may have been acted on: not retried"
    );
}

#[tokio::test]
async fn the_whole_call_times_out_retries_included() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(503).set_delay(Duration::from_millis(40)))
        .mount(&server)
        .await;
    let client = builder(&server)
        .retry(retries(100))
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let start = Instant::now();
    let err = client
        .call_media_unhold(ID, &request(), None)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout), "{err:?}");
    assert!(start.elapsed() < Duration::from_secs(2));
    assert!(
        received(&server).await.len() > 1,
        "it retried until the limit"
    );

    // A per-call limit replaces the client's.
    let relaxed = builder(&server).retry(retries(1)).build().unwrap();
    let options = CallMediaUnholdOptions {
        timeout: Some(Duration::from_millis(10)),
        ..Default::default()
    };
    let err = relaxed
        .call_media_unhold(ID, &request(), Some(options))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout), "{err:?}");
}

#[tokio::test]
async fn an_oversized_body_is_refused() {
    let server =
        server_with(&[ResponseTemplate::new(400).set_body_string("x".repeat(10_000))]).await;
    let client = builder(&server).max_response_body(1_000).build().unwrap();
    let err = client
        .call_media_unhold(ID, &request(), None)
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::ResponseTooLarge { limit: 1_000, .. }),
        "{err:?}"
    );
    assert_eq!(err.status().map(|s| s.as_u16()), Some(400));
}

#[tokio::test]
async fn malformed_error_bodies_are_kept_raw() {
    for body in ["{\"error\": {\"code\": 5}}", "{not json", "", "\u{0}\u{1}"] {
        let server = server_with(&[ResponseTemplate::new(400).set_body_string(body)]).await;
        let client = builder(&server).build().unwrap();
        let err = client
            .call_media_unhold(ID, &request(), None)
            .await
            .unwrap_err();
        let service = err.service_error().expect("a service error");
        assert!(service.error().is_none(), "{body:?}");
        assert_eq!(service.body(), body.as_bytes());
        assert!(!err.to_string().contains('\n'));
    }
}

/// A server that reads a request, starts an answer, and drops the connection mid-body.
async fn dropping_server() -> (String, Arc<AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let connections = Arc::new(AtomicUsize::new(0));
    let counter = connections.clone();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            counter.fetch_add(1, Ordering::SeqCst);
            let mut buffer = [0u8; 4096];
            let _ = socket.read(&mut buffer).await;
            let _ = socket
                .write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 1000\r\n\r\n{\"error\":")
                .await;
            drop(socket);
        }
    });
    (format!("http://{address}"), connections)
}

#[tokio::test]
async fn a_connection_dropped_mid_response_is_a_transport_error_and_a_post_is_not_resent() {
    let (uri, connections) = dropping_server().await;
    let client = Client::builder(uri).retry(retries(3)).build().unwrap();
    let err = client
        .call_media_unhold(ID, &request(), None)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert_eq!(connections.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_refused_connection_is_retried_then_reported() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let uri = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let client = Client::builder(uri).retry(retries(2)).build().unwrap();
    let start = Instant::now();
    let err = client
        .call_media_unhold(ID, &request(), None)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert!(start.elapsed() < Duration::from_secs(5));
}

#[test]
fn plain_http_is_refused_unless_loopback_or_allowed() {
    for allowed in [
        "http://127.0.0.1:8080",
        "http://localhost:1/",
        "http://[::1]:9/",
        "http://127.5.6.7/",
    ] {
        Client::new(allowed).unwrap_or_else(|e| panic!("{allowed}: {e}"));
    }
    let err = Client::new("http://contoso.communication.azure.com").unwrap_err();
    assert!(err.to_string().contains("allow_http"), "{err}");
    Client::builder("http://contoso.communication.azure.com")
        .allow_http(true)
        .build()
        .unwrap();
}

#[tokio::test]
async fn a_service_error_carries_the_request_id_and_is_a_sendable_std_error() {
    fn is_std_error<T: std::error::Error + Send + Sync + 'static>(_: &T) {}
    let body = r#"{"error":{"code":"NotFound","message":"No such\ncall."}}"#;
    let server = server_with(&[ResponseTemplate::new(404).set_body_string(body)]).await;
    let client = builder(&server).build().unwrap();
    let err = client
        .call_media_unhold(ID, &request(), None)
        .await
        .unwrap_err();
    is_std_error(&err);
    let sent = received(&server).await[0].headers["x-ms-client-request-id"]
        .to_str()
        .unwrap()
        .to_string();
    let service = err.service_error().unwrap();
    assert_eq!(service.client_request_id(), Some(sent.as_str()));
    assert_eq!(err.to_string(), "404 Not Found NotFound: No such call.");
    let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(err);
    assert!(boxed.to_string().contains("NotFound"));
}

#[tokio::test]
async fn a_compressed_error_body_is_read() {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder
        .write_all(br#"{"error":{"code":"Throttled","message":"Slow down."}}"#)
        .unwrap();
    let gzipped = encoder.finish().unwrap();
    let server = server_with(&[ResponseTemplate::new(400)
        .insert_header("content-encoding", "gzip")
        .set_body_raw(gzipped, "application/json")])
    .await;
    let client = builder(&server).build().unwrap();
    let err = client
        .call_media_unhold(ID, &request(), None)
        .await
        .unwrap_err();
    assert_eq!(err.to_string(), "400 Bad Request Throttled: Slow down.");
}
