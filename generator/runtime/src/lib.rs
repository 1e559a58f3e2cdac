//! The runtime of the clients the workspace's OpenAPI generator makes: everything a generated
//! client needs that does not depend on its spec.
//!
//! A generated crate depends on this crate and re-exports what its users see: [`error`]
//! ([`Error`], [`ServiceError`]), [`options`] ([`RetryOptions`]), [`credentials`],
//! [`access_key`] (with the `access-key` feature), [`Response`], [`WithHeaders`], [`Multipart`] and
//! [`http_client_builder`], [`events`] (callback bodies, for crates with events), and [`policy`] (your own steps in every call, and an in-memory
//! transport for tests). The generated code itself calls [`support`], which is not meant to
//! be called by hand. [`testing`] is the one-request local server of generated call tests.
//!
//! Features:
//! - `tracing` (on by default): a span per call and per attempt, and events for retries and
//!   polls, with OpenTelemetry's HTTP client attributes (see [`support::Pipeline`]);
//! - `access-key`: HMAC-SHA256 signing with an access key, and connection strings, as Azure
//!   Communication Services expects;
//! - `azure_core`: any `azure_core` `TokenCredential` as a token provider.

#[cfg(feature = "access-key")]
pub mod access_key;
pub mod credentials;
pub mod error;
pub mod events;
mod http;
pub mod options;
pub mod policy;
mod redact;
#[doc(hidden)]
pub mod reserved;
// Called by generated code only, and hidden from the docs: its items are documented where it
// helps a reader of the runtime, not each field.
#[doc(hidden)]
#[allow(missing_docs)]
pub mod support;
// A local HTTP server for the tests generated from `x-ms-examples` (inside generated crates'
// `#[cfg(test)]` modules, which is why it is not behind a feature), hidden from the docs.
#[doc(hidden)]
pub mod testing;

/// The `azure_core` crate, whose `TokenCredential`s clients accept (with the `azure_core`
/// feature).
#[cfg(feature = "azure_core")]
pub use azure_core;
pub use error::{Error, ErrorBody, ErrorKind, ServiceError};
/// The `futures-util` crate, whose `Stream` paged operations return.
pub use futures_util;
pub use http::{MAX_REDIRECTS, Multipart, Response, WithHeaders, http_client_builder};
pub use options::RetryOptions;
