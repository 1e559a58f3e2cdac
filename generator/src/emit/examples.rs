//! `src/example_tests.rs`: each example of the spec read into its type and written back.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs::{code, own};
use super::{ident, qualified_type};
use crate::model::Api;

pub fn example_tests(api: &Api) -> TokenStream {
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
    quote! {
        //! The spec's examples of request and response bodies: each is read into its type and
        //! written back, which must give the same JSON (less what the types leave out: absent
        //! optional properties, undeclared ones, and `1` read as a float comes back as `1.0`).

        use crate::models;

        /// Reads `example` as `T` and checks that writing it back gives `written` (the example
        /// itself when `None`).
        fn round_trip<T: serde::de::DeserializeOwned + serde::Serialize>(
            example: &str,
            written: Option<&str>,
        ) {
            let parsed: T = serde_json::from_str(example)
                .unwrap_or_else(|e| panic!("the example does not parse: {e}"));
            let back = serde_json::to_value(&parsed).expect("the value serializes");
            let written: serde_json::Value = serde_json::from_str(written.unwrap_or(example))
                .expect("the expectation is JSON");
            assert_eq!(back, written);
        }

        #( #tests )*
    }
}

/// A raw string literal holding `text`, with as many `#` as it needs.
fn raw_string(text: &str) -> proc_macro2::Literal {
    let mut hashes = 1;
    while text.contains(&format!("\"{}", "#".repeat(hashes))) {
        hashes += 1;
    }
    let h = "#".repeat(hashes);
    format!("r{h}\"{text}\"{h}")
        .parse()
        .unwrap_or_else(|_| proc_macro2::Literal::string(text))
}
