// @generated from `generator/tests/fixtures/auth_schemes.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The client: [`Client`], made by [`ClientBuilder`], with one method per operation.

use std::time::Duration;
use super::error::Error;
use super::runtime;

/// The longest time a whole call may take, unless [`ClientBuilder::timeout`] or the call's options say otherwise.
pub const DEFAULT_TIMEOUT: Duration = runtime::DEFAULT_TIMEOUT;

/// The longest time a connection may take to open, unless [`ClientBuilder::connect_timeout`] says otherwise.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = runtime::DEFAULT_CONNECT_TIMEOUT;

/// The longest time one attempt may take, unless [`ClientBuilder::attempt_timeout`] says otherwise.
pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = runtime::DEFAULT_ATTEMPT_TIMEOUT;

/// The largest response body read, unless [`ClientBuilder::max_response_body`] says otherwise.
pub const DEFAULT_MAX_RESPONSE_BODY: usize = runtime::DEFAULT_MAX_RESPONSE_BODY;

/// A client of Auth schemes (api-version 1).
///
/// Every method returns the answer's body in a [`Response`](super::Response), which dereferences to it and tells the status, the headers and the request ids; `.into_body()` takes the body.
///
/// Cloning is cheap: clones share their connection pool.
#[derive(Clone)]
pub struct Client {
    endpoint: reqwest::Url,
    pipeline: std::sync::Arc<runtime::Pipeline>,
    query_key: Option<reqwest::header::HeaderValue>,
    session_cookie: Option<reqwest::header::HeaderValue>,
    basic_auth: Option<reqwest::header::HeaderValue>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("endpoint", &self.endpoint.as_str())
            .field("query_key", &self.query_key.as_ref().map(|_| "<redacted>"))
            .field("session_cookie", &self.session_cookie.as_ref().map(|_| "<redacted>"))
            .field("basic_auth", &self.basic_auth.as_ref().map(|_| "<redacted>"))
            .field("pipeline", &self.pipeline)
            .finish()
    }
}

/// Settings of a [`Client`]; [`ClientBuilder::build`] checks them and makes the client.
#[derive(Clone)]
pub struct ClientBuilder {
    settings: runtime::Settings,
    query_key: Option<String>,
    session_cookie: Option<String>,
    basic_auth: Option<(String, String)>,
}

impl std::fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("settings", &self.settings)
            .field("query_key", &self.query_key.as_ref().map(|_| "<redacted>"))
            .field("session_cookie", &self.session_cookie.as_ref().map(|_| "<redacted>"))
            .field("basic_auth", &self.basic_auth.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

impl ClientBuilder {
    /// The account's key.
    ///
    /// Sent as the `api_key` query parameter of every request. Kept out of `Debug` output.
    pub fn query_key(mut self, value: impl Into<String>) -> Self {
        self.query_key = Some(value.into());
        self
    }

    /// The API key.
    ///
    /// Sent as the `session` cookie of every request. Kept out of `Debug` output.
    pub fn session_cookie(mut self, value: impl Into<String>) -> Self {
        self.session_cookie = Some(value.into());
        self
    }

    /// HTTP basic authentication.
    ///
    /// Sends `Authorization: Basic` with `username` and `password` on every request. Kept out of `Debug` output.
    pub fn basic_auth(
        mut self,
        username: impl Into<String>,
        password: impl Into<String>,
    ) -> Self {
        self.basic_auth = Some((username.into(), password.into()));
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
            query_key: self
                .query_key
                .as_deref()
                .map(runtime::sensitive_header)
                .transpose()?,
            session_cookie: self
                .session_cookie
                .as_deref()
                .map(runtime::sensitive_header)
                .transpose()?,
            basic_auth: match &self.basic_auth {
                Some((user, password)) => {
                    Some(runtime::basic_authorization(user, password)?)
                }
                None => None,
            },
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
            query_key: None,
            session_cookie: None,
            basic_auth: None,
        }
    }

    /// The endpoint requests are sent to.
    pub fn endpoint(&self) -> &reqwest::Url {
        &self.endpoint
    }

    #[allow(unused_variables, dead_code)]
    fn authenticate(&self, call: &mut runtime::Call) {
        if let Some(value) = &self.query_key {
            call.query_key("api_key", value);
        }
        if let Some(value) = &self.session_cookie {
            call.add_cookie("session", value);
        }
        if let Some(value) = &self.basic_auth {
            call.header_value(reqwest::header::AUTHORIZATION, value.clone());
        }
    }

    /// GET `/things` (operation `listThings`).
    pub async fn list_things(
        &self,
        options: Option<ListThingsOptions>,
    ) -> Result<super::Response<()>, Error<serde_json::Value>> {
        let options = options.unwrap_or_default();
        let url = runtime::url(&self.endpoint, "/things", &[]);
        let mut call = runtime::Call::new(reqwest::Method::GET, url);
        call.operation("listThings");
        let mut cookies: Vec<String> = Vec::new();
        if let Some(value) = &options.theme {
            cookies
                .push(
                    format!("{}={}", "theme", runtime::cookie_value(& value.to_string())),
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
}

/// Optional settings of one call of [`Client::list_things`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct ListThingsOptions {
    /// The `theme` parameter.
    pub theme: Option<String>,
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}
