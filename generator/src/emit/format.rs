//! The end of emit: token streams formatted with `prettyplease` into the text of files, in parts
//! on every core, under the `@generated` header.

use std::sync::atomic::{AtomicUsize, Ordering};

use proc_macro2::TokenStream;

use crate::error::{Error, Result};

/// The first line of every generated file (without its comment marker).
pub(crate) fn header_line(source: &str) -> String {
    // The path is the user's, but a file name can hold a line break: it stays on this line.
    let source = crate::text::visible(source);
    format!(
        "@generated from `{source}` by the workspace's OpenAPI generator. Do not edit: change the spec \
         or the generator and run `cargo xtask codegen`."
    )
}

/// Formats one part of a file with prettyplease, items spaced (see `space_items`): the
/// tokens of a whole file or of some of its items (the first part of a module may hold its
/// inner doc). `file` names the file in the error a syntax error gives.
pub(crate) fn format_part(file: &str, tokens: TokenStream) -> Result<String> {
    let parsed: syn::File = syn::parse2(tokens).map_err(|e| Error::Internal {
        file: file.into(),
        message: e.to_string(),
    })?;
    Ok(space_items(&prettyplease::unparse(&parsed)))
}

/// A file made of formatted parts under the `@generated` header: the parts in order, with the
/// blank line `space_items` would have put between the end of one and the start of the next
/// (the same text as formatting them together).
pub(crate) fn join_parts<'a>(header: &str, parts: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = format!("// {header}\n\n");
    let mut last: Option<&str> = None;
    for part in parts {
        let first = part.lines().next();
        if let (Some(p), Some(line)) = (last, first)
            && blank_between(p, line)
        {
            out.push('\n');
        }
        out.push_str(part);
        last = part.lines().next_back().or(last);
    }
    out
}

/// Renders and formats `jobs` on every core (each thread takes the next job as it is free;
/// token streams are not `Send`, so each thread makes its own), results in `jobs`' order: the
/// output does not depend on the threads. A job is rendered, formatted and its tokens and
/// syntax tree dropped before the thread takes another, so the peak stays a few parts' worth.
pub(crate) fn format_parallel<J: Sync>(
    jobs: &[J],
    render: impl Fn(&J) -> (&'static str, TokenStream) + Sync,
) -> Vec<Result<String>> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(jobs.len());
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(job) = jobs.get(i) else {
                return done;
            };
            let (file, tokens) = render(job);
            done.push((i, format_part(file, tokens)));
        }
    };
    let mut results: Vec<Option<Result<String>>> = Vec::new();
    results.resize_with(jobs.len(), || None);
    std::thread::scope(|s| {
        let helpers: Vec<_> = (1..threads).map(|_| s.spawn(work)).collect();
        let mut finished = vec![Ok(work())];
        finished.extend(helpers.into_iter().map(|h| h.join()));
        for batch in finished {
            // A panicking thread loses its jobs; they are reported below.
            for (i, result) in batch.into_iter().flatten() {
                results[i] = Some(result);
            }
        }
    });
    results
        .into_iter()
        .map(|r| {
            r.unwrap_or_else(|| {
                Err(Error::Internal {
                    file: "(formatting)".into(),
                    message: "a formatting thread panicked".into(),
                })
            })
        })
        .collect()
}

/// Puts a blank line between items (prettyplease writes them back to back): after a module's
/// doc and its `use` lines, and wherever an item, attribute or doc comment follows the end of
/// another item at the same depth of a module or an `impl`.
fn space_items(code: &str) -> String {
    let mut out = String::with_capacity(code.len() + code.len() / 16);
    let mut prev: Option<&str> = None;
    for line in code.lines() {
        if let Some(p) = prev
            && blank_between(p, line)
        {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        prev = Some(line);
    }
    out
}

/// Whether `space_items` puts a blank line between the lines `p` and `line`.
fn blank_between(p: &str, line: &str) -> bool {
    const STARTS: &[&str] = &[
        "///", "#[", "pub ", "pub(", "impl", "fn ", "async fn", "const ", "struct ", "enum ",
        "type ", "mod ", "use ",
    ];
    if p.is_empty() || line.is_empty() {
        return false;
    }
    let indent = line.len() - line.trim_start().len();
    let p_indent = p.len() - p.trim_start().len();
    let (t, pt) = (line.trim_start(), p.trim_start());
    let starts_item = STARTS.iter().any(|s| t.starts_with(s));
    let ends_item = !pt.starts_with("//")
        && (pt == "}" || (pt.ends_with(';') && !pt.starts_with("use ")) || pt.ends_with("{}"));
    (pt.starts_with("//!") && !t.starts_with("//!"))
        || (pt.starts_with("use ") && !t.starts_with("use ") && indent == 0)
        || (ends_item && starts_item && indent == p_indent && indent <= 4)
}

#[cfg(test)]
mod tests {
    use super::{format_parallel, join_parts, space_items};
    use quote::{format_ident, quote};

    #[test]
    fn items_are_spaced_and_doc_comments_are_kept_whole() {
        let code = "//! Module.\nuse a::b;\nuse c::d;\n/// A.\npub struct A;\nimpl A {\n    /// Ends like code;\n    /// really.\n    fn f() {\n        let x = 1;\n        let y = 2;\n    }\n    fn g() {}\n}\n";
        assert_eq!(
            space_items(code),
            "//! Module.\n\nuse a::b;\nuse c::d;\n\n/// A.\npub struct A;\n\nimpl A {\n    /// Ends like code;\n    /// really.\n    fn f() {\n        let x = 1;\n        let y = 2;\n    }\n\n    fn g() {}\n}\n"
        );
        assert_eq!(
            space_items(&space_items(code)),
            space_items(code),
            "spacing twice changes nothing"
        );
    }

    #[test]
    fn parts_joined_read_as_the_whole_spaced() {
        let parts = [
            "//! Module.\nuse a::b;\n",
            "/// A.\npub struct A;\n",
            "",
            "impl A {\n    fn f() {}\n}\n",
            "const X: u8 = 1;\n",
        ];
        let spaced: Vec<String> = parts.iter().map(|p| space_items(p)).collect();
        assert_eq!(
            join_parts("h", spaced.iter().map(String::as_str)),
            format!("// h\n\n{}", space_items(&parts.concat()))
        );
    }

    #[test]
    fn parallel_formatting_keeps_the_order_of_the_jobs() {
        // Jobs of very different sizes, so that threads finish them out of order.
        let jobs: Vec<usize> = (0..64).map(|i| (i * 37) % 50).collect();
        let render = |n: &usize| {
            let fields = (0..*n).map(|f| format_ident!("f{f}"));
            let name = format_ident!("S{n}");
            (
                "test.rs",
                quote! { pub struct #name { #(pub #fields: u8,)* } },
            )
        };
        let formatted: Vec<String> = format_parallel(&jobs, render)
            .into_iter()
            .collect::<crate::error::Result<_>>()
            .expect("every job formats");
        for (n, code) in jobs.iter().zip(&formatted) {
            assert!(code.starts_with(&format!("pub struct S{n} {{")), "{code}");
            assert_eq!(code.matches(": u8,").count(), *n);
        }
    }

    #[test]
    fn a_job_that_does_not_parse_is_an_error_naming_its_file() {
        let jobs = [true, false, true];
        let results = format_parallel(&jobs, |ok| {
            if *ok {
                ("good.rs", quote! { struct A; })
            } else {
                ("bad.rs", quote! { struct ; })
            }
        });
        assert!(results[0].is_ok() && results[2].is_ok());
        let error = results[1].as_ref().expect_err("a syntax error").to_string();
        assert!(error.contains("bad.rs"), "{error}");
    }
}
