// @generated from `generator/tests/fixtures/statuses.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The client: [`Client`], made by [`ClientBuilder`], with one method per operation.

use std::time::Duration;
use super::error::Error;
use super::models;
use super::runtime;

/// The longest time a whole call may take, unless [`ClientBuilder::timeout`] or the call's options say otherwise.
pub const DEFAULT_TIMEOUT: Duration = runtime::DEFAULT_TIMEOUT;

/// The longest time a connection may take to open, unless [`ClientBuilder::connect_timeout`] says otherwise.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = runtime::DEFAULT_CONNECT_TIMEOUT;

/// The longest time one attempt may take, unless [`ClientBuilder::attempt_timeout`] says otherwise.
pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = runtime::DEFAULT_ATTEMPT_TIMEOUT;

/// The largest response body read, unless [`ClientBuilder::max_response_body`] says otherwise.
pub const DEFAULT_MAX_RESPONSE_BODY: usize = runtime::DEFAULT_MAX_RESPONSE_BODY;

/// A client of Statuses (api-version 1).
///
/// Every method returns the answer's body in a [`Response`](super::Response), which dereferences to it and tells the status, the headers and the request ids; `.into_body()` takes the body.
///
/// Cloning is cheap: clones share their connection pool.
///
/// Methods by the spec's tags:
///
/// - `jobs`: [`get_job`](Client::get_job), [`put_job`](Client::put_job)
///
/// - `state`: [`get_job`](Client::get_job)
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

    /// GET `/jobs/{id}/state` (operation `getJob`).
    ///
    /// Arguments:
    ///
    /// - `id` (`id` in the path)
    ///
    /// The body comes with the response headers the spec documents, in [`WithHeaders`](super::WithHeaders): `.headers` is a [`models::GetJobHeaders`]; the body's fields are reached directly, or take it with `.into_body().body`.
    pub async fn get_job(
        &self,
        id: &str,
        options: Option<GetJobOptions>,
    ) -> Result<
        super::Response<super::WithHeaders<models::Job, models::GetJobHeaders>>,
        Error<serde_json::Value>,
    > {
        let options = options.unwrap_or_default();
        let id = runtime::encode_path_segment("id", id)?;
        let path = format!("/jobs/{id}/state");
        let url = runtime::url(&self.endpoint, &path, &[]);
        let mut call = runtime::Call::new(reqwest::Method::GET, url);
        call.operation("getJob");
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            let body = {
                let headers = models::GetJobHeaders::read(&response.headers);
                let body = match response.status.as_u16() {
                    200 => response.json(),
                    _ => Err(response.into_error()),
                }?;
                Ok::<
                    _,
                    Error<_>,
                >(super::WithHeaders {
                    body,
                    headers,
                })
            }?;
            Ok(details.with(body))
        }
    }

    /// PUT `/jobs/{id}` (operation `putJob`).
    ///
    /// Arguments:
    ///
    /// - `id` (`id` in the path)
    pub async fn put_job(
        &self,
        id: &str,
        options: Option<PutJobOptions>,
    ) -> Result<super::Response<models::PutJobResponse>, Error<models::PutJobError>> {
        let options = options.unwrap_or_default();
        let id = runtime::encode_path_segment("id", id)?;
        let path = format!("/jobs/{id}");
        let url = runtime::url(&self.endpoint, &path, &[]);
        let mut call = runtime::Call::new(reqwest::Method::PUT, url);
        call.operation("putJob");
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            let body = match response.status.as_u16() {
                200 => response.json().map(models::PutJobResponse::Status200),
                201 => response.json().map(models::PutJobResponse::Status201),
                204 => Ok(models::PutJobResponse::Status204),
                _ => {
                    Err(
                        response
                            .into_error_with(|status, body| match status {
                                404 => {
                                    serde_json::from_slice(body)
                                        .ok()
                                        .map(models::PutJobError::Status404)
                                }
                                400..=499 => {
                                    serde_json::from_slice(body)
                                        .ok()
                                        .map(models::PutJobError::Status4XX)
                                }
                                _ => {
                                    serde_json::from_slice(body)
                                        .ok()
                                        .map(models::PutJobError::Default)
                                }
                            }),
                    )
                }
            }?;
            Ok(details.with(body))
        }
    }
}

/// Optional settings of one call of [`Client::get_job`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct GetJobOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::put_job`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct PutJobOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}
