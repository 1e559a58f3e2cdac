// @generated from `generator/tests/fixtures/reserved_names.json` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The client: [`Client`], made by [`ClientBuilder`], with one method per operation.

use std::time::Duration;
use super::credentials;
use super::error::Error;
use super::models;
use super::runtime;

/// The `access_key` sent when the builder sets none.
pub const DEFAULT_ACCESS_KEY2: &str = "d-access_key";

/// The `allow_http` sent when the builder sets none.
pub const DEFAULT_ALLOW_HTTP2: &str = "d-allow_http";

/// The `attempt_timeout` sent when the builder sets none.
pub const DEFAULT_ATTEMPT_TIMEOUT2: &str = "d-attempt_timeout";

/// The `authenticate` sent when the builder sets none.
pub const DEFAULT_AUTHENTICATE2: &str = "d-authenticate";

/// The `bearer_token` sent when the builder sets none.
pub const DEFAULT_BEARER_TOKEN2: &str = "d-bearer_token";

/// The `build` sent when the builder sets none.
pub const DEFAULT_BUILD2: &str = "d-build";

/// The `builder` sent when the builder sets none.
pub const DEFAULT_BUILDER2: &str = "d-builder";

/// The `builder_from_connection_string` sent when the builder sets none.
pub const DEFAULT_BUILDER_FROM_CONNECTION_STRING2: &str = "d-builder_from_connection_string";

/// The `clone` sent when the builder sets none.
pub const DEFAULT_CLONE2: &str = "d-clone";

/// The `connect_timeout` sent when the builder sets none.
pub const DEFAULT_CONNECT_TIMEOUT2: &str = "d-connect_timeout";

/// The `credential` sent when the builder sets none.
pub const DEFAULT_CREDENTIAL2: &str = "d-credential";

/// The `endpoint` sent when the builder sets none.
pub const DEFAULT_ENDPOINT2: &str = "d-endpoint";

/// The `fmt` sent when the builder sets none.
pub const DEFAULT_FMT2: &str = "d-fmt";

/// The `follow_foreign_links` sent when the builder sets none.
pub const DEFAULT_FOLLOW_FOREIGN_LINKS2: &str = "d-follow_foreign_links";

/// The `from_access_key` sent when the builder sets none.
pub const DEFAULT_FROM_ACCESS_KEY2: &str = "d-from_access_key";

/// The `from_connection_string` sent when the builder sets none.
pub const DEFAULT_FROM_CONNECTION_STRING2: &str = "d-from_connection_string";

/// The `http_client` sent when the builder sets none.
pub const DEFAULT_HTTP_CLIENT2: &str = "d-http_client";

/// The `max_response_body` sent when the builder sets none.
pub const DEFAULT_MAX_RESPONSE_BODY2: &str = "d-max_response_body";

/// The `new` sent when the builder sets none.
pub const DEFAULT_NEW2: &str = "d-new";

/// The `next_page` sent when the builder sets none.
pub const DEFAULT_NEXT_PAGE2: &str = "d-next_page";

/// The `per_call_policy` sent when the builder sets none.
pub const DEFAULT_PER_CALL_POLICY2: &str = "d-per_call_policy";

/// The `per_try_policy` sent when the builder sets none.
pub const DEFAULT_PER_TRY_POLICY2: &str = "d-per_try_policy";

/// The `pipeline` sent when the builder sets none.
pub const DEFAULT_PIPELINE2: &str = "d-pipeline";

/// The `poll` sent when the builder sets none.
pub const DEFAULT_POLL2: &str = "d-poll";

/// The `poll_timeout` sent when the builder sets none.
pub const DEFAULT_POLL_TIMEOUT2: &str = "d-poll_timeout";

/// The `retry` sent when the builder sets none.
pub const DEFAULT_RETRY2: &str = "d-retry";

/// The `server_url` sent when the builder sets none.
pub const DEFAULT_SERVER_URL2: &str = "d-server_url";

/// The `settings` sent when the builder sets none.
pub const DEFAULT_SETTINGS2: &str = "d-settings";

/// The `timeout` sent when the builder sets none.
pub const DEFAULT_TIMEOUT2: &str = "d-timeout";

/// The `token_provider` sent when the builder sets none.
pub const DEFAULT_TOKEN_PROVIDER2: &str = "d-token_provider";

/// The `transport` sent when the builder sets none.
pub const DEFAULT_TRANSPORT2: &str = "d-transport";

/// The `user_agent_prefix` sent when the builder sets none.
pub const DEFAULT_USER_AGENT_PREFIX2: &str = "d-user_agent_prefix";

/// The `wait_for_operation` sent when the builder sets none.
pub const DEFAULT_WAIT_FOR_OPERATION2: &str = "d-wait_for_operation";

/// The spec's first server URL, `https://reserved.example.com`, with its variables at their defaults.
pub const DEFAULT_SERVER_URL: &str = "https://reserved.example.com";

/// The longest time a whole call may take, unless [`ClientBuilder::timeout`] or the call's options say otherwise.
pub const DEFAULT_TIMEOUT: Duration = runtime::DEFAULT_TIMEOUT;

/// The longest time a connection may take to open, unless [`ClientBuilder::connect_timeout`] says otherwise.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = runtime::DEFAULT_CONNECT_TIMEOUT;

/// The longest time one attempt may take, unless [`ClientBuilder::attempt_timeout`] says otherwise.
pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = runtime::DEFAULT_ATTEMPT_TIMEOUT;

/// The largest response body read, unless [`ClientBuilder::max_response_body`] says otherwise.
pub const DEFAULT_MAX_RESPONSE_BODY: usize = runtime::DEFAULT_MAX_RESPONSE_BODY;

/// A client of Reserved names (api-version 2026-01-01).
///
/// The endpoint is the server URL `https://reserved.example.com`.
///
/// Every method returns the answer's body in a [`Response`](super::Response), which dereferences to it and tells the status, the headers and the request ids; `.into_body()` takes the body.
///
/// Cloning is cheap: clones share their connection pool.
#[derive(Clone)]
pub struct Client {
    endpoint: reqwest::Url,
    pipeline: std::sync::Arc<runtime::Pipeline>,
    access_key2: String,
    allow_http2: String,
    attempt_timeout2: String,
    authenticate2: String,
    bearer_token2: String,
    build2: String,
    builder2: String,
    builder_from_connection_string2: String,
    clone2: String,
    connect_timeout2: String,
    credential2: String,
    endpoint2: String,
    fmt2: String,
    follow_foreign_links2: String,
    from_access_key2: String,
    from_connection_string2: String,
    http_client2: String,
    max_response_body2: String,
    new2: String,
    next_page2: String,
    per_call_policy2: String,
    per_try_policy2: String,
    pipeline2: String,
    poll2: String,
    poll_timeout2: String,
    retry2: String,
    server_url2: String,
    settings2: String,
    timeout2: String,
    token_provider2: String,
    transport2: String,
    user_agent_prefix2: String,
    wait_for_operation2: String,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("endpoint", &self.endpoint.as_str())
            .field("access_key2", &self.access_key2)
            .field("allow_http2", &self.allow_http2)
            .field("attempt_timeout2", &self.attempt_timeout2)
            .field("authenticate2", &self.authenticate2)
            .field("bearer_token2", &self.bearer_token2)
            .field("build2", &self.build2)
            .field("builder2", &self.builder2)
            .field(
                "builder_from_connection_string2",
                &self.builder_from_connection_string2,
            )
            .field("clone2", &self.clone2)
            .field("connect_timeout2", &self.connect_timeout2)
            .field("credential2", &self.credential2)
            .field("endpoint2", &self.endpoint2)
            .field("fmt2", &self.fmt2)
            .field("follow_foreign_links2", &self.follow_foreign_links2)
            .field("from_access_key2", &self.from_access_key2)
            .field("from_connection_string2", &self.from_connection_string2)
            .field("http_client2", &self.http_client2)
            .field("max_response_body2", &self.max_response_body2)
            .field("new2", &self.new2)
            .field("next_page2", &self.next_page2)
            .field("per_call_policy2", &self.per_call_policy2)
            .field("per_try_policy2", &self.per_try_policy2)
            .field("pipeline2", &self.pipeline2)
            .field("poll2", &self.poll2)
            .field("poll_timeout2", &self.poll_timeout2)
            .field("retry2", &self.retry2)
            .field("server_url2", &self.server_url2)
            .field("settings2", &self.settings2)
            .field("timeout2", &self.timeout2)
            .field("token_provider2", &self.token_provider2)
            .field("transport2", &self.transport2)
            .field("user_agent_prefix2", &self.user_agent_prefix2)
            .field("wait_for_operation2", &self.wait_for_operation2)
            .field("pipeline", &self.pipeline)
            .finish()
    }
}

/// Settings of a [`Client`]; [`ClientBuilder::build`] checks them and makes the client.
#[derive(Clone)]
pub struct ClientBuilder {
    settings: runtime::Settings,
    access_key2: Option<String>,
    allow_http2: Option<String>,
    attempt_timeout2: Option<String>,
    authenticate2: Option<String>,
    bearer_token2: Option<String>,
    build2: Option<String>,
    builder2: Option<String>,
    builder_from_connection_string2: Option<String>,
    clone2: Option<String>,
    connect_timeout2: Option<String>,
    credential2: Option<String>,
    endpoint2: Option<String>,
    fmt2: Option<String>,
    follow_foreign_links2: Option<String>,
    from_access_key2: Option<String>,
    from_connection_string2: Option<String>,
    http_client2: Option<String>,
    max_response_body2: Option<String>,
    new2: Option<String>,
    next_page2: Option<String>,
    per_call_policy2: Option<String>,
    per_try_policy2: Option<String>,
    pipeline2: Option<String>,
    poll2: Option<String>,
    poll_timeout2: Option<String>,
    retry2: Option<String>,
    server_url2: Option<String>,
    settings2: Option<String>,
    timeout2: Option<String>,
    token_provider2: Option<String>,
    transport2: Option<String>,
    user_agent_prefix2: Option<String>,
    wait_for_operation2: Option<String>,
}

impl std::fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("settings", &self.settings)
            .field("access_key2", &self.access_key2)
            .field("allow_http2", &self.allow_http2)
            .field("attempt_timeout2", &self.attempt_timeout2)
            .field("authenticate2", &self.authenticate2)
            .field("bearer_token2", &self.bearer_token2)
            .field("build2", &self.build2)
            .field("builder2", &self.builder2)
            .field(
                "builder_from_connection_string2",
                &self.builder_from_connection_string2,
            )
            .field("clone2", &self.clone2)
            .field("connect_timeout2", &self.connect_timeout2)
            .field("credential2", &self.credential2)
            .field("endpoint2", &self.endpoint2)
            .field("fmt2", &self.fmt2)
            .field("follow_foreign_links2", &self.follow_foreign_links2)
            .field("from_access_key2", &self.from_access_key2)
            .field("from_connection_string2", &self.from_connection_string2)
            .field("http_client2", &self.http_client2)
            .field("max_response_body2", &self.max_response_body2)
            .field("new2", &self.new2)
            .field("next_page2", &self.next_page2)
            .field("per_call_policy2", &self.per_call_policy2)
            .field("per_try_policy2", &self.per_try_policy2)
            .field("pipeline2", &self.pipeline2)
            .field("poll2", &self.poll2)
            .field("poll_timeout2", &self.poll_timeout2)
            .field("retry2", &self.retry2)
            .field("server_url2", &self.server_url2)
            .field("settings2", &self.settings2)
            .field("timeout2", &self.timeout2)
            .field("token_provider2", &self.token_provider2)
            .field("transport2", &self.transport2)
            .field("user_agent_prefix2", &self.user_agent_prefix2)
            .field("wait_for_operation2", &self.wait_for_operation2)
            .finish()
    }
}

impl ClientBuilder {
    /// A client parameter named `access_key`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `access_key`; defaults to `d-access_key`.
    pub fn access_key2(mut self, value: impl Into<String>) -> Self {
        self.access_key2 = Some(value.into());
        self
    }

    /// A client parameter named `allow_http`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `allow_http`; defaults to `d-allow_http`.
    pub fn allow_http2(mut self, value: impl Into<String>) -> Self {
        self.allow_http2 = Some(value.into());
        self
    }

    /// A client parameter named `attempt_timeout`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `attempt_timeout`; defaults to `d-attempt_timeout`.
    pub fn attempt_timeout2(mut self, value: impl Into<String>) -> Self {
        self.attempt_timeout2 = Some(value.into());
        self
    }

    /// A client parameter named `authenticate`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `authenticate`; defaults to `d-authenticate`.
    pub fn authenticate2(mut self, value: impl Into<String>) -> Self {
        self.authenticate2 = Some(value.into());
        self
    }

    /// A client parameter named `bearer_token`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `bearer_token`; defaults to `d-bearer_token`.
    pub fn bearer_token2(mut self, value: impl Into<String>) -> Self {
        self.bearer_token2 = Some(value.into());
        self
    }

    /// A client parameter named `build`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `build`; defaults to `d-build`.
    pub fn build2(mut self, value: impl Into<String>) -> Self {
        self.build2 = Some(value.into());
        self
    }

    /// A client parameter named `builder`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `builder`; defaults to `d-builder`.
    pub fn builder2(mut self, value: impl Into<String>) -> Self {
        self.builder2 = Some(value.into());
        self
    }

    /// A client parameter named `builder_from_connection_string`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `builder_from_connection_string`; defaults to `d-builder_from_connection_string`.
    pub fn builder_from_connection_string2(mut self, value: impl Into<String>) -> Self {
        self.builder_from_connection_string2 = Some(value.into());
        self
    }

    /// A client parameter named `clone`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `clone`; defaults to `d-clone`.
    pub fn clone2(mut self, value: impl Into<String>) -> Self {
        self.clone2 = Some(value.into());
        self
    }

    /// A client parameter named `connect_timeout`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `connect_timeout`; defaults to `d-connect_timeout`.
    pub fn connect_timeout2(mut self, value: impl Into<String>) -> Self {
        self.connect_timeout2 = Some(value.into());
        self
    }

    /// A client parameter named `credential`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `credential`; defaults to `d-credential`.
    pub fn credential2(mut self, value: impl Into<String>) -> Self {
        self.credential2 = Some(value.into());
        self
    }

    /// A client parameter named `endpoint`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `endpoint`; defaults to `d-endpoint`.
    pub fn endpoint2(mut self, value: impl Into<String>) -> Self {
        self.endpoint2 = Some(value.into());
        self
    }

    /// A client parameter named `fmt`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `fmt`; defaults to `d-fmt`.
    pub fn fmt2(mut self, value: impl Into<String>) -> Self {
        self.fmt2 = Some(value.into());
        self
    }

    /// A client parameter named `follow_foreign_links`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `follow_foreign_links`; defaults to `d-follow_foreign_links`.
    pub fn follow_foreign_links2(mut self, value: impl Into<String>) -> Self {
        self.follow_foreign_links2 = Some(value.into());
        self
    }

    /// A client parameter named `from_access_key`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `from_access_key`; defaults to `d-from_access_key`.
    pub fn from_access_key2(mut self, value: impl Into<String>) -> Self {
        self.from_access_key2 = Some(value.into());
        self
    }

    /// A client parameter named `from_connection_string`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `from_connection_string`; defaults to `d-from_connection_string`.
    pub fn from_connection_string2(mut self, value: impl Into<String>) -> Self {
        self.from_connection_string2 = Some(value.into());
        self
    }

    /// A client parameter named `http_client`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `http_client`; defaults to `d-http_client`.
    pub fn http_client2(mut self, value: impl Into<String>) -> Self {
        self.http_client2 = Some(value.into());
        self
    }

    /// A client parameter named `max_response_body`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `max_response_body`; defaults to `d-max_response_body`.
    pub fn max_response_body2(mut self, value: impl Into<String>) -> Self {
        self.max_response_body2 = Some(value.into());
        self
    }

    /// A client parameter named `new`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `new`; defaults to `d-new`.
    pub fn new2(mut self, value: impl Into<String>) -> Self {
        self.new2 = Some(value.into());
        self
    }

    /// A client parameter named `next_page`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `next_page`; defaults to `d-next_page`.
    pub fn next_page2(mut self, value: impl Into<String>) -> Self {
        self.next_page2 = Some(value.into());
        self
    }

    /// A client parameter named `per_call_policy`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `per_call_policy`; defaults to `d-per_call_policy`.
    pub fn per_call_policy2(mut self, value: impl Into<String>) -> Self {
        self.per_call_policy2 = Some(value.into());
        self
    }

    /// A client parameter named `per_try_policy`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `per_try_policy`; defaults to `d-per_try_policy`.
    pub fn per_try_policy2(mut self, value: impl Into<String>) -> Self {
        self.per_try_policy2 = Some(value.into());
        self
    }

    /// A client parameter named `pipeline`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `pipeline`; defaults to `d-pipeline`.
    pub fn pipeline2(mut self, value: impl Into<String>) -> Self {
        self.pipeline2 = Some(value.into());
        self
    }

    /// A client parameter named `poll`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `poll`; defaults to `d-poll`.
    pub fn poll2(mut self, value: impl Into<String>) -> Self {
        self.poll2 = Some(value.into());
        self
    }

    /// A client parameter named `poll_timeout`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `poll_timeout`; defaults to `d-poll_timeout`.
    pub fn poll_timeout2(mut self, value: impl Into<String>) -> Self {
        self.poll_timeout2 = Some(value.into());
        self
    }

    /// A client parameter named `retry`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `retry`; defaults to `d-retry`.
    pub fn retry2(mut self, value: impl Into<String>) -> Self {
        self.retry2 = Some(value.into());
        self
    }

    /// A client parameter named `server_url`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `server_url`; defaults to `d-server_url`.
    pub fn server_url2(mut self, value: impl Into<String>) -> Self {
        self.server_url2 = Some(value.into());
        self
    }

    /// A client parameter named `settings`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `settings`; defaults to `d-settings`.
    pub fn settings2(mut self, value: impl Into<String>) -> Self {
        self.settings2 = Some(value.into());
        self
    }

    /// A client parameter named `timeout`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `timeout`; defaults to `d-timeout`.
    pub fn timeout2(mut self, value: impl Into<String>) -> Self {
        self.timeout2 = Some(value.into());
        self
    }

    /// A client parameter named `token_provider`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `token_provider`; defaults to `d-token_provider`.
    pub fn token_provider2(mut self, value: impl Into<String>) -> Self {
        self.token_provider2 = Some(value.into());
        self
    }

    /// A client parameter named `transport`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `transport`; defaults to `d-transport`.
    pub fn transport2(mut self, value: impl Into<String>) -> Self {
        self.transport2 = Some(value.into());
        self
    }

    /// A client parameter named `user_agent_prefix`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `user_agent_prefix`; defaults to `d-user_agent_prefix`.
    pub fn user_agent_prefix2(mut self, value: impl Into<String>) -> Self {
        self.user_agent_prefix2 = Some(value.into());
        self
    }

    /// A client parameter named `wait_for_operation`, as the generated builder and client name one of theirs.
    ///
    /// Sent as `wait_for_operation`; defaults to `d-wait_for_operation`.
    pub fn wait_for_operation2(mut self, value: impl Into<String>) -> Self {
        self.wait_for_operation2 = Some(value.into());
        self
    }

    /// A bearer token.
    ///
    /// Sends `Authorization: Bearer <token>` with every request, this token being valid for the client's lifetime; see [`ClientBuilder::token_provider`] for tokens that expire. Replaces any other credential. Kept out of `Debug` output.
    pub fn bearer_token(mut self, token: impl Into<String>) -> Self {
        self.settings.credential = Some(
            runtime::Credential::Token(
                std::sync::Arc::new(credentials::StaticToken(token.into())),
            ),
        );
        self
    }

    /// Sends `Authorization: Bearer <token>` with every request, asking `provider` for tokens and reusing each until five minutes before it expires. The provider is asked for tokens of `https://reserved.example.com/.default`. Replaces any other credential.
    pub fn token_provider(
        mut self,
        provider: std::sync::Arc<dyn credentials::TokenProvider>,
    ) -> Self {
        self.settings.credential = Some(runtime::Credential::Token(provider));
        self
    }

    /// Authenticates with any `azure_core` credential, such as those of `azure_identity`
    /// (`DeveloperToolsCredential`, `ManagedIdentityCredential`, …), as a token provider
    /// (see [`ClientBuilder::token_provider`]). Needs the `azure_core` feature.
    #[cfg(feature = "azure_core")]
    pub fn credential(
        self,
        credential: std::sync::Arc<
            dyn openapi_client_runtime::azure_core::credentials::TokenCredential,
        >,
    ) -> Self {
        self.token_provider(
            std::sync::Arc::new(credentials::AzureCredential(credential)),
        )
    }

    /// Signs every request (each retry anew) with HMAC-SHA256 and this access key, given in
    /// base64 as the Azure portal shows it. Replaces any other credential. Kept out of
    /// `Debug` output.
    pub fn access_key(mut self, key_base64: &str) -> Result<Self, Error> {
        let key = super::access_key::AccessKeyCredential::new(key_base64)
            .map_err(Error::InvalidRequest)?;
        self.settings.credential = Some(runtime::Credential::AccessKey(key));
        Ok(self)
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
                request_id_header: Some("x-ms-client-request-id"),
                scopes: &["https://reserved.example.com/.default"],
            })?;
        Ok(Client {
            endpoint,
            pipeline,
            access_key2: self
                .access_key2
                .unwrap_or_else(|| DEFAULT_ACCESS_KEY2.to_owned()),
            allow_http2: self
                .allow_http2
                .unwrap_or_else(|| DEFAULT_ALLOW_HTTP2.to_owned()),
            attempt_timeout2: self
                .attempt_timeout2
                .unwrap_or_else(|| DEFAULT_ATTEMPT_TIMEOUT2.to_owned()),
            authenticate2: self
                .authenticate2
                .unwrap_or_else(|| DEFAULT_AUTHENTICATE2.to_owned()),
            bearer_token2: self
                .bearer_token2
                .unwrap_or_else(|| DEFAULT_BEARER_TOKEN2.to_owned()),
            build2: self.build2.unwrap_or_else(|| DEFAULT_BUILD2.to_owned()),
            builder2: self.builder2.unwrap_or_else(|| DEFAULT_BUILDER2.to_owned()),
            builder_from_connection_string2: self
                .builder_from_connection_string2
                .unwrap_or_else(|| DEFAULT_BUILDER_FROM_CONNECTION_STRING2.to_owned()),
            clone2: self.clone2.unwrap_or_else(|| DEFAULT_CLONE2.to_owned()),
            connect_timeout2: self
                .connect_timeout2
                .unwrap_or_else(|| DEFAULT_CONNECT_TIMEOUT2.to_owned()),
            credential2: self
                .credential2
                .unwrap_or_else(|| DEFAULT_CREDENTIAL2.to_owned()),
            endpoint2: self.endpoint2.unwrap_or_else(|| DEFAULT_ENDPOINT2.to_owned()),
            fmt2: self.fmt2.unwrap_or_else(|| DEFAULT_FMT2.to_owned()),
            follow_foreign_links2: self
                .follow_foreign_links2
                .unwrap_or_else(|| DEFAULT_FOLLOW_FOREIGN_LINKS2.to_owned()),
            from_access_key2: self
                .from_access_key2
                .unwrap_or_else(|| DEFAULT_FROM_ACCESS_KEY2.to_owned()),
            from_connection_string2: self
                .from_connection_string2
                .unwrap_or_else(|| DEFAULT_FROM_CONNECTION_STRING2.to_owned()),
            http_client2: self
                .http_client2
                .unwrap_or_else(|| DEFAULT_HTTP_CLIENT2.to_owned()),
            max_response_body2: self
                .max_response_body2
                .unwrap_or_else(|| DEFAULT_MAX_RESPONSE_BODY2.to_owned()),
            new2: self.new2.unwrap_or_else(|| DEFAULT_NEW2.to_owned()),
            next_page2: self.next_page2.unwrap_or_else(|| DEFAULT_NEXT_PAGE2.to_owned()),
            per_call_policy2: self
                .per_call_policy2
                .unwrap_or_else(|| DEFAULT_PER_CALL_POLICY2.to_owned()),
            per_try_policy2: self
                .per_try_policy2
                .unwrap_or_else(|| DEFAULT_PER_TRY_POLICY2.to_owned()),
            pipeline2: self.pipeline2.unwrap_or_else(|| DEFAULT_PIPELINE2.to_owned()),
            poll2: self.poll2.unwrap_or_else(|| DEFAULT_POLL2.to_owned()),
            poll_timeout2: self
                .poll_timeout2
                .unwrap_or_else(|| DEFAULT_POLL_TIMEOUT2.to_owned()),
            retry2: self.retry2.unwrap_or_else(|| DEFAULT_RETRY2.to_owned()),
            server_url2: self
                .server_url2
                .unwrap_or_else(|| DEFAULT_SERVER_URL2.to_owned()),
            settings2: self.settings2.unwrap_or_else(|| DEFAULT_SETTINGS2.to_owned()),
            timeout2: self.timeout2.unwrap_or_else(|| DEFAULT_TIMEOUT2.to_owned()),
            token_provider2: self
                .token_provider2
                .unwrap_or_else(|| DEFAULT_TOKEN_PROVIDER2.to_owned()),
            transport2: self.transport2.unwrap_or_else(|| DEFAULT_TRANSPORT2.to_owned()),
            user_agent_prefix2: self
                .user_agent_prefix2
                .unwrap_or_else(|| DEFAULT_USER_AGENT_PREFIX2.to_owned()),
            wait_for_operation2: self
                .wait_for_operation2
                .unwrap_or_else(|| DEFAULT_WAIT_FOR_OPERATION2.to_owned()),
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
            access_key2: None,
            allow_http2: None,
            attempt_timeout2: None,
            authenticate2: None,
            bearer_token2: None,
            build2: None,
            builder2: None,
            builder_from_connection_string2: None,
            clone2: None,
            connect_timeout2: None,
            credential2: None,
            endpoint2: None,
            fmt2: None,
            follow_foreign_links2: None,
            from_access_key2: None,
            from_connection_string2: None,
            http_client2: None,
            max_response_body2: None,
            new2: None,
            next_page2: None,
            per_call_policy2: None,
            per_try_policy2: None,
            pipeline2: None,
            poll2: None,
            poll_timeout2: None,
            retry2: None,
            server_url2: None,
            settings2: None,
            timeout2: None,
            token_provider2: None,
            transport2: None,
            user_agent_prefix2: None,
            wait_for_operation2: None,
        }
    }

    /// A client of the resource a connection string
    /// (`endpoint=https://<resource>.communication.azure.com/;accesskey=<base64 key>`) names,
    /// signing requests with its access key.
    pub fn from_connection_string(connection_string: &str) -> Result<Self, Error> {
        Self::builder_from_connection_string(connection_string)?.build()
    }

    /// A client of the resource at `endpoint`, signing requests with its access key (base64,
    /// as the Azure portal shows it).
    pub fn from_access_key(
        endpoint: impl Into<String>,
        key_base64: &str,
    ) -> Result<Self, Error> {
        Self::builder(endpoint).access_key(key_base64)?.build()
    }

    /// A builder set up from a connection string, for further settings.
    pub fn builder_from_connection_string(
        connection_string: &str,
    ) -> Result<ClientBuilder, Error> {
        let parsed = super::access_key::ConnectionString::parse(connection_string)
            .map_err(Error::InvalidRequest)?;
        let mut builder = Self::builder(parsed.endpoint);
        builder.settings.credential = Some(
            runtime::Credential::AccessKey(parsed.credential),
        );
        Ok(builder)
    }

    /// The endpoint requests are sent to.
    pub fn endpoint(&self) -> &reqwest::Url {
        &self.endpoint
    }

    /// The `access_key` this client sends.
    pub fn access_key2(&self) -> &str {
        &self.access_key2
    }

    /// The `allow_http` this client sends.
    pub fn allow_http2(&self) -> &str {
        &self.allow_http2
    }

    /// The `attempt_timeout` this client sends.
    pub fn attempt_timeout2(&self) -> &str {
        &self.attempt_timeout2
    }

    /// The `authenticate` this client sends.
    pub fn authenticate2(&self) -> &str {
        &self.authenticate2
    }

    /// The `bearer_token` this client sends.
    pub fn bearer_token2(&self) -> &str {
        &self.bearer_token2
    }

    /// The `build` this client sends.
    pub fn build2(&self) -> &str {
        &self.build2
    }

    /// The `builder` this client sends.
    pub fn builder2(&self) -> &str {
        &self.builder2
    }

    /// The `builder_from_connection_string` this client sends.
    pub fn builder_from_connection_string2(&self) -> &str {
        &self.builder_from_connection_string2
    }

    /// The `clone` this client sends.
    pub fn clone2(&self) -> &str {
        &self.clone2
    }

    /// The `connect_timeout` this client sends.
    pub fn connect_timeout2(&self) -> &str {
        &self.connect_timeout2
    }

    /// The `credential` this client sends.
    pub fn credential2(&self) -> &str {
        &self.credential2
    }

    /// The `endpoint` this client sends.
    pub fn endpoint2(&self) -> &str {
        &self.endpoint2
    }

    /// The `fmt` this client sends.
    pub fn fmt2(&self) -> &str {
        &self.fmt2
    }

    /// The `follow_foreign_links` this client sends.
    pub fn follow_foreign_links2(&self) -> &str {
        &self.follow_foreign_links2
    }

    /// The `from_access_key` this client sends.
    pub fn from_access_key2(&self) -> &str {
        &self.from_access_key2
    }

    /// The `from_connection_string` this client sends.
    pub fn from_connection_string2(&self) -> &str {
        &self.from_connection_string2
    }

    /// The `http_client` this client sends.
    pub fn http_client2(&self) -> &str {
        &self.http_client2
    }

    /// The `max_response_body` this client sends.
    pub fn max_response_body2(&self) -> &str {
        &self.max_response_body2
    }

    /// The `new` this client sends.
    pub fn new2(&self) -> &str {
        &self.new2
    }

    /// The `next_page` this client sends.
    pub fn next_page2(&self) -> &str {
        &self.next_page2
    }

    /// The `per_call_policy` this client sends.
    pub fn per_call_policy2(&self) -> &str {
        &self.per_call_policy2
    }

    /// The `per_try_policy` this client sends.
    pub fn per_try_policy2(&self) -> &str {
        &self.per_try_policy2
    }

    /// The `pipeline` this client sends.
    pub fn pipeline2(&self) -> &str {
        &self.pipeline2
    }

    /// The `poll` this client sends.
    pub fn poll2(&self) -> &str {
        &self.poll2
    }

    /// The `poll_timeout` this client sends.
    pub fn poll_timeout2(&self) -> &str {
        &self.poll_timeout2
    }

    /// The `retry` this client sends.
    pub fn retry2(&self) -> &str {
        &self.retry2
    }

    /// The `server_url` this client sends.
    pub fn server_url2(&self) -> &str {
        &self.server_url2
    }

    /// The `settings` this client sends.
    pub fn settings2(&self) -> &str {
        &self.settings2
    }

    /// The `timeout` this client sends.
    pub fn timeout2(&self) -> &str {
        &self.timeout2
    }

    /// The `token_provider` this client sends.
    pub fn token_provider2(&self) -> &str {
        &self.token_provider2
    }

    /// The `transport` this client sends.
    pub fn transport2(&self) -> &str {
        &self.transport2
    }

    /// The `user_agent_prefix` this client sends.
    pub fn user_agent_prefix2(&self) -> &str {
        &self.user_agent_prefix2
    }

    /// The `wait_for_operation` this client sends.
    pub fn wait_for_operation2(&self) -> &str {
        &self.wait_for_operation2
    }

    /// The page a next-page link names: an absolute URL, or a path on the endpoint.
    async fn next_page<T: serde::de::DeserializeOwned, E>(
        &self,
        link: &str,
        read_error: runtime::ReadError<E>,
    ) -> Result<T, Error<E>> {
        let client_query: &[(&str, &str)] = &[
            ("access_key", self.access_key2.as_str()),
            ("allow_http", self.allow_http2.as_str()),
            ("attempt_timeout", self.attempt_timeout2.as_str()),
            ("authenticate", self.authenticate2.as_str()),
            ("bearer_token", self.bearer_token2.as_str()),
            ("build", self.build2.as_str()),
            ("builder", self.builder2.as_str()),
            (
                "builder_from_connection_string",
                self.builder_from_connection_string2.as_str(),
            ),
            ("clone", self.clone2.as_str()),
            ("connect_timeout", self.connect_timeout2.as_str()),
            ("credential", self.credential2.as_str()),
            ("endpoint", self.endpoint2.as_str()),
            ("fmt", self.fmt2.as_str()),
            ("follow_foreign_links", self.follow_foreign_links2.as_str()),
            ("from_access_key", self.from_access_key2.as_str()),
            ("from_connection_string", self.from_connection_string2.as_str()),
            ("http_client", self.http_client2.as_str()),
            ("max_response_body", self.max_response_body2.as_str()),
            ("new", self.new2.as_str()),
            ("next_page", self.next_page2.as_str()),
            ("per_call_policy", self.per_call_policy2.as_str()),
            ("per_try_policy", self.per_try_policy2.as_str()),
            ("pipeline", self.pipeline2.as_str()),
            ("poll", self.poll2.as_str()),
            ("poll_timeout", self.poll_timeout2.as_str()),
            ("retry", self.retry2.as_str()),
            ("server_url", self.server_url2.as_str()),
            ("settings", self.settings2.as_str()),
            ("timeout", self.timeout2.as_str()),
            ("token_provider", self.token_provider2.as_str()),
            ("transport", self.transport2.as_str()),
            ("user_agent_prefix", self.user_agent_prefix2.as_str()),
            ("wait_for_operation", self.wait_for_operation2.as_str()),
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

    /// Every client parameter goes in the query; the answer is paged.
    ///
    /// GET `/items` (operation `Items_List`).
    pub async fn items_list(
        &self,
        options: Option<ItemsListOptions>,
    ) -> Result<super::Response<models::ItemList>, Error<serde_json::Value>> {
        let options = options.unwrap_or_default();
        let query: Vec<(&str, String)> = vec![
            ("access_key", self.access_key2.clone()), ("allow_http", self.allow_http2
            .clone()), ("attempt_timeout", self.attempt_timeout2.clone()),
            ("authenticate", self.authenticate2.clone()), ("bearer_token", self
            .bearer_token2.clone()), ("build", self.build2.clone()), ("builder", self
            .builder2.clone()), ("builder_from_connection_string", self
            .builder_from_connection_string2.clone()), ("clone", self.clone2.clone()),
            ("connect_timeout", self.connect_timeout2.clone()), ("credential", self
            .credential2.clone()), ("endpoint", self.endpoint2.clone()), ("fmt", self
            .fmt2.clone()), ("follow_foreign_links", self.follow_foreign_links2.clone()),
            ("from_access_key", self.from_access_key2.clone()),
            ("from_connection_string", self.from_connection_string2.clone()),
            ("http_client", self.http_client2.clone()), ("max_response_body", self
            .max_response_body2.clone()), ("new", self.new2.clone()), ("next_page", self
            .next_page2.clone()), ("per_call_policy", self.per_call_policy2.clone()),
            ("per_try_policy", self.per_try_policy2.clone()), ("pipeline", self.pipeline2
            .clone()), ("poll", self.poll2.clone()), ("poll_timeout", self.poll_timeout2
            .clone()), ("retry", self.retry2.clone()), ("server_url", self.server_url2
            .clone()), ("settings", self.settings2.clone()), ("timeout", self.timeout2
            .clone()), ("token_provider", self.token_provider2.clone()), ("transport",
            self.transport2.clone()), ("user_agent_prefix", self.user_agent_prefix2
            .clone()), ("wait_for_operation", self.wait_for_operation2.clone())
        ];
        let url = runtime::url(&self.endpoint, "/items", &query);
        let mut call = runtime::Call::new(reqwest::Method::GET, url);
        call.operation("Items_List");
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

    /// Every item of every page of [`Client::items_list`], following the next-page links (`x-ms-pageable`); the first error ends the stream.
    pub fn items_list_stream(
        &self,
        options: Option<ItemsListOptions>,
    ) -> impl openapi_client_runtime::futures_util::Stream<
        Item = Result<String, Error<serde_json::Value>>,
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
                    Next::First(options) => self.items_list(options).await?.into_body(),
                    Next::Link(link) => self.next_page(&link, runtime::json_error).await?,
                    Next::Done => return Ok::<_, Error<serde_json::Value>>(None),
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
}

/// The `Items` operations: `client.items().name(…)` calls the client's `items_name(…)` with the same arguments.
#[derive(Debug, Clone, Copy)]
pub struct ItemsOperations<'a> {
    client: &'a Client,
}

impl Client {
    /// The `Items` operations: `client.items().name(…)` calls the client's `items_name(…)` with the same arguments.
    pub fn items(&self) -> ItemsOperations<'_> {
        ItemsOperations { client: self }
    }
}

impl<'a> ItemsOperations<'a> {
    /// The client whose methods these call.
    pub fn client(&self) -> &'a Client {
        self.client
    }

    /// Every client parameter goes in the query; the answer is paged.
    ///
    /// See [`Client::items_list`].
    pub async fn list(
        &self,
        options: Option<ItemsListOptions>,
    ) -> Result<super::Response<models::ItemList>, Error<serde_json::Value>> {
        self.client.items_list(options).await
    }

    /// Every item of every page: see [`Client::items_list_stream`].
    pub fn list_stream(
        &self,
        options: Option<ItemsListOptions>,
    ) -> impl openapi_client_runtime::futures_util::Stream<
        Item = Result<String, Error<serde_json::Value>>,
    > {
        self.client.items_list_stream(options)
    }
}

/// Optional settings of one call of [`Client::items_list`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct ItemsListOptions {
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}
