use fixture_param_styles::client::FindItemsOptions;
use fixture_param_styles::models::{Filter, FindItemsWorkflow, Point};
use fixture_param_styles::{Client, RetryOptions};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

#[tokio::test]
async fn each_style_is_written_as_openapi_says() {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let client = Client::builder(server.uri())
        .allow_http(true)
        .retry(RetryOptions::none())
        .build()
        .unwrap();
    let options = FindItemsOptions {
        filter: Some(Filter {
            status: Some("open".into()),
            limit: Some(5),
        }),
        range: Some(Point { x: 1, y: 2 }),
        tags: Some(vec!["a".into(), "b c".into()]),
        words: Some(vec!["x".into(), "y".into()]),
        x_point: Some(Point { x: 3, y: 4 }),
        prefs: Some(Point { x: 5, y: 6 }),
        ..Default::default()
    };
    client
        .find_items(
            &[7, 8],
            &FindItemsWorkflow::String("ci/build.yml".into()),
            &Point { x: 9, y: 10 },
            Some(options),
        )
        .await
        .unwrap();
    let requests: Vec<Request> = server.received_requests().await.unwrap();
    let request = &requests[0];
    assert_eq!(request.url.path(), "/items/.7,8/ci%2Fbuild.yml;x=9;y=10");
    assert_eq!(
        request.url.query(),
        Some(
            "filter%5Blimit%5D=5&filter%5Bstatus%5D=open&range=x%2C1%2Cy%2C2&tags=a%7Cb+c&words=x+y"
        )
    );
    assert_eq!(request.headers.get("x-point").unwrap(), "x=3,y=4");
    assert_eq!(request.headers.get("cookie").unwrap(), "prefs=x,5,y,6");
    // An integer alternative is written as its number.
    client
        .find_items(
            &[1],
            &FindItemsWorkflow::Integer(42),
            &Point { x: 0, y: 0 },
            None,
        )
        .await
        .unwrap();
    let requests: Vec<Request> = server.received_requests().await.unwrap();
    assert_eq!(requests[1].url.path(), "/items/.1/42;x=0;y=0");
    assert_eq!(requests[1].url.query(), None);
    // A parameter the template names twice is encoded once and written twice.
    client.get_mirror("a b/c", None).await.unwrap();
    let requests: Vec<Request> = server.received_requests().await.unwrap();
    assert_eq!(
        requests[2].url.path(),
        "/mirrors/a%20b%2Fc/copies/a%20b%2Fc"
    );
    // The spec's server, with its variables at their defaults or given.
    assert_eq!(
        fixture_param_styles::client::DEFAULT_SERVER_URL,
        "https://eu.api.example.com/v1"
    );
    assert_eq!(
        Client::server_url("us", "v2"),
        "https://us.api.example.com/v2"
    );
}
