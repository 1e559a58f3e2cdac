//! The generated client against a local HTTP server: what it sends and how it reads answers.
//! Hand-written (codegen owns only `Cargo.toml` and `src/`).

mod common;

use acs_call_automation::models::{
    CallConnectionStateModel, CommunicationCloudEnvironmentModel, CommunicationUserIdentifierModel,
    UnholdRequest,
};
use acs_call_automation::{CommunicationCloudEnvironment, CommunicationIdentifier, IdentifierKind};
use std::time::Duration;

use acs_call_automation::{Client, Error, RetryOptions};
use serde_json::json;
use wiremock::{MockServer, Request, ResponseTemplate};

const CALL_CONNECTION_ID: &str = "18dea47f-b081-4107-9a5c-4300819d2c6c";
const USER_ID: &str =
    "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_0f50d091-5bd3-448b-884d-44be7037d9b9";

/// The example of the REST reference page.
fn example_request() -> UnholdRequest {
    UnholdRequest::new(USER_ID)
}

/// A client of `server` whose retries take milliseconds.
fn fast_client(server: &MockServer) -> Client {
    Client::builder(server.uri())
        .retry(fast_retries())
        .build()
        .unwrap()
}

fn fast_retries() -> RetryOptions {
    RetryOptions {
        max_retries: 2,
        initial_delay: Duration::from_millis(1),
        max_delay: Duration::from_millis(10),
        max_total: Duration::from_secs(5),
    }
}

async fn only_request(server: &MockServer) -> Request {
    let mut requests = server.received_requests().await.expect("recording is on");
    assert_eq!(requests.len(), 1, "exactly one request was sent");
    requests.remove(0)
}

#[tokio::test]
async fn unhold_sends_the_request_the_spec_defines() {
    let server = common::server_answering(ResponseTemplate::new(200)).await;
    let client = fast_client(&server);

    client
        .call_media_unhold(CALL_CONNECTION_ID, &example_request(), None)
        .await
        .unwrap();

    let request = only_request(&server).await;
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.url.path(),
        format!("/calling/callConnections/{CALL_CONNECTION_ID}:unhold")
    );
    assert_eq!(request.url.query(), Some("api-version=2026-03-12"));
    assert_eq!(request.headers["content-type"], "application/json");
    assert_eq!(request.headers["accept"], "application/json");
    assert!(
        !request.headers.contains_key("authorization"),
        "no credential was configured"
    );
    let body: serde_json::Value = serde_json::from_slice(&request.body).unwrap();
    assert_eq!(
        body,
        // As the official Python SDK sends it: the raw id and the kind's object, no `kind`.
        json!({"targetParticipant": {"rawId": USER_ID, "communicationUser": {"id": USER_ID}}})
    );
}

#[tokio::test]
async fn optional_fields_are_left_out_and_set_ones_use_wire_names() {
    let server = common::server_answering(ResponseTemplate::new(200)).await;
    let client = fast_client(&server);
    let mut request = example_request();
    request.operation_context = Some("ctx-1".into());
    request.operation_callback_uri = Some("https://app.example/callback".into());

    client
        .call_media_unhold(CALL_CONNECTION_ID, &request, None)
        .await
        .unwrap();

    // Fields in the spec's order, absent ones left out (not sent as null).
    let body = String::from_utf8(only_request(&server).await.body).unwrap();
    assert_eq!(
        body,
        format!(
            r#"{{"targetParticipant":{{"rawId":"{USER_ID}","communicationUser":{{"id":"{USER_ID}"}}}},"operationContext":"ctx-1","operationCallbackUri":"https://app.example/callback"}}"#
        )
    );
}

#[tokio::test]
async fn the_api_version_and_a_credential_can_be_set() {
    let server = common::server_answering(ResponseTemplate::new(200)).await;
    let client = Client::builder(server.uri())
        .api_version("2024-09-15")
        .bearer_token("secret-token")
        .build()
        .unwrap();
    assert_eq!(client.api_version(), "2024-09-15");

    client
        .call_media_unhold(CALL_CONNECTION_ID, &example_request(), None)
        .await
        .unwrap();

    let request = only_request(&server).await;
    assert_eq!(request.url.query(), Some("api-version=2024-09-15"));
    assert_eq!(request.headers["authorization"], "Bearer secret-token");
}

#[tokio::test]
async fn the_endpoint_path_is_kept_and_path_parameters_are_encoded() {
    let server = common::server_answering(ResponseTemplate::new(200)).await;
    let client = Client::new(format!("{}/proxy/", server.uri())).unwrap();

    client
        .call_media_unhold("a/b?c#d %é", &example_request(), None)
        .await
        .unwrap();

    let request = only_request(&server).await;
    assert_eq!(
        request.url.path(),
        "/proxy/calling/callConnections/a%2Fb%3Fc%23d%20%25%C3%A9:unhold"
    );
    assert_eq!(request.url.query(), Some("api-version=2026-03-12"));
}

#[tokio::test]
async fn path_parameters_that_are_not_one_segment_are_refused_before_sending() {
    let server = common::server_answering(ResponseTemplate::new(200)).await;
    let client = fast_client(&server);
    for bad in ["", ".", ".."] {
        let err = client
            .call_media_unhold(bad, &example_request(), None)
            .await
            .unwrap_err();
        assert!(
            matches!(err, Error::InvalidRequest(_)),
            "{bad:?} gave {err:?}"
        );
        assert!(err.to_string().contains("callConnectionId"), "{err}");
    }
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn a_documented_error_is_parsed_with_its_details_and_inner_error() {
    let body = json!({
        "error": {
            "code": "BadRequest",
            "message": "The participant is not on hold.",
            "target": "targetParticipant",
            "details": [{"code": "NotOnHold", "message": "Participant 8:acs:1 is not on hold."}],
            "innererror": {"code": "Inner", "message": "deeper", "innererror": {"code": "Innermost", "message": "deepest"}}
        }
    });
    let server = common::server_answering(
        ResponseTemplate::new(400)
            .set_body_json(&body)
            .insert_header("x-ms-request-id", "req-7"),
    )
    .await;
    let client = fast_client(&server);

    let err = client
        .call_media_unhold(CALL_CONNECTION_ID, &example_request(), None)
        .await
        .unwrap_err();

    assert_eq!(err.status().map(|s| s.as_u16()), Some(400));
    let service = err.service_error().expect("a service error");
    assert_eq!(service.headers()["x-ms-request-id"], "req-7");
    let error = &service.error().expect("the documented error body").error;
    assert_eq!(error.code, "BadRequest");
    assert_eq!(error.message, "The participant is not on hold.");
    assert_eq!(error.target.as_deref(), Some("targetParticipant"));
    let details = error.details.as_ref().unwrap();
    assert_eq!(
        (details[0].code.as_str(), details[0].message.as_str()),
        ("NotOnHold", "Participant 8:acs:1 is not on hold.")
    );
    let inner = error.inner_error.as_ref().unwrap();
    assert_eq!(inner.code, "Inner");
    assert_eq!(inner.inner_error.as_ref().unwrap().code, "Innermost");
    assert_eq!(
        serde_json::to_value(service.error().unwrap()).unwrap(),
        body,
        "the error round-trips"
    );
    assert_eq!(service.code(), Some("BadRequest"));
    assert_eq!(service.message(), Some("The participant is not on hold."));
    assert_eq!(
        err.to_string(),
        "400 Bad Request BadRequest: The participant is not on hold."
    );
}

#[tokio::test]
async fn an_undocumented_error_body_is_kept_raw() {
    let server = common::server_answering(
        ResponseTemplate::new(500).set_body_string("<html>upstream failed</html>"),
    )
    .await;
    let client = fast_client(&server);

    let err = client
        .call_media_unhold(CALL_CONNECTION_ID, &example_request(), None)
        .await
        .unwrap_err();

    let Error::Service(service) = &err else {
        panic!("expected a service error, got {err:?}")
    };
    assert_eq!(service.status().as_u16(), 500);
    assert!(service.error().is_none());
    assert_eq!(service.body_text(), "<html>upstream failed</html>");
    assert_eq!(
        err.to_string(),
        "500 Internal Server Error: <html>upstream failed</html>"
    );
}

#[tokio::test]
async fn other_success_statuses_are_not_taken_for_success() {
    let server = common::server_answering(ResponseTemplate::new(202)).await;
    let client = fast_client(&server);
    let err = client
        .call_media_unhold(CALL_CONNECTION_ID, &example_request(), None)
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(202));
}

#[tokio::test]
async fn a_refused_connection_is_a_transport_error() {
    // A port that was just free and that nothing listens on.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let uri = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let client = Client::builder(uri)
        .retry(RetryOptions::none())
        .build()
        .unwrap();
    let err = client
        .call_media_unhold(CALL_CONNECTION_ID, &example_request(), None)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert!(std::error::Error::source(&err).is_some());
}

#[test]
fn bad_endpoints_are_refused() {
    for bad in [
        "",
        "not a url",
        "ftp://host/",
        "https://host/?a=b",
        "https://host/#f",
        "mailto:x@y",
    ] {
        let err = Client::new(bad).unwrap_err();
        assert!(
            matches!(err, Error::InvalidRequest(_)),
            "{bad:?} gave {err:?}"
        );
    }
}

#[test]
fn debug_output_never_shows_the_credential() {
    let builder =
        Client::builder("https://contoso.communications.azure.com").bearer_token("secret");
    assert!(!format!("{builder:?}").contains("secret"));
    let client = builder.build().unwrap();
    let shown = format!("{client:?}");
    assert!(!shown.contains("secret"), "{shown}");
    assert!(shown.contains("<redacted>"), "{shown}");
    assert!(shown.contains("contoso"), "{shown}");
}

#[test]
fn enums_keep_values_they_do_not_know() {
    let state: CallConnectionStateModel = serde_json::from_value(json!("parked")).unwrap();
    assert_eq!(
        state,
        CallConnectionStateModel::UnknownValue("parked".into())
    );
    assert_eq!(serde_json::to_value(&state).unwrap(), json!("parked"));
    // The spec's own `unknown` value is a named variant, distinct from the catch-all.
    let unknown: CallConnectionStateModel = serde_json::from_value(json!("unknown")).unwrap();
    assert_eq!(unknown, CallConnectionStateModel::Unknown);
    assert_eq!(
        CommunicationCloudEnvironmentModel::from("gcch"),
        CommunicationCloudEnvironmentModel::Gcch
    );
    assert_eq!(
        "dod"
            .parse::<CommunicationCloudEnvironmentModel>()
            .unwrap()
            .to_string(),
        "dod"
    );
}

#[test]
fn a_participant_from_a_response_parses_whatever_its_kind() {
    let parsed: CommunicationIdentifier = serde_json::from_value(json!({
        "kind": "microsoftTeamsUser",
        "rawId": "8:orgid:1234",
        "microsoftTeamsUser": {"userId": "1234", "isAnonymous": false, "cloud": "sovereign"},
        "newField": 1
    }))
    .unwrap();
    assert_eq!(parsed.raw_id(), "8:orgid:1234");
    assert_eq!(
        parsed.kind(),
        &IdentifierKind::MicrosoftTeamsUser {
            user_id: "1234".into(),
            is_anonymous: false,
            cloud: CommunicationCloudEnvironment::Other("sovereign".into()),
        }
    );
    // A required field missing is an error, not a silent default.
    assert!(serde_json::from_value::<CommunicationUserIdentifierModel>(json!({})).is_err());
}
