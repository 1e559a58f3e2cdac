// The crate's root: yours to edit. `cargo xtask codegen` writes it only when it is missing and owns `src/generated/`.

//! Async client for Names and docs, api-version 1.
//!
//! Text that must stay inert: a fence
//!
//! ```text
//! fn main() { panic!() }
//! ```
//!
//! indented code
//!
//! a \[link\](<https://example.com>), a bare <https://example.com/x>, List\<String>, */ and #\[attr\]
//!
//! Make a [`Client`] with [`Client::new`] or [`Client::builder`], then call one method per operation. Request and response bodies are the types of [`models`]; every call fails with [`Error`], whose [`Error::Service`] carries the status, the headers and the parsed error body.
//!
//! Generated from `generator/tests/fixtures/names_and_docs.yaml`.

#[rustfmt::skip]
mod generated;

pub use generated::*;
