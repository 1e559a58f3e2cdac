use fixture_form_body::models::LogInRequest;
use fixture_form_body::{Client, RetryOptions};
use wiremock::matchers::{body_string, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn the_form_is_sent_as_pairs() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/login"))
        .and(header("content-type", "application/x-www-form-urlencoded"))
        .and(body_string(
            "remember=true&scopes=read&scopes=write+all&user=ann+%26+bob",
        ))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder(server.uri())
        .allow_http(true)
        .retry(RetryOptions::none())
        .build()
        .unwrap();
    let body = LogInRequest {
        user: "ann & bob".into(),
        scopes: Some(vec!["read".into(), "write all".into()]),
        remember: Some(true),
        note: None,
    };
    client.log_in(&body, None).await.unwrap();
}
