//! Access-key authentication: HMAC-SHA256 request signing, as the Communication Services SDKs do
//! with a connection string.

use std::fmt;
use std::time::SystemTime;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

/// A resource's access key, which signs every request (each retry anew).
#[derive(Clone)]
pub struct AccessKeyCredential {
    key: Vec<u8>,
}

impl fmt::Debug for AccessKeyCredential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AccessKeyCredential(<redacted>)")
    }
}

/// The headers that authenticate one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedHeaders {
    /// `x-ms-date`: the time of signing as an RFC 1123 date.
    pub date: String,
    /// `x-ms-content-sha256`: base64 of the SHA-256 of the body.
    pub content_sha256: String,
    /// `Authorization`.
    pub authorization: String,
}

impl AccessKeyCredential {
    /// The credential of a base64 access key (as the Azure portal shows it).
    pub fn new(key_base64: &str) -> Result<Self, String> {
        let key = BASE64
            .decode(key_base64.trim())
            .map_err(|_| "the access key is not valid base64".to_string())?;
        if key.is_empty() {
            return Err("the access key is empty".into());
        }
        Ok(AccessKeyCredential { key })
    }

    /// Signs a request: `path_and_query` as sent (percent-encoded), `host` as `host[:port]`, `date`
    /// as an RFC 1123 date, `body` as the exact bytes sent.
    pub fn sign(
        &self,
        method: &str,
        path_and_query: &str,
        host: &str,
        date: &str,
        body: &[u8],
    ) -> SignedHeaders {
        let content_sha256 = BASE64.encode(Sha256::digest(body));
        let string_to_sign = format!("{method}\n{path_and_query}\n{date};{host};{content_sha256}");
        let mut mac =
            Hmac::<Sha256>::new_from_slice(&self.key).expect("HMAC takes keys of any length");
        mac.update(string_to_sign.as_bytes());
        let signature = BASE64.encode(mac.finalize().into_bytes());
        SignedHeaders {
            date: date.to_string(),
            content_sha256,
            authorization: format!(
                "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature={signature}"
            ),
        }
    }

    /// Signs `request` now, setting its `x-ms-date`, `x-ms-content-sha256` and `Authorization`.
    pub(crate) fn sign_request(&self, request: &mut crate::policy::Request) -> Result<(), String> {
        use reqwest::header::{AUTHORIZATION, HeaderName, HeaderValue};
        use url::Position;
        const X_MS_DATE: HeaderName = HeaderName::from_static("x-ms-date");
        const X_MS_CONTENT_SHA256: HeaderName = HeaderName::from_static("x-ms-content-sha256");
        let url = &request.url;
        if !url.has_host() {
            return Err("the request URL has no host".into());
        }
        // As sent: `host[:port]` (no default port) and the percent-encoded path and query.
        let host = &url[Position::BeforeHost..Position::AfterPort];
        let path_and_query = &url[Position::BeforePath..Position::AfterQuery];
        let body = request.body.as_deref().unwrap_or_default();
        let date = httpdate::fmt_http_date(SystemTime::now());
        let signed = self.sign(request.method.as_str(), path_and_query, host, &date, body);
        for (name, value) in [
            (X_MS_DATE, signed.date),
            (X_MS_CONTENT_SHA256, signed.content_sha256),
            (AUTHORIZATION, signed.authorization),
        ] {
            // From the `String` itself: no copy.
            let mut value = HeaderValue::try_from(value).map_err(|e| e.to_string())?;
            value.set_sensitive(name == AUTHORIZATION);
            request.headers.insert(name, value);
        }
        Ok(())
    }
}

/// A Communication Services connection string:
/// `endpoint=https://<resource>.communication.azure.com/;accesskey=<base64 key>`.
#[derive(Clone)]
pub struct ConnectionString {
    /// The resource's endpoint.
    pub endpoint: String,
    /// The access key.
    pub credential: AccessKeyCredential,
}

impl fmt::Debug for ConnectionString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ConnectionString")
            .field("endpoint", &self.endpoint)
            .field("credential", &self.credential)
            .finish()
    }
}

impl ConnectionString {
    /// Parses `endpoint=…;accesskey=…` (keys in any case and order, spaces around parts ignored,
    /// each given once).
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut endpoint = None;
        let mut key = None;
        for part in text.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            let (name, value) = part
                .split_once('=')
                .ok_or_else(|| "a connection string is `endpoint=…;accesskey=…`".to_string())?;
            let slot = match name.trim().to_ascii_lowercase().as_str() {
                "endpoint" => &mut endpoint,
                "accesskey" => &mut key,
                _ => continue,
            };
            // A second value would silently win: refused, naming the key but not its value.
            if slot.replace(value.trim().to_string()).is_some() {
                return Err(format!(
                    "the connection string gives `{}` twice",
                    name.trim().to_ascii_lowercase()
                ));
            }
        }
        let endpoint =
            endpoint.ok_or_else(|| "the connection string has no `endpoint`".to_string())?;
        let key = key.ok_or_else(|| "the connection string has no `accesskey`".to_string())?;
        Ok(ConnectionString {
            endpoint,
            credential: AccessKeyCredential::new(&key)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connection_strings_give_each_key_once() {
        let parsed =
            ConnectionString::parse(" Endpoint=https://a.example/ ; AccessKey=a2V5 ;").unwrap();
        assert_eq!(parsed.endpoint, "https://a.example/");
        for twice in [
            "endpoint=https://a.example/;accesskey=a2V5;endpoint=https://evil.example/",
            "endpoint=https://a.example/;accesskey=a2V5;ACCESSKEY=b3RoZXI=",
        ] {
            let error = ConnectionString::parse(twice).unwrap_err();
            assert!(error.contains("twice"), "{error}");
            assert!(
                !error.contains("evil") && !error.contains("b3RoZXI"),
                "{error}"
            );
        }
    }

    #[test]
    fn a_request_is_signed_over_its_host_and_path_as_sent() {
        let key = AccessKeyCredential::new("a2V5").unwrap();
        for (url, host, path_and_query) in [
            (
                "https://h.example:443/a%20b?x=1&y=%2F",
                "h.example",
                "/a%20b?x=1&y=%2F",
            ),
            (
                "http://127.0.0.1:8080/calls/8%3Aacs:unhold",
                "127.0.0.1:8080",
                "/calls/8%3Aacs:unhold",
            ),
            ("https://[::1]:9443/", "[::1]:9443", "/"),
        ] {
            let mut request =
                crate::policy::Request::new(reqwest::Method::POST, url.parse().unwrap());
            request.body = Some(b"{}".to_vec());
            key.sign_request(&mut request).unwrap();
            let sent = |name: &str| request.headers[name].to_str().unwrap().to_owned();
            let expected = key.sign("POST", path_and_query, host, &sent("x-ms-date"), b"{}");
            assert_eq!(
                sent("x-ms-content-sha256"),
                expected.content_sha256,
                "{url}"
            );
            assert_eq!(sent("authorization"), expected.authorization, "{url}");
            assert!(request.headers["authorization"].is_sensitive());
        }
    }
}
