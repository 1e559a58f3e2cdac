// Hand-written: the crate's root. The generated client and models are in `src/generated/`
// (owned by `cargo xtask codegen`) and re-exported here; convenience code goes beside them.

//! Async client for Azure Communication Services Call Automation, api-version 2026-03-12.
//!
//! Call Automation lets a service application answer, place, manage and take actions in voice and video calls of an Azure Communication Services resource.
//!
//! Make a [`Client`] with [`Client::new`] or [`Client::builder`], then call one method per operation. Request and response bodies are the types of [`models`]; every call fails with [`Error`], whose [`Error::Service`] carries the status, the headers and the parsed error body.
//!
//! `client.call(id)` is a [`CallConnection`] (its media operations under
//! [`CallConnection::media`]) and `client.recording(id)` a [`CallRecording`], as the official SDKs
//! have them; each operation group is also a sub-client (`client.call_media().unhold(…)`).
//! Participants are [`CommunicationIdentifier`]s (built from raw ids such as `8:acs:…` or
//! `4:+14255550123`); the events the service POSTs to your callback URI are read with
//! [`CallAutomationEvent::parse`], and an incoming call with [`IncomingCall::from_event`].
//!
//! This crate is not Microsoft's (whose `azure_communication_callautomation` is a placeholder).
//!
//! Generated from `specs/callautomation/2026-03-12.yaml` (the previous api-version, 2025-05-15, can still be chosen with `ClientBuilder::api_version`).

pub mod call;
#[rustfmt::skip]
mod generated;
pub mod identifier;
pub mod incoming;
#[cfg(feature = "verify")]
pub mod verify;

pub use call::{CallAutomationClient, CallConnection, CallMedia, CallRecording, CallResult};
pub use generated::*;
pub use identifier::{CommunicationCloudEnvironment, CommunicationIdentifier, IdentifierKind};
pub use incoming::IncomingCall;

impl From<&str> for models::PhoneNumberIdentifierModel {
    /// A phone number (E.164: `+14255550123`), as a caller id.
    fn from(value: &str) -> Self {
        models::PhoneNumberIdentifierModel {
            value: value.to_string(),
            ..Default::default()
        }
    }
}

/// The package README's example, compiled as a doc test.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
