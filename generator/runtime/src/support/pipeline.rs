//! The pipeline of one call: per-call policies, retries, and for each attempt, within its time
//! limit, the per-try policies, the client's credentials and the transport (see
//! [`crate::policy`]). Traced with `tracing` when the `tracing` feature is on.

use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::future::Either;
use reqwest::header::{HeaderName, HeaderValue};

use super::{Auth, AuthKind, Call, Received, redact_error, retry_after};
use crate::error::{Error, ServiceError};
use crate::options::RetryOptions;
use crate::policy::{Context, End, Next, Policy, PolicyFuture, Request, Response, Transport};

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
    pub async fn send<E>(&self, call: Call) -> Result<Received, Error<E>> {
        let request_id = uuid::Uuid::new_v4().to_string();
        let span = trace::call_span(&call, &request_id);
        let limit = call.timeout.or(self.timeout);
        let context = Context::new(call.operation, 0);
        let request = self.request(call, &request_id);
        let idempotent = !matches!(
            request.method,
            reqwest::Method::POST | reqwest::Method::PATCH
        );
        let end = move |request: Request| -> PolicyFuture<'_> {
            Box::pin(self.attempts(request, context.operation, idempotent))
        };
        // Without policies, the attempts run directly: no boxed chain to go through.
        let run = if self.per_call.is_empty() {
            Either::Left(self.attempts(request, context.operation, idempotent))
        } else {
            Either::Right(Next::new(&self.per_call, &end, &context).send(request))
        };
        let run = trace::instrument(run, &span);
        let outcome = match limit {
            Some(limit) => tokio::time::timeout(limit, run)
                .await
                .unwrap_or(Err(Error::Timeout)),
            None => run.await,
        };
        trace::record(&span, &outcome);
        let response = outcome.map_err(widen)?;
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
                "x-ms-return-client-request-id",
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

    /// The attempts of one request, retried as [`RetryOptions`] says.
    async fn attempts(
        &self,
        request: Request,
        operation: &'static str,
        idempotent: bool,
    ) -> Result<Response, Error> {
        let start = Instant::now();
        let mut retry = 0;
        loop {
            let context = Context::new(operation, retry);
            let outcome = self.attempt(request.clone(), &context).await;
            let reason = match &outcome {
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
                return outcome.map_err(|e| match e {
                    Error::Transport(e) if e.is_timeout() => Error::Timeout,
                    e => e,
                });
            };
            trace::retry(retry + 1, &reason, delay);
            tokio::time::sleep(delay).await;
            retry += 1;
        }
    }

    /// One attempt, within the attempt's time limit (the token fetch included): the per-try
    /// policies, the client's credentials, the transport.
    async fn attempt(&self, request: Request, context: &Context) -> Result<Response, Error> {
        let span = trace::attempt_span(&request, context);
        let end = |request: Request| -> PolicyFuture<'_> {
            Box::pin(async move {
                let request = self.authenticate(request).await?;
                self.transport.send(request).await
            })
        };
        let end: &End<'_> = &end;
        let run = if self.per_try.is_empty() {
            Either::Left(async move {
                let request = self.authenticate(request).await?;
                self.transport.send(request).await
            })
        } else {
            Either::Right(Next::new(&self.per_try, end, context).send(request))
        };
        let run = trace::instrument(run, &span);
        let outcome = match self.attempt_timeout {
            Some(limit) => tokio::time::timeout(limit, run)
                .await
                .unwrap_or(Err(Error::Timeout)),
            None => run.await,
        };
        trace::record(&span, &outcome);
        outcome
    }

    /// `request` with the client's credentials, when it goes to the endpoint's origin.
    async fn authenticate(&self, mut request: Request) -> Result<Request, Error> {
        // Credentials go to the endpoint's origin only, whatever URL the call names.
        if request.url.origin() != self.origin {
            return Ok(request);
        }
        match &self.auth.0 {
            AuthKind::None => {}
            AuthKind::Bearer(cache) => {
                let token = cache.token().await.map_err(|e| {
                    Error::InvalidRequest(format!("no access token could be had: {e}"))
                })?;
                let value = super::sensitive_header(&format!("Bearer {token}"))?;
                request
                    .headers
                    .insert(reqwest::header::AUTHORIZATION, value);
            }
            #[cfg(feature = "access-key")]
            AuthKind::AccessKey(key) => key
                .sign_request(&mut request)
                .map_err(Error::InvalidRequest)?,
        }
        Ok(request)
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
fn widen<E>(error: Error) -> Error<E> {
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
    pub fn error_type(error: &Error) -> &'static str {
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
    pub use on::*;

    #[cfg(feature = "tracing")]
    mod on {
        use super::*;
        use tracing::{Instrument, Span, field};

        pub fn call_span(call: &Call, client_request_id: &str) -> Span {
            tracing::info_span!(
                target: "openapi_client_runtime",
                "call",
                otel.name = call.operation,
                operation = call.operation,
                otel.kind = "client",
                http.request.method = %call.method,
                server.address = call.url.host_str().unwrap_or_default(),
                server.port = call.url.port_or_known_default(),
                url.full = %crate::support::redacted_url(&call.url),
                az.client_request_id = client_request_id,
                az.service_request_id = field::Empty,
                http.response.status_code = field::Empty,
                error.type = field::Empty,
            )
        }

        pub fn attempt_span(request: &Request, context: &Context) -> Span {
            tracing::info_span!(
                target: "openapi_client_runtime",
                "attempt",
                otel.name = context.operation,
                http.request.method = %request.method,
                server.address = request.url.host_str().unwrap_or_default(),
                url.full = %crate::support::redacted_url(&request.url),
                http.request.resend_count = context.attempt,
                http.response.status_code = field::Empty,
                az.service_request_id = field::Empty,
                error.type = field::Empty,
            )
        }

        pub fn instrument<F: Future>(future: F, span: &Span) -> impl Future<Output = F::Output> {
            future.instrument(span.clone())
        }

        /// Records the outcome of a call or an attempt on its span.
        pub fn record(span: &Span, outcome: &Result<Response, Error>) {
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

        pub fn retry(attempt: u32, reason: &str, delay: Duration) {
            tracing::info!(
                http.request.resend_count = attempt,
                reason,
                delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
                "retrying"
            );
        }

        pub fn poll(status: u16, delay: Duration) {
            tracing::info!(
                http.response.status_code = status,
                delay_ms = u64::try_from(delay.as_millis()).unwrap_or(u64::MAX),
                "polling the long-running operation"
            );
        }
    }

    #[cfg(not(feature = "tracing"))]
    pub use off::*;

    #[cfg(not(feature = "tracing"))]
    mod off {
        use super::*;

        pub struct Span;

        pub fn call_span(_: &Call, _: &str) -> Span {
            Span
        }

        pub fn attempt_span(_: &Request, _: &Context) -> Span {
            Span
        }

        pub fn instrument<F: Future>(future: F, _: &Span) -> F {
            future
        }

        pub fn record(_: &Span, _: &Result<Response, Error>) {}

        pub fn retry(_: u32, _: &str, _: Duration) {}

        pub fn poll(_: u16, _: Duration) {}
    }
}

pub(super) use trace::poll as trace_poll;
