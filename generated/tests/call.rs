//! The per-call handles (`client.call(id)`, `.media()`, `client.recording(id)`) and the operation
//! groups (`client.call_media()`) send what the flat operations send, against an in-memory
//! transport.

use std::sync::Arc;

use acs_call_automation::models::{PlaySource, Tone, UnholdRequest};
use acs_call_automation::policy::{MemoryTransport, Request, Response};
use acs_call_automation::{CallAutomationClient, CommunicationIdentifier};
use futures_util::TryStreamExt;
use serde_json::{Value, json};

const ENDPOINT: &str = "https://contoso.communication.azure.com";
const CALL: &str = "18dea47f-b081-4107-9a5c-4300819d2c6c";
const USER: &str =
    "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_0f50d091-5bd3-448b-884d-44be7037d9b9";

fn client(transport: &Arc<MemoryTransport>) -> CallAutomationClient {
    CallAutomationClient::builder(ENDPOINT)
        .transport(transport.clone())
        .build()
        .unwrap()
}

/// The one request sent, as method, path and query, and JSON body.
fn sent(transport: &MemoryTransport) -> (String, String, Option<Value>) {
    let requests = transport.requests();
    assert_eq!(requests.len(), 1);
    let Request {
        method, url, body, ..
    } = requests.into_iter().next().unwrap();
    let target = format!("{}?{}", url.path(), url.query().unwrap_or_default());
    let body = body
        .filter(|b| !b.is_empty())
        .map(|b| serde_json::from_slice(&b).unwrap());
    (method.to_string(), target, body)
}

fn user_json() -> Value {
    json!({"rawId": USER, "communicationUser": {"id": USER}})
}

#[tokio::test]
async fn media_methods_name_the_call_once() {
    let transport = Arc::new(MemoryTransport::new());
    transport.push(Response::new(200, ""));
    client(&transport)
        .call(CALL)
        .media()
        .unhold(USER)
        .await
        .unwrap();
    let (method, target, body) = sent(&transport);
    assert_eq!(method, "POST");
    assert_eq!(
        target,
        format!("/calling/callConnections/{CALL}:unhold?api-version=2026-03-12")
    );
    assert_eq!(body, Some(json!({"targetParticipant": user_json()})));

    // The whole request, for the optional properties.
    let transport = Arc::new(MemoryTransport::new());
    transport.push(Response::new(200, ""));
    let mut request = UnholdRequest::new(CommunicationIdentifier::from(USER));
    request.operation_context = Some("ctx".into());
    client(&transport)
        .call(CALL)
        .media()
        .unhold(request)
        .await
        .unwrap();
    let body = sent(&transport).2.unwrap();
    assert_eq!(body["operationContext"], "ctx");
}

#[tokio::test]
async fn each_handle_method_calls_its_operation() {
    type Case = (&'static str, &'static str, Option<Value>);
    let play =
        json!({"playSources": [{"kind": "file", "file": {"uri": "https://x.example/a.wav"}}]});
    let cases: Vec<(Case, u16)> = vec![
        (("GET", "", None), 200),
        (("DELETE", "", None), 204),
        (("POST", ":terminate", None), 204),
        (("POST", ":play", Some(play)), 202),
        (
            (
                "POST",
                ":hold",
                Some(json!({"targetParticipant": user_json()})),
            ),
            200,
        ),
        (
            (
                "POST",
                ":sendDtmfTones",
                Some(json!({"tones": ["one", "pound"], "targetParticipant": user_json()})),
            ),
            202,
        ),
        (
            (
                "POST",
                "/participants:mute",
                Some(
                    json!({"targetParticipants": [{"rawId": "4:+14255550123", "phoneNumber": {"value": "+14255550123"}}]}),
                ),
            ),
            200,
        ),
        (
            (
                "POST",
                "/participants:add",
                Some(json!({"participantToAdd": user_json()})),
            ),
            202,
        ),
        (
            (
                "POST",
                "/participants:cancelAddParticipant",
                Some(json!({"invitationId": "inv-1"})),
            ),
            202,
        ),
        (("GET", "/participants/8%3Aacs%3Ax", None), 200),
        (("POST", ":cancelAllMediaOperations", None), 202),
        (("POST", ":stopTranscription", Some(json!({}))), 202),
        (
            (
                "POST",
                "/participants:moveHere",
                Some(json!({"targetParticipants": [user_json()], "fromCall": "queue-call"})),
            ),
            202,
        ),
    ];
    for (i, ((method, suffix, body), status)) in cases.into_iter().enumerate() {
        let transport = Arc::new(MemoryTransport::new());
        transport.push(Response::new(status, "{}"));
        let client = client(&transport);
        let call = client.call(CALL);
        let result = match i {
            0 => call.properties().await.map(drop),
            1 => call.hang_up(false).await.map(drop),
            2 => call.hang_up(true).await.map(drop),
            3 => call
                .media()
                .play_to_all(vec![PlaySource::file("https://x.example/a.wav")])
                .await
                .map(drop),
            4 => call.media().hold(USER).await.map(drop),
            5 => call
                .media()
                .send_dtmf_tones(vec![Tone::One, Tone::Pound], USER)
                .await
                .map(drop),
            6 => call.mute_participant("4:+14255550123").await.map(drop),
            7 => call.add_participant(USER).await.map(drop),
            8 => call.cancel_add_participant("inv-1").await.map(drop),
            9 => call.participant("8:acs:x").await.map(drop),
            10 => call.media().cancel_all_media_operations().await.map(drop),
            11 => call.media().stop_transcription().await.map(drop),
            _ => call.move_participants("queue-call", [USER]).await.map(drop),
        };
        result.unwrap_or_else(|e| panic!("case {i}: {e}"));
        let expected = (
            method.to_string(),
            format!("/calling/callConnections/{CALL}{suffix}?api-version=2026-03-12"),
            body,
        );
        assert_eq!(sent(&transport), expected, "case {i}");
    }
}

#[tokio::test]
async fn participants_stream_every_page() {
    let transport = Arc::new(MemoryTransport::new());
    let next = format!("{ENDPOINT}/calling/callConnections/{CALL}/participants?page=2");
    transport.push(Response::json(
        200,
        &json!({"value": [{"identifier": user_json(), "isMuted": false}], "nextLink": next}),
    ));
    transport.push(Response::json(
        200,
        &json!({"value": [{"identifier": {"rawId": "4:+1", "phoneNumber": {"value": "+1"}}, "isOnHold": true}]}),
    ));
    let client = client(&transport);
    let participants: Vec<_> = client
        .call(CALL)
        .participants()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<&str> = participants
        .iter()
        .map(|p| p.identifier.as_ref().unwrap().raw_id())
        .collect();
    assert_eq!(ids, [USER, "4:+1"]);
    assert_eq!(participants[1].is_on_hold, Some(true));
    assert_eq!(transport.requests().len(), 2);
}

#[tokio::test]
async fn recordings_and_groups_call_the_same_operations() {
    let transport = Arc::new(MemoryTransport::new());
    transport.push(Response::new(202, ""));
    client(&transport)
        .recording("rec/1=")
        .pause()
        .await
        .unwrap();
    let (method, target, _) = sent(&transport);
    assert_eq!(method, "POST");
    assert_eq!(
        target,
        "/calling/recordings/rec%2F1%3D:pause?api-version=2026-03-12"
    );

    // `client.call_media().unhold(…)` is `client.call_media_unhold(…)`.
    let transport = Arc::new(MemoryTransport::new());
    transport.push(Response::new(200, ""));
    let client = client(&transport);
    client
        .call_media()
        .unhold(CALL, &UnholdRequest::new(USER), None)
        .await
        .unwrap();
    let (_, target, body) = sent(&transport);
    assert_eq!(
        target,
        format!("/calling/callConnections/{CALL}:unhold?api-version=2026-03-12")
    );
    assert_eq!(body, Some(json!({"targetParticipant": user_json()})));
}
