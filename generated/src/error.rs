// @generated from `specs/callautomation/2025-05-15.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The error of every call: [`Error`].

use std::borrow::Cow;
use std::fmt;

/// What went wrong in a call. `E` is the type of the error bodies the operation documents
/// (`serde_json::Value` when it documents none).
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E = serde_json::Value> {
    /// The request could not be built: an invalid endpoint, argument, header value or body.
    InvalidRequest(String),
    /// The request could not be sent, or its response not received.
    Transport(reqwest::Error),
    /// The service answered with a success status and a body that is not the documented one.
    Decode {
        /// The status of the response.
        status: reqwest::StatusCode,
        /// The body as received.
        body: Vec<u8>,
        /// Why it did not parse.
        source: serde_json::Error,
    },
    /// The service answered with a status the operation does not document as a success.
    Service(Box<ServiceError<E>>),
}

/// An answer of the service with an error status.
#[derive(Debug)]
pub struct ServiceError<E> {
    status: reqwest::StatusCode,
    headers: reqwest::header::HeaderMap,
    body: Vec<u8>,
    error: Option<E>,
}

impl<E> ServiceError<E> {
    /// Makes a service error from its parts (for tests and mocks).
    pub fn new(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
        error: Option<E>,
    ) -> Self {
        ServiceError {
            status,
            headers,
            body,
            error,
        }
    }

    /// The HTTP status.
    pub fn status(&self) -> reqwest::StatusCode {
        self.status
    }

    /// The response headers.
    pub fn headers(&self) -> &reqwest::header::HeaderMap {
        &self.headers
    }

    /// The body as received.
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    /// The body as text (invalid UTF-8 replaced).
    pub fn body_text(&self) -> Cow<'_, str> {
        String::from_utf8_lossy(&self.body)
    }

    /// The body parsed as the documented error type; `None` when it is not that JSON (then see
    /// [`ServiceError::body`]).
    pub fn error(&self) -> Option<&E> {
        self.error.as_ref()
    }

    /// The parsed body, by value.
    pub fn into_error(self) -> Option<E> {
        self.error
    }
}

impl<E> Error<E> {
    /// The HTTP status of the response, when there was one.
    pub fn status(&self) -> Option<reqwest::StatusCode> {
        match self {
            Error::Service(e) => Some(e.status),
            Error::Decode { status, .. } => Some(*status),
            Error::Transport(e) => e.status(),
            Error::InvalidRequest(_) => None,
        }
    }

    /// The service's error answer, when that is what this is.
    pub fn service_error(&self) -> Option<&ServiceError<E>> {
        match self {
            Error::Service(e) => Some(e),
            _ => None,
        }
    }
}

/// At most this many characters of a body go into an error message.
const SHOWN_BODY_CHARS: usize = 512;

impl<E> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidRequest(message) => write!(f, "invalid request: {message}"),
            Error::Transport(e) => write!(f, "transport error: {e}"),
            Error::Decode { status, source, .. } => {
                write!(
                    f, "the {status} response body is not the documented JSON: {source}"
                )
            }
            Error::Service(e) => {
                write!(f, "the service answered {}", e.status)?;
                let text = e.body_text();
                let text = text.trim();
                if !text.is_empty() {
                    let shown: String = text
                        .chars()
                        .take(SHOWN_BODY_CHARS)
                        .map(|c| if c.is_control() { ' ' } else { c })
                        .collect();
                    let more = if text.chars().count() > SHOWN_BODY_CHARS {
                        "…"
                    } else {
                        ""
                    };
                    write!(f, ": {shown}{more}")?;
                }
                Ok(())
            }
        }
    }
}

impl<E: fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(e) => Some(e),
            Error::Decode { source, .. } => Some(source),
            _ => None,
        }
    }
}
