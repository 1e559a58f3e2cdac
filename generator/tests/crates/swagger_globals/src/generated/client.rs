// @generated from `generator/tests/fixtures/swagger_globals.json` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The client: [`Client`], made by [`ClientBuilder`], with one method per operation.

use std::time::Duration;
use super::error::Error;
use super::models;
use super::runtime;

/// The `api-version` sent when the builder sets none.
pub const DEFAULT_API_VERSION: &str = "2024-01-01";

/// The spec's first server URL, `https://gadgets.example.com`, with its variables at their defaults.
pub const DEFAULT_SERVER_URL: &str = "https://gadgets.example.com";

/// The longest time a whole call may take, unless [`ClientBuilder::timeout`] or the call's options say otherwise.
pub const DEFAULT_TIMEOUT: Duration = runtime::DEFAULT_TIMEOUT;

/// The longest time a connection may take to open, unless [`ClientBuilder::connect_timeout`] says otherwise.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = runtime::DEFAULT_CONNECT_TIMEOUT;

/// The longest time one attempt may take, unless [`ClientBuilder::attempt_timeout`] says otherwise.
pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = runtime::DEFAULT_ATTEMPT_TIMEOUT;

/// The largest response body read, unless [`ClientBuilder::max_response_body`] says otherwise.
pub const DEFAULT_MAX_RESPONSE_BODY: usize = runtime::DEFAULT_MAX_RESPONSE_BODY;

/// A client of Gadgets (api-version 2024-01-01).
///
/// The endpoint is the server URL `https://gadgets.example.com`.
///
/// Every method returns the answer's body in a [`Response`](super::Response), which dereferences to it and tells the status, the headers and the request ids; `.into_body()` takes the body.
///
/// Cloning is cheap: clones share their connection pool.
#[derive(Clone)]
pub struct Client {
    endpoint: reqwest::Url,
    pipeline: std::sync::Arc<runtime::Pipeline>,
    api_version: String,
    region: String,
    tenant: String,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("endpoint", &self.endpoint.as_str())
            .field("api_version", &self.api_version)
            .field("region", &self.region)
            .field("tenant", &self.tenant)
            .field("pipeline", &self.pipeline)
            .finish()
    }
}

/// Settings of a [`Client`]; [`ClientBuilder::build`] checks them and makes the client.
#[derive(Clone)]
pub struct ClientBuilder {
    settings: runtime::Settings,
    api_version: Option<String>,
    region: Option<String>,
    tenant: Option<String>,
}

impl std::fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("settings", &self.settings)
            .field("api_version", &self.api_version)
            .field("region", &self.region)
            .field("tenant", &self.tenant)
            .finish()
    }
}

impl ClientBuilder {
    /// The `api-version` parameter.
    ///
    /// Sent as `api-version`; defaults to `2024-01-01`.
    pub fn api_version(mut self, value: impl Into<String>) -> Self {
        self.api_version = Some(value.into());
        self
    }

    /// The `region` parameter.
    ///
    /// Sent as `region`; required.
    pub fn region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(value.into());
        self
    }

    /// The tenant: a client parameter, as every document-level parameter of an AutoRest definition.
    ///
    /// Sent as `tenant`; required.
    pub fn tenant(mut self, value: impl Into<String>) -> Self {
        self.tenant = Some(value.into());
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
            region: self
                .region
                .ok_or_else(|| Error::InvalidRequest(
                    "the `region` parameter must be set".into(),
                ))?,
            tenant: self
                .tenant
                .ok_or_else(|| Error::InvalidRequest(
                    "the `tenant` parameter must be set".into(),
                ))?,
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
            region: None,
            tenant: None,
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

    /// The `region` this client sends.
    pub fn region(&self) -> &str {
        &self.region
    }

    /// The `tenant` this client sends.
    pub fn tenant(&self) -> &str {
        &self.tenant
    }

    /// The page a next-page link names: an absolute URL, or a path on the endpoint.
    async fn next_page<T: serde::de::DeserializeOwned, E>(
        &self,
        link: &str,
        read_error: runtime::ReadError<E>,
    ) -> Result<T, Error<E>> {
        let client_query: &[(&str, &str)] = &[
            ("api-version", self.api_version.as_str()),
            ("region", self.region.as_str()),
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

    /// GET `/tenants/{tenant}/gadgets/{kind}/{gadgetId}` (operation `Gadgets_Get`).
    ///
    /// Arguments:
    ///
    /// - `gadget_id` (`gadgetId` in the path)
    ///
    /// - `shape` (`shape` in the query)
    ///
    /// Always sends `view: full` in the query, `x-ms-flag: true` in a header (the only value the spec allows).
    pub async fn gadgets_get(
        &self,
        gadget_id: &str,
        shape: &models::Shape,
        options: Option<GadgetsGetOptions>,
    ) -> Result<super::Response<models::Gadget>, Error<serde_json::Value>> {
        let options = options.unwrap_or_default();
        let client_tenant = runtime::encode_path_segment("tenant", &self.tenant)?;
        let gadget_id = runtime::encode_path_segment("gadgetId", gadget_id)?;
        let path = format!("/tenants/{client_tenant}/gadgets/standard/{gadget_id}");
        let mut query: Vec<(&str, String)> = vec![
            ("region", self.region.clone()), ("api-version", self.api_version.clone()),
            ("view", "full".to_owned()), ("shape", shape.as_str().to_owned())
        ];
        if let Some(value) = &options.trace {
            query.push(("trace", value.to_string()));
        }
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut call = runtime::Call::new(reqwest::Method::GET, url);
        call.operation("Gadgets_Get");
        call.header("x-ms-flag", "true")?;
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

    /// GET `/operations` (operation `Operations_List`).
    pub async fn operations_list(
        &self,
        options: Option<OperationsListOptions>,
    ) -> Result<
        super::Response<models::OperationsListResponse>,
        Error<serde_json::Value>,
    > {
        let options = options.unwrap_or_default();
        let url = runtime::url(&self.endpoint, "/operations", &[]);
        let mut call = runtime::Call::new(reqwest::Method::GET, url);
        call.operation("Operations_List");
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

    /// Every item of every page of [`Client::operations_list`], following the next-page links (`x-ms-pageable`); the first error ends the stream.
    pub fn operations_list_stream(
        &self,
        options: Option<OperationsListOptions>,
    ) -> impl openapi_client_runtime::futures_util::Stream<
        Item = Result<String, Error<serde_json::Value>>,
    > {
        #[allow(dead_code)]
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
                        self.operations_list(options).await?.into_body()
                    }
                    Next::Link(link) => self.next_page(&link, runtime::json_error).await?,
                    Next::Done => return Ok::<_, Error<serde_json::Value>>(None),
                };
                let next = Next::Done;
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
}

/// The `Gadgets` operations: `client.gadgets().name(…)` calls the client's `gadgets_name(…)` with the same arguments.
#[derive(Debug, Clone, Copy)]
pub struct GadgetsOperations<'a> {
    client: &'a Client,
}

impl Client {
    /// The `Gadgets` operations: `client.gadgets().name(…)` calls the client's `gadgets_name(…)` with the same arguments.
    pub fn gadgets(&self) -> GadgetsOperations<'_> {
        GadgetsOperations { client: self }
    }
}

impl<'a> GadgetsOperations<'a> {
    /// The client whose methods these call.
    pub fn client(&self) -> &'a Client {
        self.client
    }

    /// See [`Client::gadgets_get`].
    pub async fn get(
        &self,
        gadget_id: &str,
        shape: &models::Shape,
        options: Option<GadgetsGetOptions>,
    ) -> Result<super::Response<models::Gadget>, Error<serde_json::Value>> {
        self.client.gadgets_get(gadget_id, shape, options).await
    }
}

/// The `Operations` operations: `client.operations().name(…)` calls the client's `operations_name(…)` with the same arguments.
#[derive(Debug, Clone, Copy)]
pub struct OperationsOperations<'a> {
    client: &'a Client,
}

impl Client {
    /// The `Operations` operations: `client.operations().name(…)` calls the client's `operations_name(…)` with the same arguments.
    pub fn operations(&self) -> OperationsOperations<'_> {
        OperationsOperations {
            client: self,
        }
    }
}

impl<'a> OperationsOperations<'a> {
    /// The client whose methods these call.
    pub fn client(&self) -> &'a Client {
        self.client
    }

    /// See [`Client::operations_list`].
    pub async fn list(
        &self,
        options: Option<OperationsListOptions>,
    ) -> Result<
        super::Response<models::OperationsListResponse>,
        Error<serde_json::Value>,
    > {
        self.client.operations_list(options).await
    }

    /// Every item of every page: see [`Client::operations_list_stream`].
    pub fn list_stream(
        &self,
        options: Option<OperationsListOptions>,
    ) -> impl openapi_client_runtime::futures_util::Stream<
        Item = Result<String, Error<serde_json::Value>>,
    > {
        self.client.operations_list_stream(options)
    }
}

/// Optional settings of one call of [`Client::gadgets_get`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct GadgetsGetOptions {
    /// Declared at the document level but kept on the method.
    pub trace: Option<String>,
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::operations_list`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct OperationsListOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}
