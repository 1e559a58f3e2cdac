// @generated from `specs/callautomation/2026-03-12.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The client: [`Client`], made by [`ClientBuilder`], with one method per operation.

use std::time::Duration;
use super::credentials;
use super::error::Error;
use super::models;
use super::runtime;

/// The `api-version` sent when the builder sets none.
pub const DEFAULT_API_VERSION: &str = "2026-03-12";

/// The longest time a whole call may take, unless [`ClientBuilder::timeout`] or the call's options say otherwise.
pub const DEFAULT_TIMEOUT: Duration = runtime::DEFAULT_TIMEOUT;

/// The longest time a connection may take to open, unless [`ClientBuilder::connect_timeout`] says otherwise.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = runtime::DEFAULT_CONNECT_TIMEOUT;

/// The longest time one attempt may take, unless [`ClientBuilder::attempt_timeout`] says otherwise.
pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = runtime::DEFAULT_ATTEMPT_TIMEOUT;

/// The largest response body read, unless [`ClientBuilder::max_response_body`] says otherwise.
pub const DEFAULT_MAX_RESPONSE_BODY: usize = runtime::DEFAULT_MAX_RESPONSE_BODY;

/// A client of Azure Communication Services Call Automation (api-version 2026-03-12).
///
/// The endpoint is the server URL `{endpoint}` with its variables (`endpoint`) filled in.
///
/// `endpoint`: The endpoint of the Communication Services resource, for example `https://contoso.communications.azure.com`.
///
/// Every method returns the answer's body in a [`Response`](super::Response), which dereferences to it and tells the status, the headers and the request ids; `.into_body()` takes the body.
///
/// Cloning is cheap: clones share their connection pool.
///
/// Methods by the spec's tags:
///
/// - `CallAutomation`: [`answer_call`](Client::answer_call), [`connect`](Client::connect), [`create_call`](Client::create_call), [`redirect_call`](Client::redirect_call), [`reject_call`](Client::reject_call)
///
/// - `CallConnection`: [`call_connection_add_participant`](Client::call_connection_add_participant), [`call_connection_cancel_add_participant`](Client::call_connection_cancel_add_participant), [`call_connection_get_call`](Client::call_connection_get_call), [`call_connection_get_participant`](Client::call_connection_get_participant), [`call_connection_get_participants`](Client::call_connection_get_participants), [`call_connection_hangup_call`](Client::call_connection_hangup_call), [`call_connection_move_participants`](Client::call_connection_move_participants), [`call_connection_mute`](Client::call_connection_mute), [`call_connection_remove_participant`](Client::call_connection_remove_participant), [`call_connection_terminate_call`](Client::call_connection_terminate_call), [`call_connection_transfer_to_participant`](Client::call_connection_transfer_to_participant)
///
/// - `CallMedia`: [`call_media_cancel_all_media_operations`](Client::call_media_cancel_all_media_operations), [`call_media_hold`](Client::call_media_hold), [`call_media_play`](Client::call_media_play), [`call_media_recognize`](Client::call_media_recognize), [`call_media_send_dtmf_tones`](Client::call_media_send_dtmf_tones), [`call_media_start_continuous_dtmf_recognition`](Client::call_media_start_continuous_dtmf_recognition), [`call_media_start_media_streaming`](Client::call_media_start_media_streaming), [`call_media_start_transcription`](Client::call_media_start_transcription), [`call_media_stop_continuous_dtmf_recognition`](Client::call_media_stop_continuous_dtmf_recognition), [`call_media_stop_media_streaming`](Client::call_media_stop_media_streaming), [`call_media_stop_transcription`](Client::call_media_stop_transcription), [`call_media_unhold`](Client::call_media_unhold), [`call_media_update_transcription`](Client::call_media_update_transcription)
///
/// - `CallRecording`: [`call_recording_get_recording_properties`](Client::call_recording_get_recording_properties), [`call_recording_pause_recording`](Client::call_recording_pause_recording), [`call_recording_resume_recording`](Client::call_recording_resume_recording), [`call_recording_start_recording`](Client::call_recording_start_recording), [`call_recording_stop_recording`](Client::call_recording_stop_recording)
#[derive(Clone)]
pub struct Client {
    endpoint: reqwest::Url,
    pipeline: std::sync::Arc<runtime::Pipeline>,
    api_version: String,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("endpoint", &self.endpoint.as_str())
            .field("api_version", &self.api_version)
            .field("pipeline", &self.pipeline)
            .finish()
    }
}

/// Settings of a [`Client`]; [`ClientBuilder::build`] checks them and makes the client.
#[derive(Clone)]
pub struct ClientBuilder {
    settings: runtime::Settings,
    api_version: Option<String>,
}

impl std::fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("settings", &self.settings)
            .field("api_version", &self.api_version)
            .finish()
    }
}

impl ClientBuilder {
    /// The version of the API to call.
    ///
    /// Sent as `api-version`; defaults to `2026-03-12`.
    pub fn api_version(mut self, value: impl Into<String>) -> Self {
        self.api_version = Some(value.into());
        self
    }

    /// A bearer token.
    ///
    /// Sends `Authorization: Bearer <token>` with every request, this token being valid for the client's lifetime; see [`ClientBuilder::token_provider`] for tokens that expire. Replaces any other credential. Kept out of `Debug` output.
    pub fn bearer_token(mut self, token: impl Into<String>) -> Self {
        self.settings.credential = Some(
            runtime::Credential::Token(
                std::sync::Arc::new(credentials::StaticToken(token.into())),
            ),
        );
        self
    }

    /// Sends `Authorization: Bearer <token>` with every request, asking `provider` for tokens and reusing each until five minutes before it expires. The provider is asked for tokens of `https://communication.azure.com//.default`. Replaces any other credential.
    pub fn token_provider(
        mut self,
        provider: std::sync::Arc<dyn credentials::TokenProvider>,
    ) -> Self {
        self.settings.credential = Some(runtime::Credential::Token(provider));
        self
    }

    /// Authenticates with any `azure_core` credential, such as those of `azure_identity`
    /// (`DeveloperToolsCredential`, `ManagedIdentityCredential`, …), as a token provider
    /// (see [`ClientBuilder::token_provider`]). Needs the `azure_core` feature.
    #[cfg(feature = "azure_core")]
    pub fn credential(
        self,
        credential: std::sync::Arc<
            dyn openapi_client_runtime::azure_core::credentials::TokenCredential,
        >,
    ) -> Self {
        self.token_provider(
            std::sync::Arc::new(credentials::AzureCredential(credential)),
        )
    }

    /// Signs every request (each retry anew) with HMAC-SHA256 and this access key, given in
    /// base64 as the Azure portal shows it. Replaces any other credential. Kept out of
    /// `Debug` output.
    pub fn access_key(mut self, key_base64: &str) -> Result<Self, Error> {
        let key = super::access_key::AccessKeyCredential::new(key_base64)
            .map_err(Error::InvalidRequest)?;
        self.settings.credential = Some(runtime::Credential::AccessKey(key));
        Ok(self)
    }
    openapi_client_runtime::client_builder_settings!();

    /// Follows next-page and long-running operation links that point to another origin
    /// (scheme, host and port) than the endpoint's, without the client's credentials.
    /// Off by default: such a link fails the call with [`Error::InvalidRequest`]. A link
    /// from https to plain http is never followed; credentials only ever go to the
    /// endpoint's origin.
    pub fn follow_foreign_links(mut self, follow: bool) -> Self {
        self.settings.follow_foreign_links = follow;
        self
    }

    /// Checks the settings and makes the client.
    ///
    /// Fails when the endpoint is not an absolute `https` URL (or `http`, see
    /// [`ClientBuilder::allow_http`]) without query or fragment, when a required parameter
    /// is not set, or when a credential or the user agent is not a valid header value.
    pub fn build(self) -> Result<Client, Error> {
        let (endpoint, pipeline) = self
            .settings
            .build(runtime::ClientIdentity {
                crate_name: env!("CARGO_PKG_NAME"),
                version: env!("CARGO_PKG_VERSION"),
                request_id_header: Some("x-ms-client-request-id"),
                scopes: &["https://communication.azure.com//.default"],
            })?;
        Ok(Client {
            endpoint,
            pipeline,
            api_version: self
                .api_version
                .unwrap_or_else(|| DEFAULT_API_VERSION.to_owned()),
        })
    }
}

impl Client {
    /// A client of the service at `endpoint`, with default settings.
    pub fn new(endpoint: impl Into<String>) -> Result<Self, Error> {
        Self::builder(endpoint).build()
    }

    /// A builder for a client of the service at `endpoint`.
    pub fn builder(endpoint: impl Into<String>) -> ClientBuilder {
        ClientBuilder {
            settings: runtime::Settings::new(endpoint.into()),
            api_version: None,
        }
    }

    /// A client of the resource a connection string
    /// (`endpoint=https://<resource>.communication.azure.com/;accesskey=<base64 key>`) names,
    /// signing requests with its access key.
    pub fn from_connection_string(connection_string: &str) -> Result<Self, Error> {
        Self::builder_from_connection_string(connection_string)?.build()
    }

    /// A client of the resource at `endpoint`, signing requests with its access key (base64,
    /// as the Azure portal shows it).
    pub fn from_access_key(
        endpoint: impl Into<String>,
        key_base64: &str,
    ) -> Result<Self, Error> {
        Self::builder(endpoint).access_key(key_base64)?.build()
    }

    /// A builder set up from a connection string, for further settings.
    pub fn builder_from_connection_string(
        connection_string: &str,
    ) -> Result<ClientBuilder, Error> {
        let parsed = super::access_key::ConnectionString::parse(connection_string)
            .map_err(Error::InvalidRequest)?;
        let mut builder = Self::builder(parsed.endpoint);
        builder.settings.credential = Some(
            runtime::Credential::AccessKey(parsed.credential),
        );
        Ok(builder)
    }

    /// The endpoint requests are sent to.
    pub fn endpoint(&self) -> &reqwest::Url {
        &self.endpoint
    }

    /// The `api-version` this client sends.
    pub fn api_version(&self) -> &str {
        &self.api_version
    }

    /// The page a next-page link names: an absolute URL, or a path on the endpoint.
    async fn next_page<T: serde::de::DeserializeOwned, E>(
        &self,
        link: &str,
        read_error: runtime::ReadError<E>,
    ) -> Result<T, Error<E>> {
        let client_query: &[(&str, &str)] = &[
            ("api-version", self.api_version.as_str()),
        ];
        self.pipeline
            .next_page(
                &self.endpoint,
                link,
                client_query,
                |call| self.authenticate(call),
                read_error,
            )
            .await
    }

    #[allow(unused_variables, dead_code)]
    fn authenticate(&self, call: &mut runtime::Call) {}

    /// Answer an incoming call.
    ///
    /// Answers the call that an `IncomingCall` event announced, identified by its incoming call context.
    ///
    /// POST `/calling/callConnections:answer` (operation `AnswerCall`).
    ///
    /// Arguments:
    ///
    /// - `body` (`application/json`): What to do, and how.
    pub async fn answer_call(
        &self,
        body: &models::AnswerCallRequest,
        options: Option<AnswerCallOptions>,
    ) -> Result<
        super::Response<models::CallConnectionProperties>,
        Error<models::CommunicationErrorResponse>,
    > {
        let options = options.unwrap_or_default();
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(
            &self.endpoint,
            "/calling/callConnections:answer",
            &query,
        );
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("AnswerCall");
        match &options.repeatability_request_id {
            Some(value) => {
                call.header("repeatability-request-id", value)?;
            }
            None => call.header("repeatability-request-id", &runtime::new_uuid())?,
        }
        match &options.repeatability_first_sent {
            Some(value) => {
                call.header("repeatability-first-sent", value)?;
            }
            None => call.header("repeatability-first-sent", &runtime::http_date_now())?,
        }
        call.json_body("application/json", body)?;
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            let body = match response.status.as_u16() {
                200 => response.json(),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(body))
        }
    }

    /// Add a participant.
    ///
    /// Invites another participant into the call.
    ///
    /// POST `/calling/callConnections/{callConnectionId}/participants:add` (operation `CallConnection_AddParticipant`).
    ///
    /// Arguments:
    ///
    /// - `call_connection_id` (`callConnectionId` in the path): The id of the call connection.
    ///
    /// - `body` (`application/json`): What to do, and how.
    pub async fn call_connection_add_participant(
        &self,
        call_connection_id: &str,
        body: &models::AddParticipantRequest,
        options: Option<CallConnectionAddParticipantOptions>,
    ) -> Result<
        super::Response<models::AddParticipantResponse>,
        Error<models::CommunicationErrorResponse>,
    > {
        let options = options.unwrap_or_default();
        let call_connection_id = runtime::encode_path_segment(
            "callConnectionId",
            call_connection_id,
        )?;
        let path = format!(
            "/calling/callConnections/{call_connection_id}/participants:add"
        );
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("CallConnection_AddParticipant");
        match &options.repeatability_request_id {
            Some(value) => {
                call.header("repeatability-request-id", value)?;
            }
            None => call.header("repeatability-request-id", &runtime::new_uuid())?,
        }
        match &options.repeatability_first_sent {
            Some(value) => {
                call.header("repeatability-first-sent", value)?;
            }
            None => call.header("repeatability-first-sent", &runtime::http_date_now())?,
        }
        call.json_body("application/json", body)?;
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            let body = match response.status.as_u16() {
                202 => response.json(),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(body))
        }
    }

    /// Cancel an invitation.
    ///
    /// Withdraws an invitation to join the call that has not been accepted yet.
    ///
    /// POST `/calling/callConnections/{callConnectionId}/participants:cancelAddParticipant` (operation `CallConnection_CancelAddParticipant`).
    ///
    /// Arguments:
    ///
    /// - `call_connection_id` (`callConnectionId` in the path): The id of the call connection.
    ///
    /// - `body` (`application/json`): What to do, and how.
    pub async fn call_connection_cancel_add_participant(
        &self,
        call_connection_id: &str,
        body: &models::CancelAddParticipantRequest,
        options: Option<CallConnectionCancelAddParticipantOptions>,
    ) -> Result<
        super::Response<models::CancelAddParticipantResponse>,
        Error<models::CommunicationErrorResponse>,
    > {
        let options = options.unwrap_or_default();
        let call_connection_id = runtime::encode_path_segment(
            "callConnectionId",
            call_connection_id,
        )?;
        let path = format!(
            "/calling/callConnections/{call_connection_id}/participants:cancelAddParticipant"
        );
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("CallConnection_CancelAddParticipant");
        match &options.repeatability_request_id {
            Some(value) => {
                call.header("repeatability-request-id", value)?;
            }
            None => call.header("repeatability-request-id", &runtime::new_uuid())?,
        }
        match &options.repeatability_first_sent {
            Some(value) => {
                call.header("repeatability-first-sent", value)?;
            }
            None => call.header("repeatability-first-sent", &runtime::http_date_now())?,
        }
        call.json_body("application/json", body)?;
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            let body = match response.status.as_u16() {
                202 => response.json(),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(body))
        }
    }

    /// Read a call connection.
    ///
    /// Returns the current state and settings of a call connection.
    ///
    /// GET `/calling/callConnections/{callConnectionId}` (operation `CallConnection_GetCall`).
    ///
    /// Arguments:
    ///
    /// - `call_connection_id` (`callConnectionId` in the path): The id of the call connection.
    pub async fn call_connection_get_call(
        &self,
        call_connection_id: &str,
        options: Option<CallConnectionGetCallOptions>,
    ) -> Result<
        super::Response<models::CallConnectionProperties>,
        Error<models::CommunicationErrorResponse>,
    > {
        let options = options.unwrap_or_default();
        let call_connection_id = runtime::encode_path_segment(
            "callConnectionId",
            call_connection_id,
        )?;
        let path = format!("/calling/callConnections/{call_connection_id}");
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::GET, url);
        call.operation("CallConnection_GetCall");
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            let body = match response.status.as_u16() {
                200 => response.json(),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(body))
        }
    }

    /// Read a participant.
    ///
    /// Returns one participant of the call, identified by its raw id.
    ///
    /// GET `/calling/callConnections/{callConnectionId}/participants/{participantRawId}` (operation `CallConnection_GetParticipant`).
    ///
    /// Arguments:
    ///
    /// - `call_connection_id` (`callConnectionId` in the path): The id of the call connection.
    ///
    /// - `participant_raw_id` (`participantRawId` in the path): The raw id of the participant (for example `8:acs:...` or `4:+14255550123`).
    pub async fn call_connection_get_participant(
        &self,
        call_connection_id: &str,
        participant_raw_id: &str,
        options: Option<CallConnectionGetParticipantOptions>,
    ) -> Result<
        super::Response<models::CallParticipant>,
        Error<models::CommunicationErrorResponse>,
    > {
        let options = options.unwrap_or_default();
        let call_connection_id = runtime::encode_path_segment(
            "callConnectionId",
            call_connection_id,
        )?;
        let participant_raw_id = runtime::encode_path_segment(
            "participantRawId",
            participant_raw_id,
        )?;
        let path = format!(
            "/calling/callConnections/{call_connection_id}/participants/{participant_raw_id}"
        );
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::GET, url);
        call.operation("CallConnection_GetParticipant");
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            let body = match response.status.as_u16() {
                200 => response.json(),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(body))
        }
    }

    /// List the participants.
    ///
    /// Lists the participants of the call, page by page.
    ///
    /// GET `/calling/callConnections/{callConnectionId}/participants` (operation `CallConnection_GetParticipants`).
    ///
    /// Arguments:
    ///
    /// - `call_connection_id` (`callConnectionId` in the path): The id of the call connection.
    pub async fn call_connection_get_participants(
        &self,
        call_connection_id: &str,
        options: Option<CallConnectionGetParticipantsOptions>,
    ) -> Result<
        super::Response<models::GetParticipantsResponse>,
        Error<models::CommunicationErrorResponse>,
    > {
        let options = options.unwrap_or_default();
        let call_connection_id = runtime::encode_path_segment(
            "callConnectionId",
            call_connection_id,
        )?;
        let path = format!("/calling/callConnections/{call_connection_id}/participants");
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::GET, url);
        call.operation("CallConnection_GetParticipants");
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            let body = match response.status.as_u16() {
                200 => response.json(),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(body))
        }
    }

    /// Every item of every page of [`Client::call_connection_get_participants`], following the next-page links (`x-ms-pageable`); the first error ends the stream.
    pub fn call_connection_get_participants_stream(
        &self,
        call_connection_id: &str,
        options: Option<CallConnectionGetParticipantsOptions>,
    ) -> impl openapi_client_runtime::futures_util::Stream<
        Item = Result<models::CallParticipant, Error<models::CommunicationErrorResponse>>,
    > {
        enum Next<O> {
            First(Option<O>),
            Link(String),
            Done,
        }
        let pages = openapi_client_runtime::futures_util::stream::try_unfold(
            Next::First(options),
            move |state| async move {
                let page = match state {
                    Next::First(options) => {
                        self.call_connection_get_participants(
                                call_connection_id,
                                options,
                            )
                            .await?
                            .into_body()
                    }
                    Next::Link(link) => self.next_page(&link, runtime::json_error).await?,
                    Next::Done => {
                        return Ok::<_, Error<models::CommunicationErrorResponse>>(None);
                    }
                };
                let next = match page.next_link {
                    Some(link) if !link.is_empty() => Next::Link(link),
                    _ => Next::Done,
                };
                let items = page.value;
                Ok(
                    Some((
                        openapi_client_runtime::futures_util::stream::iter(
                            items.into_iter().map(Ok),
                        ),
                        next,
                    )),
                )
            },
        );
        openapi_client_runtime::futures_util::TryStreamExt::try_flatten(pages)
    }

    /// Leave the call.
    ///
    /// Ends the application's own leg of the call; the other participants stay connected.
    ///
    /// DELETE `/calling/callConnections/{callConnectionId}` (operation `CallConnection_HangupCall`).
    ///
    /// Arguments:
    ///
    /// - `call_connection_id` (`callConnectionId` in the path): The id of the call connection.
    pub async fn call_connection_hangup_call(
        &self,
        call_connection_id: &str,
        options: Option<CallConnectionHangupCallOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        let options = options.unwrap_or_default();
        let call_connection_id = runtime::encode_path_segment(
            "callConnectionId",
            call_connection_id,
        )?;
        let path = format!("/calling/callConnections/{call_connection_id}");
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::DELETE, url);
        call.operation("CallConnection_HangupCall");
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            match response.status.as_u16() {
                204 => Ok(()),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(()))
        }
    }

    /// Move participants into this call.
    ///
    /// Takes participants out of another call of the resource (`fromCall`) and adds them to this one, as when a caller waiting in a queue's call is brought into an agent's call. The outcome arrives as a `MoveParticipantSucceeded` or `MoveParticipantFailed` event.
    ///
    /// POST `/calling/callConnections/{callConnectionId}/participants:moveHere` (operation `CallConnection_MoveParticipants`).
    ///
    /// Arguments:
    ///
    /// - `call_connection_id` (`callConnectionId` in the path): The id of the call connection the participants are moved into.
    ///
    /// - `body` (`application/json`): What to do, and how.
    pub async fn call_connection_move_participants(
        &self,
        call_connection_id: &str,
        body: &models::MoveParticipantsRequest,
        options: Option<CallConnectionMoveParticipantsOptions>,
    ) -> Result<
        super::Response<models::MoveParticipantsResponse>,
        Error<models::CommunicationErrorResponse>,
    > {
        let options = options.unwrap_or_default();
        let call_connection_id = runtime::encode_path_segment(
            "callConnectionId",
            call_connection_id,
        )?;
        let path = format!(
            "/calling/callConnections/{call_connection_id}/participants:moveHere"
        );
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("CallConnection_MoveParticipants");
        match &options.repeatability_request_id {
            Some(value) => {
                call.header("repeatability-request-id", value)?;
            }
            None => call.header("repeatability-request-id", &runtime::new_uuid())?,
        }
        match &options.repeatability_first_sent {
            Some(value) => {
                call.header("repeatability-first-sent", value)?;
            }
            None => call.header("repeatability-first-sent", &runtime::http_date_now())?,
        }
        call.json_body("application/json", body)?;
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            let body = match response.status.as_u16() {
                202 => response.json(),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(body))
        }
    }

    /// Mute participants.
    ///
    /// Mutes participants of the call.
    ///
    /// POST `/calling/callConnections/{callConnectionId}/participants:mute` (operation `CallConnection_Mute`).
    ///
    /// Arguments:
    ///
    /// - `call_connection_id` (`callConnectionId` in the path): The id of the call connection.
    ///
    /// - `body` (`application/json`): What to do, and how.
    pub async fn call_connection_mute(
        &self,
        call_connection_id: &str,
        body: &models::MuteParticipantsRequest,
        options: Option<CallConnectionMuteOptions>,
    ) -> Result<
        super::Response<models::MuteParticipantsResult>,
        Error<models::CommunicationErrorResponse>,
    > {
        let options = options.unwrap_or_default();
        let call_connection_id = runtime::encode_path_segment(
            "callConnectionId",
            call_connection_id,
        )?;
        let path = format!(
            "/calling/callConnections/{call_connection_id}/participants:mute"
        );
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("CallConnection_Mute");
        match &options.repeatability_request_id {
            Some(value) => {
                call.header("repeatability-request-id", value)?;
            }
            None => call.header("repeatability-request-id", &runtime::new_uuid())?,
        }
        match &options.repeatability_first_sent {
            Some(value) => {
                call.header("repeatability-first-sent", value)?;
            }
            None => call.header("repeatability-first-sent", &runtime::http_date_now())?,
        }
        call.json_body("application/json", body)?;
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            let body = match response.status.as_u16() {
                200 => response.json(),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(body))
        }
    }

    /// Remove a participant.
    ///
    /// Removes a participant from the call.
    ///
    /// POST `/calling/callConnections/{callConnectionId}/participants:remove` (operation `CallConnection_RemoveParticipant`).
    ///
    /// Arguments:
    ///
    /// - `call_connection_id` (`callConnectionId` in the path): The id of the call connection.
    ///
    /// - `body` (`application/json`): What to do, and how.
    pub async fn call_connection_remove_participant(
        &self,
        call_connection_id: &str,
        body: &models::RemoveParticipantRequest,
        options: Option<CallConnectionRemoveParticipantOptions>,
    ) -> Result<
        super::Response<models::RemoveParticipantResponse>,
        Error<models::CommunicationErrorResponse>,
    > {
        let options = options.unwrap_or_default();
        let call_connection_id = runtime::encode_path_segment(
            "callConnectionId",
            call_connection_id,
        )?;
        let path = format!(
            "/calling/callConnections/{call_connection_id}/participants:remove"
        );
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("CallConnection_RemoveParticipant");
        match &options.repeatability_request_id {
            Some(value) => {
                call.header("repeatability-request-id", value)?;
            }
            None => call.header("repeatability-request-id", &runtime::new_uuid())?,
        }
        match &options.repeatability_first_sent {
            Some(value) => {
                call.header("repeatability-first-sent", value)?;
            }
            None => call.header("repeatability-first-sent", &runtime::http_date_now())?,
        }
        call.json_body("application/json", body)?;
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            let body = match response.status.as_u16() {
                202 => response.json(),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(body))
        }
    }

    /// End the call for everyone.
    ///
    /// Ends the call for every participant.
    ///
    /// POST `/calling/callConnections/{callConnectionId}:terminate` (operation `CallConnection_TerminateCall`).
    ///
    /// Arguments:
    ///
    /// - `call_connection_id` (`callConnectionId` in the path): The id of the call connection.
    pub async fn call_connection_terminate_call(
        &self,
        call_connection_id: &str,
        options: Option<CallConnectionTerminateCallOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        let options = options.unwrap_or_default();
        let call_connection_id = runtime::encode_path_segment(
            "callConnectionId",
            call_connection_id,
        )?;
        let path = format!("/calling/callConnections/{call_connection_id}:terminate");
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("CallConnection_TerminateCall");
        match &options.repeatability_request_id {
            Some(value) => {
                call.header("repeatability-request-id", value)?;
            }
            None => call.header("repeatability-request-id", &runtime::new_uuid())?,
        }
        match &options.repeatability_first_sent {
            Some(value) => {
                call.header("repeatability-first-sent", value)?;
            }
            None => call.header("repeatability-first-sent", &runtime::http_date_now())?,
        }
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            match response.status.as_u16() {
                204 => Ok(()),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(()))
        }
    }

    /// Transfer the call.
    ///
    /// Transfers a one-to-one call, or one participant of a group call, to another participant.
    ///
    /// POST `/calling/callConnections/{callConnectionId}:transferToParticipant` (operation `CallConnection_TransferToParticipant`).
    ///
    /// Arguments:
    ///
    /// - `call_connection_id` (`callConnectionId` in the path): The id of the call connection.
    ///
    /// - `body` (`application/json`): What to do, and how.
    pub async fn call_connection_transfer_to_participant(
        &self,
        call_connection_id: &str,
        body: &models::TransferToParticipantRequest,
        options: Option<CallConnectionTransferToParticipantOptions>,
    ) -> Result<
        super::Response<models::TransferCallResponse>,
        Error<models::CommunicationErrorResponse>,
    > {
        let options = options.unwrap_or_default();
        let call_connection_id = runtime::encode_path_segment(
            "callConnectionId",
            call_connection_id,
        )?;
        let path = format!(
            "/calling/callConnections/{call_connection_id}:transferToParticipant"
        );
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("CallConnection_TransferToParticipant");
        match &options.repeatability_request_id {
            Some(value) => {
                call.header("repeatability-request-id", value)?;
            }
            None => call.header("repeatability-request-id", &runtime::new_uuid())?,
        }
        match &options.repeatability_first_sent {
            Some(value) => {
                call.header("repeatability-first-sent", value)?;
            }
            None => call.header("repeatability-first-sent", &runtime::http_date_now())?,
        }
        call.json_body("application/json", body)?;
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            let body = match response.status.as_u16() {
                202 => response.json(),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(body))
        }
    }

    /// Cancel all media operations.
    ///
    /// Stops every play and recognize operation that is queued or running in the call.
    ///
    /// POST `/calling/callConnections/{callConnectionId}:cancelAllMediaOperations` (operation `CallMedia_CancelAllMediaOperations`).
    ///
    /// Arguments:
    ///
    /// - `call_connection_id` (`callConnectionId` in the path): The id of the call connection.
    pub async fn call_media_cancel_all_media_operations(
        &self,
        call_connection_id: &str,
        options: Option<CallMediaCancelAllMediaOperationsOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        let options = options.unwrap_or_default();
        let call_connection_id = runtime::encode_path_segment(
            "callConnectionId",
            call_connection_id,
        )?;
        let path = format!(
            "/calling/callConnections/{call_connection_id}:cancelAllMediaOperations"
        );
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("CallMedia_CancelAllMediaOperations");
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            match response.status.as_u16() {
                202 => Ok(()),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(()))
        }
    }

    /// Put a participant on hold.
    ///
    /// Puts a participant of the call on hold, optionally playing music to them while they wait.
    ///
    /// POST `/calling/callConnections/{callConnectionId}:hold` (operation `CallMedia_Hold`).
    ///
    /// Arguments:
    ///
    /// - `call_connection_id` (`callConnectionId` in the path): The id of the call connection.
    ///
    /// - `body` (`application/json`): What to do, and how.
    pub async fn call_media_hold(
        &self,
        call_connection_id: &str,
        body: &models::HoldRequest,
        options: Option<CallMediaHoldOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        let options = options.unwrap_or_default();
        let call_connection_id = runtime::encode_path_segment(
            "callConnectionId",
            call_connection_id,
        )?;
        let path = format!("/calling/callConnections/{call_connection_id}:hold");
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("CallMedia_Hold");
        call.json_body("application/json", body)?;
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            match response.status.as_u16() {
                200 => Ok(()),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(()))
        }
    }

    /// Play audio in the call.
    ///
    /// Plays one or more audio sources (files, text to speech or SSML) to the whole call or to some participants.
    ///
    /// POST `/calling/callConnections/{callConnectionId}:play` (operation `CallMedia_Play`).
    ///
    /// Arguments:
    ///
    /// - `call_connection_id` (`callConnectionId` in the path): The id of the call connection.
    ///
    /// - `body` (`application/json`): What to do, and how.
    pub async fn call_media_play(
        &self,
        call_connection_id: &str,
        body: &models::PlayRequest,
        options: Option<CallMediaPlayOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        let options = options.unwrap_or_default();
        let call_connection_id = runtime::encode_path_segment(
            "callConnectionId",
            call_connection_id,
        )?;
        let path = format!("/calling/callConnections/{call_connection_id}:play");
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("CallMedia_Play");
        call.json_body("application/json", body)?;
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            match response.status.as_u16() {
                202 => Ok(()),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(()))
        }
    }

    /// Recognize input from a participant.
    ///
    /// Collects DTMF tones, speech or a choice from a participant, optionally after playing a prompt.
    ///
    /// POST `/calling/callConnections/{callConnectionId}:recognize` (operation `CallMedia_Recognize`).
    ///
    /// Arguments:
    ///
    /// - `call_connection_id` (`callConnectionId` in the path): The id of the call connection.
    ///
    /// - `body` (`application/json`): What to do, and how.
    pub async fn call_media_recognize(
        &self,
        call_connection_id: &str,
        body: &models::RecognizeRequest,
        options: Option<CallMediaRecognizeOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        let options = options.unwrap_or_default();
        let call_connection_id = runtime::encode_path_segment(
            "callConnectionId",
            call_connection_id,
        )?;
        let path = format!("/calling/callConnections/{call_connection_id}:recognize");
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("CallMedia_Recognize");
        call.json_body("application/json", body)?;
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            match response.status.as_u16() {
                202 => Ok(()),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(()))
        }
    }

    /// Send DTMF tones.
    ///
    /// Sends a sequence of DTMF tones to a participant.
    ///
    /// POST `/calling/callConnections/{callConnectionId}:sendDtmfTones` (operation `CallMedia_SendDtmfTones`).
    ///
    /// Arguments:
    ///
    /// - `call_connection_id` (`callConnectionId` in the path): The id of the call connection.
    ///
    /// - `body` (`application/json`): What to do, and how.
    pub async fn call_media_send_dtmf_tones(
        &self,
        call_connection_id: &str,
        body: &models::SendDtmfTonesRequest,
        options: Option<CallMediaSendDtmfTonesOptions>,
    ) -> Result<
        super::Response<models::SendDtmfTonesResult>,
        Error<models::CommunicationErrorResponse>,
    > {
        let options = options.unwrap_or_default();
        let call_connection_id = runtime::encode_path_segment(
            "callConnectionId",
            call_connection_id,
        )?;
        let path = format!(
            "/calling/callConnections/{call_connection_id}:sendDtmfTones"
        );
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("CallMedia_SendDtmfTones");
        match &options.repeatability_request_id {
            Some(value) => {
                call.header("repeatability-request-id", value)?;
            }
            None => call.header("repeatability-request-id", &runtime::new_uuid())?,
        }
        match &options.repeatability_first_sent {
            Some(value) => {
                call.header("repeatability-first-sent", value)?;
            }
            None => call.header("repeatability-first-sent", &runtime::http_date_now())?,
        }
        call.json_body("application/json", body)?;
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            let body = match response.status.as_u16() {
                202 => response.json(),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(body))
        }
    }

    /// Start continuous DTMF recognition.
    ///
    /// Reports every DTMF tone a participant presses, as events, until stopped.
    ///
    /// POST `/calling/callConnections/{callConnectionId}:startContinuousDtmfRecognition` (operation `CallMedia_StartContinuousDtmfRecognition`).
    ///
    /// Arguments:
    ///
    /// - `call_connection_id` (`callConnectionId` in the path): The id of the call connection.
    ///
    /// - `body` (`application/json`): What to do, and how.
    pub async fn call_media_start_continuous_dtmf_recognition(
        &self,
        call_connection_id: &str,
        body: &models::ContinuousDtmfRecognitionRequest,
        options: Option<CallMediaStartContinuousDtmfRecognitionOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        let options = options.unwrap_or_default();
        let call_connection_id = runtime::encode_path_segment(
            "callConnectionId",
            call_connection_id,
        )?;
        let path = format!(
            "/calling/callConnections/{call_connection_id}:startContinuousDtmfRecognition"
        );
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("CallMedia_StartContinuousDtmfRecognition");
        call.json_body("application/json", body)?;
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            match response.status.as_u16() {
                200 => Ok(()),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(()))
        }
    }

    /// Start media streaming.
    ///
    /// Starts streaming the call's audio to the media streaming transport set for the call.
    ///
    /// POST `/calling/callConnections/{callConnectionId}:startMediaStreaming` (operation `CallMedia_StartMediaStreaming`).
    ///
    /// Arguments:
    ///
    /// - `call_connection_id` (`callConnectionId` in the path): The id of the call connection.
    ///
    /// - `body` (`application/json`): What to do, and how.
    pub async fn call_media_start_media_streaming(
        &self,
        call_connection_id: &str,
        body: &models::StartMediaStreamingRequest,
        options: Option<CallMediaStartMediaStreamingOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        let options = options.unwrap_or_default();
        let call_connection_id = runtime::encode_path_segment(
            "callConnectionId",
            call_connection_id,
        )?;
        let path = format!(
            "/calling/callConnections/{call_connection_id}:startMediaStreaming"
        );
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("CallMedia_StartMediaStreaming");
        call.json_body("application/json", body)?;
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            match response.status.as_u16() {
                202 => Ok(()),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(()))
        }
    }

    /// Start transcription.
    ///
    /// Starts sending the call's speech as text to the transcription transport set for the call.
    ///
    /// POST `/calling/callConnections/{callConnectionId}:startTranscription` (operation `CallMedia_StartTranscription`).
    ///
    /// Arguments:
    ///
    /// - `call_connection_id` (`callConnectionId` in the path): The id of the call connection.
    ///
    /// - `body` (`application/json`): What to do, and how.
    pub async fn call_media_start_transcription(
        &self,
        call_connection_id: &str,
        body: &models::StartTranscriptionRequest,
        options: Option<CallMediaStartTranscriptionOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        let options = options.unwrap_or_default();
        let call_connection_id = runtime::encode_path_segment(
            "callConnectionId",
            call_connection_id,
        )?;
        let path = format!(
            "/calling/callConnections/{call_connection_id}:startTranscription"
        );
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("CallMedia_StartTranscription");
        call.json_body("application/json", body)?;
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            match response.status.as_u16() {
                202 => Ok(()),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(()))
        }
    }

    /// Stop continuous DTMF recognition.
    ///
    /// Stops reporting the DTMF tones of a participant.
    ///
    /// POST `/calling/callConnections/{callConnectionId}:stopContinuousDtmfRecognition` (operation `CallMedia_StopContinuousDtmfRecognition`).
    ///
    /// Arguments:
    ///
    /// - `call_connection_id` (`callConnectionId` in the path): The id of the call connection.
    ///
    /// - `body` (`application/json`): What to do, and how.
    pub async fn call_media_stop_continuous_dtmf_recognition(
        &self,
        call_connection_id: &str,
        body: &models::ContinuousDtmfRecognitionRequest,
        options: Option<CallMediaStopContinuousDtmfRecognitionOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        let options = options.unwrap_or_default();
        let call_connection_id = runtime::encode_path_segment(
            "callConnectionId",
            call_connection_id,
        )?;
        let path = format!(
            "/calling/callConnections/{call_connection_id}:stopContinuousDtmfRecognition"
        );
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("CallMedia_StopContinuousDtmfRecognition");
        call.json_body("application/json", body)?;
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            match response.status.as_u16() {
                200 => Ok(()),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(()))
        }
    }

    /// Stop media streaming.
    ///
    /// Stops streaming the call's audio.
    ///
    /// POST `/calling/callConnections/{callConnectionId}:stopMediaStreaming` (operation `CallMedia_StopMediaStreaming`).
    ///
    /// Arguments:
    ///
    /// - `call_connection_id` (`callConnectionId` in the path): The id of the call connection.
    ///
    /// - `body` (`application/json`): What to do, and how.
    pub async fn call_media_stop_media_streaming(
        &self,
        call_connection_id: &str,
        body: &models::StopMediaStreamingRequest,
        options: Option<CallMediaStopMediaStreamingOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        let options = options.unwrap_or_default();
        let call_connection_id = runtime::encode_path_segment(
            "callConnectionId",
            call_connection_id,
        )?;
        let path = format!(
            "/calling/callConnections/{call_connection_id}:stopMediaStreaming"
        );
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("CallMedia_StopMediaStreaming");
        call.json_body("application/json", body)?;
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            match response.status.as_u16() {
                202 => Ok(()),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(()))
        }
    }

    /// Stop transcription.
    ///
    /// Stops the transcription of the call.
    ///
    /// POST `/calling/callConnections/{callConnectionId}:stopTranscription` (operation `CallMedia_StopTranscription`).
    ///
    /// Arguments:
    ///
    /// - `call_connection_id` (`callConnectionId` in the path): The id of the call connection.
    ///
    /// - `body` (`application/json`): What to do, and how.
    pub async fn call_media_stop_transcription(
        &self,
        call_connection_id: &str,
        body: &models::StopTranscriptionRequest,
        options: Option<CallMediaStopTranscriptionOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        let options = options.unwrap_or_default();
        let call_connection_id = runtime::encode_path_segment(
            "callConnectionId",
            call_connection_id,
        )?;
        let path = format!(
            "/calling/callConnections/{call_connection_id}:stopTranscription"
        );
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("CallMedia_StopTranscription");
        call.json_body("application/json", body)?;
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            match response.status.as_u16() {
                202 => Ok(()),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(()))
        }
    }

    /// Take a participant of the call off hold.
    ///
    /// Takes the identified participant off hold, so that they hear and are heard in the call again.
    ///
    /// POST `/calling/callConnections/{callConnectionId}:unhold` (operation `CallMedia_Unhold`).
    ///
    /// Arguments:
    ///
    /// - `call_connection_id` (`callConnectionId` in the path): The id of the call connection.
    ///
    /// - `body` (`application/json`): Which participant to take off hold.
    pub async fn call_media_unhold(
        &self,
        call_connection_id: &str,
        body: &models::UnholdRequest,
        options: Option<CallMediaUnholdOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        let options = options.unwrap_or_default();
        let call_connection_id = runtime::encode_path_segment(
            "callConnectionId",
            call_connection_id,
        )?;
        let path = format!("/calling/callConnections/{call_connection_id}:unhold");
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("CallMedia_Unhold");
        call.json_body("application/json", body)?;
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            match response.status.as_u16() {
                200 => Ok(()),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(()))
        }
    }

    /// Change the transcription settings.
    ///
    /// Changes the locale or the speech model of a running transcription.
    ///
    /// POST `/calling/callConnections/{callConnectionId}:updateTranscription` (operation `CallMedia_UpdateTranscription`).
    ///
    /// Arguments:
    ///
    /// - `call_connection_id` (`callConnectionId` in the path): The id of the call connection.
    ///
    /// - `body` (`application/json`): What to do, and how.
    pub async fn call_media_update_transcription(
        &self,
        call_connection_id: &str,
        body: &models::UpdateTranscriptionRequest,
        options: Option<CallMediaUpdateTranscriptionOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        let options = options.unwrap_or_default();
        let call_connection_id = runtime::encode_path_segment(
            "callConnectionId",
            call_connection_id,
        )?;
        let path = format!(
            "/calling/callConnections/{call_connection_id}:updateTranscription"
        );
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("CallMedia_UpdateTranscription");
        call.json_body("application/json", body)?;
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            match response.status.as_u16() {
                202 => Ok(()),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(()))
        }
    }

    /// Read a recording's state.
    ///
    /// Returns the state of a recording.
    ///
    /// GET `/calling/recordings/{recordingId}` (operation `CallRecording_GetRecordingProperties`).
    ///
    /// Arguments:
    ///
    /// - `recording_id` (`recordingId` in the path): The id of the recording.
    pub async fn call_recording_get_recording_properties(
        &self,
        recording_id: &str,
        options: Option<CallRecordingGetRecordingPropertiesOptions>,
    ) -> Result<
        super::Response<models::RecordingStateResponse>,
        Error<models::CommunicationErrorResponse>,
    > {
        let options = options.unwrap_or_default();
        let recording_id = runtime::encode_path_segment("recordingId", recording_id)?;
        let path = format!("/calling/recordings/{recording_id}");
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::GET, url);
        call.operation("CallRecording_GetRecordingProperties");
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            let body = match response.status.as_u16() {
                200 => response.json(),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(body))
        }
    }

    /// Pause a recording.
    ///
    /// Pauses a recording; it can be resumed.
    ///
    /// POST `/calling/recordings/{recordingId}:pause` (operation `CallRecording_PauseRecording`).
    ///
    /// Arguments:
    ///
    /// - `recording_id` (`recordingId` in the path): The id of the recording.
    pub async fn call_recording_pause_recording(
        &self,
        recording_id: &str,
        options: Option<CallRecordingPauseRecordingOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        let options = options.unwrap_or_default();
        let recording_id = runtime::encode_path_segment("recordingId", recording_id)?;
        let path = format!("/calling/recordings/{recording_id}:pause");
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("CallRecording_PauseRecording");
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            match response.status.as_u16() {
                202 => Ok(()),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(()))
        }
    }

    /// Resume a recording.
    ///
    /// Resumes a paused recording.
    ///
    /// POST `/calling/recordings/{recordingId}:resume` (operation `CallRecording_ResumeRecording`).
    ///
    /// Arguments:
    ///
    /// - `recording_id` (`recordingId` in the path): The id of the recording.
    pub async fn call_recording_resume_recording(
        &self,
        recording_id: &str,
        options: Option<CallRecordingResumeRecordingOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        let options = options.unwrap_or_default();
        let recording_id = runtime::encode_path_segment("recordingId", recording_id)?;
        let path = format!("/calling/recordings/{recording_id}:resume");
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("CallRecording_ResumeRecording");
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            match response.status.as_u16() {
                202 => Ok(()),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(()))
        }
    }

    /// Start recording a call.
    ///
    /// Starts recording a call, identified by a call locator or a call connection id.
    ///
    /// POST `/calling/recordings` (operation `CallRecording_StartRecording`).
    ///
    /// Arguments:
    ///
    /// - `body` (`application/json`): What to do, and how.
    pub async fn call_recording_start_recording(
        &self,
        body: &models::StartCallRecordingRequest,
        options: Option<CallRecordingStartRecordingOptions>,
    ) -> Result<
        super::Response<models::RecordingStateResponse>,
        Error<models::CommunicationErrorResponse>,
    > {
        let options = options.unwrap_or_default();
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, "/calling/recordings", &query);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("CallRecording_StartRecording");
        match &options.repeatability_request_id {
            Some(value) => {
                call.header("repeatability-request-id", value)?;
            }
            None => call.header("repeatability-request-id", &runtime::new_uuid())?,
        }
        match &options.repeatability_first_sent {
            Some(value) => {
                call.header("repeatability-first-sent", value)?;
            }
            None => call.header("repeatability-first-sent", &runtime::http_date_now())?,
        }
        call.json_body("application/json", body)?;
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            let body = match response.status.as_u16() {
                200 | 202 => response.json(),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(body))
        }
    }

    /// Stop a recording.
    ///
    /// Stops a recording for good.
    ///
    /// DELETE `/calling/recordings/{recordingId}` (operation `CallRecording_StopRecording`).
    ///
    /// Arguments:
    ///
    /// - `recording_id` (`recordingId` in the path): The id of the recording.
    pub async fn call_recording_stop_recording(
        &self,
        recording_id: &str,
        options: Option<CallRecordingStopRecordingOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        let options = options.unwrap_or_default();
        let recording_id = runtime::encode_path_segment("recordingId", recording_id)?;
        let path = format!("/calling/recordings/{recording_id}");
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::DELETE, url);
        call.operation("CallRecording_StopRecording");
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            match response.status.as_u16() {
                204 => Ok(()),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(()))
        }
    }

    /// Connect to an existing call.
    ///
    /// Connects the application to a call that is already in progress (a group call, a room or a server call), without being invited.
    ///
    /// POST `/calling/callConnections:connect` (operation `Connect`).
    ///
    /// Arguments:
    ///
    /// - `body` (`application/json`): What to do, and how.
    pub async fn connect(
        &self,
        body: &models::ConnectRequest,
        options: Option<ConnectOptions>,
    ) -> Result<
        super::Response<models::CallConnectionProperties>,
        Error<models::CommunicationErrorResponse>,
    > {
        let options = options.unwrap_or_default();
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(
            &self.endpoint,
            "/calling/callConnections:connect",
            &query,
        );
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("Connect");
        match &options.repeatability_request_id {
            Some(value) => {
                call.header("repeatability-request-id", value)?;
            }
            None => call.header("repeatability-request-id", &runtime::new_uuid())?,
        }
        match &options.repeatability_first_sent {
            Some(value) => {
                call.header("repeatability-first-sent", value)?;
            }
            None => call.header("repeatability-first-sent", &runtime::http_date_now())?,
        }
        call.json_body("application/json", body)?;
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            let body = match response.status.as_u16() {
                200 => response.json(),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(body))
        }
    }

    /// Place an outbound call.
    ///
    /// Places a call from the application to one or more targets. The call's progress arrives as events at `callbackUri`; the answer describes the new call connection.
    ///
    /// POST `/calling/callConnections` (operation `CreateCall`).
    ///
    /// Arguments:
    ///
    /// - `body` (`application/json`): What to do, and how.
    pub async fn create_call(
        &self,
        body: &models::CreateCallRequest,
        options: Option<CreateCallOptions>,
    ) -> Result<
        super::Response<models::CallConnectionProperties>,
        Error<models::CommunicationErrorResponse>,
    > {
        let options = options.unwrap_or_default();
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, "/calling/callConnections", &query);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("CreateCall");
        match &options.repeatability_request_id {
            Some(value) => {
                call.header("repeatability-request-id", value)?;
            }
            None => call.header("repeatability-request-id", &runtime::new_uuid())?,
        }
        match &options.repeatability_first_sent {
            Some(value) => {
                call.header("repeatability-first-sent", value)?;
            }
            None => call.header("repeatability-first-sent", &runtime::http_date_now())?,
        }
        call.json_body("application/json", body)?;
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            let body = match response.status.as_u16() {
                201 => response.json(),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(body))
        }
    }

    /// Redirect an incoming call.
    ///
    /// Sends an incoming call, not yet answered, on to another target.
    ///
    /// POST `/calling/callConnections:redirect` (operation `RedirectCall`).
    ///
    /// Arguments:
    ///
    /// - `body` (`application/json`): What to do, and how.
    pub async fn redirect_call(
        &self,
        body: &models::RedirectCallRequest,
        options: Option<RedirectCallOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        let options = options.unwrap_or_default();
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(
            &self.endpoint,
            "/calling/callConnections:redirect",
            &query,
        );
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("RedirectCall");
        match &options.repeatability_request_id {
            Some(value) => {
                call.header("repeatability-request-id", value)?;
            }
            None => call.header("repeatability-request-id", &runtime::new_uuid())?,
        }
        match &options.repeatability_first_sent {
            Some(value) => {
                call.header("repeatability-first-sent", value)?;
            }
            None => call.header("repeatability-first-sent", &runtime::http_date_now())?,
        }
        call.json_body("application/json", body)?;
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            match response.status.as_u16() {
                204 => Ok(()),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(()))
        }
    }

    /// Reject an incoming call.
    ///
    /// Declines an incoming call that has not been answered, optionally with a reason.
    ///
    /// POST `/calling/callConnections:reject` (operation `RejectCall`).
    ///
    /// Arguments:
    ///
    /// - `body` (`application/json`): What to do, and how.
    pub async fn reject_call(
        &self,
        body: &models::RejectCallRequest,
        options: Option<RejectCallOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        let options = options.unwrap_or_default();
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(
            &self.endpoint,
            "/calling/callConnections:reject",
            &query,
        );
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("RejectCall");
        match &options.repeatability_request_id {
            Some(value) => {
                call.header("repeatability-request-id", value)?;
            }
            None => call.header("repeatability-request-id", &runtime::new_uuid())?,
        }
        match &options.repeatability_first_sent {
            Some(value) => {
                call.header("repeatability-first-sent", value)?;
            }
            None => call.header("repeatability-first-sent", &runtime::http_date_now())?,
        }
        call.json_body("application/json", body)?;
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            match response.status.as_u16() {
                204 => Ok(()),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(()))
        }
    }
}

/// The `CallConnection` operations: `client.call_connection().name(…)` calls the client's `call_connection_name(…)` with the same arguments.
#[derive(Debug, Clone, Copy)]
pub struct CallConnectionOperations<'a> {
    client: &'a Client,
}

impl Client {
    /// The `CallConnection` operations: `client.call_connection().name(…)` calls the client's `call_connection_name(…)` with the same arguments.
    pub fn call_connection(&self) -> CallConnectionOperations<'_> {
        CallConnectionOperations {
            client: self,
        }
    }
}

impl<'a> CallConnectionOperations<'a> {
    /// The client whose methods these call.
    pub fn client(&self) -> &'a Client {
        self.client
    }

    /// Add a participant.
    ///
    /// See [`Client::call_connection_add_participant`].
    pub async fn add_participant(
        &self,
        call_connection_id: &str,
        body: &models::AddParticipantRequest,
        options: Option<CallConnectionAddParticipantOptions>,
    ) -> Result<
        super::Response<models::AddParticipantResponse>,
        Error<models::CommunicationErrorResponse>,
    > {
        self.client
            .call_connection_add_participant(call_connection_id, body, options)
            .await
    }

    /// Cancel an invitation.
    ///
    /// See [`Client::call_connection_cancel_add_participant`].
    pub async fn cancel_add_participant(
        &self,
        call_connection_id: &str,
        body: &models::CancelAddParticipantRequest,
        options: Option<CallConnectionCancelAddParticipantOptions>,
    ) -> Result<
        super::Response<models::CancelAddParticipantResponse>,
        Error<models::CommunicationErrorResponse>,
    > {
        self.client
            .call_connection_cancel_add_participant(call_connection_id, body, options)
            .await
    }

    /// Read a call connection.
    ///
    /// See [`Client::call_connection_get_call`].
    pub async fn get_call(
        &self,
        call_connection_id: &str,
        options: Option<CallConnectionGetCallOptions>,
    ) -> Result<
        super::Response<models::CallConnectionProperties>,
        Error<models::CommunicationErrorResponse>,
    > {
        self.client.call_connection_get_call(call_connection_id, options).await
    }

    /// Read a participant.
    ///
    /// See [`Client::call_connection_get_participant`].
    pub async fn get_participant(
        &self,
        call_connection_id: &str,
        participant_raw_id: &str,
        options: Option<CallConnectionGetParticipantOptions>,
    ) -> Result<
        super::Response<models::CallParticipant>,
        Error<models::CommunicationErrorResponse>,
    > {
        self.client
            .call_connection_get_participant(
                call_connection_id,
                participant_raw_id,
                options,
            )
            .await
    }

    /// List the participants.
    ///
    /// See [`Client::call_connection_get_participants`].
    pub async fn get_participants(
        &self,
        call_connection_id: &str,
        options: Option<CallConnectionGetParticipantsOptions>,
    ) -> Result<
        super::Response<models::GetParticipantsResponse>,
        Error<models::CommunicationErrorResponse>,
    > {
        self.client.call_connection_get_participants(call_connection_id, options).await
    }

    /// Every item of every page: see [`Client::call_connection_get_participants_stream`].
    pub fn get_participants_stream(
        &self,
        call_connection_id: &str,
        options: Option<CallConnectionGetParticipantsOptions>,
    ) -> impl openapi_client_runtime::futures_util::Stream<
        Item = Result<models::CallParticipant, Error<models::CommunicationErrorResponse>>,
    > {
        self.client.call_connection_get_participants_stream(call_connection_id, options)
    }

    /// Leave the call.
    ///
    /// See [`Client::call_connection_hangup_call`].
    pub async fn hangup_call(
        &self,
        call_connection_id: &str,
        options: Option<CallConnectionHangupCallOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        self.client.call_connection_hangup_call(call_connection_id, options).await
    }

    /// Move participants into this call.
    ///
    /// See [`Client::call_connection_move_participants`].
    pub async fn move_participants(
        &self,
        call_connection_id: &str,
        body: &models::MoveParticipantsRequest,
        options: Option<CallConnectionMoveParticipantsOptions>,
    ) -> Result<
        super::Response<models::MoveParticipantsResponse>,
        Error<models::CommunicationErrorResponse>,
    > {
        self.client
            .call_connection_move_participants(call_connection_id, body, options)
            .await
    }

    /// Mute participants.
    ///
    /// See [`Client::call_connection_mute`].
    pub async fn mute(
        &self,
        call_connection_id: &str,
        body: &models::MuteParticipantsRequest,
        options: Option<CallConnectionMuteOptions>,
    ) -> Result<
        super::Response<models::MuteParticipantsResult>,
        Error<models::CommunicationErrorResponse>,
    > {
        self.client.call_connection_mute(call_connection_id, body, options).await
    }

    /// Remove a participant.
    ///
    /// See [`Client::call_connection_remove_participant`].
    pub async fn remove_participant(
        &self,
        call_connection_id: &str,
        body: &models::RemoveParticipantRequest,
        options: Option<CallConnectionRemoveParticipantOptions>,
    ) -> Result<
        super::Response<models::RemoveParticipantResponse>,
        Error<models::CommunicationErrorResponse>,
    > {
        self.client
            .call_connection_remove_participant(call_connection_id, body, options)
            .await
    }

    /// End the call for everyone.
    ///
    /// See [`Client::call_connection_terminate_call`].
    pub async fn terminate_call(
        &self,
        call_connection_id: &str,
        options: Option<CallConnectionTerminateCallOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        self.client.call_connection_terminate_call(call_connection_id, options).await
    }

    /// Transfer the call.
    ///
    /// See [`Client::call_connection_transfer_to_participant`].
    pub async fn transfer_to_participant(
        &self,
        call_connection_id: &str,
        body: &models::TransferToParticipantRequest,
        options: Option<CallConnectionTransferToParticipantOptions>,
    ) -> Result<
        super::Response<models::TransferCallResponse>,
        Error<models::CommunicationErrorResponse>,
    > {
        self.client
            .call_connection_transfer_to_participant(call_connection_id, body, options)
            .await
    }
}

/// The `CallMedia` operations: `client.call_media().name(…)` calls the client's `call_media_name(…)` with the same arguments.
#[derive(Debug, Clone, Copy)]
pub struct CallMediaOperations<'a> {
    client: &'a Client,
}

impl Client {
    /// The `CallMedia` operations: `client.call_media().name(…)` calls the client's `call_media_name(…)` with the same arguments.
    pub fn call_media(&self) -> CallMediaOperations<'_> {
        CallMediaOperations {
            client: self,
        }
    }
}

impl<'a> CallMediaOperations<'a> {
    /// The client whose methods these call.
    pub fn client(&self) -> &'a Client {
        self.client
    }

    /// Cancel all media operations.
    ///
    /// See [`Client::call_media_cancel_all_media_operations`].
    pub async fn cancel_all_media_operations(
        &self,
        call_connection_id: &str,
        options: Option<CallMediaCancelAllMediaOperationsOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        self.client
            .call_media_cancel_all_media_operations(call_connection_id, options)
            .await
    }

    /// Put a participant on hold.
    ///
    /// See [`Client::call_media_hold`].
    pub async fn hold(
        &self,
        call_connection_id: &str,
        body: &models::HoldRequest,
        options: Option<CallMediaHoldOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        self.client.call_media_hold(call_connection_id, body, options).await
    }

    /// Play audio in the call.
    ///
    /// See [`Client::call_media_play`].
    pub async fn play(
        &self,
        call_connection_id: &str,
        body: &models::PlayRequest,
        options: Option<CallMediaPlayOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        self.client.call_media_play(call_connection_id, body, options).await
    }

    /// Recognize input from a participant.
    ///
    /// See [`Client::call_media_recognize`].
    pub async fn recognize(
        &self,
        call_connection_id: &str,
        body: &models::RecognizeRequest,
        options: Option<CallMediaRecognizeOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        self.client.call_media_recognize(call_connection_id, body, options).await
    }

    /// Send DTMF tones.
    ///
    /// See [`Client::call_media_send_dtmf_tones`].
    pub async fn send_dtmf_tones(
        &self,
        call_connection_id: &str,
        body: &models::SendDtmfTonesRequest,
        options: Option<CallMediaSendDtmfTonesOptions>,
    ) -> Result<
        super::Response<models::SendDtmfTonesResult>,
        Error<models::CommunicationErrorResponse>,
    > {
        self.client.call_media_send_dtmf_tones(call_connection_id, body, options).await
    }

    /// Start continuous DTMF recognition.
    ///
    /// See [`Client::call_media_start_continuous_dtmf_recognition`].
    pub async fn start_continuous_dtmf_recognition(
        &self,
        call_connection_id: &str,
        body: &models::ContinuousDtmfRecognitionRequest,
        options: Option<CallMediaStartContinuousDtmfRecognitionOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        self.client
            .call_media_start_continuous_dtmf_recognition(
                call_connection_id,
                body,
                options,
            )
            .await
    }

    /// Start media streaming.
    ///
    /// See [`Client::call_media_start_media_streaming`].
    pub async fn start_media_streaming(
        &self,
        call_connection_id: &str,
        body: &models::StartMediaStreamingRequest,
        options: Option<CallMediaStartMediaStreamingOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        self.client
            .call_media_start_media_streaming(call_connection_id, body, options)
            .await
    }

    /// Start transcription.
    ///
    /// See [`Client::call_media_start_transcription`].
    pub async fn start_transcription(
        &self,
        call_connection_id: &str,
        body: &models::StartTranscriptionRequest,
        options: Option<CallMediaStartTranscriptionOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        self.client
            .call_media_start_transcription(call_connection_id, body, options)
            .await
    }

    /// Stop continuous DTMF recognition.
    ///
    /// See [`Client::call_media_stop_continuous_dtmf_recognition`].
    pub async fn stop_continuous_dtmf_recognition(
        &self,
        call_connection_id: &str,
        body: &models::ContinuousDtmfRecognitionRequest,
        options: Option<CallMediaStopContinuousDtmfRecognitionOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        self.client
            .call_media_stop_continuous_dtmf_recognition(
                call_connection_id,
                body,
                options,
            )
            .await
    }

    /// Stop media streaming.
    ///
    /// See [`Client::call_media_stop_media_streaming`].
    pub async fn stop_media_streaming(
        &self,
        call_connection_id: &str,
        body: &models::StopMediaStreamingRequest,
        options: Option<CallMediaStopMediaStreamingOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        self.client
            .call_media_stop_media_streaming(call_connection_id, body, options)
            .await
    }

    /// Stop transcription.
    ///
    /// See [`Client::call_media_stop_transcription`].
    pub async fn stop_transcription(
        &self,
        call_connection_id: &str,
        body: &models::StopTranscriptionRequest,
        options: Option<CallMediaStopTranscriptionOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        self.client
            .call_media_stop_transcription(call_connection_id, body, options)
            .await
    }

    /// Take a participant of the call off hold.
    ///
    /// See [`Client::call_media_unhold`].
    pub async fn unhold(
        &self,
        call_connection_id: &str,
        body: &models::UnholdRequest,
        options: Option<CallMediaUnholdOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        self.client.call_media_unhold(call_connection_id, body, options).await
    }

    /// Change the transcription settings.
    ///
    /// See [`Client::call_media_update_transcription`].
    pub async fn update_transcription(
        &self,
        call_connection_id: &str,
        body: &models::UpdateTranscriptionRequest,
        options: Option<CallMediaUpdateTranscriptionOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        self.client
            .call_media_update_transcription(call_connection_id, body, options)
            .await
    }
}

/// The `CallRecording` operations: `client.call_recording().name(…)` calls the client's `call_recording_name(…)` with the same arguments.
#[derive(Debug, Clone, Copy)]
pub struct CallRecordingOperations<'a> {
    client: &'a Client,
}

impl Client {
    /// The `CallRecording` operations: `client.call_recording().name(…)` calls the client's `call_recording_name(…)` with the same arguments.
    pub fn call_recording(&self) -> CallRecordingOperations<'_> {
        CallRecordingOperations {
            client: self,
        }
    }
}

impl<'a> CallRecordingOperations<'a> {
    /// The client whose methods these call.
    pub fn client(&self) -> &'a Client {
        self.client
    }

    /// Read a recording's state.
    ///
    /// See [`Client::call_recording_get_recording_properties`].
    pub async fn get_recording_properties(
        &self,
        recording_id: &str,
        options: Option<CallRecordingGetRecordingPropertiesOptions>,
    ) -> Result<
        super::Response<models::RecordingStateResponse>,
        Error<models::CommunicationErrorResponse>,
    > {
        self.client.call_recording_get_recording_properties(recording_id, options).await
    }

    /// Pause a recording.
    ///
    /// See [`Client::call_recording_pause_recording`].
    pub async fn pause_recording(
        &self,
        recording_id: &str,
        options: Option<CallRecordingPauseRecordingOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        self.client.call_recording_pause_recording(recording_id, options).await
    }

    /// Resume a recording.
    ///
    /// See [`Client::call_recording_resume_recording`].
    pub async fn resume_recording(
        &self,
        recording_id: &str,
        options: Option<CallRecordingResumeRecordingOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        self.client.call_recording_resume_recording(recording_id, options).await
    }

    /// Start recording a call.
    ///
    /// See [`Client::call_recording_start_recording`].
    pub async fn start_recording(
        &self,
        body: &models::StartCallRecordingRequest,
        options: Option<CallRecordingStartRecordingOptions>,
    ) -> Result<
        super::Response<models::RecordingStateResponse>,
        Error<models::CommunicationErrorResponse>,
    > {
        self.client.call_recording_start_recording(body, options).await
    }

    /// Stop a recording.
    ///
    /// See [`Client::call_recording_stop_recording`].
    pub async fn stop_recording(
        &self,
        recording_id: &str,
        options: Option<CallRecordingStopRecordingOptions>,
    ) -> Result<super::Response<()>, Error<models::CommunicationErrorResponse>> {
        self.client.call_recording_stop_recording(recording_id, options).await
    }
}

/// Optional settings of one call of [`Client::answer_call`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct AnswerCallOptions {
    /// A fresh id for each request, repeated when the same request is sent again, so that the service carries it out once.
    ///
    /// Left unset, the client sends a new UUID, the same on every retry of the call, as Azure's SDKs do (repeatable requests).
    pub repeatability_request_id: Option<String>,
    /// When the request with this `Repeatability-Request-ID` was first sent (an HTTP date).
    ///
    /// Left unset, the client sends the time of the call, the same on every retry, as Azure's SDKs do (repeatable requests).
    pub repeatability_first_sent: Option<String>,
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::call_connection_add_participant`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallConnectionAddParticipantOptions {
    /// A fresh id for each request, repeated when the same request is sent again, so that the service carries it out once.
    ///
    /// Left unset, the client sends a new UUID, the same on every retry of the call, as Azure's SDKs do (repeatable requests).
    pub repeatability_request_id: Option<String>,
    /// When the request with this `Repeatability-Request-ID` was first sent (an HTTP date).
    ///
    /// Left unset, the client sends the time of the call, the same on every retry, as Azure's SDKs do (repeatable requests).
    pub repeatability_first_sent: Option<String>,
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::call_connection_cancel_add_participant`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallConnectionCancelAddParticipantOptions {
    /// A fresh id for each request, repeated when the same request is sent again, so that the service carries it out once.
    ///
    /// Left unset, the client sends a new UUID, the same on every retry of the call, as Azure's SDKs do (repeatable requests).
    pub repeatability_request_id: Option<String>,
    /// When the request with this `Repeatability-Request-ID` was first sent (an HTTP date).
    ///
    /// Left unset, the client sends the time of the call, the same on every retry, as Azure's SDKs do (repeatable requests).
    pub repeatability_first_sent: Option<String>,
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::call_connection_get_call`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallConnectionGetCallOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::call_connection_get_participant`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallConnectionGetParticipantOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::call_connection_get_participants`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallConnectionGetParticipantsOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::call_connection_hangup_call`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallConnectionHangupCallOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::call_connection_move_participants`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallConnectionMoveParticipantsOptions {
    /// A fresh id for each request, repeated when the same request is sent again, so that the service carries it out once.
    ///
    /// Left unset, the client sends a new UUID, the same on every retry of the call, as Azure's SDKs do (repeatable requests).
    pub repeatability_request_id: Option<String>,
    /// When the request with this `Repeatability-Request-ID` was first sent (an HTTP date).
    ///
    /// Left unset, the client sends the time of the call, the same on every retry, as Azure's SDKs do (repeatable requests).
    pub repeatability_first_sent: Option<String>,
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::call_connection_mute`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallConnectionMuteOptions {
    /// A fresh id for each request, repeated when the same request is sent again, so that the service carries it out once.
    ///
    /// Left unset, the client sends a new UUID, the same on every retry of the call, as Azure's SDKs do (repeatable requests).
    pub repeatability_request_id: Option<String>,
    /// When the request with this `Repeatability-Request-ID` was first sent (an HTTP date).
    ///
    /// Left unset, the client sends the time of the call, the same on every retry, as Azure's SDKs do (repeatable requests).
    pub repeatability_first_sent: Option<String>,
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::call_connection_remove_participant`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallConnectionRemoveParticipantOptions {
    /// A fresh id for each request, repeated when the same request is sent again, so that the service carries it out once.
    ///
    /// Left unset, the client sends a new UUID, the same on every retry of the call, as Azure's SDKs do (repeatable requests).
    pub repeatability_request_id: Option<String>,
    /// When the request with this `Repeatability-Request-ID` was first sent (an HTTP date).
    ///
    /// Left unset, the client sends the time of the call, the same on every retry, as Azure's SDKs do (repeatable requests).
    pub repeatability_first_sent: Option<String>,
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::call_connection_terminate_call`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallConnectionTerminateCallOptions {
    /// A fresh id for each request, repeated when the same request is sent again, so that the service carries it out once.
    ///
    /// Left unset, the client sends a new UUID, the same on every retry of the call, as Azure's SDKs do (repeatable requests).
    pub repeatability_request_id: Option<String>,
    /// When the request with this `Repeatability-Request-ID` was first sent (an HTTP date).
    ///
    /// Left unset, the client sends the time of the call, the same on every retry, as Azure's SDKs do (repeatable requests).
    pub repeatability_first_sent: Option<String>,
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::call_connection_transfer_to_participant`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallConnectionTransferToParticipantOptions {
    /// A fresh id for each request, repeated when the same request is sent again, so that the service carries it out once.
    ///
    /// Left unset, the client sends a new UUID, the same on every retry of the call, as Azure's SDKs do (repeatable requests).
    pub repeatability_request_id: Option<String>,
    /// When the request with this `Repeatability-Request-ID` was first sent (an HTTP date).
    ///
    /// Left unset, the client sends the time of the call, the same on every retry, as Azure's SDKs do (repeatable requests).
    pub repeatability_first_sent: Option<String>,
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::call_media_cancel_all_media_operations`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallMediaCancelAllMediaOperationsOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::call_media_hold`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallMediaHoldOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::call_media_play`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallMediaPlayOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::call_media_recognize`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallMediaRecognizeOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::call_media_send_dtmf_tones`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallMediaSendDtmfTonesOptions {
    /// A fresh id for each request, repeated when the same request is sent again, so that the service carries it out once.
    ///
    /// Left unset, the client sends a new UUID, the same on every retry of the call, as Azure's SDKs do (repeatable requests).
    pub repeatability_request_id: Option<String>,
    /// When the request with this `Repeatability-Request-ID` was first sent (an HTTP date).
    ///
    /// Left unset, the client sends the time of the call, the same on every retry, as Azure's SDKs do (repeatable requests).
    pub repeatability_first_sent: Option<String>,
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::call_media_start_continuous_dtmf_recognition`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallMediaStartContinuousDtmfRecognitionOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::call_media_start_media_streaming`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallMediaStartMediaStreamingOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::call_media_start_transcription`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallMediaStartTranscriptionOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::call_media_stop_continuous_dtmf_recognition`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallMediaStopContinuousDtmfRecognitionOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::call_media_stop_media_streaming`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallMediaStopMediaStreamingOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::call_media_stop_transcription`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallMediaStopTranscriptionOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::call_media_unhold`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallMediaUnholdOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::call_media_update_transcription`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallMediaUpdateTranscriptionOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::call_recording_get_recording_properties`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallRecordingGetRecordingPropertiesOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::call_recording_pause_recording`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallRecordingPauseRecordingOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::call_recording_resume_recording`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallRecordingResumeRecordingOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::call_recording_start_recording`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallRecordingStartRecordingOptions {
    /// A fresh id for each request, repeated when the same request is sent again, so that the service carries it out once.
    ///
    /// Left unset, the client sends a new UUID, the same on every retry of the call, as Azure's SDKs do (repeatable requests).
    pub repeatability_request_id: Option<String>,
    /// When the request with this `Repeatability-Request-ID` was first sent (an HTTP date).
    ///
    /// Left unset, the client sends the time of the call, the same on every retry, as Azure's SDKs do (repeatable requests).
    pub repeatability_first_sent: Option<String>,
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::call_recording_stop_recording`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallRecordingStopRecordingOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::connect`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct ConnectOptions {
    /// A fresh id for each request, repeated when the same request is sent again, so that the service carries it out once.
    ///
    /// Left unset, the client sends a new UUID, the same on every retry of the call, as Azure's SDKs do (repeatable requests).
    pub repeatability_request_id: Option<String>,
    /// When the request with this `Repeatability-Request-ID` was first sent (an HTTP date).
    ///
    /// Left unset, the client sends the time of the call, the same on every retry, as Azure's SDKs do (repeatable requests).
    pub repeatability_first_sent: Option<String>,
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::create_call`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CreateCallOptions {
    /// A fresh id for each request, repeated when the same request is sent again, so that the service carries it out once.
    ///
    /// Left unset, the client sends a new UUID, the same on every retry of the call, as Azure's SDKs do (repeatable requests).
    pub repeatability_request_id: Option<String>,
    /// When the request with this `Repeatability-Request-ID` was first sent (an HTTP date).
    ///
    /// Left unset, the client sends the time of the call, the same on every retry, as Azure's SDKs do (repeatable requests).
    pub repeatability_first_sent: Option<String>,
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::redirect_call`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct RedirectCallOptions {
    /// A fresh id for each request, repeated when the same request is sent again, so that the service carries it out once.
    ///
    /// Left unset, the client sends a new UUID, the same on every retry of the call, as Azure's SDKs do (repeatable requests).
    pub repeatability_request_id: Option<String>,
    /// When the request with this `Repeatability-Request-ID` was first sent (an HTTP date).
    ///
    /// Left unset, the client sends the time of the call, the same on every retry, as Azure's SDKs do (repeatable requests).
    pub repeatability_first_sent: Option<String>,
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::reject_call`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct RejectCallOptions {
    /// A fresh id for each request, repeated when the same request is sent again, so that the service carries it out once.
    ///
    /// Left unset, the client sends a new UUID, the same on every retry of the call, as Azure's SDKs do (repeatable requests).
    pub repeatability_request_id: Option<String>,
    /// When the request with this `Repeatability-Request-ID` was first sent (an HTTP date).
    ///
    /// Left unset, the client sends the time of the call, the same on every retry, as Azure's SDKs do (repeatable requests).
    pub repeatability_first_sent: Option<String>,
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}
