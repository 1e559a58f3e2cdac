//! Plugging into the pipeline every call goes through: your own [`Policy`]s (custom headers or
//! authentication, metrics, logging, request rewriting, fault injection), and the [`Transport`]
//! at the end of it, which [`MemoryTransport`] replaces in tests so that code built on a
//! generated client runs without sockets.
//!
//! The order of one call:
//!
//! 1. the client's per-call policies (`ClientBuilder::per_call_policy`), once per call;
//! 2. retries (`ClientBuilder::retry`): for each attempt, within the attempt's time limit,
//! 3. the per-try policies (`ClientBuilder::per_try_policy`), then the client's own credentials
//!    (a bearer token, an access-key signature; added only for the endpoint's origin, after your
//!    policies so that a signature covers what they changed and they never see a secret),
//! 4. the transport (reqwest by default; `ClientBuilder::transport`).
//!
//! A policy is a small async step that may change the request, call the rest of the pipeline
//! with [`Next::send`] (or not: returning a response or an error short-circuits it), and look at
//! or change what comes back:
//!
//! ```
//! use openapi_client_runtime::policy::{Context, Next, Policy, PolicyFuture, Request};
//!
//! /// Adds a header to every attempt and counts the answers by status.
//! #[derive(Debug, Default)]
//! struct Tenant {
//!     answers: std::sync::atomic::AtomicUsize,
//! }
//!
//! impl Policy for Tenant {
//!     fn send<'a>(&'a self, _: &'a Context, mut request: Request, next: Next<'a>) -> PolicyFuture<'a> {
//!         Box::pin(async move {
//!             request.headers.insert("x-tenant", "contoso".parse().unwrap());
//!             let response = next.send(request).await?;
//!             self.answers.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
//!             Ok(response)
//!         })
//!     }
//! }
//! ```

use std::collections::VecDeque;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

use reqwest::header::HeaderMap;
use reqwest::{Method, StatusCode, Url};

use crate::error::Error;

/// A request as the pipeline carries it: the body is bytes, sent the same on every attempt.
#[derive(Clone)]
pub struct Request {
    /// The HTTP method.
    pub method: Method,
    /// The whole URL, query included.
    pub url: Url,
    /// The headers to send (credentials are added after the per-try policies).
    pub headers: HeaderMap,
    /// The body, when there is one.
    pub body: Option<Vec<u8>>,
}

impl Request {
    /// A request without headers or body.
    pub fn new(method: Method, url: Url) -> Self {
        Request {
            method,
            url,
            headers: HeaderMap::new(),
            body: None,
        }
    }
}

impl fmt::Debug for Request {
    /// The URL redacted, sensitive header values hidden, the body's length only.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Request")
            .field("method", &self.method)
            .field("url", &crate::redact::redacted_url(&self.url))
            .field("headers", &self.headers)
            .field("body", &self.body.as_ref().map(Vec::len))
            .finish()
    }
}

/// A response as the pipeline carries it: its body read whole (within the client's limit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    /// The status.
    pub status: StatusCode,
    /// The headers, as received.
    pub headers: HeaderMap,
    /// The body, read whole.
    pub body: Vec<u8>,
}

impl Response {
    /// A response with `status`, no headers and `body`.
    pub fn new(status: u16, body: impl Into<Vec<u8>>) -> Self {
        Response {
            status: StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            headers: HeaderMap::new(),
            body: body.into(),
        }
    }

    /// A JSON response: `value` serialized, with `content-type: application/json`.
    pub fn json(status: u16, value: &impl serde::Serialize) -> Self {
        let mut response = Response::new(status, serde_json::to_vec(value).unwrap_or_default());
        response.headers.insert(
            reqwest::header::CONTENT_TYPE,
            reqwest::header::HeaderValue::from_static("application/json"),
        );
        response
    }

    /// This response with the header `name: value` added (an invalid one is left out).
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        if let (Ok(name), Ok(value)) = (
            reqwest::header::HeaderName::from_bytes(name.as_bytes()),
            reqwest::header::HeaderValue::from_str(value),
        ) {
            self.headers.append(name, value);
        }
        self
    }
}

/// What a policy or a transport gives back.
pub type PolicyFuture<'a> = Pin<Box<dyn Future<Output = Result<Response, Error>> + Send + 'a>>;

/// Where in the pipeline a policy runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Context {
    /// The operation's id in the spec (`CallMedia_Unhold`), or what the client does for it
    /// (`next page`, `long-running operation`).
    pub operation: &'static str,
    /// The attempt, from 0; always 0 for per-call policies.
    pub attempt: u32,
}

impl Context {
    /// A context (for tests of policies).
    pub fn new(operation: &'static str, attempt: u32) -> Self {
        Context { operation, attempt }
    }
}

/// A step of the pipeline. Policies are kept in `Arc`s by the client and called concurrently
/// by concurrent calls.
pub trait Policy: fmt::Debug + Send + Sync {
    /// Handles `request`: usually changes it, sends it on with `next.send(request).await`, and
    /// returns (or changes) the response.
    fn send<'a>(
        &'a self,
        context: &'a Context,
        request: Request,
        next: Next<'a>,
    ) -> PolicyFuture<'a>;
}

/// What sends a request and reads its response: the last step of the pipeline.
pub trait Transport: fmt::Debug + Send + Sync {
    /// Sends `request` and reads the whole response.
    fn send<'a>(&'a self, request: Request) -> PolicyFuture<'a>;
}

/// The end of a chain of policies: what runs after the last one.
pub(crate) type End<'a> = dyn Fn(Request) -> PolicyFuture<'a> + Send + Sync + 'a;

/// The rest of the pipeline after a policy.
pub struct Next<'a> {
    policies: &'a [Arc<dyn Policy>],
    end: &'a End<'a>,
    context: &'a Context,
}

impl<'a> Next<'a> {
    pub(crate) fn new(
        policies: &'a [Arc<dyn Policy>],
        end: &'a End<'a>,
        context: &'a Context,
    ) -> Self {
        Next {
            policies,
            end,
            context,
        }
    }

    /// Sends `request` through the rest of the pipeline.
    pub fn send(self, request: Request) -> PolicyFuture<'a> {
        match self.policies.split_first() {
            Some((policy, rest)) => policy.send(
                self.context,
                request,
                Next {
                    policies: rest,
                    ..self
                },
            ),
            None => (self.end)(request),
        }
    }
}

impl fmt::Debug for Next<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Next")
            .field("policies", &self.policies.len())
            .finish_non_exhaustive()
    }
}

/// A transport that answers from a queue, in memory, and keeps every request it was sent: for
/// tests of code built on a generated client, without a server.
///
/// ```
/// # use std::sync::Arc;
/// use openapi_client_runtime::policy::{MemoryTransport, Response};
///
/// let transport = Arc::new(MemoryTransport::new());
/// transport.push(Response::json(200, &serde_json::json!({ "id": "7" })));
/// transport.push(Response::new(503, "").with_header("retry-after", "0"));
/// // Give it to a generated client: `Client::builder(url).transport(transport.clone())`,
/// // call it, then look at `transport.requests()`.
/// assert_eq!(transport.pending(), 2);
/// ```
#[derive(Debug, Default)]
pub struct MemoryTransport {
    answers: Mutex<VecDeque<Result<Response, Error>>>,
    requests: Mutex<Vec<Request>>,
}

impl MemoryTransport {
    /// A transport with no answer queued.
    pub fn new() -> Self {
        MemoryTransport::default()
    }

    /// Queues the answer to the next request not yet answered.
    pub fn push(&self, response: Response) {
        self.lock_answers().push_back(Ok(response));
    }

    /// Queues a failure (a timeout, say: `Error::Timeout`) as the next answer.
    pub fn push_error(&self, error: Error) {
        self.lock_answers().push_back(Err(error));
    }

    /// The answers not given yet.
    pub fn pending(&self) -> usize {
        self.lock_answers().len()
    }

    /// Every request sent so far, in order, as they reached the transport (credentials
    /// included: they are the test's own).
    pub fn requests(&self) -> Vec<Request> {
        self.requests
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    fn lock_answers(&self) -> std::sync::MutexGuard<'_, VecDeque<Result<Response, Error>>> {
        self.answers
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Transport for MemoryTransport {
    fn send<'a>(&'a self, request: Request) -> PolicyFuture<'a> {
        let described = format!(
            "{} {}",
            request.method,
            crate::redact::redacted_url(&request.url)
        );
        self.requests
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .push(request);
        let answer = self.lock_answers().pop_front();
        Box::pin(async move {
            answer.unwrap_or_else(|| {
                Err(Error::InvalidRequest(format!(
                    "the MemoryTransport has no answer queued for {described}"
                )))
            })
        })
    }
}
