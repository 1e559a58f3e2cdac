//! The callback events of Call Automation: typed, with what every event carries, and kept when
//! their type is unknown (Event Grid's subscription handshake, which the definition does not
//! describe).

use acs_call_automation::incoming::{subscription_validation_code, validation_response};
use acs_call_automation::{
    CallAutomationEvent, CommunicationIdentifier, EventSchema, IdentifierKind, IncomingCall,
};

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
        // The events the definition gives no operation context (`StartRecordingFailed` has
        // one, a server call id and a result since 2026-03-12).
        let without_context = ["ParticipantsUpdated", "RecordingStateChanged"];
        assert_eq!(
            data.operation_context().is_none(),
            without_context.contains(&name),
            "{name}"
        );
        assert!(data.server_call_id().is_some(), "{name}");
        match data.result_information() {
            Some(result) => assert_eq!(result.code, Some(200), "{name}"),
            None => panic!("{name} has no result"),
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
    // The definition describes it since 2026-03-12: a typed event, every property optional...
    let CallAutomationEvent::IncomingCall(event) = &events[0].data else {
        panic!("{:?}", events[0].data);
    };
    assert_eq!(
        event.incoming_call_context.as_deref(),
        Some("eyJhbGciOi...")
    );
    assert_eq!(events[0].data.correlation_id(), Some("c-1"));
    // ...which the crate checks into an incoming call; one that lacks what answering needs is
    // an error.
    let call = IncomingCall::from_event(&events[0]).unwrap().unwrap();
    assert_eq!(call.incoming_call_context, "eyJhbGciOi...");
    assert_eq!(call.from.raw_id(), "4:+14255550123");
    assert_eq!(call.correlation_id.as_deref(), Some("c-1"));
    assert!(call.custom_context.is_none() && call.on_behalf_of_callee.is_none());
    let broken = br#"[{"id": "a2", "eventType": "Microsoft.Communication.IncomingCall", "data": {"to": {"rawId": "8:acs:r_u"}}}]"#;
    let broken = CallAutomationEvent::parse(broken).unwrap();
    let error = IncomingCall::from_event(&broken[0]).unwrap().unwrap_err();
    assert!(error.to_string().contains("missing field"), "{error}");

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

/// What 2026-03-12 added to the events: moving participants, SIP and Q.850 details of an
/// outcome, and an incoming call's custom context (SIP headers, Teams phone call details) and
/// the callee it arrives on behalf of.
#[test]
fn what_2026_03_12_added_reads_as_the_service_sends_it() {
    let body = br#"[
      {"id": "m1", "source": "calling/callConnections/agent", "specversion": "1.0",
       "type": "Microsoft.Communication.MoveParticipantSucceeded",
       "data": {"callConnectionId": "agent", "serverCallId": "s", "correlationId": "c",
                "operationContext": "move-1", "fromCall": "queue",
                "participant": {"rawId": "4:+14255550123", "phoneNumber": {"value": "+14255550123"}},
                "resultInformation": {"code": 200, "subCode": 0, "message": "ok"}}},
      {"id": "m2", "source": "calling/callConnections/agent", "specversion": "1.0",
       "type": "Microsoft.Communication.MoveParticipantFailed",
       "data": {"callConnectionId": "agent", "operationContext": "move-2", "fromCall": "queue",
                "resultInformation": {"code": 400, "subCode": 8523, "message": "Invalid request.",
                    "sipDetails": {"code": 403, "message": "Forbidden"},
                    "q850Details": {"code": 21, "message": "Call rejected"}}}},
      {"id": "i1", "eventType": "Microsoft.Communication.IncomingCall", "dataVersion": "1.0",
       "data": {"incomingCallContext": "ctx",
                "to": {"rawId": "4:+18005550100", "phoneNumber": {"value": "+18005550100"}},
                "from": {"rawId": "4:+14255550123", "phoneNumber": {"value": "+14255550123"}},
                "onBehalfOfCallee": {"rawId": "8:acs:r_callee", "communicationUser": {"id": "8:acs:r_callee"}},
                "customContext": {
                    "sipHeaders": {"X-MS-Custom-Order": "42"},
                    "voipHeaders": {"ticket": "7"},
                    "teamsPhoneCallDetails": {
                        "teamsPhoneCallerDetails": {"caller": {"rawId": "4:+14255550123", "phoneNumber": {"value": "+14255550123"}},
                            "name": "Ada", "phoneNumber": "+14255550123", "isAuthenticated": true,
                            "additionalCallerInformation": {"tier": "gold"}},
                        "teamsPhoneSourceDetails": {"source": {"rawId": "28:acs:bot", "microsoftTeamsApp": {"appId": "bot"}},
                            "language": "en-US", "status": "active",
                            "intendedTargets": {"sales": {"rawId": "8:orgid:u", "microsoftTeamsUser": {"userId": "u"}}}},
                        "callTopic": "Order 42", "intent": "refund"}}}}
    ]"#;
    let events = CallAutomationEvent::parse(body).unwrap();
    let CallAutomationEvent::MoveParticipantSucceeded(moved) = &events[0].data else {
        panic!("{:?}", events[0].data);
    };
    assert_eq!(moved.from_call.as_deref(), Some("queue"));
    assert_eq!(
        moved
            .participant
            .as_ref()
            .map(CommunicationIdentifier::raw_id),
        Some("4:+14255550123")
    );
    assert_eq!(events[0].data.operation_context(), Some("move-1"));
    let CallAutomationEvent::MoveParticipantFailed(failed) = &events[1].data else {
        panic!("{:?}", events[1].data);
    };
    let result = failed.result_information.as_ref().unwrap();
    assert_eq!(result.sub_code, Some(8523));
    let sip = result.sip_details.as_ref().unwrap();
    assert_eq!(
        (sip.code, sip.message.as_deref()),
        (Some(403), Some("Forbidden"))
    );
    assert_eq!(result.q850_details.as_ref().unwrap().code, Some(21));
    assert_eq!(events[1].data.call_connection_id(), Some("agent"));

    let call = IncomingCall::from_event(&events[2]).unwrap().unwrap();
    assert_eq!(call.to.raw_id(), "4:+18005550100");
    assert_eq!(
        call.on_behalf_of_callee
            .as_ref()
            .map(CommunicationIdentifier::raw_id),
        Some("8:acs:r_callee")
    );
    let context = call.custom_context.as_ref().unwrap();
    assert_eq!(
        context.sip_headers.as_ref().unwrap()["X-MS-Custom-Order"],
        "42"
    );
    let details = context.teams_phone_call_details.as_ref().unwrap();
    assert_eq!(details.call_topic.as_deref(), Some("Order 42"));
    let caller = details.teams_phone_caller_details.as_ref().unwrap();
    assert_eq!(
        (caller.name.as_str(), caller.is_authenticated),
        ("Ada", Some(true))
    );
    let source = details.teams_phone_source_details.as_ref().unwrap();
    assert!(matches!(
        source.source.kind(),
        IdentifierKind::MicrosoftTeamsApp { app_id, .. } if app_id == "bot"
    ));
    let targets = source.intended_targets.as_ref().unwrap();
    assert_eq!(targets["sales"].raw_id(), "8:orgid:u");

    // Teams phone caller details need the caller, a name and a number: a known event whose
    // data does not fit its model is an error.
    let missing = br#"[{"id": "i2", "eventType": "Microsoft.Communication.IncomingCall",
        "data": {"customContext": {"teamsPhoneCallDetails": {"teamsPhoneCallerDetails": {"name": "Ada"}}}}}]"#;
    assert!(CallAutomationEvent::parse(missing).is_err());
}
