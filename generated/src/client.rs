// @generated from `specs/callautomation/2025-05-15.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The client: [`Client`], made by [`ClientBuilder`], with one method per operation.

use crate::error::Error;
use crate::models;
use crate::runtime;

/// The `api-version` sent when the builder sets none.
pub const DEFAULT_API_VERSION: &str = "2025-05-15";

/// A client of Azure Communication Services Call Automation (api-version 2025-05-15).
///
/// The endpoint is the server URL `{endpoint}` with its variables (`endpoint`) filled in.
///
/// `endpoint`: The endpoint of the Communication Services resource, for example `https://contoso.communications.azure.com`.
///
/// Cloning is cheap: clones share their connection pool.
#[derive(Clone)]
pub struct Client {
    endpoint: reqwest::Url,
    http: reqwest::Client,
    api_version: String,
    authorization: Option<reqwest::header::HeaderValue>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("endpoint", &self.endpoint.as_str())
            .field("api_version", &self.api_version)
            .field("authorization", &self.authorization.as_ref().map(|_| "<redacted>"))
            .finish_non_exhaustive()
    }
}

/// Settings of a [`Client`]; [`ClientBuilder::build`] checks them and makes the client.
#[derive(Clone)]
pub struct ClientBuilder {
    endpoint: String,
    http: Option<reqwest::Client>,
    api_version: Option<String>,
    authorization: Option<String>,
}

impl std::fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("endpoint", &self.endpoint)
            .field("api_version", &self.api_version)
            .field("authorization", &self.authorization.as_ref().map(|_| "<redacted>"))
            .finish_non_exhaustive()
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

    /// The `Authorization` header. The service accepts an HMAC-SHA256 signature made with the resource's access key, or a Microsoft Entra ID bearer token.
    ///
    /// Sent as the `Authorization` header of every request. Kept out of `Debug` output.
    pub fn authorization(mut self, value: impl Into<String>) -> Self {
        self.authorization = Some(value.into());
        self
    }

    /// The `reqwest` client to send requests with (for its proxy, TLS or timeout settings);
    /// a default one when not set.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Checks the settings and makes the client.
    ///
    /// Fails when the endpoint is not an absolute `http` or `https` URL without query or
    /// fragment, when a required parameter is not set, or when a credential is not a valid
    /// header value.
    pub fn build(self) -> Result<Client, Error> {
        Ok(Client {
            endpoint: runtime::parse_endpoint(&self.endpoint)?,
            http: self.http.unwrap_or_default(),
            api_version: self
                .api_version
                .unwrap_or_else(|| DEFAULT_API_VERSION.to_owned()),
            authorization: self
                .authorization
                .map(|v| runtime::sensitive_header(&v))
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
            endpoint: endpoint.into(),
            http: None,
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

    #[allow(unused_mut)]
    fn authenticate(
        &self,
        mut request: reqwest::RequestBuilder,
    ) -> reqwest::RequestBuilder {
        if let Some(value) = &self.authorization {
            request = request.header("Authorization", value.clone());
        }
        request
    }

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
    ) -> Result<(), Error<models::CommunicationErrorResponse>> {
        let _ = options;
        let call_connection_id = runtime::encode_path_segment(
            "callConnectionId",
            call_connection_id,
        )?;
        let path = format!("/calling/callConnections/{call_connection_id}:unhold");
        let query: Vec<(&str, String)> = vec![("api-version", self.api_version.clone())];
        let url = runtime::url(&self.endpoint, &path, &query);
        let mut request = self
            .authenticate(self.http.request(reqwest::Method::POST, url))
            .header(reqwest::header::ACCEPT, "application/json");
        request = runtime::json_body(request, "application/json", body)?;
        let response = request.send().await.map_err(Error::Transport)?;
        match response.status().as_u16() {
            200 => Ok(()),
            _ => Err(runtime::service_error(response).await),
        }
    }
}

/// Optional settings of [`Client::call_media_unhold`]: its optional parameters. `Default` leaves them all unset.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CallMediaUnholdOptions {}
