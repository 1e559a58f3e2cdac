// Hand-written: the crate's root. The generated client and models are in `src/generated/`
// (owned by `cargo xtask codegen`) and re-exported here; convenience code goes beside them.

//! Async client for Azure Communication Services Call Automation, api-version 2025-05-15.
//!
//! Call Automation lets a service application answer, place, manage and take actions in voice and video calls of an Azure Communication Services resource.
//!
//! Make a [`Client`] with [`Client::new`] or [`Client::builder`], then call one method per operation. Request and response bodies are the types of [`models`]; every call fails with [`Error`], whose [`Error::Service`] carries the status, the headers and the parsed error body.
//!
//! Generated from `specs/callautomation/2025-05-15.yaml`.

#[rustfmt::skip]
mod generated;

pub use generated::*;
