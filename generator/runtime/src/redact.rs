//! URLs as errors, `Debug` output and logs show them: without credentials.
//!
//! A URL can carry a secret in its userinfo (`https://user:password@host`) and in its query (an
//! API key sent as `?api_key=…`, a signed link's `sig=…`). The rule is structural rather than a
//! list of known key names: the userinfo is replaced and every query value is replaced, except
//! those of [`SHOWN_QUERY_PARAMETERS`], which are never secret.

/// Query parameters whose values are shown as they are.
pub const SHOWN_QUERY_PARAMETERS: &[&str] = &["api-version"];

/// What stands in for a removed value.
pub const REDACTED: &str = "REDACTED";

/// `url` with its userinfo and every query value but those of [`SHOWN_QUERY_PARAMETERS`]
/// replaced by [`REDACTED`].
pub fn redacted(url: &reqwest::Url) -> reqwest::Url {
    let mut url = url.clone();
    if !url.username().is_empty() {
        let _ = url.set_username(REDACTED);
    }
    if url.password().is_some() {
        let _ = url.set_password(Some(REDACTED));
    }
    if url.query().is_some() {
        let pairs: Vec<(String, String)> = url
            .query_pairs()
            .map(|(name, value)| {
                let shown = SHOWN_QUERY_PARAMETERS
                    .iter()
                    .any(|p| p.eq_ignore_ascii_case(&name));
                let value = if shown {
                    value.into_owned()
                } else {
                    REDACTED.to_owned()
                };
                (name.into_owned(), value)
            })
            .collect();
        url.query_pairs_mut().clear().extend_pairs(pairs);
    }
    url
}

/// The text of [`redacted`], for `Debug` output.
pub fn redacted_url(url: &reqwest::Url) -> String {
    redacted(url).to_string()
}

/// A transport error whose URL (shown by its `Display` and `Debug`) is redacted.
pub fn redact_error(error: reqwest::Error) -> reqwest::Error {
    match error.url().map(redacted) {
        Some(url) => error.with_url(url),
        None => error,
    }
}

/// The endpoint as given to the builder, for messages: redacted when it parses as a URL, and
/// not repeated when it does not (it could hold a password the parser could not find).
pub(crate) fn shown_endpoint(endpoint: &str) -> String {
    match reqwest::Url::parse(endpoint.trim()) {
        Ok(url) => format!("`{}`", redacted(&url)),
        Err(_) => "given".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn userinfo_and_query_values_are_replaced() {
        let url = reqwest::Url::parse(
            "https://me:hunter2@example.com/v1/items?api_key=s3cret&api-version=2025-05-15&sig=abc#top",
        )
        .unwrap();
        let shown = redacted_url(&url);
        assert_eq!(
            shown,
            "https://REDACTED:REDACTED@example.com/v1/items?api_key=REDACTED&api-version=2025-05-15&sig=REDACTED#top"
        );
        for secret in ["hunter2", "s3cret", "abc", "me:"] {
            assert!(!shown.contains(secret), "{shown}");
        }
        let plain = reqwest::Url::parse("https://example.com/a").unwrap();
        assert_eq!(redacted_url(&plain), "https://example.com/a");
    }

    #[test]
    fn endpoints_that_do_not_parse_are_not_repeated() {
        assert_eq!(shown_endpoint("https://u:pw@h:99999/"), "given");
        assert_eq!(
            shown_endpoint(" https://u:pw@example.com/ "),
            "`https://REDACTED:REDACTED@example.com/`"
        );
    }
}
