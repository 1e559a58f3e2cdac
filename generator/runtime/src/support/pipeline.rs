//! The pipeline of one call: per-call policies, retries, and for each attempt, within its time
//! limit, the per-try policies, the client's credentials and the transport (see
//! [`crate::policy`]). Traced with `tracing` when the `tracing` feature is on.
//!
//! The steps of a call are plain functions that return an `async move` block, not `async fn`s:
//! an `async fn` keeps each of its arguments twice in its future (rust-lang/rust#62958), and a
//! call's future, which every call in flight holds, is copied several times as it is built up.
//! With one deadline per call instead of a timer per step, this took it from 4,040 bytes to
//! 1,696 (a unit test holds it under 2 KiB).

#![allow(clippy::manual_async_fn)]

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context as TaskContext, Poll};
use std::time::{Duration, Instant};

use futures_util::future::Either;
use reqwest::header::{HeaderName, HeaderValue};

use super::{Auth, AuthKind, Call, Received, redact_error, retry_after};
use crate::error::{Error, ServiceError};
use crate::options::RetryOptions;
use crate::policy::{Context, Next, Policy, PolicyFuture, Request, Response, Transport};

/// The longest time a whole call may take, retries and their delays included, unless the
/// builder or the call's options say otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(5 * 60);

/// The shared part of a client: transport, policies, retries, limits and authentication. Its
/// `Debug` leaves the transport out (a reqwest client's default headers or proxy could hold a
/// user's secret).
pub struct Pipeline {
    /// The endpoint's origin (scheme, host and port): the only one credentials are sent to.
    pub origin: url::Origin,
    /// Whether links to another origin are followed (without credentials).
    pub follow_foreign_links: bool,
    /// The time limit of polling a long-running operation.
    pub poll_timeout: Option<Duration>,
    pub transport: Arc<dyn Transport>,
    pub per_call: Vec<Arc<dyn Policy>>,
    pub per_try: Vec<Arc<dyn Policy>>,
    pub retry: RetryOptions,
    pub attempt_timeout: Option<Duration>,
    pub timeout: Option<Duration>,
    pub user_agent: HeaderValue,
    pub request_id_header: Option<HeaderName>,
    pub auth: Auth,
}

impl std::fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pipeline")
            .field("origin", &self.origin.ascii_serialization())
            .field("follow_foreign_links", &self.follow_foreign_links)
            .field("poll_timeout", &self.poll_timeout)
            .field("per_call", &self.per_call.len())
            .field("per_try", &self.per_try.len())
            .field("retry", &self.retry)
            .field("attempt_timeout", &self.attempt_timeout)
            .field("timeout", &self.timeout)
            .field("user_agent", &self.user_agent)
            .field("request_id_header", &self.request_id_header)
            .field("auth", &self.auth)
            .finish_non_exhaustive()
    }
}

impl Pipeline {
    /// Sends `call` through the pipeline, retrying as [`RetryOptions`] says, within the call's
    /// or the client's time limit.
    pub fn send(&self, call: Call) -> impl Future<Output = Result<Received, super::Failure>> {
        async move {
            let request_id = uuid::Uuid::new_v4().to_string();
            let span = trace::call_span(&call, &request_id);
            // One deadline for the whole call: each attempt's timer and each retry's delay end at
            // it, so that a call runs one timer at a time, not one for the call and one per
            // attempt.
            let deadline = call
                .timeout
                .or(self.timeout)
                .and_then(|limit| tokio::time::Instant::now().checked_add(limit));
            let context = Context::new(call.operation, 0);
            let request = self.request(call, &request_id);
            let idempotent = !matches!(
                request.method,
                reqwest::Method::POST | reqwest::Method::PATCH
            );
            let outcome = if self.per_call.is_empty() {
                let run = self.attempts(request, context.operation, idempotent, deadline);
                trace::instrument(run, &span).await
            } else {
                // Per-call policies run outside the attempts: the call's timer covers them too.
                let end = move |request: Request| -> PolicyFuture<'_> {
                    Box::pin(self.attempts(request, context.operation, idempotent, deadline))
                };
                let run = Next::new(&self.per_call, &end, &context).send(request);
                within(deadline, trace::instrument(run, &span)).await
            };
            trace::record(&span, &outcome);
            let response = outcome.map_err(super::Failure)?;
            let request_id = self.request_id_header.as_ref().map(|name| {
                response
                    .headers
                    .get(name)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or(&request_id)
                    .to_string()
            });
            Ok(Received {
                status: response.status,
                headers: response.headers,
                body: response.body,
                request_id,
            })
        }
    }

    /// The request the call describes, with the client's default headers (credentials are
    /// added to each attempt).
    fn request(&self, call: Call, request_id: &str) -> Request {
        let mut request = Request::new(call.method, call.url);
        let headers = &mut request.headers;
        headers.insert(
            reqwest::header::ACCEPT,
            HeaderValue::from_static("application/json"),
        );
        // Written as the official SDKs write it; reqwest decompresses either encoding.
        headers.insert(
            reqwest::header::ACCEPT_ENCODING,
            HeaderValue::from_static("gzip, deflate"),
        );
        headers.insert(reqwest::header::USER_AGENT, self.user_agent.clone());
        if let (Some(name), Ok(id)) = (&self.request_id_header, HeaderValue::from_str(request_id)) {
            headers.insert(name.clone(), id);
            headers.insert(
                HeaderName::from_static("x-ms-return-client-request-id"),
                HeaderValue::from_static("true"),
            );
        }
        // The call's own headers replace the defaults above.
        for name in call.headers.keys() {
            headers.remove(name);
        }
        for (name, value) in &call.headers {
            headers.append(name.clone(), value.clone());
        }
        request.body = call.body;
        // RFC 9110 §8.6: a POST, PUT or PATCH without a body says `Content-Length: 0` (some
        // front ends answer 411 Length Required without it), as the official SDKs send it.
        if request.body.is_none()
            && matches!(
                request.method,
                reqwest::Method::POST | reqwest::Method::PUT | reqwest::Method::PATCH
            )
        {
            request.body = Some(Vec::new());
            request.headers.insert(
                reqwest::header::CONTENT_LENGTH,
                HeaderValue::from_static("0"),
            );
        }
        request
    }

    /// The attempts of one request, retried as [`RetryOptions`] says, until the call's
    /// deadline.
    fn attempts(
        &self,
        request: Request,
        operation: &'static str,
        idempotent: bool,
        deadline: Option<tokio::time::Instant>,
    ) -> impl Future<Output = Result<Response, Error>> {
        async move {
            let start = Instant::now();
            let mut retry = 0;
            loop {
                let context = Context::new(operation, retry);
                let outcome = self.attempt(request.clone(), &context, deadline).await;
                let past_deadline = deadline.is_some_and(|d| tokio::time::Instant::now() >= d);
                let reason = match &outcome {
                    _ if past_deadline => None,
                    Ok(response) => retryable_status(response.status.as_u16(), idempotent)
                        .then(|| format!("status {}", response.status.as_u16())),
                    Err(e) => {
                        transport_retryable(e, idempotent).then(|| trace::error_type(e).to_owned())
                    }
                };
                // The delay is read only for an answer that may be retried; the service's delay is
                // honoured as given (at most `MAX_SERVER_DELAY`), and the budget below bounds it.
                let delay = reason.as_ref().map(|_| {
                    let server = match &outcome {
                        Ok(response) => retry_after(&response.headers),
                        Err(_) => None,
                    };
                    server.unwrap_or_else(|| self.retry.backoff(retry))
                });
                let within_budget = delay.is_some_and(|delay| {
                    start
                        .elapsed()
                        .checked_add(delay)
                        .is_some_and(|end| end < self.retry.max_total)
                });
                let (Some(delay), Some(reason), true, true) =
                    (delay, reason, retry < self.retry.max_retries, within_budget)
                else {
                    return match outcome {
                        // An attempt cut short by the call's deadline, whatever it was doing.
                        Err(_) if past_deadline => Err(Error::Timeout),
                        Err(Error::Transport(e)) if e.is_timeout() => Err(Error::Timeout),
                        outcome => outcome,
                    };
                };
                trace::retry(retry + 1, &reason, delay);
                let wake = tokio::time::Instant::now().checked_add(delay);
                // A delay that would outlast the call ends it at its deadline, as it would have.
                match deadline.filter(|&d| wake.is_none_or(|wake| wake >= d)) {
                    Some(deadline) => {
                        tokio::time::sleep_until(deadline).await;
                        return Err(Error::Timeout);
                    }
                    None => tokio::time::sleep(delay).await,
                }
                retry += 1;
            }
        }
    }

    /// One attempt, within the attempt's time limit and the call's deadline (the token fetch
    /// included): the per-try policies, the client's credentials, the transport.
    fn attempt(
        &self,
        request: Request,
        context: &Context,
        deadline: Option<tokio::time::Instant>,
    ) -> impl Future<Output = Result<Response, Error>> {
        async move {
            let span = trace::attempt_span(&request, context);
            let run = if self.per_try.is_empty() {
                Either::Left(self.send_signed(request))
            } else {
                Either::Right(self.per_try_chain(request, *context))
            };
            let limit = self
                .attempt_timeout
                .and_then(|limit| tokio::time::Instant::now().checked_add(limit));
            let limit = match (limit, deadline) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            let outcome = within(limit, trace::instrument(run, &span)).await;
            trace::record(&span, &outcome);
            outcome
        }
    }

    /// The per-try policies, then the credentials and the transport (boxed: only clients with
    /// per-try policies pay for it).
    fn per_try_chain(&self, request: Request, context: Context) -> PolicyFuture<'_> {
        Box::pin(async move {
            let end =
                |request: Request| -> PolicyFuture<'_> { Box::pin(self.send_signed(request)) };
            Next::new(&self.per_try, &end, &context).send(request).await
        })
    }

    /// The end of every attempt: the client's credentials, then the transport.
    fn send_signed(&self, request: Request) -> impl Future<Output = Result<Response, Error>> {
        async move {
            // Credentials go to the endpoint's origin only, whatever URL the call names.
            if request.url.origin() != self.origin {
                return self.transport.send(request).await;
            }
            let token = self.token().await?;
            let request = self.authenticate(request, token)?;
            self.transport.send(request).await
        }
    }

    /// The bearer token, if the client has a token credential.
    async fn token(&self) -> Result<Option<String>, Error> {
        let AuthKind::Bearer(cache) = &self.auth.0 else {
            return Ok(None);
        };
        // Boxed: a credential's future can be large, and would be copied with the call's.
        let token = Box::pin(cache.token())
            .await
            .map_err(|e| Error::InvalidRequest(format!("no access token could be had: {e}")))?;
        Ok(Some(token))
    }

    /// `request` with the client's credentials (the bearer `token` fetched for it). Not `async`,
    /// so that the attempt's future holds one request, not a copy per step.
    fn authenticate(&self, mut request: Request, token: Option<String>) -> Result<Request, Error> {
        if let Some(token) = token {
            let value = super::sensitive_header(&format!("Bearer {token}"))?;
            request
                .headers
                .insert(reqwest::header::AUTHORIZATION, value);
        }
        #[cfg(feature = "access-key")]
        if let AuthKind::AccessKey(key) = &self.auth.0 {
            key.sign_request(&mut request)
                .map_err(Error::InvalidRequest)?;
        }
        Ok(request)
    }
}

/// `run`, ended with [`Error::Timeout`] at `deadline` if it has one.
fn within<F>(deadline: Option<tokio::time::Instant>, run: F) -> Within<F> {
    Within {
        run,
        timer: deadline.map(tokio::time::sleep_until),
    }
}

pin_project_lite::pin_project! {
    /// The future of [`within`]: a plain struct, not an `async fn`, because an `async fn`
    /// holding `run` in two branches takes twice its size, and every byte of a call's future is
    /// copied as it is built up (measured: the copies were most of the client's overhead over a
    /// hand-written call).
    struct Within<F> {
        #[pin]
        run: F,
        #[pin]
        timer: Option<tokio::time::Sleep>,
    }
}

impl<F: Future<Output = Result<Response, Error>>> Future for Within<F> {
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<Self::Output> {
        let this = self.project();
        if let Poll::Ready(outcome) = this.run.poll(cx) {
            return Poll::Ready(outcome);
        }
        match this.timer.as_pin_mut() {
            Some(timer) => timer.poll(cx).map(|()| Err(Error::Timeout)),
            None => Poll::Pending,
        }
    }
}

/// The statuses a request is retried on (see [`RetryOptions`]).
pub(super) fn retryable_status(status: u16, idempotent: bool) -> bool {
    match status {
        429 | 500 | 503 | 504 => true,
        408 | 502 => idempotent,
        _ => false,
    }
}

/// Whether a failure without a response may be retried: connection failures always (nothing
/// reached the service), timeouts and dropped responses only for methods safe to repeat.
fn transport_retryable(error: &Error, idempotent: bool) -> bool {
    match error {
        Error::Transport(e) => e.is_connect() || (idempotent && !e.is_builder()),
        Error::Timeout => idempotent,
        _ => false,
    }
}

/// A pipeline error as the error of an operation whose error bodies are `E` (an error answer a
/// policy made up keeps its status, headers and body; its parsed body is not read again).
pub(super) fn widen<E>(error: Error) -> Error<E> {
    match error {
        Error::InvalidRequest(m) => Error::InvalidRequest(m),
        Error::Transport(e) => Error::Transport(e),
        Error::Timeout => Error::Timeout,
        Error::ResponseTooLarge { status, limit } => Error::ResponseTooLarge { status, limit },
        Error::Decode {
            status,
            body,
            source,
        } => Error::Decode {
            status,
            body,
            source,
        },
        Error::Service(e) => Error::Service(Box::new(ServiceError::new(
            e.status(),
            e.headers().clone(),
            e.body().to_vec(),
            None,
            e.client_request_id().map(str::to_owned),
        ))),
        Error::OperationFailed { status, body } => Error::OperationFailed { status, body },
    }
}

/// The transport of clients that are given none: a reqwest client, its responses read whole up
/// to a size limit.
#[derive(Debug)]
pub struct HttpTransport {
    pub client: reqwest::Client,
    pub max_response_body: usize,
}

impl Transport for HttpTransport {
    fn send<'a>(&'a self, request: Request) -> PolicyFuture<'a> {
        Box::pin(async move {
            let mut outgoing = reqwest::Request::new(request.method, request.url);
            *outgoing.headers_mut() = request.headers;
            *outgoing.body_mut() = request.body.map(Into::into);
            let mut response = self
                .client
                .execute(outgoing)
                .await
                .map_err(|e| Error::Transport(redact_error(e)))?;
            let status = response.status();
            let headers = std::mem::take(response.headers_mut());
            let too_large = Error::ResponseTooLarge {
                status,
                limit: self.max_response_body,
            };
            if response
                .content_length()
                .is_some_and(|n| n > self.max_response_body as u64)
            {
                return Err(too_large);
            }
            let mut body = Vec::new();
            while let Some(chunk) = response
                .chunk()
                .await
                .map_err(|e| Error::Transport(redact_error(e)))?
            {
                if body.len().saturating_add(chunk.len()) > self.max_response_body {
                    return Err(too_large);
                }
                body.extend_from_slice(&chunk);
            }
            Ok(Response {
                status,
                headers,
                body,
            })
        })
    }
}

/// Spans and events of calls and attempts, with OpenTelemetry's HTTP client attributes; nothing
/// when the `tracing` feature is off.
mod trace {
    use std::future::Future;
    use std::time::Duration;

    use super::{Call, Context, Error, Request, Response};

    /// `error.type` of an error: what kind of failure, never its text.
    pub(super) fn error_type(error: &Error) -> &'static str {
        match error {
            Error::InvalidRequest(_) => "invalid_request",
            Error::Transport(e) if e.is_connect() => "connect",
            Error::Transport(e) if e.is_timeout() => "timeout",
            Error::Transport(_) => "transport",
            Error::Timeout => "timeout",
            Error::ResponseTooLarge { .. } => "response_too_large",
            Error::Decode { .. } => "decode",
            Error::Service(_) => "service",
            Error::OperationFailed { .. } => "operation_failed",
        }
    }

    #[cfg(feature = "tracing")]
    pub(crate) use on::*;

    #[cfg(feature = "tracing")]
    mod on {
        use super::*;
        use tracing::{Instrument, Span, field};

        pub(crate) fn call_span(call: &Call, client_request_id: &str) -> Span {
            tracing::info_span!(
                target: "openapi_client_runtime",
                "call",
                otel.name = call.operation,
                operation = call.operation,
                otel.kind = "client",
                http.request.method = %call.method,
                server.address = call.url.host_str().unwrap_or_default(),
                server.port = call.url.port_or_known_default(),
                url.full = %crate::redact::redacted_url(&call.url),
                az.client_request_id = client_request_id,
                az.service_request_id = field::Empty,
                http.response.status_code = field::Empty,
                error.type = field::Empty,
            )
        }

        pub(crate) fn attempt_span(request: &Request, context: &Context) -> Span {
            tracing::info_span!(
                target: "openapi_client_runtime",
                "attempt",
                otel.name = context.operation,
                http.request.method = %request.method,
                server.address = request.url.host_str().unwrap_or_default(),
                url.full = %crate::redact::redacted_url(&request.url),
                http.request.resend_count = context.attempt,
                http.response.status_code = field::Empty,
                az.service_request_id = field::Empty,
                error.type = field::Empty,
            )
        }

        pub(crate) fn instrument<F: Future>(
            future: F,
            span: &Span,
        ) -> impl Future<Output = F::Output> + use<F> {
            future.instrument(span.clone())
        }

        /// Records the outcome of a call or an attempt on its span.
        pub(crate) fn record(span: &Span, outcome: &Result<Response, Error>) {
            // Nothing listens: no header lookups on the hot path.
            if span.is_disabled() {
                return;
            }
            match outcome {
                Ok(response) => {
                    span.record("http.response.status_code", response.status.as_u16());
                    if let Some(id) = response
                        .headers
                        .get("x-ms-request-id")
                        .and_then(|v| v.to_str().ok())
                    {
                        span.record("az.service_request_id", id);
                    }
                    if response.status.is_client_error() || response.status.is_server_error() {
                        span.record("error.type", response.status.as_str());
                    }
                }
                Err(e) => {
                    span.record("error.type", error_type(e));
                }
            }
        }

        pub(crate) fn retry(attempt: u32, reason: &str, delay: Duration) {
            tracing::info!(
                http.request.resend_count = attempt,
                reason,
                delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
                "retrying"
            );
        }

        pub(crate) fn poll(status: u16, delay: Duration) {
            tracing::info!(
                http.response.status_code = status,
                delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
                "polling the long-running operation"
            );
        }
    }

    #[cfg(not(feature = "tracing"))]
    pub(crate) use off::*;

    #[cfg(not(feature = "tracing"))]
    mod off {
        use super::*;

        pub(crate) struct Span;

        pub(crate) fn call_span(_: &Call, _: &str) -> Span {
            Span
        }

        pub(crate) fn attempt_span(_: &Request, _: &Context) -> Span {
            Span
        }

        pub(crate) fn instrument<F: Future>(future: F, _: &Span) -> F {
            future
        }

        pub(crate) fn record(_: &Span, _: &Result<Response, Error>) {}

        pub(crate) fn retry(_: u32, _: &str, _: Duration) {}

        pub(crate) fn poll(_: u16, _: Duration) {}
    }
}

pub(super) use trace::poll as trace_poll;

#[cfg(test)]
mod tests {
    use crate::support::{Call, ClientIdentity, Settings};

    /// A call's future is built up by moving each step's future into the next, so its size is
    /// copied several times per call, and it is what every call in flight holds: 4,040 bytes
    /// when each step was an `async fn` with a timer of its own; 1,696 now.
    #[test]
    fn the_future_of_a_call_stays_small() {
        let (url, pipeline) = Settings::new("https://example.com".into())
            .build(ClientIdentity {
                crate_name: "x",
                version: "1",
                request_id_header: None,
                scopes: &[],
            })
            .unwrap();
        let call = pipeline.send(Call::new(reqwest::Method::GET, url));
        let size = std::mem::size_of_val(&call);
        assert!(size <= 2048, "a call's future takes {size} bytes");
    }
}
