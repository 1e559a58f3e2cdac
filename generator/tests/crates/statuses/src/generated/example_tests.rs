// @generated from `generator/tests/fixtures/statuses.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

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

/// The example at `generator/tests/fixtures/statuses.yaml#/paths/~1jobs~1{id}/put/responses/404/content/application~1json/example`.
#[test]
fn put_job_error404_example() {
    round_trip::<
        models::NotFound,
    >(r#"{"missing":"queue","message":"no queue q"}"#, None);
}

/// The example at `generator/tests/fixtures/statuses.yaml#/paths/~1jobs~1{id}/put/responses/201/content/application~1json/example`.
#[test]
fn put_job_response201_example() {
    round_trip::<models::Created>(r#"{"location":"/jobs/7"}"#, None);
}
