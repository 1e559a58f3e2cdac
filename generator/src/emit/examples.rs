//! `src/example_tests.rs`: each example of the spec read into its type and written back.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::{code, own};
use super::{ident, qualified_type};
use crate::model::{Api, BodyKind, CallExample, Param, TypeKind, TypeRef};

pub(super) fn example_tests(api: &Api) -> TokenStream {
    let tests = api.examples.iter().map(|e| {
        let name = ident(&e.test_name);
        let ty = qualified_type(&e.ty);
        let value = raw_string(&e.value.to_string());
        let written = if e.written == e.value {
            quote!(None)
        } else {
            let w = raw_string(&e.written.to_string());
            quote!(Some(#w))
        };
        let doc = own(&format!("The example at {}.", code(&e.source.to_string())));
        quote! {
            #doc
            #[test]
            fn #name() {
                round_trip::<#ty>(#value, #written);
            }
        }
    });
    let calls = api.calls.iter().filter_map(|c| call_test(api, c));
    quote! {
        //! The spec's examples: each request and response body is read into its type and
        //! written back, which must give the same JSON (less what the types leave out: absent
        //! optional properties, undeclared ones, and `1` read as a float comes back as `1.0`);
        //! each example of a whole call is made against a local server, which checks the
        //! request the client sends and answers with the example's answer.

        #[allow(unused_imports)]
        use super::models;

        /// Reads `example` as `T` and checks that writing it back gives `written` (the example
        /// itself when `None`).
        fn round_trip<T: serde::de::DeserializeOwned + serde::Serialize>(
            example: &str,
            written: Option<&str>,
        ) {
            let parsed: T = serde_json::from_str(example)
                .unwrap_or_else(|e| panic!("the example does not parse: {e}"));
            // Compared as sent: an `f32` is written with its own shortest digits.
            let back: serde_json::Value =
                serde_json::from_str(&serde_json::to_string(&parsed).expect("the value serializes"))
                    .expect("the value is JSON");
            let written: serde_json::Value = serde_json::from_str(written.unwrap_or(example))
                .expect("the expectation is JSON");
            assert_eq!(back, written);
        }

        #( #tests )*

        #( #calls )*
    }
}

/// A call example as a test: the client calls a one-request local server with the example's
/// arguments; the server's record of the request must be the expected one, and the call must
/// read the example's answer.
fn call_test(api: &Api, call: &CallExample) -> Option<TokenStream> {
    let op = api.operations.iter().find(|o| o.id == call.operation)?;
    let name = ident(&call.test_name);
    let method = ident(&op.rust_name);
    let status = call.status;
    let response = match &call.response {
        Some(r) => {
            let r = raw_string(&r.to_string());
            quote!(Some(#r))
        }
        None => quote!(None),
    };
    let setters = call.client_args.iter().map(|(setter, value)| {
        let setter = ident(setter);
        quote!(.#setter(#value))
    });
    let mut args = Vec::new();
    let mut fields = Vec::new();
    for p in &op.params {
        let value = call.args.iter().find(|(n, _)| n == &p.name).map(|(_, v)| v);
        match (p.required, value) {
            (true, Some(v)) => args.push(borrowed(api, p, v)?),
            (false, Some(v)) => {
                let field = ident(&p.rust_name);
                let v = owned(api, &p.ty, v)?;
                fields.push(quote!(#field: Some(#v)));
            }
            (true, None) => return None,
            (false, None) => {}
        }
    }
    let body = match (&op.body, &call.body) {
        (Some(b), Some(value)) => {
            let BodyKind::Json(ty) = &b.kind else {
                return None;
            };
            let ty = qualified_type(ty);
            let json = raw_string(&value.to_string());
            let parsed =
                quote!(&serde_json::from_str::<#ty>(#json).expect("the example body parses"));
            Some(if b.required {
                quote!(#parsed,)
            } else {
                quote!(Some(#parsed),)
            })
        }
        (Some(b), None) if !b.required => Some(quote!(None,)),
        (Some(_), None) => return None,
        (None, _) => None,
    };
    let options = if fields.is_empty() {
        quote!(None)
    } else {
        let options = ident(&op.options_name);
        quote!(Some(super::client::#options { #( #fields, )* ..Default::default() }))
    };
    let e = &call.expected;
    let http_method = &e.method;
    let path = &e.path;
    let query = e.query.iter().map(|(k, v)| quote!((#k, #v)));
    let headers = e.headers.iter().map(|(k, v)| quote!((#k, #v)));
    let expected_body = match &e.body {
        Some(b) => {
            let b = raw_string(&b.to_string());
            quote!(Some(#b))
        }
        None => quote!(None),
    };
    let doc = own(&format!(
        "The x-ms-examples call at {}.",
        code(&call.source.to_string())
    ));
    Some(quote! {
        #doc
        #[test]
        fn #name() {
            let server = openapi_client_runtime::testing::Server::start(#status, #response);
            let client = super::Client::builder(server.url())
                .allow_http(true)
                .retry(super::RetryOptions::none())
                #( #setters )*
                .build()
                .expect("the client builds");
            let result = openapi_client_runtime::testing::block_on(
                client.#method(#( #args, )* #body #options)
            );
            if let Err(e) = result {
                panic!("the call fails: {e:?}");
            }
            server.request().assert_is(
                #http_method,
                #path,
                &[#( #query ),*],
                &[#( #headers ),*],
                #expected_body,
            );
        }
    })
}

/// A required argument: `&str` for strings, references for enums and arrays, values otherwise.
fn borrowed(api: &Api, p: &Param, value: &serde_json::Value) -> Option<TokenStream> {
    Some(match (&p.ty, value) {
        (TypeRef::String, serde_json::Value::String(s)) => quote!(#s),
        (TypeRef::Named(_), _) => {
            let v = owned(api, &p.ty, value)?;
            quote!(&#v)
        }
        (TypeRef::Vec(item), serde_json::Value::Array(items)) => {
            let items = items
                .iter()
                .map(|v| owned(api, item, v))
                .collect::<Option<Vec<_>>>()?;
            quote!(&[#( #items ),*])
        }
        _ => owned(api, &p.ty, value)?,
    })
}

/// A value of type `ty` built from the example's JSON.
fn owned(api: &Api, ty: &TypeRef, value: &serde_json::Value) -> Option<TokenStream> {
    use serde_json::Value;
    Some(match (ty, value) {
        (TypeRef::String, Value::String(s)) => quote!(#s.to_owned()),
        (TypeRef::Bool, Value::Bool(b)) => quote!(#b),
        (TypeRef::I32, Value::Number(n)) => {
            let n = proc_macro2::Literal::i32_suffixed(i32::try_from(n.as_i64()?).ok()?);
            quote!(#n)
        }
        (TypeRef::I64, Value::Number(n)) => {
            let n = proc_macro2::Literal::i64_suffixed(n.as_i64()?);
            quote!(#n)
        }
        (TypeRef::F32, Value::Number(n)) => {
            let n = proc_macro2::Literal::f32_suffixed(n.as_f64()? as f32);
            quote!(#n)
        }
        (TypeRef::F64, Value::Number(n)) => {
            let n = proc_macro2::Literal::f64_suffixed(n.as_f64()?);
            quote!(#n)
        }
        (TypeRef::Named(name), Value::String(s)) => {
            let t = quote::format_ident!("{}", name);
            match &api.types.get(name)?.kind {
                TypeKind::Enum { other: Some(_), .. } => quote!(models::#t::from(#s)),
                TypeKind::Enum { other: None, .. } => {
                    quote!(#s.parse::<models::#t>().expect("a value of the enum"))
                }
                _ => return None,
            }
        }
        (TypeRef::Named(name), Value::Number(n)) => {
            let t = quote::format_ident!("{}", name);
            let n = proc_macro2::Literal::i64_suffixed(n.as_i64()?);
            match &api.types.get(name)?.kind {
                TypeKind::Enum {
                    integer: true,
                    other: Some(_),
                    ..
                } => quote!(models::#t::from(#n)),
                TypeKind::Enum {
                    integer: true,
                    other: None,
                    ..
                } => quote!(models::#t::try_from(#n).expect("a value of the enum")),
                _ => return None,
            }
        }
        (TypeRef::Vec(item), Value::Array(items)) => {
            let items = items
                .iter()
                .map(|v| owned(api, item, v))
                .collect::<Option<Vec<_>>>()?;
            quote!(vec![#( #items ),*])
        }
        _ => return None,
    })
}

/// A raw string literal holding the JSON `text`, with as many `#` as it needs. Control and
/// bidirectional-formatting characters (which can only be inside JSON strings) are written as
/// JSON escapes: the value is the same, and rustc refuses bidi controls and bare CRs in
/// literals.
fn raw_string(text: &str) -> proc_macro2::Literal {
    let mut json = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() || crate::text::is_bidi_control(c) {
            json.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            json.push(c);
        }
    }
    let mut hashes = 1;
    while json.contains(&format!("\"{}", "#".repeat(hashes))) {
        hashes += 1;
    }
    let h = "#".repeat(hashes);
    format!("r{h}\"{json}\"{h}")
        .parse()
        .unwrap_or_else(|_| proc_macro2::Literal::string(&json))
}
