// @generated from `generator/tests/fixtures/swagger_azure.json` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The spec's examples: each request and response body is read into its type and
//! written back, which must give the same JSON (less what the types leave out: absent
//! optional properties, undeclared ones, and `1` read as a float comes back as `1.0`);
//! each example of a whole call is made against a local server, which checks the
//! request the client sends and answers with the example's answer.

#[allow(unused_imports)]
use super::models;

/// Reads `example` as `T` and checks that writing it back gives `written` (the example
/// itself when `None`).
fn round_trip<T: serde::de::DeserializeOwned + serde::Serialize>(
    example: &str,
    written: Option<&str>,
) {
    let parsed: T = serde_json::from_str(example)
        .unwrap_or_else(|e| panic!("the example does not parse: {e}"));
    let back: serde_json::Value = serde_json::from_str(
            &serde_json::to_string(&parsed).expect("the value serializes"),
        )
        .expect("the value is JSON");
    let written: serde_json::Value = serde_json::from_str(written.unwrap_or(example))
        .expect("the expectation is JSON");
    assert_eq!(back, written);
}

/// The example at `generator/tests/fixtures/examples/Widgets_Paint.json`.
#[test]
fn widgets_paint_request_paint() {
    round_trip::<
        models::PaintRequest,
    >(r#"{"color":"green","coats":2,"owner":{"rawId":"8:acs:1"}}"#, None);
}

/// The example at `generator/tests/fixtures/examples/Widgets_Paint.json`.
#[test]
fn widgets_paint_response_202_paint() {
    round_trip::<models::Widget>(r#"{"id":"w1","color":"green"}"#, None);
}

/// The example at `generator/tests/fixtures/examples/Widgets_Paint.json`.
#[test]
fn widgets_paint_response_default_paint() {
    round_trip::<
        models::ErrorResponse,
    >(r#"{"error":{"code":"Busy","message":"The widget is being painted."}}"#, None);
}

/// The x-ms-examples call at `generator/tests/fixtures/examples/Widgets_Paint.json`.
#[test]
fn widgets_paint_call_paint() {
    let server = openapi_client_runtime::testing::Server::start(
        202u16,
        Some(r#"{"id":"w1","color":"green"}"#),
    );
    let client = super::Client::builder(server.url())
        .allow_http(true)
        .retry(super::RetryOptions::none())
        .api_version("2024-01-01")
        .build()
        .expect("the client builds");
    let result = openapi_client_runtime::testing::block_on(
        client
            .widgets_paint(
                "w 1/é",
                &serde_json::from_str::<
                    models::PaintRequest,
                >(r#"{"color":"green","coats":2,"owner":{"rawId":"8:acs:1"}}"#)
                    .expect("the example body parses"),
                Some(super::client::WidgetsPaintOptions {
                    repeatability_request_id: Some(
                        "0f6bd2a2-3d2b-4c4e-9f5a-1d2e3f4a5b6c".to_owned(),
                    ),
                    tags: Some(vec!["a b".to_owned(), "c,d".to_owned()]),
                    ..Default::default()
                }),
            ),
    );
    if let Err(e) = result {
        panic!("the call fails: {e:?}");
    }
    server
        .request()
        .assert_is(
            "POST",
            "/widgets/w%201%2F%C3%A9:paint",
            &[("api-version", "2024-01-01"), ("tags", "a b,c,d")],
            &[
                ("content-type", "application/json"),
                ("repeatability-request-id", "0f6bd2a2-3d2b-4c4e-9f5a-1d2e3f4a5b6c"),
            ],
            Some(r#"{"color":"green","coats":2,"owner":{"rawId":"8:acs:1"}}"#),
        );
}
