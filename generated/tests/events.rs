//! The callback events of Call Automation: typed, with what every event carries, and kept when
//! their type is unknown (Event Grid's `IncomingCall`, which the definition does not describe).

use acs_call_automation::incoming::{subscription_validation_code, validation_response};
use acs_call_automation::{CallAutomationEvent, EventSchema, IdentifierKind, IncomingCall};

const CALL: &str = "18dea47f-b081-4107-9a5c-4300819d2c6c";

#[test]
fn every_event_gives_what_it_carries() {
    let events = CallAutomationEvent::parse(include_bytes!("data/callback-events.json")).unwrap();
    for event in &events {
        let data = &event.data;
        let name = event
            .event_type
            .trim_start_matches("Microsoft.Communication.");
        assert_eq!(data.event_type(), event.event_type);
        assert_eq!(data.call_connection_id(), Some(CALL), "{name}");
        assert_eq!(
            data.correlation_id(),
            Some("0b5a6d35-2f0a-4a54-9d3e-4c5e0c2b7a11"),
            "{name}"
        );
        // The events the definition gives no server call id, operation context or result.
        let without_context = [
            "ParticipantsUpdated",
            "RecordingStateChanged",
            "StartRecordingFailed",
        ];
        assert_eq!(
            data.operation_context().is_none(),
            without_context.contains(&name),
            "{name}"
        );
        assert_eq!(
            data.server_call_id().is_none(),
            name == "StartRecordingFailed",
            "{name}"
        );
        match data.result_information() {
            Some(result) => assert_eq!(result.code, Some(200), "{name}"),
            None => assert_eq!(name, "StartRecordingFailed"),
        }
    }
}

#[test]
fn a_call_flow_s_events_read_as_the_service_sends_them() {
    // An Event Grid delivery of an incoming call (a type the definition does not describe), then
    // Call Automation's own CloudEvents.
    let incoming = br#"[{
        "id": "a1", "topic": "/subscriptions/x/resourceGroups/y/providers/Microsoft.Communication/communicationServices/z",
        "subject": "/caller/4:+14255550123/recipient/8:acs:r_u", "eventType": "Microsoft.Communication.IncomingCall",
        "eventTime": "2026-12-02T10:00:00Z", "dataVersion": "1.0",
        "data": {"incomingCallContext": "eyJhbGciOi...", "correlationId": "c-1",
                 "to": {"kind": "communicationUser", "rawId": "8:acs:r_u", "communicationUser": {"id": "8:acs:r_u"}},
                 "from": {"kind": "phoneNumber", "rawId": "4:+14255550123", "phoneNumber": {"value": "+14255550123"}}}
    }]"#;
    let events = CallAutomationEvent::parse(incoming).unwrap();
    assert_eq!(events[0].schema, EventSchema::EventGrid);
    let CallAutomationEvent::Unknown(event) = &events[0].data else {
        panic!("{:?}", events[0].data);
    };
    assert_eq!(event.data["incomingCallContext"], "eyJhbGciOi...");
    // The crate reads it as an incoming call; a malformed one is an error.
    let call = IncomingCall::from_event(&events[0]).unwrap().unwrap();
    assert_eq!(call.incoming_call_context, "eyJhbGciOi...");
    assert_eq!(call.from.raw_id(), "4:+14255550123");
    assert_eq!(call.correlation_id.as_deref(), Some("c-1"));
    let broken = br#"[{"id": "a2", "eventType": "Microsoft.Communication.IncomingCall", "data": {"to": {"rawId": "8:acs:r_u"}}}]"#;
    let broken = CallAutomationEvent::parse(broken).unwrap();
    assert!(IncomingCall::from_event(&broken[0]).unwrap().is_err());

    // Event Grid's handshake when a webhook subscription is made.
    let validation =
        br#"[{"id": "v1", "eventType": "Microsoft.EventGrid.SubscriptionValidationEvent",
        "data": {"validationCode": "512d38b6-c7b8-40c8-89fe-f46f9e9622b6"}}]"#;
    let validation = CallAutomationEvent::parse(validation).unwrap();
    let code = subscription_validation_code(&validation[0]).unwrap();
    assert_eq!(
        validation_response(code),
        serde_json::json!({"validationResponse": "512d38b6-c7b8-40c8-89fe-f46f9e9622b6"})
    );
    assert!(subscription_validation_code(&events[0]).is_none());

    let connected = br#"[{"id": "b1", "source": "calling/callConnections/c", "type": "Microsoft.Communication.CallConnected",
        "specversion": "1.0", "time": "2026-12-02T10:00:01Z",
        "data": {"version": "2025-05-15", "callConnectionId": "c", "serverCallId": "s", "correlationId": "c-1",
                 "publicEventType": "Microsoft.Communication.CallConnected"}},
        {"id": "b2", "source": "calling/callConnections/c", "type": "Microsoft.Communication.ParticipantsUpdated",
         "specversion": "1.0", "data": {"callConnectionId": "c", "sequenceNumber": 3, "participants": [
            {"identifier": {"kind": "teamsExtensionUser", "rawId": "8:acs:r_t_u",
                            "teamsExtensionUser": {"userId": "u", "tenantId": "t", "resourceId": "r"}},
             "isMuted": true}]}}]"#;
    let events = CallAutomationEvent::parse(connected).unwrap();
    assert!(matches!(
        events[0].data,
        CallAutomationEvent::CallConnected(_)
    ));
    assert_eq!(events[0].data.server_call_id(), Some("s"));
    let CallAutomationEvent::ParticipantsUpdated(update) = &events[1].data else {
        panic!("{:?}", events[1].data);
    };
    let participants = update.participants.as_ref().unwrap();
    let identifier = participants[0].identifier.as_ref().unwrap();
    assert_eq!(identifier.raw_id(), "8:acs:r_t_u");
    assert!(matches!(
        identifier.kind(),
        IdentifierKind::TeamsExtensionUser { user_id, .. } if user_id == "u"
    ));
}

#[test]
fn malformed_callback_bodies_are_errors() {
    for body in [
        &b"not json"[..],
        b"[{\"specversion\": \"1.0\", \"type\": \"Microsoft.Communication.PlayFailed\", \"id\": \"x\", \"data\": {\"failedPlaySourceIndex\": \"one\"}}]",
        b"[{\"specversion\": \"1.0\", \"id\": \"x\"}]",
        b"{\"eventType\": 1}",
    ] {
        assert!(
            CallAutomationEvent::parse(body).is_err(),
            "{}",
            String::from_utf8_lossy(body)
        );
    }
}
