//! The requests the official Python SDK (azure-communication-callautomation 1.6.0) sent for each
//! operation's example inputs at its default api-version, 2026-03-12, and how to make the same
//! call with this crate; shared by the conformance test and the wire snapshots. (At 2025-05-15
//! the SDK sent the same bytes for the 33 operations that version has, `?api-version=` aside.)
#![allow(dead_code)] // Each test file uses its own share of these.

use acs_call_automation::{Client, models};

/// The recording's fake access key (bytes 0 to 63).
pub const KEY: &str =
    "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+Pw==";
pub const CALL_CONNECTION_ID: &str = "18dea47f-b081-4107-9a5c-4300819d2c6c";
pub const USER_DA7: &str =
    "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_da7be3a9-8788-42a6-85c6-56b2cf784fce";
pub const RECORDING_ID: &str = "eyJQbGF0Zm9ybUVuZHBvaW50SWQiOiI4YjlkYmFkMS0xOGFiLTRmODYtYWQ0Yy1jNzVmODA5ODA3NmUiLCJSZXNvdXJjZVNwZWNpZmljSWQiOiI4YjlkYmFkMS0xOGFiLTRmODYtYWQ0Yy1jNzVmODA5ODA3NmUifQ==";

/// What the official SDK sent for one operation.
pub struct Case {
    pub operation: &'static str,
    pub method: &'static str,
    /// Path and query, exactly as sent.
    pub target: &'static str,
    /// Whether it sent `Repeatability-Request-ID` and `Repeatability-First-Sent`.
    pub repeatability: bool,
    /// The status the operation succeeds with.
    pub status: u16,
    pub body: Option<&'static str>,
}

#[rustfmt::skip]
pub const CASES: &[Case] = &[
    Case {
        operation: "CreateCall",
        method: "POST",
        target: "/calling/callConnections?api-version=2026-03-12",
        repeatability: true,
        status: 201,
        body: Some(r#"{"targets": [{"rawId": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_0f50d091-5bd3-448b-884d-44be7037d9b9", "communicationUser": {"id": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_0f50d091-5bd3-448b-884d-44be7037d9b9"}}], "sourceCallerIdNumber": {"value": "+18440123456"}, "sourceDisplayName": "Contoso", "operationContext": "create call", "callbackUri": "https://app.contoso.com/callback", "callIntelligenceOptions": {"cognitiveServicesEndpoint": "https://cognitiveservice.com"}, "mediaStreamingOptions": {"transportType": "websocket", "audioChannelType": "mixed", "transportUrl": "wss://contosowebsocketserver.com/", "contentType": "audio", "startMediaStreaming": true, "enableBidirectional": true, "audioFormat": "pcm16KMono"}, "transcriptionOptions": {"transportType": "websocket", "locale": "en-ca", "transportUrl": "wss://contosowebsocketserver.com/", "startTranscription": true, "enableIntermediateResults": true}}"#),
    },
    Case {
        operation: "AnswerCall",
        method: "POST",
        target: "/calling/callConnections:answer?api-version=2026-03-12",
        repeatability: true,
        status: 200,
        body: Some(r#"{"incomingCallContext": "H4sIAAAAAAAEAMVVS2/bOBD+LzrspaElPiSSBoJFNnvYoNi0aHaBtpcFRQ5t1rIokLRTJ8h/X1J2soHRQ4A9lAdZ4ry+mflm/FhpNQy3PjnrtErOj9XysbLBb8uvM9WyEkul49J2ioEiGhlKADHVKiR7oVDXUGo5tkpa8k8zH9yglhuKuLQNkqLpEMZUNSZLNFfVRWVcnAZ1uFVbyP53EQLOtzCaybsx3ZSgnZFKKk4QgLGIybZFfU8oolIZzFrWGk6yzaDG1U6tYLaBMd9MKiSn3aROjjSRoAUHhG1PEDMdIGFlg4yRUmhChWQsm62dMdl+adUQ4aIKEP0u6KPft6RePV1Uyf/PmmmT5VijnlmMpD7VDLg4r9m4G4azgjWng37weD5nBTt6OS8YlcRyBhpJwD1iggFSbccQJVRJANW1gp4XLCc/uHETS/4qJaXX2dE6pSku61pNbgETMrBfxM1hgsUIqVzWe1Lrqda6iBBpmsXx9ZWW1vUe19aHDZja9pqBMRyBpQyxriVIgNBIGa11D9wy2tWE1Q7np6iPOH51lyXtLRinrsZ4D6FwQmdY28LEKfhV7nX8+XCfkZwAB/gGOv18WEccJ1A7M/0V1BgnHwq0/JmBYSoWEi84XTC+pIyLuszCXPBrPyYY0zPTsv57OBSOxJxoXjXzV3WzJs1D/+X22gy/36m762/vhk8PV5eXOWAm5gZKqDZ5/PCdc2L/vvmjbynGh3fhPus8lVIZFzLI7PBj8BNkOsPMRBc/nURXw+DvIbM7hR3MJnmWdNE6Itt7p2Gr3HAHKblxVcyfsp724x5CnPfizbh36WVDvpaUNIMfhplbb+1Xtp87hhfPr687lq/qB4HD9ec1vN98+OzhQ9Rfp26zKq34BS47ygVtBZdNS3AjMCnb0MU/d0NyH/NEH15WmYu/BZ+7q2L6b1oN9LvVS3se5z+B4w6lWIOSHOl5+rmiSJoOI9b0jZZATMPUD7bsm5ZGjrsKfjfNcb+faPH0LyoNW7KCBgAA", "callbackUri": "https://app.contoso.com/callback", "operationContext": "operationContext", "callIntelligenceOptions": {"cognitiveServicesEndpoint": "https://cognitiveservice.com"}, "mediaStreamingOptions": {"transportType": "websocket", "audioChannelType": "mixed", "transportUrl": "wss://contosowebsocketserver.com/", "contentType": "audio", "startMediaStreaming": true, "enableBidirectional": true, "audioFormat": "pcm16KMono"}, "transcriptionOptions": {"transportType": "websocket", "locale": "en-ca", "transportUrl": "wss://contosowebsocketserver.com/", "startTranscription": true, "enableIntermediateResults": true}}"#),
    },
    Case {
        operation: "RedirectCall",
        method: "POST",
        target: "/calling/callConnections:redirect?api-version=2026-03-12",
        repeatability: true,
        status: 204,
        body: Some(r#"{"incomingCallContext": "H4sIAAAAAAAEAMVVS2/bOBD+LzrspaElPiSSBoJFNnvYoNi0aHaBtpcFRQ5t1rIokLRTJ8h/X1J2soHRQ4A9lAdZ4ry+mflm/FhpNQy3PjnrtErOj9XysbLBb8uvM9WyEkul49J2ioEiGhlKADHVKiR7oVDXUGo5tkpa8k8zH9yglhuKuLQNkqLpEMZUNSZLNFfVRWVcnAZ1uFVbyP53EQLOtzCaybsx3ZSgnZFKKk4QgLGIybZFfU8oolIZzFrWGk6yzaDG1U6tYLaBMd9MKiSn3aROjjSRoAUHhG1PEDMdIGFlg4yRUmhChWQsm62dMdl+adUQ4aIKEP0u6KPft6RePV1Uyf/PmmmT5VijnlmMpD7VDLg4r9m4G4azgjWng37weD5nBTt6OS8YlcRyBhpJwD1iggFSbccQJVRJANW1gp4XLCc/uHETS/4qJaXX2dE6pSku61pNbgETMrBfxM1hgsUIqVzWe1Lrqda6iBBpmsXx9ZWW1vUe19aHDZja9pqBMRyBpQyxriVIgNBIGa11D9wy2tWE1Q7np6iPOH51lyXtLRinrsZ4D6FwQmdY28LEKfhV7nX8+XCfkZwAB/gGOv18WEccJ1A7M/0V1BgnHwq0/JmBYSoWEi84XTC+pIyLuszCXPBrPyYY0zPTsv57OBSOxJxoXjXzV3WzJs1D/+X22gy/36m762/vhk8PV5eXOWAm5gZKqDZ5/PCdc2L/vvmjbynGh3fhPus8lVIZFzLI7PBj8BNkOsPMRBc/nURXw+DvIbM7hR3MJnmWdNE6Itt7p2Gr3HAHKblxVcyfsp724x5CnPfizbh36WVDvpaUNIMfhplbb+1Xtp87hhfPr687lq/qB4HD9ec1vN98+OzhQ9Rfp26zKq34BS47ygVtBZdNS3AjMCnb0MU/d0NyH/NEH15WmYu/BZ+7q2L6b1oN9LvVS3se5z+B4w6lWIOSHOl5+rmiSJoOI9b0jZZATMPUD7bsm5ZGjrsKfjfNcb+faPH0LyoNW7KCBgAA", "target": {"rawId": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_0f50d091-5bd3-448b-884d-44be7037d9b9", "communicationUser": {"id": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_0f50d091-5bd3-448b-884d-44be7037d9b9"}}}"#),
    },
    Case {
        operation: "RejectCall",
        method: "POST",
        target: "/calling/callConnections:reject?api-version=2026-03-12",
        repeatability: true,
        status: 204,
        body: Some(r#"{"incomingCallContext": "H4sIAAAAAAAEAMVVS2/bOBD+LzrspaElPiSSBoJFNnvYoNi0aHaBtpcFRQ5t1rIokLRTJ8h/X1J2soHRQ4A9lAdZ4ry+mflm/FhpNQy3PjnrtErOj9XysbLBb8uvM9WyEkul49J2ioEiGhlKADHVKiR7oVDXUGo5tkpa8k8zH9yglhuKuLQNkqLpEMZUNSZLNFfVRWVcnAZ1uFVbyP53EQLOtzCaybsx3ZSgnZFKKk4QgLGIybZFfU8oolIZzFrWGk6yzaDG1U6tYLaBMd9MKiSn3aROjjSRoAUHhG1PEDMdIGFlg4yRUmhChWQsm62dMdl+adUQ4aIKEP0u6KPft6RePV1Uyf/PmmmT5VijnlmMpD7VDLg4r9m4G4azgjWng37weD5nBTt6OS8YlcRyBhpJwD1iggFSbccQJVRJANW1gp4XLCc/uHETS/4qJaXX2dE6pSku61pNbgETMrBfxM1hgsUIqVzWe1Lrqda6iBBpmsXx9ZWW1vUe19aHDZja9pqBMRyBpQyxriVIgNBIGa11D9wy2tWE1Q7np6iPOH51lyXtLRinrsZ4D6FwQmdY28LEKfhV7nX8+XCfkZwAB/gGOv18WEccJ1A7M/0V1BgnHwq0/JmBYSoWEi84XTC+pIyLuszCXPBrPyYY0zPTsv57OBSOxJxoXjXzV3WzJs1D/+X22gy/36m762/vhk8PV5eXOWAm5gZKqDZ5/PCdc2L/vvmjbynGh3fhPus8lVIZFzLI7PBj8BNkOsPMRBc/nURXw+DvIbM7hR3MJnmWdNE6Itt7p2Gr3HAHKblxVcyfsp724x5CnPfizbh36WVDvpaUNIMfhplbb+1Xtp87hhfPr687lq/qB4HD9ec1vN98+OzhQ9Rfp26zKq34BS47ygVtBZdNS3AjMCnb0MU/d0NyH/NEH15WmYu/BZ+7q2L6b1oN9LvVS3se5z+B4w6lWIOSHOl5+rmiSJoOI9b0jZZATMPUD7bsm5ZGjrsKfjfNcb+faPH0LyoNW7KCBgAA", "callRejectReason": "busy"}"#),
    },
    Case {
        operation: "Connect",
        method: "POST",
        target: "/calling/callConnections:connect?api-version=2026-03-12",
        repeatability: true,
        status: 200,
        body: Some(r#"{"callLocator": {"roomId": "99434917639286209", "kind": "roomCallLocator"}, "callbackUri": "https://contoso.communications.azure.com/callback", "operationContext": "connect", "callIntelligenceOptions": {"cognitiveServicesEndpoint": "https://cognitiveservice.com"}, "mediaStreamingOptions": {"transportType": "websocket", "audioChannelType": "mixed", "transportUrl": "wss://contosowebsocketserver.com/", "contentType": "audio", "startMediaStreaming": true, "enableBidirectional": true, "audioFormat": "pcm16KMono"}, "transcriptionOptions": {"transportType": "websocket", "locale": "en-ca", "transportUrl": "wss://contosowebsocketserver.com/", "startTranscription": true, "enableIntermediateResults": true}}"#),
    },
    Case {
        operation: "CallConnection_GetCall",
        method: "GET",
        target: "/calling/callConnections/18dea47f-b081-4107-9a5c-4300819d2c6c?api-version=2026-03-12",
        repeatability: false,
        status: 200,
        body: None,
    },
    Case {
        operation: "CallConnection_HangupCall",
        method: "DELETE",
        target: "/calling/callConnections/18dea47f-b081-4107-9a5c-4300819d2c6c?api-version=2026-03-12",
        repeatability: false,
        status: 204,
        body: None,
    },
    Case {
        operation: "CallConnection_TerminateCall",
        method: "POST",
        target: "/calling/callConnections/18dea47f-b081-4107-9a5c-4300819d2c6c:terminate?api-version=2026-03-12",
        repeatability: true,
        status: 204,
        body: None,
    },
    Case {
        operation: "CallConnection_TransferToParticipant",
        method: "POST",
        target: "/calling/callConnections/18dea47f-b081-4107-9a5c-4300819d2c6c:transferToParticipant?api-version=2026-03-12",
        repeatability: true,
        status: 202,
        body: Some(r#"{"targetParticipant": {"rawId": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_da7be3a9-8788-42a6-85c6-56b2cf784fce", "communicationUser": {"id": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_da7be3a9-8788-42a6-85c6-56b2cf784fce"}}, "operationContext": "trasferring call", "transferee": {"rawId": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_ae9e3307-f56e-44be-8934-80a63f080538", "communicationUser": {"id": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_ae9e3307-f56e-44be-8934-80a63f080538"}}, "operationCallbackUri": "https://app.contoso.com/callback", "customCallingContext": {"sipHeaders": {"X-MS-Custom-capture": "all-operations"}}}"#),
    },
    Case {
        operation: "CallMedia_Play",
        method: "POST",
        target: "/calling/callConnections/18dea47f-b081-4107-9a5c-4300819d2c6c:play?api-version=2026-03-12",
        repeatability: false,
        status: 202,
        body: Some(r#"{"playSources": [{"kind": "file", "playSourceCacheId": "string", "file": {"uri": "https://some.file.azure.com/sample.wav"}}], "playTo": [{"rawId": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_ae9e3307-f56e-44be-8934-80a63f080538", "communicationUser": {"id": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_ae9e3307-f56e-44be-8934-80a63f080538"}}], "interruptCallMediaOperation": false, "playOptions": {"loop": true}, "operationCallbackUri": "https://app.contoso.com/callback"}"#),
    },
    Case {
        operation: "CallMedia_StartTranscription",
        method: "POST",
        target: "/calling/callConnections/18dea47f-b081-4107-9a5c-4300819d2c6c:startTranscription?api-version=2026-03-12",
        repeatability: false,
        status: 202,
        body: Some(r#"{"locale": "en-US", "operationContext": "start transcription", "operationCallbackUri": "https://app.contoso.com/callback"}"#),
    },
    Case {
        operation: "CallMedia_StopTranscription",
        method: "POST",
        target: "/calling/callConnections/18dea47f-b081-4107-9a5c-4300819d2c6c:stopTranscription?api-version=2026-03-12",
        repeatability: false,
        status: 202,
        body: Some(r#"{"operationContext": "stop transcription", "operationCallbackUri": "https://app.contoso.com/callback"}"#),
    },
    Case {
        operation: "CallMedia_UpdateTranscription",
        method: "POST",
        target: "/calling/callConnections/18dea47f-b081-4107-9a5c-4300819d2c6c:updateTranscription?api-version=2026-03-12",
        repeatability: false,
        status: 202,
        body: Some(r#"{"locale": "en-us", "operationContext": "update transcription", "operationCallbackUri": "https://app.contoso.com/callback"}"#),
    },
    Case {
        operation: "CallMedia_CancelAllMediaOperations",
        method: "POST",
        target: "/calling/callConnections/18dea47f-b081-4107-9a5c-4300819d2c6c:cancelAllMediaOperations?api-version=2026-03-12",
        repeatability: false,
        status: 202,
        body: None,
    },
    Case {
        operation: "CallMedia_Recognize",
        method: "POST",
        target: "/calling/callConnections/18dea47f-b081-4107-9a5c-4300819d2c6c:recognize?api-version=2026-03-12",
        repeatability: false,
        status: 202,
        body: Some(r#"{"recognizeInputType": "dtmf", "playPrompt": {"kind": "file", "file": {"uri": "https://some.file.azure.com/sample.wav"}}, "interruptCallMediaOperation": false, "recognizeOptions": {"interruptPrompt": true, "initialSilenceTimeoutInSeconds": 5, "targetParticipant": {"rawId": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_da7be3a9-8788-42a6-85c6-56b2cf784fce", "communicationUser": {"id": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_da7be3a9-8788-42a6-85c6-56b2cf784fce"}}, "dtmfOptions": {"interToneTimeoutInSeconds": 3, "maxTonesToCollect": 5, "stopTones": ["pound"]}}, "operationCallbackUri": "https://app.contoso.com/callback"}"#),
    },
    Case {
        operation: "CallMedia_StartContinuousDtmfRecognition",
        method: "POST",
        target: "/calling/callConnections/18dea47f-b081-4107-9a5c-4300819d2c6c:startContinuousDtmfRecognition?api-version=2026-03-12",
        repeatability: false,
        status: 200,
        body: Some(r#"{"targetParticipant": {"rawId": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_da7be3a9-8788-42a6-85c6-56b2cf784fce", "communicationUser": {"id": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_da7be3a9-8788-42a6-85c6-56b2cf784fce"}}}"#),
    },
    Case {
        operation: "CallMedia_StopContinuousDtmfRecognition",
        method: "POST",
        target: "/calling/callConnections/18dea47f-b081-4107-9a5c-4300819d2c6c:stopContinuousDtmfRecognition?api-version=2026-03-12",
        repeatability: false,
        status: 200,
        body: Some(r#"{"targetParticipant": {"rawId": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_da7be3a9-8788-42a6-85c6-56b2cf784fce", "communicationUser": {"id": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_da7be3a9-8788-42a6-85c6-56b2cf784fce"}}, "operationCallbackUri": "https://app.contoso.com/callback"}"#),
    },
    Case {
        operation: "CallMedia_SendDtmfTones",
        method: "POST",
        target: "/calling/callConnections/18dea47f-b081-4107-9a5c-4300819d2c6c:sendDtmfTones?api-version=2026-03-12",
        repeatability: true,
        status: 202,
        body: Some(r#"{"tones": ["zero"], "targetParticipant": {"rawId": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_da7be3a9-8788-42a6-85c6-56b2cf784fce", "communicationUser": {"id": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_da7be3a9-8788-42a6-85c6-56b2cf784fce"}}, "operationContext": "sendDtmf operation context", "operationCallbackUri": "https://app.contoso.com/callback"}"#),
    },
    Case {
        operation: "CallMedia_Hold",
        method: "POST",
        target: "/calling/callConnections/18dea47f-b081-4107-9a5c-4300819d2c6c:hold?api-version=2026-03-12",
        repeatability: false,
        status: 200,
        body: Some(r#"{"targetParticipant": {"rawId": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_0f50d091-5bd3-448b-884d-44be7037d9b9", "communicationUser": {"id": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_0f50d091-5bd3-448b-884d-44be7037d9b9"}}, "playSourceInfo": {"kind": "file", "file": {"uri": "https://some.file.azure.com/sample.wav"}}}"#),
    },
    Case {
        operation: "CallMedia_Unhold",
        method: "POST",
        target: "/calling/callConnections/18dea47f-b081-4107-9a5c-4300819d2c6c:unhold?api-version=2026-03-12",
        repeatability: false,
        status: 200,
        body: Some(r#"{"targetParticipant": {"rawId": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_0f50d091-5bd3-448b-884d-44be7037d9b9", "communicationUser": {"id": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_0f50d091-5bd3-448b-884d-44be7037d9b9"}}}"#),
    },
    Case {
        operation: "CallMedia_StartMediaStreaming",
        method: "POST",
        target: "/calling/callConnections/18dea47f-b081-4107-9a5c-4300819d2c6c:startMediaStreaming?api-version=2026-03-12",
        repeatability: false,
        status: 202,
        body: Some(r#"{}"#),
    },
    Case {
        operation: "CallMedia_StopMediaStreaming",
        method: "POST",
        target: "/calling/callConnections/18dea47f-b081-4107-9a5c-4300819d2c6c:stopMediaStreaming?api-version=2026-03-12",
        repeatability: false,
        status: 202,
        body: Some(r#"{}"#),
    },
    Case {
        operation: "CallConnection_GetParticipants",
        method: "GET",
        target: "/calling/callConnections/18dea47f-b081-4107-9a5c-4300819d2c6c/participants?api-version=2026-03-12",
        repeatability: false,
        status: 200,
        body: None,
    },
    Case {
        operation: "CallConnection_AddParticipant",
        method: "POST",
        target: "/calling/callConnections/18dea47f-b081-4107-9a5c-4300819d2c6c/participants:add?api-version=2026-03-12",
        repeatability: true,
        status: 202,
        body: Some(r#"{"sourceCallerIdNumber": {"value": "+18440123456"}, "participantToAdd": {"rawId": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_ae9e3307-f56e-44be-8934-80a63f080538", "communicationUser": {"id": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_ae9e3307-f56e-44be-8934-80a63f080538"}}, "invitationTimeoutInSeconds": 30, "operationContext": "adding participant", "operationCallbackUri": "https://app.contoso.com/callback", "customCallingContext": {"voipHeaders": {"x-capture": "all-operations"}}}"#),
    },
    Case {
        operation: "CallConnection_RemoveParticipant",
        method: "POST",
        target: "/calling/callConnections/18dea47f-b081-4107-9a5c-4300819d2c6c/participants:remove?api-version=2026-03-12",
        repeatability: true,
        status: 202,
        body: Some(r#"{"participantToRemove": {"rawId": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_ae9e3307-f56e-44be-8934-80a63f080538", "communicationUser": {"id": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_ae9e3307-f56e-44be-8934-80a63f080538"}}, "operationContext": "removing participant", "operationCallbackUri": "https://app.contoso.com/callback"}"#),
    },
    Case {
        operation: "CallConnection_Mute",
        method: "POST",
        target: "/calling/callConnections/18dea47f-b081-4107-9a5c-4300819d2c6c/participants:mute?api-version=2026-03-12",
        repeatability: true,
        status: 200,
        body: Some(r#"{"targetParticipants": [{"rawId": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_da7be3a9-8788-42a6-85c6-56b2cf784fce", "communicationUser": {"id": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_da7be3a9-8788-42a6-85c6-56b2cf784fce"}}], "operationContext": "mute participant"}"#),
    },
    Case {
        operation: "CallConnection_CancelAddParticipant",
        method: "POST",
        target: "/calling/callConnections/18dea47f-b081-4107-9a5c-4300819d2c6c/participants:cancelAddParticipant?api-version=2026-03-12",
        repeatability: true,
        status: 202,
        body: Some(r#"{"invitationId": "7b4244f8-d2ff-46d1-a629-4f9fb5f73d40", "operationContext": "cancelling add participant", "operationCallbackUri": "https://app.contoso.com/callback"}"#),
    },
    Case {
        operation: "CallConnection_MoveParticipants",
        method: "POST",
        target: "/calling/callConnections/18dea47f-b081-4107-9a5c-4300819d2c6c/participants:moveHere?api-version=2026-03-12",
        repeatability: true,
        status: 202,
        body: Some(r#"{"targetParticipants": [{"rawId": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_ae9e3307-f56e-44be-8934-80a63f080538", "communicationUser": {"id": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_ae9e3307-f56e-44be-8934-80a63f080538"}}], "operationContext": "move participants", "operationCallbackUri": "https://app.contoso.com/callback", "fromCall": "aHR0cHM6Ly9jb252ZXJzYXRpb251cmwvdGVzdA"}"#),
    },
    Case {
        operation: "CallConnection_GetParticipant",
        method: "GET",
        target: "/calling/callConnections/18dea47f-b081-4107-9a5c-4300819d2c6c/participants/8%3Aacs%3Ab9614373-fd0b-480c-8fd2-cb58b70eab9f_da7be3a9-8788-42a6-85c6-56b2cf784fce?api-version=2026-03-12",
        repeatability: false,
        status: 200,
        body: None,
    },
    Case {
        operation: "CallRecording_StartRecording",
        method: "POST",
        target: "/calling/recordings?api-version=2026-03-12",
        repeatability: true,
        status: 200,
        body: Some(r#"{"callLocator": {"serverCallId": "aHR0cHM6Ly9za3lwZS5uZXQvYXBpL3YyL2NwL3NreXBlLm5ldC9jb252LzFQd3ZKMTcxZFI/aT0wJmU9NzU3NzA4NzU3OQ==", "kind": "serverCallLocator"}, "recordingStateCallbackUri": "https://contoso.communications.azure.com/callback", "channelAffinity": [], "pauseOnStart": true, "externalStorage": {"recordingStorageKind": "azureBlobStorage", "recordingDestinationContainerUrl": "https://contoso.blob.core.windows.net/recordings"}}"#),
    },
    Case {
        operation: "CallRecording_GetRecordingProperties",
        method: "GET",
        target: "/calling/recordings/eyJQbGF0Zm9ybUVuZHBvaW50SWQiOiI4YjlkYmFkMS0xOGFiLTRmODYtYWQ0Yy1jNzVmODA5ODA3NmUiLCJSZXNvdXJjZVNwZWNpZmljSWQiOiI4YjlkYmFkMS0xOGFiLTRmODYtYWQ0Yy1jNzVmODA5ODA3NmUifQ%3D%3D?api-version=2026-03-12",
        repeatability: false,
        status: 200,
        body: None,
    },
    Case {
        operation: "CallRecording_StopRecording",
        method: "DELETE",
        target: "/calling/recordings/eyJQbGF0Zm9ybUVuZHBvaW50SWQiOiI4YjlkYmFkMS0xOGFiLTRmODYtYWQ0Yy1jNzVmODA5ODA3NmUiLCJSZXNvdXJjZVNwZWNpZmljSWQiOiI4YjlkYmFkMS0xOGFiLTRmODYtYWQ0Yy1jNzVmODA5ODA3NmUifQ%3D%3D?api-version=2026-03-12",
        repeatability: false,
        status: 204,
        body: None,
    },
    Case {
        operation: "CallRecording_PauseRecording",
        method: "POST",
        target: "/calling/recordings/eyJQbGF0Zm9ybUVuZHBvaW50SWQiOiI4YjlkYmFkMS0xOGFiLTRmODYtYWQ0Yy1jNzVmODA5ODA3NmUiLCJSZXNvdXJjZVNwZWNpZmljSWQiOiI4YjlkYmFkMS0xOGFiLTRmODYtYWQ0Yy1jNzVmODA5ODA3NmUifQ%3D%3D:pause?api-version=2026-03-12",
        repeatability: false,
        status: 202,
        body: None,
    },
    Case {
        operation: "CallRecording_ResumeRecording",
        method: "POST",
        target: "/calling/recordings/eyJQbGF0Zm9ybUVuZHBvaW50SWQiOiI4YjlkYmFkMS0xOGFiLTRmODYtYWQ0Yy1jNzVmODA5ODA3NmUiLCJSZXNvdXJjZVNwZWNpZmljSWQiOiI4YjlkYmFkMS0xOGFiLTRmODYtYWQ0Yy1jNzVmODA5ODA3NmUifQ%3D%3D:resume?api-version=2026-03-12",
        repeatability: false,
        status: 202,
        body: None,
    },
];

/// The case's body as the operation's request model.
fn body<T: serde::de::DeserializeOwned>(case: &Case) -> T {
    serde_json::from_str(case.body.expect("the operation has a body")).expect("the model reads it")
}

fn done<T, E: std::fmt::Debug>(result: Result<T, E>) -> Result<(), String> {
    result.map(drop).map_err(|e| format!("{e:?}"))
}

/// Calls the case's operation with the case's inputs.
pub async fn call(client: &Client, case: &Case) -> Result<(), String> {
    match case.operation {
        "CreateCall" => done(
            client
                .create_call(&body::<models::CreateCallRequest>(case), None)
                .await,
        ),
        "AnswerCall" => done(
            client
                .answer_call(&body::<models::AnswerCallRequest>(case), None)
                .await,
        ),
        "RedirectCall" => done(
            client
                .redirect_call(&body::<models::RedirectCallRequest>(case), None)
                .await,
        ),
        "RejectCall" => done(
            client
                .reject_call(&body::<models::RejectCallRequest>(case), None)
                .await,
        ),
        "Connect" => done(
            client
                .connect(&body::<models::ConnectRequest>(case), None)
                .await,
        ),
        "CallConnection_GetCall" => done(
            client
                .call_connection_get_call(CALL_CONNECTION_ID, None)
                .await,
        ),
        "CallConnection_HangupCall" => done(
            client
                .call_connection_hangup_call(CALL_CONNECTION_ID, None)
                .await,
        ),
        "CallConnection_TerminateCall" => done(
            client
                .call_connection_terminate_call(CALL_CONNECTION_ID, None)
                .await,
        ),
        "CallConnection_TransferToParticipant" => done(
            client
                .call_connection_transfer_to_participant(
                    CALL_CONNECTION_ID,
                    &body::<models::TransferToParticipantRequest>(case),
                    None,
                )
                .await,
        ),
        "CallMedia_Play" => done(
            client
                .call_media_play(CALL_CONNECTION_ID, &body::<models::PlayRequest>(case), None)
                .await,
        ),
        "CallMedia_StartTranscription" => done(
            client
                .call_media_start_transcription(
                    CALL_CONNECTION_ID,
                    &body::<models::StartTranscriptionRequest>(case),
                    None,
                )
                .await,
        ),
        "CallMedia_StopTranscription" => done(
            client
                .call_media_stop_transcription(
                    CALL_CONNECTION_ID,
                    &body::<models::StopTranscriptionRequest>(case),
                    None,
                )
                .await,
        ),
        "CallMedia_UpdateTranscription" => done(
            client
                .call_media_update_transcription(
                    CALL_CONNECTION_ID,
                    &body::<models::UpdateTranscriptionRequest>(case),
                    None,
                )
                .await,
        ),
        "CallMedia_CancelAllMediaOperations" => done(
            client
                .call_media_cancel_all_media_operations(CALL_CONNECTION_ID, None)
                .await,
        ),
        "CallMedia_Recognize" => done(
            client
                .call_media_recognize(
                    CALL_CONNECTION_ID,
                    &body::<models::RecognizeRequest>(case),
                    None,
                )
                .await,
        ),
        "CallMedia_StartContinuousDtmfRecognition" => done(
            client
                .call_media_start_continuous_dtmf_recognition(
                    CALL_CONNECTION_ID,
                    &body::<models::ContinuousDtmfRecognitionRequest>(case),
                    None,
                )
                .await,
        ),
        "CallMedia_StopContinuousDtmfRecognition" => done(
            client
                .call_media_stop_continuous_dtmf_recognition(
                    CALL_CONNECTION_ID,
                    &body::<models::ContinuousDtmfRecognitionRequest>(case),
                    None,
                )
                .await,
        ),
        "CallMedia_SendDtmfTones" => done(
            client
                .call_media_send_dtmf_tones(
                    CALL_CONNECTION_ID,
                    &body::<models::SendDtmfTonesRequest>(case),
                    None,
                )
                .await,
        ),
        "CallMedia_Hold" => done(
            client
                .call_media_hold(CALL_CONNECTION_ID, &body::<models::HoldRequest>(case), None)
                .await,
        ),
        "CallMedia_Unhold" => done(
            client
                .call_media_unhold(
                    CALL_CONNECTION_ID,
                    &body::<models::UnholdRequest>(case),
                    None,
                )
                .await,
        ),
        "CallMedia_StartMediaStreaming" => done(
            client
                .call_media_start_media_streaming(
                    CALL_CONNECTION_ID,
                    &body::<models::StartMediaStreamingRequest>(case),
                    None,
                )
                .await,
        ),
        "CallMedia_StopMediaStreaming" => done(
            client
                .call_media_stop_media_streaming(
                    CALL_CONNECTION_ID,
                    &body::<models::StopMediaStreamingRequest>(case),
                    None,
                )
                .await,
        ),
        "CallConnection_GetParticipants" => done(
            client
                .call_connection_get_participants(CALL_CONNECTION_ID, None)
                .await,
        ),
        "CallConnection_AddParticipant" => done(
            client
                .call_connection_add_participant(
                    CALL_CONNECTION_ID,
                    &body::<models::AddParticipantRequest>(case),
                    None,
                )
                .await,
        ),
        "CallConnection_RemoveParticipant" => done(
            client
                .call_connection_remove_participant(
                    CALL_CONNECTION_ID,
                    &body::<models::RemoveParticipantRequest>(case),
                    None,
                )
                .await,
        ),
        "CallConnection_Mute" => done(
            client
                .call_connection_mute(
                    CALL_CONNECTION_ID,
                    &body::<models::MuteParticipantsRequest>(case),
                    None,
                )
                .await,
        ),
        "CallConnection_MoveParticipants" => done(
            client
                .call_connection_move_participants(
                    CALL_CONNECTION_ID,
                    &body::<models::MoveParticipantsRequest>(case),
                    None,
                )
                .await,
        ),
        "CallConnection_CancelAddParticipant" => done(
            client
                .call_connection_cancel_add_participant(
                    CALL_CONNECTION_ID,
                    &body::<models::CancelAddParticipantRequest>(case),
                    None,
                )
                .await,
        ),
        "CallConnection_GetParticipant" => done(
            client
                .call_connection_get_participant(CALL_CONNECTION_ID, USER_DA7, None)
                .await,
        ),
        "CallRecording_StartRecording" => done(
            client
                .call_recording_start_recording(
                    &body::<models::StartCallRecordingRequest>(case),
                    None,
                )
                .await,
        ),
        "CallRecording_GetRecordingProperties" => done(
            client
                .call_recording_get_recording_properties(RECORDING_ID, None)
                .await,
        ),
        "CallRecording_StopRecording" => done(
            client
                .call_recording_stop_recording(RECORDING_ID, None)
                .await,
        ),
        "CallRecording_PauseRecording" => done(
            client
                .call_recording_pause_recording(RECORDING_ID, None)
                .await,
        ),
        "CallRecording_ResumeRecording" => done(
            client
                .call_recording_resume_recording(RECORDING_ID, None)
                .await,
        ),
        other => panic!("no call for {other}"),
    }
}
