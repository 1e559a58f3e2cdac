//! The sub-clients of operation groups (see [`crate::model::OperationGroup`]): each method calls
//! the client's own with the same arguments.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs::{self, Docs};
use super::operation::{Answer, Signature};
use super::{ident, qualified_type};
use crate::model::{Api, OperationGroup};

/// Every group's sub-client, and the client's methods that give them.
pub(super) fn groups(api: &Api) -> TokenStream {
    let groups = api.groups.iter().map(|g| group(api, g));
    quote! { #( #groups )* }
}

fn group(api: &Api, group: &OperationGroup) -> TokenStream {
    let ty = format_ident!("{}", group.type_name);
    let accessor = ident(&group.accessor);
    let docs = Docs::new()
        .own(&format!(
            "The {} operations: `client.{}().name(…)` calls the client's `{}_name(…)` with the \
             same arguments.",
            docs::code(&group.name),
            group.accessor.trim_start_matches("r#"),
            group.accessor.trim_start_matches("r#"),
        ))
        .outer();
    let methods = group.methods.iter().filter_map(|m| {
        let op = api.operations.iter().find(|o| o.id == m.operation)?;
        let sig = Signature::of(op);
        let answer = Answer::of(api, op);
        let (ok_ty, error_ty) = (&answer.ok_ty, &answer.error_ty);
        let Signature {
            name: flat,
            options_name,
            args,
            arg_names,
            body_arg,
            allow_many,
            deprecated,
        } = &sig;
        let name = ident(&m.rust_name);
        let body_name = op.body.as_ref().map(|_| quote!(body,));
        let flat_name = op.rust_name.trim_start_matches("r#");
        let summary = op.summary.as_deref().or(op.description.as_deref());
        let mut method_docs = Docs::new();
        if let Some(summary) = summary {
            method_docs = method_docs.spec(summary.lines().next().unwrap_or_default());
        }
        let method_docs = method_docs
            .own(&format!("See [`Client::{flat_name}`]."))
            .outer();
        let stream = m.stream_name.as_ref().zip(op.pageable.as_ref()).map(|(s, p)| {
            let stream = ident(s);
            let flat_stream = ident(&p.stream_name);
            let item = qualified_type(&p.item_type);
            let doc = docs::own(&format!(
                "Every item of every page: see [`Client::{}`].",
                p.stream_name.trim_start_matches("r#")
            ));
            quote! {
                #doc
                #deprecated
                #allow_many
                pub fn #stream(
                    &self,
                    #( #args, )*
                    #body_arg
                    options: Option<#options_name>,
                ) -> impl openapi_client_runtime::futures_util::Stream<Item = Result<#item, Error<#error_ty>>> {
                    self.client.#flat_stream(#( #arg_names, )* #body_name options)
                }
            }
        });
        // A deprecated operation's group method calls it on purpose.
        let allow_deprecated = op.deprecated.then(|| quote!(#[allow(deprecated)]));
        Some(quote! {
            #method_docs
            #deprecated
            #allow_deprecated
            #allow_many
            pub async fn #name(
                &self,
                #( #args, )*
                #body_arg
                options: Option<#options_name>,
            ) -> Result<#ok_ty, Error<#error_ty>> {
                self.client.#flat(#( #arg_names, )* #body_name options).await
            }

            #stream
        })
    });
    quote! {
        #docs
        #[derive(Debug, Clone, Copy)]
        pub struct #ty<'a> {
            client: &'a Client,
        }

        impl Client {
            #docs
            pub fn #accessor(&self) -> #ty<'_> {
                #ty { client: self }
            }
        }

        impl<'a> #ty<'a> {
            /// The client whose methods these call.
            pub fn client(&self) -> &'a Client {
                self.client
            }

            #( #methods )*
        }
    }
}
