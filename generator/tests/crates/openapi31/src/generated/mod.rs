// @generated from `generator/tests/fixtures/openapi31.json` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The code generated from `generator/tests/fixtures/openapi31.json`: the client, the models, and what they use of the runtime crate. The crate's root re-exports it.
//!
//! Webhooks: the requests the service sends you, with the model of each payload:
//!
//! - `newPet` (POST): [`models::Pet`]
//! - `petAdopted` (POST): [`models::PetAdoptedPayload`]
//! - `petRemoved` (POST): [`models::PetRemovedPayload`]

pub mod client;

pub mod models;

pub use openapi_client_runtime::{credentials, error, options, policy};

use openapi_client_runtime::support as runtime;

pub use client::{Client, ClientBuilder};

pub use error::{Error, ErrorBody, ErrorKind, ServiceError};

pub use options::RetryOptions;

pub use openapi_client_runtime::{Response, WithHeaders, http_client_builder};
