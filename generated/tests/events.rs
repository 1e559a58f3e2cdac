//! The callback events of Call Automation: typed, with what every event carries, and kept when
//! their type is unknown (Event Grid's `IncomingCall`, which the definition does not describe).

use acs_call_automation::{CallAutomationEvent, EventSchema, IdentifierKind};

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
                 "from": {"kind": "phoneNumber", "rawId": "4:+14255550123", "phoneNumber": {"value": "+14255550123"}}}
    }]"#;
    let events = CallAutomationEvent::parse(incoming).unwrap();
    assert_eq!(events[0].schema, EventSchema::EventGrid);
    let CallAutomationEvent::Unknown(event) = &events[0].data else {
        panic!("{:?}", events[0].data);
    };
    assert_eq!(event.data["incomingCallContext"], "eyJhbGciOi...");

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
