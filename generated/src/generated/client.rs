// @generated from `specs/callautomation/2025-05-15.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The client: [`Client`], made by [`ClientBuilder`], with one method per operation.

use std::time::Duration;
use super::credentials;
use super::error::Error;
use super::models;
use super::options::RetryOptions;
use super::runtime;

/// The `api-version` sent when the builder sets none.
pub const DEFAULT_API_VERSION: &str = "2025-05-15";

/// The longest time a whole call may take, unless [`ClientBuilder::timeout`] or the call's options say otherwise.
pub const DEFAULT_TIMEOUT: Duration = runtime::DEFAULT_TIMEOUT;

/// The longest time a connection may take to open, unless [`ClientBuilder::connect_timeout`] says otherwise.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = runtime::DEFAULT_CONNECT_TIMEOUT;

/// The longest time one attempt may take, unless [`ClientBuilder::attempt_timeout`] says otherwise.
pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = runtime::DEFAULT_ATTEMPT_TIMEOUT;

/// The largest response body read, unless [`ClientBuilder::max_response_body`] says otherwise.
pub const DEFAULT_MAX_RESPONSE_BODY: usize = runtime::DEFAULT_MAX_RESPONSE_BODY;

/// A client of Azure Communication Services Call Automation (api-version 2025-05-15).
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
/// - `CallMedia`: [`call_media_unhold`](Client::call_media_unhold)
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
    /// Sent as `api-version`; defaults to `2025-05-15`.
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

    /// How failed attempts are retried; [`RetryOptions::none`] turns retrying off.
    pub fn retry(mut self, retry: RetryOptions) -> Self {
        self.settings.retry = retry;
        self
    }

    /// A limit on the time of a whole call, retries and their delays included
    /// ([`DEFAULT_TIMEOUT`] by default; retries also stop starting after
    /// [`RetryOptions::max_total`]). A call's options can set their own.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.settings.timeout = Some(timeout);
        self
    }

    /// A limit on the time of one attempt, from sending to the end of the response body
    /// ([`DEFAULT_ATTEMPT_TIMEOUT`] by default); `None` removes it.
    pub fn attempt_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.settings.attempt_timeout = timeout;
        self
    }

    /// A limit on the time to open a connection ([`DEFAULT_CONNECT_TIMEOUT`] by default).
    /// It applies to the client's own `reqwest` client, not to one given with
    /// [`ClientBuilder::http_client`].
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.settings.connect_timeout = timeout;
        self
    }

    /// Text put before this crate's name and version in the `User-Agent` header (an
    /// application's name, for example).
    pub fn user_agent_prefix(mut self, prefix: impl Into<String>) -> Self {
        self.settings.user_agent_prefix = Some(prefix.into());
        self
    }

    /// Allows a plain `http` endpoint whose host is not loopback (`http` to `localhost`,
    /// `127.0.0.0/8` and `::1` is always allowed). Credentials then travel unencrypted.
    pub fn allow_http(mut self, allow: bool) -> Self {
        self.settings.allow_http = allow;
        self
    }

    /// The largest response body read, in bytes ([`DEFAULT_MAX_RESPONSE_BODY`] by default);
    /// a larger one fails the call with [`Error::ResponseTooLarge`].
    pub fn max_response_body(mut self, bytes: usize) -> Self {
        self.settings.max_response_body = bytes;
        self
    }

    /// The `reqwest` client to send requests with (for its proxy or TLS settings); by
    /// default, one from [`http_client_builder`](super::http_client_builder) with the
    /// connect timeout set. Start from that builder to keep its TLS setup.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.settings.http = Some(client);
        self
    }

    /// What sends the requests instead of a reqwest client: in tests, a
    /// [`MemoryTransport`](super::policy::MemoryTransport) that answers from a queue and
    /// keeps the requests it was sent, so that no server is needed.
    pub fn transport(
        mut self,
        transport: std::sync::Arc<dyn super::policy::Transport>,
    ) -> Self {
        self.settings.transport = Some(transport);
        self
    }

    /// Adds a step run once per call, before retries, after those added before
    /// (see [`policy`](super::policy)).
    pub fn per_call_policy(
        mut self,
        policy: std::sync::Arc<dyn super::policy::Policy>,
    ) -> Self {
        self.settings.per_call.push(policy);
        self
    }

    /// Adds a step run for every attempt, after those added before and before the
    /// client's credentials are added (see [`policy`](super::policy)).
    pub fn per_try_policy(
        mut self,
        policy: std::sync::Arc<dyn super::policy::Policy>,
    ) -> Self {
        self.settings.per_try.push(policy);
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

    #[allow(unused_variables)]
    fn authenticate(&self, call: &mut runtime::Call) {}

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
