// @generated from `specs/callautomation/2026-03-12.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! Callback events: what the service POSTs to your callback endpoint. Read a body with [`CallAutomationEvent::parse`]; each [`Event`] holds its envelope (id, type, source, time) and a [`CallAutomationEvent`].

use super::models;

pub use openapi_client_runtime::events::{Event, EventError, EventSchema, UnknownEvent};

use openapi_client_runtime::events::FromEvent;

/// A callback event: one variant per event type of the spec, and [`CallAutomationEvent::Unknown`] for the types this crate does not know (kept, not refused).
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CallAutomationEvent {
    /// `Microsoft.Communication.AddParticipantFailed`.
    AddParticipantFailed(models::AddParticipantFailed),
    /// `Microsoft.Communication.AddParticipantSucceeded`.
    AddParticipantSucceeded(models::AddParticipantSucceeded),
    /// `Microsoft.Communication.AnswerFailed`.
    AnswerFailed(models::AnswerFailed),
    /// `Microsoft.Communication.CallConnected`.
    CallConnected(models::CallConnected),
    /// `Microsoft.Communication.CallDisconnected`.
    CallDisconnected(models::CallDisconnected),
    /// `Microsoft.Communication.CallTransferAccepted`.
    CallTransferAccepted(models::CallTransferAccepted),
    /// `Microsoft.Communication.CallTransferFailed`.
    CallTransferFailed(models::CallTransferFailed),
    /// `Microsoft.Communication.CancelAddParticipantFailed`.
    CancelAddParticipantFailed(models::CancelAddParticipantFailed),
    /// `Microsoft.Communication.CancelAddParticipantSucceeded`.
    CancelAddParticipantSucceeded(models::CancelAddParticipantSucceeded),
    /// `Microsoft.Communication.ConnectFailed`.
    ConnectFailed(models::ConnectFailed),
    /// `Microsoft.Communication.ContinuousDtmfRecognitionStopped`.
    ContinuousDtmfRecognitionStopped(models::ContinuousDtmfRecognitionStopped),
    /// `Microsoft.Communication.ContinuousDtmfRecognitionToneFailed`.
    ContinuousDtmfRecognitionToneFailed(models::ContinuousDtmfRecognitionToneFailed),
    /// `Microsoft.Communication.ContinuousDtmfRecognitionToneReceived`.
    ContinuousDtmfRecognitionToneReceived(models::ContinuousDtmfRecognitionToneReceived),
    /// `Microsoft.Communication.CreateCallFailed`.
    CreateCallFailed(models::CreateCallFailed),
    /// `Microsoft.Communication.HoldFailed`.
    HoldFailed(models::HoldFailed),
    /// `Microsoft.Communication.IncomingCall`.
    IncomingCall(models::IncomingCall),
    /// `Microsoft.Communication.MediaStreamingFailed`.
    MediaStreamingFailed(models::MediaStreamingFailed),
    /// `Microsoft.Communication.MediaStreamingStarted`.
    MediaStreamingStarted(models::MediaStreamingStarted),
    /// `Microsoft.Communication.MediaStreamingStopped`.
    MediaStreamingStopped(models::MediaStreamingStopped),
    /// `Microsoft.Communication.MoveParticipantFailed`.
    MoveParticipantFailed(models::MoveParticipantFailed),
    /// `Microsoft.Communication.MoveParticipantSucceeded`.
    MoveParticipantSucceeded(models::MoveParticipantSucceeded),
    /// `Microsoft.Communication.ParticipantsUpdated`.
    ParticipantsUpdated(models::ParticipantsUpdated),
    /// `Microsoft.Communication.PlayCanceled`.
    PlayCanceled(models::PlayCanceled),
    /// `Microsoft.Communication.PlayCompleted`.
    PlayCompleted(models::PlayCompleted),
    /// `Microsoft.Communication.PlayFailed`.
    PlayFailed(models::PlayFailed),
    /// `Microsoft.Communication.PlayStarted`.
    PlayStarted(models::PlayStarted),
    /// `Microsoft.Communication.RecognizeCanceled`.
    RecognizeCanceled(models::RecognizeCanceled),
    /// `Microsoft.Communication.RecognizeCompleted`.
    RecognizeCompleted(models::RecognizeCompleted),
    /// `Microsoft.Communication.RecognizeFailed`.
    RecognizeFailed(models::RecognizeFailed),
    /// `Microsoft.Communication.RecordingStateChanged`.
    RecordingStateChanged(models::RecordingStateChanged),
    /// `Microsoft.Communication.RemoveParticipantFailed`.
    RemoveParticipantFailed(models::RemoveParticipantFailed),
    /// `Microsoft.Communication.RemoveParticipantSucceeded`.
    RemoveParticipantSucceeded(models::RemoveParticipantSucceeded),
    /// `Microsoft.Communication.SendDtmfTonesCompleted`.
    SendDtmfTonesCompleted(models::SendDtmfTonesCompleted),
    /// `Microsoft.Communication.SendDtmfTonesFailed`.
    SendDtmfTonesFailed(models::SendDtmfTonesFailed),
    /// `Microsoft.Communication.StartRecordingFailed`.
    StartRecordingFailed(models::StartRecordingFailed),
    /// `Microsoft.Communication.TranscriptionFailed`.
    TranscriptionFailed(models::TranscriptionFailed),
    /// `Microsoft.Communication.TranscriptionStarted`.
    TranscriptionStarted(models::TranscriptionStarted),
    /// `Microsoft.Communication.TranscriptionStopped`.
    TranscriptionStopped(models::TranscriptionStopped),
    /// `Microsoft.Communication.TranscriptionUpdated`.
    TranscriptionUpdated(models::TranscriptionUpdated),
    /// An event of a type this crate does not know, with its data.
    Unknown(UnknownEvent),
}

impl CallAutomationEvent {
    /// Reads a callback body: a JSON array of events (or one event) in the CloudEvents or
    /// the Event Grid schema. A malformed body, or a known event whose data does not
    /// fit its model, is an error.
    pub fn parse(body: &[u8]) -> Result<Vec<Event<Self>>, EventError> {
        openapi_client_runtime::events::parse_events(body)
    }

    /// The event type on the wire.
    pub fn event_type(&self) -> &str {
        match self {
            Self::AddParticipantFailed(_) => {
                "Microsoft.Communication.AddParticipantFailed"
            }
            Self::AddParticipantSucceeded(_) => {
                "Microsoft.Communication.AddParticipantSucceeded"
            }
            Self::AnswerFailed(_) => "Microsoft.Communication.AnswerFailed",
            Self::CallConnected(_) => "Microsoft.Communication.CallConnected",
            Self::CallDisconnected(_) => "Microsoft.Communication.CallDisconnected",
            Self::CallTransferAccepted(_) => {
                "Microsoft.Communication.CallTransferAccepted"
            }
            Self::CallTransferFailed(_) => "Microsoft.Communication.CallTransferFailed",
            Self::CancelAddParticipantFailed(_) => {
                "Microsoft.Communication.CancelAddParticipantFailed"
            }
            Self::CancelAddParticipantSucceeded(_) => {
                "Microsoft.Communication.CancelAddParticipantSucceeded"
            }
            Self::ConnectFailed(_) => "Microsoft.Communication.ConnectFailed",
            Self::ContinuousDtmfRecognitionStopped(_) => {
                "Microsoft.Communication.ContinuousDtmfRecognitionStopped"
            }
            Self::ContinuousDtmfRecognitionToneFailed(_) => {
                "Microsoft.Communication.ContinuousDtmfRecognitionToneFailed"
            }
            Self::ContinuousDtmfRecognitionToneReceived(_) => {
                "Microsoft.Communication.ContinuousDtmfRecognitionToneReceived"
            }
            Self::CreateCallFailed(_) => "Microsoft.Communication.CreateCallFailed",
            Self::HoldFailed(_) => "Microsoft.Communication.HoldFailed",
            Self::IncomingCall(_) => "Microsoft.Communication.IncomingCall",
            Self::MediaStreamingFailed(_) => {
                "Microsoft.Communication.MediaStreamingFailed"
            }
            Self::MediaStreamingStarted(_) => {
                "Microsoft.Communication.MediaStreamingStarted"
            }
            Self::MediaStreamingStopped(_) => {
                "Microsoft.Communication.MediaStreamingStopped"
            }
            Self::MoveParticipantFailed(_) => {
                "Microsoft.Communication.MoveParticipantFailed"
            }
            Self::MoveParticipantSucceeded(_) => {
                "Microsoft.Communication.MoveParticipantSucceeded"
            }
            Self::ParticipantsUpdated(_) => "Microsoft.Communication.ParticipantsUpdated",
            Self::PlayCanceled(_) => "Microsoft.Communication.PlayCanceled",
            Self::PlayCompleted(_) => "Microsoft.Communication.PlayCompleted",
            Self::PlayFailed(_) => "Microsoft.Communication.PlayFailed",
            Self::PlayStarted(_) => "Microsoft.Communication.PlayStarted",
            Self::RecognizeCanceled(_) => "Microsoft.Communication.RecognizeCanceled",
            Self::RecognizeCompleted(_) => "Microsoft.Communication.RecognizeCompleted",
            Self::RecognizeFailed(_) => "Microsoft.Communication.RecognizeFailed",
            Self::RecordingStateChanged(_) => {
                "Microsoft.Communication.RecordingStateChanged"
            }
            Self::RemoveParticipantFailed(_) => {
                "Microsoft.Communication.RemoveParticipantFailed"
            }
            Self::RemoveParticipantSucceeded(_) => {
                "Microsoft.Communication.RemoveParticipantSucceeded"
            }
            Self::SendDtmfTonesCompleted(_) => {
                "Microsoft.Communication.SendDtmfTonesCompleted"
            }
            Self::SendDtmfTonesFailed(_) => "Microsoft.Communication.SendDtmfTonesFailed",
            Self::StartRecordingFailed(_) => {
                "Microsoft.Communication.StartRecordingFailed"
            }
            Self::TranscriptionFailed(_) => "Microsoft.Communication.TranscriptionFailed",
            Self::TranscriptionStarted(_) => {
                "Microsoft.Communication.TranscriptionStarted"
            }
            Self::TranscriptionStopped(_) => {
                "Microsoft.Communication.TranscriptionStopped"
            }
            Self::TranscriptionUpdated(_) => {
                "Microsoft.Communication.TranscriptionUpdated"
            }
            Self::Unknown(event) => &event.event_type,
        }
    }

    /// The id of the call connection.
    ///
    /// From the event's `callConnectionId` property; `None` when it is absent, or for events without it and of unknown types.
    pub fn call_connection_id(&self) -> Option<&str> {
        match self {
            Self::AddParticipantFailed(event) => event.call_connection_id.as_deref(),
            Self::AddParticipantSucceeded(event) => event.call_connection_id.as_deref(),
            Self::AnswerFailed(event) => event.call_connection_id.as_deref(),
            Self::CallConnected(event) => event.call_connection_id.as_deref(),
            Self::CallDisconnected(event) => event.call_connection_id.as_deref(),
            Self::CallTransferAccepted(event) => event.call_connection_id.as_deref(),
            Self::CallTransferFailed(event) => event.call_connection_id.as_deref(),
            Self::CancelAddParticipantFailed(event) => {
                event.call_connection_id.as_deref()
            }
            Self::CancelAddParticipantSucceeded(event) => {
                event.call_connection_id.as_deref()
            }
            Self::ConnectFailed(event) => event.call_connection_id.as_deref(),
            Self::ContinuousDtmfRecognitionStopped(event) => {
                event.call_connection_id.as_deref()
            }
            Self::ContinuousDtmfRecognitionToneFailed(event) => {
                event.call_connection_id.as_deref()
            }
            Self::ContinuousDtmfRecognitionToneReceived(event) => {
                event.call_connection_id.as_deref()
            }
            Self::CreateCallFailed(event) => event.call_connection_id.as_deref(),
            Self::HoldFailed(event) => event.call_connection_id.as_deref(),
            Self::MediaStreamingFailed(event) => event.call_connection_id.as_deref(),
            Self::MediaStreamingStarted(event) => event.call_connection_id.as_deref(),
            Self::MediaStreamingStopped(event) => event.call_connection_id.as_deref(),
            Self::MoveParticipantFailed(event) => event.call_connection_id.as_deref(),
            Self::MoveParticipantSucceeded(event) => event.call_connection_id.as_deref(),
            Self::ParticipantsUpdated(event) => event.call_connection_id.as_deref(),
            Self::PlayCanceled(event) => event.call_connection_id.as_deref(),
            Self::PlayCompleted(event) => event.call_connection_id.as_deref(),
            Self::PlayFailed(event) => event.call_connection_id.as_deref(),
            Self::PlayStarted(event) => event.call_connection_id.as_deref(),
            Self::RecognizeCanceled(event) => event.call_connection_id.as_deref(),
            Self::RecognizeCompleted(event) => event.call_connection_id.as_deref(),
            Self::RecognizeFailed(event) => event.call_connection_id.as_deref(),
            Self::RecordingStateChanged(event) => event.call_connection_id.as_deref(),
            Self::RemoveParticipantFailed(event) => event.call_connection_id.as_deref(),
            Self::RemoveParticipantSucceeded(event) => {
                event.call_connection_id.as_deref()
            }
            Self::SendDtmfTonesCompleted(event) => event.call_connection_id.as_deref(),
            Self::SendDtmfTonesFailed(event) => event.call_connection_id.as_deref(),
            Self::StartRecordingFailed(event) => event.call_connection_id.as_deref(),
            Self::TranscriptionFailed(event) => event.call_connection_id.as_deref(),
            Self::TranscriptionStarted(event) => event.call_connection_id.as_deref(),
            Self::TranscriptionStopped(event) => event.call_connection_id.as_deref(),
            Self::TranscriptionUpdated(event) => event.call_connection_id.as_deref(),
            _ => None,
        }
    }

    /// The id that ties together everything about the call, for support requests.
    ///
    /// From the event's `correlationId` property; `None` when it is absent or the event's type is unknown.
    pub fn correlation_id(&self) -> Option<&str> {
        match self {
            Self::AddParticipantFailed(event) => event.correlation_id.as_deref(),
            Self::AddParticipantSucceeded(event) => event.correlation_id.as_deref(),
            Self::AnswerFailed(event) => event.correlation_id.as_deref(),
            Self::CallConnected(event) => event.correlation_id.as_deref(),
            Self::CallDisconnected(event) => event.correlation_id.as_deref(),
            Self::CallTransferAccepted(event) => event.correlation_id.as_deref(),
            Self::CallTransferFailed(event) => event.correlation_id.as_deref(),
            Self::CancelAddParticipantFailed(event) => event.correlation_id.as_deref(),
            Self::CancelAddParticipantSucceeded(event) => event.correlation_id.as_deref(),
            Self::ConnectFailed(event) => event.correlation_id.as_deref(),
            Self::ContinuousDtmfRecognitionStopped(event) => {
                event.correlation_id.as_deref()
            }
            Self::ContinuousDtmfRecognitionToneFailed(event) => {
                event.correlation_id.as_deref()
            }
            Self::ContinuousDtmfRecognitionToneReceived(event) => {
                event.correlation_id.as_deref()
            }
            Self::CreateCallFailed(event) => event.correlation_id.as_deref(),
            Self::HoldFailed(event) => event.correlation_id.as_deref(),
            Self::IncomingCall(event) => event.correlation_id.as_deref(),
            Self::MediaStreamingFailed(event) => event.correlation_id.as_deref(),
            Self::MediaStreamingStarted(event) => event.correlation_id.as_deref(),
            Self::MediaStreamingStopped(event) => event.correlation_id.as_deref(),
            Self::MoveParticipantFailed(event) => event.correlation_id.as_deref(),
            Self::MoveParticipantSucceeded(event) => event.correlation_id.as_deref(),
            Self::ParticipantsUpdated(event) => event.correlation_id.as_deref(),
            Self::PlayCanceled(event) => event.correlation_id.as_deref(),
            Self::PlayCompleted(event) => event.correlation_id.as_deref(),
            Self::PlayFailed(event) => event.correlation_id.as_deref(),
            Self::PlayStarted(event) => event.correlation_id.as_deref(),
            Self::RecognizeCanceled(event) => event.correlation_id.as_deref(),
            Self::RecognizeCompleted(event) => event.correlation_id.as_deref(),
            Self::RecognizeFailed(event) => event.correlation_id.as_deref(),
            Self::RecordingStateChanged(event) => event.correlation_id.as_deref(),
            Self::RemoveParticipantFailed(event) => event.correlation_id.as_deref(),
            Self::RemoveParticipantSucceeded(event) => event.correlation_id.as_deref(),
            Self::SendDtmfTonesCompleted(event) => event.correlation_id.as_deref(),
            Self::SendDtmfTonesFailed(event) => event.correlation_id.as_deref(),
            Self::StartRecordingFailed(event) => event.correlation_id.as_deref(),
            Self::TranscriptionFailed(event) => event.correlation_id.as_deref(),
            Self::TranscriptionStarted(event) => event.correlation_id.as_deref(),
            Self::TranscriptionStopped(event) => event.correlation_id.as_deref(),
            Self::TranscriptionUpdated(event) => event.correlation_id.as_deref(),
            _ => None,
        }
    }

    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    ///
    /// From the event's `operationContext` property; `None` when it is absent, or for events without it and of unknown types.
    pub fn operation_context(&self) -> Option<&str> {
        match self {
            Self::AddParticipantFailed(event) => event.operation_context.as_deref(),
            Self::AddParticipantSucceeded(event) => event.operation_context.as_deref(),
            Self::AnswerFailed(event) => event.operation_context.as_deref(),
            Self::CallConnected(event) => event.operation_context.as_deref(),
            Self::CallDisconnected(event) => event.operation_context.as_deref(),
            Self::CallTransferAccepted(event) => event.operation_context.as_deref(),
            Self::CallTransferFailed(event) => event.operation_context.as_deref(),
            Self::CancelAddParticipantFailed(event) => event.operation_context.as_deref(),
            Self::CancelAddParticipantSucceeded(event) => {
                event.operation_context.as_deref()
            }
            Self::ConnectFailed(event) => event.operation_context.as_deref(),
            Self::ContinuousDtmfRecognitionStopped(event) => {
                event.operation_context.as_deref()
            }
            Self::ContinuousDtmfRecognitionToneFailed(event) => {
                event.operation_context.as_deref()
            }
            Self::ContinuousDtmfRecognitionToneReceived(event) => {
                event.operation_context.as_deref()
            }
            Self::CreateCallFailed(event) => event.operation_context.as_deref(),
            Self::HoldFailed(event) => event.operation_context.as_deref(),
            Self::MediaStreamingFailed(event) => event.operation_context.as_deref(),
            Self::MediaStreamingStarted(event) => event.operation_context.as_deref(),
            Self::MediaStreamingStopped(event) => event.operation_context.as_deref(),
            Self::MoveParticipantFailed(event) => event.operation_context.as_deref(),
            Self::MoveParticipantSucceeded(event) => event.operation_context.as_deref(),
            Self::PlayCanceled(event) => event.operation_context.as_deref(),
            Self::PlayCompleted(event) => event.operation_context.as_deref(),
            Self::PlayFailed(event) => event.operation_context.as_deref(),
            Self::PlayStarted(event) => event.operation_context.as_deref(),
            Self::RecognizeCanceled(event) => event.operation_context.as_deref(),
            Self::RecognizeCompleted(event) => event.operation_context.as_deref(),
            Self::RecognizeFailed(event) => event.operation_context.as_deref(),
            Self::RemoveParticipantFailed(event) => event.operation_context.as_deref(),
            Self::RemoveParticipantSucceeded(event) => event.operation_context.as_deref(),
            Self::SendDtmfTonesCompleted(event) => event.operation_context.as_deref(),
            Self::SendDtmfTonesFailed(event) => event.operation_context.as_deref(),
            Self::StartRecordingFailed(event) => event.operation_context.as_deref(),
            Self::TranscriptionFailed(event) => event.operation_context.as_deref(),
            Self::TranscriptionStarted(event) => event.operation_context.as_deref(),
            Self::TranscriptionStopped(event) => event.operation_context.as_deref(),
            Self::TranscriptionUpdated(event) => event.operation_context.as_deref(),
            _ => None,
        }
    }

    /// The outcome: a code, a sub-code and a message.
    ///
    /// From the event's `resultInformation` property; `None` when it is absent, or for events without it and of unknown types.
    pub fn result_information(&self) -> Option<&models::ResultInformation> {
        match self {
            Self::AddParticipantFailed(event) => event.result_information.as_ref(),
            Self::AddParticipantSucceeded(event) => event.result_information.as_ref(),
            Self::AnswerFailed(event) => event.result_information.as_ref(),
            Self::CallConnected(event) => event.result_information.as_ref(),
            Self::CallDisconnected(event) => event.result_information.as_ref(),
            Self::CallTransferAccepted(event) => event.result_information.as_ref(),
            Self::CallTransferFailed(event) => event.result_information.as_ref(),
            Self::CancelAddParticipantFailed(event) => event.result_information.as_ref(),
            Self::CancelAddParticipantSucceeded(event) => {
                event.result_information.as_ref()
            }
            Self::ConnectFailed(event) => event.result_information.as_ref(),
            Self::ContinuousDtmfRecognitionStopped(event) => {
                event.result_information.as_ref()
            }
            Self::ContinuousDtmfRecognitionToneFailed(event) => {
                event.result_information.as_ref()
            }
            Self::ContinuousDtmfRecognitionToneReceived(event) => {
                event.result_information.as_ref()
            }
            Self::CreateCallFailed(event) => event.result_information.as_ref(),
            Self::HoldFailed(event) => event.result_information.as_ref(),
            Self::MediaStreamingFailed(event) => event.result_information.as_ref(),
            Self::MediaStreamingStarted(event) => event.result_information.as_ref(),
            Self::MediaStreamingStopped(event) => event.result_information.as_ref(),
            Self::MoveParticipantFailed(event) => event.result_information.as_ref(),
            Self::MoveParticipantSucceeded(event) => event.result_information.as_ref(),
            Self::ParticipantsUpdated(event) => event.result_information.as_ref(),
            Self::PlayCanceled(event) => event.result_information.as_ref(),
            Self::PlayCompleted(event) => event.result_information.as_ref(),
            Self::PlayFailed(event) => event.result_information.as_ref(),
            Self::PlayStarted(event) => event.result_information.as_ref(),
            Self::RecognizeCanceled(event) => event.result_information.as_ref(),
            Self::RecognizeCompleted(event) => event.result_information.as_ref(),
            Self::RecognizeFailed(event) => event.result_information.as_ref(),
            Self::RecordingStateChanged(event) => event.result_information.as_ref(),
            Self::RemoveParticipantFailed(event) => event.result_information.as_ref(),
            Self::RemoveParticipantSucceeded(event) => event.result_information.as_ref(),
            Self::SendDtmfTonesCompleted(event) => event.result_information.as_ref(),
            Self::SendDtmfTonesFailed(event) => event.result_information.as_ref(),
            Self::StartRecordingFailed(event) => event.result_information.as_ref(),
            Self::TranscriptionFailed(event) => event.result_information.as_ref(),
            Self::TranscriptionStarted(event) => event.result_information.as_ref(),
            Self::TranscriptionStopped(event) => event.result_information.as_ref(),
            Self::TranscriptionUpdated(event) => event.result_information.as_ref(),
            _ => None,
        }
    }

    /// The service's id of the call, shared by every call connection of the call.
    ///
    /// From the event's `serverCallId` property; `None` when it is absent or the event's type is unknown.
    pub fn server_call_id(&self) -> Option<&str> {
        match self {
            Self::AddParticipantFailed(event) => event.server_call_id.as_deref(),
            Self::AddParticipantSucceeded(event) => event.server_call_id.as_deref(),
            Self::AnswerFailed(event) => event.server_call_id.as_deref(),
            Self::CallConnected(event) => event.server_call_id.as_deref(),
            Self::CallDisconnected(event) => event.server_call_id.as_deref(),
            Self::CallTransferAccepted(event) => event.server_call_id.as_deref(),
            Self::CallTransferFailed(event) => event.server_call_id.as_deref(),
            Self::CancelAddParticipantFailed(event) => event.server_call_id.as_deref(),
            Self::CancelAddParticipantSucceeded(event) => event.server_call_id.as_deref(),
            Self::ConnectFailed(event) => event.server_call_id.as_deref(),
            Self::ContinuousDtmfRecognitionStopped(event) => {
                event.server_call_id.as_deref()
            }
            Self::ContinuousDtmfRecognitionToneFailed(event) => {
                event.server_call_id.as_deref()
            }
            Self::ContinuousDtmfRecognitionToneReceived(event) => {
                event.server_call_id.as_deref()
            }
            Self::CreateCallFailed(event) => event.server_call_id.as_deref(),
            Self::HoldFailed(event) => event.server_call_id.as_deref(),
            Self::IncomingCall(event) => event.server_call_id.as_deref(),
            Self::MediaStreamingFailed(event) => event.server_call_id.as_deref(),
            Self::MediaStreamingStarted(event) => event.server_call_id.as_deref(),
            Self::MediaStreamingStopped(event) => event.server_call_id.as_deref(),
            Self::MoveParticipantFailed(event) => event.server_call_id.as_deref(),
            Self::MoveParticipantSucceeded(event) => event.server_call_id.as_deref(),
            Self::ParticipantsUpdated(event) => event.server_call_id.as_deref(),
            Self::PlayCanceled(event) => event.server_call_id.as_deref(),
            Self::PlayCompleted(event) => event.server_call_id.as_deref(),
            Self::PlayFailed(event) => event.server_call_id.as_deref(),
            Self::PlayStarted(event) => event.server_call_id.as_deref(),
            Self::RecognizeCanceled(event) => event.server_call_id.as_deref(),
            Self::RecognizeCompleted(event) => event.server_call_id.as_deref(),
            Self::RecognizeFailed(event) => event.server_call_id.as_deref(),
            Self::RecordingStateChanged(event) => event.server_call_id.as_deref(),
            Self::RemoveParticipantFailed(event) => event.server_call_id.as_deref(),
            Self::RemoveParticipantSucceeded(event) => event.server_call_id.as_deref(),
            Self::SendDtmfTonesCompleted(event) => event.server_call_id.as_deref(),
            Self::SendDtmfTonesFailed(event) => event.server_call_id.as_deref(),
            Self::StartRecordingFailed(event) => event.server_call_id.as_deref(),
            Self::TranscriptionFailed(event) => event.server_call_id.as_deref(),
            Self::TranscriptionStarted(event) => event.server_call_id.as_deref(),
            Self::TranscriptionStopped(event) => event.server_call_id.as_deref(),
            Self::TranscriptionUpdated(event) => event.server_call_id.as_deref(),
            _ => None,
        }
    }
}

impl FromEvent for CallAutomationEvent {
    fn from_event(
        event_type: &str,
        data: serde_json::Value,
    ) -> Result<Self, serde_json::Error> {
        Ok(
            match event_type {
                "Microsoft.Communication.AddParticipantFailed" => {
                    Self::AddParticipantFailed(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.AddParticipantSucceeded" => {
                    Self::AddParticipantSucceeded(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.AnswerFailed" => {
                    Self::AnswerFailed(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.CallConnected" => {
                    Self::CallConnected(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.CallDisconnected" => {
                    Self::CallDisconnected(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.CallTransferAccepted" => {
                    Self::CallTransferAccepted(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.CallTransferFailed" => {
                    Self::CallTransferFailed(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.CancelAddParticipantFailed" => {
                    Self::CancelAddParticipantFailed(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.CancelAddParticipantSucceeded" => {
                    Self::CancelAddParticipantSucceeded(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.ConnectFailed" => {
                    Self::ConnectFailed(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.ContinuousDtmfRecognitionStopped" => {
                    Self::ContinuousDtmfRecognitionStopped(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.ContinuousDtmfRecognitionToneFailed" => {
                    Self::ContinuousDtmfRecognitionToneFailed(
                        serde_json::from_value(data)?,
                    )
                }
                "Microsoft.Communication.ContinuousDtmfRecognitionToneReceived" => {
                    Self::ContinuousDtmfRecognitionToneReceived(
                        serde_json::from_value(data)?,
                    )
                }
                "Microsoft.Communication.CreateCallFailed" => {
                    Self::CreateCallFailed(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.HoldFailed" => {
                    Self::HoldFailed(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.IncomingCall" => {
                    Self::IncomingCall(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.MediaStreamingFailed" => {
                    Self::MediaStreamingFailed(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.MediaStreamingStarted" => {
                    Self::MediaStreamingStarted(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.MediaStreamingStopped" => {
                    Self::MediaStreamingStopped(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.MoveParticipantFailed" => {
                    Self::MoveParticipantFailed(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.MoveParticipantSucceeded" => {
                    Self::MoveParticipantSucceeded(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.ParticipantsUpdated" => {
                    Self::ParticipantsUpdated(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.PlayCanceled" => {
                    Self::PlayCanceled(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.PlayCompleted" => {
                    Self::PlayCompleted(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.PlayFailed" => {
                    Self::PlayFailed(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.PlayStarted" => {
                    Self::PlayStarted(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.RecognizeCanceled" => {
                    Self::RecognizeCanceled(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.RecognizeCompleted" => {
                    Self::RecognizeCompleted(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.RecognizeFailed" => {
                    Self::RecognizeFailed(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.RecordingStateChanged" => {
                    Self::RecordingStateChanged(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.RemoveParticipantFailed" => {
                    Self::RemoveParticipantFailed(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.RemoveParticipantSucceeded" => {
                    Self::RemoveParticipantSucceeded(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.SendDtmfTonesCompleted" => {
                    Self::SendDtmfTonesCompleted(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.SendDtmfTonesFailed" => {
                    Self::SendDtmfTonesFailed(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.StartRecordingFailed" => {
                    Self::StartRecordingFailed(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.TranscriptionFailed" => {
                    Self::TranscriptionFailed(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.TranscriptionStarted" => {
                    Self::TranscriptionStarted(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.TranscriptionStopped" => {
                    Self::TranscriptionStopped(serde_json::from_value(data)?)
                }
                "Microsoft.Communication.TranscriptionUpdated" => {
                    Self::TranscriptionUpdated(serde_json::from_value(data)?)
                }
                _ => {
                    Self::Unknown(UnknownEvent {
                        event_type: event_type.to_owned(),
                        data,
                    })
                }
            },
        )
    }
}
