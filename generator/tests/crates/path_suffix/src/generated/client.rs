// @generated from `generator/tests/fixtures/path_suffix.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The client: [`Client`], made by [`ClientBuilder`], with one method per operation.

use std::time::Duration;
use super::error::Error;
use super::models;
use super::runtime;

/// The `api-version` sent when the builder sets none.
pub const DEFAULT_API_VERSION: &str = "2025-01-01";

/// The longest time a whole call may take, unless [`ClientBuilder::timeout`] or the call's options say otherwise.
pub const DEFAULT_TIMEOUT: Duration = runtime::DEFAULT_TIMEOUT;

/// The longest time a connection may take to open, unless [`ClientBuilder::connect_timeout`] says otherwise.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = runtime::DEFAULT_CONNECT_TIMEOUT;

/// The longest time one attempt may take, unless [`ClientBuilder::attempt_timeout`] says otherwise.
pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = runtime::DEFAULT_ATTEMPT_TIMEOUT;

/// The largest response body read, unless [`ClientBuilder::max_response_body`] says otherwise.
pub const DEFAULT_MAX_RESPONSE_BODY: usize = runtime::DEFAULT_MAX_RESPONSE_BODY;

/// A client of Path suffix (api-version 2025-01-01).
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
    /// Sent as `api-version`; defaults to `2025-01-01`.
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

    /// POST `/calls/{callId}:mute` (operation `Calls_Mute`).
    ///
    /// Arguments:
    ///
    /// - `call_id` (`callId` in the path)
    ///
    /// - `body` (`application/json`)
    pub async fn calls_mute(
        &self,
        call_id: &str,
        body: &models::MuteRequest,
        options: Option<CallsMuteOptions>,
    ) -> Result<super::Response<models::CallsMuteResponse>, Error<serde_json::Value>> {
        let options = options.unwrap_or_default();
        let call_id = runtime::encode_path_segment("callId", call_id)?;
        let path = format!("/calls/{call_id}:mute");
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("Calls_Mute");
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

    /// GET `/items/{ids}` (operation `getItems`).
    ///
    /// Arguments:
    ///
    /// - `ids` (`ids` in the path)
    pub async fn get_items(
        &self,
        ids: &[i32],
        options: Option<GetItemsOptions>,
    ) -> Result<super::Response<()>, Error<serde_json::Value>> {
        let options = options.unwrap_or_default();
        let ids = runtime::encode_path_segment(
            "ids",
            &ids.iter().map(|item| item.to_string()).collect::<Vec<_>>().join(","),
        )?;
        let path = format!("/items/{ids}");
        let url = runtime::url(&self.endpoint, &path, &[]);
        let mut call = runtime::Call::new(reqwest::Method::GET, url);
        call.operation("getItems");
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

    /// PUT `/files/{dir}/{name}.{ext}` (operation `putFile`).
    ///
    /// Arguments:
    ///
    /// - `dir` (`dir` in the path)
    ///
    /// - `name` (`name` in the path)
    ///
    /// - `ext` (`ext` in the path)
    ///
    /// - `api_version` (`ApiVersion` in a header)
    ///
    /// - `body` (`application/octet-stream`)
    pub async fn put_file(
        &self,
        dir: &str,
        name: &str,
        ext: &models::PutFileExt,
        api_version: &str,
        body: Option<Vec<u8>>,
        options: Option<PutFileOptions>,
    ) -> Result<super::Response<()>, Error<serde_json::Value>> {
        let options = options.unwrap_or_default();
        let dir = runtime::encode_path_segment("dir", dir)?;
        let name = runtime::encode_path_segment("name", name)?;
        let ext = runtime::encode_path_segment("ext", ext.as_str())?;
        let path = format!("/files/{dir}/{name}.{ext}");
        let url = runtime::url(&self.endpoint, &path, &[]);
        let mut call = runtime::Call::new(reqwest::Method::PUT, url);
        call.operation("putFile");
        call.header("apiversion", api_version)?;
        if let Some(body) = body {
            call.bytes_body("application/octet-stream", body)?;
        }
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            match response.status.as_u16() {
                201 => Ok(()),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(()))
        }
    }
}

/// Optional settings of one call of [`Client::calls_mute`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CallsMuteOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::get_items`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct GetItemsOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::put_file`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct PutFileOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}
