// @generated from `specs/callautomation/2026-03-12.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

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

/// The example at `specs/callautomation/2026-03-12.yaml#/paths/~1calling~1callConnections~1{callConnectionId}:unhold/post/responses/default/content/application~1json/example`.
#[test]
fn call_media_unhold_error_example() {
    round_trip::<
        models::CommunicationErrorResponse,
    >(
        r#"{"error":{"code":"BadRequest","message":"The participant is not on hold.","details":[{"code":"ParticipantNotOnHold","message":"The participant is not on hold."}]}}"#,
        None,
    );
}

/// The example at `specs/callautomation/2026-03-12.yaml#/paths/~1calling~1callConnections~1{callConnectionId}:unhold/post/requestBody/content/application~1json/example`.
#[test]
fn call_media_unhold_request_example() {
    round_trip::<
        models::UnholdRequest,
    >(
        r#"{"targetParticipant":{"rawId":"8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_0f50d091-5bd3-448b-884d-44be7037d9b9","communicationUser":{"id":"8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_0f50d091-5bd3-448b-884d-44be7037d9b9"}}}"#,
        None,
    );
}
