//! Parameters on the wire: path segments, query pairs and header and cookie values, from scalars or from their JSON form in the style the spec gives.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;

use super::{Failure, invalid};

/// Everything but RFC 3986's unreserved characters is percent-encoded in a path parameter, so that
/// no value can add a segment, a query or a fragment.
pub(super) const PATH_SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes the value of the path parameter `name`; refuses values that would not stay
/// one path segment (empty, `.` and `..`).
pub fn encode_path_segment(name: &str, value: &str) -> Result<String, Failure> {
    if value.is_empty() || value == "." || value == ".." {
        return Err(invalid(format!(
            "the path parameter `{name}` cannot be `{value}`"
        )));
    }
    Ok(utf8_percent_encode(value, PATH_SEGMENT).to_string())
}

/// OpenAPI's parameter styles, for values that are not scalars or arrays of scalars.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
    Simple,
    Label,
    Matrix,
}

/// A structured parameter's value: nothing (`null`), one scalar, a list, or key-value pairs
/// sorted by key (so that the order does not depend on whether serde_json keeps insertion
/// order, which another crate of the build may switch on). Values nested deeper are written
/// as compact JSON.
pub(super) enum Parts {
    Scalar(String),
    List(Vec<String>),
    Object(Vec<(String, String)>),
}

pub(super) fn parts<T: Serialize + ?Sized>(
    name: &str,
    value: &T,
) -> Result<Option<Parts>, Failure> {
    let value = serde_json::to_value(value)
        .map_err(|e| invalid(format!("the parameter `{name}` cannot be serialized: {e}")))?;
    let text = |v: &serde_json::Value| match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    Ok(match &value {
        serde_json::Value::Null => None,
        serde_json::Value::Array(items) => Some(Parts::List(items.iter().map(text).collect())),
        serde_json::Value::Object(map) => {
            let mut pairs: Vec<(String, String)> = map
                .iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), text(v)))
                .collect();
            pairs.sort();
            Some(Parts::Object(pairs))
        }
        scalar => Some(Parts::Scalar(text(scalar))),
    })
}

/// The query pairs of a structured parameter, as `style` and `explode` say (OpenAPI 3.0's
/// table: `form` lists repeat the name or join with commas, objects give a pair per property or
/// `name=k,v,…`; `spaceDelimited` and `pipeDelimited` join with ` ` and `|`; `deepObject`
/// gives `name[key]=value`).
pub fn query_pairs<T: Serialize + ?Sized>(
    name: &str,
    value: &T,
    style: Style,
    explode: bool,
) -> Result<Vec<(String, String)>, Failure> {
    let joiner = match style {
        Style::SpaceDelimited => " ",
        Style::PipeDelimited => "|",
        _ => ",",
    };
    Ok(match parts(name, value)? {
        None => Vec::new(),
        Some(Parts::Scalar(s)) => vec![(name.to_owned(), s)],
        Some(Parts::List(items)) if explode && style == Style::Form => {
            items.into_iter().map(|i| (name.to_owned(), i)).collect()
        }
        Some(Parts::List(items)) => vec![(name.to_owned(), items.join(joiner))],
        Some(Parts::Object(pairs)) if style == Style::DeepObject => pairs
            .into_iter()
            .map(|(k, v)| (format!("{name}[{k}]"), v))
            .collect(),
        Some(Parts::Object(pairs)) if explode && style == Style::Form => pairs,
        Some(Parts::Object(pairs)) => {
            let flat: Vec<String> = pairs.into_iter().flat_map(|(k, v)| [k, v]).collect();
            vec![(name.to_owned(), flat.join(joiner))]
        }
    })
}

/// The text of a structured path or header parameter (`simple`, `label` or `matrix` style);
/// in a path (`encode`), each name, key and value is percent-encoded and the delimiters are
/// not.
pub fn param_text<T: Serialize + ?Sized>(
    name: &str,
    value: &T,
    style: Style,
    explode: bool,
    encode: bool,
) -> Result<String, Failure> {
    let enc = |s: &str| {
        if encode {
            utf8_percent_encode(s, PATH_SEGMENT).to_string()
        } else {
            s.to_owned()
        }
    };
    let (prefix, separator) = match (style, explode) {
        (Style::Label, true) => (".".to_owned(), "."),
        (Style::Label, false) => (".".to_owned(), ","),
        (Style::Matrix, true) => (String::new(), ""),
        (Style::Matrix, false) => (format!(";{}=", enc(name)), ","),
        _ => (String::new(), ","),
    };
    let named = |v: String| match (style, explode) {
        (Style::Matrix, true) => format!(";{}={v}", enc(name)),
        _ => v,
    };
    let text = match parts(name, value)? {
        None => String::new(),
        Some(Parts::Scalar(s)) if style == Style::Matrix => format!(";{}={}", enc(name), enc(&s)),
        Some(Parts::Scalar(s)) => format!("{prefix}{}", enc(&s)),
        Some(Parts::List(items)) => {
            let items: Vec<String> = items.iter().map(|i| named(enc(i))).collect();
            format!("{prefix}{}", items.join(separator))
        }
        Some(Parts::Object(pairs)) if explode => {
            let pairs: Vec<String> = pairs
                .iter()
                .map(|(k, v)| match style {
                    Style::Matrix => format!(";{}={}", enc(k), enc(v)),
                    _ => format!("{}={}", enc(k), enc(v)),
                })
                .collect();
            let separator = if style == Style::Matrix {
                ""
            } else {
                separator
            };
            format!("{prefix}{}", pairs.join(separator))
        }
        Some(Parts::Object(pairs)) => {
            let flat: Vec<String> = pairs.iter().flat_map(|(k, v)| [enc(k), enc(v)]).collect();
            format!("{prefix}{}", flat.join(","))
        }
    };
    if encode && (text.is_empty() || text == "." || text == "..") {
        return Err(invalid(format!(
            "the path parameter `{name}` cannot be `{text}`"
        )));
    }
    Ok(text)
}

/// What is percent-encoded in a cookie value, so that no value can end its cookie or add
/// another: everything RFC 6265's cookie-octets leave out (controls, space, `"`, `;`, `\`,
/// non-ASCII) but the comma, which OpenAPI's `form` style writes between the items of arrays
/// and objects, and `%` so that the encoding can be undone.
pub(super) const COOKIE_VALUE: &AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'%')
    .add(b';')
    .add(b'\\');

/// A cookie parameter's value, percent-encoded where a cookie value cannot hold a character.
pub fn cookie_value(value: &str) -> String {
    utf8_percent_encode(value, COOKIE_VALUE).to_string()
}

/// Adds the pairs of structured query parameters to `url`.
pub fn append_query(url: &mut reqwest::Url, pairs: &[(String, String)]) {
    if !pairs.is_empty() {
        url.query_pairs_mut().extend_pairs(pairs);
    }
}

/// The endpoint with `path` (already encoded) appended to its own path, and `query`.
pub fn url(endpoint: &reqwest::Url, path: &str, query: &[(&str, String)]) -> reqwest::Url {
    let mut url = endpoint.clone();
    let base = endpoint.path().trim_end_matches('/');
    url.set_path(&format!("{base}{path}"));
    if !query.is_empty() {
        url.query_pairs_mut()
            .extend_pairs(query.iter().map(|(k, v)| (*k, v.as_str())));
    }
    url
}
