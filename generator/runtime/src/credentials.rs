//! Bearer-token credentials: a static token, or a [`TokenProvider`] the client asks for tokens and
//! whose tokens it caches until shortly before they expire.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

/// An access token and the time it stops being valid.
#[derive(Clone)]
pub struct AccessToken {
    /// The token, sent as `Authorization: Bearer <token>`.
    pub token: String,
    /// When the token expires.
    pub expires_on: SystemTime,
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AccessToken")
            .field("token", &"<redacted>")
            .field("expires_on", &self.expires_on)
            .finish()
    }
}

/// The error a token provider reports.
pub type TokenError = Box<dyn std::error::Error + Send + Sync>;

/// The future a [`TokenProvider`] returns.
pub type TokenFuture<'a> =
    Pin<Box<dyn Future<Output = Result<AccessToken, TokenError>> + Send + 'a>>;

/// Something that gets access tokens for scopes: implement it to plug in any identity library.
///
/// ```
/// # use std::time::{Duration, SystemTime};
/// # use openapi_client_runtime::credentials::{AccessToken, TokenFuture, TokenProvider};
/// #[derive(Debug)]
/// struct Fixed;
///
/// impl TokenProvider for Fixed {
///     fn get_token<'a>(&'a self, _scopes: &'a [&'a str]) -> TokenFuture<'a> {
///         Box::pin(async {
///             Ok(AccessToken { token: "t".into(), expires_on: SystemTime::now() + Duration::from_secs(3600) })
///         })
///     }
/// }
/// ```
pub trait TokenProvider: fmt::Debug + Send + Sync {
    /// A token valid for `scopes`.
    fn get_token<'a>(&'a self, scopes: &'a [&'a str]) -> TokenFuture<'a>;
}

/// A token that never changes, for [`TokenProvider`]'s sake.
#[derive(Clone)]
pub struct StaticToken(pub String);

impl fmt::Debug for StaticToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("StaticToken(<redacted>)")
    }
}

impl TokenProvider for StaticToken {
    fn get_token<'a>(&'a self, _scopes: &'a [&'a str]) -> TokenFuture<'a> {
        // Valid for as long as the client lives, as far as the client knows.
        let expires_on = SystemTime::now() + Duration::from_secs(100 * 365 * 24 * 3600);
        Box::pin(async move {
            Ok(AccessToken {
                token: self.0.clone(),
                expires_on,
            })
        })
    }
}

/// A token is asked for again when it expires within this margin.
const REFRESH_MARGIN: Duration = Duration::from_secs(300);

/// Caches the tokens of a provider.
pub(crate) struct TokenCache {
    provider: Arc<dyn TokenProvider>,
    scopes: Vec<String>,
    current: tokio::sync::Mutex<Option<AccessToken>>,
}

impl fmt::Debug for TokenCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenCache")
            .field("provider", &self.provider)
            .field("scopes", &self.scopes)
            .finish()
    }
}

impl TokenCache {
    pub(crate) fn new(provider: Arc<dyn TokenProvider>, scopes: Vec<String>) -> Self {
        TokenCache {
            provider,
            scopes,
            current: tokio::sync::Mutex::new(None),
        }
    }

    /// A token that stays valid for at least the refresh margin, from the cache or the provider.
    pub(crate) async fn token(&self) -> Result<String, TokenError> {
        let mut current = self.current.lock().await;
        if let Some(token) = current.as_ref() {
            if token.expires_on > SystemTime::now() + REFRESH_MARGIN {
                return Ok(token.token.clone());
            }
        }
        let scopes: Vec<&str> = self.scopes.iter().map(String::as_str).collect();
        let fresh = self.provider.get_token(&scopes).await?;
        let token = fresh.token.clone();
        *current = Some(fresh);
        Ok(token)
    }
}

/// Any `azure_core` credential (those of `azure_identity` among them) as a [`TokenProvider`].
/// Enabled by this crate's `azure_core` feature; see `ClientBuilder::credential`.
#[cfg(feature = "azure_core")]
#[derive(Debug, Clone)]
pub struct AzureCredential(pub Arc<dyn azure_core::credentials::TokenCredential>);

#[cfg(feature = "azure_core")]
impl TokenProvider for AzureCredential {
    fn get_token<'a>(&'a self, scopes: &'a [&'a str]) -> TokenFuture<'a> {
        Box::pin(async move {
            let token = self.0.get_token(scopes, None).await?;
            let seconds = u64::try_from(token.expires_on.unix_timestamp()).unwrap_or(0);
            Ok(AccessToken {
                token: token.token.secret().to_string(),
                // Checked: an expiry no `SystemTime` can hold is taken as "now" (fetch again).
                expires_on: SystemTime::UNIX_EPOCH
                    .checked_add(Duration::from_secs(seconds))
                    .unwrap_or_else(SystemTime::now),
            })
        })
    }
}
