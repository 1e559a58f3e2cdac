// Hand-written: the Event Grid events that start a call flow, which the Call Automation
// definition does not describe.

//! The events Event Grid delivers before there is a call: `IncomingCall` (answer, redirect or
//! reject it with its [`incoming_call_context`](IncomingCall::incoming_call_context)) and the
//! subscription validation handshake of a new Event Grid webhook. Both arrive through the same
//! parser as the call's own events, as [`CallAutomationEvent::Unknown`].

use serde::Deserialize;

use crate::{CallAutomationEvent, CommunicationIdentifier, Event};

/// The event type of an incoming call.
pub const INCOMING_CALL: &str = "Microsoft.Communication.IncomingCall";

/// The event type of Event Grid's subscription validation.
pub const SUBSCRIPTION_VALIDATION: &str = "Microsoft.EventGrid.SubscriptionValidationEvent";

/// A call to one of the resource's numbers or users, not yet answered.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct IncomingCall {
    /// Who is called.
    pub to: CommunicationIdentifier,
    /// Who calls.
    pub from: CommunicationIdentifier,
    /// What `AnswerCall`, `RedirectCall` and `RejectCall` take.
    pub incoming_call_context: String,
    #[serde(default)]
    pub server_call_id: Option<String>,
    #[serde(default)]
    pub caller_display_name: Option<String>,
    #[serde(default)]
    pub correlation_id: Option<String>,
}

impl IncomingCall {
    /// The incoming call an event announces; `None` for other events, an error when an
    /// `IncomingCall` event lacks what it must carry.
    pub fn from_event(
        event: &Event<CallAutomationEvent>,
    ) -> Option<Result<IncomingCall, serde_json::Error>> {
        match &event.data {
            CallAutomationEvent::Unknown(unknown) if unknown.event_type == INCOMING_CALL => {
                Some(IncomingCall::deserialize(&unknown.data))
            }
            _ => None,
        }
    }
}

/// The validation code of Event Grid's subscription handshake, when `event` is one: answer the
/// POST with `{"validationResponse": code}` ([`validation_response`]).
pub fn subscription_validation_code(event: &Event<CallAutomationEvent>) -> Option<&str> {
    match &event.data {
        CallAutomationEvent::Unknown(unknown) if unknown.event_type == SUBSCRIPTION_VALIDATION => {
            unknown.data.get("validationCode")?.as_str()
        }
        _ => None,
    }
}

/// The body that completes Event Grid's subscription handshake.
pub fn validation_response(code: &str) -> serde_json::Value {
    serde_json::json!({ "validationResponse": code })
}
