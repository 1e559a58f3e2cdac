//! An operation's request: its URL (path and query), headers, cookies and body, written from the parameters' encodings.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{ident, qualified_type};
use crate::model::{
    Api, BodyKind, Encoding, Fill, Operation, Param, ParamLocation, ParamStyle, PathPart, Scalar,
    TypeRef,
};

/// The path: the statements that encode its parameters, and the path as `runtime::url` takes it.
pub(super) fn path_code(api: &Api, op: &Operation) -> (TokenStream, TokenStream) {
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
pub(super) struct Request {
    /// Query pairs always sent.
    query_values: Vec<TokenStream>,
    /// Statements adding the query pairs sent when set, and those of structured parameters.
    pub(super) query: Vec<TokenStream>,
    /// Whether structured query parameters add pairs after the others.
    pub(super) has_structured: bool,
    structured_statements: usize,
    pub(super) headers: Vec<TokenStream>,
    pub(super) cookies: Vec<TokenStream>,
}

impl Request {
    pub(super) fn of(api: &Api, op: &Operation) -> Self {
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
    pub(super) fn query_decl(&self) -> (Option<TokenStream>, TokenStream) {
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
    pub(super) fn cookie_code(&self) -> (Option<TokenStream>, Option<TokenStream>) {
        let cookie_decl = (!self.cookies.is_empty())
            .then(|| quote! { let mut cookies: Vec<String> = Vec::new(); });
        let cookie_send = (!self.cookies.is_empty()).then(|| {
            quote! { if !cookies.is_empty() { call.header("cookie", &cookies.join("; "))?; } }
        });
        (cookie_decl, cookie_send)
    }
}

/// The statement that sets the request body.
pub(super) fn body_code(op: &Operation) -> Option<TokenStream> {
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

pub(super) fn location_name(l: ParamLocation) -> &'static str {
    match l {
        ParamLocation::Path => "the path",
        ParamLocation::Query => "the query",
        ParamLocation::Header => "a header",
        ParamLocation::Cookie => "a cookie",
    }
}

/// The argument type of a required parameter.
pub(super) fn borrowed_type(ty: &TypeRef) -> TokenStream {
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
pub(super) fn style_tokens(style: ParamStyle) -> TokenStream {
    let name = format_ident!("{}", format!("{style:?}"));
    quote!(runtime::Style::#name)
}

/// An expression usable as `&str` for a scalar parameter held in `value`: no copy for strings
/// and enums.
pub(super) fn scalar_str(scalar: Scalar, value: &proc_macro2::Ident) -> TokenStream {
    match scalar {
        Scalar::Str => quote!(#value),
        Scalar::Name => quote!(#value.as_str()),
        Scalar::Display => quote!(&#value.to_string()),
    }
}

/// An expression of type `String` for a scalar parameter held in `value`.
pub(super) fn scalar_string(scalar: Scalar, value: &proc_macro2::Ident) -> TokenStream {
    match scalar {
        Scalar::Name => quote! { #value.as_str().to_owned() },
        Scalar::Str | Scalar::Display => quote! { #value.to_string() },
    }
}

/// The items of a list parameter held in `value`, each written as text, joined with commas.
pub(super) fn joined(item: Scalar, value: &proc_macro2::Ident) -> TokenStream {
    let one = scalar_string(item, &format_ident!("item"));
    quote! { #value.iter().map(|item| #one).collect::<Vec<_>>().join(",") }
}

/// The binding a path parameter (of the operation, else of the client) is encoded into, and the
/// statement that encodes it.
pub(super) fn path_segment(
    api: &Api,
    op: &Operation,
    wire: &str,
) -> (proc_macro2::Ident, TokenStream) {
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
