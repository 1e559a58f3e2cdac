//! Settings of the client's retries: [`RetryOptions`].

use std::time::Duration;

/// How failed attempts are retried: exponential backoff with jitter, bounded by a number of retries
/// and by the total time spent; a `Retry-After`, `retry-after-ms` or `x-ms-retry-after-ms` answer
/// header replaces the computed delay.
///
/// What is retried: for every method, connection failures before the request was sent, and the
/// statuses 429, 500, 503 and 504. For methods that are safe to repeat (GET, HEAD, OPTIONS, PUT,
/// DELETE, TRACE) also 408 and 502, timeouts and connections dropped during the response. A POST or
/// PATCH is not retried on 408, 502, a timeout or a dropped response, because the service may already
/// have acted on it; it is retried on 429 because a throttled request was refused before any work
/// (unlike the official Python SDK, which does not retry a POST on 429, but like the JavaScript and
/// .NET SDKs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryOptions {
    /// Retries after the first attempt; 0 turns retrying off.
    pub max_retries: u32,
    /// The delay before the first retry; each further retry doubles it.
    pub initial_delay: Duration,
    /// The longest computed delay between two attempts. A delay the service asks for is waited as
    /// asked, unless it would end past `max_total`, which ends the retries.
    pub max_delay: Duration,
    /// No retry starts when it would end later than this after the first attempt started.
    pub max_total: Duration,
}

impl Default for RetryOptions {
    /// The defaults of Azure's Rust core library: 8 retries, 200 ms initial delay, at most 30 s
    /// between attempts and 60 s in all.
    fn default() -> Self {
        RetryOptions {
            max_retries: 8,
            initial_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(30),
            max_total: Duration::from_secs(60),
        }
    }
}

impl RetryOptions {
    /// No retries: every call makes one attempt.
    pub fn none() -> Self {
        RetryOptions {
            max_retries: 0,
            ..RetryOptions::default()
        }
    }

    /// The delay before retry number `retry` (0 for the first), with ±20 % jitter, before any
    /// `Retry-After`.
    pub(crate) fn backoff(&self, retry: u32) -> Duration {
        let base = self
            .initial_delay
            .saturating_mul(2u32.saturating_pow(retry.min(31)));
        let jitter = 0.8 + fastrand::f64() * 0.4;
        // Checked: a user's `initial_delay` of years would overflow `Duration::mul_f64`.
        Duration::try_from_secs_f64(base.as_secs_f64() * jitter)
            .unwrap_or(Duration::MAX)
            .min(self.max_delay)
    }
}
