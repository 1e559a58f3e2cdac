// @generated from `generator/tests/fastapi/openapi.json` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

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

/// A client of Pet shop (api-version 1.0.0).
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

    /// Create Pet
    ///
    /// POST `/pets` (operation `create_pet_pets_post`).
    ///
    /// Arguments:
    ///
    /// - `body` (`application/json`)
    pub async fn create_pet_pets_post(
        &self,
        body: &models::PetIn,
        options: Option<CreatePetPetsPostOptions>,
    ) -> Result<super::Response<models::Pet>, Error<models::HttpValidationError>> {
        let options = options.unwrap_or_default();
        let url = runtime::url(&self.endpoint, "/pets", &[]);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("create_pet_pets_post");
        call.json_body("application/json", body)?;
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            let body = match response.status.as_u16() {
                201 => response.json(),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(body))
        }
    }

    /// List Pets
    ///
    /// GET `/pets` (operation `list_pets_pets_get`).
    pub async fn list_pets_pets_get(
        &self,
        options: Option<ListPetsPetsGetOptions>,
    ) -> Result<super::Response<Vec<models::Pet>>, Error<models::HttpValidationError>> {
        let options = options.unwrap_or_default();
        let mut query: Vec<(&str, String)> = vec![];
        if let Some(value) = &options.kind {
            query.push(("kind", value.as_str().to_owned()));
        }
        if let Some(value) = &options.tag {
            for item in value.iter() {
                query.push(("tag", item.to_string()));
            }
        }
        if let Some(value) = &options.limit {
            query.push(("limit", value.to_string()));
        }
        let url = runtime::url(&self.endpoint, "/pets", &query);
        let mut call = runtime::Call::new(reqwest::Method::GET, url);
        call.operation("list_pets_pets_get");
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

    /// Login
    ///
    /// POST `/login` (operation `login_login_post`).
    ///
    /// Arguments:
    ///
    /// - `body` (`application/x-www-form-urlencoded`)
    pub async fn login_login_post(
        &self,
        body: &models::BodyLoginLoginPost,
        options: Option<LoginLoginPostOptions>,
    ) -> Result<super::Response<serde_json::Value>, Error<models::HttpValidationError>> {
        let options = options.unwrap_or_default();
        let url = runtime::url(&self.endpoint, "/login", &[]);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("login_login_post");
        call.form_body("application/x-www-form-urlencoded", body)?;
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

    /// Read Pet
    ///
    /// GET `/pets/{pet_id}` (operation `read_pet_pets__pet_id__get`).
    ///
    /// Arguments:
    ///
    /// - `pet_id` (`pet_id` in the path)
    pub async fn read_pet_pets_pet_id_get(
        &self,
        pet_id: i64,
        options: Option<ReadPetPetsPetIdGetOptions>,
    ) -> Result<super::Response<models::Pet>, Error<models::HttpValidationError>> {
        let options = options.unwrap_or_default();
        let pet_id = runtime::encode_path_segment("pet_id", &pet_id.to_string())?;
        let path = format!("/pets/{pet_id}");
        let url = runtime::url(&self.endpoint, &path, &[]);
        let mut call = runtime::Call::new(reqwest::Method::GET, url);
        call.operation("read_pet_pets__pet_id__get");
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

    /// Upload Photo
    ///
    /// POST `/pets/{pet_id}/photo` (operation `upload_photo_pets__pet_id__photo_post`).
    ///
    /// Arguments:
    ///
    /// - `pet_id` (`pet_id` in the path)
    ///
    /// - `body` (`multipart/form-data`)
    ///
    ///   The parts the spec documents: `caption`, `file`.
    pub async fn upload_photo_pets_pet_id_photo_post(
        &self,
        pet_id: i64,
        body: super::Multipart,
        options: Option<UploadPhotoPetsPetIdPhotoPostOptions>,
    ) -> Result<super::Response<serde_json::Value>, Error<models::HttpValidationError>> {
        let options = options.unwrap_or_default();
        let pet_id = runtime::encode_path_segment("pet_id", &pet_id.to_string())?;
        let path = format!("/pets/{pet_id}/photo");
        let url = runtime::url(&self.endpoint, &path, &[]);
        let mut call = runtime::Call::new(reqwest::Method::POST, url);
        call.operation("upload_photo_pets__pet_id__photo_post");
        call.multipart_body(body);
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

/// Optional settings of one call of [`Client::create_pet_pets_post`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct CreatePetPetsPostOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::list_pets_pets_get`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct ListPetsPetsGetOptions {
    /// The `kind` parameter.
    pub kind: Option<models::Kind>,
    /// The `tag` parameter.
    pub tag: Option<Vec<String>>,
    /// The `limit` parameter.
    pub limit: Option<i64>,
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::login_login_post`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct LoginLoginPostOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::read_pet_pets_pet_id_get`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct ReadPetPetsPetIdGetOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}

/// Optional settings of one call of [`Client::upload_photo_pets_pet_id_photo_post`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct UploadPhotoPetsPetIdPhotoPostOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}
