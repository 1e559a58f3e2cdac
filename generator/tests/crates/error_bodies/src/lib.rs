// The crate's root: yours to edit. `cargo xtask codegen` writes it only when it is missing and owns `src/generated/`.

//! Async client for Error bodies, api-version 1.
//!
//! Make a [`Client`] with [`Client::new`] or [`Client::builder`], then call one method per operation. Request and response bodies are the types of [`models`]; every call fails with [`Error`], whose [`Error::Service`] carries the status, the headers and the parsed error body.
//!
//! Generated from `generator/tests/fixtures/error_bodies.yaml`.

#[rustfmt::skip]
mod generated;

pub use generated::*;

/// An RFC 9457-style problem, hand-written for the spec's `Problem` schema (`[crate.replace]`):
/// a hand-written type that holds an error body says itself where its code and message are.
#[derive(Debug, Clone, PartialEq, serde::Deserialize, serde::Serialize)]
pub struct Problem {
    /// A short, human-readable summary: the code here.
    pub title: Option<String>,
    /// What happened: the message.
    pub detail: Option<String>,
}

impl ErrorBody for Problem {
    fn code(&self) -> Option<&str> {
        self.title.as_deref()
    }

    fn message(&self) -> Option<&str> {
        self.detail.as_deref()
    }
}
