use fixture_media_types::{Client, Error, RetryOptions};
use wiremock::matchers::{header, headers, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn text_and_bytes_come_back_as_sent() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/report"))
        .and(header("accept", "text/plain"))
        .respond_with(ResponseTemplate::new(200).set_body_raw("all good\n", "text/plain"))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/files/a%20b"))
        .and(headers(
            "accept",
            vec!["application/octet-stream", "application/pdf"],
        ))
        .respond_with(ResponseTemplate::new(200).set_body_bytes(vec![0u8, 159, 146, 150]))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/feed"))
        .respond_with(ResponseTemplate::new(200).set_body_raw("<feed/>", "application/atom+xml"))
        .mount(&server)
        .await;
    let client = Client::builder(server.uri())
        .allow_http(true)
        .retry(RetryOptions::none())
        .build()
        .unwrap();
    assert_eq!(client.get_report(None).await.unwrap(), "all good\n");
    assert_eq!(
        client.download_file("a b", None).await.unwrap(),
        [0u8, 159, 146, 150]
    );
    assert_eq!(client.get_feed(None).await.unwrap(), "<feed/>");
    // JSON at once, or a plain-text ticket: told apart by status.
    Mock::given(method("POST"))
        .and(path("/export"))
        .and(headers("accept", vec!["application/json", "text/plain"]))
        .respond_with(ResponseTemplate::new(202).set_body_raw("ticket-1", "text/plain"))
        .mount(&server)
        .await;
    assert_eq!(
        client.export(None).await.unwrap(),
        fixture_media_types::models::ExportResponse::Status202("ticket-1".into())
    );
    // A text error body is kept as received.
    server.reset().await;
    Mock::given(method("GET"))
        .and(path("/report"))
        .respond_with(ResponseTemplate::new(404).set_body_raw("no report", "text/plain"))
        .mount(&server)
        .await;
    match client.get_report(None).await {
        Err(Error::Service(e)) => {
            assert_eq!(e.status().as_u16(), 404);
            assert_eq!(e.body(), b"no report");
        }
        other => panic!("{other:?}"),
    }
}
