// The crate's root: yours to edit. `cargo xtask codegen` writes it only when it is missing and owns `src/generated/`.

//! Async client for Gadgets, api-version 2024-01-01.
//!
//! AutoRest conventions: document-level parameters belong to the client, single-value enums are constants; the file starts with a byte order mark.
//!
//! Make a [`Client`] with [`Client::new`] or [`Client::builder`], then call one method per operation. Request and response bodies are the types of [`models`]; every call fails with [`Error`], whose [`Error::Service`] carries the status, the headers and the parsed error body.
//!
//! Generated from `generator/tests/fixtures/swagger_globals.json`.

#[rustfmt::skip]
mod generated;

pub use generated::*;
