// @generated from `generator/tests/fixtures/reserved_names.json` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The code generated from `generator/tests/fixtures/reserved_names.json`: the client, the models, and what they use of the runtime crate. The crate's root re-exports it.

pub mod client;

pub mod models;

pub use openapi_client_runtime::access_key;

pub use openapi_client_runtime::{credentials, error, options, policy};

use openapi_client_runtime::support as runtime;

pub use client::{Client, ClientBuilder};

pub use error::{Error, ErrorBody, ErrorKind, ServiceError};

pub use options::RetryOptions;

pub use openapi_client_runtime::{Response, WithHeaders, http_client_builder};
