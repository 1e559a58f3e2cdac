// @generated from `generator/tests/fixtures/param_styles.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The client: [`Client`], made by [`ClientBuilder`], with one method per operation.

use std::time::Duration;
use super::error::Error;
use super::models;
use super::runtime;

/// The spec's first server URL, `https://{region}.api.example.com/{version}`, with its variables at their defaults.
pub const DEFAULT_SERVER_URL: &str = "https://eu.api.example.com/v1";

/// The longest time a whole call may take, unless [`ClientBuilder::timeout`] or the call's options say otherwise.
pub const DEFAULT_TIMEOUT: Duration = runtime::DEFAULT_TIMEOUT;

/// The longest time a connection may take to open, unless [`ClientBuilder::connect_timeout`] says otherwise.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = runtime::DEFAULT_CONNECT_TIMEOUT;

/// The longest time one attempt may take, unless [`ClientBuilder::attempt_timeout`] says otherwise.
pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = runtime::DEFAULT_ATTEMPT_TIMEOUT;

/// The largest response body read, unless [`ClientBuilder::max_response_body`] says otherwise.
pub const DEFAULT_MAX_RESPONSE_BODY: usize = runtime::DEFAULT_MAX_RESPONSE_BODY;

/// A client of Parameter styles (api-version 1).
///
/// The endpoint is the server URL `https://{region}.api.example.com/{version}` with its variables (`region`, `version`) filled in.
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
    /// The spec's first server URL, `https://{region}.api.example.com/{version}`, with its variables filled in, for [`Client::new`] or [`Client::builder`].
    ///
    /// `region`: (default `eu`; one of `eu`, `us`)
    ///
    /// `version`: (default `v1`)
    pub fn server_url(region: &str, version: &str) -> String {
        "https://{region}.api.example.com/{version}"
            .replace("{region}", region)
            .replace("{version}", version)
    }

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

    /// GET `/items/{ids}/{workflow}{coords}` (operation `findItems`).
    ///
    /// Arguments:
    ///
    /// - `ids` (`ids` in the path)
    ///
    /// - `workflow` (`workflow` in the path): An id or a file name, as GitHub's workflow_id.
    ///
    /// - `coords` (`coords` in the path)
    pub async fn find_items(
        &self,
        ids: &[i64],
        workflow: &models::FindItemsWorkflow,
        coords: &models::Point,
        options: Option<FindItemsOptions>,
    ) -> Result<super::Response<()>, Error<serde_json::Value>> {
        let options = options.unwrap_or_default();
        let ids = runtime::param_text("ids", ids, runtime::Style::Label, false, true)?;
        let workflow = runtime::param_text(
            "workflow",
            workflow,
            runtime::Style::Simple,
            false,
            true,
        )?;
        let coords = runtime::param_text(
            "coords",
            coords,
            runtime::Style::Matrix,
            true,
            true,
        )?;
        let path = format!("/items/{ids}/{workflow}{coords}");
        let mut structured: Vec<(String, String)> = Vec::new();
        if let Some(value) = &options.filter {
            structured
                .extend(
                    runtime::query_pairs(
                        "filter",
                        value,
                        runtime::Style::DeepObject,
                        true,
                    )?,
                );
        }
        if let Some(value) = &options.range {
            structured
                .extend(
                    runtime::query_pairs("range", value, runtime::Style::Form, false)?,
                );
        }
        if let Some(value) = &options.tags {
            structured
                .extend(
                    runtime::query_pairs(
                        "tags",
                        value,
                        runtime::Style::PipeDelimited,
                        false,
                    )?,
                );
        }
        if let Some(value) = &options.words {
            structured
                .extend(
                    runtime::query_pairs(
                        "words",
                        value,
                        runtime::Style::SpaceDelimited,
                        false,
                    )?,
                );
        }
        let mut url = runtime::url(&self.endpoint, &path, &[]);
        runtime::append_query(&mut url, &structured);
        let mut call = runtime::Call::new(reqwest::Method::GET, url);
        call.operation("findItems");
        let mut cookies: Vec<String> = Vec::new();
        if let Some(value) = &options.x_point {
            call.header(
                "x-point",
                &runtime::param_text(
                    "x-point",
                    value,
                    runtime::Style::Simple,
                    true,
                    false,
                )?,
            )?;
        }
        if let Some(value) = &options.prefs {
            cookies
                .push(
                    format!(
                        "{}={}", "prefs", runtime::cookie_value(&
                        runtime::param_text("prefs", value, runtime::Style::Simple,
                        false, false) ?)
                    ),
                );
        }
        if !cookies.is_empty() {
            call.header("cookie", &cookies.join("; "))?;
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

    /// GET `/mirrors/{site}/copies/{site}` (operation `getMirror`).
    ///
    /// Arguments:
    ///
    /// - `site` (`site` in the path)
    pub async fn get_mirror(
        &self,
        site: &str,
        options: Option<GetMirrorOptions>,
    ) -> Result<super::Response<()>, Error<serde_json::Value>> {
        let options = options.unwrap_or_default();
        let site = runtime::encode_path_segment("site", site)?;
        let path = format!("/mirrors/{site}/copies/{site}");
        let url = runtime::url(&self.endpoint, &path, &[]);
        let mut call = runtime::Call::new(reqwest::Method::GET, url);
        call.operation("getMirror");
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

/// Optional settings of one call of [`Client::find_items`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct FindItemsOptions {
    /// The `filter` parameter.
    pub filter: Option<models::Filter>,
    /// The `range` parameter.
    pub range: Option<models::Point>,
    /// The `tags` parameter.
    pub tags: Option<Vec<String>>,
    /// The `words` parameter.
    pub words: Option<Vec<String>>,
    /// The `x-point` parameter.
    pub x_point: Option<models::Point>,
    /// The `prefs` parameter.
    pub prefs: Option<models::Point>,
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::get_mirror`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct GetMirrorOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}
