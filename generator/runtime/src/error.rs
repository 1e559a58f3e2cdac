//! The error of every call: [`Error`].

use std::borrow::Cow;
use std::fmt;

/// What went wrong in a call. `E` is the type of the error bodies the operation documents
/// (`serde_json::Value` when it documents none).
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E = serde_json::Value> {
    /// The request could not be built: an invalid endpoint, argument, header value, body or
    /// credential, or TLS that cannot be set up.
    InvalidRequest(String),
    /// The request could not be sent, or its response not received (after any retries).
    Transport(reqwest::Error),
    /// The call, or one of its attempts, ran out of time.
    Timeout,
    /// The service answered with a body larger than the client accepts.
    ResponseTooLarge {
        /// The status of the response.
        status: reqwest::StatusCode,
        /// The limit, in bytes.
        limit: usize,
    },
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
    /// A long-running operation ended without succeeding: its status monitor reported
    /// `Failed` or `Canceled`.
    OperationFailed {
        /// The status the monitor reported, as it wrote it.
        status: String,
        /// The monitor's last body (Azure's carries an `error` with a code and a message).
        body: serde_json::Value,
    },
}

/// The kinds of [`Error`], for deciding what to do about one ([`Error::kind`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The request could not be made (a bad argument, endpoint or credential): fix the call.
    InvalidRequest,
    /// No response: the connection failed or was dropped.
    Transport,
    /// The call or an attempt ran out of time.
    Timeout,
    /// The service answered 429: too many requests; wait and try again.
    Throttled,
    /// The service answered with another 4xx (or an undocumented 1xx–3xx): the request was
    /// refused as it is.
    Rejected,
    /// The service answered 5xx: its fault, often passing.
    ServiceFault,
    /// A success answer that could not be read: too large, or not the documented body.
    Response,
    /// A long-running operation ended as failed or canceled.
    OperationFailed,
}

/// What an error body says: its code and message, when it has them.
pub trait ErrorBody {
    /// The service's error code.
    fn code(&self) -> Option<&str>;
    /// The service's error message.
    fn message(&self) -> Option<&str>;
}

impl ErrorBody for serde_json::Value {
    fn code(&self) -> Option<&str> {
        self.pointer("/error/code")
            .or_else(|| self.get("code"))
            .and_then(serde_json::Value::as_str)
    }

    fn message(&self) -> Option<&str> {
        self.pointer("/error/message")
            .or_else(|| self.get("message"))
            .and_then(serde_json::Value::as_str)
    }
}

/// An error body that is a list: the code and message of its first item, when it has them.
impl<T: ErrorBody> ErrorBody for Vec<T> {
    fn code(&self) -> Option<&str> {
        self.first().and_then(ErrorBody::code)
    }

    fn message(&self) -> Option<&str> {
        self.first().and_then(ErrorBody::message)
    }
}

/// An error body that is a map: no code or message (which entry would hold them is unknown).
impl<T> ErrorBody for std::collections::BTreeMap<String, T> {
    fn code(&self) -> Option<&str> {
        None
    }

    fn message(&self) -> Option<&str> {
        None
    }
}

/// Error bodies that are one scalar (a JSON string or number, or text): no code or message; the
/// value itself is the body, which [`ServiceError::error`] gives.
macro_rules! scalar_error_bodies {
    ($($ty:ty),*) => {$(
        impl ErrorBody for $ty {
            fn code(&self) -> Option<&str> {
                None
            }

            fn message(&self) -> Option<&str> {
                None
            }
        }
    )*};
}

scalar_error_bodies!(String, bool, i32, i64, f32, f64);

/// An answer of the service with an error status.
#[derive(Debug)]
pub struct ServiceError<E> {
    status: reqwest::StatusCode,
    headers: reqwest::header::HeaderMap,
    body: Vec<u8>,
    error: Option<E>,
    client_request_id: Option<String>,
}

impl<E> ServiceError<E> {
    /// Makes a service error from its parts (for tests and mocks).
    pub fn new(
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        body: Vec<u8>,
        error: Option<E>,
        client_request_id: Option<String>,
    ) -> Self {
        ServiceError {
            status,
            headers,
            body,
            error,
            client_request_id,
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

    /// The request id this call sent, as the service echoed it, when the client sends one.
    pub fn client_request_id(&self) -> Option<&str> {
        self.client_request_id.as_deref()
    }
}

impl<E: ErrorBody> ServiceError<E> {
    /// The service's error code, when the body is the documented error.
    pub fn code(&self) -> Option<&str> {
        self.error.as_ref().and_then(ErrorBody::code)
    }

    /// The service's error message, when the body is the documented error.
    pub fn message(&self) -> Option<&str> {
        self.error.as_ref().and_then(ErrorBody::message)
    }
}

impl<E> Error<E> {
    /// The HTTP status of the response, when there was one.
    pub fn status(&self) -> Option<reqwest::StatusCode> {
        match self {
            Error::Service(e) => Some(e.status),
            Error::Decode { status, .. } | Error::ResponseTooLarge { status, .. } => Some(*status),
            Error::Transport(e) => e.status(),
            Error::InvalidRequest(_) | Error::Timeout | Error::OperationFailed { .. } => None,
        }
    }

    /// What kind of failure this is, to decide what to do about it (see [`ErrorKind`]).
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::InvalidRequest(_) => ErrorKind::InvalidRequest,
            Error::Transport(e) if e.is_timeout() => ErrorKind::Timeout,
            Error::Transport(_) => ErrorKind::Transport,
            Error::Timeout => ErrorKind::Timeout,
            Error::ResponseTooLarge { .. } | Error::Decode { .. } => ErrorKind::Response,
            Error::Service(e) => match e.status.as_u16() {
                429 => ErrorKind::Throttled,
                500..=599 => ErrorKind::ServiceFault,
                _ => ErrorKind::Rejected,
            },
            Error::OperationFailed { .. } => ErrorKind::OperationFailed,
        }
    }

    /// Whether the same call may succeed if made again later: a failure to connect or a
    /// dropped connection, a timeout, or the statuses the client itself retries (408, 429, 500,
    /// 502, 503, 504). The client has already retried these within its
    /// [`RetryOptions`](crate::RetryOptions); this is for callers who retry at a higher level
    /// (a queue, a job). Making a non-idempotent call (POST) again is the caller's decision.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Transport(e) => !e.is_builder() && !e.is_decode() && !e.is_body(),
            Error::Timeout => true,
            Error::Service(e) => matches!(e.status.as_u16(), 408 | 429 | 500 | 502 | 503 | 504),
            _ => false,
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

/// At most this many characters of a body, a code or a message go into an error message; the
/// accessors ([`ServiceError::body`], [`ServiceError::code`], …) keep the whole values.
pub const SHOWN_CHARS: usize = 300;

impl<E: ErrorBody> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidRequest(message) => {
                // Our own words around values that may come from the network: escaped, whole.
                write!(f, "invalid request: {}", one_line(message, usize::MAX))
            }
            Error::Transport(e) => write!(f, "transport error: {e}"),
            Error::Timeout => f.write_str("the call timed out"),
            Error::ResponseTooLarge { status, limit } => {
                write!(f, "the {status} response body is larger than {limit} bytes")
            }
            Error::Decode { status, source, .. } => {
                write!(
                    f,
                    "the {status} response body is not the documented JSON: {source}"
                )
            }
            Error::OperationFailed { status, body } => {
                write!(
                    f,
                    "the long-running operation ended with status {}",
                    shown(status)
                )?;
                code_and_message(f, body.code(), body.message(), ": ")
            }
            Error::Service(e) => {
                write!(f, "{}", e.status)?;
                if e.code().is_some() || e.message().is_some() {
                    return code_and_message(f, e.code(), e.message(), " ");
                }
                let text = e.body_text();
                let text = shown(text.trim());
                if text.is_empty() {
                    Ok(())
                } else {
                    write!(f, ": {text}")
                }
            }
        }
    }
}

/// `{before}{code}: {message}` as far as they are known, each [`shown`].
fn code_and_message(
    f: &mut fmt::Formatter<'_>,
    code: Option<&str>,
    message: Option<&str>,
    before: &str,
) -> fmt::Result {
    match (code, message) {
        (Some(code), Some(message)) => write!(f, "{before}{}: {}", shown(code), shown(message)),
        (Some(code), None) => write!(f, "{before}{}", shown(code)),
        (None, Some(message)) => write!(f, ": {}", shown(message)),
        (None, None) => Ok(()),
    }
}

/// Text from the network as an error message shows it: on one line (runs of white space become
/// one space), control and bidirectional-formatting characters escaped (`\u{1b}`), so that it
/// can neither forge a log line nor reorder what a terminal shows, and at most [`SHOWN_CHARS`]
/// characters, then `…`.
pub(crate) fn shown(text: &str) -> String {
    one_line(text, SHOWN_CHARS)
}

/// [`shown`] with at most `limit` characters.
fn one_line(text: &str, limit: usize) -> String {
    let mut out = String::new();
    let mut count = 0;
    for word in text.split_whitespace() {
        if count > 0 {
            out.push(' ');
            count += 1;
        }
        for c in word.chars() {
            if count >= limit {
                out.push('…');
                return out;
            }
            if c.is_control() || is_bidi_control(c) {
                out.extend(c.escape_unicode());
            } else {
                out.push(c);
            }
            count += 1;
        }
    }
    out
}

/// Unicode's explicit bidirectional formatting characters (and the marks), which can make a
/// terminal show text in another order than it is.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

impl<E: ErrorBody + fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(e) => Some(e),
            Error::Decode { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// A value that is none of those of a closed enum (one whose spec says it has no others); a
/// number is given in decimal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownValue {
    /// The enum's name.
    pub type_name: &'static str,
    /// The string that was given.
    pub value: String,
}

impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a value of `{}`", self.value, self.type_name)
    }
}

impl std::error::Error for UnknownValue {}
