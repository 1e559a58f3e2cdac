// @generated from `generator/tests/fixtures/swagger_globals.json` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

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

/// The example at `generator/tests/fixtures/examples/Gadgets_Get.json`.
#[test]
fn gadgets_get_response_200_get_a_gadget() {
    round_trip::<
        models::Gadget,
    >(
        r#"{"id":"g1","weight":0.1,"note":null,"labels":{"color":null,"size":"xl"}}"#,
        None,
    );
}

/// The x-ms-examples call at `generator/tests/fixtures/examples/Gadgets_Get.json`.
#[test]
fn gadgets_get_call_get_a_gadget() {
    let server = openapi_client_runtime::testing::Server::start(
        200u16,
        Some(
            r#"{"id":"g1","weight":0.1,"note":null,"labels":{"color":null,"size":"xl"}}"#,
        ),
    );
    let client = super::Client::builder(server.url())
        .allow_http(true)
        .retry(super::RetryOptions::none())
        .tenant("contoso one")
        .region("westus")
        .api_version("2024-01-01")
        .build()
        .expect("the client builds");
    let result = openapi_client_runtime::testing::block_on(
        client.gadgets_get("g1", &models::Shape::from("round"), None),
    );
    if let Err(e) = result {
        panic!("the call fails: {e:?}");
    }
    server
        .request()
        .assert_is(
            "GET",
            "/tenants/contoso%20one/gadgets/standard/g1",
            &[
                ("api-version", "2024-01-01"),
                ("region", "westus"),
                ("shape", "round"),
                ("view", "full"),
            ],
            &[("x-ms-flag", "true")],
            None,
        );
}
