//! `ErrorBody` for the crate's own error types, and the check that hand-written ones implement it.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{ident, type_tokens};
use crate::model::{ErrorBodyAccess, FieldStep, StatusVariant, TypeRef, Wrapping};

/// `ErrorBody` for a union of error bodies: each variant's. Every type an error body can have
/// implements it (generated types here, hand-written ones themselves, the rest in the runtime),
/// but bytes, whose error bodies have no code or message.
pub(super) fn status_union_error_body(name: &str, variants: &[StatusVariant]) -> TokenStream {
    let name = format_ident!("{}", name);
    let arms = |method: proc_macro2::Ident| {
        variants
            .iter()
            .map(|v| {
                let ident = format_ident!("{}", v.rust_name);
                match &v.ty {
                    Some(TypeRef::Bytes) => quote! { Self::#ident(_) => None, },
                    Some(_) => {
                        quote! { Self::#ident(body) => super::error::ErrorBody::#method(body), }
                    }
                    None => quote! { Self::#ident => None, },
                }
            })
            .collect::<Vec<_>>()
    };
    let code_arms = arms(format_ident!("code"));
    let message_arms = arms(format_ident!("message"));
    quote! {
        impl super::error::ErrorBody for #name {
            fn code(&self) -> Option<&str> {
                match self { #( #code_arms )* }
            }
            fn message(&self) -> Option<&str> {
                match self { #( #message_arms )* }
            }
        }
    }
}

/// `ErrorBody` for a generated type that holds an error body: the code and message where
/// lowering found them. The impl names the type by its bare name, which in `models` is a type
/// this module defines: no impl of the runtime's trait for another crate's type can come out
/// of here (the orphan rule would refuse it).
pub(super) fn error_body(access: &ErrorBodyAccess) -> TokenStream {
    let name = format_ident!("{}", access.type_name);
    let code = accessor(access.code.as_deref());
    let message = accessor(access.message.as_deref());
    quote! {
        impl super::error::ErrorBody for #name {
            fn code(&self) -> Option<&str> { #code }
            fn message(&self) -> Option<&str> { #message }
        }
    }
}

/// A hand-written type holds an error body: it implements `ErrorBody` itself (its author knows
/// where its code and message are). Checked here, so that a missing impl fails on this line.
pub(super) fn hand_written_error_body(path: &str) -> TokenStream {
    let ty = type_tokens(&TypeRef::External(path.to_string()));
    let doc = format!(
        " The hand-written `{path}` holds an error body of an operation: it must implement \
         `ErrorBody` (the code and message it carries, or `None`)."
    );
    quote! {
        #[doc = #doc]
        const _: fn() = || {
            fn error_body<T: super::error::ErrorBody>() {}
            error_body::<#ty>();
        };
    }
}

/// The body of an accessor that walks `path` from `self` to a string field.
pub(super) fn accessor(path: Option<&[FieldStep]>) -> TokenStream {
    let Some((last, steps)) = path.and_then(|p| p.split_last()) else {
        return quote!(None);
    };
    let walk = steps.iter().map(|s| {
        let f = ident(&s.rust_name);
        match (s.wrapping, s.boxed) {
            (Wrapping::Plain, _) => quote! { let value = &value.#f; },
            (Wrapping::Optional, true) => quote! { let value = value.#f.as_deref()?; },
            (Wrapping::Optional, false) => quote! { let value = value.#f.as_ref()?; },
            (Wrapping::OptionalNullable, true) => {
                quote! { let value = value.#f.as_ref()?.as_deref()?; }
            }
            (Wrapping::OptionalNullable, false) => {
                quote! { let value = value.#f.as_ref()?.as_ref()?; }
            }
        }
    });
    let f = ident(&last.rust_name);
    let end = match last.wrapping {
        Wrapping::Plain => quote!(Some(value.#f.as_str())),
        Wrapping::Optional => quote!(value.#f.as_deref()),
        Wrapping::OptionalNullable => quote!(value.#f.as_ref()?.as_deref()),
    };
    quote! {
        let value = self;
        #( #walk )*
        #end
    }
}
