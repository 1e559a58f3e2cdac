//! `src/client.rs`: the client, its builder and one method per operation.

use heck::ToShoutySnakeCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs::{Docs, code, own};
use super::{ident, qualified_type};
use crate::model::{
    Api, AuthScheme, BodyKind, ClientParam, Operation, Param, ParamLocation, PathPart, TypeKind,
    TypeRef,
};

pub fn client(api: &Api) -> TokenStream {
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

    let param_fields: Vec<_> = params.iter().map(|p| ident(&p.rust_name)).collect();
    let auth_fields: Vec<_> = api.auth.iter().map(|a| ident(auth_setter(a))).collect();

    let getters = params.iter().map(|p| {
        let name = ident(&p.rust_name);
        let docs = own(&format!("The {} this client sends.", code(&p.name)));
        quote! { #docs pub fn #name(&self) -> &str { &self.#name } }
    });
    let setters = params.iter().map(|p| {
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
        quote! {
            #docs
            pub fn #name(mut self, value: impl Into<String>) -> Self {
                self.#name = Some(value.into());
                self
            }
        }
    });
    let auth_setters = api.auth.iter().map(|a| {
        let name = ident(auth_setter(a));
        let (docs, store) = match a {
            AuthScheme::ApiKeyHeader { header, description, .. } => (
                Docs::new().spec_or(description.as_deref(), "The API key.").own(&format!(
                    "Sent as the {} header of every request. Kept out of `Debug` output.",
                    code(header)
                )),
                quote!(value.into()),
            ),
            AuthScheme::Bearer { description, .. } => (
                Docs::new()
                    .spec_or(description.as_deref(), "The bearer token.")
                    .own("Sent as `Authorization: Bearer <token>` with every request. Kept out of `Debug` output."),
                quote!(format!("Bearer {}", value.into())),
            ),
        };
        let docs = docs.outer();
        quote! {
            #docs
            pub fn #name(mut self, value: impl Into<String>) -> Self {
                self.#name = Some(#store);
                self
            }
        }
    });
    let param_init = params.iter().map(|p| {
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
    });
    let auth_init = auth_fields.iter().map(|f| {
        quote! { #f: self.#f.map(|v| runtime::sensitive_header(&v)).transpose()?, }
    });
    let debug_params: Vec<_> = params
        .iter()
        .map(|p| {
            let name = ident(&p.rust_name);
            let label = p.rust_name.trim_start_matches("r#");
            quote! { .field(#label, &self.#name) }
        })
        .collect();
    let debug_auth: Vec<_> = api
        .auth
        .iter()
        .map(|a| {
            let name = ident(auth_setter(a));
            let label = auth_setter(a).trim_start_matches("r#");
            quote! { .field(#label, &self.#name.as_ref().map(|_| "<redacted>")) }
        })
        .collect();
    let authenticate = api.auth.iter().map(|a| {
        let name = ident(auth_setter(a));
        let header = match a {
            AuthScheme::ApiKeyHeader { header, .. } => quote!(#header),
            AuthScheme::Bearer { .. } => quote!(reqwest::header::AUTHORIZATION),
        };
        quote! {
            if let Some(value) = &self.#name {
                request = request.header(#header, value.clone());
            }
        }
    });

    let options = api.operations.iter().map(options_struct);
    let methods = api.operations.iter().map(|op| operation(api, op));
    let client_docs = client_docs(api).outer();

    quote! {
        //! The client: [`Client`], made by [`ClientBuilder`], with one method per operation.

        use crate::error::Error;
        use crate::models;
        use crate::runtime;

        #( #consts )*

        #client_docs
        #[derive(Clone)]
        pub struct Client {
            endpoint: reqwest::Url,
            http: reqwest::Client,
            #( #param_fields: String, )*
            #( #auth_fields: Option<reqwest::header::HeaderValue>, )*
        }

        impl std::fmt::Debug for Client {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct("Client")
                    .field("endpoint", &self.endpoint.as_str())
                    #( #debug_params )*
                    #( #debug_auth )*
                    .finish_non_exhaustive()
            }
        }

        /// Settings of a [`Client`]; [`ClientBuilder::build`] checks them and makes the client.
        #[derive(Clone)]
        pub struct ClientBuilder {
            endpoint: String,
            http: Option<reqwest::Client>,
            #( #param_fields: Option<String>, )*
            #( #auth_fields: Option<String>, )*
        }

        impl std::fmt::Debug for ClientBuilder {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct("ClientBuilder")
                    .field("endpoint", &self.endpoint)
                    #( #debug_params )*
                    #( #debug_auth )*
                    .finish_non_exhaustive()
            }
        }

        impl ClientBuilder {
            #( #setters )*
            #( #auth_setters )*

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
                    #( #param_init )*
                    #( #auth_init )*
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
                    #( #param_fields: None, )*
                    #( #auth_fields: None, )*
                }
            }

            /// The endpoint requests are sent to.
            pub fn endpoint(&self) -> &reqwest::Url {
                &self.endpoint
            }

            #( #getters )*

            #[allow(unused_mut)]
            fn authenticate(&self, mut request: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
                #( #authenticate )*
                request
            }

            #( #methods )*
        }

        #( #options )*
    }
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
                docs = docs.spec(&format!("`{}`: {d}", v.name));
            }
        }
    }
    docs.own("Cloning is cheap: clones share their connection pool.")
}

fn default_const(p: &ClientParam) -> proc_macro2::Ident {
    format_ident!(
        "DEFAULT_{}",
        p.rust_name.trim_start_matches("r#").to_shouty_snake_case()
    )
}

fn auth_setter(a: &AuthScheme) -> &str {
    match a {
        AuthScheme::ApiKeyHeader { setter, .. } | AuthScheme::Bearer { setter, .. } => setter,
    }
}

fn optional_params(op: &Operation) -> impl Iterator<Item = &Param> {
    op.params.iter().filter(|p| !p.required)
}

fn options_struct(op: &Operation) -> TokenStream {
    let name = format_ident!("{}", op.options_name);
    let method = &op.rust_name;
    let docs = own(&format!(
        "Optional settings of [`Client::{}`]: its optional parameters. `Default` leaves them all unset.",
        method.trim_start_matches("r#")
    ));
    let fields = optional_params(op).map(|p| {
        let field = ident(&p.rust_name);
        let ty = qualified_type(&p.ty);
        let docs = Docs::new()
            .spec_or(
                p.description.as_deref(),
                &format!("The {} parameter.", code(&p.name)),
            )
            .outer();
        quote! { #docs pub #field: Option<#ty>, }
    });
    quote! {
        #docs
        #[derive(Debug, Clone, Default, PartialEq)]
        pub struct #name {
            #( #fields )*
        }
    }
}

fn operation(api: &Api, op: &Operation) -> TokenStream {
    let name = ident(&op.rust_name);
    let options_name = format_ident!("{}", op.options_name);

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
    let required: Vec<&Param> = op.params.iter().filter(|p| p.required).collect();
    if !required.is_empty() || op.body.is_some() {
        docs = docs.own("Arguments:");
        for p in &required {
            docs = docs.spec(&format!(
                "- `{}` ({} in {}){}",
                p.rust_name.trim_start_matches("r#"),
                code(&p.name),
                location_name(p.location),
                p.description
                    .as_deref()
                    .map(|d| format!(": {}", d.trim()))
                    .unwrap_or_default()
            ));
        }
        if let Some(body) = &op.body {
            docs = docs.spec(&format!(
                "- `body` ({}){}",
                code(&body.media_type),
                body.description
                    .as_deref()
                    .map(|d| format!(": {}", d.trim()))
                    .unwrap_or_default()
            ));
        }
    }
    let docs = docs.outer();

    let args = required.iter().map(|p| {
        let n = ident(&p.rust_name);
        let ty = borrowed_type(api, &p.ty);
        quote! { #n: #ty }
    });
    let body_arg = op.body.as_ref().map(|b| {
        let ty = match &b.kind {
            BodyKind::Json(t) => {
                let t = qualified_type(t);
                quote!(&#t)
            }
            BodyKind::Bytes => quote!(Vec<u8>),
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

    let has_options = optional_params(op).next().is_some();
    let bind_options = if has_options {
        quote! { let options = options.unwrap_or_default(); }
    } else {
        quote! { let _ = options; }
    };

    // Path: each parameter percent-encoded into a binding of its own, then the template's literals
    // around those bindings in one `format!`.
    let mut template = String::new();
    let mut segments = Vec::new();
    for part in &op.path_parts {
        match part {
            PathPart::Literal(l) => template.push_str(&l.replace('{', "{{").replace('}', "}}")),
            PathPart::Param(wire) => {
                let p = op
                    .params
                    .iter()
                    .find(|p| p.location == ParamLocation::Path && &p.name == wire)
                    .expect("lowering checked path parameters");
                let n = ident(&p.rust_name);
                let value = match &p.ty {
                    TypeRef::String => quote!(#n),
                    TypeRef::Named(e) if is_enum(api, e) => quote!(#n.as_str()),
                    _ => quote!(&#n.to_string()),
                };
                // Format strings cannot name raw identifiers.
                let binding = match p.rust_name.strip_prefix("r#") {
                    Some(raw) => format_ident!("{}_segment", raw),
                    None => n.clone(),
                };
                template.push_str(&format!("{{{binding}}}"));
                segments
                    .push(quote! { let #binding = runtime::encode_path_segment(#wire, #value)?; });
            }
        }
    }
    let (path, path_arg) = if segments.is_empty() {
        (quote! {}, quote! { #template })
    } else {
        (
            quote! { #( #segments )* let path = format!(#template); },
            quote! { &path },
        )
    };

    // Query, headers and cookies, in the spec's order; client parameters first.
    // Query pairs always sent (`query_values`) and those sent when set (`query`).
    let mut query_values = Vec::new();
    let mut query = Vec::new();
    let mut headers = Vec::new();
    let mut cookies = Vec::new();
    for wire in &op.client_params {
        let Some(p) = api.client_params.iter().find(|p| &p.name == wire) else {
            continue;
        };
        let field = ident(&p.rust_name);
        let push = quote! { self.#field.clone() };
        match p.location {
            ParamLocation::Query => query_values.push(quote! { (#wire, #push) }),
            ParamLocation::Header => {
                headers.push(quote! { request = request.header(#wire, #push); })
            }
            ParamLocation::Cookie => {
                cookies.push(quote! { cookies.push(format!("{}={}", #wire, #push)); })
            }
            ParamLocation::Path => {}
        }
    }
    for p in op
        .params
        .iter()
        .filter(|p| p.location != ParamLocation::Path)
    {
        let wire = &p.name;
        let n = ident(&p.rust_name);
        let (binding, value_ident) = if p.required {
            (None, n.clone())
        } else {
            (Some(quote! { options.#n }), format_ident!("value"))
        };
        let sink = |v: TokenStream| match p.location {
            ParamLocation::Query => quote! { query.push((#wire, #v)); },
            ParamLocation::Header => quote! { request = request.header(#wire, #v); },
            ParamLocation::Cookie => quote! { cookies.push(format!("{}={}", #wire, #v)); },
            ParamLocation::Path => unreachable!("path parameters are handled above"),
        };
        if p.required
            && p.location == ParamLocation::Query
            && !matches!(&p.ty, TypeRef::Vec(_) if p.explode)
        {
            let value = match &p.ty {
                TypeRef::Vec(item) => {
                    let one = scalar_string(api, item, &format_ident!("item"));
                    quote! { #n.iter().map(|item| #one).collect::<Vec<_>>().join(",") }
                }
                ty => scalar_string(api, ty, &n),
            };
            query_values.push(quote! { (#wire, #value) });
            continue;
        }
        let emit = match &p.ty {
            TypeRef::Vec(item) if p.location == ParamLocation::Query && p.explode => {
                let one = scalar_string(api, item, &format_ident!("item"));
                let push = sink(one);
                quote! { for item in #value_ident.iter() { #push } }
            }
            TypeRef::Vec(item) => {
                let one = scalar_string(api, item, &format_ident!("item"));
                sink(quote! { #value_ident.iter().map(|item| #one).collect::<Vec<_>>().join(",") })
            }
            ty => sink(scalar_string(api, ty, &value_ident)),
        };
        let target = match p.location {
            ParamLocation::Query => &mut query,
            ParamLocation::Header => &mut headers,
            _ => &mut cookies,
        };
        target.push(match binding {
            None => emit,
            Some(b) => quote! { if let Some(value) = &#b { #emit } },
        });
    }
    let query_mut = (!query.is_empty()).then(|| quote!(mut));
    let query_decl = (!query.is_empty() || !query_values.is_empty()).then(
        || quote! { let #query_mut query: Vec<(&str, String)> = vec![ #( #query_values ),* ]; },
    );
    let query_arg = if query_decl.is_none() {
        quote!(&[])
    } else {
        quote!(&query)
    };
    let cookie_decl =
        (!cookies.is_empty()).then(|| quote! { let mut cookies: Vec<String> = Vec::new(); });
    let cookie_send = (!cookies.is_empty()).then(|| {
        quote! { if !cookies.is_empty() { request = request.header(reqwest::header::COOKIE, cookies.join("; ")); } }
    });

    let method = format_ident!("{}", op.method);
    let body = op.body.as_ref().map(|b| {
        let media_type = &b.media_type;
        let set = match &b.kind {
            BodyKind::Json(_) => {
                quote! { request = runtime::json_body(request, #media_type, body)?; }
            }
            BodyKind::Bytes => quote! {
                request = request.header(reqwest::header::CONTENT_TYPE, #media_type).body(body);
            },
        };
        if b.required {
            set
        } else {
            quote! { if let Some(body) = body { #set } }
        }
    });

    let error_ty = qualified_type(&op.error_type);
    let (ok_ty, ok_expr) = match &op.success_type {
        Some(t) => (
            qualified_type(t),
            quote! { runtime::json_response(response).await },
        ),
        None => (quote!(()), quote! { Ok(()) }),
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

    let mut_request =
        (!headers.is_empty() || !cookies.is_empty() || op.body.is_some()).then(|| quote!(mut));
    quote! {
        #docs
        #deprecated
        #allow_many
        pub async fn #name(
            &self,
            #( #args, )*
            #body_arg
            options: Option<#options_name>,
        ) -> Result<#ok_ty, Error<#error_ty>> {
            #bind_options
            #path
            #query_decl
            #( #query )*
            let url = runtime::url(&self.endpoint, #path_arg, #query_arg);
            let #mut_request request = self
                .authenticate(self.http.request(reqwest::Method::#method, url))
                .header(reqwest::header::ACCEPT, "application/json");
            #cookie_decl
            #( #headers )*
            #( #cookies )*
            #cookie_send
            #body
            let response = request.send().await.map_err(Error::Transport)?;
            match response.status().as_u16() {
                #success_pattern => #ok_expr,
                _ => Err(runtime::service_error(response).await),
            }
        }
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

fn is_enum(api: &Api, name: &str) -> bool {
    matches!(
        api.types.get(name).map(|t| &t.kind),
        Some(TypeKind::StringEnum { .. })
    )
}

/// The argument type of a required parameter.
fn borrowed_type(api: &Api, ty: &TypeRef) -> TokenStream {
    match ty {
        TypeRef::String => quote!(&str),
        TypeRef::Named(n) if is_enum(api, n) => {
            let t = format_ident!("{}", n);
            quote!(&models::#t)
        }
        TypeRef::Vec(item) => {
            let t = qualified_type(item);
            quote!(&[#t])
        }
        other => qualified_type(other),
    }
}

/// An expression of type `String` for a scalar parameter held in `value`.
fn scalar_string(api: &Api, ty: &TypeRef, value: &proc_macro2::Ident) -> TokenStream {
    match ty {
        TypeRef::Named(n) if is_enum(api, n) => quote! { #value.as_str().to_owned() },
        _ => quote! { #value.to_string() },
    }
}
