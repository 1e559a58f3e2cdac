//! What every generated client has whatever its spec: the builder's common settings
//! ([`Settings`]) and the steps a client takes around an operation's own request (following a
//! next-page link, polling a long-running operation).

use std::sync::Arc;
use std::time::Duration;

use reqwest::header::HeaderName;
use serde::de::DeserializeOwned;

use super::pipeline::{DEFAULT_TIMEOUT, HttpTransport, trace_poll};
use super::{
    Auth, Call, Credential, Pipeline, ReadError, Received, operation_failed, operation_status,
    parse_endpoint, poll_wait, retry_after, user_agent,
};
use crate::error::Error;
use crate::options::RetryOptions;
use crate::policy::{Policy, Transport};
use crate::redact::shown_endpoint;

/// The longest time a connection may take to open, unless the builder says otherwise.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// The longest time one attempt may take, unless the builder says otherwise.
pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = Duration::from_secs(60);

/// The largest response body read, unless the builder says otherwise.
pub const DEFAULT_MAX_RESPONSE_BODY: usize = 16 * 1024 * 1024;

/// The longest time a long-running operation is polled for, unless the builder says otherwise.
pub const DEFAULT_POLL_TIMEOUT: Duration = Duration::from_secs(30 * 60);

/// The settings a generated `ClientBuilder` has whatever its spec; its setters write them and
/// its `build` calls [`Settings::build`].
#[derive(Clone)]
pub struct Settings {
    pub endpoint: String,
    pub http: Option<reqwest::Client>,
    pub retry: RetryOptions,
    pub timeout: Option<Duration>,
    pub attempt_timeout: Option<Duration>,
    pub connect_timeout: Duration,
    pub user_agent_prefix: Option<String>,
    pub allow_http: bool,
    pub max_response_body: usize,
    pub credential: Option<Credential>,
    /// Whether next-page and long-running links to another origin are followed (never with
    /// the client's credentials); refused when `false`.
    pub follow_foreign_links: bool,
    /// The time limit of polling a long-running operation; `None` for none.
    pub poll_timeout: Option<Duration>,
    /// What sends requests; a reqwest client (`http`, or one of [`crate::http_client_builder`])
    /// when `None`.
    pub transport: Option<Arc<dyn Transport>>,
    /// The user's policies run once per call, in order.
    pub per_call: Vec<Arc<dyn Policy>>,
    /// The user's policies run for each attempt, in order.
    pub per_try: Vec<Arc<dyn Policy>>,
}

impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field("endpoint", &shown_endpoint(&self.endpoint))
            .field("retry", &self.retry)
            .field("timeout", &self.timeout)
            .field("attempt_timeout", &self.attempt_timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("user_agent_prefix", &self.user_agent_prefix)
            .field("allow_http", &self.allow_http)
            .field("max_response_body", &self.max_response_body)
            .field("credential", &self.credential)
            .field("follow_foreign_links", &self.follow_foreign_links)
            .field("poll_timeout", &self.poll_timeout)
            .field("transport", &self.transport.is_some())
            .field("per_call", &self.per_call)
            .field("per_try", &self.per_try)
            .finish()
    }
}

/// What a client is: its crate (for the `User-Agent`), its request-id header and the scopes it
/// asks token providers for.
#[derive(Debug, Clone, Copy)]
pub struct ClientIdentity {
    /// The generated crate's `CARGO_PKG_NAME`.
    pub crate_name: &'static str,
    /// The generated crate's `CARGO_PKG_VERSION`.
    pub version: &'static str,
    /// A header carrying a new id per call, such as `x-ms-client-request-id`.
    pub request_id_header: Option<&'static str>,
    pub scopes: &'static [&'static str],
}

impl Settings {
    /// The defaults for a client of `endpoint`.
    pub fn new(endpoint: String) -> Self {
        Settings {
            endpoint,
            http: None,
            retry: RetryOptions::default(),
            timeout: Some(DEFAULT_TIMEOUT),
            attempt_timeout: Some(DEFAULT_ATTEMPT_TIMEOUT),
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            user_agent_prefix: None,
            allow_http: false,
            max_response_body: DEFAULT_MAX_RESPONSE_BODY,
            credential: None,
            follow_foreign_links: false,
            poll_timeout: Some(DEFAULT_POLL_TIMEOUT),
            transport: None,
            per_call: Vec::new(),
            per_try: Vec::new(),
        }
    }

    /// Checks the settings and makes the client's endpoint and pipeline.
    pub fn build(self, client: ClientIdentity) -> Result<(reqwest::Url, Arc<Pipeline>), Error> {
        let endpoint = parse_endpoint(&self.endpoint, self.allow_http)?;
        let transport: Arc<dyn Transport> = match (self.transport, self.http) {
            (Some(transport), _) => transport,
            (None, Some(client)) => Arc::new(HttpTransport {
                client,
                max_response_body: self.max_response_body,
            }),
            (None, None) => Arc::new(HttpTransport {
                client: crate::http_client_builder()?
                    .connect_timeout(self.connect_timeout)
                    .build()
                    .map_err(Error::Transport)?,
                max_response_body: self.max_response_body,
            }),
        };
        let pipeline = Pipeline {
            origin: endpoint.origin(),
            follow_foreign_links: self.follow_foreign_links,
            poll_timeout: self.poll_timeout,
            transport,
            per_call: self.per_call,
            per_try: self.per_try,
            retry: self.retry,
            attempt_timeout: self.attempt_timeout,
            timeout: self.timeout,
            user_agent: user_agent(
                client.crate_name,
                client.version,
                self.user_agent_prefix.as_deref(),
            )?,
            request_id_header: client
                .request_id_header
                .map(|name| {
                    HeaderName::from_bytes(name.as_bytes()).map_err(|_| {
                        Error::InvalidRequest(format!("`{name}` cannot be the name of a header"))
                    })
                })
                .transpose()?,
            auth: Auth::new(self.credential, client.scopes),
        };
        Ok((endpoint, Arc::new(pipeline)))
    }
}

impl Pipeline {
    /// Whether a link the service gave (a next page, a long-running operation's monitor or
    /// result) may be followed, and with the client's credentials: yes to the endpoint's origin;
    /// to another origin only when `follow_foreign_links` is set, and then without them; never
    /// from https down to http, nor to a scheme that is not http.
    fn follow<E>(&self, url: &reqwest::Url, what: &str) -> Result<bool, Error<E>> {
        let origin = url.origin();
        if origin == self.origin {
            return Ok(true);
        }
        let shown = crate::redact::redacted_url(url);
        let downgrade = matches!(&self.origin, url::Origin::Tuple(scheme, ..) if scheme == "https")
            && url.scheme() != "https";
        if downgrade || !matches!(url.scheme(), "http" | "https") {
            return Err(Error::InvalidRequest(format!(
                "the {what} link `{shown}` would leave https for another scheme; it is not followed"
            )));
        }
        if !self.follow_foreign_links {
            return Err(Error::InvalidRequest(format!(
                "the {what} link `{shown}` points to {}, not to the endpoint's origin {}; it is not followed (the builder's `follow_foreign_links(true)` follows such links, without credentials)",
                origin.ascii_serialization(),
                self.origin.ascii_serialization()
            )));
        }
        Ok(false)
    }

    /// A GET of a link the service gave, with the client's credentials only on its origin
    /// (`authenticate` adds the client's own: API keys, basic).
    fn link_call<E>(
        &self,
        url: reqwest::Url,
        what: &'static str,
        authenticate: &impl Fn(&mut Call),
    ) -> Result<Call, Error<E>> {
        let credentials = self.follow(&url, what)?;
        let mut call = Call::new(reqwest::Method::GET, url);
        call.operation(what);
        if credentials {
            authenticate(&mut call);
        }
        Ok(call)
    }

    /// The page a next-page link names: an absolute URL, or a path on `endpoint`.
    /// `authenticate` adds the client's own credentials (API keys, basic) to the request;
    /// `client_query` holds the client's query parameters (`api-version`), added to a link on
    /// the endpoint's origin that lacks them, as the official Azure SDKs do.
    pub async fn next_page<T: DeserializeOwned, E>(
        &self,
        endpoint: &reqwest::Url,
        link: &str,
        client_query: &[(&str, &str)],
        authenticate: impl Fn(&mut Call),
        read_error: ReadError<E>,
    ) -> Result<T, Error<E>> {
        let mut url = endpoint
            .join(link)
            .map_err(|e| Error::InvalidRequest(format!("the next-page link is not a URL: {e}")))?;
        if url.origin() == self.origin {
            let missing: Vec<(&str, &str)> = client_query
                .iter()
                .filter(|(name, _)| !url.query_pairs().any(|(n, _)| n == *name))
                .copied()
                .collect();
            if !missing.is_empty() {
                url.query_pairs_mut().extend_pairs(missing);
            }
        }
        let call = self.link_call(url, "next-page", &authenticate)?;
        let response = self.send(call).await?;
        match response.status.as_u16() {
            200..=299 => response.json(),
            _ => Err(response.into_error_with(read_error)),
        }
    }

    /// Polls the long-running operation that `first` started until it ends, and returns the
    /// response that holds its result (`final_state_via` says where that is: `original-uri`,
    /// `location`, or the last monitor answer). Polling stops with [`Error::Timeout`] after
    /// the pipeline's `poll_timeout`, or at once when the service asks to wait past it.
    pub async fn wait_for_operation<E>(
        &self,
        endpoint: &reqwest::Url,
        first: Received,
        original: reqwest::Url,
        final_state_via: &str,
        authenticate: impl Fn(&mut Call),
        read_error: ReadError<E>,
    ) -> Result<Received, Error<E>> {
        let deadline = self
            .poll_timeout
            .and_then(|limit| tokio::time::Instant::now().checked_add(limit));
        let polling = self.polling(
            Operation {
                endpoint,
                original,
                final_state_via,
                deadline,
            },
            first,
            &authenticate,
            read_error,
        );
        match deadline {
            Some(deadline) => tokio::time::timeout_at(deadline, polling)
                .await
                .unwrap_or(Err(Error::Timeout)),
            None => polling.await,
        }
    }

    async fn polling<E>(
        &self,
        operation: Operation<'_>,
        first: Received,
        authenticate: &impl Fn(&mut Call),
        read_error: ReadError<E>,
    ) -> Result<Received, Error<E>> {
        let link = |name: &str| {
            first
                .headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| operation.endpoint.join(v).ok())
        };
        let location = link("location");
        let monitor = link("operation-location").or_else(|| link("azure-asyncoperation"));
        let poll = |url: reqwest::Url| self.poll(url, authenticate, read_error);
        let wait = |delay| poll_wait(delay, operation.deadline);
        let mut delay = retry_after(&first.headers);
        let last = if let Some(url) = &monitor {
            // A status monitor: `status` says when the operation has ended.
            loop {
                wait(delay).await?;
                let received = poll(url.clone()).await?;
                match operation_status(&received.body) {
                    Some(true) => break received,
                    Some(false) => return Err(operation_failed(received)),
                    None => delay = retry_after(&received.headers),
                }
                trace_poll(
                    received.status.as_u16(),
                    delay.unwrap_or(super::POLL_INTERVAL),
                );
            }
        } else if let Some(url) = &location {
            // `Location` alone: 202 while the operation runs, then its result.
            loop {
                wait(delay).await?;
                let received = poll(url.clone()).await?;
                if received.status != reqwest::StatusCode::ACCEPTED {
                    return Ok(received);
                }
                delay = retry_after(&received.headers);
                trace_poll(
                    received.status.as_u16(),
                    delay.unwrap_or(super::POLL_INTERVAL),
                );
            }
        } else {
            // Nothing to poll: the first answer is the result.
            return Ok(first);
        };
        match (operation.final_state_via, location) {
            ("original-uri", _) => poll(operation.original).await,
            ("location", Some(url)) => poll(url).await,
            _ => Ok(last),
        }
    }

    /// One GET of a long-running operation's monitor or result.
    async fn poll<E>(
        &self,
        url: reqwest::Url,
        authenticate: &impl Fn(&mut Call),
        read_error: ReadError<E>,
    ) -> Result<Received, Error<E>> {
        let call = self.link_call(url, "long-running operation", authenticate)?;
        let received = self.send(call).await?;
        if received.status.is_success() {
            Ok(received)
        } else {
            Err(received.into_error_with(read_error))
        }
    }
}

/// What a long-running operation's polling needs besides its first answer.
struct Operation<'a> {
    endpoint: &'a reqwest::Url,
    original: reqwest::Url,
    final_state_via: &'a str,
    deadline: Option<tokio::time::Instant>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::credentials::StaticToken;

    const CLIENT: ClientIdentity = ClientIdentity {
        crate_name: "my_api",
        version: "1.2.3",
        request_id_header: Some("x-ms-client-request-id"),
        scopes: &["https://example.com/.default"],
    };

    #[test]
    fn settings_start_at_the_documented_defaults() {
        let settings = Settings::new("https://example.com".into());
        assert_eq!(settings.retry, RetryOptions::default());
        assert_eq!(settings.attempt_timeout, Some(DEFAULT_ATTEMPT_TIMEOUT));
        assert_eq!(settings.connect_timeout, DEFAULT_CONNECT_TIMEOUT);
        assert_eq!(settings.max_response_body, DEFAULT_MAX_RESPONSE_BODY);
        assert_eq!(settings.timeout, Some(DEFAULT_TIMEOUT));
        assert!(!settings.allow_http && settings.credential.is_none());
    }

    #[test]
    fn build_checks_the_endpoint_and_names_the_client_crate() {
        let refused = Settings::new("http://example.com".into()).build(CLIENT);
        assert!(
            matches!(refused, Err(Error::InvalidRequest(ref m)) if m.contains("http")),
            "{refused:?}"
        );
        let mut settings = Settings::new("http://example.com/base/".into());
        settings.allow_http = true;
        settings.user_agent_prefix = Some("app/7".into());
        let (endpoint, pipeline) = settings.build(CLIENT).unwrap();
        assert_eq!(endpoint.as_str(), "http://example.com/base/");
        let agent = pipeline.user_agent.to_str().unwrap();
        assert!(agent.starts_with("app/7 my_api/1.2.3 (rust; "), "{agent}");
        assert_eq!(
            pipeline.request_id_header.as_ref().map(|h| h.as_str()),
            Some("x-ms-client-request-id")
        );
    }

    #[test]
    fn debug_output_keeps_the_credential_out() {
        let mut settings = Settings::new("https://example.com".into());
        settings.credential = Some(Credential::Token(Arc::new(StaticToken(
            "token-secret".into(),
        ))));
        let shown = format!("{settings:?}");
        assert!(!shown.contains("token-secret"), "{shown}");
        assert!(shown.contains("example.com"), "{shown}");
    }
}
