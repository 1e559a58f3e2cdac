// @generated from `specs/callautomation/2025-05-15.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! Async client for Azure Communication Services Call Automation, api-version 2025-05-15.
//!
//! Call Automation lets a service application answer, place, manage and take actions in voice and video calls of an Azure Communication Services resource.
//!
//! Make a [`Client`] with [`Client::new`] or [`Client::builder`], then call one method per operation. Request and response bodies are the types of [`models`]; every call fails with [`Error`], whose [`Error::Service`] carries the status, the headers and the parsed error body.
//!
//! Generated from `specs/callautomation/2025-05-15.yaml`.

#[rustfmt::skip]
pub mod client;

#[rustfmt::skip]
pub mod models;

#[cfg(test)]
#[rustfmt::skip]
mod example_tests;

pub use openapi_client_runtime::access_key;

pub use openapi_client_runtime::{credentials, error, options};

use openapi_client_runtime::support as runtime;

pub use client::{Client, ClientBuilder};

pub use error::{Error, ErrorBody, ServiceError};

pub use options::RetryOptions;

pub use openapi_client_runtime::{WithHeaders, http_client_builder};
