// @generated from `specs/callautomation/2025-05-15.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! Helpers the operations share. Not part of the public API.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;
use serde::de::DeserializeOwned;
use crate::error::{Error, ServiceError};

/// Everything but RFC 3986's unreserved characters is percent-encoded in a path parameter, so that
/// no value can add a segment, a query or a fragment.
const PATH_SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');
/// Checks and parses the endpoint given to the builder.
pub(crate) fn parse_endpoint(endpoint: &str) -> Result<reqwest::Url, Error> {
    let url = reqwest::Url::parse(endpoint.trim())
        .map_err(|e| Error::InvalidRequest(
            format!("the endpoint `{endpoint}` is not a URL: {e}"),
        ))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(
            Error::InvalidRequest(
                format!("the endpoint `{endpoint}` is not an http or https URL"),
            ),
        );
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(
            Error::InvalidRequest(
                format!("the endpoint `{endpoint}` must have no query or fragment"),
            ),
        );
    }
    Ok(url)
}

/// A header value that `Debug` output and HTTP/2 header compression leave out.
pub(crate) fn sensitive_header(
    value: &str,
) -> Result<reqwest::header::HeaderValue, Error> {
    let mut header = reqwest::header::HeaderValue::from_str(value)
        .map_err(|_| Error::InvalidRequest(
            "a credential holds characters a header cannot carry".into(),
        ))?;
    header.set_sensitive(true);
    Ok(header)
}

/// Percent-encodes the value of the path parameter `name`; refuses values that would not stay
/// one path segment (empty, `.` and `..`).
pub(crate) fn encode_path_segment<E>(
    name: &str,
    value: &str,
) -> Result<String, Error<E>> {
    if value.is_empty() || value == "." || value == ".." {
        return Err(
            Error::InvalidRequest(
                format!("the path parameter `{name}` cannot be `{value}`"),
            ),
        );
    }
    Ok(utf8_percent_encode(value, PATH_SEGMENT).to_string())
}

/// The endpoint with `path` (already encoded) appended to its own path, and `query`.
pub(crate) fn url(
    endpoint: &reqwest::Url,
    path: &str,
    query: &[(&str, String)],
) -> reqwest::Url {
    let mut url = endpoint.clone();
    let base = endpoint.path().trim_end_matches('/');
    url.set_path(&format!("{base}{path}"));
    if !query.is_empty() {
        url.query_pairs_mut().extend_pairs(query.iter().map(|(k, v)| (*k, v.as_str())));
    }
    url
}

/// Serializes `body` as the request's JSON body.
pub(crate) fn json_body<T: Serialize + ?Sized, E>(
    request: reqwest::RequestBuilder,
    media_type: &str,
    body: &T,
) -> Result<reqwest::RequestBuilder, Error<E>> {
    let bytes = serde_json::to_vec(body)
        .map_err(|e| Error::InvalidRequest(
            format!("the request body cannot be serialized: {e}"),
        ))?;
    Ok(request.header(reqwest::header::CONTENT_TYPE, media_type).body(bytes))
}

/// Reads a success response's JSON body.
pub(crate) async fn json_response<T: DeserializeOwned, E>(
    response: reqwest::Response,
) -> Result<T, Error<E>> {
    let status = response.status();
    let body = response.bytes().await.map_err(Error::Transport)?;
    serde_json::from_slice(&body)
        .map_err(|source| Error::Decode {
            status,
            body: body.to_vec(),
            source,
        })
}

/// Turns an error response into [`Error::Service`], parsing the documented error body when it is one.
pub(crate) async fn service_error<E: DeserializeOwned>(
    response: reqwest::Response,
) -> Error<E> {
    let status = response.status();
    let headers = response.headers().clone();
    match response.bytes().await {
        Ok(body) => {
            let error = serde_json::from_slice(&body).ok();
            Error::Service(
                Box::new(ServiceError::new(status, headers, body.to_vec(), error)),
            )
        }
        Err(e) => Error::Transport(e),
    }
}
