//! The types a generated crate re-exports for its users: [`Response`], [`WithHeaders`],
//! [`Multipart`] and [`http_client_builder`] (with [`MAX_REDIRECTS`]).

use std::sync::Arc;

use serde::Serialize;

use crate::error::Error;

/// A successful answer: its body, which it dereferences to (so that `response.field` and
/// `response.method()` reach the body), and what support tickets and logs need of the response:
/// its status, headers and request ids. [`Response::into_body`] gives the body by value.
///
/// ```
/// # use openapi_client_runtime::Response;
/// # let response = Response::new(vec![1, 2], reqwest::StatusCode::OK, Default::default(), None);
/// assert_eq!(response.len(), 2); // the body's `len`
/// assert_eq!(response.status(), 200);
/// let body: Vec<u8> = response.into_body();
/// ```
#[derive(Debug, Clone)]
pub struct Response<T> {
    // Named apart from the methods and from `WithHeaders`' fields, so that `response.body` and
    // `response.headers` reach those of a `WithHeaders` body.
    value: T,
    status_code: reqwest::StatusCode,
    header_map: reqwest::header::HeaderMap,
    client_request_id: Option<String>,
}

impl<T> Response<T> {
    /// A response of `body` with its details (for tests and mocks).
    pub fn new(
        body: T,
        status: reqwest::StatusCode,
        headers: reqwest::header::HeaderMap,
        client_request_id: Option<String>,
    ) -> Self {
        Response {
            value: body,
            status_code: status,
            header_map: headers,
            client_request_id,
        }
    }

    /// The body by value.
    pub fn into_body(self) -> T {
        self.value
    }

    /// The HTTP status.
    pub fn status(&self) -> reqwest::StatusCode {
        self.status_code
    }

    /// All the response's headers.
    pub fn headers(&self) -> &reqwest::header::HeaderMap {
        &self.header_map
    }

    /// The id the service gave the request (`x-ms-request-id`, else `x-request-id`, else
    /// `request-id`), which its support asks for.
    pub fn request_id(&self) -> Option<&str> {
        ["x-ms-request-id", "x-request-id", "request-id"]
            .iter()
            .find_map(|name| self.header_map.get(*name)?.to_str().ok())
    }

    /// The id the client sent with the call (its `x-ms-client-request-id`), as the service
    /// echoed it, when the client sends one.
    pub fn client_request_id(&self) -> Option<&str> {
        self.client_request_id.as_deref()
    }

    /// The same response with its body changed by `f`.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Response<U> {
        Response {
            value: f(self.value),
            status_code: self.status_code,
            header_map: self.header_map,
            client_request_id: self.client_request_id,
        }
    }
}

impl<T> std::ops::Deref for Response<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.value
    }
}

/// A response equals what its body equals: `assert_eq!(client.get(…).await?, expected)`.
impl<T: PartialEq<U>, U> PartialEq<U> for Response<T> {
    fn eq(&self, other: &U) -> bool {
        self.value == *other
    }
}

/// A success body with the response headers its operation documents. It dereferences to the
/// body, so fields and methods of the body are reached as if it were the body itself.
#[derive(Debug, Clone, PartialEq)]
pub struct WithHeaders<T, H> {
    /// The answer's body.
    pub body: T,
    /// The documented headers, each `None` when absent or unreadable.
    pub headers: H,
}

impl<T, H> WithHeaders<T, H> {
    /// The body alone.
    pub fn into_body(self) -> T {
        self.body
    }
}

impl<T, H> std::ops::Deref for WithHeaders<T, H> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.body
    }
}

/// A reqwest builder set up as this crate's clients are: TLS by rustls on the *ring* crypto
/// provider, certificates checked by the platform's verifier (the operating system's trust
/// store), HTTP/2 or HTTP/1.1 chosen by ALPN. Add settings of your own (a proxy, say) and give
/// the built client to the generated `ClientBuilder::http_client`.
///
/// Redirects are followed only within the origin (scheme, host and port) of the request that
/// received them, at most [`MAX_REDIRECTS`] in a row; a redirect to another origin is not
/// followed, and its 3xx answer is the call's (credentials, API keys in headers or the query
/// included, never leave the endpoint's origin that way). No `Referer` is sent.
///
/// No process-wide crypto provider is installed, so the application keeps its own choice.
/// Fails only when the platform's verifier cannot start.
pub fn http_client_builder() -> Result<reqwest::ClientBuilder, Error> {
    use rustls_platform_verifier::BuilderVerifierExt;
    // rustls 0.23.48 deprecates *ring*'s provider because it has no post-quantum key exchange
    // (X25519MLKEM768), which only aws-lc-rs offers. The runtime stays on *ring* on purpose: it
    // builds with no C toolchain, and aws-lc-rs made a generated crate's cold build about 30 s
    // longer (BENCHMARKS.md). An application that wants post-quantum key exchange builds its own
    // reqwest client on aws-lc-rs and gives it to `ClientBuilder::http_client`.
    #[allow(deprecated)]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .and_then(|builder| builder.with_platform_verifier())
        .map_err(|e| Error::InvalidRequest(format!("TLS cannot be set up: {e}")))?
        .with_no_client_auth();
    tls.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .redirect(same_origin_redirects())
        .referer(false))
}

/// The most redirects followed in a row by the clients of [`http_client_builder`].
pub const MAX_REDIRECTS: usize = 10;

/// Follows a redirect only to the origin of the chain's first request.
fn same_origin_redirects() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let same_origin = attempt
            .previous()
            .first()
            .is_some_and(|first| first.origin() == attempt.url().origin());
        if !same_origin || attempt.previous().len() > MAX_REDIRECTS {
            attempt.stop()
        } else {
            attempt.follow()
        }
    })
}

/// A `multipart/form-data` request body, built part by part.
///
/// ```
/// # use openapi_client_runtime::Multipart;
/// let form = Multipart::new()
///     .text("title", "Holiday")
///     .file("photo", "beach.jpg", "image/jpeg", vec![0xff, 0xd8]);
/// ```
#[derive(Debug, Clone)]
pub struct Multipart {
    boundary: String,
    body: Vec<u8>,
}

impl Default for Multipart {
    fn default() -> Self {
        Self::new()
    }
}

impl Multipart {
    /// An empty form with a random boundary.
    pub fn new() -> Self {
        Multipart {
            boundary: format!("----form-{}", uuid::Uuid::new_v4().simple()),
            body: Vec::new(),
        }
    }

    /// Adds a text part.
    pub fn text(self, name: &str, value: impl AsRef<str>) -> Self {
        self.part(name, None, None, value.as_ref().as_bytes())
    }

    /// Adds a part holding `value` as JSON (`application/json`).
    pub fn json<T: Serialize + ?Sized>(
        self,
        name: &str,
        value: &T,
    ) -> Result<Self, serde_json::Error> {
        let bytes = serde_json::to_vec(value)?;
        Ok(self.part(name, None, Some("application/json"), &bytes))
    }

    /// Adds a file part: its file name, media type and bytes.
    pub fn file(
        self,
        name: &str,
        file_name: &str,
        media_type: &str,
        bytes: impl AsRef<[u8]>,
    ) -> Self {
        self.part(name, Some(file_name), Some(media_type), bytes.as_ref())
    }

    fn part(
        mut self,
        name: &str,
        file_name: Option<&str>,
        media_type: Option<&str>,
        bytes: &[u8],
    ) -> Self {
        // Quotes and line breaks in names are percent-encoded, as browsers do.
        let quoted = |s: &str| {
            s.replace('"', "%22")
                .replace('\r', "%0D")
                .replace('\n', "%0A")
        };
        let mut head = format!(
            "--{}\r\ncontent-disposition: form-data; name=\"{}\"",
            self.boundary,
            quoted(name)
        );
        if let Some(file_name) = file_name {
            head.push_str(&format!("; filename=\"{}\"", quoted(file_name)));
        }
        head.push_str("\r\n");
        if let Some(media_type) = media_type {
            head.push_str(&format!("content-type: {}\r\n", quoted(media_type)));
        }
        head.push_str("\r\n");
        self.body.extend_from_slice(head.as_bytes());
        self.body.extend_from_slice(bytes);
        self.body.extend_from_slice(b"\r\n");
        self
    }

    /// The `content-type` and the whole body.
    pub(crate) fn finish(mut self) -> (String, Vec<u8>) {
        self.body
            .extend_from_slice(format!("--{}--\r\n", self.boundary).as_bytes());
        (
            format!("multipart/form-data; boundary={}", self.boundary),
            self.body,
        )
    }
}
