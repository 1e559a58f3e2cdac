//! Spec names to Rust identifiers: valid, conventional and never colliding.

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Keywords of Rust 2024 (strict, reserved and weak ones that cannot name a field).
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers.
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super", "_"];

/// Type names the generated modules use themselves, which a model must not shadow.
const RESERVED_TYPES: &[&str] = &[
    "Option", "Some", "None", "Result", "Ok", "Err", "String", "Vec", "Box", "BTreeMap", "Value",
    "Default", "Clone", "Copy", "Send", "Sync", "Sized", "From", "Into", "Iterator", "ToString",
    "Self",
];

/// Keeps ASCII letters and digits (heck would keep other characters), splitting words elsewhere.
fn words(raw: &str) -> String {
    raw.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect()
}

/// A `PascalCase` type name for `raw`.
pub fn type_name(raw: &str) -> String {
    let mut name = words(raw).to_upper_camel_case();
    if name.is_empty() {
        name = "Unnamed".into();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert_str(0, "Type");
    }
    if RESERVED_TYPES.contains(&name.as_str()) {
        name.push_str("Model");
    }
    name
}

/// A `PascalCase` enum variant name for the value `raw`.
pub(super) fn variant_name(raw: &str) -> String {
    let mut name = words(raw).to_upper_camel_case();
    if name.is_empty() {
        name = if raw.is_empty() {
            "Empty".into()
        } else {
            "Value".into()
        };
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'V');
    }
    if name == "Self" {
        name.push('_');
    }
    name
}

/// A `snake_case` field, parameter or method name for `raw`; keywords become raw identifiers
/// (`r#type`), or get a trailing `_` where Rust has no raw form.
pub fn value_name(raw: &str) -> String {
    let mut name = words(raw).to_snake_case();
    if name.is_empty() {
        name = "value".into();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, '_');
    }
    if NOT_RAW.contains(&name.as_str()) {
        name.push('_');
    } else if KEYWORDS.contains(&name.as_str()) {
        name.insert_str(0, "r#");
    }
    name
}

/// Hands out names unique within one scope, suffixing `2`, `3`, … on collision.
#[derive(Debug, Default)]
pub(super) struct Scope {
    used: BTreeSet<String>,
}

impl Scope {
    pub(super) fn with_reserved(reserved: &[&str]) -> Self {
        Scope {
            used: reserved.iter().map(|s| s.to_string()).collect(),
        }
    }

    pub(super) fn claim(&mut self, base: String) -> String {
        if self.used.insert(base.clone()) {
            return base;
        }
        let stem = base.trim_start_matches("r#");
        let sep = if stem.ends_with(|c: char| c.is_ascii_digit()) {
            "_"
        } else {
            ""
        };
        (2..)
            .map(|n| format!("{stem}{sep}{n}"))
            .find(|candidate| self.used.insert(candidate.clone()))
            .expect("an unused numbered name exists")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_are_valid_and_conventional() {
        assert_eq!(type_name("communicationUser"), "CommunicationUser");
        assert_eq!(type_name("2fa-settings"), "Type2faSettings");
        assert_eq!(type_name("String"), "StringModel");
        assert_eq!(type_name("é"), "Unnamed");
        assert_eq!(value_name("callConnectionId"), "call_connection_id");
        assert_eq!(value_name("type"), "r#type");
        assert_eq!(value_name("self"), "self_");
        assert_eq!(value_name("api-version"), "api_version");
        assert_eq!(value_name("$"), "value");
        assert_eq!(value_name("1st"), "_1st");
        assert_eq!(variant_name(""), "Empty");
        assert_eq!(variant_name("=="), "Value");
        assert_eq!(variant_name("2xx"), "V2xx");
        assert_eq!(variant_name("microsoftTeamsUser"), "MicrosoftTeamsUser");
    }

    #[test]
    fn scopes_never_give_a_name_twice() {
        let mut scope = Scope::with_reserved(&["new"]);
        assert_eq!(scope.claim("new".into()), "new2");
        assert_eq!(scope.claim("a".into()), "a");
        assert_eq!(scope.claim("a".into()), "a2");
        assert_eq!(scope.claim("v1".into()), "v1");
        assert_eq!(scope.claim("v1".into()), "v1_2");
        assert_eq!(scope.claim("r#type".into()), "r#type");
        assert_eq!(scope.claim("r#type".into()), "type2");
    }
}
