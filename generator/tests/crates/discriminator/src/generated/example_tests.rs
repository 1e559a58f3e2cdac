// @generated from `generator/tests/fixtures/discriminator.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

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

/// The example at `generator/tests/fixtures/discriminator.yaml#/paths/~1pets/post/requestBody/content/application~1json/example`.
#[test]
fn add_pet_request_example() {
    round_trip::<models::Pet>(r#"{"petType":"cat","name":"Tom","lives":9}"#, None);
}

/// The example at `generator/tests/fixtures/discriminator.yaml#/paths/~1pets/post/responses/200/content/application~1json/examples/dog`.
#[test]
fn add_pet_response_dog() {
    round_trip::<models::Pet>(r#"{"petType":"Dog","name":"Rex","goodBoy":true}"#, None);
}

/// The example at `generator/tests/fixtures/discriminator.yaml#/paths/~1pets/post/responses/200/content/application~1json/examples/unknown kind`.
#[test]
fn add_pet_response_unknown_kind() {
    round_trip::<models::Pet>(r#"{"petType":"parrot","name":"Polly","words":12}"#, None);
}

/// The example at `generator/tests/fixtures/discriminator.yaml#/paths/~1drawings~1{id}/get/responses/200/content/application~1json/schema`.
#[test]
fn get_drawing_response_example() {
    round_trip::<
        models::Drawing,
    >(
        r#"{"shapes":[{"kind":"circle","radius":1,"label":"sun","color":"yellow"},{"kind":"Group","members":[{"kind":"circle","radius":0.5}],"label":null}],"main":{"kind":"circle","radius":2}}"#,
        Some(
            r#"{"shapes":[{"kind":"circle","label":"sun","radius":1.0},{"kind":"Group","members":[{"kind":"circle","radius":0.5}]}],"main":{"kind":"circle","radius":2.0}}"#,
        ),
    );
}
