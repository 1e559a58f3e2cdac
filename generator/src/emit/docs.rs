//! Spec text as inert documentation.
//!
//! Descriptions are CommonMark written for other tools. Placed in `///` comments they could become
//! doc tests (fenced or indented code), broken intra-doc links (`[x]`), HTML tags (`List<T>`) or bare
//! URLs, each of which fails `cargo doc` under `-D warnings` or `cargo test`. This module rewrites
//! them so that they render as the text they were.

use proc_macro2::TokenStream;
use quote::quote;

/// Documentation built from spec text (made inert) and the generator's own Markdown (kept as is,
/// so that its intra-doc links work).
#[derive(Debug, Default)]
pub struct Docs {
    lines: Vec<String>,
}

impl Docs {
    pub fn new() -> Self {
        Docs::default()
    }

    /// Adds a paragraph of spec text.
    pub fn spec(mut self, text: &str) -> Self {
        let lines = sanitize(text);
        if !lines.is_empty() {
            self.separate();
            self.lines.extend(lines);
        }
        self
    }

    /// Adds spec text when there is some, else the generator's `fallback`.
    pub fn spec_or(self, text: Option<&str>, fallback: &str) -> Self {
        match text {
            Some(t) if !t.trim().is_empty() => self.spec(t),
            _ => self.own(fallback),
        }
    }

    /// Adds a paragraph of the generator's own Markdown.
    pub fn own(mut self, text: &str) -> Self {
        self.separate();
        self.lines.extend(text.lines().map(|l| format!(" {l}")));
        self
    }

    fn separate(&mut self) {
        if !self.lines.is_empty() {
            self.lines.push(String::new());
        }
    }

    /// `#[doc]` attributes, one per line.
    pub fn outer(&self) -> TokenStream {
        let lines = &self.lines;
        quote! { #( #[doc = #lines] )* }
    }

    /// `#![doc]` attributes, one per line.
    pub fn inner(&self) -> TokenStream {
        let lines = &self.lines;
        quote! { #( #![doc = #lines] )* }
    }
}

/// `value` as inline code, whatever characters it holds.
pub fn code(value: &str) -> String {
    if value.is_empty() {
        "the empty string".into()
    } else if value.contains('`') || value.contains('\n') {
        format!("`` {} ``", value.replace('\n', " "))
    } else {
        format!("`{value}`")
    }
}

/// Outer doc attributes for spec text.
pub fn doc(text: &str) -> TokenStream {
    Docs::new().spec(text).outer()
}

/// Outer doc attributes for the generator's own text.
pub fn own(text: &str) -> TokenStream {
    Docs::new().own(text).outer()
}

/// The lines of `text`, each with a leading space (as `///` would write it).
pub fn sanitize(text: &str) -> Vec<String> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = Vec::new();
    let mut in_fence = false;
    for line in text.trim().lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            if in_fence {
                out.push(format!(" {}", &trimmed[..3]));
            } else {
                // Every fence becomes plain text: untagged ones would be Rust doc tests, and tagged
                // ones (`json`, `sh`) are text to rustdoc anyway.
                out.push(format!(" {}text", &trimmed[..3]));
            }
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push(format!(" {line}"));
        } else {
            // Leading spaces would make an indented (Rust) code block.
            out.push(format!(" {}", escape_inline(trimmed.trim_end())));
        }
    }
    if in_fence {
        out.push(" ```".into());
    }
    while out.last().is_some_and(|l| l.trim().is_empty()) {
        out.pop();
    }
    out
}

/// Escapes `[`, `]` and `<` outside inline code, and wraps bare URLs in `<…>`.
fn escape_inline(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut in_code = false;
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        if c == '`' {
            in_code = !in_code;
            out.push(c);
            rest = &rest[1..];
            continue;
        }
        if !in_code && (rest.starts_with("https://") || rest.starts_with("http://")) {
            let end = rest
                .find(|ch: char| ch.is_whitespace() || matches!(ch, '<' | '>' | '"' | '`'))
                .unwrap_or(rest.len());
            let url = rest[..end].trim_end_matches(['.', ',', ';', ':', ')', ']', '\'', '!', '?']);
            out.push('<');
            out.push_str(url);
            out.push('>');
            rest = &rest[url.len()..];
            continue;
        }
        if !in_code
            && matches!(c, '[' | ']' | '<' | '>' | '*' | '_' | '\\' | '#')
            && needs_escape(c, &out)
        {
            out.push('\\');
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

fn needs_escape(c: char, before: &str) -> bool {
    match c {
        '[' | ']' | '<' | '\\' => true,
        // A `>` or `#` opening a line would make a quote or a heading.
        '>' | '#' => before.is_empty(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn code_links_html_and_urls_become_inert_text() {
        let text = "See [the docs](https://example.com/x).\nList<String> at https://example.com/a, ok\n    indented\n```\nfn main() {}\n```\n# title\n`a[b]<c>`";
        assert_eq!(
            sanitize(text),
            vec![
                " See \\[the docs\\](<https://example.com/x>).",
                " List\\<String> at <https://example.com/a>, ok",
                " indented",
                " ```text",
                " fn main() {}",
                " ```",
                " \\# title",
                " `a[b]<c>`",
            ]
        );
    }

    #[test]
    fn an_unclosed_fence_is_closed() {
        assert_eq!(sanitize("```json\n{"), vec![" ```text", " {", " ```"]);
    }
}
