//! Spec text as inert documentation.
//!
//! Descriptions are CommonMark written for other tools. Placed in `///` comments they could become
//! doc tests (fenced or indented code), broken intra-doc links (`[x]`), HTML tags (`List<T>`) or bare
//! URLs, each of which fails `cargo doc` under `-D warnings` or `cargo test`. This module rewrites
//! them so that they render as the text they were.

use proc_macro2::TokenStream;

use crate::text::longest_run;
pub(crate) use crate::text::{code, visible};
use quote::quote;

/// Documentation built from spec text (made inert) and the generator's own Markdown (kept as is,
/// so that its intra-doc links work).
#[derive(Debug, Default)]
pub(crate) struct Docs {
    lines: Vec<String>,
}

impl Docs {
    pub(crate) fn new() -> Self {
        Docs::default()
    }

    /// Adds a paragraph of spec text.
    pub(crate) fn spec(mut self, text: &str) -> Self {
        let lines = sanitize(text);
        if !lines.is_empty() {
            self.separate();
            self.lines.extend(lines);
        }
        self
    }

    /// Adds spec text when there is some, else the generator's `fallback`.
    pub(crate) fn spec_or(self, text: Option<&str>, fallback: &str) -> Self {
        match text {
            Some(t) if !t.trim().is_empty() => self.spec(t),
            _ => self.own(fallback),
        }
    }

    /// Adds a paragraph, or a list item when `label` starts with `- `, that opens with the
    /// generator's Markdown `label` and goes on with spec text (made inert), if any.
    pub(crate) fn labelled(mut self, label: &str, text: Option<&str>) -> Self {
        self.separate();
        let lines = text.map(sanitize).unwrap_or_default();
        let indent = if label.starts_with("- ") { "  " } else { "" };
        let mut rest = lines.iter();
        let opens_fence = text.is_some_and(|t| {
            let t = t.trim_start();
            t.starts_with("```") || t.starts_with("~~~")
        });
        match rest.next() {
            Some(first) if !opens_fence => {
                self.lines.push(format!(" {label}{}", first.trim_start()))
            }
            Some(first) => {
                self.lines.push(format!(" {}", label.trim_end()));
                self.lines.push(format!(" {indent}{}", first.trim_start()));
            }
            None => self.lines.push(format!(" {}", label.trim_end())),
        }
        for line in rest {
            self.lines.push(match line.strip_prefix(' ') {
                Some(text) if !text.is_empty() => format!(" {indent}{text}"),
                _ => String::new(),
            });
        }
        self
    }

    /// Adds a paragraph of the generator's own Markdown.
    pub(crate) fn own(mut self, text: &str) -> Self {
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
    pub(crate) fn outer(&self) -> TokenStream {
        let lines = &self.lines;
        quote! { #( #[doc = #lines] )* }
    }

    /// `#![doc]` attributes, one per line.
    pub(crate) fn inner(&self) -> TokenStream {
        let lines = &self.lines;
        quote! { #( #![doc = #lines] )* }
    }
}

/// Outer doc attributes for the generator's own text.
pub(crate) fn own(text: &str) -> TokenStream {
    Docs::new().own(text).outer()
}

/// The lines of `text`, each with a leading space (as `///` would write it), as inert text.
///
/// The rule is structural, so that no spec text can become HTML, a link target other than an
/// `http(s)` URL, a code block rustdoc would run, or anything but what it says: outside fences
/// every character CommonMark could read as markup is backslash-escaped (backticks included,
/// so there are no code spans to get out of step with), and nothing opens a line that could
/// start a block (heading, quote, list, indented code). A fenced block of the spec becomes a
/// `text` block fenced by more backticks than any line inside it holds, so no line inside can
/// close it.
pub(crate) fn sanitize(text: &str) -> Vec<String> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = Vec::new();
    let mut fence: Option<Vec<&str>> = None;
    for line in text.trim().lines() {
        let trimmed = line.trim_start();
        let is_fence = trimmed.starts_with("```") || trimmed.starts_with("~~~");
        match (fence.as_mut(), is_fence) {
            (None, true) => fence = Some(Vec::new()),
            (Some(_), true) => push_fence(&mut out, fence.take().unwrap_or_default()),
            (Some(lines), false) => lines.push(line),
            // Leading spaces would make an indented code block. List markers are kept (one
            // space after each, so no item opens with indented code); what follows them is
            // escaped as the start of a line.
            (None, false) => {
                let (markers, content) = list_markers(trimmed.trim_end());
                out.push(format!(" {markers}{}", escape_inline(content)));
            }
        }
    }
    if let Some(lines) = fence {
        push_fence(&mut out, lines);
    }
    while out.last().is_some_and(|l| l.trim().is_empty()) {
        out.pop();
    }
    out
}

/// The list markers (`-`, `*`, `+`, `1.`, `1)`, nested ones too) that open `line`, each
/// written with one space after it, and the rest of the line.
fn list_markers(line: &str) -> (String, &str) {
    let mut markers = String::new();
    let mut rest = line;
    loop {
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let marker = match rest.as_bytes().get(digits) {
            Some(b'-' | b'*' | b'+') if digits == 0 => 1,
            Some(b'.' | b')') if (1..=9).contains(&digits) => digits + 1,
            _ => 0,
        };
        let after = &rest[marker..];
        if marker == 0 || !after.starts_with([' ', '\t']) {
            return (markers, rest);
        }
        markers.push_str(&rest[..marker]);
        markers.push(' ');
        rest = after.trim_start();
    }
}

/// A fenced block of spec text as a `text` block no line of it can close.
fn push_fence(out: &mut Vec<String>, lines: Vec<&str>) {
    let longest = lines.iter().map(|l| longest_run(l, '`')).max().unwrap_or(0);
    let marker = "`".repeat(longest.max(2) + 1);
    out.push(format!(" {marker}text"));
    out.extend(lines.iter().map(|l| format!(" {}", visible(l.trim_end()))));
    out.push(format!(" {marker}"));
}

/// Escapes what CommonMark could read as markup, and wraps bare `http(s)` URLs in `<…>`. A code
/// span that opens and closes on the line (a run of backticks, then the next run of the same
/// length) is kept as it is: its inside is literal to CommonMark whatever it holds. Every other
/// backtick is escaped, so no span can reach across lines.
fn escape_inline(line: &str) -> String {
    let line = visible(line);
    let mut out = String::with_capacity(line.len() + 8);
    let mut rest = line.as_str();
    while let Some(c) = rest.chars().next() {
        if c == '`' {
            let run = rest.len() - rest.trim_start_matches('`').len();
            match span_end(&rest[run..], run) {
                Some(end) => {
                    out.push_str(&rest[..run + end + run]);
                    rest = &rest[run + end + run..];
                }
                None => {
                    out.push_str(&"\\`".repeat(run));
                    rest = &rest[run..];
                }
            }
            continue;
        }
        if rest.starts_with("https://") || rest.starts_with("http://") {
            let end = rest
                .find(|ch: char| ch.is_whitespace() || matches!(ch, '<' | '>' | '"' | '`' | '\\'))
                .unwrap_or(rest.len());
            let url = rest[..end].trim_end_matches(['.', ',', ';', ':', ')', ']', '\'', '!', '?']);
            out.push('<');
            out.push_str(url);
            out.push('>');
            rest = &rest[url.len()..];
            continue;
        }
        if needs_escape(c, &out) {
            out.push('\\');
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// Where, in `after` (what follows an opening run of `run` backticks), the code span's content
/// ends: at the next run of exactly `run` backticks; `None` when the line has none.
fn span_end(after: &str, run: usize) -> Option<usize> {
    let mut at = 0;
    while let Some(start) = after[at..].find('`') {
        let start = at + start;
        let len = after[start..].len() - after[start..].trim_start_matches('`').len();
        if len == run && start > 0 {
            return Some(start);
        }
        at = start + len;
    }
    None
}

/// Whether `c`, after `before` on its line, must be escaped. (Entities need no escape: `&lt;`
/// is text however it is written; `!` makes an image only before a `[`, which is escaped.)
fn needs_escape(c: char, before: &str) -> bool {
    match c {
        // Code spans, links, HTML, autolinks and escapes themselves.
        '`' | '[' | ']' | '<' | '>' | '\\' => true,
        // A heading, a quote or a `~~~` fence opening a line (list markers are dealt with
        // before; emphasis, rules, setext underlines and tables are formatting, not markup
        // that can run or link).
        '#' | '~' => before.is_empty(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::{code, sanitize};
    use crate::text::is_bidi_control;
    use proptest::prelude::*;
    use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag};

    #[test]
    fn code_links_html_and_urls_become_inert_text() {
        let text = "See [the docs](https://example.com/x).\nList<String> at https://example.com/a, ok\n    indented\n```\nfn main() {}\n```\n# title\n`a[b]<c>`\n- item\n2. second\n-     not code\n* - ```\n1) # x";
        assert_eq!(
            sanitize(text),
            vec![
                " See \\[the docs\\](<https://example.com/x>).",
                " List\\<String\\> at <https://example.com/a>, ok",
                " indented",
                " ```text",
                " fn main() {}",
                " ```",
                " \\# title",
                " `a[b]<c>`",
                " - item",
                " 2. second",
                " - not code",
                " * - \\`\\`\\`",
                " 1) \\# x",
            ]
        );
    }

    #[test]
    fn only_code_spans_that_close_on_their_line_are_kept() {
        assert_eq!(
            sanitize("a `b` c ``d`e`` `f\ng` ``h` <i>"),
            vec![" a `b` c ``d`e`` \\`f", " g` ``h` \\<i\\>"]
        );
    }

    #[test]
    fn labels_start_list_items_that_go_on_with_spec_text() {
        let docs = super::Docs::new()
            .labelled("- `id` (in path): ", Some("The <id>.\n\n-    an item"))
            .labelled("- `body`", None);
        assert_eq!(
            docs.lines,
            vec![
                " - `id` (in path): The \\<id\\>.",
                "",
                "   - an item",
                "",
                " - `body`",
            ]
        );
    }

    #[test]
    fn an_unclosed_fence_is_closed() {
        assert_eq!(sanitize("```json\n{"), vec![" ```text", " {", " ```"]);
    }

    #[test]
    fn no_line_inside_a_fence_can_close_it() {
        assert_eq!(
            sanitize("```\nlet s = \"```\";\n  x ```` y\n```"),
            vec![" `````text", " let s = \"```\";", "   x ```` y", " `````"]
        );
    }

    #[test]
    fn inline_code_holds_any_value() {
        assert_eq!(code("a"), "`a`");
        assert_eq!(code("a`b"), "`` a`b ``");
        assert_eq!(code("``x``"), "``` ``x`` ```");
        assert_eq!(code("a\nb\u{202e}"), "`a b\\u{202e}`");
    }

    /// Pieces that have made Markdown go wrong: fences of every length inside and outside list
    /// items, code spans across lines, raw HTML, `javascript:` links, indentation, line breaks
    /// of every kind, bidi controls and NUL.
    const PIECES: &[&str] = &[
        "```",
        "````",
        "~~~",
        "`",
        "``",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[a](javascript:alert(1))",
        "[b]: javascript:alert(2)",
        "<javascript:alert(3)>",
        "![i](x.png)",
        "javascript:alert(4)",
        "\n",
        "\r",
        "\r\n",
        "\n\n",
        "    ",
        "\t",
        "- ",
        "* ",
        "1. ",
        "2) ",
        "> ",
        "-     ",
        "1)\t\t",
        "+ ",
        "**b**",
        "---",
        "~~~~",
        "# ",
        "*/",
        "/*",
        "\u{202e}",
        "\u{2066}",
        "\0",
        "<",
        ">",
        "]",
        "[",
        "(",
        ")",
        "\\",
        "https://e.example/a?b=<c>",
        "&lt;script&gt;",
        "&#60;",
        "text",
        " ",
        "|a|b|\n|-|-|",
        "===",
        "<!-- c -->",
        "<details>",
        "[^1]",
        "[^1]: note",
        "{#id}",
        "<https://ok.example>",
    ];

    fn hostile_text() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|p| p.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Whatever the spec says, rustdoc's parser (with the extensions rustdoc turns on) sees
        /// only text, `text` code blocks and links to http(s) URLs.
        #[test]
        fn spec_text_stays_text(text in hostile_text()) {
            let lines = sanitize(&text);
            for line in &lines {
                prop_assert!(!line.contains('\n') && !line.contains('\r'), "{line:?}");
                prop_assert!(
                    !line.chars().any(|c| (c.is_control() && c != '\t') || is_bidi_control(c)),
                    "{line:?}"
                );
            }
            // rustdoc removes the common leading space before parsing.
            let doc: Vec<&str> = lines.iter().map(|l| l.strip_prefix(' ').unwrap_or(l)).collect();
            let doc = doc.join("\n");
            let options = Options::ENABLE_TABLES
                | Options::ENABLE_FOOTNOTES
                | Options::ENABLE_STRIKETHROUGH
                | Options::ENABLE_TASKLISTS
                | Options::ENABLE_SMART_PUNCTUATION;
            for event in Parser::new_ext(&doc, options) {
                match event {
                    Event::Html(h) | Event::InlineHtml(h) => prop_assert!(false, "HTML {h:?} in {doc:?}"),
                    Event::Start(Tag::Link { dest_url, .. }) => prop_assert!(
                        dest_url.starts_with("https://") || dest_url.starts_with("http://"),
                        "link to {dest_url:?} in {doc:?}"
                    ),
                    Event::Start(Tag::Image { .. }) => prop_assert!(false, "image in {doc:?}"),
                    Event::Start(Tag::CodeBlock(kind)) => prop_assert!(
                        matches!(&kind, CodeBlockKind::Fenced(info) if &**info == "text"),
                        "code block {kind:?} in {doc:?}"
                    ),
                    Event::Start(Tag::FootnoteDefinition(_)) | Event::FootnoteReference(_) => {
                        prop_assert!(false, "footnote in {doc:?}")
                    }
                    _ => {}
                }
            }
        }
    }
}
