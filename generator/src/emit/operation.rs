//! One method per operation: its options struct, signature, docs, answer decoding and next-page stream (used by the client and by the operation groups' sub-clients).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs::{Docs, code, own};
use super::request::{Request, body_code, borrowed_type, location_name, path_code};
use super::{ident, qualified_type};
use crate::model::{
    Api, BodyKind, Fill, Operation, Pageable, Param, StatusPattern, StatusVariant, TypeKind,
    TypeRef, Wrapping,
};

pub(super) fn optional_params(op: &Operation) -> impl Iterator<Item = &Param> {
    op.params.iter().filter(|p| !p.required)
}

pub(super) fn options_struct(op: &Operation) -> TokenStream {
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
pub(super) fn operation(api: &Api, op: &Operation) -> TokenStream {
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
pub(super) const STATEMENTS_PER_PART: usize = 64;

/// `statements` as they are, or, when there are more than [`STATEMENTS_PER_PART`] (an operation
/// with hundreds of parameters), in parts of that many, each the body of a closure called at
/// once. rustc's borrow checking grows faster than linearly with the branches of one body: one
/// method setting 10,000 optional parameters took 12 GB to check; in parts, each body is small.
pub(super) fn in_parts(statements: Vec<TokenStream>, error_ty: &TokenStream) -> Vec<TokenStream> {
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
pub(super) fn method_docs(op: &Operation) -> TokenStream {
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

/// A per-status union type (`<Op>Response`, `<Op>Error`) and its variants, when `ty` is one.
pub(super) fn status_union<'a>(
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
pub(super) fn stream_method(
    op: &Operation,
    p: &Pageable,
    sig: &Signature,
    answer: &Answer,
) -> TokenStream {
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
pub(super) fn names_models(api: &Api) -> bool {
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
pub(super) fn status_pattern(pattern: StatusPattern) -> TokenStream {
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

/// A list item of the arguments: `label`, then `: ` and the spec's description when it has one.
pub(super) fn labelled(docs: Docs, label: String, description: Option<&str>) -> Docs {
    match description.map(str::trim).filter(|d| !d.is_empty()) {
        Some(d) => docs.labelled(&format!("{label}: "), Some(d)),
        None => docs.labelled(&label, None),
    }
}
