// Hand-written: verification of the JSON Web Token that Call Automation signs every mid-call
// callback with, so that a forged event is refused before it is read.

//! Callbacks that really come from Call Automation. A callback URI is a public HTTPS endpoint:
//! anyone who finds it can POST a forged `CallConnected` or `RecognizeCompleted`. Every mid-call
//! callback (and the WebSocket upgrade request of media streaming) carries
//! `Authorization: Bearer <JWT>`, signed by the service with keys it publishes through an OpenID
//! Connect configuration, a new token per event, valid for five minutes. [`CallbackVerifier`]
//! checks it:
//!
//! - the signature, with a key of the configuration's JWKS, found by the token's `kid` (keys are
//!   cached; an unknown `kid` fetches them again, at most once per
//!   [`MIN_REFRESH`](CallbackVerifier::MIN_REFRESH), so that forged key ids cannot make the
//!   verifier hammer the service);
//! - the algorithm, from an allow-list of RSA signatures (never `none`, never a symmetric
//!   algorithm, so a public key cannot be used as an HMAC secret);
//! - the issuer (the configuration's), the audience (the immutable resource id of your
//!   Communication Services resource), the expiry and not-before times, with
//!   [`LEEWAY`](CallbackVerifier::LEEWAY) of clock skew.
//!
//! ```no_run
//! # async fn handle(headers: acs_call_automation::verify::HeaderMap, body: Vec<u8>) {
//! use acs_call_automation::verify::CallbackVerifier;
//!
//! // Once per application: the resource's immutable id (Azure portal, the resource's
//! // Properties), which the tokens name as their audience.
//! let verifier = CallbackVerifier::new("abc8b7b5-6666-4e99-a66f-390c600e6cb9").unwrap();
//! match verifier.verify_callback(&headers, &body).await {
//!     Ok(events) => { /* handle the events */ }
//!     Err(rejection) => eprintln!("refused a callback: {rejection}"), // answer 401
//! }
//! # }
//! ```
//!
//! The `IncomingCall` event comes from Event Grid, not from Call Automation, and carries no such
//! token: secure its subscription with Event Grid's own means (see the README).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use base64::Engine as _;
use jsonwebtoken::jwk::{AlgorithmParameters, Jwk, JwkSet};
use jsonwebtoken::{Algorithm, DecodingKey, Validation, errors::ErrorKind};
use reqwest::header::AUTHORIZATION;
/// The `http` crate's header map (the one of hyper, axum and reqwest), which the checks take.
pub use reqwest::header::HeaderMap;
use serde::Deserialize;

use crate::{CallAutomationEvent, Event, EventError};

/// Call Automation's OpenID Connect configuration (public Azure).
pub const ACS_OPENID_CONFIGURATION: &str =
    "https://acscallautomation.communication.azure.com/calling/.well-known/acsopenidconfiguration";

/// The signature algorithms a token may use: RSA only.
const ALLOWED: [Algorithm; 6] = [
    Algorithm::RS256,
    Algorithm::RS384,
    Algorithm::RS512,
    Algorithm::PS256,
    Algorithm::PS384,
    Algorithm::PS512,
];

/// The most a configuration or key set document may be.
const MAX_DOCUMENT: usize = 1 << 20;

/// Why a callback was refused. Its `Display` names the rule, never the token.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Rejection {
    /// No `Authorization: Bearer …` header.
    MissingToken,
    /// Not a JSON Web Token (three base64url parts, a JSON header naming `alg`).
    Malformed(String),
    /// An algorithm outside the allow-list (`none`, `HS256`, …).
    Algorithm(String),
    /// A key id the service's key set does not have (after a refresh, when one was allowed).
    UnknownKey(String),
    /// The signature does not verify with the key.
    BadSignature,
    /// Another issuer than the configuration's.
    WrongIssuer,
    /// Another audience than the resource's id.
    WrongAudience,
    /// Expired (`exp` in the past, beyond the leeway), or without `exp`.
    Expired,
    /// Not valid yet (`nbf` in the future, beyond the leeway).
    NotYetValid,
    /// The configuration or its key set could not be fetched or read.
    KeysUnavailable(String),
    /// The token is valid, but the body is not a callback body.
    Body(String),
}

impl std::fmt::Display for Rejection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Rejection::MissingToken => f.write_str("no `Authorization: Bearer` token"),
            Rejection::Malformed(why) => write!(f, "not a JSON Web Token: {why}"),
            Rejection::Algorithm(alg) => {
                write!(
                    f,
                    "the algorithm `{alg}` is not allowed (RSA signatures only)"
                )
            }
            Rejection::UnknownKey(kid) => write!(f, "no key `{kid}` in the service's key set"),
            Rejection::BadSignature => f.write_str("the signature does not verify"),
            Rejection::WrongIssuer => f.write_str("issued by another issuer"),
            Rejection::WrongAudience => f.write_str("meant for another audience"),
            Rejection::Expired => f.write_str("expired"),
            Rejection::NotYetValid => f.write_str("not valid yet"),
            Rejection::KeysUnavailable(why) => {
                write!(f, "the service's keys are unavailable: {why}")
            }
            Rejection::Body(why) => write!(f, "not a callback body: {why}"),
        }
    }
}

impl std::error::Error for Rejection {}

/// What a verified token says.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Claims {
    /// The issuer.
    pub iss: String,
    /// Expiry, in seconds since the Unix epoch.
    pub exp: u64,
    /// Not before, when given.
    pub nbf: Option<u64>,
}

/// What is decoded before validation has said which claims are there.
#[derive(Deserialize)]
struct Decoded {
    iss: String,
    #[serde(default)]
    exp: Option<u64>,
    #[serde(default)]
    nbf: Option<u64>,
}

#[derive(Deserialize)]
struct OpenIdConfiguration {
    issuer: String,
    jwks_uri: String,
}

#[derive(Default)]
struct Keys {
    issuer: Option<String>,
    keys: HashMap<String, Jwk>,
    /// The last fetch, and whether it succeeded.
    fetched: Option<(Instant, bool)>,
}

/// Verifies the tokens of Call Automation's callbacks (see the [module](self)). Cheap to clone:
/// clones share the cached keys.
#[derive(Clone)]
pub struct CallbackVerifier {
    audience: String,
    configuration: reqwest::Url,
    http: reqwest::Client,
    keys: Arc<tokio::sync::Mutex<Keys>>,
}

impl std::fmt::Debug for CallbackVerifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CallbackVerifier")
            .field("audience", &self.audience)
            .field("configuration", &self.configuration.as_str())
            .finish_non_exhaustive()
    }
}

impl CallbackVerifier {
    /// The clock skew allowed on `exp` and `nbf`.
    pub const LEEWAY: Duration = Duration::from_secs(60);

    /// How long after a fetch of the key set an unknown key id may fetch it again.
    pub const MIN_REFRESH: Duration = Duration::from_secs(300);

    /// How long after a failed fetch of the key set the next one may be tried.
    pub const RETRY_AFTER_FAILURE: Duration = Duration::from_secs(10);

    /// A verifier for the tokens meant for the resource whose immutable id is `resource_id`,
    /// with Call Automation's configuration ([`ACS_OPENID_CONFIGURATION`]).
    pub fn new(resource_id: impl Into<String>) -> Result<Self, Rejection> {
        Self::with_configuration(resource_id, ACS_OPENID_CONFIGURATION)
    }

    /// The same with another OpenID configuration (a national cloud's). It and the key set it
    /// names must be `https` URLs, or `http` to a loopback address (a server on this machine).
    pub fn with_configuration(
        resource_id: impl Into<String>,
        configuration_url: &str,
    ) -> Result<Self, Rejection> {
        let configuration = checked_url(configuration_url)?;
        let http = crate::http_client_builder()
            .and_then(|b| {
                b.build()
                    .map_err(crate::Error::<serde_json::Value>::Transport)
            })
            .map_err(|e| Rejection::KeysUnavailable(e.to_string()))?;
        Ok(CallbackVerifier {
            audience: resource_id.into(),
            configuration,
            http,
            keys: Arc::new(tokio::sync::Mutex::new(Keys::default())),
        })
    }

    /// Verifies a callback: its token (from `headers`), then reads its body as events.
    pub async fn verify_callback(
        &self,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Vec<Event<CallAutomationEvent>>, Rejection> {
        let token = bearer(headers)?;
        self.verify_token(token).await?;
        CallAutomationEvent::parse(body).map_err(|e: EventError| Rejection::Body(e.to_string()))
    }

    /// Verifies the token of a request (the media streaming WebSocket's upgrade request too):
    /// its `Authorization: Bearer` header.
    pub async fn verify_headers(&self, headers: &HeaderMap) -> Result<Claims, Rejection> {
        self.verify_token(bearer(headers)?).await
    }

    /// Verifies one token.
    pub async fn verify_token(&self, token: &str) -> Result<Claims, Rejection> {
        let (alg, kid) = header(token)?;
        let (jwk, issuer) = self.key(&kid).await?;
        let key = match &jwk.algorithm {
            AlgorithmParameters::RSA(_) => DecodingKey::from_jwk(&jwk)
                .map_err(|e| Rejection::KeysUnavailable(format!("key `{kid}`: {e}")))?,
            _ => return Err(Rejection::UnknownKey(shown(&kid))),
        };
        let mut validation = Validation::new(alg);
        validation.leeway = Self::LEEWAY.as_secs();
        validation.validate_nbf = true;
        validation.set_issuer(&[issuer]);
        validation.set_audience(&[&self.audience]);
        validation.set_required_spec_claims(&["exp", "iss", "aud"]);
        let decoded =
            jsonwebtoken::decode::<Decoded>(token, &key, &validation).map_err(|e| {
                match e.kind() {
                    ErrorKind::InvalidSignature => Rejection::BadSignature,
                    ErrorKind::InvalidIssuer => Rejection::WrongIssuer,
                    ErrorKind::InvalidAudience => Rejection::WrongAudience,
                    ErrorKind::ExpiredSignature => Rejection::Expired,
                    ErrorKind::ImmatureSignature => Rejection::NotYetValid,
                    ErrorKind::MissingRequiredClaim(claim) if claim == "exp" => Rejection::Expired,
                    _ => Rejection::Malformed(e.to_string()),
                }
            })?;
        let Decoded { iss, exp, nbf } = decoded.claims;
        Ok(Claims {
            iss,
            exp: exp.ok_or(Rejection::Expired)?,
            nbf,
        })
    }

    /// The key `kid` and the issuer, from the cache, or from a fetch of the configuration and
    /// its key set when the cache is empty, or lacks `kid` and was fetched long enough ago.
    async fn key(&self, kid: &str) -> Result<(Jwk, String), Rejection> {
        let mut keys = self.keys.lock().await;
        let known = |keys: &Keys| {
            let issuer = keys.issuer.clone()?;
            Some((keys.keys.get(kid)?.clone(), issuer))
        };
        if let Some(found) = known(&keys) {
            return Ok(found);
        }
        // After a success, an unknown key id may fetch again once per `MIN_REFRESH`; after a
        // failure (the service unreachable a moment), once per `RETRY_AFTER_FAILURE`, so that
        // a passing outage does not refuse genuine callbacks for minutes, nor is retried on
        // every request.
        let may_fetch = match keys.fetched {
            None => true,
            Some((at, true)) => at.elapsed() >= Self::MIN_REFRESH,
            Some((at, false)) => at.elapsed() >= Self::RETRY_AFTER_FAILURE,
        };
        if !may_fetch {
            return match (&keys.issuer, keys.fetched) {
                (None, _) | (_, Some((_, false))) => Err(Rejection::KeysUnavailable(
                    "the last fetch of the service's keys failed".into(),
                )),
                _ => Err(Rejection::UnknownKey(shown(kid))),
            };
        }
        match self.fetch().await {
            Ok((issuer, set)) => {
                keys.fetched = Some((Instant::now(), true));
                keys.issuer = Some(issuer);
                keys.keys = set
                    .keys
                    .into_iter()
                    .filter_map(|k| Some((k.common.key_id.clone()?, k)))
                    .collect();
            }
            Err(e) => {
                keys.fetched = Some((Instant::now(), false));
                return Err(e);
            }
        }
        known(&keys).ok_or_else(|| Rejection::UnknownKey(shown(kid)))
    }

    async fn fetch(&self) -> Result<(String, JwkSet), Rejection> {
        let configuration: OpenIdConfiguration = self.get(self.configuration.clone()).await?;
        let jwks = checked_url(&configuration.jwks_uri)?;
        let set: JwkSet = self.get(jwks).await?;
        Ok((configuration.issuer, set))
    }

    async fn get<T: serde::de::DeserializeOwned>(&self, url: reqwest::Url) -> Result<T, Rejection> {
        let unavailable = |why: String| Rejection::KeysUnavailable(why);
        let response = self
            .http
            .get(url)
            .timeout(Duration::from_secs(30))
            .send()
            .await
            .map_err(|e| unavailable(e.without_url().to_string()))?;
        if !response.status().is_success() {
            return Err(unavailable(format!("status {}", response.status())));
        }
        if response
            .content_length()
            .is_some_and(|n| n > MAX_DOCUMENT as u64)
        {
            return Err(unavailable("the document is too large".into()));
        }
        let body = response
            .bytes()
            .await
            .map_err(|e| unavailable(e.without_url().to_string()))?;
        if body.len() > MAX_DOCUMENT {
            return Err(unavailable("the document is too large".into()));
        }
        serde_json::from_slice(&body).map_err(|e| unavailable(e.to_string()))
    }
}

/// The token of an `Authorization: Bearer …` header.
fn bearer(headers: &HeaderMap) -> Result<&str, Rejection> {
    let value = headers
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .ok_or(Rejection::MissingToken)?;
    let (scheme, token) = value.split_once(' ').ok_or(Rejection::MissingToken)?;
    if !scheme.eq_ignore_ascii_case("bearer") || token.trim().is_empty() {
        return Err(Rejection::MissingToken);
    }
    Ok(token.trim())
}

/// The token's algorithm (from the allow-list) and key id, read from its header.
fn header(token: &str) -> Result<(Algorithm, String), Rejection> {
    let mut parts = token.split('.');
    let (Some(header), Some(_), Some(_), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(Rejection::Malformed("not three parts".into()));
    };
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(header)
        .map_err(|_| Rejection::Malformed("the header is not base64url".into()))?;
    let header: serde_json::Value = serde_json::from_slice(&bytes)
        .map_err(|_| Rejection::Malformed("the header is not JSON".into()))?;
    let alg = header
        .get("alg")
        .and_then(serde_json::Value::as_str)
        .ok_or_else(|| Rejection::Malformed("no `alg`".into()))?;
    let algorithm = ALLOWED
        .into_iter()
        .find(|a| format!("{a:?}") == alg)
        .ok_or_else(|| Rejection::Algorithm(shown(alg)))?;
    let kid = header
        .get("kid")
        .and_then(serde_json::Value::as_str)
        .ok_or_else(|| Rejection::Malformed("no `kid`".into()))?;
    Ok((algorithm, kid.to_string()))
}

/// At most 32 printable characters of a value from the request (an algorithm, a key id), for a
/// rejection's message: no control character reaches a log line.
fn shown(value: &str) -> String {
    value.chars().filter(|c| !c.is_control()).take(32).collect()
}

/// An `https` URL, or an `http` one to a loopback host.
fn checked_url(url: &str) -> Result<reqwest::Url, Rejection> {
    let parsed = reqwest::Url::parse(url)
        .map_err(|_| Rejection::KeysUnavailable("the configuration names no valid URL".into()))?;
    let loopback = parsed.host_str().is_some_and(|host| {
        let host = host.trim_start_matches('[').trim_end_matches(']');
        host == "localhost"
            || host
                .parse::<std::net::IpAddr>()
                .is_ok_and(|ip| ip.is_loopback())
    });
    match parsed.scheme() {
        "https" => Ok(parsed),
        "http" if loopback => Ok(parsed),
        _ => Err(Rejection::KeysUnavailable(
            "the configuration and its key set must be https URLs".into(),
        )),
    }
}
