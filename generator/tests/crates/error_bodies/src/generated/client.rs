// @generated from `generator/tests/fixtures/error_bodies.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The client: [`Client`], made by [`ClientBuilder`], with one method per operation.

use std::time::Duration;
use super::error::Error;
use super::models;
use super::runtime;

/// The spec's first server URL, `https://example.com`, with its variables at their defaults.
pub const DEFAULT_SERVER_URL: &str = "https://example.com";

/// The longest time a whole call may take, unless [`ClientBuilder::timeout`] or the call's options say otherwise.
pub const DEFAULT_TIMEOUT: Duration = runtime::DEFAULT_TIMEOUT;

/// The longest time a connection may take to open, unless [`ClientBuilder::connect_timeout`] says otherwise.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = runtime::DEFAULT_CONNECT_TIMEOUT;

/// The longest time one attempt may take, unless [`ClientBuilder::attempt_timeout`] says otherwise.
pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = runtime::DEFAULT_ATTEMPT_TIMEOUT;

/// The largest response body read, unless [`ClientBuilder::max_response_body`] says otherwise.
pub const DEFAULT_MAX_RESPONSE_BODY: usize = runtime::DEFAULT_MAX_RESPONSE_BODY;

/// A client of Error bodies (api-version 1).
///
/// The endpoint is the server URL `https://example.com`.
///
/// Every method returns the answer's body in a [`Response`](super::Response), which dereferences to it and tells the status, the headers and the request ids; `.into_body()` takes the body.
///
/// Cloning is cheap: clones share their connection pool.
#[derive(Clone)]
pub struct Client {
    endpoint: reqwest::Url,
    pipeline: std::sync::Arc<runtime::Pipeline>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("endpoint", &self.endpoint.as_str())
            .field("pipeline", &self.pipeline)
            .finish()
    }
}

/// Settings of a [`Client`]; [`ClientBuilder::build`] checks them and makes the client.
#[derive(Clone)]
pub struct ClientBuilder {
    settings: runtime::Settings,
}

impl std::fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientBuilder").field("settings", &self.settings).finish()
    }
}

impl ClientBuilder {
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
        Ok(Client { endpoint, pipeline })
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
        }
    }

    /// The endpoint requests are sent to.
    pub fn endpoint(&self) -> &reqwest::Url {
        &self.endpoint
    }

    #[allow(unused_variables, dead_code)]
    fn authenticate(&self, call: &mut runtime::Call) {}

    /// The error body is any JSON.
    ///
    /// GET `/any` (operation `getAny`).
    pub async fn get_any(
        &self,
        options: Option<GetAnyOptions>,
    ) -> Result<super::Response<()>, Error<serde_json::Value>> {
        let options = options.unwrap_or_default();
        let url = runtime::url(&self.endpoint, "/any", &[]);
        let mut call = runtime::Call::new(reqwest::Method::GET, url);
        call.operation("getAny");
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

    /// The error body differs from status to status.
    ///
    /// GET `/statuses` (operation `getByStatus`).
    pub async fn get_by_status(
        &self,
        options: Option<GetByStatusOptions>,
    ) -> Result<super::Response<()>, Error<models::GetByStatusError>> {
        let options = options.unwrap_or_default();
        let url = runtime::url(&self.endpoint, "/statuses", &[]);
        let mut call = runtime::Call::new(reqwest::Method::GET, url);
        call.operation("getByStatus");
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            match response.status.as_u16() {
                204 => Ok(()),
                _ => {
                    Err(
                        response
                            .into_error_with(|status, body| match status {
                                400 => {
                                    serde_json::from_slice(body)
                                        .ok()
                                        .map(models::GetByStatusError::Status400)
                                }
                                409 => {
                                    serde_json::from_slice(body)
                                        .ok()
                                        .map(models::GetByStatusError::Status409)
                                }
                                503 => Some(models::GetByStatusError::Status503),
                                _ => None,
                            }),
                    )
                }
            }?;
            Ok(details.with(()))
        }
    }

    /// The error body is a map.
    ///
    /// GET `/map` (operation `getMap`).
    pub async fn get_map(
        &self,
        options: Option<GetMapOptions>,
    ) -> Result<super::Response<()>, Error<std::collections::BTreeMap<String, i64>>> {
        let options = options.unwrap_or_default();
        let url = runtime::url(&self.endpoint, "/map", &[]);
        let mut call = runtime::Call::new(reqwest::Method::GET, url);
        call.operation("getMap");
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

    /// The error body is a number.
    ///
    /// GET `/number` (operation `getNumber`).
    pub async fn get_number(
        &self,
        options: Option<GetNumberOptions>,
    ) -> Result<super::Response<()>, Error<f64>> {
        let options = options.unwrap_or_default();
        let url = runtime::url(&self.endpoint, "/number", &[]);
        let mut call = runtime::Call::new(reqwest::Method::GET, url);
        call.operation("getNumber");
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

    /// The error body is a schema that a hand-written type stands for.
    ///
    /// GET `/problem` (operation `getProblem`).
    pub async fn get_problem(
        &self,
        options: Option<GetProblemOptions>,
    ) -> Result<super::Response<()>, Error<crate::Problem>> {
        let options = options.unwrap_or_default();
        let url = runtime::url(&self.endpoint, "/problem", &[]);
        let mut call = runtime::Call::new(reqwest::Method::GET, url);
        call.operation("getProblem");
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

    /// The error body is a JSON string.
    ///
    /// GET `/string` (operation `getString`).
    pub async fn get_string(
        &self,
        options: Option<GetStringOptions>,
    ) -> Result<super::Response<()>, Error<String>> {
        let options = options.unwrap_or_default();
        let url = runtime::url(&self.endpoint, "/string", &[]);
        let mut call = runtime::Call::new(reqwest::Method::GET, url);
        call.operation("getString");
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

    /// The error body is text.
    ///
    /// GET `/text` (operation `getText`).
    pub async fn get_text(
        &self,
        options: Option<GetTextOptions>,
    ) -> Result<super::Response<()>, Error<serde_json::Value>> {
        let options = options.unwrap_or_default();
        let url = runtime::url(&self.endpoint, "/text", &[]);
        let mut call = runtime::Call::new(reqwest::Method::GET, url);
        call.operation("getText");
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

    /// The error body is one error or a list of them.
    ///
    /// GET `/union` (operation `getUnion`).
    pub async fn get_union(
        &self,
        options: Option<GetUnionOptions>,
    ) -> Result<super::Response<()>, Error<models::GetUnionError>> {
        let options = options.unwrap_or_default();
        let url = runtime::url(&self.endpoint, "/union", &[]);
        let mut call = runtime::Call::new(reqwest::Method::GET, url);
        call.operation("getUnion");
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

    /// The error body is an array of strings.
    ///
    /// GET `/scalars` (operation `listScalars`).
    pub async fn list_scalars(
        &self,
        options: Option<ListScalarsOptions>,
    ) -> Result<super::Response<()>, Error<Vec<String>>> {
        let options = options.unwrap_or_default();
        let url = runtime::url(&self.endpoint, "/scalars", &[]);
        let mut call = runtime::Call::new(reqwest::Method::GET, url);
        call.operation("listScalars");
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

    /// The error body is an array of a model.
    ///
    /// GET `/things` (operation `listThings`).
    pub async fn list_things(
        &self,
        options: Option<ListThingsOptions>,
    ) -> Result<super::Response<models::ListThingsResponse>, Error<Vec<models::Error>>> {
        let options = options.unwrap_or_default();
        let url = runtime::url(&self.endpoint, "/things", &[]);
        let mut call = runtime::Call::new(reqwest::Method::GET, url);
        call.operation("listThings");
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

/// Optional settings of one call of [`Client::get_any`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct GetAnyOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::get_by_status`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct GetByStatusOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::get_map`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct GetMapOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::get_number`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct GetNumberOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::get_problem`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct GetProblemOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::get_string`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct GetStringOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::get_text`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct GetTextOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::get_union`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct GetUnionOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::list_scalars`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct ListScalarsOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::list_things`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct ListThingsOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}
