use fixture_swagger_globals::{Client, RetryOptions, models::Shape};
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn client_parameters_and_constants_are_on_the_wire() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/tenants/contoso%20one/gadgets/standard/g%2F1"))
        .and(query_param("region", "westus"))
        .and(query_param("api-version", "2024-01-01"))
        .and(query_param("view", "full"))
        .and(query_param("shape", "round"))
        .and(header("x-ms-flag", "true"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"id": "g/1"})))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder(server.uri())
        .tenant("contoso one")
        .region("westus")
        .retry(RetryOptions::none())
        .build()
        .unwrap();
    assert_eq!(client.tenant(), "contoso one");
    let gadget = client
        .gadgets_get("g/1", &Shape::Round, None)
        .await
        .unwrap();
    assert_eq!(gadget.id, "g/1");
}

/// An optional property that may be null keeps absent and null apart, both ways, in structs
/// read by the generated visitor and by serde's derive (with a flattened map).
#[test]
fn absent_and_null_are_kept_apart() {
    use fixture_swagger_globals::models::Gadget;
    let read = |json: serde_json::Value| serde_json::from_value::<Gadget>(json).unwrap();
    let absent = read(serde_json::json!({"id": "a"}));
    assert_eq!(absent.note, None);
    assert_eq!(absent.labels, None);
    let null =
        read(serde_json::json!({"id": "a", "note": null, "labels": {"color": null, "size": "xl"}}));
    assert_eq!(null.note, Some(None));
    let labels = null.labels.clone().unwrap();
    assert_eq!(labels.color, Some(None));
    assert_eq!(
        labels.additional_properties.get("size").map(String::as_str),
        Some("xl")
    );
    let set = read(serde_json::json!({"id": "a", "note": "n"}));
    assert_eq!(set.note, Some(Some("n".to_owned())));
    assert_eq!(
        serde_json::to_value(&absent).unwrap(),
        serde_json::json!({"id": "a"})
    );
    assert_eq!(
        serde_json::to_value(&null).unwrap(),
        serde_json::json!({"id": "a", "note": null, "labels": {"color": null, "size": "xl"}})
    );
    assert_eq!(
        serde_json::to_value(&set).unwrap(),
        serde_json::json!({"id": "a", "note": "n"})
    );
}

/// `x-ms-pageable: {}` over a page without `nextLink`: one page, streamed.
#[tokio::test]
async fn a_pageable_operation_without_next_link_is_one_page() {
    use futures_util::StreamExt;
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/operations"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(serde_json::json!({"value": ["a", "b"]})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder(server.uri())
        .tenant("t")
        .region("r")
        .retry(RetryOptions::none())
        .build()
        .unwrap();
    let items: Vec<String> = client
        .operations_list_stream(None)
        .map(|item| item.unwrap())
        .collect()
        .await;
    assert_eq!(items, ["a", "b"]);
}

#[test]
fn a_client_parameter_without_default_must_be_set() {
    let e = Client::builder("https://gadgets.example.com")
        .region("westus")
        .build()
        .unwrap_err();
    assert!(e.to_string().contains("`tenant`"), "{e}");
}
