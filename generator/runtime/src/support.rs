//! What generated clients call: building the request, authenticating each attempt, retrying,
//! time limits, reading bounded responses, encoding parameters and reading and writing model
//! types. Not meant to be called by hand: these items change with the generator (the public
//! ones a generated crate re-exports are listed in `public-api.txt`).

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use serde::Serialize;
use serde::de::DeserializeOwned;

mod client;
mod encoding;
mod pipeline;
mod serde_helpers;
#[cfg(test)]
use pipeline::retryable_status;
mod setters;

use crate::redact::shown_endpoint;
pub use crate::redact::{REDACTED, SHOWN_QUERY_PARAMETERS, redact_error, redacted, redacted_url};
pub use client::{
    ClientIdentity, DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_BODY,
    DEFAULT_POLL_TIMEOUT, Settings,
};
pub use encoding::{
    Style, append_query, cookie_value, encode_path_segment, param_text, query_pairs, url,
};
pub use pipeline::{DEFAULT_TIMEOUT, HttpTransport, Pipeline};
pub use serde_helpers::{
    Key, MapWriter, alternative, missing, read, read_or_null, read_other, skip,
};

use crate::error::{Error, ServiceError};
use crate::http::Multipart;

/// The `reqwest` crate, for code that [`client_builder_settings`](crate::client_builder_settings)
/// writes into generated crates.
pub use reqwest;

/// The error of a step that never reads the service's error bodies (building the request,
/// sending it through the pipeline): `?` turns it into the operation's `Error<E>`. These steps
/// are not generic over `E`, so each `?` of a generated method converts from one known type
/// instead of making the compiler infer a phantom one (about 2 % off `cargo check` of generated
/// crates; see BENCHMARKS.md). Generated code names its error type where a `?` meets a value of
/// unknown error type (`Ok::<_, Error<_>>`), since `Error<E>` now converts from two types.
#[derive(Debug)]
pub struct Failure(pub Error);

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Failure {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.0.source()
    }
}

impl<E> From<Failure> for Error<E> {
    fn from(failure: Failure) -> Self {
        pipeline::widen(failure.0)
    }
}

/// A request that cannot be built.
fn invalid(message: String) -> Failure {
    Failure(Error::InvalidRequest(message))
}

/// How requests are authenticated, besides API-key headers: made from the credential set on the
/// builder by [`Auth::new`].
#[derive(Debug, Clone)]
pub struct Auth(AuthKind);

#[derive(Debug, Clone)]
enum AuthKind {
    None,
    /// `Authorization: Bearer …` from a token cache.
    Bearer(Arc<crate::credentials::TokenCache>),
    /// HMAC-SHA256 signing with an access key.
    #[cfg(feature = "access-key")]
    AccessKey(crate::access_key::AccessKeyCredential),
}

impl Auth {
    /// The authentication of a credential set on the builder; tokens are asked for `scopes`.
    pub fn new(credential: Option<Credential>, scopes: &[&str]) -> Self {
        Auth(match credential {
            None => AuthKind::None,
            Some(Credential::Token(provider)) => {
                AuthKind::Bearer(Arc::new(crate::credentials::TokenCache::new(
                    provider,
                    scopes.iter().map(|s| s.to_string()).collect(),
                )))
            }
            #[cfg(feature = "access-key")]
            Some(Credential::AccessKey(key)) => AuthKind::AccessKey(key),
        })
    }
}

/// A credential set on the builder.
#[derive(Clone)]
pub enum Credential {
    Token(Arc<dyn crate::credentials::TokenProvider>),
    #[cfg(feature = "access-key")]
    AccessKey(crate::access_key::AccessKeyCredential),
}

impl std::fmt::Debug for Credential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Credential::Token(provider) => f.debug_tuple("Token").field(provider).finish(),
            #[cfg(feature = "access-key")]
            Credential::AccessKey(_) => f.write_str("AccessKey(<redacted>)"),
        }
    }
}

/// The value of a response header, parsed: repeated headers are joined with `, ` (HTTP's rule
/// for lists); `None` when the header is absent, not text, or does not parse.
pub fn header_value<T: std::str::FromStr>(headers: &HeaderMap, name: &str) -> Option<T> {
    let mut values = headers.get_all(name).iter();
    let first = values.next()?.to_str().ok()?;
    let mut joined = std::borrow::Cow::Borrowed(first);
    for value in values {
        let text = joined.to_mut();
        text.push_str(", ");
        text.push_str(value.to_str().ok()?);
    }
    joined.parse().ok()
}

/// The `User-Agent`: the user's prefix, then the client crate's name and version (`crate_name`
/// and `version`, the generated crate's `CARGO_PKG_NAME` and `CARGO_PKG_VERSION`), and the OS.
pub fn user_agent(
    crate_name: &str,
    version: &str,
    prefix: Option<&str>,
) -> Result<HeaderValue, Error> {
    let own = format!("{crate_name}/{version} (rust; {})", std::env::consts::OS);
    let text = match prefix.map(str::trim).filter(|p| !p.is_empty()) {
        Some(p) => format!("{p} {own}"),
        None => own,
    };
    HeaderValue::from_str(&text).map_err(|_| {
        Error::InvalidRequest("the user agent prefix holds characters a header cannot carry".into())
    })
}

/// One call to make: the request, the same for every attempt.
pub struct Call {
    operation: &'static str,
    method: reqwest::Method,
    url: reqwest::Url,
    headers: HeaderMap,
    body: Option<Vec<u8>>,
    timeout: Option<Duration>,
}

/// A received response, its body read.
#[derive(Debug)]
pub struct Received {
    pub status: reqwest::StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
    pub request_id: Option<String>,
}

/// Checks and parses the endpoint given to the builder: an absolute `https` URL, or `http` to a
/// loopback host (tests, local emulators) or when `allow_http` is set.
pub fn parse_endpoint(endpoint: &str, allow_http: bool) -> Result<reqwest::Url, Error> {
    let shown = shown_endpoint(endpoint);
    let url = reqwest::Url::parse(endpoint.trim())
        .map_err(|e| Error::InvalidRequest(format!("the endpoint {shown} is not a URL: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return Err(Error::InvalidRequest(format!(
            "the endpoint {shown} is not an http or https URL"
        )));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Error::InvalidRequest(format!(
            "the endpoint {shown} must have no query or fragment"
        )));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::InvalidRequest(format!(
            "the endpoint {shown} must not carry a user name or password: give credentials to the builder"
        )));
    }
    if url.scheme() == "http" && !allow_http && !is_loopback(&url) {
        return Err(Error::InvalidRequest(format!(
            "the endpoint {shown} is plain http to a host that is not loopback; use https, or opt in with `allow_http(true)`"
        )));
    }
    Ok(url)
}

fn is_loopback(url: &reqwest::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// A header value that `Debug` output and HTTP/2 header compression leave out.
pub fn sensitive_header(value: &str) -> Result<HeaderValue, Failure> {
    let mut header = HeaderValue::from_str(value)
        .map_err(|_| invalid("a credential holds characters a header cannot carry".into()))?;
    header.set_sensitive(true);
    Ok(header)
}

/// A media type from the spec as a header value (the generator checks them; this refuses
/// rather than panics should one get through).
fn media_type_value(media_type: &str) -> Result<HeaderValue, Failure> {
    HeaderValue::from_str(media_type).map_err(|_| {
        invalid(format!(
            "the media type {media_type:?} cannot be a header value"
        ))
    })
}

impl Call {
    pub fn new(method: reqwest::Method, url: reqwest::Url) -> Self {
        Call {
            operation: "call",
            method,
            url,
            headers: HeaderMap::new(),
            body: None,
            timeout: None,
        }
    }

    /// Names the call after its operation (the spec's operation id), for policies and traces.
    pub fn operation(&mut self, operation: &'static str) {
        self.operation = operation;
    }

    /// Sets a header from a parameter, refusing values a header cannot carry.
    pub fn header(&mut self, name: &'static str, value: &str) -> Result<(), Failure> {
        let value = HeaderValue::from_str(value).map_err(|_| {
            invalid(format!(
                "the header parameter `{name}` holds characters a header cannot carry"
            ))
        })?;
        let name = HeaderName::from_bytes(name.as_bytes())
            .map_err(|_| invalid(format!("`{name}` cannot be the name of a header")))?;
        self.headers.append(name, value);
        Ok(())
    }

    /// Adds an API key sent as a query parameter.
    pub fn query_key(&mut self, name: &str, value: &HeaderValue) {
        self.url
            .query_pairs_mut()
            .append_pair(name, &String::from_utf8_lossy(value.as_bytes()));
    }

    /// Adds an API key sent as a cookie, next to any cookie parameters.
    pub fn add_cookie(&mut self, name: &str, value: &HeaderValue) {
        let pair = format!("{name}={}", String::from_utf8_lossy(value.as_bytes()));
        let cookies = match self.headers.get(reqwest::header::COOKIE) {
            Some(existing) => format!("{}; {pair}", String::from_utf8_lossy(existing.as_bytes())),
            None => pair,
        };
        if let Ok(mut value) = HeaderValue::from_str(&cookies) {
            value.set_sensitive(true);
            self.headers.insert(reqwest::header::COOKIE, value);
        }
    }

    /// Sets the `Accept` header of an operation whose success body is not JSON.
    pub fn accept(&mut self, media_types: &'static str) -> Result<(), Failure> {
        self.headers
            .insert(reqwest::header::ACCEPT, media_type_value(media_types)?);
        Ok(())
    }

    /// Sets a header the client itself sends (a credential or a client parameter).
    pub fn header_value(&mut self, name: HeaderName, value: HeaderValue) {
        self.headers.insert(name, value);
    }

    /// Serializes `body` as the JSON body.
    pub fn json_body<T: Serialize + ?Sized>(
        &mut self,
        media_type: &'static str,
        body: &T,
    ) -> Result<(), Failure> {
        let bytes = serde_json::to_vec(body)
            .map_err(|e| invalid(format!("the request body cannot be serialized: {e}")))?;
        self.bytes_body(media_type, bytes)
    }

    /// Sets the body as `application/x-www-form-urlencoded`: each property of `body` a pair, in
    /// the order of their names (arrays repeat the name, objects give their own properties),
    /// absent ones left out.
    pub fn form_body<T: Serialize + ?Sized>(
        &mut self,
        media_type: &'static str,
        body: &T,
    ) -> Result<(), Failure> {
        let value = serde_json::to_value(body)
            .map_err(|e| invalid(format!("the request body cannot be serialized: {e}")))?;
        let serde_json::Value::Object(properties) = value else {
            return Err(invalid("a form body must be an object".to_owned()));
        };
        // Sorted by name, whatever order serde_json keeps (see `parts`).
        let mut properties: Vec<_> = properties.into_iter().collect();
        properties.sort_by(|a, b| a.0.cmp(&b.0));
        let mut form = url::form_urlencoded::Serializer::new(String::new());
        for (name, value) in &properties {
            form.extend_pairs(query_pairs(name, value, Style::Form, true)?);
        }
        self.bytes_body(media_type, form.finish().into_bytes())
    }

    /// Sets the body as given.
    pub fn bytes_body(&mut self, media_type: &'static str, bytes: Vec<u8>) -> Result<(), Failure> {
        self.headers
            .insert(reqwest::header::CONTENT_TYPE, media_type_value(media_type)?);
        self.body = Some(bytes);
        Ok(())
    }

    /// Sets a `multipart/form-data` body.
    pub fn multipart_body(&mut self, form: Multipart) {
        let (content_type, body) = form.finish();
        if let Ok(value) = HeaderValue::from_str(&content_type) {
            self.headers.insert(reqwest::header::CONTENT_TYPE, value);
        }
        self.body = Some(body);
    }

    /// Applies the per-call options: extra headers (replacing the ones of the same name) and a
    /// time limit replacing the client's.
    pub fn options(&mut self, headers: HeaderMap, timeout: Option<Duration>) {
        let mut last = None;
        for (name, value) in headers {
            let name = match name {
                Some(n) => {
                    self.headers.remove(&n);
                    last = Some(n.clone());
                    n
                }
                None => match &last {
                    Some(n) => n.clone(),
                    None => continue,
                },
            };
            self.headers.append(name, value);
        }
        self.timeout = timeout.or(self.timeout);
    }
}

/// The longest delay a `Retry-After` (or `retry-after-ms`) is read as: anything longer is taken
/// as this, so that no value a server sends can overflow the arithmetic on it. The retry budget
/// ([`RetryOptions::max_total`](crate::options::RetryOptions::max_total)) and a long-running operation's time limit bound it further.
pub const MAX_SERVER_DELAY: Duration = Duration::from_secs(24 * 60 * 60);

/// The delay the service asks for: `retry-after-ms`, `x-ms-retry-after-ms`, or `Retry-After` in
/// seconds or as an HTTP date; at most [`MAX_SERVER_DELAY`], whatever the header says.
pub fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let text = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
    };
    for name in ["retry-after-ms", "x-ms-retry-after-ms"] {
        if let Some(ms) = text(name)
            .and_then(|v| v.parse::<f64>().ok())
            .filter(|ms| !ms.is_nan() && *ms >= 0.0)
        {
            // `try_from_secs_f64` refuses what a `Duration` cannot hold (infinity, 1e300).
            let delay = Duration::try_from_secs_f64(ms / 1000.0).unwrap_or(MAX_SERVER_DELAY);
            return Some(delay.min(MAX_SERVER_DELAY));
        }
    }
    let value = text("retry-after")?;
    if value.bytes().all(|b| b.is_ascii_digit()) && !value.is_empty() {
        // Any run of digits: those too long for a u64 are simply very long.
        let seconds = value.parse::<u64>().unwrap_or(u64::MAX);
        return Some(Duration::from_secs(seconds).min(MAX_SERVER_DELAY));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(
        date.duration_since(SystemTime::now())
            .unwrap_or_default()
            .min(MAX_SERVER_DELAY),
    )
}

/// Reads an error body given the answer's status; `None` when it is not the documented one.
pub type ReadError<E> = fn(u16, &[u8]) -> Option<E>;

/// Reads an error body as JSON of type `E`, whatever the status.
pub fn json_error<E: DeserializeOwned>(_status: u16, body: &[u8]) -> Option<E> {
    serde_json::from_slice(body).ok()
}

/// What a [`crate::Response`] carries besides its body, taken from a [`Received`] before its
/// body is read.
#[derive(Debug)]
pub struct Details {
    status: reqwest::StatusCode,
    headers: HeaderMap,
    request_id: Option<String>,
}

impl Details {
    /// The response of `body` with these details.
    pub fn with<T>(self, body: T) -> crate::Response<T> {
        crate::Response::new(body, self.status, self.headers, self.request_id)
    }
}

impl Received {
    /// The status, headers and request id, for the [`crate::Response`] of the body.
    pub fn details(&self) -> Details {
        Details {
            status: self.status,
            headers: self.headers.clone(),
            request_id: self.request_id.clone(),
        }
    }

    /// The body parsed as a success type.
    pub fn json<T: DeserializeOwned, E>(self) -> Result<T, Error<E>> {
        serde_json::from_slice(&self.body).map_err(|source| Error::Decode {
            status: self.status,
            body: self.body,
            source,
        })
    }

    /// The body as text; bytes that are not UTF-8 are replaced by U+FFFD.
    pub fn text<E>(self) -> Result<String, Error<E>> {
        Ok(match String::from_utf8(self.body) {
            Ok(text) => text,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        })
    }

    /// The body as received.
    pub fn bytes<E>(self) -> Result<Vec<u8>, Error<E>> {
        Ok(self.body)
    }

    /// This response as an error, with the body parsed as the documented error type when it is one.
    pub fn into_error<E: DeserializeOwned>(self) -> Error<E> {
        self.into_error_with(json_error)
    }

    /// This response as an error, with the body read by `read` (given the status).
    pub fn into_error_with<E>(self, read: ReadError<E>) -> Error<E> {
        let error = read(self.status.as_u16(), &self.body);
        Error::Service(Box::new(ServiceError::new(
            self.status,
            self.headers,
            self.body,
            error,
            self.request_id,
        )))
    }
}

/// How long to wait between two polls of a long-running operation when the service does not
/// say (`Retry-After`).
pub const POLL_INTERVAL: Duration = Duration::from_secs(1);

/// Waits before the next poll of a long-running operation: `delay` (from `Retry-After`), or
/// [`POLL_INTERVAL`] when the service did not say; fails with [`Error::Timeout`] at once when
/// the wait would end past `deadline` (a `Retry-After` of years is not slept through).
pub async fn poll_wait<E>(
    delay: Option<Duration>,
    deadline: Option<tokio::time::Instant>,
) -> Result<(), Error<E>> {
    let delay = delay.unwrap_or(POLL_INTERVAL);
    let now = tokio::time::Instant::now();
    let end = now.checked_add(delay);
    match (end, deadline) {
        (Some(end), Some(deadline)) if end <= deadline => {}
        (Some(_), None) => {}
        _ => return Err(Error::Timeout),
    }
    tokio::time::sleep(delay).await;
    Ok(())
}

/// A new random UUID, as text (a `Repeatability-Request-ID`).
pub fn new_uuid() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// The time now as an HTTP date (a `Repeatability-First-Sent`).
pub fn http_date_now() -> String {
    httpdate::fmt_http_date(SystemTime::now())
}

/// The `Authorization` value of HTTP basic authentication, marked sensitive.
pub fn basic_authorization(user: &str, password: &str) -> Result<HeaderValue, Failure> {
    use base64::Engine;
    let token = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
    sensitive_header(&format!("Basic {token}"))
}

/// What a long-running operation's status monitor reports in `status`: `Some(true)` when it
/// succeeded, `Some(false)` when it failed or was canceled, `None` while it runs.
pub fn operation_status(body: &[u8]) -> Option<bool> {
    let value: serde_json::Value = serde_json::from_slice(body).ok()?;
    let status = value.get("status")?.as_str()?.to_ascii_lowercase();
    match status.as_str() {
        "succeeded" => Some(true),
        "failed" | "canceled" | "cancelled" => Some(false),
        _ => None,
    }
}

/// The error of a monitor that reported failure.
pub fn operation_failed<E>(received: Received) -> Error<E> {
    let body: serde_json::Value = serde_json::from_slice(&received.body).unwrap_or_default();
    let status = body
        .get("status")
        .and_then(serde_json::Value::as_str)
        .unwrap_or_default()
        .to_string();
    Error::OperationFailed { status, body }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::RetryOptions;

    #[test]
    fn missing_names_the_first_absent_required_property() {
        let error: serde_json::Error = missing(&[true, false, false], &["a", "b", "c"]);
        assert_eq!(error.to_string(), "missing field `b`");
        let error: serde_json::Error = missing(&[false], &["only"]);
        assert_eq!(error.to_string(), "missing field `only`");
    }

    #[test]
    fn an_alternative_is_taken_only_when_the_value_fits() {
        let value = serde_json::json!({"n": 1});
        assert_eq!(
            alternative::<std::collections::BTreeMap<String, i64>>(&value),
            Some([("n".to_owned(), 1)].into())
        );
        assert_eq!(alternative::<String>(&value), None);
        assert_eq!(
            alternative::<Vec<i64>>(&serde_json::json!([1, 2])),
            Some(vec![1, 2])
        );
    }

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        pairs
            .iter()
            .map(|(k, v)| {
                (
                    HeaderName::from_static(k),
                    HeaderValue::from_str(v).unwrap(),
                )
            })
            .collect()
    }

    #[test]
    fn retry_after_reads_milliseconds_seconds_and_dates() {
        assert_eq!(
            retry_after(&headers(&[("retry-after-ms", "1500")])),
            Some(Duration::from_millis(1500))
        );
        assert_eq!(
            retry_after(&headers(&[("x-ms-retry-after-ms", "20")])),
            Some(Duration::from_millis(20))
        );
        assert_eq!(
            retry_after(&headers(&[("retry-after", "7")])),
            Some(Duration::from_secs(7))
        );
        let in_a_minute = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(60));
        let delay = retry_after(&headers(&[("retry-after", &in_a_minute)])).unwrap();
        assert!(
            delay > Duration::from_secs(55) && delay <= Duration::from_secs(60),
            "{delay:?}"
        );
        let past = httpdate::fmt_http_date(SystemTime::now() - Duration::from_secs(60));
        assert_eq!(
            retry_after(&headers(&[("retry-after", &past)])),
            Some(Duration::ZERO)
        );
        assert_eq!(retry_after(&headers(&[("retry-after", "soon")])), None);
        assert_eq!(
            retry_after(&headers(&[("retry-after-ms", "-5"), ("retry-after", "2")])),
            Some(Duration::from_secs(2))
        );
        assert_eq!(retry_after(&HeaderMap::new()), None);
    }

    #[test]
    fn posts_are_retried_on_fewer_statuses_than_idempotent_methods() {
        for status in [429, 500, 503, 504] {
            assert!(
                retryable_status(status, false) && retryable_status(status, true),
                "{status}"
            );
        }
        for status in [408, 502] {
            assert!(
                !retryable_status(status, false) && retryable_status(status, true),
                "{status}"
            );
        }
        for status in [200, 400, 401, 404, 409, 501] {
            assert!(!retryable_status(status, true), "{status}");
        }
    }

    #[test]
    fn backoff_doubles_with_jitter_and_stays_under_the_maximum() {
        let options = RetryOptions::default();
        for retry in 0..4 {
            let expected = Duration::from_millis(200 * 2u64.pow(retry));
            let delay = options.backoff(retry);
            assert!(
                delay >= expected.mul_f64(0.8) && delay <= expected.mul_f64(1.2),
                "{retry}: {delay:?}"
            );
        }
        assert_eq!(
            options.backoff(30),
            options.max_delay.min(options.backoff(30))
        );
        assert!(options.backoff(100) <= options.max_delay);
    }

    /// The examples of OpenAPI 3.0's table of styles: `color` is `blue,black,brown` or
    /// `{"R":100,"G":200,"B":150}`.
    #[test]
    fn structured_parameters_follow_openapi_styles() {
        let list = ["blue", "black", "brown"];
        let object = serde_json::json!({"R": 100, "G": 200, "B": 150});
        let query = |value: &dyn erased::Value, style, explode| {
            query_pairs("color", &value.json(), style, explode)
                .unwrap()
                .into_iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join("&")
        };
        assert_eq!(
            query(&list, Style::Form, true),
            "color=blue&color=black&color=brown"
        );
        assert_eq!(query(&list, Style::Form, false), "color=blue,black,brown");
        assert_eq!(
            query(&list, Style::SpaceDelimited, false),
            "color=blue black brown"
        );
        assert_eq!(
            query(&list, Style::PipeDelimited, false),
            "color=blue|black|brown"
        );
        assert_eq!(query(&object, Style::Form, true), "B=150&G=200&R=100");
        assert_eq!(
            query(&object, Style::Form, false),
            "color=B,150,G,200,R,100"
        );
        assert_eq!(
            query(&object, Style::DeepObject, true),
            "color[B]=150&color[G]=200&color[R]=100"
        );
        let text = |value: &dyn erased::Value, style, explode| {
            param_text("color", &value.json(), style, explode, true).unwrap()
        };
        assert_eq!(text(&list, Style::Simple, false), "blue,black,brown");
        assert_eq!(text(&object, Style::Simple, false), "B,150,G,200,R,100");
        assert_eq!(text(&object, Style::Simple, true), "B=150,G=200,R=100");
        assert_eq!(text(&list, Style::Label, false), ".blue,black,brown");
        assert_eq!(text(&list, Style::Label, true), ".blue.black.brown");
        assert_eq!(text(&object, Style::Label, true), ".B=150.G=200.R=100");
        assert_eq!(text(&list, Style::Matrix, false), ";color=blue,black,brown");
        assert_eq!(
            text(&list, Style::Matrix, true),
            ";color=blue;color=black;color=brown"
        );
        assert_eq!(text(&object, Style::Matrix, true), ";B=150;G=200;R=100");
        assert_eq!(
            text(&object, Style::Matrix, false),
            ";color=B,150,G,200,R,100"
        );
        assert_eq!(text(&"x/y", Style::Label, false), ".x%2Fy");
        assert!(param_text("p", &serde_json::Value::Null, Style::Simple, false, true).is_err());
        assert!(
            query_pairs("p", &serde_json::Value::Null, Style::Form, true)
                .unwrap()
                .is_empty()
        );
    }

    /// Values of different types behind one reference, for the table above.
    mod erased {
        pub(crate) trait Value {
            fn json(&self) -> serde_json::Value;
        }
        impl<T: serde::Serialize> Value for T {
            fn json(&self) -> serde_json::Value {
                serde_json::to_value(self).unwrap()
            }
        }
    }

    #[test]
    fn cookie_values_cannot_add_cookies() {
        assert_eq!(
            cookie_value("dark; session=attacker"),
            "dark%3B%20session=attacker"
        );
        assert_eq!(cookie_value("a\r\nb\"c\\d%é"), "a%0D%0Ab%22c%5Cd%25%C3%A9");
        assert_eq!(cookie_value("x,5,y,6"), "x,5,y,6");
    }

    #[test]
    fn path_segments_cannot_change_the_route() {
        let encode = |v: &str| encode_path_segment("p", v);
        assert_eq!(
            encode("a/b?c#d%e f..é").unwrap(),
            "a%2Fb%3Fc%23d%25e%20f..%C3%A9"
        );
        for bad in ["", ".", ".."] {
            assert!(encode(bad).is_err(), "{bad:?}");
        }
    }
}
