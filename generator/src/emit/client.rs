//! `src/client.rs`: the client, its builder and one method per operation.

use heck::ToShoutySnakeCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs::{Docs, code, own};
use super::ident;
use super::operation::{names_models, operation, options_struct};
use crate::model::{Api, AuthScheme, ClientParam, ParamLocation};

pub(super) fn client(api: &Api) -> TokenStream {
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
