//! `src/client.rs`: the client, its builder and one method per operation.

use heck::ToShoutySnakeCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs::{Docs, code, own};
use super::{ident, qualified_type};
use crate::model::{
    Api, AuthScheme, BodyKind, ClientParam, Encoding, Fill, Operation, Pageable, Param,
    ParamLocation, ParamStyle, PathPart, Scalar, StatusPattern, StatusVariant, TypeKind, TypeRef,
    Wrapping,
};

pub fn client(api: &Api) -> TokenStream {
    let members = members(api);
    let options = api.operations.iter().map(options_struct);
    let items = [
        header(api),
        client_struct(api, &members),
        builder_struct(&members),
        builder_impl(api, &members),
        client_impl(api, &members),
        super::groups::groups(api),
    ];
    quote! {
        #( #items )*
        #( #options )*
    }
}

/// What the client's parameters (such as `api-version`) and credentials add to the client and
/// its builder, each list in the order of the file: parameters, API keys, basic authentication.
#[derive(Default)]
struct Members {
    /// Fields of `Client`.
    client_fields: Vec<TokenStream>,
    /// Fields of `ClientBuilder`.
    builder_fields: Vec<TokenStream>,
    /// `Debug` fields of both (credentials redacted).
    debug: Vec<TokenStream>,
    /// Setters of `ClientBuilder`, bearer-token and access-key ones included.
    setters: Vec<TokenStream>,
    /// How `build` fills each field of `Client`.
    init: Vec<TokenStream>,
    /// Each builder field unset, as `Client::builder` starts.
    unset: Vec<TokenStream>,
    /// Getters of `Client`.
    getters: Vec<TokenStream>,
    /// What `Client::authenticate` adds to each request.
    authenticate: Vec<TokenStream>,
}

fn members(api: &Api) -> Members {
    let mut m = Members::default();
    param_members(&api.client_params, &mut m);
    api_key_members(api, &mut m);
    basic_members(api, &mut m);
    m.setters.extend(bearer_setters(api));
    m.setters.extend(access_key_setter(api));
    m
}

/// Client-level parameters: a field each, a setter, a getter, and the spec's default.
fn param_members(params: &[ClientParam], m: &mut Members) {
    for p in params {
        let name = ident(&p.rust_name);
        let label = p.rust_name.trim_start_matches("r#");
        m.client_fields.push(quote! { #name: String, });
        m.builder_fields.push(quote! { #name: Option<String>, });
        m.debug.push(quote! { .field(#label, &self.#name) });
        m.unset.push(quote! { #name: None, });
        let docs = own(&format!("The {} this client sends.", code(&p.name)));
        m.getters
            .push(quote! { #docs pub fn #name(&self) -> &str { &self.#name } });
    }
    m.setters.extend(params.iter().map(|p| {
        let name = ident(&p.rust_name);
        let docs = Docs::new().spec_or(
            p.description.as_deref(),
            &format!("The {} parameter.", code(&p.name)),
        );
        let docs = match &p.default {
            Some(d) => docs.own(&format!(
                "Sent as {}; defaults to {}.",
                code(&p.name),
                code(d)
            )),
            None => docs.own(&format!("Sent as {}; required.", code(&p.name))),
        }
        .outer();
        string_setter(&docs, &name)
    }));
    m.init.extend(params.iter().map(|p| {
        let name = ident(&p.rust_name);
        match &p.default {
            Some(_) => {
                let c = default_const(p);
                quote! { #name: self.#name.unwrap_or_else(|| #c.to_owned()), }
            }
            None => {
                let message = format!("the `{}` parameter must be set", p.name);
                quote! { #name: self.#name.ok_or_else(|| Error::InvalidRequest(#message.into()))?, }
            }
        }
    }));
}

/// A builder setter that keeps a text value (a client parameter, an API key).
fn string_setter(docs: &TokenStream, name: &proc_macro2::Ident) -> TokenStream {
    quote! {
        #docs
        pub fn #name(mut self, value: impl Into<String>) -> Self {
            self.#name = Some(value.into());
            self
        }
    }
}

/// API keys: the setter, where the key goes (`header`, `query` or `cookie`) and its name, and
/// the description.
fn api_keys(api: &Api) -> Vec<(&str, (&str, &str), Option<&str>)> {
    api.auth
        .iter()
        .filter_map(|a| match a {
            AuthScheme::ApiKeyHeader {
                header,
                setter,
                description,
                ..
            } => Some((
                setter.as_str(),
                ("header", header.as_str()),
                description.as_deref(),
            )),
            AuthScheme::ApiKeyQuery {
                param,
                setter,
                description,
                ..
            } => Some((
                setter.as_str(),
                ("query", param.as_str()),
                description.as_deref(),
            )),
            AuthScheme::ApiKeyCookie {
                cookie,
                setter,
                description,
                ..
            } => Some((
                setter.as_str(),
                ("cookie", cookie.as_str()),
                description.as_deref(),
            )),
            _ => None,
        })
        .collect()
}

/// API keys: a header value each, set by its setter and sent by `authenticate`.
fn api_key_members(api: &Api, m: &mut Members) {
    let api_keys = api_keys(api);
    for (setter, ..) in &api_keys {
        let f = ident(setter);
        let label = f.to_string().trim_start_matches("r#").to_string();
        m.client_fields
            .push(quote! { #f: Option<reqwest::header::HeaderValue>, });
        m.builder_fields.push(quote! { #f: Option<String>, });
        m.debug
            .push(quote! { .field(#label, &self.#f.as_ref().map(|_| "<redacted>")) });
        m.unset.push(quote! { #f: None, });
        m.init
            .push(quote! { #f: self.#f.as_deref().map(runtime::sensitive_header).transpose()?, });
    }
    m.setters
        .extend(api_keys.iter().map(|(setter, (place, wire), description)| {
            let name = ident(setter);
            let place = match *place {
                "query" => "query parameter",
                other => other,
            };
            let docs = Docs::new()
                .spec_or(*description, "The API key.")
                .own(&format!(
                    "Sent as the {} {place} of every request. Kept out of `Debug` output.",
                    code(wire)
                ))
                .outer();
            string_setter(&docs, &name)
        }));
    m.authenticate.extend(api_keys.iter().map(|(setter, (place, wire), _)| {
        let name = ident(setter);
        let send = match *place {
            "header" => {
                let header = wire.to_ascii_lowercase();
                quote! { call.header_value(reqwest::header::HeaderName::from_static(#header), value.clone()); }
            }
            "query" => quote! { call.query_key(#wire, value); },
            _ => quote! { call.add_cookie(#wire, value); },
        };
        quote! {
            if let Some(value) = &self.#name {
                #send
            }
        }
    }));
}

/// HTTP basic authentication: the user and password on the builder, the `Authorization` value
/// on the client.
fn basic_members(api: &Api, m: &mut Members) {
    let Some((f, description)) = api.auth.iter().find_map(|a| match a {
        AuthScheme::Basic {
            setter,
            description,
        } => Some((ident(setter), description.as_deref())),
        _ => None,
    }) else {
        return;
    };
    let label = f.to_string();
    m.client_fields
        .push(quote! { #f: Option<reqwest::header::HeaderValue>, });
    m.builder_fields
        .push(quote! { #f: Option<(String, String)>, });
    m.debug
        .push(quote! { .field(#label, &self.#f.as_ref().map(|_| "<redacted>")) });
    m.unset.push(quote! { #f: None, });
    let docs = Docs::new()
        .spec_or(description, "HTTP basic authentication.")
        .own("Sends `Authorization: Basic` with `username` and `password` on every request. Kept out of `Debug` output.")
        .outer();
    m.setters.push(quote! {
        #docs
        pub fn #f(mut self, username: impl Into<String>, password: impl Into<String>) -> Self {
            self.#f = Some((username.into(), password.into()));
            self
        }
    });
    m.init.push(quote! {
        #f: match &self.#f {
            Some((user, password)) => Some(runtime::basic_authorization(user, password)?),
            None => None,
        },
    });
    m.authenticate.push(quote! {
        if let Some(value) = &self.#f {
            call.header_value(reqwest::header::AUTHORIZATION, value.clone());
        }
    });
}

/// The bearer scheme's scopes and description, when the client takes bearer tokens.
fn bearer(api: &Api) -> Option<(&Vec<String>, &Option<String>)> {
    api.auth.iter().find_map(|a| match a {
        AuthScheme::Bearer {
            scopes,
            description,
        } => Some((scopes, description)),
        _ => None,
    })
}

/// `bearer_token`, `token_provider` and (with `azure_core`) `credential`.
fn bearer_setters(api: &Api) -> Option<TokenStream> {
    bearer(api).map(|(scopes, description)| {
        let docs = Docs::new()
            .spec_or(description.as_deref(), "A bearer token.")
            .own(
                "Sends `Authorization: Bearer <token>` with every request, this token being valid for the \
                 client's lifetime; see [`ClientBuilder::token_provider`] for tokens that expire. \
                 Replaces any other credential. Kept out of `Debug` output.",
            )
            .outer();
        let scope_text = if scopes.is_empty() {
            "The provider is asked for tokens without scopes.".to_string()
        } else {
            format!("The provider is asked for tokens of {}.", scopes.iter().map(|s| code(s)).collect::<Vec<_>>().join(", "))
        };
        let provider_docs = own(&format!(
            "Sends `Authorization: Bearer <token>` with every request, asking `provider` for tokens and \
             reusing each until five minutes before it expires. {scope_text} Replaces any other credential."
        ));
        quote! {
            #docs
            pub fn bearer_token(mut self, token: impl Into<String>) -> Self {
                self.settings.credential = Some(runtime::Credential::Token(std::sync::Arc::new(credentials::StaticToken(token.into()))));
                self
            }

            #provider_docs
            pub fn token_provider(mut self, provider: std::sync::Arc<dyn credentials::TokenProvider>) -> Self {
                self.settings.credential = Some(runtime::Credential::Token(provider));
                self
            }

            /// Authenticates with any `azure_core` credential, such as those of `azure_identity`
            /// (`DeveloperToolsCredential`, `ManagedIdentityCredential`, …), as a token provider
            /// (see [`ClientBuilder::token_provider`]). Needs the `azure_core` feature.
            #[cfg(feature = "azure_core")]
            pub fn credential(self, credential: std::sync::Arc<dyn openapi_client_runtime::azure_core::credentials::TokenCredential>) -> Self {
                self.token_provider(std::sync::Arc::new(credentials::AzureCredential(credential)))
            }
        }
    })
}

/// `access_key`, for clients that sign with access keys.
fn access_key_setter(api: &Api) -> Option<TokenStream> {
    api.auth.contains(&AuthScheme::AccessKey).then(|| {
        quote! {
            /// Signs every request (each retry anew) with HMAC-SHA256 and this access key, given in
            /// base64 as the Azure portal shows it. Replaces any other credential. Kept out of
            /// `Debug` output.
            pub fn access_key(mut self, key_base64: &str) -> Result<Self, Error> {
                let key = super::access_key::AccessKeyCredential::new(key_base64).map_err(Error::InvalidRequest)?;
                self.settings.credential = Some(runtime::Credential::AccessKey(key));
                Ok(self)
            }
        }
    })
}

/// The module's docs and imports, the client parameters' defaults, `DEFAULT_SERVER_URL` and the
/// builder's default limits.
fn header(api: &Api) -> TokenStream {
    let params = &api.client_params;
    let consts = params.iter().filter_map(|p| {
        let value = p.default.as_ref()?;
        let name = default_const(p);
        let docs = own(&format!(
            "The {} sent when the builder sets none.",
            code(&p.name)
        ));
        Some(quote! { #docs pub const #name: &str = #value; })
    });

    let (server_const, _) = server_items(api);
    let poll_const = poll_const(api);
    let models_use = names_models(api).then(|| {
        quote!(
            use super::models;
        )
    });
    let credentials_use = bearer(api).is_some().then(|| {
        quote!(
            use super::credentials;
        )
    });
    quote! {
        //! The client: [`Client`], made by [`ClientBuilder`], with one method per operation.

        use std::time::Duration;

        #credentials_use
        use super::error::Error;
        #models_use
        use super::runtime;

        #( #consts )*
        #server_const

        /// The longest time a whole call may take, unless [`ClientBuilder::timeout`] or the call's options say otherwise.
        pub const DEFAULT_TIMEOUT: Duration = runtime::DEFAULT_TIMEOUT;

        /// The longest time a connection may take to open, unless [`ClientBuilder::connect_timeout`] says otherwise.
        pub const DEFAULT_CONNECT_TIMEOUT: Duration = runtime::DEFAULT_CONNECT_TIMEOUT;

        /// The longest time one attempt may take, unless [`ClientBuilder::attempt_timeout`] says otherwise.
        pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = runtime::DEFAULT_ATTEMPT_TIMEOUT;

        /// The largest response body read, unless [`ClientBuilder::max_response_body`] says otherwise.
        pub const DEFAULT_MAX_RESPONSE_BODY: usize = runtime::DEFAULT_MAX_RESPONSE_BODY;

        #poll_const
    }
}

/// `Client` and its `Debug`.
fn client_struct(api: &Api, m: &Members) -> TokenStream {
    let client_docs = client_docs(api).outer();
    let (fields, debug) = (&m.client_fields, &m.debug);
    quote! {
        #client_docs
        #[derive(Clone)]
        pub struct Client {
            endpoint: reqwest::Url,
            pipeline: std::sync::Arc<runtime::Pipeline>,
            #( #fields )*
        }

        impl std::fmt::Debug for Client {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct("Client")
                    .field("endpoint", &self.endpoint.as_str())
                    #( #debug )*
                    .field("pipeline", &self.pipeline)
                    .finish()
            }
        }
    }
}

/// `ClientBuilder` and its `Debug`.
fn builder_struct(m: &Members) -> TokenStream {
    let (fields, debug) = (&m.builder_fields, &m.debug);
    quote! {
        /// Settings of a [`Client`]; [`ClientBuilder::build`] checks them and makes the client.
        #[derive(Clone)]
        pub struct ClientBuilder {
            settings: runtime::Settings,
            #( #fields )*
        }

        impl std::fmt::Debug for ClientBuilder {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct("ClientBuilder")
                    .field("settings", &self.settings)
                    #( #debug )*
                    .finish()
            }
        }
    }
}

/// Whether the client follows links the service gives: next pages, long-running operations.
fn follows_links(api: &Api) -> (bool, bool) {
    let paging = api.operations.iter().any(|o| o.pageable.is_some());
    let long_running = api.operations.iter().any(|o| o.long_running.is_some());
    (paging, long_running)
}

/// `DEFAULT_POLL_TIMEOUT`, for clients with long-running operations.
fn poll_const(api: &Api) -> Option<TokenStream> {
    follows_links(api).1.then(|| {
        quote! {
            /// The longest time a long-running operation is polled for, unless [`ClientBuilder::poll_timeout`] says otherwise.
            pub const DEFAULT_POLL_TIMEOUT: Duration = runtime::DEFAULT_POLL_TIMEOUT;
        }
    })
}

/// The setters of following links: to other origins, and polling's time limit.
fn link_setters(api: &Api) -> TokenStream {
    let (paging, long_running) = follows_links(api);
    let foreign = (paging || long_running).then(|| {
        quote! {
            /// Follows next-page and long-running operation links that point to another origin
            /// (scheme, host and port) than the endpoint's, without the client's credentials.
            /// Off by default: such a link fails the call with [`Error::InvalidRequest`]. A link
            /// from https to plain http is never followed; credentials only ever go to the
            /// endpoint's origin.
            pub fn follow_foreign_links(mut self, follow: bool) -> Self {
                self.settings.follow_foreign_links = follow;
                self
            }
        }
    });
    let poll = long_running.then(|| {
        quote! {
            /// A limit on the time a long-running operation is polled for
            /// ([`DEFAULT_POLL_TIMEOUT`] by default); `None` removes it. A service asking to
            /// wait past it (`Retry-After`) ends the call with [`Error::Timeout`] at once.
            pub fn poll_timeout(mut self, timeout: Option<Duration>) -> Self {
                self.settings.poll_timeout = timeout;
                self
            }
        }
    });
    quote! { #foreign #poll }
}

/// The builder's setters and `build`.
fn builder_impl(api: &Api, m: &Members) -> TokenStream {
    let (setters, init) = (&m.setters, &m.init);
    let link_setters = link_setters(api);
    let scopes: Vec<&String> = bearer(api)
        .map(|(s, _)| s.iter().collect())
        .unwrap_or_default();
    let request_id = match &api.request_id_header {
        Some(h) => quote!(Some(#h)),
        None => quote!(None),
    };
    quote! {
        impl ClientBuilder {
            #( #setters )*

            openapi_client_runtime::client_builder_settings!();

            #link_setters

            /// Checks the settings and makes the client.
            ///
            /// Fails when the endpoint is not an absolute `https` URL (or `http`, see
            /// [`ClientBuilder::allow_http`]) without query or fragment, when a required parameter
            /// is not set, or when a credential or the user agent is not a valid header value.
            pub fn build(self) -> Result<Client, Error> {
                let (endpoint, pipeline) = self.settings.build(runtime::ClientIdentity {
                    crate_name: env!("CARGO_PKG_NAME"),
                    version: env!("CARGO_PKG_VERSION"),
                    request_id_header: #request_id,
                    scopes: &[ #( #scopes ),* ],
                })?;
                Ok(Client {
                    endpoint,
                    pipeline,
                    #( #init )*
                })
            }
        }

    }
}

/// A list item of the arguments: `label`, then `: ` and the spec's description when it has one.
fn labelled(docs: Docs, label: String, description: Option<&str>) -> Docs {
    match description.map(str::trim).filter(|d| !d.is_empty()) {
        Some(d) => docs.labelled(&format!("{label}: "), Some(d)),
        None => docs.labelled(&label, None),
    }
}

/// `Client`'s constructors, getters, helpers and one method per operation.
fn client_impl(api: &Api, m: &Members) -> TokenStream {
    let (unset, getters, authenticate) = (&m.unset, &m.getters, &m.authenticate);
    let (_, server_url) = server_items(api);
    let connection_string_constructors = connection_string_constructors(api);
    // The client's query parameters, which next-page links that lack them get.
    let client_query: Vec<TokenStream> = api
        .client_params
        .iter()
        .filter(|p| p.location == ParamLocation::Query)
        .map(|p| {
            let (wire, field) = (&p.name, ident(&p.rust_name));
            quote!((#wire, self.#field.as_str()))
        })
        .collect();
    let (paging, long_running) = follows_links(api);
    let next_page = paging.then(|| {
            quote! {
                /// The page a next-page link names: an absolute URL, or a path on the endpoint.
                async fn next_page<T: serde::de::DeserializeOwned, E>(
                    &self,
                    link: &str,
                    read_error: runtime::ReadError<E>,
                ) -> Result<T, Error<E>> {
                    let client_query: &[(&str, &str)] = &[ #( #client_query ),* ];
                    self.pipeline
                        .next_page(&self.endpoint, link, client_query, |call| self.authenticate(call), read_error)
                        .await
                }
            }
        });
    let wait = long_running.then(|| {
        quote! {
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
        }
    });
    let methods = api.operations.iter().map(|op| operation(api, op));
    quote! {
        impl Client {
            #server_url

            /// A client of the service at `endpoint`, with default settings.
            pub fn new(endpoint: impl Into<String>) -> Result<Self, Error> {
                Self::builder(endpoint).build()
            }

            /// A builder for a client of the service at `endpoint`.
            pub fn builder(endpoint: impl Into<String>) -> ClientBuilder {
                ClientBuilder {
                    settings: runtime::Settings::new(endpoint.into()),
                    #( #unset )*
                }
            }

            #connection_string_constructors

            /// The endpoint requests are sent to.
            pub fn endpoint(&self) -> &reqwest::Url {
                &self.endpoint
            }

            #( #getters )*

            #next_page
            #wait

            // A spec without operations (components or webhooks only) calls it nowhere.
            #[allow(unused_variables, dead_code)]
            fn authenticate(&self, call: &mut runtime::Call) {
                #( #authenticate )*
            }

            #( #methods )*
        }

    }
}

/// `from_connection_string`, `from_access_key` and `builder_from_connection_string`, for clients
/// that sign with access keys.
fn connection_string_constructors(api: &Api) -> Option<TokenStream> {
    api.auth.contains(&AuthScheme::AccessKey).then(|| {
        quote! {
            /// A client of the resource a connection string
            /// (`endpoint=https://<resource>.communication.azure.com/;accesskey=<base64 key>`) names,
            /// signing requests with its access key.
            pub fn from_connection_string(connection_string: &str) -> Result<Self, Error> {
                Self::builder_from_connection_string(connection_string)?.build()
            }

            /// A client of the resource at `endpoint`, signing requests with its access key (base64,
            /// as the Azure portal shows it).
            pub fn from_access_key(endpoint: impl Into<String>, key_base64: &str) -> Result<Self, Error> {
                Self::builder(endpoint).access_key(key_base64)?.build()
            }

            /// A builder set up from a connection string, for further settings.
            pub fn builder_from_connection_string(connection_string: &str) -> Result<ClientBuilder, Error> {
                let parsed = super::access_key::ConnectionString::parse(connection_string).map_err(Error::InvalidRequest)?;
                let mut builder = Self::builder(parsed.endpoint);
                builder.settings.credential = Some(runtime::Credential::AccessKey(parsed.credential));
                Ok(builder)
            }
        }
    })
}

/// `DEFAULT_SERVER_URL` (the first server with its variables at their defaults, when that is an
/// absolute URL) and `Client::server_url` (the same with the variables as arguments).
fn server_items(api: &Api) -> (Option<TokenStream>, Option<TokenStream>) {
    // A URL that starts with a variable (Azure's `{endpoint}`) names no service: the caller
    // gives the whole endpoint.
    let Some(server) = api.servers.first().filter(|s| !s.url.starts_with('{')) else {
        return (None, None);
    };
    let mut default = server.url.clone();
    for v in &server.variables {
        default = default.replace(&format!("{{{}}}", v.name), &v.default);
    }
    let absolute = (default.starts_with("https://") || default.starts_with("http://"))
        && !default.contains('{');
    let constant = absolute.then(|| {
        let docs = own(&format!(
            "The spec's first server URL, {}, with its variables at their defaults.",
            code(&server.url)
        ));
        quote! { #docs pub const DEFAULT_SERVER_URL: &str = #default; }
    });
    let function = (!server.variables.is_empty()).then(|| {
        let url = &server.url;
        let args: Vec<_> = server
            .variables
            .iter()
            .map(|v| ident(&v.rust_name))
            .collect();
        let names: Vec<String> = server
            .variables
            .iter()
            .map(|v| format!("{{{}}}", v.name))
            .collect();
        let mut docs = Docs::new().own(&format!(
            "The spec's first server URL, {}, with its variables filled in, for [`Client::new`] \
             or [`Client::builder`].",
            code(url)
        ));
        for v in &server.variables {
            let mut text = format!("`{}`: ", v.rust_name.trim_start_matches("r#"));
            if let Some(d) = &v.description {
                text.push_str(d.trim());
                text.push(' ');
            }
            text.push_str(&format!("(default {}", code(&v.default)));
            if !v.values.is_empty() {
                let values: Vec<String> = v.values.iter().map(|x| code(x)).collect();
                text.push_str(&format!("; one of {}", values.join(", ")));
            }
            text.push(')');
            docs = docs.spec(&text);
        }
        let docs = docs.outer();
        quote! {
            #docs
            pub fn server_url(#( #args: &str ),*) -> String {
                #url #( .replace(#names, #args) )*
            }
        }
    });
    (constant, function)
}

fn client_docs(api: &Api) -> Docs {
    let mut docs = Docs::new().spec(&format!(
        "A client of {} (api-version {}).",
        api.title, api.version
    ));
    if let Some(server) = api.servers.first() {
        let mut text = format!("The endpoint is the server URL {}", code(&server.url));
        if !server.variables.is_empty() {
            let vars: Vec<String> = server.variables.iter().map(|v| code(&v.name)).collect();
            text.push_str(&format!(
                " with its variables ({}) filled in",
                vars.join(", ")
            ));
        }
        docs = docs.own(&format!("{text}."));
        for v in &server.variables {
            if let Some(d) = &v.description {
                docs = docs.labelled(&format!("{}: ", code(&v.name)), Some(d));
            }
        }
    }
    docs = docs.own(
        "Every method returns the answer's body in a [`Response`](super::Response), which \
         dereferences to it and tells the status, the headers and the request ids; \
         `.into_body()` takes the body.",
    );
    docs = docs.own("Cloning is cheap: clones share their connection pool.");
    // The spec's tags group the methods, in the order the tags first appear.
    let mut tags: Vec<(&str, Vec<String>)> = Vec::new();
    for op in &api.operations {
        let method = op.rust_name.trim_start_matches("r#");
        let link = if op.rust_name.starts_with("r#") {
            code(method)
        } else {
            format!("[`{method}`](Client::{method})")
        };
        for tag in &op.tags {
            match tags.iter_mut().find(|(t, _)| t == tag) {
                Some((_, methods)) => methods.push(link.clone()),
                None => tags.push((tag, vec![link.clone()])),
            }
        }
    }
    if !tags.is_empty() {
        docs = docs.own("Methods by the spec's tags:");
        for (tag, methods) in tags {
            docs = docs.own(&format!("- {}: {}", code(tag), methods.join(", ")));
        }
    }
    docs
}

fn default_const(p: &ClientParam) -> proc_macro2::Ident {
    format_ident!(
        "DEFAULT_{}",
        p.rust_name.trim_start_matches("r#").to_shouty_snake_case()
    )
}

fn optional_params(op: &Operation) -> impl Iterator<Item = &Param> {
    op.params.iter().filter(|p| !p.required)
}

fn options_struct(op: &Operation) -> TokenStream {
    let name = format_ident!("{}", op.options_name);
    let method = &op.rust_name;
    let docs = own(&format!(
        "Optional settings of one call of [`Client::{}`]: its optional parameters, extra headers and a \
         time limit. `Default` leaves them all unset.",
        method.trim_start_matches("r#")
    ));
    let fields = optional_params(op).map(|p| {
        let field = ident(&p.rust_name);
        let ty = qualified_type(&p.ty);
        let mut docs = Docs::new().spec_or(
            p.description.as_deref(),
            &format!("The {} parameter.", code(&p.name)),
        );
        docs = match p.fill {
            Some(Fill::Uuid) => docs.own(
                "Left unset, the client sends a new UUID, the same on every retry of the call, as \
                 Azure's SDKs do (repeatable requests).",
            ),
            Some(Fill::HttpDate) => docs.own(
                "Left unset, the client sends the time of the call, the same on every retry, as \
                 Azure's SDKs do (repeatable requests).",
            ),
            None => docs,
        };
        let docs = docs.outer();
        quote! { #docs pub #field: Option<#ty>, }
    });
    quote! {
        #docs
        #[derive(Debug, Clone, Default)]
        pub struct #name {
            #( #fields )*
            /// Headers to send with this call, replacing any the client would send under the same
            /// names (credentials are set after them and win).
            pub headers: reqwest::header::HeaderMap,
            /// A limit on the time of this call, retries included, instead of the client's.
            pub timeout: Option<std::time::Duration>,
        }
    }
}

/// One operation's method (and, for a pageable one, its streaming method).
fn operation(api: &Api, op: &Operation) -> TokenStream {
    let sig = Signature::of(op);
    let docs = method_docs(op);
    let (path, path_arg) = path_code(api, op);
    let request = Request::of(api, op);
    let (query_decl, query_arg) = request.query_decl();
    let structured_decl = request
        .has_structured
        .then(|| quote! { let mut structured: Vec<(String, String)> = Vec::new(); });
    let url_mut = request.has_structured.then(|| quote!(mut));
    let append_query = request
        .has_structured
        .then(|| quote! { runtime::append_query(&mut url, &structured); });
    let (cookie_decl, cookie_send) = request.cookie_code();
    let Request {
        query,
        headers,
        cookies,
        ..
    } = request;
    let method = format_ident!("{}", op.method.as_str());
    let op_id = op.id.as_str();
    let body = body_code(op);
    let answer = Answer::of(api, op);
    let stream = op
        .pageable
        .as_ref()
        .map(|p| stream_method(op, p, &sig, &answer));
    let accept = op.accept.as_ref().map(|a| quote! { call.accept(#a)?; });
    let original = op
        .long_running
        .as_ref()
        .map(|_| quote! { let original = url.clone(); });
    let Answer {
        error_ty,
        read_error,
        into_error,
        success_pattern,
        ok_ty,
        read_success,
        ..
    } = answer;
    let finish = match &op.long_running {
        None => read_success,
        Some(via) => {
            let via_text = via.as_str();
            quote! {
            if !matches!(response.status.as_u16(), #success_pattern) {
                return Err(#into_error);
            }
            let response = self.wait_for_operation(response, original, #via_text, #read_error).await?;
            #read_success
            }
        }
    };
    let Signature {
        name,
        options_name,
        args,
        body_arg,
        allow_many,
        deprecated,
        ..
    } = sig;
    let long = [&query, &headers, &cookies]
        .iter()
        .any(|s| s.len() > STATEMENTS_PER_PART);
    let allow_parts = long.then(|| quote!(#[allow(clippy::redundant_closure_call)]));
    let query = in_parts(query, &error_ty);
    let headers = in_parts(headers, &error_ty);
    let cookies = in_parts(cookies, &error_ty);
    quote! {
        #docs
        #deprecated
        #allow_many
        #allow_parts
        pub async fn #name(
            &self,
            #( #args, )*
            #body_arg
            options: Option<#options_name>,
        ) -> Result<#ok_ty, Error<#error_ty>> {
            let options = options.unwrap_or_default();
            #path
            #query_decl
            #structured_decl
            #( #query )*
            let #url_mut url = runtime::url(&self.endpoint, #path_arg, #query_arg);
            #append_query
            #original
            let mut call = runtime::Call::new(reqwest::Method::#method, url);
            call.operation(#op_id);
            #accept
            #cookie_decl
            #( #headers )*
            #( #cookies )*
            #cookie_send
            #body
            call.options(options.headers, options.timeout);
            self.authenticate(&mut call);
            let response = self.pipeline.send(call).await?;
            #finish
        }

        #stream
    }
}

/// The most parameter statements a method body runs in a row (see [`in_parts`]).
const STATEMENTS_PER_PART: usize = 64;

/// `statements` as they are, or, when there are more than [`STATEMENTS_PER_PART`] (an operation
/// with hundreds of parameters), in parts of that many, each the body of a closure called at
/// once. rustc's borrow checking grows faster than linearly with the branches of one body: one
/// method setting 10,000 optional parameters took 12 GB to check; in parts, each body is small.
fn in_parts(statements: Vec<TokenStream>, error_ty: &TokenStream) -> Vec<TokenStream> {
    if statements.len() <= STATEMENTS_PER_PART {
        return statements;
    }
    statements
        .chunks(STATEMENTS_PER_PART)
        .map(|part| {
            quote! {
                (|| -> Result<(), Error<#error_ty>> {
                    #( #part )*
                    Ok(())
                })()?;
            }
        })
        .collect()
}

/// A method's name and arguments: the required parameters, the body and the options.
pub(super) struct Signature {
    pub(super) name: proc_macro2::Ident,
    pub(super) options_name: proc_macro2::Ident,
    /// `name: type` of each required parameter.
    pub(super) args: Vec<TokenStream>,
    /// Each required parameter's name, to pass it on.
    pub(super) arg_names: Vec<proc_macro2::Ident>,
    pub(super) body_arg: Option<TokenStream>,
    pub(super) allow_many: Option<TokenStream>,
    pub(super) deprecated: Option<TokenStream>,
}

impl Signature {
    pub(super) fn of(op: &Operation) -> Self {
        let required: Vec<&Param> = op.params.iter().filter(|p| p.required).collect();
        let args = required
            .iter()
            .map(|p| {
                let n = ident(&p.rust_name);
                let ty = borrowed_type(&p.ty);
                quote! { #n: #ty }
            })
            .collect();
        let body_arg = op.body.as_ref().map(|b| {
            let ty = match &b.kind {
                BodyKind::Json(t) | BodyKind::Form(t) => {
                    let t = qualified_type(t);
                    quote!(&#t)
                }
                BodyKind::Bytes => quote!(Vec<u8>),
                BodyKind::Multipart(_) => quote!(super::Multipart),
            };
            if b.required {
                quote!(body: #ty,)
            } else {
                quote!(body: Option<#ty>,)
            }
        });
        let arg_count = 2 + required.len() + usize::from(op.body.is_some());
        let allow_many = (arg_count > 7).then(|| quote!(#[allow(clippy::too_many_arguments)]));
        let deprecated = op.deprecated.then(|| quote!(#[deprecated]));
        Signature {
            name: ident(&op.rust_name),
            options_name: format_ident!("{}", op.options_name),
            args,
            arg_names: required.iter().map(|p| ident(&p.rust_name)).collect(),
            body_arg,
            allow_many,
            deprecated,
        }
    }
}

/// The method's docs: the spec's summary and description, what it sends and returns.
fn method_docs(op: &Operation) -> TokenStream {
    let mut docs = Docs::new();
    if let Some(summary) = &op.summary {
        docs = docs.spec(summary);
    }
    if let Some(d) = op
        .description
        .as_ref()
        .filter(|d| Some(d.trim()) != op.summary.as_deref().map(str::trim))
    {
        docs = docs.spec(d);
    }
    docs = docs.own(&format!(
        "{} {} (operation {}).",
        op.method,
        code(&op.path),
        code(&op.id)
    ));
    if op.long_running.is_some() {
        docs = docs.own(
            "A long-running operation (`x-ms-long-running-operation`): the call polls the service \
             until the operation ends and returns its result. Polling stops with [`Error::Timeout`] \
             after [`ClientBuilder::poll_timeout`] ([`DEFAULT_POLL_TIMEOUT`] by default); the \
             options' `timeout` applies to each request.",
        );
    }
    let required: Vec<&Param> = op.params.iter().filter(|p| p.required).collect();
    if !required.is_empty() || op.body.is_some() {
        docs = docs.own("Arguments:");
        for p in &required {
            let label = format!(
                "- `{}` ({} in {})",
                p.rust_name.trim_start_matches("r#"),
                code(&p.name),
                location_name(p.location),
            );
            docs = labelled(docs, label, p.description.as_deref());
        }
        if let Some(body) = &op.body {
            let label = format!("- `body` ({})", code(&body.media_type));
            docs = labelled(docs, label, body.description.as_deref());
            if let BodyKind::Multipart(parts) = &body.kind {
                if !parts.is_empty() {
                    let parts: Vec<String> = parts.iter().map(|p| code(p)).collect();
                    docs = docs.own(&format!(
                        "  The parts the spec documents: {}.",
                        parts.join(", ")
                    ));
                }
            }
        }
    }
    if let Some(h) = &op.response_headers {
        docs = docs.own(&format!(
            "The body comes with the response headers the spec documents, in \
             [`WithHeaders`](super::WithHeaders): `.headers` is a [`models::{h}`]; the body's \
             fields are reached directly, or take it with `.into_body().body`."
        ));
    }
    if !op.constants.is_empty() {
        let sent: Vec<String> = op
            .constants
            .iter()
            .map(|c| {
                format!(
                    "{} in {}",
                    code(&format!("{}: {}", c.name, c.value)),
                    location_name(c.location)
                )
            })
            .collect();
        docs = docs.own(&format!(
            "Always sends {} (the only value the spec allows).",
            sent.join(", ")
        ));
    }
    docs.outer()
}

/// The path: the statements that encode its parameters, and the path as `runtime::url` takes it.
fn path_code(api: &Api, op: &Operation) -> (TokenStream, TokenStream) {
    // Path: each parameter percent-encoded into a binding of its own (once, even where the
    // template names it twice), then the template's literals around those bindings in one
    // `format!`.
    let mut template = String::new();
    let mut segments = Vec::new();
    let mut bound = std::collections::BTreeSet::new();
    for part in &op.path_parts {
        let wire = match part {
            PathPart::Literal(l) => {
                template.push_str(&l.replace('{', "{{").replace('}', "}}"));
                continue;
            }
            PathPart::Param(wire) => wire,
        };
        let (binding, segment) = path_segment(api, op, wire);
        template.push_str(&format!("{{{binding}}}"));
        if bound.insert(wire) {
            segments.push(segment);
        }
    }
    if segments.is_empty() {
        (quote! {}, quote! { #template })
    } else {
        (
            quote! { #( #segments )* let path = format!(#template); },
            quote! { &path },
        )
    }
}

/// Query, headers and cookies, in the spec's order; client parameters first.
#[derive(Default)]
struct Request {
    /// Query pairs always sent.
    query_values: Vec<TokenStream>,
    /// Statements adding the query pairs sent when set, and those of structured parameters.
    query: Vec<TokenStream>,
    /// Whether structured query parameters add pairs after the others.
    has_structured: bool,
    structured_statements: usize,
    headers: Vec<TokenStream>,
    cookies: Vec<TokenStream>,
}

impl Request {
    fn of(api: &Api, op: &Operation) -> Self {
        let mut r = Request::default();
        r.client_params(api, op);
        r.constants(op);
        for p in op
            .params
            .iter()
            .filter(|p| p.location != ParamLocation::Path)
        {
            r.param(p);
        }
        r
    }

    fn client_params(&mut self, api: &Api, op: &Operation) {
        let Request {
            query_values,
            headers,
            cookies,
            ..
        } = self;
        for wire in &op.client_params {
            let Some(p) = api.client_params.iter().find(|p| &p.name == wire) else {
                continue;
            };
            let field = ident(&p.rust_name);
            let push = quote! { self.#field.clone() };
            match p.location {
                ParamLocation::Query => query_values.push(quote! { (#wire, #push) }),
                ParamLocation::Header => {
                    let lower = wire.to_ascii_lowercase();
                    headers.push(quote! { call.header(#lower, &#push)?; })
                }
                ParamLocation::Cookie => {
                    cookies.push(quote! { cookies.push(format!("{}={}", #wire, runtime::cookie_value(&#push))); })
                }
                ParamLocation::Path => {}
            }
        }
    }

    fn constants(&mut self, op: &Operation) {
        let Request {
            query_values,
            headers,
            cookies,
            ..
        } = self;
        for c in &op.constants {
            let (wire, value) = (&c.name, &c.value);
            match c.location {
                ParamLocation::Query => query_values.push(quote! { (#wire, #value.to_owned()) }),
                ParamLocation::Header => {
                    let lower = wire.to_ascii_lowercase();
                    headers.push(quote! { call.header(#lower, #value)?; })
                }
                ParamLocation::Cookie => {
                    cookies.push(quote! { cookies.push(format!("{}={}", #wire, runtime::cookie_value(#value))); })
                }
                // Lowering made path constants literals of the path.
                ParamLocation::Path => {}
            }
        }
    }

    /// A parameter of the operation's own: where it goes, and how it is written.
    fn param(&mut self, p: &Param) {
        let wire = &p.name;
        let n = ident(&p.rust_name);
        let (binding, value_ident) = if p.required {
            (None, n.clone())
        } else {
            (Some(quote! { options.#n }), format_ident!("value"))
        };
        let sink = |v: TokenStream| match p.location {
            ParamLocation::Query => quote! { query.push((#wire, #v)); },
            ParamLocation::Header => {
                let lower = wire.to_ascii_lowercase();
                quote! { call.header(#lower, &#v)?; }
            }
            ParamLocation::Cookie => {
                quote! { cookies.push(format!("{}={}", #wire, runtime::cookie_value(&#v))); }
            }
            ParamLocation::Path => unreachable!("path parameters are handled above"),
        };
        let (scalar, list) = match p.encoding {
            Encoding::Structured => return self.structured_param(p, binding, &value_ident),
            Encoding::Scalar(one) => (one, None),
            Encoding::List { item, each } => (item, Some(each)),
        };
        if p.required && p.location == ParamLocation::Query && list != Some(true) {
            let value = match list {
                Some(_) => joined(scalar, &n),
                None => scalar_string(scalar, &n),
            };
            self.query_values.push(quote! { (#wire, #value) });
            return;
        }
        let emit = match list {
            Some(true) => {
                let push = sink(scalar_string(scalar, &format_ident!("item")));
                quote! { for item in #value_ident.iter() { #push } }
            }
            Some(false) => sink(joined(scalar, &value_ident)),
            // A header takes a `&str`: no copy for strings and enums.
            None if p.location == ParamLocation::Header => {
                let lower = wire.to_ascii_lowercase();
                let v = scalar_str(scalar, &value_ident);
                quote! { call.header(#lower, #v)?; }
            }
            // Scalars are `Display`: a cookie formats the value, then encodes it.
            None if p.location == ParamLocation::Cookie => sink(quote!(#value_ident.to_string())),
            None => sink(scalar_string(scalar, &value_ident)),
        };
        let target = match p.location {
            ParamLocation::Query => &mut self.query,
            ParamLocation::Header => &mut self.headers,
            _ => &mut self.cookies,
        };
        let made_up = p.fill.map(|fill| match fill {
            Fill::Uuid => quote!(runtime::new_uuid()),
            Fill::HttpDate => quote!(runtime::http_date_now()),
        });
        target.push(match (binding, made_up) {
            (Some(b), Some(made_up)) => {
                let lower = wire.to_ascii_lowercase();
                quote! {
                    match &#b {
                        Some(value) => { #emit }
                        None => call.header(#lower, &#made_up)?,
                    }
                }
            }
            (None, _) => emit,
            (Some(b), None) => quote! { if let Some(value) = &#b { #emit } },
        });
    }

    /// A parameter the runtime writes from its JSON form ([`Encoding::Structured`]).
    fn structured_param(
        &mut self,
        p: &Param,
        binding: Option<TokenStream>,
        value_ident: &proc_macro2::Ident,
    ) {
        let wire = &p.name;
        let style = style_tokens(p.style);
        let explode = p.explode;
        let emit = match p.location {
            ParamLocation::Query => {
                quote! { structured.extend(runtime::query_pairs(#wire, #value_ident, #style, #explode)?); }
            }
            ParamLocation::Header => {
                let lower = wire.to_ascii_lowercase();
                quote! { call.header(#lower, &runtime::param_text(#wire, #value_ident, #style, #explode, false)?)?; }
            }
            _ => quote! {
                cookies.push(format!("{}={}", #wire, runtime::cookie_value(&runtime::param_text(#wire, #value_ident, runtime::Style::Simple, #explode, false)?)));
            },
        };
        let target = match p.location {
            ParamLocation::Query => {
                self.has_structured = true;
                self.structured_statements += 1;
                &mut self.query
            }
            ParamLocation::Header => &mut self.headers,
            _ => &mut self.cookies,
        };
        target.push(match binding {
            None => emit,
            Some(b) => quote! { if let Some(value) = &#b { #emit } },
        });
    }

    /// The query's declaration and the argument `runtime::url` takes.
    fn query_decl(&self) -> (Option<TokenStream>, TokenStream) {
        let query_values = &self.query_values;
        let query_mut = (self.query.len() > self.structured_statements).then(|| quote!(mut));
        let query_decl = (self.query.len() > self.structured_statements
            || !query_values.is_empty())
        .then(
            || quote! { let #query_mut query: Vec<(&str, String)> = vec![ #( #query_values ),* ]; },
        );
        let query_arg = if query_decl.is_none() {
            quote!(&[])
        } else {
            quote!(&query)
        };
        (query_decl, query_arg)
    }

    /// The cookies' declaration, and the statement that sends them.
    fn cookie_code(&self) -> (Option<TokenStream>, Option<TokenStream>) {
        let cookie_decl = (!self.cookies.is_empty())
            .then(|| quote! { let mut cookies: Vec<String> = Vec::new(); });
        let cookie_send = (!self.cookies.is_empty()).then(|| {
            quote! { if !cookies.is_empty() { call.header("cookie", &cookies.join("; "))?; } }
        });
        (cookie_decl, cookie_send)
    }
}

/// The statement that sets the request body.
fn body_code(op: &Operation) -> Option<TokenStream> {
    op.body.as_ref().map(|b| {
        let media_type = &b.media_type;
        let set = match &b.kind {
            BodyKind::Json(_) => quote! { call.json_body(#media_type, body)?; },
            BodyKind::Form(_) => quote! { call.form_body(#media_type, body)?; },
            BodyKind::Multipart(_) => quote! { call.multipart_body(body); },
            BodyKind::Bytes => quote! { call.bytes_body(#media_type, body)?; },
        };
        if b.required {
            set
        } else {
            quote! { if let Some(body) = body { #set } }
        }
    })
}

/// A per-status union type (`<Op>Response`, `<Op>Error`) and its variants, when `ty` is one.
fn status_union<'a>(
    api: &'a Api,
    ty: &TypeRef,
) -> Option<(proc_macro2::Ident, &'a Vec<StatusVariant>)> {
    match ty {
        TypeRef::Named(n) => match api.types.get(n).map(|t| &t.kind) {
            Some(TypeKind::StatusUnion { variants, .. }) => {
                Some((format_ident!("{}", n), variants))
            }
            _ => None,
        },
        _ => None,
    }
}

/// How the answer is read: the error type and how its body is read, and the success type and
/// how it is read.
pub(super) struct Answer {
    pub(super) error_ty: TokenStream,
    pub(super) read_error: TokenStream,
    pub(super) into_error: TokenStream,
    pub(super) success_pattern: TokenStream,
    pub(super) ok_ty: TokenStream,
    pub(super) read_success: TokenStream,
    /// What takes the body out of the method's `Response` (and its `WithHeaders`).
    pub(super) into_body: TokenStream,
}

impl Answer {
    pub(super) fn of(api: &Api, op: &Operation) -> Self {
        let union = |ty: &TypeRef| status_union(api, ty);
        let error_ty = qualified_type(&op.error_type);
        // How an error answer's body is read: as the error type, or by status into a union.
        let read_error = match union(&op.error_type) {
            Some((name, variants)) => {
                let mut has_default = false;
                let arms = variants.iter().map(|v| {
                    let ident = format_ident!("{}", v.rust_name);
                    let pattern = status_pattern(v.pattern);
                    has_default |= v.pattern == StatusPattern::Default;
                    match &v.ty {
                        Some(_) => quote! { #pattern => serde_json::from_slice(body).ok().map(models::#name::#ident), },
                        None => quote! { #pattern => Some(models::#name::#ident), },
                    }
                }).collect::<Vec<_>>();
                let rest = (!has_default).then(|| quote! { _ => None, });
                quote! { |status, body| match status { #( #arms )* #rest } }
            }
            None => quote!(runtime::json_error),
        };
        let into_error = if union(&op.error_type).is_some() {
            quote!(response.into_error_with(#read_error))
        } else {
            quote!(response.into_error())
        };
        let read_value = |ty: Option<&TypeRef>| match ty {
            Some(TypeRef::Text) => quote! { response.text() },
            Some(TypeRef::Bytes) => quote! { response.bytes() },
            Some(_) => quote! { response.json() },
            None => quote! { Ok(()) },
        };
        let codes: Vec<_> = op
            .success
            .iter()
            .map(|c| proc_macro2::Literal::u16_unsuffixed(*c))
            .collect();
        let success_pattern = if codes.is_empty() {
            quote!(200..=299)
        } else {
            quote!( #( #codes )|* )
        };
        // The success answer read into the return type.
        let (ok_ty, read_success) = match op.success_type.as_ref().and_then(union) {
            Some((name, variants)) => {
                let arms = variants.iter().map(|v| {
                    let ident = format_ident!("{}", v.rust_name);
                    let pattern = status_pattern(v.pattern);
                    match &v.ty {
                        Some(ty) => {
                            let read = read_value(Some(ty));
                            quote! { #pattern => #read.map(models::#name::#ident), }
                        }
                        None => quote! { #pattern => Ok(models::#name::#ident), },
                    }
                });
                (
                    quote!(models::#name),
                    quote! {
                        match response.status.as_u16() {
                            #( #arms )*
                            _ => Err(#into_error),
                        }
                    },
                )
            }
            None => {
                let ok_ty = match &op.success_type {
                    Some(TypeRef::Text) => quote!(String),
                    Some(TypeRef::Bytes) => quote!(Vec<u8>),
                    Some(t) => qualified_type(t),
                    None => quote!(()),
                };
                let read = read_value(op.success_type.as_ref());
                (
                    ok_ty,
                    quote! {
                        match response.status.as_u16() {
                            #success_pattern => #read,
                            _ => Err(#into_error),
                        }
                    },
                )
            }
        };
        // With documented response headers, the body comes with them.
        let (ok_ty, read_success) = match &op.response_headers {
            None => (ok_ty, read_success),
            Some(h) => {
                let h = format_ident!("{}", h);
                (
                    quote!(super::WithHeaders<#ok_ty, models::#h>),
                    quote! {{
                        let headers = models::#h::read(&response.headers);
                        let body = #read_success?;
                        // The error type named: `?` also converts the runtime's `Failure`.
                        Ok::<_, Error<_>>(super::WithHeaders { body, headers })
                    }},
                )
            }
        };
        // Every success comes as a `Response`: the body with the answer's status, headers
        // and request ids.
        let ok_ty = quote!(super::Response<#ok_ty>);
        let read_success = if op.success_type.is_none() && op.response_headers.is_none() {
            quote! {{
                let details = response.details();
                #read_success?;
                Ok(details.with(()))
            }}
        } else {
            quote! {{
                let details = response.details();
                let body = #read_success?;
                Ok(details.with(body))
            }}
        };
        let into_body = match &op.response_headers {
            Some(_) => quote!(.into_body().body),
            None => quote!(.into_body()),
        };
        Answer {
            error_ty,
            read_error,
            into_error,
            success_pattern,
            ok_ty,
            read_success,
            into_body,
        }
    }
}

/// The `<name>_stream` method of a pageable operation: every item of every page.
fn stream_method(op: &Operation, p: &Pageable, sig: &Signature, answer: &Answer) -> TokenStream {
    let Signature {
        name,
        options_name,
        args: stream_args,
        arg_names,
        body_arg,
        allow_many,
        deprecated,
    } = sig;
    let (error_ty, read_error, into_body) =
        (&answer.error_ty, &answer.read_error, &answer.into_body);
    let stream_name = ident(&p.stream_name);
    let item = qualified_type(&p.item_type);
    let items = ident(&p.items_field);
    let take_items = match p.items_wrapping {
        Wrapping::Plain => quote!(page.#items),
        Wrapping::Optional => quote!(page.#items.unwrap_or_default()),
        Wrapping::OptionalNullable => quote!(page.#items.flatten().unwrap_or_default()),
    };
    let next = match &p.next_link_field {
        Some((f, options)) => {
            let f = ident(f);
            let link = match options {
                Wrapping::Plain => quote!(Some(page.#f)),
                Wrapping::Optional => quote!(page.#f),
                Wrapping::OptionalNullable => quote!(page.#f.flatten()),
            };
            quote! {
                match #link {
                    Some(link) if !link.is_empty() => Next::Link(link),
                    _ => Next::Done,
                }
            }
        }
        None => quote!(Next::Done),
    };
    // A single page never follows a link.
    let single_page = p
        .next_link_field
        .is_none()
        .then(|| quote!(#[allow(dead_code)]));
    let body_name = op.body.as_ref().map(|_| quote!(body,));
    let docs = own(&format!(
        "Every item of every page of [`Client::{}`], following the next-page links (`x-ms-pageable`); \
         the first error ends the stream.",
        op.rust_name.trim_start_matches("r#")
    ));
    quote! {
        #docs
        #deprecated
        #allow_many
        pub fn #stream_name(
            &self,
            #( #stream_args, )*
            #body_arg
            options: Option<#options_name>,
        ) -> impl openapi_client_runtime::futures_util::Stream<Item = Result<#item, Error<#error_ty>>> {
            #single_page
            enum Next<O> {
                First(Option<O>),
                Link(String),
                Done,
            }
            let pages = openapi_client_runtime::futures_util::stream::try_unfold(Next::First(options), move |state| async move {
                let page = match state {
                    Next::First(options) => self.#name(#( #arg_names, )* #body_name options).await? #into_body,
                    Next::Link(link) => self.next_page(&link, #read_error).await?,
                    // The error type named: `?` also converts the runtime's `Failure`.
                    Next::Done => return Ok::<_, Error<#error_ty>>(None),
                };
                let next = #next;
                let items = #take_items;
                Ok(Some((openapi_client_runtime::futures_util::stream::iter(items.into_iter().map(Ok)), next)))
            });
            openapi_client_runtime::futures_util::TryStreamExt::try_flatten(pages)
        }
    }
}

/// Whether some method's signature names a type of `models` (a type lowered for a body that is
/// then read as bytes is in `models` without being named here).
fn names_models(api: &Api) -> bool {
    fn named(ty: &TypeRef) -> bool {
        match ty {
            TypeRef::Named(_) => true,
            TypeRef::Vec(t) | TypeRef::Map(t) => named(t),
            _ => false,
        }
    }
    api.operations.iter().any(|op| {
        op.params.iter().any(|p| named(&p.ty))
            || matches!(&op.body, Some(b) if matches!(&b.kind, BodyKind::Json(t) | BodyKind::Form(t) if named(t)))
            || op.success_type.as_ref().is_some_and(named)
            || named(&op.error_type)
            || op.pageable.as_ref().is_some_and(|p| named(&p.item_type))
    })
}

/// The `match` pattern of a documented status: `404`, `400..=499` for `4XX`, `_` for `default`.
fn status_pattern(pattern: StatusPattern) -> TokenStream {
    match pattern {
        StatusPattern::Code(code) => {
            let code = proc_macro2::Literal::u16_unsuffixed(code);
            quote!(#code)
        }
        StatusPattern::Range(first) => {
            let (lo, hi) = (
                proc_macro2::Literal::u16_unsuffixed(first),
                proc_macro2::Literal::u16_unsuffixed(first + 99),
            );
            quote!(#lo..=#hi)
        }
        StatusPattern::Default => quote!(_),
    }
}

fn location_name(l: ParamLocation) -> &'static str {
    match l {
        ParamLocation::Path => "the path",
        ParamLocation::Query => "the query",
        ParamLocation::Header => "a header",
        ParamLocation::Cookie => "a cookie",
    }
}

/// The argument type of a required parameter.
fn borrowed_type(ty: &TypeRef) -> TokenStream {
    match ty {
        TypeRef::String => quote!(&str),
        TypeRef::Named(n) => {
            let t = format_ident!("{}", n);
            quote!(&models::#t)
        }
        TypeRef::Map(_) => {
            let t = qualified_type(ty);
            quote!(&#t)
        }
        TypeRef::Vec(item) => {
            let t = qualified_type(item);
            quote!(&[#t])
        }
        other => qualified_type(other),
    }
}

/// The runtime's name of a parameter style.
fn style_tokens(style: ParamStyle) -> TokenStream {
    let name = format_ident!("{}", format!("{style:?}"));
    quote!(runtime::Style::#name)
}

/// An expression usable as `&str` for a scalar parameter held in `value`: no copy for strings
/// and enums.
fn scalar_str(scalar: Scalar, value: &proc_macro2::Ident) -> TokenStream {
    match scalar {
        Scalar::Str => quote!(#value),
        Scalar::Name => quote!(#value.as_str()),
        Scalar::Display => quote!(&#value.to_string()),
    }
}

/// An expression of type `String` for a scalar parameter held in `value`.
fn scalar_string(scalar: Scalar, value: &proc_macro2::Ident) -> TokenStream {
    match scalar {
        Scalar::Name => quote! { #value.as_str().to_owned() },
        Scalar::Str | Scalar::Display => quote! { #value.to_string() },
    }
}

/// The items of a list parameter held in `value`, each written as text, joined with commas.
fn joined(item: Scalar, value: &proc_macro2::Ident) -> TokenStream {
    let one = scalar_string(item, &format_ident!("item"));
    quote! { #value.iter().map(|item| #one).collect::<Vec<_>>().join(",") }
}

/// The binding a path parameter (of the operation, else of the client) is encoded into, and the
/// statement that encodes it.
fn path_segment(api: &Api, op: &Operation, wire: &str) -> (proc_macro2::Ident, TokenStream) {
    let Some(p) = op
        .params
        .iter()
        .find(|p| p.location == ParamLocation::Path && p.name == wire)
    else {
        // A client-level path parameter (lowering checked that it is one).
        let p = api
            .client_params
            .iter()
            .find(|p| p.location == ParamLocation::Path && p.name == wire)
            .expect("lowering checked path parameters");
        let n = ident(&p.rust_name);
        let binding = format_ident!("client_{}", p.rust_name.trim_start_matches("r#"));
        let segment = quote! { let #binding = runtime::encode_path_segment(#wire, &self.#n)?; };
        return (binding, segment);
    };
    let n = ident(&p.rust_name);
    // Format strings cannot name raw identifiers.
    let binding = match p.rust_name.strip_prefix("r#") {
        Some(raw) => format_ident!("{}_segment", raw),
        None => n.clone(),
    };
    let value = match p.encoding {
        Encoding::Structured => {
            let style = style_tokens(p.style);
            let explode = p.explode;
            let segment = quote! {
                let #binding = runtime::param_text(#wire, #n, #style, #explode, true)?;
            };
            return (binding, segment);
        }
        // An array in a path is comma-separated (OpenAPI's `simple` style).
        Encoding::List { item, .. } => {
            let joined = joined(item, &n);
            quote!(&#joined)
        }
        Encoding::Scalar(one) => scalar_str(one, &n),
    };
    let segment = quote! { let #binding = runtime::encode_path_segment(#wire, #value)?; };
    (binding, segment)
}
