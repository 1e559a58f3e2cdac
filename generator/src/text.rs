//! Text from a spec written into another context on one line: inline Markdown code, comments,
//! reports. A leaf: every stage may use it.

/// `value` as inline code, whatever characters it holds: delimited by a run of backticks
/// longer than any inside it (CommonMark's rule), on one line, with control and bidirectional
/// characters written as escapes.
pub(crate) fn code(value: &str) -> String {
    if value.is_empty() {
        return "the empty string".into();
    }
    let value = visible(&value.replace(['\n', '\r'], " "));
    let ticks = "`".repeat(longest_run(&value, '`') + 1);
    if value.contains('`') {
        format!("{ticks} {value} {ticks}")
    } else {
        format!("{ticks}{value}{ticks}")
    }
}

/// The longest run of `c` in `text`.
pub(crate) fn longest_run(text: &str, c: char) -> usize {
    let (mut longest, mut run) = (0, 0);
    for ch in text.chars() {
        run = if ch == c { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

/// `text` with control characters (but tabs) and Unicode's bidirectional formatting characters
/// written as `\u{…}`: rustc refuses bidi controls in comments and bare CRs in doc comments,
/// and none of them belongs in documentation.
pub(crate) fn visible(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if (c.is_control() && c != '\t') || is_bidi_control(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// Unicode's explicit bidirectional formatting characters and marks.
pub(crate) fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` on one line: runs of white space (line breaks included) become one space, and what
/// [`visible`] escapes is escaped. For a manifest's description, say, which Cargo passes on in
/// an environment variable (where a NUL cannot go).
pub(crate) fn one_line(text: &str) -> String {
    visible(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}
