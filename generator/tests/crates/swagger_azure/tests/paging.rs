use fixture_swagger_azure::{Client, RetryOptions};
use futures_util::StreamExt;
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[test]
fn closed_enums_refuse_unknown_values() {
    use fixture_swagger_azure::models::Size;
    let size: Size = serde_json::from_str("\"large\"").unwrap();
    assert_eq!(size, Size::Large);
    assert_eq!(serde_json::to_string(&size).unwrap(), "\"large\"");
    let e = serde_json::from_str::<Size>("\"huge\"")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("unknown variant `huge`, expected `small` or `large`"),
        "{e}"
    );
    assert_eq!("small".parse::<Size>().unwrap(), Size::Small);
    assert_eq!(
        "huge".parse::<Size>().unwrap_err().to_string(),
        "`huge` is not a value of `Size`"
    );
    assert_eq!(Size::VALUES, ["small", "large"]);
}

/// Azure's repeatable requests: left unset, both headers are made up once per call and sent
/// unchanged on every retry.
#[tokio::test]
async fn repeatability_headers_are_made_up_once_per_call() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/widgets/w1:paint"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(2)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/widgets/w1:paint"))
        .respond_with(ResponseTemplate::new(202).set_body_json(serde_json::json!({"id": "w1"})))
        .mount(&server)
        .await;
    let retry = RetryOptions {
        max_retries: 3,
        initial_delay: std::time::Duration::from_millis(1),
        max_delay: std::time::Duration::from_millis(5),
        ..RetryOptions::default()
    };
    let client = Client::builder(server.uri()).retry(retry).build().unwrap();
    let body: fixture_swagger_azure::models::PaintRequest =
        serde_json::from_value(serde_json::json!({"color": "red"})).unwrap();
    client.widgets_paint("w1", &body, None).await.unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 3);
    let header = |i: usize, name: &str| {
        requests[i]
            .headers
            .get(name)
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned()
    };
    let id = header(0, "repeatability-request-id");
    assert_eq!(id.len(), 36, "{id}");
    let sent = header(0, "repeatability-first-sent");
    assert!(httpdate::parse_http_date(&sent).is_ok(), "{sent}");
    for i in 1..3 {
        assert_eq!(header(i, "repeatability-request-id"), id);
        assert_eq!(header(i, "repeatability-first-sent"), sent);
    }
    // A second call makes up a new id.
    client.widgets_paint("w1", &body, None).await.unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_ne!(
        requests[3]
            .headers
            .get("repeatability-request-id")
            .unwrap()
            .to_str()
            .unwrap(),
        id
    );
}

async fn client(server: &MockServer) -> Client {
    Client::builder(server.uri())
        .retry(RetryOptions::none())
        .build()
        .unwrap()
}

#[tokio::test]
async fn pages_are_followed_until_there_is_no_next_link() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/widgets"))
        .and(query_param("api-version", "2024-01-01"))
        .and(query_param_is_missing("page"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "value": [{"id": "a"}, {"id": "b"}],
            "nextLink": format!("{}/widgets?page=2", server.uri()),
        })))
        .mount(&server)
        .await;
    // Next links lack the api-version; the client adds its own, as the official SDKs do.
    Mock::given(method("GET"))
        .and(path("/widgets"))
        .and(query_param("page", "2"))
        .and(query_param("api-version", "2024-01-01"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "value": [{"id": "c"}], "nextLink": "/widgets?page=3"
        })))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/widgets"))
        .and(query_param("page", "3"))
        .and(query_param("api-version", "2024-01-01"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({ "value": [] })))
        .mount(&server)
        .await;
    let client = client(&server).await;
    let ids: Vec<String> = client
        .widgets_list_stream(None)
        .map(|item| item.unwrap().widget_id.unwrap())
        .collect()
        .await;
    assert_eq!(ids, ["a", "b", "c"]);
    // The `Widgets` group (an Azure-style definition gets operation groups) streams the same.
    let grouped: Vec<String> = client
        .widgets()
        .list_stream(None)
        .map(|item| item.unwrap().widget_id.unwrap())
        .collect()
        .await;
    assert_eq!(grouped, ids);
    let first = client.widgets().list(None).await.unwrap();
    assert_eq!(first.value.as_ref().map(Vec::len), Some(2));
}

#[tokio::test]
async fn an_error_page_ends_the_stream_with_the_error() {
    let server = MockServer::start().await;
    Mock::given(query_param("api-version", "2024-01-01"))
        .and(query_param_is_missing("page"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "value": [{"id": "a"}], "nextLink": "/widgets?page=2"
        })))
        .mount(&server)
        .await;
    Mock::given(query_param("page", "2"))
        .respond_with(ResponseTemplate::new(404).set_body_json(serde_json::json!({
            "error": {"code": "Gone", "message": "No more."}
        })))
        .mount(&server)
        .await;
    let client = client(&server).await;
    let items: Vec<_> = client.widgets_list_stream(None).collect().await;
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].as_ref().unwrap().widget_id.as_deref(), Some("a"));
    let err = items[1].as_ref().unwrap_err();
    assert_eq!(err.to_string(), "404 Not Found Gone: No more.");
}

/// The creation answers 201 with a status monitor; the monitor says InProgress once, then
/// Succeeded; the result is then read from the resource itself (PUT: `original-uri`).
#[tokio::test]
async fn a_long_running_operation_is_polled_until_it_succeeds() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/widgets/w1"))
        .respond_with(
            ResponseTemplate::new(201)
                .insert_header(
                    "operation-location",
                    format!("{}/operations/op1", server.uri()).as_str(),
                )
                .insert_header("retry-after", "0")
                .set_body_json(serde_json::json!({"id": "w1"})),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/operations/op1"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("retry-after", "0")
                .set_body_json(serde_json::json!({"id": "op1", "status": "InProgress"})),
        )
        .up_to_n_times(1)
        .expect(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/operations/op1"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(serde_json::json!({"id": "op1", "status": "Succeeded"})),
        )
        .expect(1)
        .with_priority(2)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/widgets/w1"))
        .and(query_param("api-version", "2024-01-01"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(serde_json::json!({"id": "w1", "color": "green"})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server).await;
    let widget = client
        .widgets_create(
            "w1",
            &fixture_swagger_azure::models::Widget::default(),
            None,
        )
        .await
        .unwrap();
    assert_eq!(widget.widget_id.as_deref(), Some("w1"));
    assert_eq!(widget.into_body().color.unwrap().as_str(), "green");
}

#[tokio::test]
async fn a_failed_long_running_operation_is_an_error_with_the_monitor_s_error() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/widgets/w2"))
        .respond_with(
            ResponseTemplate::new(201)
                .insert_header("operation-location", "/operations/op2")
                .insert_header("retry-after", "0"),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/operations/op2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "status": "Failed", "error": {"code": "NoPaint", "message": "Out of paint."}
        })))
        .mount(&server)
        .await;
    let client = client(&server).await;
    let err = client
        .widgets_create(
            "w2",
            &fixture_swagger_azure::models::Widget::default(),
            None,
        )
        .await
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "the long-running operation ended with status Failed: NoPaint: Out of paint."
    );
    assert!(matches!(
        err,
        fixture_swagger_azure::Error::OperationFailed { .. }
    ));
}
