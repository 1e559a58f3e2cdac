// @generated from `generator/tests/fixtures/swagger_azure.json` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The client: [`Client`], made by [`ClientBuilder`], with one method per operation.

use std::time::Duration;
use super::error::Error;
use super::models;
use super::runtime;

/// The `api-version` sent when the builder sets none.
pub const DEFAULT_API_VERSION: &str = "2024-01-01";

/// The longest time a whole call may take, unless [`ClientBuilder::timeout`] or the call's options say otherwise.
pub const DEFAULT_TIMEOUT: Duration = runtime::DEFAULT_TIMEOUT;

/// The longest time a connection may take to open, unless [`ClientBuilder::connect_timeout`] says otherwise.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = runtime::DEFAULT_CONNECT_TIMEOUT;

/// The longest time one attempt may take, unless [`ClientBuilder::attempt_timeout`] says otherwise.
pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = runtime::DEFAULT_ATTEMPT_TIMEOUT;

/// The largest response body read, unless [`ClientBuilder::max_response_body`] says otherwise.
pub const DEFAULT_MAX_RESPONSE_BODY: usize = runtime::DEFAULT_MAX_RESPONSE_BODY;

/// The longest time a long-running operation is polled for, unless [`ClientBuilder::poll_timeout`] says otherwise.
pub const DEFAULT_POLL_TIMEOUT: Duration = runtime::DEFAULT_POLL_TIMEOUT;

/// A client of Widgets (api-version 2024-01-01).
///
/// The endpoint is the server URL `{endpoint}` with its variables (`endpoint`) filled in.
///
/// `endpoint`: The service endpoint.
///
/// Every method returns the answer's body in a [`Response`](super::Response), which dereferences to it and tells the status, the headers and the request ids; `.into_body()` takes the body.
///
/// Cloning is cheap: clones share their connection pool.
#[derive(Clone)]
pub struct Client {
    endpoint: reqwest::Url,
    pipeline: std::sync::Arc<runtime::Pipeline>,
    api_version: String,
    authorization: Option<reqwest::header::HeaderValue>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("endpoint", &self.endpoint.as_str())
            .field("api_version", &self.api_version)
            .field("authorization", &self.authorization.as_ref().map(|_| "<redacted>"))
            .field("pipeline", &self.pipeline)
            .finish()
    }
}

/// Settings of a [`Client`]; [`ClientBuilder::build`] checks them and makes the client.
#[derive(Clone)]
pub struct ClientBuilder {
    settings: runtime::Settings,
    api_version: Option<String>,
    authorization: Option<String>,
}

impl std::fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("settings", &self.settings)
            .field("api_version", &self.api_version)
            .field("authorization", &self.authorization.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

impl ClientBuilder {
    /// The version of the API.
    ///
    /// Sent as `api-version`; defaults to `2024-01-01`.
    pub fn api_version(mut self, value: impl Into<String>) -> Self {
        self.api_version = Some(value.into());
        self
    }

    /// A key.
    ///
    /// Sent as the `Authorization` header of every request. Kept out of `Debug` output.
    pub fn authorization(mut self, value: impl Into<String>) -> Self {
        self.authorization = Some(value.into());
        self
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

    /// A limit on the time a long-running operation is polled for
    /// ([`DEFAULT_POLL_TIMEOUT`] by default); `None` removes it. A service asking to
    /// wait past it (`Retry-After`) ends the call with [`Error::Timeout`] at once.
    pub fn poll_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.settings.poll_timeout = timeout;
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
                request_id_header: None,
                scopes: &[],
            })?;
        Ok(Client {
            endpoint,
            pipeline,
            api_version: self
                .api_version
                .unwrap_or_else(|| DEFAULT_API_VERSION.to_owned()),
            authorization: self
                .authorization
                .as_deref()
                .map(runtime::sensitive_header)
                .transpose()?,
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
            authorization: None,
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

    /// Polls the long-running operation that `first` started until it ends, and returns the
    /// response that holds its result (`final_state_via` says where that is).
    async fn wait_for_operation<E>(
        &self,
        first: runtime::Received,
        original: reqwest::Url,
        final_state_via: &str,
        read_error: runtime::ReadError<E>,
    ) -> Result<runtime::Received, Error<E>> {
        self.pipeline
            .wait_for_operation(
                &self.endpoint,
                first,
                original,
                final_state_via,
                |call| self.authenticate(call),
                read_error,
            )
            .await
    }

    #[allow(unused_variables, dead_code)]
    fn authenticate(&self, call: &mut runtime::Call) {
        if let Some(value) = &self.authorization {
            call.header_value(
                reqwest::header::HeaderName::from_static("authorization"),
                value.clone(),
            );
        }
    }

    /// POST `/upload` (operation `Upload`).
    ///
    /// Arguments:
    ///
    /// - `body` (`multipart/form-data`)
    ///
    ///   The parts the spec documents: `file`, `note`.
    pub async fn upload(
        &self,
        body: super::Multipart,
        options: Option<UploadOptions>,
    ) -> Result<super::Response<()>, Error<serde_json::Value>> {
        let options = options.unwrap_or_default();
        let url = runtime::url(&self.endpoint, "/upload", &[]);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("Upload");
        call.multipart_body(body);
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

    /// A long-running creation, polled through Operation-Location.
    ///
    /// PUT `/widgets/{widgetId}` (operation `Widgets_Create`).
    ///
    /// A long-running operation (`x-ms-long-running-operation`): the call polls the service until the operation ends and returns its result. Polling stops with [`Error::Timeout`] after [`ClientBuilder::poll_timeout`] ([`DEFAULT_POLL_TIMEOUT`] by default); the options' `timeout` applies to each request.
    ///
    /// Arguments:
    ///
    /// - `widget_id` (`widgetId` in the path)
    ///
    /// - `body` (`application/json`)
    pub async fn widgets_create(
        &self,
        widget_id: &str,
        body: &models::Widget,
        options: Option<WidgetsCreateOptions>,
    ) -> Result<super::Response<models::Widget>, Error<models::ErrorResponse>> {
        let options = options.unwrap_or_default();
        let widget_id = runtime::encode_path_segment("widgetId", widget_id)?;
        let path = format!("/widgets/{widget_id}");
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let original = url.clone();
        let mut call = runtime::Call::new(reqwest::Method::PUT, url);
        call.operation("Widgets_Create");
        call.json_body("application/json", body)?;
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        if !matches!(response.status.as_u16(), 200 | 201) {
            return Err(response.into_error());
        }
        let response = self
            .wait_for_operation(response, original, "original-uri", runtime::json_error)
            .await?;
        {
            let details = response.details();
            let body = match response.status.as_u16() {
                200 | 201 => response.json(),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(body))
        }
    }

    /// GET `/widgets` (operation `Widgets_List`).
    pub async fn widgets_list(
        &self,
        options: Option<WidgetsListOptions>,
    ) -> Result<super::Response<models::WidgetPage>, Error<models::ErrorResponse>> {
        let options = options.unwrap_or_default();
        let mut query: Vec<(&str, String)> = vec![
            ("api-version", self.api_version.clone())
        ];
        if let Some(value) = &options.maxpagesize {
            query.push(("maxpagesize", value.to_string()));
        }
        let url = runtime::url(&self.endpoint, "/widgets", &query);
        let mut call = runtime::Call::new(reqwest::Method::GET, url);
        call.operation("Widgets_List");
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

    /// Every item of every page of [`Client::widgets_list`], following the next-page links (`x-ms-pageable`); the first error ends the stream.
    pub fn widgets_list_stream(
        &self,
        options: Option<WidgetsListOptions>,
    ) -> impl openapi_client_runtime::futures_util::Stream<
        Item = Result<models::Widget, Error<models::ErrorResponse>>,
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
                    Next::First(options) => self.widgets_list(options).await?.into_body(),
                    Next::Link(link) => self.next_page(&link, runtime::json_error).await?,
                    Next::Done => return Ok::<_, Error<models::ErrorResponse>>(None),
                };
                let next = match page.next_link {
                    Some(link) if !link.is_empty() => Next::Link(link),
                    _ => Next::Done,
                };
                let items = page.value.unwrap_or_default();
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

    /// POST `/widgets/{widgetId}:paint` (operation `Widgets_Paint`).
    ///
    /// Arguments:
    ///
    /// - `widget_id` (`widgetId` in the path)
    ///
    /// - `body` (`application/json`): How to paint.
    pub async fn widgets_paint(
        &self,
        widget_id: &str,
        body: &models::PaintRequest,
        options: Option<WidgetsPaintOptions>,
    ) -> Result<super::Response<models::Widget>, Error<models::ErrorResponse>> {
        let options = options.unwrap_or_default();
        let widget_id = runtime::encode_path_segment("widgetId", widget_id)?;
        let path = format!("/widgets/{widget_id}:paint");
        let mut query: Vec<(&str, String)> = vec![
            ("api-version", self.api_version.clone())
        ];
        if let Some(value) = &options.tags {
            query
                .push((
                    "tags",
                    value
                        .iter()
                        .map(|item| item.to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ));
        }
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("Widgets_Paint");
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
}

/// The `Widgets` operations: `client.widgets().name(…)` calls the client's `widgets_name(…)` with the same arguments.
#[derive(Debug, Clone, Copy)]
pub struct WidgetsOperations<'a> {
    client: &'a Client,
}

impl Client {
    /// The `Widgets` operations: `client.widgets().name(…)` calls the client's `widgets_name(…)` with the same arguments.
    pub fn widgets(&self) -> WidgetsOperations<'_> {
        WidgetsOperations { client: self }
    }
}

impl<'a> WidgetsOperations<'a> {
    /// The client whose methods these call.
    pub fn client(&self) -> &'a Client {
        self.client
    }

    /// A long-running creation, polled through Operation-Location.
    ///
    /// See [`Client::widgets_create`].
    pub async fn create(
        &self,
        widget_id: &str,
        body: &models::Widget,
        options: Option<WidgetsCreateOptions>,
    ) -> Result<super::Response<models::Widget>, Error<models::ErrorResponse>> {
        self.client.widgets_create(widget_id, body, options).await
    }

    /// See [`Client::widgets_list`].
    pub async fn list(
        &self,
        options: Option<WidgetsListOptions>,
    ) -> Result<super::Response<models::WidgetPage>, Error<models::ErrorResponse>> {
        self.client.widgets_list(options).await
    }

    /// Every item of every page: see [`Client::widgets_list_stream`].
    pub fn list_stream(
        &self,
        options: Option<WidgetsListOptions>,
    ) -> impl openapi_client_runtime::futures_util::Stream<
        Item = Result<models::Widget, Error<models::ErrorResponse>>,
    > {
        self.client.widgets_list_stream(options)
    }

    /// See [`Client::widgets_paint`].
    pub async fn paint(
        &self,
        widget_id: &str,
        body: &models::PaintRequest,
        options: Option<WidgetsPaintOptions>,
    ) -> Result<super::Response<models::Widget>, Error<models::ErrorResponse>> {
        self.client.widgets_paint(widget_id, body, options).await
    }
}

/// Optional settings of one call of [`Client::upload`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct UploadOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::widgets_create`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct WidgetsCreateOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::widgets_list`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct WidgetsListOptions {
    /// The `maxpagesize` parameter.
    pub maxpagesize: Option<i32>,
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::widgets_paint`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct WidgetsPaintOptions {
    /// The `Repeatability-Request-ID` parameter.
    ///
    /// Left unset, the client sends a new UUID, the same on every retry of the call, as Azure's SDKs do (repeatable requests).
    pub repeatability_request_id: Option<String>,
    /// The `Repeatability-First-Sent` parameter.
    ///
    /// Left unset, the client sends the time of the call, the same on every retry, as Azure's SDKs do (repeatable requests).
    pub repeatability_first_sent: Option<String>,
    /// The `tags` parameter.
    pub tags: Option<Vec<String>>,
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}
