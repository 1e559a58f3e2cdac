// The crate's root: yours to edit. `cargo xtask codegen` writes it only when it is missing and owns `src/generated/`.

//! Async client for Reserved names, api-version 2026-01-01.
//!
//! Client parameters named like every name a generated builder or client uses itself (the runtime's list, generator/runtime/src/reserved.rs): each is renamed in Rust, keeps its wire name, and the crate compiles.
//!
//! Make a [`Client`] with [`Client::new`] or [`Client::builder`], then call one method per operation. Request and response bodies are the types of [`models`]; every call fails with [`Error`], whose [`Error::Service`] carries the status, the headers and the parsed error body.
//!
//! Generated from `generator/tests/fixtures/reserved_names.json`.

#[rustfmt::skip]
mod generated;

pub use generated::*;
