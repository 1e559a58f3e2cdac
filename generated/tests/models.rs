//! The models read and write JSON as the spec says: wire names, required and optional
//! properties, unknown properties, `null`, escaped keys, and any serde data format's maps.

use acs_call_automation::models::{
    CommunicationError, CommunicationErrorResponse, PhoneNumberIdentifierModel, UnholdRequest,
};
use serde_json::{Value, json};

#[test]
fn a_request_round_trips_with_its_wire_names() {
    let request = {
        let mut request = UnholdRequest::new("8:acs:1");
        request.operation_context = Some("ctx".into());
        request
    };
    let value = serde_json::to_value(&request).unwrap();
    assert_eq!(
        value,
        json!({
            "targetParticipant": {"rawId": "8:acs:1", "communicationUser": {"id": "8:acs:1"}},
            "operationContext": "ctx"
        })
    );
    let back: UnholdRequest = serde_json::from_value(value.clone()).unwrap();
    assert_eq!(back, request);
    // From text as well as from a `Value`: keys are then borrowed from the input.
    let from_text: UnholdRequest = serde_json::from_str(&value.to_string()).unwrap();
    assert_eq!(from_text, request);
}

#[test]
fn an_absent_required_property_is_an_error_that_names_it() {
    let e = serde_json::from_str::<UnholdRequest>(r#"{"operationContext": "x"}"#).unwrap_err();
    assert!(
        e.to_string().contains("missing field `targetParticipant`"),
        "{e}"
    );
    let e = serde_json::from_str::<CommunicationError>(r#"{"code": "A"}"#).unwrap_err();
    assert!(e.to_string().contains("missing field `message`"), "{e}");
}

#[test]
fn optional_properties_may_be_absent_or_null_and_unknown_ones_are_ignored() {
    let number: PhoneNumberIdentifierModel = serde_json::from_str(
        r#"{"value": "+1", "isAnonymous": null, "future": {"nested": [1, 2]}, "assertedId": "a"}"#,
    )
    .unwrap();
    assert_eq!(number.value, "+1");
    assert_eq!(number.is_anonymous, None);
    assert_eq!(number.asserted_id.as_deref(), Some("a"));
    // Absent optional properties are not written back.
    let written = serde_json::to_value(PhoneNumberIdentifierModel::from("+1")).unwrap();
    assert_eq!(written, json!({"value": "+1"}));
}

#[test]
fn escaped_keys_and_wrong_types_are_read_as_json_says() {
    // `\u0063ode` is `code`: an escaped key cannot be borrowed from the input.
    let e: CommunicationError =
        serde_json::from_str(r#"{"\u0063ode": "A", "message": "m"}"#).unwrap();
    assert_eq!(e.code, "A");
    let wrong = serde_json::from_str::<CommunicationError>(r#"{"code": 1, "message": "m"}"#);
    assert!(wrong.unwrap_err().to_string().contains("invalid type"));
    let not_object = serde_json::from_str::<CommunicationError>(r#"["A", "m"]"#).unwrap_err();
    assert!(
        not_object
            .to_string()
            .contains("expected a `CommunicationError` object"),
        "{not_object}"
    );
}

#[test]
fn a_recursive_error_body_reads_every_level() {
    let body = json!({"error": {
        "code": "Outer", "message": "outer",
        "details": [{"code": "D", "message": "d"}],
        "innererror": {"code": "Inner", "message": "inner", "innererror": {"code": "Deep", "message": "deep"}}
    }});
    let parsed: CommunicationErrorResponse = serde_json::from_value(body.clone()).unwrap();
    let inner = parsed.error.inner_error.as_ref().unwrap();
    assert_eq!(inner.code, "Inner");
    assert_eq!(inner.inner_error.as_ref().unwrap().code, "Deep");
    assert_eq!(parsed.error.details.as_ref().unwrap()[0].code, "D");
    assert_eq!(serde_json::to_value(&parsed).unwrap(), body);
    let _: Value = serde_json::to_value(parsed).unwrap();
}
