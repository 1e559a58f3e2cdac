// Hand-written: handles bound to a call connection and to a recording, over the generated
// operations, as the official SDKs' `CallConnectionClient` and recording methods read.

//! A call as a handle: `client.call(id)` gives a [`CallConnection`] whose methods name the call
//! once, [`CallConnection::media`] its media operations, and `client.recording(id)` a
//! [`CallRecording`]. Every method calls one generated operation, with the request its
//! arguments make, and answers as that operation does ([`CallResult`]). Where an operation's
//! request has more than the one participant it is about, the method takes the request itself
//! too: `unhold("8:acs:…")` and `unhold(request)` both work.
//!
//! ```no_run
//! # async fn run(client: acs_call_automation::Client) -> Result<(), Box<dyn std::error::Error>> {
//! use acs_call_automation::models::PlaySource;
//!
//! let call = client.call("18dea47f-b081-4107-9a5c-4300819d2c6c");
//! call.media().play_to_all(vec![PlaySource::file("https://contoso.example/hold.wav")]).await?;
//! call.media().hold("4:+14255550123").await?;
//! call.media().unhold("4:+14255550123").await?;
//! call.hang_up(true).await?;
//! # Ok(())
//! # }
//! ```

use openapi_client_runtime::futures_util::Stream;

use crate::models::{
    self, AddParticipantRequest, CallLocator, CallLocatorKind, CommunicationErrorResponse,
    ContinuousDtmfRecognitionRequest, HoldRequest, MoveParticipantsRequest,
    MuteParticipantsRequest, PlaySource, PlaySourceType, RemoveParticipantRequest,
    TransferToParticipantRequest, UnholdRequest,
};
use crate::{Client, CommunicationIdentifier, Error, Response};

/// What a call's methods give: the operation's answer with its status, headers and request
/// ids, or the service's error.
pub type CallResult<T> = Result<Response<T>, Error<CommunicationErrorResponse>>;

/// The client of the official SDKs' name: the same [`Client`] (create, answer, redirect, reject
/// and connect calls; start recordings), with [`Client::call`] and [`Client::recording`].
pub type CallAutomationClient = Client;

impl Client {
    /// The call connection `call_connection_id` (from `CreateCall`, `AnswerCall` or `Connect`,
    /// or any event of the call).
    pub fn call(&self, call_connection_id: impl Into<String>) -> CallConnection<'_> {
        CallConnection {
            client: self,
            id: call_connection_id.into(),
        }
    }

    /// The recording `recording_id` (from `StartRecording` or a `RecordingStateChanged` event).
    pub fn recording(&self, recording_id: impl Into<String>) -> CallRecording<'_> {
        CallRecording {
            client: self,
            id: recording_id.into(),
        }
    }
}

/// A call connection: the operations of the `CallConnection` group with its id.
#[derive(Debug, Clone)]
pub struct CallConnection<'a> {
    client: &'a Client,
    id: String,
}

impl<'a> CallConnection<'a> {
    /// The call connection's id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The client it calls.
    pub fn client(&self) -> &'a Client {
        self.client
    }

    /// The media operations of the call (play, recognize, hold, unhold, DTMF, transcription,
    /// media streaming).
    pub fn media(&self) -> CallMedia<'_> {
        CallMedia { call: self }
    }

    /// The call connection's state and settings (`GetCall`).
    pub async fn properties(&self) -> CallResult<models::CallConnectionProperties> {
        self.client.call_connection_get_call(&self.id, None).await
    }

    /// Leaves the call (`HangupCall`), or ends it for everyone when `for_everyone`
    /// (`TerminateCall`), as the official SDKs' `hang_up(is_for_everyone)` does.
    pub async fn hang_up(&self, for_everyone: bool) -> CallResult<()> {
        if for_everyone {
            self.client
                .call_connection_terminate_call(&self.id, None)
                .await
        } else {
            self.client
                .call_connection_hangup_call(&self.id, None)
                .await
        }
    }

    /// Transfers the call to a participant (`TransferToParticipant`): a target, or the whole
    /// request.
    pub async fn transfer(
        &self,
        request: impl Into<TransferToParticipantRequest>,
    ) -> CallResult<models::TransferCallResponse> {
        let request = request.into();
        self.client
            .call_connection_transfer_to_participant(&self.id, &request, None)
            .await
    }

    /// Invites a participant (`AddParticipant`): who, or the whole request.
    pub async fn add_participant(
        &self,
        request: impl Into<AddParticipantRequest>,
    ) -> CallResult<models::AddParticipantResponse> {
        let request = request.into();
        self.client
            .call_connection_add_participant(&self.id, &request, None)
            .await
    }

    /// Removes a participant (`RemoveParticipant`): who, or the whole request.
    pub async fn remove_participant(
        &self,
        request: impl Into<RemoveParticipantRequest>,
    ) -> CallResult<models::RemoveParticipantResponse> {
        let request = request.into();
        self.client
            .call_connection_remove_participant(&self.id, &request, None)
            .await
    }

    /// Mutes a participant (`Mute`): who, or the whole request.
    pub async fn mute_participant(
        &self,
        request: impl Into<MuteParticipantsRequest>,
    ) -> CallResult<models::MuteParticipantsResult> {
        let request = request.into();
        self.client
            .call_connection_mute(&self.id, &request, None)
            .await
    }

    /// Withdraws an invitation (`CancelAddParticipant`), by the id `add_participant` gave.
    pub async fn cancel_add_participant(
        &self,
        invitation_id: impl Into<String>,
    ) -> CallResult<models::CancelAddParticipantResponse> {
        let request = models::CancelAddParticipantRequest::new(invitation_id);
        self.client
            .call_connection_cancel_add_participant(&self.id, &request, None)
            .await
    }

    /// Moves participants of another call of the resource into this one (`MoveParticipants`,
    /// new in api-version 2026-03-12): `from_call` is the id of the call connection they are in
    /// now, as when a caller waiting in a queue's call is brought into an agent's call. The
    /// outcome arrives as a `MoveParticipantSucceeded` or `MoveParticipantFailed` event, one per
    /// participant. [`move_participants_with`](Self::move_participants_with) takes the whole
    /// request (an operation context, a callback URI of its own).
    pub async fn move_participants<P>(
        &self,
        from_call: impl Into<String>,
        participants: impl IntoIterator<Item = P>,
    ) -> CallResult<models::MoveParticipantsResponse>
    where
        P: Into<CommunicationIdentifier>,
    {
        let participants: Vec<CommunicationIdentifier> =
            participants.into_iter().map(Into::into).collect();
        let request = MoveParticipantsRequest::new(participants, from_call);
        self.move_participants_with(&request).await
    }

    /// Moves participants into this call (`MoveParticipants`) with the whole request.
    pub async fn move_participants_with(
        &self,
        request: &MoveParticipantsRequest,
    ) -> CallResult<models::MoveParticipantsResponse> {
        self.client
            .call_connection_move_participants(&self.id, request, None)
            .await
    }

    /// One participant (`GetParticipant`), by identifier or raw id.
    pub async fn participant(
        &self,
        participant: impl Into<CommunicationIdentifier>,
    ) -> CallResult<models::CallParticipant> {
        let participant = participant.into();
        self.client
            .call_connection_get_participant(&self.id, participant.raw_id(), None)
            .await
    }

    /// Every participant (`GetParticipants`, page after page).
    pub fn participants(
        &self,
    ) -> impl Stream<Item = Result<models::CallParticipant, Error<CommunicationErrorResponse>>> + '_
    {
        self.client
            .call_connection_get_participants_stream(&self.id, None)
    }
}

/// The media operations of a call: the `CallMedia` group with the call's id.
#[derive(Debug, Clone, Copy)]
pub struct CallMedia<'a> {
    call: &'a CallConnection<'a>,
}

impl CallMedia<'_> {
    fn parts(&self) -> (&Client, &str) {
        (self.call.client, &self.call.id)
    }

    /// Plays audio (`Play`): the whole request (sources, who hears them, looping).
    pub async fn play(&self, request: &models::PlayRequest) -> CallResult<()> {
        let (client, id) = self.parts();
        client.call_media_play(id, request, None).await
    }

    /// Plays `sources`, in order, to everyone in the call.
    pub async fn play_to_all(&self, sources: Vec<PlaySource>) -> CallResult<()> {
        let request = models::PlayRequest {
            play_sources: sources,
            ..Default::default()
        };
        self.play(&request).await
    }

    /// Recognizes input from a participant (`Recognize`).
    pub async fn recognize(&self, request: &models::RecognizeRequest) -> CallResult<()> {
        let (client, id) = self.parts();
        client.call_media_recognize(id, request, None).await
    }

    /// Puts a participant on hold (`Hold`): who, or the whole request (music to play).
    pub async fn hold(&self, request: impl Into<HoldRequest>) -> CallResult<()> {
        let (client, id) = self.parts();
        client.call_media_hold(id, &request.into(), None).await
    }

    /// Takes a participant off hold (`Unhold`): who, or the whole request.
    pub async fn unhold(&self, request: impl Into<UnholdRequest>) -> CallResult<()> {
        let (client, id) = self.parts();
        client.call_media_unhold(id, &request.into(), None).await
    }

    /// Sends DTMF tones to a participant (`SendDtmfTones`).
    pub async fn send_dtmf_tones(
        &self,
        tones: Vec<models::Tone>,
        target: impl Into<CommunicationIdentifier>,
    ) -> CallResult<models::SendDtmfTonesResult> {
        let (client, id) = self.parts();
        let request = models::SendDtmfTonesRequest::new(tones, target.into());
        client.call_media_send_dtmf_tones(id, &request, None).await
    }

    /// Starts reporting a participant's DTMF tones as events
    /// (`StartContinuousDtmfRecognition`): who, or the whole request.
    pub async fn start_continuous_dtmf_recognition(
        &self,
        request: impl Into<ContinuousDtmfRecognitionRequest>,
    ) -> CallResult<()> {
        let (client, id) = self.parts();
        client
            .call_media_start_continuous_dtmf_recognition(id, &request.into(), None)
            .await
    }

    /// Stops reporting a participant's DTMF tones (`StopContinuousDtmfRecognition`).
    pub async fn stop_continuous_dtmf_recognition(
        &self,
        request: impl Into<ContinuousDtmfRecognitionRequest>,
    ) -> CallResult<()> {
        let (client, id) = self.parts();
        client
            .call_media_stop_continuous_dtmf_recognition(id, &request.into(), None)
            .await
    }

    /// Stops every play and recognize operation (`CancelAllMediaOperations`).
    pub async fn cancel_all_media_operations(&self) -> CallResult<()> {
        let (client, id) = self.parts();
        client
            .call_media_cancel_all_media_operations(id, None)
            .await
    }

    /// Starts transcription (`StartTranscription`).
    pub async fn start_transcription(
        &self,
        request: &models::StartTranscriptionRequest,
    ) -> CallResult<()> {
        let (client, id) = self.parts();
        client
            .call_media_start_transcription(id, request, None)
            .await
    }

    /// Stops transcription (`StopTranscription`).
    pub async fn stop_transcription(&self) -> CallResult<()> {
        let (client, id) = self.parts();
        let request = models::StopTranscriptionRequest::default();
        client
            .call_media_stop_transcription(id, &request, None)
            .await
    }

    /// Changes the transcription's locale or model (`UpdateTranscription`).
    pub async fn update_transcription(
        &self,
        request: &models::UpdateTranscriptionRequest,
    ) -> CallResult<()> {
        let (client, id) = self.parts();
        client
            .call_media_update_transcription(id, request, None)
            .await
    }

    /// Starts media streaming (`StartMediaStreaming`).
    pub async fn start_media_streaming(&self) -> CallResult<()> {
        let (client, id) = self.parts();
        let request = models::StartMediaStreamingRequest::default();
        client
            .call_media_start_media_streaming(id, &request, None)
            .await
    }

    /// Stops media streaming (`StopMediaStreaming`).
    pub async fn stop_media_streaming(&self) -> CallResult<()> {
        let (client, id) = self.parts();
        let request = models::StopMediaStreamingRequest::default();
        client
            .call_media_stop_media_streaming(id, &request, None)
            .await
    }
}

/// A recording: the `CallRecording` operations with its id. Start one with
/// `client.call_recording().start_recording(…)`.
#[derive(Debug, Clone)]
pub struct CallRecording<'a> {
    client: &'a Client,
    id: String,
}

impl CallRecording<'_> {
    /// The recording's id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The recording's state (`GetRecordingProperties`).
    pub async fn properties(&self) -> CallResult<models::RecordingStateResponse> {
        self.client
            .call_recording_get_recording_properties(&self.id, None)
            .await
    }

    /// Stops the recording for good (`StopRecording`).
    pub async fn stop(&self) -> CallResult<()> {
        self.client
            .call_recording_stop_recording(&self.id, None)
            .await
    }

    /// Pauses the recording (`PauseRecording`).
    pub async fn pause(&self) -> CallResult<()> {
        self.client
            .call_recording_pause_recording(&self.id, None)
            .await
    }

    /// Resumes the recording (`ResumeRecording`).
    pub async fn resume(&self) -> CallResult<()> {
        self.client
            .call_recording_resume_recording(&self.id, None)
            .await
    }
}

/// Requests about one participant, made from the participant alone (an identifier or a raw id).
macro_rules! from_participant {
    ($($request:ident),*) => {$(
        impl From<CommunicationIdentifier> for $request {
            fn from(participant: CommunicationIdentifier) -> Self {
                $request::new(participant)
            }
        }

        impl From<&CommunicationIdentifier> for $request {
            fn from(participant: &CommunicationIdentifier) -> Self {
                $request::new(participant.clone())
            }
        }

        impl From<&str> for $request {
            fn from(raw_id: &str) -> Self {
                $request::new(raw_id)
            }
        }

        impl From<String> for $request {
            fn from(raw_id: String) -> Self {
                $request::new(raw_id)
            }
        }
    )*};
}

from_participant!(
    UnholdRequest,
    HoldRequest,
    ContinuousDtmfRecognitionRequest,
    AddParticipantRequest,
    RemoveParticipantRequest,
    TransferToParticipantRequest
);

impl<T: Into<CommunicationIdentifier>> From<Vec<T>> for MuteParticipantsRequest {
    fn from(participants: Vec<T>) -> Self {
        MuteParticipantsRequest {
            target_participants: participants.into_iter().map(Into::into).collect(),
            ..Default::default()
        }
    }
}

impl From<&str> for MuteParticipantsRequest {
    fn from(raw_id: &str) -> Self {
        vec![raw_id].into()
    }
}

impl From<CommunicationIdentifier> for MuteParticipantsRequest {
    fn from(participant: CommunicationIdentifier) -> Self {
        vec![participant].into()
    }
}

impl PlaySource {
    /// An audio file to play, by URL.
    pub fn file(url: impl Into<String>) -> Self {
        let mut source = PlaySource::new(PlaySourceType::File);
        source.file = Some(models::FileSource::new(url));
        source
    }

    /// Text to speak with a synthesized voice.
    pub fn text(text: impl Into<String>) -> Self {
        let mut source = PlaySource::new(PlaySourceType::Text);
        source.text = Some(models::TextSource::new(text));
        source
    }

    /// SSML to speak with a synthesized voice.
    pub fn ssml(ssml: impl Into<String>) -> Self {
        let mut source = PlaySource::new(PlaySourceType::Ssml);
        source.ssml = Some(models::SsmlSource::new(ssml));
        source
    }
}

impl CallLocator {
    /// A call by its server call id (from any event of the call).
    pub fn server_call_id(id: impl Into<String>) -> Self {
        CallLocator {
            server_call_id: Some(id.into()),
            kind: Some(CallLocatorKind::ServerCallLocator),
            ..Default::default()
        }
    }

    /// A group call by its id.
    pub fn group_call_id(id: impl Into<String>) -> Self {
        CallLocator {
            group_call_id: Some(id.into()),
            kind: Some(CallLocatorKind::GroupCallLocator),
            ..Default::default()
        }
    }

    /// A Communication Services room by its id.
    pub fn room_id(id: impl Into<String>) -> Self {
        CallLocator {
            room_id: Some(id.into()),
            kind: Some(CallLocatorKind::RoomCallLocator),
            ..Default::default()
        }
    }
}
