//! `src/generated/events.rs`: the enum over the callback events, its parser and accessors.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs::{self, Docs};
use super::{ident, qualified_type};
use crate::model::{Api, EventAccessor, Events, TypeRef, Wrapping};

/// The events module of `api`, when it has events.
pub(super) fn events_module(api: &Api) -> Option<TokenStream> {
    let events = api.events.as_ref()?;
    let name = format_ident!("{}", events.name);
    let module_docs = Docs::new()
        .own(&format!(
            "Callback events: what the service POSTs to your callback endpoint. Read a body with \
             [`{0}::parse`]; each [`Event`] holds its envelope (id, type, source, time) and a \
             [`{0}`].",
            events.name
        ))
        .inner();
    let enum_docs = Docs::new()
        .own(&format!(
            "A callback event: one variant per event type of the spec, and [`{}::Unknown`] for \
             the types this crate does not know (kept, not refused).",
            events.name
        ))
        .outer();
    let variants = events.variants.iter().map(|v| {
        let variant = format_ident!("{}", v.type_name);
        let doc = docs::own(&format!("{}.", docs::code(&v.event_type)));
        quote! { #doc #variant(models::#variant), }
    });
    let types = events.variants.iter().map(|v| {
        let variant = format_ident!("{}", v.type_name);
        let wire = &v.event_type;
        quote! { Self::#variant(_) => #wire, }
    });
    let reads = events.variants.iter().map(|v| {
        let variant = format_ident!("{}", v.type_name);
        let wire = &v.event_type;
        quote! { #wire => Self::#variant(serde_json::from_value(data)?), }
    });
    let accessors = events.common.iter().map(|a| accessor(events, a));
    Some(quote! {
        #module_docs

        use super::models;
        pub use openapi_client_runtime::events::{Event, EventError, EventSchema, UnknownEvent};
        use openapi_client_runtime::events::FromEvent;

        #enum_docs
        // The variants hold the models themselves, not boxes, so that patterns can name their
        // fields; an event is read once per delivery, so its size does not matter.
        #[allow(clippy::large_enum_variant)]
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            /// An event of a type this crate does not know, with its data.
            Unknown(UnknownEvent),
        }

        impl #name {
            /// Reads a callback body: a JSON array of events (or one event) in the CloudEvents or
            /// the Event Grid schema. A malformed body, or a known event whose data does not
            /// fit its model, is an error.
            pub fn parse(body: &[u8]) -> Result<Vec<Event<Self>>, EventError> {
                openapi_client_runtime::events::parse_events(body)
            }

            /// The event type on the wire.
            pub fn event_type(&self) -> &str {
                match self {
                    #(#types)*
                    Self::Unknown(event) => &event.event_type,
                }
            }

            #(#accessors)*
        }

        impl FromEvent for #name {
            fn from_event(event_type: &str, data: serde_json::Value) -> Result<Self, serde_json::Error> {
                Ok(match event_type {
                    #(#reads)*
                    _ => Self::Unknown(UnknownEvent { event_type: event_type.to_owned(), data }),
                })
            }
        }
    })
}

/// `fn call_connection_id(&self) -> Option<&str>`: the property from every event that has it.
fn accessor(events: &Events, a: &EventAccessor) -> TokenStream {
    let method = ident(&a.rust_name);
    let field = ident(&a.rust_name);
    let text = a.ty == TypeRef::String;
    let ty = qualified_type(&a.ty);
    let output = if text {
        quote!(Option<&str>)
    } else {
        quote!(Option<&#ty>)
    };
    let arms = a.holders.iter().map(|(variant, wrapping)| {
        let variant = format_ident!("{}", variant);
        let value = match (wrapping, text) {
            (Wrapping::Plain, true) => quote!(Some(event.#field.as_str())),
            (Wrapping::Plain, false) => quote!(Some(&event.#field)),
            (Wrapping::Optional, true) => quote!(event.#field.as_deref()),
            (Wrapping::Optional, false) => quote!(event.#field.as_ref()),
            (Wrapping::OptionalNullable, true) => {
                quote!(event.#field.as_ref().and_then(|v| v.as_deref()))
            }
            (Wrapping::OptionalNullable, false) => {
                quote!(event.#field.as_ref().and_then(Option::as_ref))
            }
        };
        quote! { Self::#variant(event) => #value, }
    });
    let everywhere = a.holders.len() == events.variants.len();
    let rest = quote! { _ => None, };
    let mut docs = Docs::new();
    if let Some(text) = &a.docs {
        docs = docs.spec(text);
    }
    let docs = docs
        .own(&format!(
            "From the event's {} property; `None` when it is absent{}.",
            docs::code(&a.name),
            if everywhere {
                " or the event's type is unknown"
            } else {
                ", or for events without it and of unknown types"
            }
        ))
        .outer();
    quote! {
        #docs
        pub fn #method(&self) -> #output {
            match self {
                #(#arms)*
                #rest
            }
        }
    }
}
