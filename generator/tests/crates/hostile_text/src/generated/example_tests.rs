// @generated from `generator/tests/fixtures/hostile_text.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

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

/// The example at `generator/tests/fixtures/hostile_text.yaml#/paths/~1items~1{id}/get/responses/200/content/application~1json/example`.
#[test]
fn get_item_response_example() {
    round_trip::<models::Item>(r#"{"na\nme":"x\u202ey","note":"*/ \u0000 \r"}"#, None);
}
