// @generated from `generator/tests/fixtures/names_and_docs.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The client: [`Client`], made by [`ClientBuilder`], with one method per operation.

use std::time::Duration;
use super::error::Error;
use super::models;
use super::runtime;

/// The `api-version` sent when the builder sets none.
pub const DEFAULT_API_VERSION: &str = "1";

/// The longest time a whole call may take, unless [`ClientBuilder::timeout`] or the call's options say otherwise.
pub const DEFAULT_TIMEOUT: Duration = runtime::DEFAULT_TIMEOUT;

/// The longest time a connection may take to open, unless [`ClientBuilder::connect_timeout`] says otherwise.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = runtime::DEFAULT_CONNECT_TIMEOUT;

/// The longest time one attempt may take, unless [`ClientBuilder::attempt_timeout`] says otherwise.
pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = runtime::DEFAULT_ATTEMPT_TIMEOUT;

/// The largest response body read, unless [`ClientBuilder::max_response_body`] says otherwise.
pub const DEFAULT_MAX_RESPONSE_BODY: usize = runtime::DEFAULT_MAX_RESPONSE_BODY;

/// A client of Names and docs (api-version 1).
///
/// Every method returns the answer's body in a [`Response`](super::Response), which dereferences to it and tells the status, the headers and the request ids; `.into_body()` takes the body.
///
/// Cloning is cheap: clones share their connection pool.
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
    /// The `api-version` parameter.
    ///
    /// Sent as `api-version`; defaults to `1`.
    pub fn api_version(mut self, value: impl Into<String>) -> Self {
        self.api_version = Some(value.into());
        self
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

    /// The endpoint requests are sent to.
    pub fn endpoint(&self) -> &reqwest::Url {
        &self.endpoint
    }

    /// The `api-version` this client sends.
    pub fn api_version(&self) -> &str {
        &self.api_version
    }

    #[allow(unused_variables, dead_code)]
    fn authenticate(&self, call: &mut runtime::Call) {}

    /// Clashes with the getter of the api-version client parameter.
    ///
    /// GET `/version` (operation `api_version`).
    pub async fn api_version_operation(
        &self,
        options: Option<ApiVersionOptions>,
    ) -> Result<super::Response<()>, Error<serde_json::Value>> {
        let options = options.unwrap_or_default();
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, "/version", &query);
        let mut call = runtime::Call::new(reqwest::Method::GET, url);
        call.operation("api_version");
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

    /// Clashes with the client's own authenticate step.
    ///
    /// POST `/auth` (operation `authenticate`).
    pub async fn authenticate2(
        &self,
        options: Option<AuthenticateOptions>,
    ) -> Result<super::Response<()>, Error<models::AuthenticateError>> {
        let options = options.unwrap_or_default();
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, "/auth", &query);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("authenticate");
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

    /// The same operation id again, and a request body without media types.
    ///
    /// POST `/auth/again` (operation `authenticate`).
    pub async fn authenticate3(
        &self,
        options: Option<AuthenticateOptions2>,
    ) -> Result<super::Response<()>, Error<serde_json::Value>> {
        let options = options.unwrap_or_default();
        let url = runtime::url(&self.endpoint, "/auth/again", &[]);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("authenticate");
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

    /// Has no operationId.
    ///
    /// GET `/other` (operation `getOther`).
    pub async fn get_other(
        &self,
        options: Option<GetOtherOptions>,
    ) -> Result<super::Response<models::StringModel2>, Error<serde_json::Value>> {
        let options = options.unwrap_or_default();
        let url = runtime::url(&self.endpoint, "/other", &[]);
        let mut call = runtime::Call::new(reqwest::Method::GET, url);
        call.operation("getOther");
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

    /// Clashes with Client::new.
    ///
    /// GET `/type/{self}` (operation `new`).
    ///
    /// Arguments:
    ///
    /// - `self_` (`self` in the path)
    ///
    /// - `type` (`type` in the query)
    pub async fn new2(
        &self,
        self_: &str,
        r#type: bool,
        options: Option<NewOptions>,
    ) -> Result<super::Response<models::StringModel>, Error<serde_json::Value>> {
        let options = options.unwrap_or_default();
        let self_ = runtime::encode_path_segment("self", self_)?;
        let path = format!("/type/{self_}");
        let mut query: Vec<(&str, String)> = vec![("type", r#type.to_string())];
        if let Some(value) = &options._2fa {
            query.push(("2fa", value.to_string()));
        }
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::GET, url);
        call.operation("new");
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
}

/// Optional settings of one call of [`Client::api_version_operation`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct ApiVersionOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::authenticate2`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct AuthenticateOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::authenticate3`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct AuthenticateOptions2 {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::get_other`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct GetOtherOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::new2`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct NewOptions {
    /// The `2fa` parameter.
    pub _2fa: Option<f64>,
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}
