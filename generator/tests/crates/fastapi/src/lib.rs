// The crate's root: yours to edit. `cargo xtask codegen` writes it only when it is missing and owns `src/generated/`.

//! Async client for Pet shop, api-version 1.0.0.
//!
//! Make a [`Client`] with [`Client::new`] or [`Client::builder`], then call one method per operation. Request and response bodies are the types of [`models`]; every call fails with [`Error`], whose [`Error::Service`] carries the status, the headers and the parsed error body.
//!
//! Generated from `generator/tests/fastapi/openapi.json`.

#[rustfmt::skip]
mod generated;

pub use generated::*;
