// Hand-written: the Event Grid events that start a call flow. The definition describes
// `IncomingCall` since api-version 2026-03-12 (the generated `models::IncomingCall`, every
// property optional); this is the checked view of it that answering a call needs.

//! The events Event Grid delivers before there is a call: `IncomingCall` (answer, redirect or
//! reject it with its [`incoming_call_context`](IncomingCall::incoming_call_context)) and the
//! subscription validation handshake of a new Event Grid webhook. Both arrive through the same
//! parser as the call's own events: an incoming call as
//! [`CallAutomationEvent::IncomingCall`] (the definition's model, whose properties are all
//! optional), which [`IncomingCall::from_event`] checks into this module's [`IncomingCall`]
//! (who calls, who is called and the context are always there); the handshake as
//! [`CallAutomationEvent::Unknown`].

use serde::Deserialize;

use crate::models::CustomCallingContext;
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
    /// The headers (SIP `X-MS-Custom-` headers, VoIP headers) and Teams phone call details the
    /// caller passed on with the call.
    #[serde(default)]
    pub custom_context: Option<CustomCallingContext>,
    /// The callee on whose behalf the call arrives, when it was forwarded or delegated to the
    /// resource.
    #[serde(default)]
    pub on_behalf_of_callee: Option<CommunicationIdentifier>,
}

impl IncomingCall {
    /// The incoming call an event announces; `None` for other events, an error when an
    /// `IncomingCall` event lacks what it must carry.
    pub fn from_event(
        event: &Event<CallAutomationEvent>,
    ) -> Option<Result<IncomingCall, serde_json::Error>> {
        match &event.data {
            // The model's properties are all optional: its JSON is read again into this
            // type, which requires what answering needs.
            CallAutomationEvent::IncomingCall(model) => Some(
                serde_json::to_value(model).and_then(|value| IncomingCall::deserialize(&value)),
            ),
            // An event made by hand (or by a crate of an earlier api-version).
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
