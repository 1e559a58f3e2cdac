use fixture_auth_schemes::client::ListThingsOptions;
use fixture_auth_schemes::{Client, RetryOptions};
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn credentials_go_where_the_spec_says() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/things"))
        .and(query_param("api_key", "k&1"))
        .and(header("cookie", "theme=dark; session=s3"))
        // base64("ann:pa:ss")
        .and(header("authorization", "Basic YW5uOnBhOnNz"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder(server.uri())
        .allow_http(true)
        .retry(RetryOptions::none())
        .query_key("k&1")
        .session_cookie("s3")
        .basic_auth("ann", "pa:ss")
        .build()
        .unwrap();
    let debug = format!("{client:?}");
    for secret in ["k&1", "s3", "YW5u", "pa:ss"] {
        assert!(!debug.contains(secret), "{debug}");
    }
    let options = ListThingsOptions {
        theme: Some("dark".into()),
        ..Default::default()
    };
    client.list_things(Some(options)).await.unwrap();
}

/// A cookie parameter's value cannot end its cookie and add one of its own.
#[tokio::test]
async fn cookie_values_are_encoded() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/things"))
        .and(header("cookie", "theme=dark%3B%20session=attacker"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder(server.uri())
        .allow_http(true)
        .retry(RetryOptions::none())
        .build()
        .unwrap();
    let options = ListThingsOptions {
        theme: Some("dark; session=attacker".into()),
        ..Default::default()
    };
    client.list_things(Some(options)).await.unwrap();
}
