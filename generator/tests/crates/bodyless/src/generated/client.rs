// @generated from `generator/tests/fixtures/bodyless.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The client: [`Client`], made by [`ClientBuilder`], with one method per operation.

use std::time::Duration;
use super::credentials;
use super::error::Error;
use super::models;
use super::runtime;

/// The spec's first server URL, `https://{region}.example.com/api`, with its variables at their defaults.
pub const DEFAULT_SERVER_URL: &str = "https://eu.example.com/api";

/// The longest time a whole call may take, unless [`ClientBuilder::timeout`] or the call's options say otherwise.
pub const DEFAULT_TIMEOUT: Duration = runtime::DEFAULT_TIMEOUT;

/// The longest time a connection may take to open, unless [`ClientBuilder::connect_timeout`] says otherwise.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = runtime::DEFAULT_CONNECT_TIMEOUT;

/// The longest time one attempt may take, unless [`ClientBuilder::attempt_timeout`] says otherwise.
pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = runtime::DEFAULT_ATTEMPT_TIMEOUT;

/// The largest response body read, unless [`ClientBuilder::max_response_body`] says otherwise.
pub const DEFAULT_MAX_RESPONSE_BODY: usize = runtime::DEFAULT_MAX_RESPONSE_BODY;

/// A client of Body-less (api-version 1).
///
/// The endpoint is the server URL `https://{region}.example.com/api` with its variables (`region`) filled in.
///
/// `region`: Where the data lives.
///
/// Every method returns the answer's body in a [`Response`](super::Response), which dereferences to it and tells the status, the headers and the request ids; `.into_body()` takes the body.
///
/// Cloning is cheap: clones share their connection pool.
#[derive(Clone)]
pub struct Client {
    endpoint: reqwest::Url,
    pipeline: std::sync::Arc<runtime::Pipeline>,
    key: Option<reqwest::header::HeaderValue>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("endpoint", &self.endpoint.as_str())
            .field("key", &self.key.as_ref().map(|_| "<redacted>"))
            .field("pipeline", &self.pipeline)
            .finish()
    }
}

/// Settings of a [`Client`]; [`ClientBuilder::build`] checks them and makes the client.
#[derive(Clone)]
pub struct ClientBuilder {
    settings: runtime::Settings,
    key: Option<String>,
}

impl std::fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("settings", &self.settings)
            .field("key", &self.key.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

impl ClientBuilder {
    /// The API key.
    ///
    /// Sent as the `X-Api-Key` header of every request. Kept out of `Debug` output.
    pub fn key(mut self, value: impl Into<String>) -> Self {
        self.key = Some(value.into());
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

    /// Sends `Authorization: Bearer <token>` with every request, asking `provider` for tokens and reusing each until five minutes before it expires. The provider is asked for tokens without scopes. Replaces any other credential.
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
    openapi_client_runtime::client_builder_settings!();

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
                request_id_header: None,
                scopes: &[],
            })?;
        Ok(Client {
            endpoint,
            pipeline,
            key: self.key.as_deref().map(runtime::sensitive_header).transpose()?,
        })
    }
}

impl Client {
    /// The spec's first server URL, `https://{region}.example.com/api`, with its variables filled in, for [`Client::new`] or [`Client::builder`].
    ///
    /// `region`: Where the data lives. (default `eu`; one of `eu`, `us`)
    pub fn server_url(region: &str) -> String {
        "https://{region}.example.com/api".replace("{region}", region)
    }

    /// A client of the service at `endpoint`, with default settings.
    pub fn new(endpoint: impl Into<String>) -> Result<Self, Error> {
        Self::builder(endpoint).build()
    }

    /// A builder for a client of the service at `endpoint`.
    pub fn builder(endpoint: impl Into<String>) -> ClientBuilder {
        ClientBuilder {
            settings: runtime::Settings::new(endpoint.into()),
            key: None,
        }
    }

    /// The endpoint requests are sent to.
    pub fn endpoint(&self) -> &reqwest::Url {
        &self.endpoint
    }

    #[allow(unused_variables, dead_code)]
    fn authenticate(&self, call: &mut runtime::Call) {
        if let Some(value) = &self.key {
            call.header_value(
                reqwest::header::HeaderName::from_static("x-api-key"),
                value.clone(),
            );
        }
    }

    /// POST `/jobs/{jobId}:cancel` (operation `Jobs_Cancel`).
    ///
    /// Arguments:
    ///
    /// - `job_id` (`jobId` in the path)
    pub async fn jobs_cancel(
        &self,
        job_id: &str,
        options: Option<JobsCancelOptions>,
    ) -> Result<super::Response<()>, Error<models::Problem>> {
        let options = options.unwrap_or_default();
        let job_id = runtime::encode_path_segment("jobId", job_id)?;
        let path = format!("/jobs/{job_id}:cancel");
        let url = runtime::url(&self.endpoint, &path, &[]);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("Jobs_Cancel");
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

    /// DELETE `/jobs/{jobId}` (operation `Jobs_Delete`).
    ///
    /// Arguments:
    ///
    /// - `job_id` (`jobId` in the path)
    #[deprecated]
    pub async fn jobs_delete(
        &self,
        job_id: &str,
        options: Option<JobsDeleteOptions>,
    ) -> Result<super::Response<()>, Error<models::Problem>> {
        let options = options.unwrap_or_default();
        let job_id = runtime::encode_path_segment("jobId", job_id)?;
        let path = format!("/jobs/{job_id}");
        let url = runtime::url(&self.endpoint, &path, &[]);
        let mut call = runtime::Call::new(reqwest::Method::DELETE, url);
        call.operation("Jobs_Delete");
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

/// Optional settings of one call of [`Client::jobs_cancel`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct JobsCancelOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::jobs_delete`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct JobsDeleteOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}
