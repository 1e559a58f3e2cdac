// @generated from `specs/callautomation/2026-03-12.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The types of the request and response bodies.

/// Event: a participant could not be added.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddParticipantFailed {
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
    /// The participant concerned.
    pub participant: Option<crate::CommunicationIdentifier>,
}

impl serde::Serialize for AddParticipantFailed {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.optional("participant", &self.participant);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AddParticipantFailed {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = AddParticipantFailed;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `AddParticipantFailed` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<ResultInformation> = None;
                let mut field_5: Option<crate::CommunicationIdentifier> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "participant" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(AddParticipantFailed {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    correlation_id: field_2,
                    operation_context: field_3,
                    result_information: field_4,
                    participant: field_5,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// What `AddParticipant` needs.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AddParticipantRequest {
    /// The phone number shown as the caller to phone participants.
    pub source_caller_id_number: Option<PhoneNumberIdentifierModel>,
    /// The name shown as the caller.
    pub source_display_name: Option<String>,
    /// The participant to invite.
    pub participant_to_add: crate::CommunicationIdentifier,
    /// How long the invitation stays open, in seconds.
    pub invitation_timeout_in_seconds: Option<i32>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// A callback URI for this action only, overriding the one set when the call was created or answered. When absent, that default callback URI is used.
    pub operation_callback_uri: Option<String>,
    /// Headers passed on to the participant being called.
    pub custom_calling_context: Option<CustomCallingContext>,
}

impl AddParticipantRequest {
    /// A `AddParticipantRequest` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(participant_to_add: impl Into<crate::CommunicationIdentifier>) -> Self {
        Self {
            source_caller_id_number: None,
            source_display_name: None,
            participant_to_add: participant_to_add.into(),
            invitation_timeout_in_seconds: None,
            operation_context: None,
            operation_callback_uri: None,
            custom_calling_context: None,
        }
    }
}

impl serde::Serialize for AddParticipantRequest {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("sourceCallerIdNumber", &self.source_caller_id_number);
        map.optional("sourceDisplayName", &self.source_display_name);
        map.entry("participantToAdd", &self.participant_to_add);
        map.optional("invitationTimeoutInSeconds", &self.invitation_timeout_in_seconds);
        map.optional("operationContext", &self.operation_context);
        map.optional("operationCallbackUri", &self.operation_callback_uri);
        map.optional("customCallingContext", &self.custom_calling_context);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AddParticipantRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = AddParticipantRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `AddParticipantRequest` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<PhoneNumberIdentifierModel> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<crate::CommunicationIdentifier> = None;
                let mut field_3: Option<i32> = None;
                let mut field_4: Option<String> = None;
                let mut field_5: Option<String> = None;
                let mut field_6: Option<CustomCallingContext> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "sourceCallerIdNumber" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "sourceDisplayName" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "participantToAdd" => {
                            super::runtime::read(&mut map, &mut field_2)
                        }
                        "invitationTimeoutInSeconds" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "operationCallbackUri" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        "customCallingContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_6)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_2,) {
                    (Some(field_2),) => {
                        Ok(AddParticipantRequest {
                            source_caller_id_number: field_0,
                            source_display_name: field_1,
                            participant_to_add: field_2,
                            invitation_timeout_in_seconds: field_3,
                            operation_context: field_4,
                            operation_callback_uri: field_5,
                            custom_calling_context: field_6,
                        })
                    }
                    (field_2,) => {
                        Err(
                            super::runtime::missing(
                                &[field_2.is_some()],
                                &["participantToAdd"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The answer to a request to add a participant.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddParticipantResponse {
    /// The participant invited.
    pub participant: Option<CallParticipant>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The id of the invitation to join the call.
    pub invitation_id: Option<String>,
}

impl serde::Serialize for AddParticipantResponse {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("participant", &self.participant);
        map.optional("operationContext", &self.operation_context);
        map.optional("invitationId", &self.invitation_id);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AddParticipantResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = AddParticipantResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `AddParticipantResponse` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<CallParticipant> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "participant" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "invitationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(AddParticipantResponse {
                    participant: field_0,
                    operation_context: field_1,
                    invitation_id: field_2,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Event: a participant was added.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddParticipantSucceeded {
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
    /// The participant concerned.
    pub participant: Option<crate::CommunicationIdentifier>,
}

impl serde::Serialize for AddParticipantSucceeded {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.optional("participant", &self.participant);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AddParticipantSucceeded {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = AddParticipantSucceeded;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `AddParticipantSucceeded` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<ResultInformation> = None;
                let mut field_5: Option<crate::CommunicationIdentifier> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "participant" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(AddParticipantSucceeded {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    correlation_id: field_2,
                    operation_context: field_3,
                    result_information: field_4,
                    participant: field_5,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// What `AnswerCall` needs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AnswerCallRequest {
    /// The context of the incoming call, from the `IncomingCall` event.
    pub incoming_call_context: String,
    /// Where the service sends the call's events.
    pub callback_uri: String,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The Azure AI services the call uses.
    pub call_intelligence_options: Option<CallIntelligenceOptions>,
    /// The Communication Services user that answered the call.
    pub answered_by: Option<CommunicationUserIdentifierModel>,
    /// How the call's audio is streamed, if at all.
    pub media_streaming_options: Option<MediaStreamingOptions>,
    /// How the call's speech is transcribed, if at all.
    pub transcription_options: Option<TranscriptionOptions>,
}

impl AnswerCallRequest {
    /// A `AnswerCallRequest` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(
        incoming_call_context: impl Into<String>,
        callback_uri: impl Into<String>,
    ) -> Self {
        Self {
            incoming_call_context: incoming_call_context.into(),
            callback_uri: callback_uri.into(),
            operation_context: None,
            call_intelligence_options: None,
            answered_by: None,
            media_streaming_options: None,
            transcription_options: None,
        }
    }
}

impl serde::Serialize for AnswerCallRequest {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("incomingCallContext", &self.incoming_call_context);
        map.entry("callbackUri", &self.callback_uri);
        map.optional("operationContext", &self.operation_context);
        map.optional("callIntelligenceOptions", &self.call_intelligence_options);
        map.optional("answeredBy", &self.answered_by);
        map.optional("mediaStreamingOptions", &self.media_streaming_options);
        map.optional("transcriptionOptions", &self.transcription_options);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AnswerCallRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = AnswerCallRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `AnswerCallRequest` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<CallIntelligenceOptions> = None;
                let mut field_4: Option<CommunicationUserIdentifierModel> = None;
                let mut field_5: Option<MediaStreamingOptions> = None;
                let mut field_6: Option<TranscriptionOptions> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "incomingCallContext" => {
                            super::runtime::read(&mut map, &mut field_0)
                        }
                        "callbackUri" => super::runtime::read(&mut map, &mut field_1),
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "callIntelligenceOptions" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "answeredBy" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "mediaStreamingOptions" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        "transcriptionOptions" => {
                            super::runtime::read_or_null(&mut map, &mut field_6)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0, field_1) {
                    (Some(field_0), Some(field_1)) => {
                        Ok(AnswerCallRequest {
                            incoming_call_context: field_0,
                            callback_uri: field_1,
                            operation_context: field_2,
                            call_intelligence_options: field_3,
                            answered_by: field_4,
                            media_streaming_options: field_5,
                            transcription_options: field_6,
                        })
                    }
                    (field_0, field_1) => {
                        Err(
                            super::runtime::missing(
                                &[field_0.is_some(), field_1.is_some()],
                                &["incomingCallContext", "callbackUri"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Event: answering the call failed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AnswerFailed {
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
}

impl serde::Serialize for AnswerFailed {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for AnswerFailed {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = AnswerFailed;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `AnswerFailed` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<ResultInformation> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(AnswerFailed {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    correlation_id: field_2,
                    operation_context: field_3,
                    result_information: field_4,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The sample rate and channels of streamed audio.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AudioFormat {
    /// `pcm16KMono`
    Pcm16KMono,
    /// `pcm24KMono`
    Pcm24KMono,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl AudioFormat {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pcm16KMono => "pcm16KMono",
            Self::Pcm24KMono => "pcm24KMono",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for AudioFormat {
    fn from(value: &str) -> Self {
        match value {
            "pcm16KMono" => Self::Pcm16KMono,
            "pcm24KMono" => Self::Pcm24KMono,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for AudioFormat {
    fn from(value: String) -> Self {
        match value.as_str() {
            "pcm16KMono" => Self::Pcm16KMono,
            "pcm24KMono" => Self::Pcm24KMono,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for AudioFormat {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for AudioFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for AudioFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for AudioFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// Event: the call is connected.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CallConnected {
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
}

impl serde::Serialize for CallConnected {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CallConnected {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CallConnected;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `CallConnected` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<ResultInformation> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(CallConnected {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    correlation_id: field_2,
                    operation_context: field_3,
                    result_information: field_4,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// A call connection as the service sees it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CallConnectionProperties {
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The other participants the call was placed to.
    pub targets: Option<Vec<crate::CommunicationIdentifier>>,
    /// The `callConnectionState` property.
    pub call_connection_state: Option<CallConnectionStateModel>,
    /// Where the service sends the call's events.
    pub callback_uri: Option<String>,
    /// The phone number shown as the caller to phone participants.
    pub source_caller_id_number: Option<PhoneNumberIdentifierModel>,
    /// The name shown as the caller.
    pub source_display_name: Option<String>,
    /// The caller, when the application placed the call.
    pub source: Option<crate::CommunicationIdentifier>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// The Communication Services user that answered the call.
    pub answered_by: Option<CommunicationUserIdentifierModel>,
    /// The call's media streaming.
    pub media_streaming_subscription: Option<MediaStreamingSubscription>,
    /// The call's transcription.
    pub transcription_subscription: Option<TranscriptionSubscription>,
    /// The phone number the call was answered for, when it was answered on a user's behalf.
    pub answered_for: Option<PhoneNumberIdentifierModel>,
}

impl serde::Serialize for CallConnectionProperties {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("targets", &self.targets);
        map.optional("callConnectionState", &self.call_connection_state);
        map.optional("callbackUri", &self.callback_uri);
        map.optional("sourceCallerIdNumber", &self.source_caller_id_number);
        map.optional("sourceDisplayName", &self.source_display_name);
        map.optional("source", &self.source);
        map.optional("correlationId", &self.correlation_id);
        map.optional("answeredBy", &self.answered_by);
        map.optional("mediaStreamingSubscription", &self.media_streaming_subscription);
        map.optional("transcriptionSubscription", &self.transcription_subscription);
        map.optional("answeredFor", &self.answered_for);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CallConnectionProperties {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CallConnectionProperties;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `CallConnectionProperties` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<Vec<crate::CommunicationIdentifier>> = None;
                let mut field_3: Option<CallConnectionStateModel> = None;
                let mut field_4: Option<String> = None;
                let mut field_5: Option<PhoneNumberIdentifierModel> = None;
                let mut field_6: Option<String> = None;
                let mut field_7: Option<crate::CommunicationIdentifier> = None;
                let mut field_8: Option<String> = None;
                let mut field_9: Option<CommunicationUserIdentifierModel> = None;
                let mut field_10: Option<MediaStreamingSubscription> = None;
                let mut field_11: Option<TranscriptionSubscription> = None;
                let mut field_12: Option<PhoneNumberIdentifierModel> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "targets" => super::runtime::read_or_null(&mut map, &mut field_2),
                        "callConnectionState" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "callbackUri" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "sourceCallerIdNumber" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        "sourceDisplayName" => {
                            super::runtime::read_or_null(&mut map, &mut field_6)
                        }
                        "source" => super::runtime::read_or_null(&mut map, &mut field_7),
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_8)
                        }
                        "answeredBy" => {
                            super::runtime::read_or_null(&mut map, &mut field_9)
                        }
                        "mediaStreamingSubscription" => {
                            super::runtime::read_or_null(&mut map, &mut field_10)
                        }
                        "transcriptionSubscription" => {
                            super::runtime::read_or_null(&mut map, &mut field_11)
                        }
                        "answeredFor" => {
                            super::runtime::read_or_null(&mut map, &mut field_12)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(CallConnectionProperties {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    targets: field_2,
                    call_connection_state: field_3,
                    callback_uri: field_4,
                    source_caller_id_number: field_5,
                    source_display_name: field_6,
                    source: field_7,
                    correlation_id: field_8,
                    answered_by: field_9,
                    media_streaming_subscription: field_10,
                    transcription_subscription: field_11,
                    answered_for: field_12,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Where a call connection is in its life.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CallConnectionStateModel {
    /// `unknown`
    Unknown,
    /// `connecting`
    Connecting,
    /// `connected`
    Connected,
    /// `transferring`
    Transferring,
    /// `transferAccepted`
    TransferAccepted,
    /// `disconnecting`
    Disconnecting,
    /// `disconnected`
    Disconnected,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl CallConnectionStateModel {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::Connecting => "connecting",
            Self::Connected => "connected",
            Self::Transferring => "transferring",
            Self::TransferAccepted => "transferAccepted",
            Self::Disconnecting => "disconnecting",
            Self::Disconnected => "disconnected",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for CallConnectionStateModel {
    fn from(value: &str) -> Self {
        match value {
            "unknown" => Self::Unknown,
            "connecting" => Self::Connecting,
            "connected" => Self::Connected,
            "transferring" => Self::Transferring,
            "transferAccepted" => Self::TransferAccepted,
            "disconnecting" => Self::Disconnecting,
            "disconnected" => Self::Disconnected,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for CallConnectionStateModel {
    fn from(value: String) -> Self {
        match value.as_str() {
            "unknown" => Self::Unknown,
            "connecting" => Self::Connecting,
            "connected" => Self::Connected,
            "transferring" => Self::Transferring,
            "transferAccepted" => Self::TransferAccepted,
            "disconnecting" => Self::Disconnecting,
            "disconnected" => Self::Disconnected,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for CallConnectionStateModel {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for CallConnectionStateModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CallConnectionStateModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CallConnectionStateModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// Event: the call is disconnected.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CallDisconnected {
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
}

impl serde::Serialize for CallDisconnected {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CallDisconnected {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CallDisconnected;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `CallDisconnected` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<ResultInformation> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(CallDisconnected {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    correlation_id: field_2,
                    operation_context: field_3,
                    result_information: field_4,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The Azure AI services the call uses.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CallIntelligenceOptions {
    /// The endpoint of the Azure AI services resource used for text to speech and recognition.
    pub cognitive_services_endpoint: Option<String>,
}

impl serde::Serialize for CallIntelligenceOptions {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("cognitiveServicesEndpoint", &self.cognitive_services_endpoint);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CallIntelligenceOptions {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CallIntelligenceOptions;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `CallIntelligenceOptions` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "cognitiveServicesEndpoint" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(CallIntelligenceOptions {
                    cognitive_services_endpoint: field_0,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Names a call: by group call id, server call id or room id, as `kind` says.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CallLocator {
    /// The id of a group call.
    pub group_call_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id of a Communication Services room.
    pub room_id: Option<String>,
    /// The `kind` property.
    pub kind: Option<CallLocatorKind>,
}

impl serde::Serialize for CallLocator {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("groupCallId", &self.group_call_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("roomId", &self.room_id);
        map.optional("kind", &self.kind);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CallLocator {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CallLocator;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `CallLocator` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<CallLocatorKind> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "groupCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "roomId" => super::runtime::read_or_null(&mut map, &mut field_2),
                        "kind" => super::runtime::read_or_null(&mut map, &mut field_3),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(CallLocator {
                    group_call_id: field_0,
                    server_call_id: field_1,
                    room_id: field_2,
                    kind: field_3,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Which kind of call a locator names.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CallLocatorKind {
    /// `groupCallLocator`
    GroupCallLocator,
    /// `serverCallLocator`
    ServerCallLocator,
    /// `roomCallLocator`
    RoomCallLocator,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl CallLocatorKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GroupCallLocator => "groupCallLocator",
            Self::ServerCallLocator => "serverCallLocator",
            Self::RoomCallLocator => "roomCallLocator",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for CallLocatorKind {
    fn from(value: &str) -> Self {
        match value {
            "groupCallLocator" => Self::GroupCallLocator,
            "serverCallLocator" => Self::ServerCallLocator,
            "roomCallLocator" => Self::RoomCallLocator,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for CallLocatorKind {
    fn from(value: String) -> Self {
        match value.as_str() {
            "groupCallLocator" => Self::GroupCallLocator,
            "serverCallLocator" => Self::ServerCallLocator,
            "roomCallLocator" => Self::RoomCallLocator,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for CallLocatorKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for CallLocatorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CallLocatorKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CallLocatorKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// A participant of a call.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CallParticipant {
    /// Who the participant is.
    pub identifier: Option<crate::CommunicationIdentifier>,
    /// Whether the participant is muted.
    pub is_muted: Option<bool>,
    /// Whether the participant is on hold.
    pub is_on_hold: Option<bool>,
}

impl serde::Serialize for CallParticipant {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("identifier", &self.identifier);
        map.optional("isMuted", &self.is_muted);
        map.optional("isOnHold", &self.is_on_hold);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CallParticipant {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CallParticipant;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `CallParticipant` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<crate::CommunicationIdentifier> = None;
                let mut field_1: Option<bool> = None;
                let mut field_2: Option<bool> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "identifier" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "isMuted" => super::runtime::read_or_null(&mut map, &mut field_1),
                        "isOnHold" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(CallParticipant {
                    identifier: field_0,
                    is_muted: field_1,
                    is_on_hold: field_2,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Why a call is declined.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CallRejectReason {
    /// `none`
    None,
    /// `busy`
    Busy,
    /// `forbidden`
    Forbidden,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl CallRejectReason {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::Busy => "busy",
            Self::Forbidden => "forbidden",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for CallRejectReason {
    fn from(value: &str) -> Self {
        match value {
            "none" => Self::None,
            "busy" => Self::Busy,
            "forbidden" => Self::Forbidden,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for CallRejectReason {
    fn from(value: String) -> Self {
        match value.as_str() {
            "none" => Self::None,
            "busy" => Self::Busy,
            "forbidden" => Self::Forbidden,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for CallRejectReason {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for CallRejectReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CallRejectReason {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CallRejectReason {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// Event: the transfer was accepted.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CallTransferAccepted {
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
    /// The participant the call was transferred to.
    pub transfer_target: Option<crate::CommunicationIdentifier>,
    /// The participant being transferred, in a group call.
    pub transferee: Option<crate::CommunicationIdentifier>,
}

impl serde::Serialize for CallTransferAccepted {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.optional("transferTarget", &self.transfer_target);
        map.optional("transferee", &self.transferee);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CallTransferAccepted {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CallTransferAccepted;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `CallTransferAccepted` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<ResultInformation> = None;
                let mut field_5: Option<crate::CommunicationIdentifier> = None;
                let mut field_6: Option<crate::CommunicationIdentifier> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "transferTarget" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        "transferee" => {
                            super::runtime::read_or_null(&mut map, &mut field_6)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(CallTransferAccepted {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    correlation_id: field_2,
                    operation_context: field_3,
                    result_information: field_4,
                    transfer_target: field_5,
                    transferee: field_6,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Event: the transfer failed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CallTransferFailed {
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
}

impl serde::Serialize for CallTransferFailed {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CallTransferFailed {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CallTransferFailed;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `CallTransferFailed` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<ResultInformation> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(CallTransferFailed {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    correlation_id: field_2,
                    operation_context: field_3,
                    result_information: field_4,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Event: an invitation could not be withdrawn.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CancelAddParticipantFailed {
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
    /// The id of the invitation to join the call.
    pub invitation_id: Option<String>,
}

impl serde::Serialize for CancelAddParticipantFailed {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.optional("invitationId", &self.invitation_id);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CancelAddParticipantFailed {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CancelAddParticipantFailed;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `CancelAddParticipantFailed` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<ResultInformation> = None;
                let mut field_5: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "invitationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(CancelAddParticipantFailed {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    correlation_id: field_2,
                    operation_context: field_3,
                    result_information: field_4,
                    invitation_id: field_5,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// What `CancelAddParticipant` needs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CancelAddParticipantRequest {
    /// The id of the invitation to join the call.
    pub invitation_id: String,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// A callback URI for this action only, overriding the one set when the call was created or answered. When absent, that default callback URI is used.
    pub operation_callback_uri: Option<String>,
}

impl CancelAddParticipantRequest {
    /// A `CancelAddParticipantRequest` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(invitation_id: impl Into<String>) -> Self {
        Self {
            invitation_id: invitation_id.into(),
            operation_context: None,
            operation_callback_uri: None,
        }
    }
}

impl serde::Serialize for CancelAddParticipantRequest {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("invitationId", &self.invitation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("operationCallbackUri", &self.operation_callback_uri);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CancelAddParticipantRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CancelAddParticipantRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `CancelAddParticipantRequest` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "invitationId" => super::runtime::read(&mut map, &mut field_0),
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "operationCallbackUri" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(CancelAddParticipantRequest {
                            invitation_id: field_0,
                            operation_context: field_1,
                            operation_callback_uri: field_2,
                        })
                    }
                    (field_0,) => {
                        Err(
                            super::runtime::missing(
                                &[field_0.is_some()],
                                &["invitationId"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The answer to a request to cancel an invitation.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CancelAddParticipantResponse {
    /// The id of the invitation to join the call.
    pub invitation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
}

impl serde::Serialize for CancelAddParticipantResponse {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("invitationId", &self.invitation_id);
        map.optional("operationContext", &self.operation_context);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CancelAddParticipantResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CancelAddParticipantResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `CancelAddParticipantResponse` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "invitationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(CancelAddParticipantResponse {
                    invitation_id: field_0,
                    operation_context: field_1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Event: an invitation was withdrawn.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CancelAddParticipantSucceeded {
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The id of the invitation to join the call.
    pub invitation_id: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
}

impl serde::Serialize for CancelAddParticipantSucceeded {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("invitationId", &self.invitation_id);
        map.optional("resultInformation", &self.result_information);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CancelAddParticipantSucceeded {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CancelAddParticipantSucceeded;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `CancelAddParticipantSucceeded` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<String> = None;
                let mut field_5: Option<ResultInformation> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "invitationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(CancelAddParticipantSucceeded {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    correlation_id: field_2,
                    operation_context: field_3,
                    invitation_id: field_4,
                    result_information: field_5,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Which channel of an unmixed recording a participant's audio goes to.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ChannelAffinity {
    /// The channel number.
    pub channel: Option<i32>,
    /// The participant whose audio goes to `channel`.
    pub participant: crate::CommunicationIdentifier,
}

impl ChannelAffinity {
    /// A `ChannelAffinity` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(participant: impl Into<crate::CommunicationIdentifier>) -> Self {
        Self {
            channel: None,
            participant: participant.into(),
        }
    }
}

impl serde::Serialize for ChannelAffinity {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("channel", &self.channel);
        map.entry("participant", &self.participant);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChannelAffinity {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = ChannelAffinity;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `ChannelAffinity` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<i32> = None;
                let mut field_1: Option<crate::CommunicationIdentifier> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "channel" => super::runtime::read_or_null(&mut map, &mut field_0),
                        "participant" => super::runtime::read(&mut map, &mut field_1),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_1,) {
                    (Some(field_1),) => {
                        Ok(ChannelAffinity {
                            channel: field_0,
                            participant: field_1,
                        })
                    }
                    (field_1,) => {
                        Err(
                            super::runtime::missing(
                                &[field_1.is_some()],
                                &["participant"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// One option a participant may pick, by phrase or tone.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Choice {
    /// The name of the choice.
    pub label: String,
    /// Phrases that pick this option.
    pub phrases: Vec<String>,
    /// The `tone` property.
    pub tone: Option<Tone>,
}

impl Choice {
    /// A `Choice` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(label: impl Into<String>, phrases: impl Into<Vec<String>>) -> Self {
        Self {
            label: label.into(),
            phrases: phrases.into(),
            tone: None,
        }
    }
}

impl serde::Serialize for Choice {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("label", &self.label);
        map.entry("phrases", &self.phrases);
        map.optional("tone", &self.tone);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Choice {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = Choice;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `Choice` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<Vec<String>> = None;
                let mut field_2: Option<Tone> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "label" => super::runtime::read(&mut map, &mut field_0),
                        "phrases" => super::runtime::read(&mut map, &mut field_1),
                        "tone" => super::runtime::read_or_null(&mut map, &mut field_2),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0, field_1) {
                    (Some(field_0), Some(field_1)) => {
                        Ok(Choice {
                            label: field_0,
                            phrases: field_1,
                            tone: field_2,
                        })
                    }
                    (field_0, field_1) => {
                        Err(
                            super::runtime::missing(
                                &[field_0.is_some(), field_1.is_some()],
                                &["label", "phrases"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The choice recognized.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChoiceResult {
    /// The label of the choice picked.
    pub label: Option<String>,
    /// The phrase heard.
    pub recognized_phrase: Option<String>,
    /// How sure the recognizer is, from 0 to 1.
    pub confidence: Option<f64>,
}

impl serde::Serialize for ChoiceResult {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("label", &self.label);
        map.optional("recognizedPhrase", &self.recognized_phrase);
        map.optional("confidence", &self.confidence);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ChoiceResult {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = ChoiceResult;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `ChoiceResult` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<f64> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "label" => super::runtime::read_or_null(&mut map, &mut field_0),
                        "recognizedPhrase" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "confidence" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(ChoiceResult {
                    label: field_0,
                    recognized_phrase: field_1,
                    confidence: field_2,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The cloud a Microsoft Teams identifier belongs to; `public` when absent. The service may add clouds: a client keeps values it does not know.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CommunicationCloudEnvironmentModel {
    /// `public`
    Public,
    /// `dod`
    Dod,
    /// `gcch`
    Gcch,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl CommunicationCloudEnvironmentModel {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Public => "public",
            Self::Dod => "dod",
            Self::Gcch => "gcch",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for CommunicationCloudEnvironmentModel {
    fn from(value: &str) -> Self {
        match value {
            "public" => Self::Public,
            "dod" => Self::Dod,
            "gcch" => Self::Gcch,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for CommunicationCloudEnvironmentModel {
    fn from(value: String) -> Self {
        match value.as_str() {
            "public" => Self::Public,
            "dod" => Self::Dod,
            "gcch" => Self::Gcch,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for CommunicationCloudEnvironmentModel {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for CommunicationCloudEnvironmentModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CommunicationCloudEnvironmentModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CommunicationCloudEnvironmentModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// An error the service reports, with the errors that caused it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CommunicationError {
    /// A machine-readable error code.
    pub code: String,
    /// A human-readable description of the error.
    pub message: String,
    /// What the error is about (a property or a parameter, for example).
    ///
    /// Read-only: set by the service, ignored in requests.
    pub target: Option<String>,
    /// Further errors that led to this one.
    ///
    /// Read-only: set by the service, ignored in requests.
    pub details: Option<Vec<CommunicationError>>,
    /// The error underneath this one, when there is one.
    ///
    /// Read-only: set by the service, ignored in requests.
    pub inner_error: Option<Box<CommunicationError>>,
}

impl CommunicationError {
    /// A `CommunicationError` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
            target: None,
            details: None,
            inner_error: None,
        }
    }
}

impl serde::Serialize for CommunicationError {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("code", &self.code);
        map.entry("message", &self.message);
        map.optional("target", &self.target);
        map.optional("details", &self.details);
        map.optional("innererror", &self.inner_error);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CommunicationError {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CommunicationError;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `CommunicationError` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<Vec<CommunicationError>> = None;
                let mut field_4: Option<Box<CommunicationError>> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "code" => super::runtime::read(&mut map, &mut field_0),
                        "message" => super::runtime::read(&mut map, &mut field_1),
                        "target" => super::runtime::read_or_null(&mut map, &mut field_2),
                        "details" => super::runtime::read_or_null(&mut map, &mut field_3),
                        "innererror" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0, field_1) {
                    (Some(field_0), Some(field_1)) => {
                        Ok(CommunicationError {
                            code: field_0,
                            message: field_1,
                            target: field_2,
                            details: field_3,
                            inner_error: field_4,
                        })
                    }
                    (field_0, field_1) => {
                        Err(
                            super::runtime::missing(
                                &[field_0.is_some(), field_1.is_some()],
                                &["code", "message"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The body of an error the service returns.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CommunicationErrorResponse {
    /// The `error` property.
    pub error: CommunicationError,
}

impl CommunicationErrorResponse {
    /// A `CommunicationErrorResponse` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(error: impl Into<CommunicationError>) -> Self {
        Self { error: error.into() }
    }
}

impl serde::Serialize for CommunicationErrorResponse {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("error", &self.error);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CommunicationErrorResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CommunicationErrorResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `CommunicationErrorResponse` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<CommunicationError> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "error" => super::runtime::read(&mut map, &mut field_0),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(CommunicationErrorResponse {
                            error: field_0,
                        })
                    }
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["error"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// A Communication Services user.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CommunicationUserIdentifierModel {
    /// The id of the Communication Services user.
    pub id: String,
}

impl CommunicationUserIdentifierModel {
    /// A `CommunicationUserIdentifierModel` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}

impl serde::Serialize for CommunicationUserIdentifierModel {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("id", &self.id);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CommunicationUserIdentifierModel {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CommunicationUserIdentifierModel;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `CommunicationUserIdentifierModel` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "id" => super::runtime::read(&mut map, &mut field_0),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(CommunicationUserIdentifierModel {
                            id: field_0,
                        })
                    }
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["id"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Event: connecting to the call failed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConnectFailed {
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
}

impl serde::Serialize for ConnectFailed {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ConnectFailed {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = ConnectFailed;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `ConnectFailed` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<ResultInformation> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(ConnectFailed {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    correlation_id: field_2,
                    operation_context: field_3,
                    result_information: field_4,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// What `Connect` needs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConnectRequest {
    /// The call.
    pub call_locator: CallLocator,
    /// Where the service sends the call's events.
    pub callback_uri: String,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The Azure AI services the call uses.
    pub call_intelligence_options: Option<CallIntelligenceOptions>,
    /// How the call's audio is streamed, if at all.
    pub media_streaming_options: Option<MediaStreamingOptions>,
    /// How the call's speech is transcribed, if at all.
    pub transcription_options: Option<TranscriptionOptions>,
}

impl ConnectRequest {
    /// A `ConnectRequest` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(
        call_locator: impl Into<CallLocator>,
        callback_uri: impl Into<String>,
    ) -> Self {
        Self {
            call_locator: call_locator.into(),
            callback_uri: callback_uri.into(),
            operation_context: None,
            call_intelligence_options: None,
            media_streaming_options: None,
            transcription_options: None,
        }
    }
}

impl serde::Serialize for ConnectRequest {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("callLocator", &self.call_locator);
        map.entry("callbackUri", &self.callback_uri);
        map.optional("operationContext", &self.operation_context);
        map.optional("callIntelligenceOptions", &self.call_intelligence_options);
        map.optional("mediaStreamingOptions", &self.media_streaming_options);
        map.optional("transcriptionOptions", &self.transcription_options);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ConnectRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = ConnectRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `ConnectRequest` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<CallLocator> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<CallIntelligenceOptions> = None;
                let mut field_4: Option<MediaStreamingOptions> = None;
                let mut field_5: Option<TranscriptionOptions> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callLocator" => super::runtime::read(&mut map, &mut field_0),
                        "callbackUri" => super::runtime::read(&mut map, &mut field_1),
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "callIntelligenceOptions" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "mediaStreamingOptions" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "transcriptionOptions" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0, field_1) {
                    (Some(field_0), Some(field_1)) => {
                        Ok(ConnectRequest {
                            call_locator: field_0,
                            callback_uri: field_1,
                            operation_context: field_2,
                            call_intelligence_options: field_3,
                            media_streaming_options: field_4,
                            transcription_options: field_5,
                        })
                    }
                    (field_0, field_1) => {
                        Err(
                            super::runtime::missing(
                                &[field_0.is_some(), field_1.is_some()],
                                &["callLocator", "callbackUri"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// What continuous DTMF recognition needs.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ContinuousDtmfRecognitionRequest {
    /// The participant the action applies to.
    pub target_participant: crate::CommunicationIdentifier,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// A callback URI for this action only, overriding the one set when the call was created or answered. When absent, that default callback URI is used.
    pub operation_callback_uri: Option<String>,
}

impl ContinuousDtmfRecognitionRequest {
    /// A `ContinuousDtmfRecognitionRequest` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(target_participant: impl Into<crate::CommunicationIdentifier>) -> Self {
        Self {
            target_participant: target_participant.into(),
            operation_context: None,
            operation_callback_uri: None,
        }
    }
}

impl serde::Serialize for ContinuousDtmfRecognitionRequest {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("targetParticipant", &self.target_participant);
        map.optional("operationContext", &self.operation_context);
        map.optional("operationCallbackUri", &self.operation_callback_uri);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ContinuousDtmfRecognitionRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = ContinuousDtmfRecognitionRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `ContinuousDtmfRecognitionRequest` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<crate::CommunicationIdentifier> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "targetParticipant" => {
                            super::runtime::read(&mut map, &mut field_0)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "operationCallbackUri" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(ContinuousDtmfRecognitionRequest {
                            target_participant: field_0,
                            operation_context: field_1,
                            operation_callback_uri: field_2,
                        })
                    }
                    (field_0,) => {
                        Err(
                            super::runtime::missing(
                                &[field_0.is_some()],
                                &["targetParticipant"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Event: continuous DTMF recognition stopped.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContinuousDtmfRecognitionStopped {
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
}

impl serde::Serialize for ContinuousDtmfRecognitionStopped {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ContinuousDtmfRecognitionStopped {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = ContinuousDtmfRecognitionStopped;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `ContinuousDtmfRecognitionStopped` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<ResultInformation> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(ContinuousDtmfRecognitionStopped {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    correlation_id: field_2,
                    operation_context: field_3,
                    result_information: field_4,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Event: continuous DTMF recognition failed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContinuousDtmfRecognitionToneFailed {
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
}

impl serde::Serialize for ContinuousDtmfRecognitionToneFailed {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("resultInformation", &self.result_information);
        map.optional("operationContext", &self.operation_context);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ContinuousDtmfRecognitionToneFailed {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = ContinuousDtmfRecognitionToneFailed;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `ContinuousDtmfRecognitionToneFailed` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<ResultInformation> = None;
                let mut field_4: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(ContinuousDtmfRecognitionToneFailed {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    correlation_id: field_2,
                    result_information: field_3,
                    operation_context: field_4,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Event: a DTMF tone was pressed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContinuousDtmfRecognitionToneReceived {
    /// The position of this tone among the tones recognized.
    ///
    /// Read-only: set by the service, ignored in requests.
    pub sequence_id: Option<i32>,
    /// The `tone` property.
    pub tone: Option<Tone>,
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
}

impl serde::Serialize for ContinuousDtmfRecognitionToneReceived {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("sequenceId", &self.sequence_id);
        map.optional("tone", &self.tone);
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ContinuousDtmfRecognitionToneReceived {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = ContinuousDtmfRecognitionToneReceived;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `ContinuousDtmfRecognitionToneReceived` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<i32> = None;
                let mut field_1: Option<Tone> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<String> = None;
                let mut field_5: Option<String> = None;
                let mut field_6: Option<ResultInformation> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "sequenceId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "tone" => super::runtime::read_or_null(&mut map, &mut field_1),
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_6)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(ContinuousDtmfRecognitionToneReceived {
                    sequence_id: field_0,
                    tone: field_1,
                    call_connection_id: field_2,
                    server_call_id: field_3,
                    correlation_id: field_4,
                    operation_context: field_5,
                    result_information: field_6,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Event: placing the call failed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateCallFailed {
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
}

impl serde::Serialize for CreateCallFailed {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CreateCallFailed {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CreateCallFailed;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `CreateCallFailed` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<ResultInformation> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(CreateCallFailed {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    correlation_id: field_2,
                    operation_context: field_3,
                    result_information: field_4,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// What `CreateCall` needs: whom to call, and how the call is set up.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateCallRequest {
    /// The participants of the call besides the application.
    pub targets: Vec<crate::CommunicationIdentifier>,
    /// The phone number shown as the caller to phone participants.
    pub source_caller_id_number: Option<PhoneNumberIdentifierModel>,
    /// The name shown as the caller.
    pub source_display_name: Option<String>,
    /// The Communication Services user placing the call.
    pub source: Option<CommunicationUserIdentifierModel>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// Where the service sends the call's events.
    pub callback_uri: String,
    /// The Azure AI services the call uses.
    pub call_intelligence_options: Option<CallIntelligenceOptions>,
    /// How the call's audio is streamed, if at all.
    pub media_streaming_options: Option<MediaStreamingOptions>,
    /// How the call's speech is transcribed, if at all.
    pub transcription_options: Option<TranscriptionOptions>,
    /// The Microsoft Teams application placing the call.
    pub teams_app_source: Option<MicrosoftTeamsAppIdentifierModel>,
}

impl CreateCallRequest {
    /// A `CreateCallRequest` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(
        targets: impl Into<Vec<crate::CommunicationIdentifier>>,
        callback_uri: impl Into<String>,
    ) -> Self {
        Self {
            targets: targets.into(),
            source_caller_id_number: None,
            source_display_name: None,
            source: None,
            operation_context: None,
            callback_uri: callback_uri.into(),
            call_intelligence_options: None,
            media_streaming_options: None,
            transcription_options: None,
            teams_app_source: None,
        }
    }
}

impl serde::Serialize for CreateCallRequest {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("targets", &self.targets);
        map.optional("sourceCallerIdNumber", &self.source_caller_id_number);
        map.optional("sourceDisplayName", &self.source_display_name);
        map.optional("source", &self.source);
        map.optional("operationContext", &self.operation_context);
        map.entry("callbackUri", &self.callback_uri);
        map.optional("callIntelligenceOptions", &self.call_intelligence_options);
        map.optional("mediaStreamingOptions", &self.media_streaming_options);
        map.optional("transcriptionOptions", &self.transcription_options);
        map.optional("teamsAppSource", &self.teams_app_source);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CreateCallRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CreateCallRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `CreateCallRequest` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<Vec<crate::CommunicationIdentifier>> = None;
                let mut field_1: Option<PhoneNumberIdentifierModel> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<CommunicationUserIdentifierModel> = None;
                let mut field_4: Option<String> = None;
                let mut field_5: Option<String> = None;
                let mut field_6: Option<CallIntelligenceOptions> = None;
                let mut field_7: Option<MediaStreamingOptions> = None;
                let mut field_8: Option<TranscriptionOptions> = None;
                let mut field_9: Option<MicrosoftTeamsAppIdentifierModel> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "targets" => super::runtime::read(&mut map, &mut field_0),
                        "sourceCallerIdNumber" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "sourceDisplayName" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "source" => super::runtime::read_or_null(&mut map, &mut field_3),
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "callbackUri" => super::runtime::read(&mut map, &mut field_5),
                        "callIntelligenceOptions" => {
                            super::runtime::read_or_null(&mut map, &mut field_6)
                        }
                        "mediaStreamingOptions" => {
                            super::runtime::read_or_null(&mut map, &mut field_7)
                        }
                        "transcriptionOptions" => {
                            super::runtime::read_or_null(&mut map, &mut field_8)
                        }
                        "teamsAppSource" => {
                            super::runtime::read_or_null(&mut map, &mut field_9)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0, field_5) {
                    (Some(field_0), Some(field_5)) => {
                        Ok(CreateCallRequest {
                            targets: field_0,
                            source_caller_id_number: field_1,
                            source_display_name: field_2,
                            source: field_3,
                            operation_context: field_4,
                            callback_uri: field_5,
                            call_intelligence_options: field_6,
                            media_streaming_options: field_7,
                            transcription_options: field_8,
                            teams_app_source: field_9,
                        })
                    }
                    (field_0, field_5) => {
                        Err(
                            super::runtime::missing(
                                &[field_0.is_some(), field_5.is_some()],
                                &["targets", "callbackUri"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Headers passed on to the participant being called.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomCallingContext {
    /// Headers for VoIP participants.
    pub voip_headers: Option<std::collections::BTreeMap<String, String>>,
    /// Headers for SIP (phone) participants.
    pub sip_headers: Option<std::collections::BTreeMap<String, String>>,
    /// What a Teams agent is shown about the call.
    pub teams_phone_call_details: Option<TeamsPhoneCallDetails>,
}

impl serde::Serialize for CustomCallingContext {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("voipHeaders", &self.voip_headers);
        map.optional("sipHeaders", &self.sip_headers);
        map.optional("teamsPhoneCallDetails", &self.teams_phone_call_details);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CustomCallingContext {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CustomCallingContext;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `CustomCallingContext` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<std::collections::BTreeMap<String, String>> = None;
                let mut field_1: Option<std::collections::BTreeMap<String, String>> = None;
                let mut field_2: Option<TeamsPhoneCallDetails> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "voipHeaders" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "sipHeaders" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "teamsPhoneCallDetails" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(CustomCallingContext {
                    voip_headers: field_0,
                    sip_headers: field_1,
                    teams_phone_call_details: field_2,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// How DTMF tones are collected.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DtmfOptions {
    /// How long to wait between tones before stopping, in seconds.
    pub inter_tone_timeout_in_seconds: Option<i32>,
    /// How many tones to collect at most.
    pub max_tones_to_collect: Option<i32>,
    /// Tones that end the collection.
    pub stop_tones: Option<Vec<Tone>>,
}

impl serde::Serialize for DtmfOptions {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("interToneTimeoutInSeconds", &self.inter_tone_timeout_in_seconds);
        map.optional("maxTonesToCollect", &self.max_tones_to_collect);
        map.optional("stopTones", &self.stop_tones);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for DtmfOptions {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = DtmfOptions;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `DtmfOptions` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<i32> = None;
                let mut field_1: Option<i32> = None;
                let mut field_2: Option<Vec<Tone>> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "interToneTimeoutInSeconds" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "maxTonesToCollect" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "stopTones" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(DtmfOptions {
                    inter_tone_timeout_in_seconds: field_0,
                    max_tones_to_collect: field_1,
                    stop_tones: field_2,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The DTMF tones recognized.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DtmfResult {
    /// The tones pressed, in order.
    ///
    /// Read-only: set by the service, ignored in requests.
    pub tones: Option<Vec<Tone>>,
}

impl serde::Serialize for DtmfResult {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("tones", &self.tones);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for DtmfResult {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = DtmfResult;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `DtmfResult` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<Vec<Tone>> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "tones" => super::runtime::read_or_null(&mut map, &mut field_0),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(DtmfResult { tones: field_0 })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Storage of the caller's own for recordings.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ExternalStorage {
    /// The `recordingStorageKind` property.
    pub recording_storage_kind: RecordingStorageKind,
    /// The URL of the blob container the recording is written to.
    pub recording_destination_container_url: Option<String>,
}

impl ExternalStorage {
    /// A `ExternalStorage` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(recording_storage_kind: impl Into<RecordingStorageKind>) -> Self {
        Self {
            recording_storage_kind: recording_storage_kind.into(),
            recording_destination_container_url: None,
        }
    }
}

impl serde::Serialize for ExternalStorage {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("recordingStorageKind", &self.recording_storage_kind);
        map.optional(
            "recordingDestinationContainerUrl",
            &self.recording_destination_container_url,
        );
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ExternalStorage {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = ExternalStorage;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `ExternalStorage` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<RecordingStorageKind> = None;
                let mut field_1: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "recordingStorageKind" => {
                            super::runtime::read(&mut map, &mut field_0)
                        }
                        "recordingDestinationContainerUrl" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(ExternalStorage {
                            recording_storage_kind: field_0,
                            recording_destination_container_url: field_1,
                        })
                    }
                    (field_0,) => {
                        Err(
                            super::runtime::missing(
                                &[field_0.is_some()],
                                &["recordingStorageKind"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// An audio file to play.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FileSource {
    /// Where the audio file is.
    pub uri: String,
}

impl FileSource {
    /// A `FileSource` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(uri: impl Into<String>) -> Self {
        Self { uri: uri.into() }
    }
}

impl serde::Serialize for FileSource {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("uri", &self.uri);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for FileSource {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = FileSource;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `FileSource` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "uri" => super::runtime::read(&mut map, &mut field_0),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => Ok(FileSource { uri: field_0 }),
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["uri"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// A page of the call's participants.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetParticipantsResponse {
    /// The participants on this page.
    pub value: Vec<CallParticipant>,
    /// The URL of the next page, when there is one.
    pub next_link: Option<String>,
}

impl GetParticipantsResponse {
    /// A `GetParticipantsResponse` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(value: impl Into<Vec<CallParticipant>>) -> Self {
        Self {
            value: value.into(),
            next_link: None,
        }
    }
}

impl serde::Serialize for GetParticipantsResponse {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("value", &self.value);
        map.optional("nextLink", &self.next_link);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for GetParticipantsResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = GetParticipantsResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `GetParticipantsResponse` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<Vec<CallParticipant>> = None;
                let mut field_1: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "value" => super::runtime::read(&mut map, &mut field_0),
                        "nextLink" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(GetParticipantsResponse {
                            value: field_0,
                            next_link: field_1,
                        })
                    }
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["value"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Event: putting a participant on hold failed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HoldFailed {
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
}

impl serde::Serialize for HoldFailed {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for HoldFailed {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = HoldFailed;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `HoldFailed` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<ResultInformation> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(HoldFailed {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    correlation_id: field_2,
                    operation_context: field_3,
                    result_information: field_4,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// What `Hold` needs.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct HoldRequest {
    /// The participant the action applies to.
    pub target_participant: crate::CommunicationIdentifier,
    /// Music to play while the participant is on hold.
    pub play_source_info: Option<PlaySource>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// A callback URI for this action only, overriding the one set when the call was created or answered. When absent, that default callback URI is used.
    pub operation_callback_uri: Option<String>,
}

impl HoldRequest {
    /// A `HoldRequest` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(target_participant: impl Into<crate::CommunicationIdentifier>) -> Self {
        Self {
            target_participant: target_participant.into(),
            play_source_info: None,
            operation_context: None,
            operation_callback_uri: None,
        }
    }
}

impl serde::Serialize for HoldRequest {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("targetParticipant", &self.target_participant);
        map.optional("playSourceInfo", &self.play_source_info);
        map.optional("operationContext", &self.operation_context);
        map.optional("operationCallbackUri", &self.operation_callback_uri);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for HoldRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = HoldRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `HoldRequest` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<crate::CommunicationIdentifier> = None;
                let mut field_1: Option<PlaySource> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "targetParticipant" => {
                            super::runtime::read(&mut map, &mut field_0)
                        }
                        "playSourceInfo" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationCallbackUri" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(HoldRequest {
                            target_participant: field_0,
                            play_source_info: field_1,
                            operation_context: field_2,
                            operation_callback_uri: field_3,
                        })
                    }
                    (field_0,) => {
                        Err(
                            super::runtime::missing(
                                &[field_0.is_some()],
                                &["targetParticipant"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Event (delivered by Event Grid, not to a callback URI): a call to one of the resource's numbers or users, to answer, redirect or reject.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IncomingCall {
    /// Who is called.
    pub to: Option<crate::CommunicationIdentifier>,
    /// Who calls.
    pub from: Option<crate::CommunicationIdentifier>,
    /// The caller's display name.
    ///
    /// Read-only: set by the service, ignored in requests.
    pub caller_display_name: Option<String>,
    /// The service's id of the call.
    ///
    /// Read-only: set by the service, ignored in requests.
    pub server_call_id: Option<String>,
    /// The headers and details the caller passed on with the call.
    pub custom_context: Option<CustomCallingContext>,
    /// What `AnswerCall`, `RedirectCall` and `RejectCall` take to act on this call.
    ///
    /// Read-only: set by the service, ignored in requests.
    pub incoming_call_context: Option<String>,
    /// The callee on whose behalf the call arrives, when it was forwarded or delegated to the resource.
    pub on_behalf_of_callee: Option<crate::CommunicationIdentifier>,
    /// The id that ties together everything about the call, for support requests.
    ///
    /// Read-only: set by the service, ignored in requests.
    pub correlation_id: Option<String>,
}

impl serde::Serialize for IncomingCall {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("to", &self.to);
        map.optional("from", &self.from);
        map.optional("callerDisplayName", &self.caller_display_name);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("customContext", &self.custom_context);
        map.optional("incomingCallContext", &self.incoming_call_context);
        map.optional("onBehalfOfCallee", &self.on_behalf_of_callee);
        map.optional("correlationId", &self.correlation_id);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for IncomingCall {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = IncomingCall;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `IncomingCall` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<crate::CommunicationIdentifier> = None;
                let mut field_1: Option<crate::CommunicationIdentifier> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<CustomCallingContext> = None;
                let mut field_5: Option<String> = None;
                let mut field_6: Option<crate::CommunicationIdentifier> = None;
                let mut field_7: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "to" => super::runtime::read_or_null(&mut map, &mut field_0),
                        "from" => super::runtime::read_or_null(&mut map, &mut field_1),
                        "callerDisplayName" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "customContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "incomingCallContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        "onBehalfOfCallee" => {
                            super::runtime::read_or_null(&mut map, &mut field_6)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_7)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(IncomingCall {
                    to: field_0,
                    from: field_1,
                    caller_display_name: field_2,
                    server_call_id: field_3,
                    custom_context: field_4,
                    incoming_call_context: field_5,
                    on_behalf_of_callee: field_6,
                    correlation_id: field_7,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Whether streamed audio is one mixed channel or one channel per participant.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MediaStreamingAudioChannelType {
    /// `mixed`
    Mixed,
    /// `unmixed`
    Unmixed,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl MediaStreamingAudioChannelType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mixed => "mixed",
            Self::Unmixed => "unmixed",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for MediaStreamingAudioChannelType {
    fn from(value: &str) -> Self {
        match value {
            "mixed" => Self::Mixed,
            "unmixed" => Self::Unmixed,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for MediaStreamingAudioChannelType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "mixed" => Self::Mixed,
            "unmixed" => Self::Unmixed,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for MediaStreamingAudioChannelType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for MediaStreamingAudioChannelType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for MediaStreamingAudioChannelType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for MediaStreamingAudioChannelType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// What kind of media is streamed.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MediaStreamingContentType {
    /// `audio`
    Audio,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl MediaStreamingContentType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Audio => "audio",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for MediaStreamingContentType {
    fn from(value: &str) -> Self {
        match value {
            "audio" => Self::Audio,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for MediaStreamingContentType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "audio" => Self::Audio,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for MediaStreamingContentType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for MediaStreamingContentType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for MediaStreamingContentType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for MediaStreamingContentType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// Event: media streaming failed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MediaStreamingFailed {
    /// What changed in media streaming.
    pub media_streaming_update: Option<MediaStreamingUpdate>,
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
}

impl serde::Serialize for MediaStreamingFailed {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("mediaStreamingUpdate", &self.media_streaming_update);
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MediaStreamingFailed {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = MediaStreamingFailed;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `MediaStreamingFailed` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<MediaStreamingUpdate> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<String> = None;
                let mut field_5: Option<ResultInformation> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "mediaStreamingUpdate" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(MediaStreamingFailed {
                    media_streaming_update: field_0,
                    call_connection_id: field_1,
                    server_call_id: field_2,
                    correlation_id: field_3,
                    operation_context: field_4,
                    result_information: field_5,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// How the call's audio is streamed out.
///
/// Told apart by the discriminator property `transportType`; values with another discriminator are kept in the last variant, so a kind the service adds later never fails to parse.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum MediaStreamingOptions {
    /// `transportType` is `"websocket"`.
    Websocket(WebSocketMediaStreamingOptions),
    /// A value whose `transportType` this version of the crate does not know (or that has none), as JSON.
    UnknownValue(serde_json::Value),
}

impl serde::Serialize for MediaStreamingOptions {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        match *self {
            Self::Websocket(ref v) => serde::Serialize::serialize(v, serializer),
            Self::UnknownValue(ref v) => serde::Serialize::serialize(v, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for MediaStreamingOptions {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        match value.get("transportType").and_then(serde_json::Value::as_str) {
            Some("websocket") => {
                serde_json::from_value(value)
                    .map(Self::Websocket)
                    .map_err(serde::de::Error::custom)
            }
            _ => Ok(Self::UnknownValue(value)),
        }
    }
}

/// Event: media streaming started.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MediaStreamingStarted {
    /// What changed in media streaming.
    pub media_streaming_update: Option<MediaStreamingUpdate>,
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
}

impl serde::Serialize for MediaStreamingStarted {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("mediaStreamingUpdate", &self.media_streaming_update);
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MediaStreamingStarted {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = MediaStreamingStarted;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `MediaStreamingStarted` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<MediaStreamingUpdate> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<String> = None;
                let mut field_5: Option<ResultInformation> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "mediaStreamingUpdate" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(MediaStreamingStarted {
                    media_streaming_update: field_0,
                    call_connection_id: field_1,
                    server_call_id: field_2,
                    correlation_id: field_3,
                    operation_context: field_4,
                    result_information: field_5,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The status of media streaming.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MediaStreamingStatus {
    /// `mediaStreamingStarted`
    MediaStreamingStarted,
    /// `mediaStreamingFailed`
    MediaStreamingFailed,
    /// `mediaStreamingStopped`
    MediaStreamingStopped,
    /// `unspecifiedError`
    UnspecifiedError,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl MediaStreamingStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MediaStreamingStarted => "mediaStreamingStarted",
            Self::MediaStreamingFailed => "mediaStreamingFailed",
            Self::MediaStreamingStopped => "mediaStreamingStopped",
            Self::UnspecifiedError => "unspecifiedError",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for MediaStreamingStatus {
    fn from(value: &str) -> Self {
        match value {
            "mediaStreamingStarted" => Self::MediaStreamingStarted,
            "mediaStreamingFailed" => Self::MediaStreamingFailed,
            "mediaStreamingStopped" => Self::MediaStreamingStopped,
            "unspecifiedError" => Self::UnspecifiedError,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for MediaStreamingStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "mediaStreamingStarted" => Self::MediaStreamingStarted,
            "mediaStreamingFailed" => Self::MediaStreamingFailed,
            "mediaStreamingStopped" => Self::MediaStreamingStopped,
            "unspecifiedError" => Self::UnspecifiedError,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for MediaStreamingStatus {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for MediaStreamingStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for MediaStreamingStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for MediaStreamingStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// Why media streaming has its status.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MediaStreamingStatusDetails {
    /// `subscriptionStarted`
    SubscriptionStarted,
    /// `streamConnectionReestablished`
    StreamConnectionReestablished,
    /// `streamConnectionUnsuccessful`
    StreamConnectionUnsuccessful,
    /// `streamUrlMissing`
    StreamUrlMissing,
    /// `serviceShutdown`
    ServiceShutdown,
    /// `streamConnectionInterrupted`
    StreamConnectionInterrupted,
    /// `speechServicesConnectionError`
    SpeechServicesConnectionError,
    /// `subscriptionStopped`
    SubscriptionStopped,
    /// `unspecifiedError`
    UnspecifiedError,
    /// `authenticationFailure`
    AuthenticationFailure,
    /// `badRequest`
    BadRequest,
    /// `tooManyRequests`
    TooManyRequests,
    /// `forbidden`
    Forbidden,
    /// `serviceTimeout`
    ServiceTimeout,
    /// `initialWebSocketConnectionFailed`
    InitialWebSocketConnectionFailed,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl MediaStreamingStatusDetails {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SubscriptionStarted => "subscriptionStarted",
            Self::StreamConnectionReestablished => "streamConnectionReestablished",
            Self::StreamConnectionUnsuccessful => "streamConnectionUnsuccessful",
            Self::StreamUrlMissing => "streamUrlMissing",
            Self::ServiceShutdown => "serviceShutdown",
            Self::StreamConnectionInterrupted => "streamConnectionInterrupted",
            Self::SpeechServicesConnectionError => "speechServicesConnectionError",
            Self::SubscriptionStopped => "subscriptionStopped",
            Self::UnspecifiedError => "unspecifiedError",
            Self::AuthenticationFailure => "authenticationFailure",
            Self::BadRequest => "badRequest",
            Self::TooManyRequests => "tooManyRequests",
            Self::Forbidden => "forbidden",
            Self::ServiceTimeout => "serviceTimeout",
            Self::InitialWebSocketConnectionFailed => "initialWebSocketConnectionFailed",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for MediaStreamingStatusDetails {
    fn from(value: &str) -> Self {
        match value {
            "subscriptionStarted" => Self::SubscriptionStarted,
            "streamConnectionReestablished" => Self::StreamConnectionReestablished,
            "streamConnectionUnsuccessful" => Self::StreamConnectionUnsuccessful,
            "streamUrlMissing" => Self::StreamUrlMissing,
            "serviceShutdown" => Self::ServiceShutdown,
            "streamConnectionInterrupted" => Self::StreamConnectionInterrupted,
            "speechServicesConnectionError" => Self::SpeechServicesConnectionError,
            "subscriptionStopped" => Self::SubscriptionStopped,
            "unspecifiedError" => Self::UnspecifiedError,
            "authenticationFailure" => Self::AuthenticationFailure,
            "badRequest" => Self::BadRequest,
            "tooManyRequests" => Self::TooManyRequests,
            "forbidden" => Self::Forbidden,
            "serviceTimeout" => Self::ServiceTimeout,
            "initialWebSocketConnectionFailed" => Self::InitialWebSocketConnectionFailed,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for MediaStreamingStatusDetails {
    fn from(value: String) -> Self {
        match value.as_str() {
            "subscriptionStarted" => Self::SubscriptionStarted,
            "streamConnectionReestablished" => Self::StreamConnectionReestablished,
            "streamConnectionUnsuccessful" => Self::StreamConnectionUnsuccessful,
            "streamUrlMissing" => Self::StreamUrlMissing,
            "serviceShutdown" => Self::ServiceShutdown,
            "streamConnectionInterrupted" => Self::StreamConnectionInterrupted,
            "speechServicesConnectionError" => Self::SpeechServicesConnectionError,
            "subscriptionStopped" => Self::SubscriptionStopped,
            "unspecifiedError" => Self::UnspecifiedError,
            "authenticationFailure" => Self::AuthenticationFailure,
            "badRequest" => Self::BadRequest,
            "tooManyRequests" => Self::TooManyRequests,
            "forbidden" => Self::Forbidden,
            "serviceTimeout" => Self::ServiceTimeout,
            "initialWebSocketConnectionFailed" => Self::InitialWebSocketConnectionFailed,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for MediaStreamingStatusDetails {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for MediaStreamingStatusDetails {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for MediaStreamingStatusDetails {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for MediaStreamingStatusDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// Event: media streaming stopped.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MediaStreamingStopped {
    /// What changed in media streaming.
    pub media_streaming_update: Option<MediaStreamingUpdate>,
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
}

impl serde::Serialize for MediaStreamingStopped {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("mediaStreamingUpdate", &self.media_streaming_update);
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MediaStreamingStopped {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = MediaStreamingStopped;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `MediaStreamingStopped` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<MediaStreamingUpdate> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<String> = None;
                let mut field_5: Option<ResultInformation> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "mediaStreamingUpdate" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(MediaStreamingStopped {
                    media_streaming_update: field_0,
                    call_connection_id: field_1,
                    server_call_id: field_2,
                    correlation_id: field_3,
                    operation_context: field_4,
                    result_information: field_5,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The call's media streaming.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MediaStreamingSubscription {
    /// The id of the media streaming subscription.
    pub id: Option<String>,
    /// The `state` property.
    pub state: Option<MediaStreamingSubscriptionState>,
    /// The kinds of media streamed.
    pub subscribed_content_types: Option<Vec<MediaStreamingContentType>>,
}

impl serde::Serialize for MediaStreamingSubscription {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("id", &self.id);
        map.optional("state", &self.state);
        map.optional("subscribedContentTypes", &self.subscribed_content_types);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MediaStreamingSubscription {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = MediaStreamingSubscription;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `MediaStreamingSubscription` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<MediaStreamingSubscriptionState> = None;
                let mut field_2: Option<Vec<MediaStreamingContentType>> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "id" => super::runtime::read_or_null(&mut map, &mut field_0),
                        "state" => super::runtime::read_or_null(&mut map, &mut field_1),
                        "subscribedContentTypes" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(MediaStreamingSubscription {
                    id: field_0,
                    state: field_1,
                    subscribed_content_types: field_2,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Whether media streaming is set up and running.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MediaStreamingSubscriptionState {
    /// `disabled`
    Disabled,
    /// `inactive`
    Inactive,
    /// `active`
    Active,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl MediaStreamingSubscriptionState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "disabled",
            Self::Inactive => "inactive",
            Self::Active => "active",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for MediaStreamingSubscriptionState {
    fn from(value: &str) -> Self {
        match value {
            "disabled" => Self::Disabled,
            "inactive" => Self::Inactive,
            "active" => Self::Active,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for MediaStreamingSubscriptionState {
    fn from(value: String) -> Self {
        match value.as_str() {
            "disabled" => Self::Disabled,
            "inactive" => Self::Inactive,
            "active" => Self::Active,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for MediaStreamingSubscriptionState {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for MediaStreamingSubscriptionState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for MediaStreamingSubscriptionState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for MediaStreamingSubscriptionState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// A change of media streaming.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MediaStreamingUpdate {
    /// What kind of media was streamed.
    pub content_type: Option<String>,
    /// The `mediaStreamingStatus` property.
    pub media_streaming_status: Option<MediaStreamingStatus>,
    /// The `mediaStreamingStatusDetails` property.
    pub media_streaming_status_details: Option<MediaStreamingStatusDetails>,
}

impl serde::Serialize for MediaStreamingUpdate {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("contentType", &self.content_type);
        map.optional("mediaStreamingStatus", &self.media_streaming_status);
        map.optional(
            "mediaStreamingStatusDetails",
            &self.media_streaming_status_details,
        );
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MediaStreamingUpdate {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = MediaStreamingUpdate;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `MediaStreamingUpdate` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<MediaStreamingStatus> = None;
                let mut field_2: Option<MediaStreamingStatusDetails> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "contentType" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "mediaStreamingStatus" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "mediaStreamingStatusDetails" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(MediaStreamingUpdate {
                    content_type: field_0,
                    media_streaming_status: field_1,
                    media_streaming_status_details: field_2,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// A Microsoft Teams application (a bot, for example).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MicrosoftTeamsAppIdentifierModel {
    /// The id of the Teams application.
    pub app_id: String,
    /// The `cloud` property.
    pub cloud: Option<CommunicationCloudEnvironmentModel>,
}

impl MicrosoftTeamsAppIdentifierModel {
    /// A `MicrosoftTeamsAppIdentifierModel` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(app_id: impl Into<String>) -> Self {
        Self {
            app_id: app_id.into(),
            cloud: None,
        }
    }
}

impl serde::Serialize for MicrosoftTeamsAppIdentifierModel {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("appId", &self.app_id);
        map.optional("cloud", &self.cloud);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MicrosoftTeamsAppIdentifierModel {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = MicrosoftTeamsAppIdentifierModel;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `MicrosoftTeamsAppIdentifierModel` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<CommunicationCloudEnvironmentModel> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "appId" => super::runtime::read(&mut map, &mut field_0),
                        "cloud" => super::runtime::read_or_null(&mut map, &mut field_1),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(MicrosoftTeamsAppIdentifierModel {
                            app_id: field_0,
                            cloud: field_1,
                        })
                    }
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["appId"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Event: a participant could not be moved into the call.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MoveParticipantFailed {
    /// The id of the call connection the participants were moved into.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
    /// The participant concerned.
    pub participant: Option<crate::CommunicationIdentifier>,
    /// The id of the call connection the participant was taken from.
    pub from_call: Option<String>,
}

impl serde::Serialize for MoveParticipantFailed {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.optional("participant", &self.participant);
        map.optional("fromCall", &self.from_call);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MoveParticipantFailed {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = MoveParticipantFailed;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `MoveParticipantFailed` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<ResultInformation> = None;
                let mut field_5: Option<crate::CommunicationIdentifier> = None;
                let mut field_6: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "participant" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        "fromCall" => {
                            super::runtime::read_or_null(&mut map, &mut field_6)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(MoveParticipantFailed {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    correlation_id: field_2,
                    operation_context: field_3,
                    result_information: field_4,
                    participant: field_5,
                    from_call: field_6,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Event: a participant was moved into the call.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MoveParticipantSucceeded {
    /// The id of the call connection the participants were moved into.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
    /// The participant concerned.
    pub participant: Option<crate::CommunicationIdentifier>,
    /// The id of the call connection the participant was taken from.
    pub from_call: Option<String>,
}

impl serde::Serialize for MoveParticipantSucceeded {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.optional("participant", &self.participant);
        map.optional("fromCall", &self.from_call);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MoveParticipantSucceeded {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = MoveParticipantSucceeded;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `MoveParticipantSucceeded` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<ResultInformation> = None;
                let mut field_5: Option<crate::CommunicationIdentifier> = None;
                let mut field_6: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "participant" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        "fromCall" => {
                            super::runtime::read_or_null(&mut map, &mut field_6)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(MoveParticipantSucceeded {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    correlation_id: field_2,
                    operation_context: field_3,
                    result_information: field_4,
                    participant: field_5,
                    from_call: field_6,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// What `CallConnection_MoveParticipants` needs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MoveParticipantsRequest {
    /// The participants to move.
    pub target_participants: Vec<crate::CommunicationIdentifier>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// Where the events of this operation go, instead of the call's callback URI.
    pub operation_callback_uri: Option<String>,
    /// The id of the call connection the participants are taken from.
    pub from_call: String,
}

impl MoveParticipantsRequest {
    /// A `MoveParticipantsRequest` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(
        target_participants: impl Into<Vec<crate::CommunicationIdentifier>>,
        from_call: impl Into<String>,
    ) -> Self {
        Self {
            target_participants: target_participants.into(),
            operation_context: None,
            operation_callback_uri: None,
            from_call: from_call.into(),
        }
    }
}

impl serde::Serialize for MoveParticipantsRequest {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("targetParticipants", &self.target_participants);
        map.optional("operationContext", &self.operation_context);
        map.optional("operationCallbackUri", &self.operation_callback_uri);
        map.entry("fromCall", &self.from_call);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MoveParticipantsRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = MoveParticipantsRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `MoveParticipantsRequest` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<Vec<crate::CommunicationIdentifier>> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "targetParticipants" => {
                            super::runtime::read(&mut map, &mut field_0)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "operationCallbackUri" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "fromCall" => super::runtime::read(&mut map, &mut field_3),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0, field_3) {
                    (Some(field_0), Some(field_3)) => {
                        Ok(MoveParticipantsRequest {
                            target_participants: field_0,
                            operation_context: field_1,
                            operation_callback_uri: field_2,
                            from_call: field_3,
                        })
                    }
                    (field_0, field_3) => {
                        Err(
                            super::runtime::missing(
                                &[field_0.is_some(), field_3.is_some()],
                                &["targetParticipants", "fromCall"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The answer to a request to move participants.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MoveParticipantsResponse {
    /// The participants of the call now.
    pub participants: Option<Vec<CallParticipant>>,
    /// The `operationContext` of the request.
    pub operation_context: Option<String>,
    /// The id of the call connection the participants were taken from.
    pub from_call: Option<String>,
}

impl serde::Serialize for MoveParticipantsResponse {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("participants", &self.participants);
        map.optional("operationContext", &self.operation_context);
        map.optional("fromCall", &self.from_call);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MoveParticipantsResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = MoveParticipantsResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `MoveParticipantsResponse` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<Vec<CallParticipant>> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "participants" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "fromCall" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(MoveParticipantsResponse {
                    participants: field_0,
                    operation_context: field_1,
                    from_call: field_2,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// What `Mute` needs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MuteParticipantsRequest {
    /// The participants to mute.
    pub target_participants: Vec<crate::CommunicationIdentifier>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
}

impl MuteParticipantsRequest {
    /// A `MuteParticipantsRequest` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(
        target_participants: impl Into<Vec<crate::CommunicationIdentifier>>,
    ) -> Self {
        Self {
            target_participants: target_participants.into(),
            operation_context: None,
        }
    }
}

impl serde::Serialize for MuteParticipantsRequest {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("targetParticipants", &self.target_participants);
        map.optional("operationContext", &self.operation_context);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MuteParticipantsRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = MuteParticipantsRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `MuteParticipantsRequest` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<Vec<crate::CommunicationIdentifier>> = None;
                let mut field_1: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "targetParticipants" => {
                            super::runtime::read(&mut map, &mut field_0)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(MuteParticipantsRequest {
                            target_participants: field_0,
                            operation_context: field_1,
                        })
                    }
                    (field_0,) => {
                        Err(
                            super::runtime::missing(
                                &[field_0.is_some()],
                                &["targetParticipants"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The answer to a request to mute participants.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MuteParticipantsResult {
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
}

impl serde::Serialize for MuteParticipantsResult {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("operationContext", &self.operation_context);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MuteParticipantsResult {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = MuteParticipantsResult;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `MuteParticipantsResult` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(MuteParticipantsResult {
                    operation_context: field_0,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Event: the participants of the call changed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ParticipantsUpdated {
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// The order of this event among the participant updates of the call.
    pub sequence_number: Option<i32>,
    /// The participants of the call.
    pub participants: Option<Vec<CallParticipant>>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
}

impl serde::Serialize for ParticipantsUpdated {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("sequenceNumber", &self.sequence_number);
        map.optional("participants", &self.participants);
        map.optional("resultInformation", &self.result_information);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ParticipantsUpdated {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = ParticipantsUpdated;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `ParticipantsUpdated` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<i32> = None;
                let mut field_4: Option<Vec<CallParticipant>> = None;
                let mut field_5: Option<ResultInformation> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "sequenceNumber" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "participants" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(ParticipantsUpdated {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    correlation_id: field_2,
                    sequence_number: field_3,
                    participants: field_4,
                    result_information: field_5,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// A phone number.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PhoneNumberIdentifierModel {
    /// The phone number, usually in E.164 format; `anonymous` when `isAnonymous` is true.
    pub value: String,
    /// Whether the number is anonymous (withheld). Taken as false when absent.
    pub is_anonymous: Option<bool>,
    /// Set when the same phone number joins the same call more than once, to tell those participants apart.
    pub asserted_id: Option<String>,
}

impl PhoneNumberIdentifierModel {
    /// A `PhoneNumberIdentifierModel` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(value: impl Into<String>) -> Self {
        Self {
            value: value.into(),
            is_anonymous: None,
            asserted_id: None,
        }
    }
}

impl serde::Serialize for PhoneNumberIdentifierModel {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("value", &self.value);
        map.optional("isAnonymous", &self.is_anonymous);
        map.optional("assertedId", &self.asserted_id);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PhoneNumberIdentifierModel {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = PhoneNumberIdentifierModel;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `PhoneNumberIdentifierModel` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<bool> = None;
                let mut field_2: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "value" => super::runtime::read(&mut map, &mut field_0),
                        "isAnonymous" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "assertedId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(PhoneNumberIdentifierModel {
                            value: field_0,
                            is_anonymous: field_1,
                            asserted_id: field_2,
                        })
                    }
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["value"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Event: playing was canceled.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlayCanceled {
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
}

impl serde::Serialize for PlayCanceled {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PlayCanceled {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = PlayCanceled;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `PlayCanceled` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<ResultInformation> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(PlayCanceled {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    correlation_id: field_2,
                    operation_context: field_3,
                    result_information: field_4,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Event: playing finished.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlayCompleted {
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
}

impl serde::Serialize for PlayCompleted {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PlayCompleted {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = PlayCompleted;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `PlayCompleted` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<ResultInformation> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(PlayCompleted {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    correlation_id: field_2,
                    operation_context: field_3,
                    result_information: field_4,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Event: playing failed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlayFailed {
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
    /// The position, in the list of play sources, of the one that failed.
    pub failed_play_source_index: Option<i32>,
}

impl serde::Serialize for PlayFailed {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.optional("failedPlaySourceIndex", &self.failed_play_source_index);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PlayFailed {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = PlayFailed;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `PlayFailed` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<ResultInformation> = None;
                let mut field_5: Option<i32> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "failedPlaySourceIndex" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(PlayFailed {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    correlation_id: field_2,
                    operation_context: field_3,
                    result_information: field_4,
                    failed_play_source_index: field_5,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// How audio is played.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlayOptions {
    /// Whether to play again from the start until stopped.
    pub r#loop: bool,
}

impl PlayOptions {
    /// A `PlayOptions` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(r#loop: impl Into<bool>) -> Self {
        Self { r#loop: r#loop.into() }
    }
}

impl serde::Serialize for PlayOptions {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("loop", &self.r#loop);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PlayOptions {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = PlayOptions;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `PlayOptions` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<bool> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "loop" => super::runtime::read(&mut map, &mut field_0),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => Ok(PlayOptions { r#loop: field_0 }),
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["loop"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// What `Play` needs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlayRequest {
    /// What to play, in order.
    pub play_sources: Vec<PlaySource>,
    /// Who hears it; everyone in the call when empty.
    pub play_to: Option<Vec<crate::CommunicationIdentifier>>,
    /// Whether this operation interrupts media operations that are running, instead of waiting in line.
    pub interrupt_call_media_operation: Option<bool>,
    /// How to play it.
    pub play_options: Option<PlayOptions>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// A callback URI for this action only, overriding the one set when the call was created or answered. When absent, that default callback URI is used.
    pub operation_callback_uri: Option<String>,
}

impl PlayRequest {
    /// A `PlayRequest` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(play_sources: impl Into<Vec<PlaySource>>) -> Self {
        Self {
            play_sources: play_sources.into(),
            play_to: None,
            interrupt_call_media_operation: None,
            play_options: None,
            operation_context: None,
            operation_callback_uri: None,
        }
    }
}

impl serde::Serialize for PlayRequest {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("playSources", &self.play_sources);
        map.optional("playTo", &self.play_to);
        map.optional(
            "interruptCallMediaOperation",
            &self.interrupt_call_media_operation,
        );
        map.optional("playOptions", &self.play_options);
        map.optional("operationContext", &self.operation_context);
        map.optional("operationCallbackUri", &self.operation_callback_uri);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PlayRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = PlayRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `PlayRequest` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<Vec<PlaySource>> = None;
                let mut field_1: Option<Vec<crate::CommunicationIdentifier>> = None;
                let mut field_2: Option<bool> = None;
                let mut field_3: Option<PlayOptions> = None;
                let mut field_4: Option<String> = None;
                let mut field_5: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "playSources" => super::runtime::read(&mut map, &mut field_0),
                        "playTo" => super::runtime::read_or_null(&mut map, &mut field_1),
                        "interruptCallMediaOperation" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "playOptions" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "operationCallbackUri" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(PlayRequest {
                            play_sources: field_0,
                            play_to: field_1,
                            interrupt_call_media_operation: field_2,
                            play_options: field_3,
                            operation_context: field_4,
                            operation_callback_uri: field_5,
                        })
                    }
                    (field_0,) => {
                        Err(
                            super::runtime::missing(
                                &[field_0.is_some()],
                                &["playSources"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Audio to play: a file, text to speech or SSML, as `kind` says.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PlaySource {
    /// The `kind` property.
    pub kind: PlaySourceType,
    /// An id under which the service may cache this source to play it again.
    pub play_source_cache_id: Option<String>,
    /// The file to play, when `kind` is `file`.
    pub file: Option<FileSource>,
    /// The text to speak, when `kind` is `text`.
    pub text: Option<TextSource>,
    /// The SSML to speak, when `kind` is `ssml`.
    pub ssml: Option<SsmlSource>,
}

impl PlaySource {
    /// A `PlaySource` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(kind: impl Into<PlaySourceType>) -> Self {
        Self {
            kind: kind.into(),
            play_source_cache_id: None,
            file: None,
            text: None,
            ssml: None,
        }
    }
}

impl serde::Serialize for PlaySource {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("kind", &self.kind);
        map.optional("playSourceCacheId", &self.play_source_cache_id);
        map.optional("file", &self.file);
        map.optional("text", &self.text);
        map.optional("ssml", &self.ssml);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PlaySource {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = PlaySource;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `PlaySource` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<PlaySourceType> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<FileSource> = None;
                let mut field_3: Option<TextSource> = None;
                let mut field_4: Option<SsmlSource> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "kind" => super::runtime::read(&mut map, &mut field_0),
                        "playSourceCacheId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "file" => super::runtime::read_or_null(&mut map, &mut field_2),
                        "text" => super::runtime::read_or_null(&mut map, &mut field_3),
                        "ssml" => super::runtime::read_or_null(&mut map, &mut field_4),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(PlaySource {
                            kind: field_0,
                            play_source_cache_id: field_1,
                            file: field_2,
                            text: field_3,
                            ssml: field_4,
                        })
                    }
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["kind"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Which kind of audio a play source holds.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PlaySourceType {
    /// `file`
    File,
    /// `text`
    Text,
    /// `ssml`
    Ssml,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl PlaySourceType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::File => "file",
            Self::Text => "text",
            Self::Ssml => "ssml",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for PlaySourceType {
    fn from(value: &str) -> Self {
        match value {
            "file" => Self::File,
            "text" => Self::Text,
            "ssml" => Self::Ssml,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for PlaySourceType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "file" => Self::File,
            "text" => Self::Text,
            "ssml" => Self::Ssml,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for PlaySourceType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for PlaySourceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for PlaySourceType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for PlaySourceType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// Event: playing started.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlayStarted {
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
}

impl serde::Serialize for PlayStarted {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PlayStarted {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = PlayStarted;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `PlayStarted` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<ResultInformation> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(PlayStarted {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    correlation_id: field_2,
                    operation_context: field_3,
                    result_information: field_4,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Which kind of input was recognized.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RecognitionType {
    /// `dtmf`
    Dtmf,
    /// `speech`
    Speech,
    /// `choices`
    Choices,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl RecognitionType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dtmf => "dtmf",
            Self::Speech => "speech",
            Self::Choices => "choices",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for RecognitionType {
    fn from(value: &str) -> Self {
        match value {
            "dtmf" => Self::Dtmf,
            "speech" => Self::Speech,
            "choices" => Self::Choices,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for RecognitionType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "dtmf" => Self::Dtmf,
            "speech" => Self::Speech,
            "choices" => Self::Choices,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for RecognitionType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RecognitionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RecognitionType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RecognitionType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// Event: recognizing input was canceled.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecognizeCanceled {
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
}

impl serde::Serialize for RecognizeCanceled {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for RecognizeCanceled {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = RecognizeCanceled;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `RecognizeCanceled` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<ResultInformation> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(RecognizeCanceled {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    correlation_id: field_2,
                    operation_context: field_3,
                    result_information: field_4,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Event: input was recognized.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecognizeCompleted {
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
    /// The `recognitionType` property.
    pub recognition_type: Option<RecognitionType>,
    /// The tones, when DTMF was recognized.
    pub dtmf_result: Option<DtmfResult>,
    /// The choice, when a choice was recognized.
    pub choice_result: Option<ChoiceResult>,
    /// The speech, when speech was recognized.
    pub speech_result: Option<SpeechResult>,
}

impl serde::Serialize for RecognizeCompleted {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.optional("recognitionType", &self.recognition_type);
        map.optional("dtmfResult", &self.dtmf_result);
        map.optional("choiceResult", &self.choice_result);
        map.optional("speechResult", &self.speech_result);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for RecognizeCompleted {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = RecognizeCompleted;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `RecognizeCompleted` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<ResultInformation> = None;
                let mut field_5: Option<RecognitionType> = None;
                let mut field_6: Option<DtmfResult> = None;
                let mut field_7: Option<ChoiceResult> = None;
                let mut field_8: Option<SpeechResult> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "recognitionType" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        "dtmfResult" => {
                            super::runtime::read_or_null(&mut map, &mut field_6)
                        }
                        "choiceResult" => {
                            super::runtime::read_or_null(&mut map, &mut field_7)
                        }
                        "speechResult" => {
                            super::runtime::read_or_null(&mut map, &mut field_8)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(RecognizeCompleted {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    correlation_id: field_2,
                    operation_context: field_3,
                    result_information: field_4,
                    recognition_type: field_5,
                    dtmf_result: field_6,
                    choice_result: field_7,
                    speech_result: field_8,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Event: recognizing input failed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecognizeFailed {
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
    /// The position, in the list of play sources, of the one that failed.
    pub failed_play_source_index: Option<i32>,
}

impl serde::Serialize for RecognizeFailed {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.optional("failedPlaySourceIndex", &self.failed_play_source_index);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for RecognizeFailed {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = RecognizeFailed;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `RecognizeFailed` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<ResultInformation> = None;
                let mut field_5: Option<i32> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "failedPlaySourceIndex" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(RecognizeFailed {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    correlation_id: field_2,
                    operation_context: field_3,
                    result_information: field_4,
                    failed_play_source_index: field_5,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Which kind of input to recognize.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RecognizeInputType {
    /// `dtmf`
    Dtmf,
    /// `speech`
    Speech,
    /// `speechOrDtmf`
    SpeechOrDtmf,
    /// `choices`
    Choices,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl RecognizeInputType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dtmf => "dtmf",
            Self::Speech => "speech",
            Self::SpeechOrDtmf => "speechOrDtmf",
            Self::Choices => "choices",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for RecognizeInputType {
    fn from(value: &str) -> Self {
        match value {
            "dtmf" => Self::Dtmf,
            "speech" => Self::Speech,
            "speechOrDtmf" => Self::SpeechOrDtmf,
            "choices" => Self::Choices,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for RecognizeInputType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "dtmf" => Self::Dtmf,
            "speech" => Self::Speech,
            "speechOrDtmf" => Self::SpeechOrDtmf,
            "choices" => Self::Choices,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for RecognizeInputType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RecognizeInputType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RecognizeInputType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RecognizeInputType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// How input is recognized, and from whom.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RecognizeOptions {
    /// Whether the participant's input stops the prompt.
    pub interrupt_prompt: Option<bool>,
    /// How long to wait for the first input, in seconds.
    pub initial_silence_timeout_in_seconds: Option<i32>,
    /// The participant the action applies to.
    pub target_participant: crate::CommunicationIdentifier,
    /// The language of the speech to recognize; `en-US` when absent.
    pub speech_language: Option<String>,
    /// The endpoint id of a custom speech model.
    pub speech_recognition_model_endpoint_id: Option<String>,
    /// How DTMF tones are collected.
    pub dtmf_options: Option<DtmfOptions>,
    /// The options the participant may pick.
    pub choices: Option<Vec<Choice>>,
    /// How speech is recognized.
    pub speech_options: Option<SpeechOptions>,
}

impl RecognizeOptions {
    /// A `RecognizeOptions` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(target_participant: impl Into<crate::CommunicationIdentifier>) -> Self {
        Self {
            interrupt_prompt: None,
            initial_silence_timeout_in_seconds: None,
            target_participant: target_participant.into(),
            speech_language: None,
            speech_recognition_model_endpoint_id: None,
            dtmf_options: None,
            choices: None,
            speech_options: None,
        }
    }
}

impl serde::Serialize for RecognizeOptions {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("interruptPrompt", &self.interrupt_prompt);
        map.optional(
            "initialSilenceTimeoutInSeconds",
            &self.initial_silence_timeout_in_seconds,
        );
        map.entry("targetParticipant", &self.target_participant);
        map.optional("speechLanguage", &self.speech_language);
        map.optional(
            "speechRecognitionModelEndpointId",
            &self.speech_recognition_model_endpoint_id,
        );
        map.optional("dtmfOptions", &self.dtmf_options);
        map.optional("choices", &self.choices);
        map.optional("speechOptions", &self.speech_options);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for RecognizeOptions {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = RecognizeOptions;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `RecognizeOptions` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<bool> = None;
                let mut field_1: Option<i32> = None;
                let mut field_2: Option<crate::CommunicationIdentifier> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<String> = None;
                let mut field_5: Option<DtmfOptions> = None;
                let mut field_6: Option<Vec<Choice>> = None;
                let mut field_7: Option<SpeechOptions> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "interruptPrompt" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "initialSilenceTimeoutInSeconds" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "targetParticipant" => {
                            super::runtime::read(&mut map, &mut field_2)
                        }
                        "speechLanguage" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "speechRecognitionModelEndpointId" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "dtmfOptions" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        "choices" => super::runtime::read_or_null(&mut map, &mut field_6),
                        "speechOptions" => {
                            super::runtime::read_or_null(&mut map, &mut field_7)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_2,) {
                    (Some(field_2),) => {
                        Ok(RecognizeOptions {
                            interrupt_prompt: field_0,
                            initial_silence_timeout_in_seconds: field_1,
                            target_participant: field_2,
                            speech_language: field_3,
                            speech_recognition_model_endpoint_id: field_4,
                            dtmf_options: field_5,
                            choices: field_6,
                            speech_options: field_7,
                        })
                    }
                    (field_2,) => {
                        Err(
                            super::runtime::missing(
                                &[field_2.is_some()],
                                &["targetParticipant"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// What `Recognize` needs.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RecognizeRequest {
    /// The `recognizeInputType` property.
    pub recognize_input_type: RecognizeInputType,
    /// A prompt to play first.
    pub play_prompt: Option<PlaySource>,
    /// Prompts to play first, in order.
    pub play_prompts: Option<Vec<PlaySource>>,
    /// Whether this operation interrupts media operations that are running, instead of waiting in line.
    pub interrupt_call_media_operation: Option<bool>,
    /// How to recognize, and from whom.
    pub recognize_options: RecognizeOptions,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// A callback URI for this action only, overriding the one set when the call was created or answered. When absent, that default callback URI is used.
    pub operation_callback_uri: Option<String>,
}

impl RecognizeRequest {
    /// A `RecognizeRequest` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(
        recognize_input_type: impl Into<RecognizeInputType>,
        recognize_options: impl Into<RecognizeOptions>,
    ) -> Self {
        Self {
            recognize_input_type: recognize_input_type.into(),
            play_prompt: None,
            play_prompts: None,
            interrupt_call_media_operation: None,
            recognize_options: recognize_options.into(),
            operation_context: None,
            operation_callback_uri: None,
        }
    }
}

impl serde::Serialize for RecognizeRequest {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("recognizeInputType", &self.recognize_input_type);
        map.optional("playPrompt", &self.play_prompt);
        map.optional("playPrompts", &self.play_prompts);
        map.optional(
            "interruptCallMediaOperation",
            &self.interrupt_call_media_operation,
        );
        map.entry("recognizeOptions", &self.recognize_options);
        map.optional("operationContext", &self.operation_context);
        map.optional("operationCallbackUri", &self.operation_callback_uri);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for RecognizeRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = RecognizeRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `RecognizeRequest` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<RecognizeInputType> = None;
                let mut field_1: Option<PlaySource> = None;
                let mut field_2: Option<Vec<PlaySource>> = None;
                let mut field_3: Option<bool> = None;
                let mut field_4: Option<RecognizeOptions> = None;
                let mut field_5: Option<String> = None;
                let mut field_6: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "recognizeInputType" => {
                            super::runtime::read(&mut map, &mut field_0)
                        }
                        "playPrompt" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "playPrompts" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "interruptCallMediaOperation" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "recognizeOptions" => {
                            super::runtime::read(&mut map, &mut field_4)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        "operationCallbackUri" => {
                            super::runtime::read_or_null(&mut map, &mut field_6)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0, field_4) {
                    (Some(field_0), Some(field_4)) => {
                        Ok(RecognizeRequest {
                            recognize_input_type: field_0,
                            play_prompt: field_1,
                            play_prompts: field_2,
                            interrupt_call_media_operation: field_3,
                            recognize_options: field_4,
                            operation_context: field_5,
                            operation_callback_uri: field_6,
                        })
                    }
                    (field_0, field_4) => {
                        Err(
                            super::runtime::missing(
                                &[field_0.is_some(), field_4.is_some()],
                                &["recognizeInputType", "recognizeOptions"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Whether a recording mixes everyone into one channel or keeps channels apart.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RecordingChannelType {
    /// `mixed`
    Mixed,
    /// `unmixed`
    Unmixed,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl RecordingChannelType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mixed => "mixed",
            Self::Unmixed => "unmixed",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for RecordingChannelType {
    fn from(value: &str) -> Self {
        match value {
            "mixed" => Self::Mixed,
            "unmixed" => Self::Unmixed,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for RecordingChannelType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "mixed" => Self::Mixed,
            "unmixed" => Self::Unmixed,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for RecordingChannelType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RecordingChannelType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RecordingChannelType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RecordingChannelType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// What a recording holds.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RecordingContentType {
    /// `audio`
    Audio,
    /// `audioVideo`
    AudioVideo,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl RecordingContentType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Audio => "audio",
            Self::AudioVideo => "audioVideo",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for RecordingContentType {
    fn from(value: &str) -> Self {
        match value {
            "audio" => Self::Audio,
            "audioVideo" => Self::AudioVideo,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for RecordingContentType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "audio" => Self::Audio,
            "audioVideo" => Self::AudioVideo,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for RecordingContentType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RecordingContentType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RecordingContentType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RecordingContentType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// The file format of a recording.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RecordingFormatType {
    /// `wav`
    Wav,
    /// `mp3`
    Mp3,
    /// `mp4`
    Mp4,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl RecordingFormatType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Wav => "wav",
            Self::Mp3 => "mp3",
            Self::Mp4 => "mp4",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for RecordingFormatType {
    fn from(value: &str) -> Self {
        match value {
            "wav" => Self::Wav,
            "mp3" => Self::Mp3,
            "mp4" => Self::Mp4,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for RecordingFormatType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "wav" => Self::Wav,
            "mp3" => Self::Mp3,
            "mp4" => Self::Mp4,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for RecordingFormatType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RecordingFormatType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RecordingFormatType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RecordingFormatType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// Which kind of recording this is.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RecordingKind {
    /// `azureCommunicationServices`
    AzureCommunicationServices,
    /// `teams`
    Teams,
    /// `teamsCompliance`
    TeamsCompliance,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl RecordingKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AzureCommunicationServices => "azureCommunicationServices",
            Self::Teams => "teams",
            Self::TeamsCompliance => "teamsCompliance",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for RecordingKind {
    fn from(value: &str) -> Self {
        match value {
            "azureCommunicationServices" => Self::AzureCommunicationServices,
            "teams" => Self::Teams,
            "teamsCompliance" => Self::TeamsCompliance,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for RecordingKind {
    fn from(value: String) -> Self {
        match value.as_str() {
            "azureCommunicationServices" => Self::AzureCommunicationServices,
            "teams" => Self::Teams,
            "teamsCompliance" => Self::TeamsCompliance,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for RecordingKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RecordingKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RecordingKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RecordingKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// Whether a recording is running.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RecordingState {
    /// `active`
    Active,
    /// `inactive`
    Inactive,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl RecordingState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Inactive => "inactive",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for RecordingState {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "inactive" => Self::Inactive,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for RecordingState {
    fn from(value: String) -> Self {
        match value.as_str() {
            "active" => Self::Active,
            "inactive" => Self::Inactive,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for RecordingState {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RecordingState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RecordingState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RecordingState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// Event: a recording started, paused, resumed or stopped.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingStateChanged {
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// The id of the recording.
    ///
    /// Read-only: set by the service, ignored in requests.
    pub recording_id: Option<String>,
    /// The `state` property.
    pub state: Option<RecordingState>,
    /// When the recording started.
    ///
    /// Read-only: set by the service, ignored in requests.
    pub start_date_time: Option<String>,
    /// The `recordingKind` property.
    pub recording_kind: Option<RecordingKind>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
}

impl serde::Serialize for RecordingStateChanged {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("recordingId", &self.recording_id);
        map.optional("state", &self.state);
        map.optional("startDateTime", &self.start_date_time);
        map.optional("recordingKind", &self.recording_kind);
        map.optional("resultInformation", &self.result_information);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for RecordingStateChanged {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = RecordingStateChanged;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `RecordingStateChanged` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<RecordingState> = None;
                let mut field_5: Option<String> = None;
                let mut field_6: Option<RecordingKind> = None;
                let mut field_7: Option<ResultInformation> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "recordingId" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "state" => super::runtime::read_or_null(&mut map, &mut field_4),
                        "startDateTime" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        "recordingKind" => {
                            super::runtime::read_or_null(&mut map, &mut field_6)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_7)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(RecordingStateChanged {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    correlation_id: field_2,
                    recording_id: field_3,
                    state: field_4,
                    start_date_time: field_5,
                    recording_kind: field_6,
                    result_information: field_7,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The state of a recording.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecordingStateResponse {
    /// The id of the recording.
    pub recording_id: Option<String>,
    /// The `recordingState` property.
    pub recording_state: Option<RecordingState>,
    /// The `recordingKind` property.
    pub recording_kind: Option<RecordingKind>,
}

impl serde::Serialize for RecordingStateResponse {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("recordingId", &self.recording_id);
        map.optional("recordingState", &self.recording_state);
        map.optional("recordingKind", &self.recording_kind);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for RecordingStateResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = RecordingStateResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `RecordingStateResponse` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<RecordingState> = None;
                let mut field_2: Option<RecordingKind> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "recordingId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "recordingState" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "recordingKind" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(RecordingStateResponse {
                    recording_id: field_0,
                    recording_state: field_1,
                    recording_kind: field_2,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Where recordings are stored.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RecordingStorageKind {
    /// `azureCommunicationServices`
    AzureCommunicationServices,
    /// `azureBlobStorage`
    AzureBlobStorage,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl RecordingStorageKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AzureCommunicationServices => "azureCommunicationServices",
            Self::AzureBlobStorage => "azureBlobStorage",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for RecordingStorageKind {
    fn from(value: &str) -> Self {
        match value {
            "azureCommunicationServices" => Self::AzureCommunicationServices,
            "azureBlobStorage" => Self::AzureBlobStorage,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for RecordingStorageKind {
    fn from(value: String) -> Self {
        match value.as_str() {
            "azureCommunicationServices" => Self::AzureCommunicationServices,
            "azureBlobStorage" => Self::AzureBlobStorage,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for RecordingStorageKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for RecordingStorageKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for RecordingStorageKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RecordingStorageKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// What `RedirectCall` needs.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RedirectCallRequest {
    /// The context of the incoming call, from the `IncomingCall` event.
    pub incoming_call_context: String,
    /// The target to send the call to.
    pub target: crate::CommunicationIdentifier,
}

impl RedirectCallRequest {
    /// A `RedirectCallRequest` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(
        incoming_call_context: impl Into<String>,
        target: impl Into<crate::CommunicationIdentifier>,
    ) -> Self {
        Self {
            incoming_call_context: incoming_call_context.into(),
            target: target.into(),
        }
    }
}

impl serde::Serialize for RedirectCallRequest {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("incomingCallContext", &self.incoming_call_context);
        map.entry("target", &self.target);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for RedirectCallRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = RedirectCallRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `RedirectCallRequest` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<crate::CommunicationIdentifier> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "incomingCallContext" => {
                            super::runtime::read(&mut map, &mut field_0)
                        }
                        "target" => super::runtime::read(&mut map, &mut field_1),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0, field_1) {
                    (Some(field_0), Some(field_1)) => {
                        Ok(RedirectCallRequest {
                            incoming_call_context: field_0,
                            target: field_1,
                        })
                    }
                    (field_0, field_1) => {
                        Err(
                            super::runtime::missing(
                                &[field_0.is_some(), field_1.is_some()],
                                &["incomingCallContext", "target"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// What `RejectCall` needs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RejectCallRequest {
    /// The context of the incoming call, from the `IncomingCall` event.
    pub incoming_call_context: String,
    /// The `callRejectReason` property.
    pub call_reject_reason: Option<CallRejectReason>,
}

impl RejectCallRequest {
    /// A `RejectCallRequest` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(incoming_call_context: impl Into<String>) -> Self {
        Self {
            incoming_call_context: incoming_call_context.into(),
            call_reject_reason: None,
        }
    }
}

impl serde::Serialize for RejectCallRequest {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("incomingCallContext", &self.incoming_call_context);
        map.optional("callRejectReason", &self.call_reject_reason);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for RejectCallRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = RejectCallRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `RejectCallRequest` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<CallRejectReason> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "incomingCallContext" => {
                            super::runtime::read(&mut map, &mut field_0)
                        }
                        "callRejectReason" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(RejectCallRequest {
                            incoming_call_context: field_0,
                            call_reject_reason: field_1,
                        })
                    }
                    (field_0,) => {
                        Err(
                            super::runtime::missing(
                                &[field_0.is_some()],
                                &["incomingCallContext"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Event: a participant could not be removed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RemoveParticipantFailed {
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
    /// The participant concerned.
    pub participant: Option<crate::CommunicationIdentifier>,
}

impl serde::Serialize for RemoveParticipantFailed {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.optional("participant", &self.participant);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for RemoveParticipantFailed {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = RemoveParticipantFailed;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `RemoveParticipantFailed` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<ResultInformation> = None;
                let mut field_5: Option<crate::CommunicationIdentifier> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "participant" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(RemoveParticipantFailed {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    correlation_id: field_2,
                    operation_context: field_3,
                    result_information: field_4,
                    participant: field_5,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// What `RemoveParticipant` needs.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RemoveParticipantRequest {
    /// The participant to remove.
    pub participant_to_remove: crate::CommunicationIdentifier,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// A callback URI for this action only, overriding the one set when the call was created or answered. When absent, that default callback URI is used.
    pub operation_callback_uri: Option<String>,
}

impl RemoveParticipantRequest {
    /// A `RemoveParticipantRequest` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(
        participant_to_remove: impl Into<crate::CommunicationIdentifier>,
    ) -> Self {
        Self {
            participant_to_remove: participant_to_remove.into(),
            operation_context: None,
            operation_callback_uri: None,
        }
    }
}

impl serde::Serialize for RemoveParticipantRequest {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("participantToRemove", &self.participant_to_remove);
        map.optional("operationContext", &self.operation_context);
        map.optional("operationCallbackUri", &self.operation_callback_uri);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for RemoveParticipantRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = RemoveParticipantRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `RemoveParticipantRequest` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<crate::CommunicationIdentifier> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "participantToRemove" => {
                            super::runtime::read(&mut map, &mut field_0)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "operationCallbackUri" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(RemoveParticipantRequest {
                            participant_to_remove: field_0,
                            operation_context: field_1,
                            operation_callback_uri: field_2,
                        })
                    }
                    (field_0,) => {
                        Err(
                            super::runtime::missing(
                                &[field_0.is_some()],
                                &["participantToRemove"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The answer to a request to remove a participant.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RemoveParticipantResponse {
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
}

impl serde::Serialize for RemoveParticipantResponse {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("operationContext", &self.operation_context);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for RemoveParticipantResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = RemoveParticipantResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `RemoveParticipantResponse` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(RemoveParticipantResponse {
                    operation_context: field_0,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Event: a participant was removed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RemoveParticipantSucceeded {
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
    /// The participant concerned.
    pub participant: Option<crate::CommunicationIdentifier>,
}

impl serde::Serialize for RemoveParticipantSucceeded {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.optional("participant", &self.participant);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for RemoveParticipantSucceeded {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = RemoveParticipantSucceeded;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `RemoveParticipantSucceeded` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<ResultInformation> = None;
                let mut field_5: Option<crate::CommunicationIdentifier> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "participant" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(RemoveParticipantSucceeded {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    correlation_id: field_2,
                    operation_context: field_3,
                    result_information: field_4,
                    participant: field_5,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The outcome an event reports: a SIP-like code, a sub-code and a message.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResultInformation {
    /// The code of the outcome.
    pub code: Option<i32>,
    /// The sub-code of the outcome, which tells causes apart.
    pub sub_code: Option<i32>,
    /// A description of the outcome.
    pub message: Option<String>,
    /// The SIP status and reason a SIP peer gave, when one did.
    pub sip_details: Option<SipDiagnosticInfo>,
    /// The Q.850 cause the telephone network gave, when it did.
    pub q850_details: Option<SipDiagnosticInfo>,
}

impl serde::Serialize for ResultInformation {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("code", &self.code);
        map.optional("subCode", &self.sub_code);
        map.optional("message", &self.message);
        map.optional("sipDetails", &self.sip_details);
        map.optional("q850Details", &self.q850_details);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for ResultInformation {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = ResultInformation;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `ResultInformation` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<i32> = None;
                let mut field_1: Option<i32> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<SipDiagnosticInfo> = None;
                let mut field_4: Option<SipDiagnosticInfo> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "code" => super::runtime::read_or_null(&mut map, &mut field_0),
                        "subCode" => super::runtime::read_or_null(&mut map, &mut field_1),
                        "message" => super::runtime::read_or_null(&mut map, &mut field_2),
                        "sipDetails" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "q850Details" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(ResultInformation {
                    code: field_0,
                    sub_code: field_1,
                    message: field_2,
                    sip_details: field_3,
                    q850_details: field_4,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Event: the DTMF tones were sent.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SendDtmfTonesCompleted {
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
}

impl serde::Serialize for SendDtmfTonesCompleted {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SendDtmfTonesCompleted {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = SendDtmfTonesCompleted;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `SendDtmfTonesCompleted` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<ResultInformation> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(SendDtmfTonesCompleted {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    correlation_id: field_2,
                    operation_context: field_3,
                    result_information: field_4,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Event: sending DTMF tones failed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SendDtmfTonesFailed {
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
}

impl serde::Serialize for SendDtmfTonesFailed {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SendDtmfTonesFailed {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = SendDtmfTonesFailed;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `SendDtmfTonesFailed` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<ResultInformation> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(SendDtmfTonesFailed {
                    call_connection_id: field_0,
                    server_call_id: field_1,
                    correlation_id: field_2,
                    operation_context: field_3,
                    result_information: field_4,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// What `SendDtmfTones` needs.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SendDtmfTonesRequest {
    /// The tones to send, in order.
    pub tones: Vec<Tone>,
    /// The participant the action applies to.
    pub target_participant: crate::CommunicationIdentifier,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// A callback URI for this action only, overriding the one set when the call was created or answered. When absent, that default callback URI is used.
    pub operation_callback_uri: Option<String>,
}

impl SendDtmfTonesRequest {
    /// A `SendDtmfTonesRequest` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(
        tones: impl Into<Vec<Tone>>,
        target_participant: impl Into<crate::CommunicationIdentifier>,
    ) -> Self {
        Self {
            tones: tones.into(),
            target_participant: target_participant.into(),
            operation_context: None,
            operation_callback_uri: None,
        }
    }
}

impl serde::Serialize for SendDtmfTonesRequest {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("tones", &self.tones);
        map.entry("targetParticipant", &self.target_participant);
        map.optional("operationContext", &self.operation_context);
        map.optional("operationCallbackUri", &self.operation_callback_uri);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SendDtmfTonesRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = SendDtmfTonesRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `SendDtmfTonesRequest` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<Vec<Tone>> = None;
                let mut field_1: Option<crate::CommunicationIdentifier> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "tones" => super::runtime::read(&mut map, &mut field_0),
                        "targetParticipant" => {
                            super::runtime::read(&mut map, &mut field_1)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationCallbackUri" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0, field_1) {
                    (Some(field_0), Some(field_1)) => {
                        Ok(SendDtmfTonesRequest {
                            tones: field_0,
                            target_participant: field_1,
                            operation_context: field_2,
                            operation_callback_uri: field_3,
                        })
                    }
                    (field_0, field_1) => {
                        Err(
                            super::runtime::missing(
                                &[field_0.is_some(), field_1.is_some()],
                                &["tones", "targetParticipant"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The answer to a request to send DTMF tones.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SendDtmfTonesResult {
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
}

impl serde::Serialize for SendDtmfTonesResult {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("operationContext", &self.operation_context);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SendDtmfTonesResult {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = SendDtmfTonesResult;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `SendDtmfTonesResult` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(SendDtmfTonesResult {
                    operation_context: field_0,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// A code and a message that tell why, as a SIP peer or the telephone network said it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SipDiagnosticInfo {
    /// The code (a SIP status, or a Q.850 cause).
    pub code: Option<i32>,
    /// What the code means, as the peer put it.
    pub message: Option<String>,
}

impl serde::Serialize for SipDiagnosticInfo {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("code", &self.code);
        map.optional("message", &self.message);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SipDiagnosticInfo {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = SipDiagnosticInfo;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `SipDiagnosticInfo` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<i32> = None;
                let mut field_1: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "code" => super::runtime::read_or_null(&mut map, &mut field_0),
                        "message" => super::runtime::read_or_null(&mut map, &mut field_1),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(SipDiagnosticInfo {
                    code: field_0,
                    message: field_1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// How speech is recognized.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SpeechOptions {
    /// How long a silence ends the speech, in milliseconds.
    pub end_silence_timeout_in_ms: Option<i64>,
}

impl serde::Serialize for SpeechOptions {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("endSilenceTimeoutInMs", &self.end_silence_timeout_in_ms);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SpeechOptions {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = SpeechOptions;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `SpeechOptions` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<i64> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "endSilenceTimeoutInMs" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(SpeechOptions {
                    end_silence_timeout_in_ms: field_0,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The speech recognized.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SpeechResult {
    /// The text of the speech.
    pub speech: Option<String>,
    /// How sure the recognizer is, from 0 to 1.
    pub confidence: Option<f64>,
}

impl serde::Serialize for SpeechResult {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("speech", &self.speech);
        map.optional("confidence", &self.confidence);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SpeechResult {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = SpeechResult;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `SpeechResult` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<f64> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "speech" => super::runtime::read_or_null(&mut map, &mut field_0),
                        "confidence" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(SpeechResult {
                    speech: field_0,
                    confidence: field_1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// SSML to speak with a synthesized voice.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SsmlSource {
    /// The SSML document.
    pub ssml_text: String,
    /// The endpoint id of a custom voice.
    pub custom_voice_endpoint_id: Option<String>,
}

impl SsmlSource {
    /// A `SsmlSource` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(ssml_text: impl Into<String>) -> Self {
        Self {
            ssml_text: ssml_text.into(),
            custom_voice_endpoint_id: None,
        }
    }
}

impl serde::Serialize for SsmlSource {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("ssmlText", &self.ssml_text);
        map.optional("customVoiceEndpointId", &self.custom_voice_endpoint_id);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SsmlSource {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = SsmlSource;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `SsmlSource` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "ssmlText" => super::runtime::read(&mut map, &mut field_0),
                        "customVoiceEndpointId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(SsmlSource {
                            ssml_text: field_0,
                            custom_voice_endpoint_id: field_1,
                        })
                    }
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["ssmlText"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// What `StartRecording` needs. Give either `callLocator` or `callConnectionId`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StartCallRecordingRequest {
    /// The call to record. Give this or `callConnectionId`, not both.
    pub call_locator: Option<CallLocator>,
    /// The call connection whose call to record. Give this or `callLocator`, not both.
    pub call_connection_id: Option<String>,
    /// Where the service sends the recording's events.
    pub recording_state_callback_uri: Option<String>,
    /// The `recordingContentType` property.
    pub recording_content_type: Option<RecordingContentType>,
    /// The `recordingChannelType` property.
    pub recording_channel_type: Option<RecordingChannelType>,
    /// The `recordingFormatType` property.
    pub recording_format_type: Option<RecordingFormatType>,
    /// For unmixed recordings: the participants in the order of the channels they get. When absent, channels follow the order in which participants are first heard.
    pub audio_channel_participant_ordering: Option<Vec<crate::CommunicationIdentifier>>,
    /// For unmixed recordings: which channel each of these participants gets.
    pub channel_affinity: Option<Vec<ChannelAffinity>>,
    /// Whether the recording starts paused.
    pub pause_on_start: Option<bool>,
    /// Storage of the caller's own for the recording.
    pub external_storage: Option<ExternalStorage>,
}

impl serde::Serialize for StartCallRecordingRequest {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callLocator", &self.call_locator);
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("recordingStateCallbackUri", &self.recording_state_callback_uri);
        map.optional("recordingContentType", &self.recording_content_type);
        map.optional("recordingChannelType", &self.recording_channel_type);
        map.optional("recordingFormatType", &self.recording_format_type);
        map.optional(
            "audioChannelParticipantOrdering",
            &self.audio_channel_participant_ordering,
        );
        map.optional("channelAffinity", &self.channel_affinity);
        map.optional("pauseOnStart", &self.pause_on_start);
        map.optional("externalStorage", &self.external_storage);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for StartCallRecordingRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = StartCallRecordingRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `StartCallRecordingRequest` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<CallLocator> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<RecordingContentType> = None;
                let mut field_4: Option<RecordingChannelType> = None;
                let mut field_5: Option<RecordingFormatType> = None;
                let mut field_6: Option<Vec<crate::CommunicationIdentifier>> = None;
                let mut field_7: Option<Vec<ChannelAffinity>> = None;
                let mut field_8: Option<bool> = None;
                let mut field_9: Option<ExternalStorage> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callLocator" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "recordingStateCallbackUri" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "recordingContentType" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "recordingChannelType" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "recordingFormatType" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        "audioChannelParticipantOrdering" => {
                            super::runtime::read_or_null(&mut map, &mut field_6)
                        }
                        "channelAffinity" => {
                            super::runtime::read_or_null(&mut map, &mut field_7)
                        }
                        "pauseOnStart" => {
                            super::runtime::read_or_null(&mut map, &mut field_8)
                        }
                        "externalStorage" => {
                            super::runtime::read_or_null(&mut map, &mut field_9)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(StartCallRecordingRequest {
                    call_locator: field_0,
                    call_connection_id: field_1,
                    recording_state_callback_uri: field_2,
                    recording_content_type: field_3,
                    recording_channel_type: field_4,
                    recording_format_type: field_5,
                    audio_channel_participant_ordering: field_6,
                    channel_affinity: field_7,
                    pause_on_start: field_8,
                    external_storage: field_9,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// What `StartMediaStreaming` needs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StartMediaStreamingRequest {
    /// A callback URI for this action only, overriding the one set when the call was created or answered. When absent, that default callback URI is used.
    pub operation_callback_uri: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
}

impl serde::Serialize for StartMediaStreamingRequest {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("operationCallbackUri", &self.operation_callback_uri);
        map.optional("operationContext", &self.operation_context);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for StartMediaStreamingRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = StartMediaStreamingRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `StartMediaStreamingRequest` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "operationCallbackUri" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(StartMediaStreamingRequest {
                    operation_callback_uri: field_0,
                    operation_context: field_1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Event: a recording could not be started.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StartRecordingFailed {
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// The id of the recording.
    ///
    /// Read-only: set by the service, ignored in requests.
    pub recording_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
}

impl serde::Serialize for StartRecordingFailed {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("recordingId", &self.recording_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for StartRecordingFailed {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = StartRecordingFailed;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `StartRecordingFailed` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<String> = None;
                let mut field_5: Option<ResultInformation> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "recordingId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(StartRecordingFailed {
                    call_connection_id: field_0,
                    correlation_id: field_1,
                    recording_id: field_2,
                    server_call_id: field_3,
                    operation_context: field_4,
                    result_information: field_5,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// What `StartTranscription` needs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StartTranscriptionRequest {
    /// The locale of the speech, for example `en-US`.
    pub locale: Option<String>,
    /// The endpoint id of a custom speech model.
    pub speech_model_endpoint_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// A callback URI for this action only, overriding the one set when the call was created or answered. When absent, that default callback URI is used.
    pub operation_callback_uri: Option<String>,
}

impl serde::Serialize for StartTranscriptionRequest {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("locale", &self.locale);
        map.optional("speechModelEndpointId", &self.speech_model_endpoint_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("operationCallbackUri", &self.operation_callback_uri);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for StartTranscriptionRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = StartTranscriptionRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `StartTranscriptionRequest` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "locale" => super::runtime::read_or_null(&mut map, &mut field_0),
                        "speechModelEndpointId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationCallbackUri" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(StartTranscriptionRequest {
                    locale: field_0,
                    speech_model_endpoint_id: field_1,
                    operation_context: field_2,
                    operation_callback_uri: field_3,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// What `StopMediaStreaming` needs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StopMediaStreamingRequest {
    /// A callback URI for this action only, overriding the one set when the call was created or answered. When absent, that default callback URI is used.
    pub operation_callback_uri: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
}

impl serde::Serialize for StopMediaStreamingRequest {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("operationCallbackUri", &self.operation_callback_uri);
        map.optional("operationContext", &self.operation_context);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for StopMediaStreamingRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = StopMediaStreamingRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `StopMediaStreamingRequest` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "operationCallbackUri" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(StopMediaStreamingRequest {
                    operation_callback_uri: field_0,
                    operation_context: field_1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// What `StopTranscription` needs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StopTranscriptionRequest {
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// A callback URI for this action only, overriding the one set when the call was created or answered. When absent, that default callback URI is used.
    pub operation_callback_uri: Option<String>,
}

impl serde::Serialize for StopTranscriptionRequest {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("operationContext", &self.operation_context);
        map.optional("operationCallbackUri", &self.operation_callback_uri);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for StopTranscriptionRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = StopTranscriptionRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `StopTranscriptionRequest` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "operationCallbackUri" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(StopTranscriptionRequest {
                    operation_context: field_0,
                    operation_callback_uri: field_1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// How streamed media is carried.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StreamingTransportType {
    /// `websocket`
    Websocket,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl StreamingTransportType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Websocket => "websocket",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for StreamingTransportType {
    fn from(value: &str) -> Self {
        match value {
            "websocket" => Self::Websocket,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for StreamingTransportType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "websocket" => Self::Websocket,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for StreamingTransportType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for StreamingTransportType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for StreamingTransportType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for StreamingTransportType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// What a Teams agent is shown about a call handed to them: who calls, who handed the call over, and what has happened so far.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TeamsPhoneCallDetails {
    /// The person who placed the call.
    pub teams_phone_caller_details: Option<TeamsPhoneCallerDetails>,
    /// The party (a bot, a queue) that passes the call and these details on.
    pub teams_phone_source_details: Option<TeamsPhoneSourceDetails>,
    /// An id of this call session, for the source's own reports.
    pub session_id: Option<String>,
    /// What the caller wants.
    pub intent: Option<String>,
    /// Why the caller calls, in at most 48 characters (shown in the Teams call notification).
    pub call_topic: Option<String>,
    /// What has happened in the call so far (shown beside the call in Teams).
    pub call_context: Option<String>,
    /// Where the transcript of the call so far can be fetched.
    pub transcript_url: Option<String>,
    /// How the caller seems to feel.
    pub call_sentiment: Option<String>,
    /// What the agent might do, from the caller's intent and history.
    pub suggested_actions: Option<String>,
}

impl serde::Serialize for TeamsPhoneCallDetails {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("teamsPhoneCallerDetails", &self.teams_phone_caller_details);
        map.optional("teamsPhoneSourceDetails", &self.teams_phone_source_details);
        map.optional("sessionId", &self.session_id);
        map.optional("intent", &self.intent);
        map.optional("callTopic", &self.call_topic);
        map.optional("callContext", &self.call_context);
        map.optional("transcriptUrl", &self.transcript_url);
        map.optional("callSentiment", &self.call_sentiment);
        map.optional("suggestedActions", &self.suggested_actions);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for TeamsPhoneCallDetails {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = TeamsPhoneCallDetails;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `TeamsPhoneCallDetails` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<TeamsPhoneCallerDetails> = None;
                let mut field_1: Option<TeamsPhoneSourceDetails> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<String> = None;
                let mut field_5: Option<String> = None;
                let mut field_6: Option<String> = None;
                let mut field_7: Option<String> = None;
                let mut field_8: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "teamsPhoneCallerDetails" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "teamsPhoneSourceDetails" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "sessionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "intent" => super::runtime::read_or_null(&mut map, &mut field_3),
                        "callTopic" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "callContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        "transcriptUrl" => {
                            super::runtime::read_or_null(&mut map, &mut field_6)
                        }
                        "callSentiment" => {
                            super::runtime::read_or_null(&mut map, &mut field_7)
                        }
                        "suggestedActions" => {
                            super::runtime::read_or_null(&mut map, &mut field_8)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(TeamsPhoneCallDetails {
                    teams_phone_caller_details: field_0,
                    teams_phone_source_details: field_1,
                    session_id: field_2,
                    intent: field_3,
                    call_topic: field_4,
                    call_context: field_5,
                    transcript_url: field_6,
                    call_sentiment: field_7,
                    suggested_actions: field_8,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The person who placed a call handed to a Teams agent.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TeamsPhoneCallerDetails {
    /// Who the caller is.
    pub caller: crate::CommunicationIdentifier,
    /// The caller's name.
    pub name: String,
    /// The caller's phone number.
    pub phone_number: String,
    /// The caller's record in another system (a CRM, for example).
    pub record_id: Option<String>,
    /// A page about the caller for the agent to open.
    pub screen_pop_url: Option<String>,
    /// Whether the caller has proved who they are.
    pub is_authenticated: Option<bool>,
    /// Further name-value pairs to show the agent (at most 10; the service ignores the rest).
    pub additional_caller_information: Option<
        std::collections::BTreeMap<String, String>,
    >,
}

impl TeamsPhoneCallerDetails {
    /// A `TeamsPhoneCallerDetails` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(
        caller: impl Into<crate::CommunicationIdentifier>,
        name: impl Into<String>,
        phone_number: impl Into<String>,
    ) -> Self {
        Self {
            caller: caller.into(),
            name: name.into(),
            phone_number: phone_number.into(),
            record_id: None,
            screen_pop_url: None,
            is_authenticated: None,
            additional_caller_information: None,
        }
    }
}

impl serde::Serialize for TeamsPhoneCallerDetails {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("caller", &self.caller);
        map.entry("name", &self.name);
        map.entry("phoneNumber", &self.phone_number);
        map.optional("recordId", &self.record_id);
        map.optional("screenPopUrl", &self.screen_pop_url);
        map.optional("isAuthenticated", &self.is_authenticated);
        map.optional("additionalCallerInformation", &self.additional_caller_information);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for TeamsPhoneCallerDetails {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = TeamsPhoneCallerDetails;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `TeamsPhoneCallerDetails` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<crate::CommunicationIdentifier> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<String> = None;
                let mut field_5: Option<bool> = None;
                let mut field_6: Option<std::collections::BTreeMap<String, String>> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "caller" => super::runtime::read(&mut map, &mut field_0),
                        "name" => super::runtime::read(&mut map, &mut field_1),
                        "phoneNumber" => super::runtime::read(&mut map, &mut field_2),
                        "recordId" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "screenPopUrl" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "isAuthenticated" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        "additionalCallerInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_6)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0, field_1, field_2) {
                    (Some(field_0), Some(field_1), Some(field_2)) => {
                        Ok(TeamsPhoneCallerDetails {
                            caller: field_0,
                            name: field_1,
                            phone_number: field_2,
                            record_id: field_3,
                            screen_pop_url: field_4,
                            is_authenticated: field_5,
                            additional_caller_information: field_6,
                        })
                    }
                    (field_0, field_1, field_2) => {
                        Err(
                            super::runtime::missing(
                                &[field_0.is_some(), field_1.is_some(), field_2.is_some()],
                                &["caller", "name", "phoneNumber"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The party that passes a call and its details on to a Teams agent.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TeamsPhoneSourceDetails {
    /// Who passes the call on.
    pub source: crate::CommunicationIdentifier,
    /// The language the source speaks with the caller (an ISO 639 code).
    pub language: String,
    /// The state of the source.
    pub status: String,
    /// Whom the source meant the call for, by a name of its choosing.
    pub intended_targets: Option<
        std::collections::BTreeMap<String, crate::CommunicationIdentifier>,
    >,
}

impl TeamsPhoneSourceDetails {
    /// A `TeamsPhoneSourceDetails` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(
        source: impl Into<crate::CommunicationIdentifier>,
        language: impl Into<String>,
        status: impl Into<String>,
    ) -> Self {
        Self {
            source: source.into(),
            language: language.into(),
            status: status.into(),
            intended_targets: None,
        }
    }
}

impl serde::Serialize for TeamsPhoneSourceDetails {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("source", &self.source);
        map.entry("language", &self.language);
        map.entry("status", &self.status);
        map.optional("intendedTargets", &self.intended_targets);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for TeamsPhoneSourceDetails {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = TeamsPhoneSourceDetails;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `TeamsPhoneSourceDetails` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<crate::CommunicationIdentifier> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<
                    std::collections::BTreeMap<String, crate::CommunicationIdentifier>,
                > = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "source" => super::runtime::read(&mut map, &mut field_0),
                        "language" => super::runtime::read(&mut map, &mut field_1),
                        "status" => super::runtime::read(&mut map, &mut field_2),
                        "intendedTargets" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0, field_1, field_2) {
                    (Some(field_0), Some(field_1), Some(field_2)) => {
                        Ok(TeamsPhoneSourceDetails {
                            source: field_0,
                            language: field_1,
                            status: field_2,
                            intended_targets: field_3,
                        })
                    }
                    (field_0, field_1, field_2) => {
                        Err(
                            super::runtime::missing(
                                &[field_0.is_some(), field_1.is_some(), field_2.is_some()],
                                &["source", "language", "status"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Text to speak with a synthesized voice.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TextSource {
    /// The text to speak.
    pub text: String,
    /// The locale of the text.
    pub source_locale: Option<String>,
    /// The `voiceKind` property.
    pub voice_kind: Option<VoiceKind>,
    /// The name of the synthesized voice.
    pub voice_name: Option<String>,
    /// The endpoint id of a custom voice.
    pub custom_voice_endpoint_id: Option<String>,
}

impl TextSource {
    /// A `TextSource` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            source_locale: None,
            voice_kind: None,
            voice_name: None,
            custom_voice_endpoint_id: None,
        }
    }
}

impl serde::Serialize for TextSource {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("text", &self.text);
        map.optional("sourceLocale", &self.source_locale);
        map.optional("voiceKind", &self.voice_kind);
        map.optional("voiceName", &self.voice_name);
        map.optional("customVoiceEndpointId", &self.custom_voice_endpoint_id);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for TextSource {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = TextSource;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `TextSource` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<VoiceKind> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "text" => super::runtime::read(&mut map, &mut field_0),
                        "sourceLocale" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "voiceKind" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "voiceName" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "customVoiceEndpointId" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(TextSource {
                            text: field_0,
                            source_locale: field_1,
                            voice_kind: field_2,
                            voice_name: field_3,
                            custom_voice_endpoint_id: field_4,
                        })
                    }
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["text"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// A DTMF tone.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Tone {
    /// `zero`
    Zero,
    /// `one`
    One,
    /// `two`
    Two,
    /// `three`
    Three,
    /// `four`
    Four,
    /// `five`
    Five,
    /// `six`
    Six,
    /// `seven`
    Seven,
    /// `eight`
    Eight,
    /// `nine`
    Nine,
    /// `a`
    A,
    /// `b`
    B,
    /// `c`
    C,
    /// `d`
    D,
    /// `pound`
    Pound,
    /// `asterisk`
    Asterisk,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl Tone {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Zero => "zero",
            Self::One => "one",
            Self::Two => "two",
            Self::Three => "three",
            Self::Four => "four",
            Self::Five => "five",
            Self::Six => "six",
            Self::Seven => "seven",
            Self::Eight => "eight",
            Self::Nine => "nine",
            Self::A => "a",
            Self::B => "b",
            Self::C => "c",
            Self::D => "d",
            Self::Pound => "pound",
            Self::Asterisk => "asterisk",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for Tone {
    fn from(value: &str) -> Self {
        match value {
            "zero" => Self::Zero,
            "one" => Self::One,
            "two" => Self::Two,
            "three" => Self::Three,
            "four" => Self::Four,
            "five" => Self::Five,
            "six" => Self::Six,
            "seven" => Self::Seven,
            "eight" => Self::Eight,
            "nine" => Self::Nine,
            "a" => Self::A,
            "b" => Self::B,
            "c" => Self::C,
            "d" => Self::D,
            "pound" => Self::Pound,
            "asterisk" => Self::Asterisk,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for Tone {
    fn from(value: String) -> Self {
        match value.as_str() {
            "zero" => Self::Zero,
            "one" => Self::One,
            "two" => Self::Two,
            "three" => Self::Three,
            "four" => Self::Four,
            "five" => Self::Five,
            "six" => Self::Six,
            "seven" => Self::Seven,
            "eight" => Self::Eight,
            "nine" => Self::Nine,
            "a" => Self::A,
            "b" => Self::B,
            "c" => Self::C,
            "d" => Self::D,
            "pound" => Self::Pound,
            "asterisk" => Self::Asterisk,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for Tone {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for Tone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Tone {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Tone {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// Event: transcription failed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TranscriptionFailed {
    /// What changed in transcription.
    pub transcription_update: Option<TranscriptionUpdate>,
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
}

impl serde::Serialize for TranscriptionFailed {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("transcriptionUpdate", &self.transcription_update);
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for TranscriptionFailed {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = TranscriptionFailed;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `TranscriptionFailed` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<TranscriptionUpdate> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<String> = None;
                let mut field_5: Option<ResultInformation> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "transcriptionUpdate" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(TranscriptionFailed {
                    transcription_update: field_0,
                    call_connection_id: field_1,
                    server_call_id: field_2,
                    correlation_id: field_3,
                    operation_context: field_4,
                    result_information: field_5,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// How the call's speech is transcribed.
///
/// Told apart by the discriminator property `transportType`; values with another discriminator are kept in the last variant, so a kind the service adds later never fails to parse.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum TranscriptionOptions {
    /// `transportType` is `"websocket"`.
    Websocket(WebSocketTranscriptionOptions),
    /// A value whose `transportType` this version of the crate does not know (or that has none), as JSON.
    UnknownValue(serde_json::Value),
}

impl serde::Serialize for TranscriptionOptions {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        match *self {
            Self::Websocket(ref v) => serde::Serialize::serialize(v, serializer),
            Self::UnknownValue(ref v) => serde::Serialize::serialize(v, serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for TranscriptionOptions {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        match value.get("transportType").and_then(serde_json::Value::as_str) {
            Some("websocket") => {
                serde_json::from_value(value)
                    .map(Self::Websocket)
                    .map_err(serde::de::Error::custom)
            }
            _ => Ok(Self::UnknownValue(value)),
        }
    }
}

/// Which transcription results are sent: final ones, or intermediate ones too.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TranscriptionResultType {
    /// `final`
    Final,
    /// `intermediate`
    Intermediate,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl TranscriptionResultType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Final => "final",
            Self::Intermediate => "intermediate",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for TranscriptionResultType {
    fn from(value: &str) -> Self {
        match value {
            "final" => Self::Final,
            "intermediate" => Self::Intermediate,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for TranscriptionResultType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "final" => Self::Final,
            "intermediate" => Self::Intermediate,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for TranscriptionResultType {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for TranscriptionResultType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for TranscriptionResultType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for TranscriptionResultType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// Event: transcription started.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TranscriptionStarted {
    /// What changed in transcription.
    pub transcription_update: Option<TranscriptionUpdate>,
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
}

impl serde::Serialize for TranscriptionStarted {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("transcriptionUpdate", &self.transcription_update);
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for TranscriptionStarted {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = TranscriptionStarted;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `TranscriptionStarted` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<TranscriptionUpdate> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<String> = None;
                let mut field_5: Option<ResultInformation> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "transcriptionUpdate" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(TranscriptionStarted {
                    transcription_update: field_0,
                    call_connection_id: field_1,
                    server_call_id: field_2,
                    correlation_id: field_3,
                    operation_context: field_4,
                    result_information: field_5,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The status of transcription.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TranscriptionStatus {
    /// `transcriptionStarted`
    TranscriptionStarted,
    /// `transcriptionFailed`
    TranscriptionFailed,
    /// `transcriptionResumed`
    TranscriptionResumed,
    /// `transcriptionUpdated`
    TranscriptionUpdated,
    /// `transcriptionStopped`
    TranscriptionStopped,
    /// `unspecifiedError`
    UnspecifiedError,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl TranscriptionStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TranscriptionStarted => "transcriptionStarted",
            Self::TranscriptionFailed => "transcriptionFailed",
            Self::TranscriptionResumed => "transcriptionResumed",
            Self::TranscriptionUpdated => "transcriptionUpdated",
            Self::TranscriptionStopped => "transcriptionStopped",
            Self::UnspecifiedError => "unspecifiedError",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for TranscriptionStatus {
    fn from(value: &str) -> Self {
        match value {
            "transcriptionStarted" => Self::TranscriptionStarted,
            "transcriptionFailed" => Self::TranscriptionFailed,
            "transcriptionResumed" => Self::TranscriptionResumed,
            "transcriptionUpdated" => Self::TranscriptionUpdated,
            "transcriptionStopped" => Self::TranscriptionStopped,
            "unspecifiedError" => Self::UnspecifiedError,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for TranscriptionStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "transcriptionStarted" => Self::TranscriptionStarted,
            "transcriptionFailed" => Self::TranscriptionFailed,
            "transcriptionResumed" => Self::TranscriptionResumed,
            "transcriptionUpdated" => Self::TranscriptionUpdated,
            "transcriptionStopped" => Self::TranscriptionStopped,
            "unspecifiedError" => Self::UnspecifiedError,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for TranscriptionStatus {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for TranscriptionStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for TranscriptionStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for TranscriptionStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// Why transcription has its status.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TranscriptionStatusDetails {
    /// `subscriptionStarted`
    SubscriptionStarted,
    /// `streamConnectionReestablished`
    StreamConnectionReestablished,
    /// `streamConnectionUnsuccessful`
    StreamConnectionUnsuccessful,
    /// `streamUrlMissing`
    StreamUrlMissing,
    /// `serviceShutdown`
    ServiceShutdown,
    /// `streamConnectionInterrupted`
    StreamConnectionInterrupted,
    /// `speechServicesConnectionError`
    SpeechServicesConnectionError,
    /// `subscriptionStopped`
    SubscriptionStopped,
    /// `unspecifiedError`
    UnspecifiedError,
    /// `authenticationFailure`
    AuthenticationFailure,
    /// `badRequest`
    BadRequest,
    /// `tooManyRequests`
    TooManyRequests,
    /// `forbidden`
    Forbidden,
    /// `serviceTimeout`
    ServiceTimeout,
    /// `transcriptionLocaleUpdated`
    TranscriptionLocaleUpdated,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl TranscriptionStatusDetails {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SubscriptionStarted => "subscriptionStarted",
            Self::StreamConnectionReestablished => "streamConnectionReestablished",
            Self::StreamConnectionUnsuccessful => "streamConnectionUnsuccessful",
            Self::StreamUrlMissing => "streamUrlMissing",
            Self::ServiceShutdown => "serviceShutdown",
            Self::StreamConnectionInterrupted => "streamConnectionInterrupted",
            Self::SpeechServicesConnectionError => "speechServicesConnectionError",
            Self::SubscriptionStopped => "subscriptionStopped",
            Self::UnspecifiedError => "unspecifiedError",
            Self::AuthenticationFailure => "authenticationFailure",
            Self::BadRequest => "badRequest",
            Self::TooManyRequests => "tooManyRequests",
            Self::Forbidden => "forbidden",
            Self::ServiceTimeout => "serviceTimeout",
            Self::TranscriptionLocaleUpdated => "transcriptionLocaleUpdated",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for TranscriptionStatusDetails {
    fn from(value: &str) -> Self {
        match value {
            "subscriptionStarted" => Self::SubscriptionStarted,
            "streamConnectionReestablished" => Self::StreamConnectionReestablished,
            "streamConnectionUnsuccessful" => Self::StreamConnectionUnsuccessful,
            "streamUrlMissing" => Self::StreamUrlMissing,
            "serviceShutdown" => Self::ServiceShutdown,
            "streamConnectionInterrupted" => Self::StreamConnectionInterrupted,
            "speechServicesConnectionError" => Self::SpeechServicesConnectionError,
            "subscriptionStopped" => Self::SubscriptionStopped,
            "unspecifiedError" => Self::UnspecifiedError,
            "authenticationFailure" => Self::AuthenticationFailure,
            "badRequest" => Self::BadRequest,
            "tooManyRequests" => Self::TooManyRequests,
            "forbidden" => Self::Forbidden,
            "serviceTimeout" => Self::ServiceTimeout,
            "transcriptionLocaleUpdated" => Self::TranscriptionLocaleUpdated,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for TranscriptionStatusDetails {
    fn from(value: String) -> Self {
        match value.as_str() {
            "subscriptionStarted" => Self::SubscriptionStarted,
            "streamConnectionReestablished" => Self::StreamConnectionReestablished,
            "streamConnectionUnsuccessful" => Self::StreamConnectionUnsuccessful,
            "streamUrlMissing" => Self::StreamUrlMissing,
            "serviceShutdown" => Self::ServiceShutdown,
            "streamConnectionInterrupted" => Self::StreamConnectionInterrupted,
            "speechServicesConnectionError" => Self::SpeechServicesConnectionError,
            "subscriptionStopped" => Self::SubscriptionStopped,
            "unspecifiedError" => Self::UnspecifiedError,
            "authenticationFailure" => Self::AuthenticationFailure,
            "badRequest" => Self::BadRequest,
            "tooManyRequests" => Self::TooManyRequests,
            "forbidden" => Self::Forbidden,
            "serviceTimeout" => Self::ServiceTimeout,
            "transcriptionLocaleUpdated" => Self::TranscriptionLocaleUpdated,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for TranscriptionStatusDetails {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for TranscriptionStatusDetails {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for TranscriptionStatusDetails {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for TranscriptionStatusDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// Event: transcription stopped.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TranscriptionStopped {
    /// What changed in transcription.
    pub transcription_update: Option<TranscriptionUpdate>,
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
}

impl serde::Serialize for TranscriptionStopped {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("transcriptionUpdate", &self.transcription_update);
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for TranscriptionStopped {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = TranscriptionStopped;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `TranscriptionStopped` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<TranscriptionUpdate> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<String> = None;
                let mut field_5: Option<ResultInformation> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "transcriptionUpdate" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(TranscriptionStopped {
                    transcription_update: field_0,
                    call_connection_id: field_1,
                    server_call_id: field_2,
                    correlation_id: field_3,
                    operation_context: field_4,
                    result_information: field_5,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The call's transcription.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TranscriptionSubscription {
    /// The id of the transcription subscription.
    pub id: Option<String>,
    /// The `state` property.
    pub state: Option<TranscriptionSubscriptionState>,
    /// The kinds of results sent.
    pub subscribed_result_types: Option<Vec<TranscriptionResultType>>,
    /// The locale of the speech, for example `en-US`.
    pub locale: Option<String>,
}

impl serde::Serialize for TranscriptionSubscription {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("id", &self.id);
        map.optional("state", &self.state);
        map.optional("subscribedResultTypes", &self.subscribed_result_types);
        map.optional("locale", &self.locale);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for TranscriptionSubscription {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = TranscriptionSubscription;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `TranscriptionSubscription` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<TranscriptionSubscriptionState> = None;
                let mut field_2: Option<Vec<TranscriptionResultType>> = None;
                let mut field_3: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "id" => super::runtime::read_or_null(&mut map, &mut field_0),
                        "state" => super::runtime::read_or_null(&mut map, &mut field_1),
                        "subscribedResultTypes" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "locale" => super::runtime::read_or_null(&mut map, &mut field_3),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(TranscriptionSubscription {
                    id: field_0,
                    state: field_1,
                    subscribed_result_types: field_2,
                    locale: field_3,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Whether transcription is set up and running.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TranscriptionSubscriptionState {
    /// `disabled`
    Disabled,
    /// `inactive`
    Inactive,
    /// `active`
    Active,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl TranscriptionSubscriptionState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "disabled",
            Self::Inactive => "inactive",
            Self::Active => "active",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for TranscriptionSubscriptionState {
    fn from(value: &str) -> Self {
        match value {
            "disabled" => Self::Disabled,
            "inactive" => Self::Inactive,
            "active" => Self::Active,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for TranscriptionSubscriptionState {
    fn from(value: String) -> Self {
        match value.as_str() {
            "disabled" => Self::Disabled,
            "inactive" => Self::Inactive,
            "active" => Self::Active,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for TranscriptionSubscriptionState {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for TranscriptionSubscriptionState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for TranscriptionSubscriptionState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for TranscriptionSubscriptionState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// A change of transcription.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TranscriptionUpdate {
    /// The `transcriptionStatus` property.
    pub transcription_status: Option<TranscriptionStatus>,
    /// The `transcriptionStatusDetails` property.
    pub transcription_status_details: Option<TranscriptionStatusDetails>,
}

impl serde::Serialize for TranscriptionUpdate {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("transcriptionStatus", &self.transcription_status);
        map.optional("transcriptionStatusDetails", &self.transcription_status_details);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for TranscriptionUpdate {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = TranscriptionUpdate;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `TranscriptionUpdate` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<TranscriptionStatus> = None;
                let mut field_1: Option<TranscriptionStatusDetails> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "transcriptionStatus" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "transcriptionStatusDetails" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(TranscriptionUpdate {
                    transcription_status: field_0,
                    transcription_status_details: field_1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Event: transcription settings changed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TranscriptionUpdated {
    /// What changed in transcription.
    pub transcription_update: Option<TranscriptionUpdate>,
    /// The id of the call connection.
    pub call_connection_id: Option<String>,
    /// The service's id of the call, shared by every call connection of the call.
    pub server_call_id: Option<String>,
    /// The id that ties together everything about the call, for support requests.
    pub correlation_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The outcome: a code, a sub-code and a message.
    pub result_information: Option<ResultInformation>,
}

impl serde::Serialize for TranscriptionUpdated {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("transcriptionUpdate", &self.transcription_update);
        map.optional("callConnectionId", &self.call_connection_id);
        map.optional("serverCallId", &self.server_call_id);
        map.optional("correlationId", &self.correlation_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("resultInformation", &self.result_information);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for TranscriptionUpdated {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = TranscriptionUpdated;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `TranscriptionUpdated` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<TranscriptionUpdate> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<String> = None;
                let mut field_5: Option<ResultInformation> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "transcriptionUpdate" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "callConnectionId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "serverCallId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "correlationId" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "resultInformation" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(TranscriptionUpdated {
                    transcription_update: field_0,
                    call_connection_id: field_1,
                    server_call_id: field_2,
                    correlation_id: field_3,
                    operation_context: field_4,
                    result_information: field_5,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The answer to a transfer request.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TransferCallResponse {
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
}

impl serde::Serialize for TransferCallResponse {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("operationContext", &self.operation_context);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for TransferCallResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = TransferCallResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `TransferCallResponse` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(TransferCallResponse {
                    operation_context: field_0,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// What `TransferToParticipant` needs.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TransferToParticipantRequest {
    /// The participant the action applies to.
    pub target_participant: crate::CommunicationIdentifier,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// The participant being transferred, in a group call.
    pub transferee: Option<crate::CommunicationIdentifier>,
    /// A callback URI for this action only, overriding the one set when the call was created or answered. When absent, that default callback URI is used.
    pub operation_callback_uri: Option<String>,
    /// Headers passed on to the participant being called.
    pub custom_calling_context: Option<CustomCallingContext>,
    /// The phone number shown as the caller to phone participants.
    pub source_caller_id_number: Option<PhoneNumberIdentifierModel>,
}

impl TransferToParticipantRequest {
    /// A `TransferToParticipantRequest` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(target_participant: impl Into<crate::CommunicationIdentifier>) -> Self {
        Self {
            target_participant: target_participant.into(),
            operation_context: None,
            transferee: None,
            operation_callback_uri: None,
            custom_calling_context: None,
            source_caller_id_number: None,
        }
    }
}

impl serde::Serialize for TransferToParticipantRequest {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("targetParticipant", &self.target_participant);
        map.optional("operationContext", &self.operation_context);
        map.optional("transferee", &self.transferee);
        map.optional("operationCallbackUri", &self.operation_callback_uri);
        map.optional("customCallingContext", &self.custom_calling_context);
        map.optional("sourceCallerIdNumber", &self.source_caller_id_number);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for TransferToParticipantRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = TransferToParticipantRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `TransferToParticipantRequest` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<crate::CommunicationIdentifier> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<crate::CommunicationIdentifier> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<CustomCallingContext> = None;
                let mut field_5: Option<PhoneNumberIdentifierModel> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "targetParticipant" => {
                            super::runtime::read(&mut map, &mut field_0)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "transferee" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationCallbackUri" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "customCallingContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "sourceCallerIdNumber" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(TransferToParticipantRequest {
                            target_participant: field_0,
                            operation_context: field_1,
                            transferee: field_2,
                            operation_callback_uri: field_3,
                            custom_calling_context: field_4,
                            source_caller_id_number: field_5,
                        })
                    }
                    (field_0,) => {
                        Err(
                            super::runtime::missing(
                                &[field_0.is_some()],
                                &["targetParticipant"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The request to take a participant of the call off hold.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UnholdRequest {
    /// The participant the action applies to.
    pub target_participant: crate::CommunicationIdentifier,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// A callback URI for this action only, overriding the one set when the call was created or answered. When absent, that default callback URI is used.
    pub operation_callback_uri: Option<String>,
}

impl UnholdRequest {
    /// A `UnholdRequest` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(target_participant: impl Into<crate::CommunicationIdentifier>) -> Self {
        Self {
            target_participant: target_participant.into(),
            operation_context: None,
            operation_callback_uri: None,
        }
    }
}

impl serde::Serialize for UnholdRequest {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("targetParticipant", &self.target_participant);
        map.optional("operationContext", &self.operation_context);
        map.optional("operationCallbackUri", &self.operation_callback_uri);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UnholdRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = UnholdRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `UnholdRequest` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<crate::CommunicationIdentifier> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "targetParticipant" => {
                            super::runtime::read(&mut map, &mut field_0)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "operationCallbackUri" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(UnholdRequest {
                            target_participant: field_0,
                            operation_context: field_1,
                            operation_callback_uri: field_2,
                        })
                    }
                    (field_0,) => {
                        Err(
                            super::runtime::missing(
                                &[field_0.is_some()],
                                &["targetParticipant"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// What `UpdateTranscription` needs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateTranscriptionRequest {
    /// The locale of the speech, for example `en-US`.
    pub locale: Option<String>,
    /// The endpoint id of a custom speech model.
    pub speech_model_endpoint_id: Option<String>,
    /// A value of the caller's choosing, echoed back in the events that report the outcome, to tie this request to those events.
    pub operation_context: Option<String>,
    /// A callback URI for this action only, overriding the one set when the call was created or answered. When absent, that default callback URI is used.
    pub operation_callback_uri: Option<String>,
}

impl serde::Serialize for UpdateTranscriptionRequest {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("locale", &self.locale);
        map.optional("speechModelEndpointId", &self.speech_model_endpoint_id);
        map.optional("operationContext", &self.operation_context);
        map.optional("operationCallbackUri", &self.operation_callback_uri);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UpdateTranscriptionRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = UpdateTranscriptionRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `UpdateTranscriptionRequest` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "locale" => super::runtime::read_or_null(&mut map, &mut field_0),
                        "speechModelEndpointId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "operationCallbackUri" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(UpdateTranscriptionRequest {
                    locale: field_0,
                    speech_model_endpoint_id: field_1,
                    operation_context: field_2,
                    operation_callback_uri: field_3,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The kind of synthesized voice.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VoiceKind {
    /// `male`
    Male,
    /// `female`
    Female,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl VoiceKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Male => "male",
            Self::Female => "female",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for VoiceKind {
    fn from(value: &str) -> Self {
        match value {
            "male" => Self::Male,
            "female" => Self::Female,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for VoiceKind {
    fn from(value: String) -> Self {
        match value.as_str() {
            "male" => Self::Male,
            "female" => Self::Female,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for VoiceKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for VoiceKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for VoiceKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for VoiceKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// Media streaming to a WebSocket server.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
///
/// Always written with `transportType` `"websocket"` (its discriminator).
pub struct WebSocketMediaStreamingOptions {
    /// The URL of the server the data is sent to.
    pub transport_url: Option<String>,
    /// The `contentType` property.
    pub content_type: Option<MediaStreamingContentType>,
    /// Whether streaming starts as soon as the call is connected.
    pub start_media_streaming: Option<bool>,
    /// Whether the server may also send audio into the call.
    pub enable_bidirectional: Option<bool>,
    /// The `audioFormat` property.
    pub audio_format: Option<AudioFormat>,
    /// Whether DTMF tones are streamed too.
    pub enable_dtmf_tones: Option<bool>,
    /// The `audioChannelType` property.
    pub audio_channel_type: MediaStreamingAudioChannelType,
}

impl WebSocketMediaStreamingOptions {
    /// A `WebSocketMediaStreamingOptions` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(audio_channel_type: impl Into<MediaStreamingAudioChannelType>) -> Self {
        Self {
            transport_url: None,
            content_type: None,
            start_media_streaming: None,
            enable_bidirectional: None,
            audio_format: None,
            enable_dtmf_tones: None,
            audio_channel_type: audio_channel_type.into(),
        }
    }
}

impl serde::Serialize for WebSocketMediaStreamingOptions {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("transportType", "websocket");
        map.optional("transportUrl", &self.transport_url);
        map.optional("contentType", &self.content_type);
        map.optional("startMediaStreaming", &self.start_media_streaming);
        map.optional("enableBidirectional", &self.enable_bidirectional);
        map.optional("audioFormat", &self.audio_format);
        map.optional("enableDtmfTones", &self.enable_dtmf_tones);
        map.entry("audioChannelType", &self.audio_channel_type);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for WebSocketMediaStreamingOptions {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = WebSocketMediaStreamingOptions;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `WebSocketMediaStreamingOptions` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<MediaStreamingContentType> = None;
                let mut field_2: Option<bool> = None;
                let mut field_3: Option<bool> = None;
                let mut field_4: Option<AudioFormat> = None;
                let mut field_5: Option<bool> = None;
                let mut field_6: Option<MediaStreamingAudioChannelType> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "transportUrl" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "contentType" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "startMediaStreaming" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "enableBidirectional" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "audioFormat" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "enableDtmfTones" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        "audioChannelType" => {
                            super::runtime::read(&mut map, &mut field_6)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_6,) {
                    (Some(field_6),) => {
                        Ok(WebSocketMediaStreamingOptions {
                            transport_url: field_0,
                            content_type: field_1,
                            start_media_streaming: field_2,
                            enable_bidirectional: field_3,
                            audio_format: field_4,
                            enable_dtmf_tones: field_5,
                            audio_channel_type: field_6,
                        })
                    }
                    (field_6,) => {
                        Err(
                            super::runtime::missing(
                                &[field_6.is_some()],
                                &["audioChannelType"],
                            ),
                        )
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Transcription sent to a WebSocket server.
#[derive(Debug, Clone, PartialEq, Default)]
///
/// Always written with `transportType` `"websocket"` (its discriminator).
pub struct WebSocketTranscriptionOptions {
    /// The URL of the server the data is sent to.
    pub transport_url: Option<String>,
    /// The endpoint id of a custom speech model.
    pub speech_model_endpoint_id: Option<String>,
    /// Whether transcription starts as soon as the call is connected.
    pub start_transcription: Option<bool>,
    /// Whether results are also sent while a phrase is still being spoken.
    pub enable_intermediate_results: Option<bool>,
    /// The locale of the speech, for example `en-US`.
    pub locale: String,
}

impl WebSocketTranscriptionOptions {
    /// A `WebSocketTranscriptionOptions` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(locale: impl Into<String>) -> Self {
        Self {
            transport_url: None,
            speech_model_endpoint_id: None,
            start_transcription: None,
            enable_intermediate_results: None,
            locale: locale.into(),
        }
    }
}

impl serde::Serialize for WebSocketTranscriptionOptions {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("transportType", "websocket");
        map.optional("transportUrl", &self.transport_url);
        map.optional("speechModelEndpointId", &self.speech_model_endpoint_id);
        map.optional("startTranscription", &self.start_transcription);
        map.optional("enableIntermediateResults", &self.enable_intermediate_results);
        map.entry("locale", &self.locale);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for WebSocketTranscriptionOptions {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = WebSocketTranscriptionOptions;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `WebSocketTranscriptionOptions` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<bool> = None;
                let mut field_3: Option<bool> = None;
                let mut field_4: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "transportUrl" => {
                            super::runtime::read_or_null(&mut map, &mut field_0)
                        }
                        "speechModelEndpointId" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "startTranscription" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "enableIntermediateResults" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "locale" => super::runtime::read(&mut map, &mut field_4),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_4,) {
                    (Some(field_4),) => {
                        Ok(WebSocketTranscriptionOptions {
                            transport_url: field_0,
                            speech_model_endpoint_id: field_1,
                            start_transcription: field_2,
                            enable_intermediate_results: field_3,
                            locale: field_4,
                        })
                    }
                    (field_4,) => {
                        Err(super::runtime::missing(&[field_4.is_some()], &["locale"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

impl super::error::ErrorBody for CommunicationErrorResponse {
    fn code(&self) -> Option<&str> {
        let value = self;
        let value = &value.error;
        Some(value.code.as_str())
    }

    fn message(&self) -> Option<&str> {
        let value = self;
        let value = &value.error;
        Some(value.message.as_str())
    }
}
