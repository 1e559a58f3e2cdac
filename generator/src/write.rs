//! Stage 4, format and write: the only stage that writes files.
//!
//! The generator owns `Cargo.toml`, `CHANGELOG.md`, `api-surface.json` and everything under `src/`
//! of the output directory; every other path there (`tests/`, `README.md`, `target/`, `Cargo.lock`) belongs to the user and is
//! never written, removed or reported.

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use proc_macro2::TokenStream;

use crate::error::{Error, Result};

/// The directory the generator owns inside the output directory, besides `Cargo.toml`.
const OWNED_DIR: &str = "src";

/// One generated file: a path relative to the crate's root (with `/`) and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: String,
    pub contents: String,
}

/// Every file of a generated crate, in a stable order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GeneratedCrate {
    pub files: Vec<GeneratedFile>,
}

impl GeneratedCrate {
    pub fn add(&mut self, path: &str, contents: String) {
        self.files.push(GeneratedFile {
            path: path.into(),
            contents,
        });
    }

    pub fn get(&self, path: &str) -> Option<&str> {
        self.files
            .iter()
            .find(|f| f.path == path)
            .map(|f| f.contents.as_str())
    }
}

/// The first line of every generated file (without its comment marker).
pub fn header_line(source: &str) -> String {
    format!(
        "@generated from `{source}` by the workspace's OpenAPI generator. Do not edit: change the spec \
         or the generator and run `cargo xtask codegen`."
    )
}

/// Formats one part of a file with prettyplease, items spaced (see `space_items`): the
/// tokens of a whole file or of some of its items (the first part of a module may hold its
/// inner doc). `file` names the file in the error a syntax error gives.
pub fn format_part(file: &str, tokens: TokenStream) -> Result<String> {
    let parsed: syn::File = syn::parse2(tokens).map_err(|e| Error::Internal {
        file: file.into(),
        message: e.to_string(),
    })?;
    Ok(space_items(&prettyplease::unparse(&parsed)))
}

/// A file made of formatted parts under the `@generated` header: the parts in order, with the
/// blank line `space_items` would have put between the end of one and the start of the next
/// (the same text as formatting them together).
pub fn join_parts<'a>(header: &str, parts: impl IntoIterator<Item = &'a str>) -> String {
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
pub fn format_parallel<J: Sync>(
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

/// Whether [`space_items`] puts a blank line between the lines `p` and `line`.
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

/// What an earlier generation left in `out` (its API surface, changelog and `Cargo.toml`), for
/// [`crate::regenerate`]; missing files are `None`, an unreadable one is an error.
pub fn read_previous(out: &Path) -> Result<crate::changes::Previous> {
    let read = |name: &str| -> Result<Option<String>> {
        let path = out.join(name);
        match std::fs::read_to_string(&path) {
            Ok(text) => Ok(Some(text)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(Error::io(path, "read", e)),
        }
    };
    crate::changes::Previous::from_files(
        out,
        read(crate::changes::SURFACE_FILE)?,
        read(crate::changes::CHANGELOG_FILE)?,
        read("Cargo.toml")?,
    )
}

/// How a file on disk differs from the generated one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Difference {
    /// On disk with other bytes.
    Stale,
    /// Not on disk.
    Missing,
    /// On disk in a generated directory, but not generated any more.
    Extra,
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Difference::Stale => "stale",
            Difference::Missing => "missing",
            Difference::Extra => "extra",
        })
    }
}

/// Compares the generated crate with `out`, writing nothing; sorted by path.
pub fn check(out: &Path, generated: &GeneratedCrate) -> Result<Vec<(Difference, String)>> {
    let mut diffs = Vec::new();
    for file in &generated.files {
        let path = out.join(&file.path);
        match std::fs::read(&path) {
            Ok(bytes) if bytes == file.contents.as_bytes() => {}
            Ok(_) => diffs.push((Difference::Stale, file.path.clone())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                diffs.push((Difference::Missing, file.path.clone()))
            }
            Err(e) => return Err(Error::io(path, "read", e)),
        }
    }
    for extra in extra_files(out, generated)? {
        diffs.push((Difference::Extra, extra));
    }
    diffs.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(diffs)
}

/// What [`write`](fn@write) did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WriteReport {
    pub written: Vec<String>,
    pub unchanged: Vec<String>,
    pub removed: Vec<String>,
}

/// Writes the files whose bytes changed and removes extra ones, all or nothing: every changed file
/// is first written next to its destination, and only when all of them were written are they
/// renamed into place. A failure leaves the previous output as it was.
pub fn write(out: &Path, generated: &GeneratedCrate) -> Result<WriteReport> {
    let mut report = WriteReport::default();
    let mut staged: Vec<(PathBuf, PathBuf)> = Vec::new();
    let mut created_dirs: Vec<PathBuf> = Vec::new();
    let result = (|| -> Result<()> {
        for file in &generated.files {
            let path = out.join(&file.path);
            if std::fs::read(&path).is_ok_and(|b| b == file.contents.as_bytes()) {
                report.unchanged.push(file.path.clone());
                continue;
            }
            let dir = path.parent().unwrap_or(out).to_path_buf();
            create_dirs(&dir, &mut created_dirs)?;
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            let temp = dir.join(format!(".{name}.codegen-tmp"));
            std::fs::write(&temp, &file.contents).map_err(|e| Error::io(&path, "write", e))?;
            staged.push((temp, path));
            report.written.push(file.path.clone());
        }
        Ok(())
    })();
    if let Err(e) = result {
        for (temp, _) in &staged {
            let _ = std::fs::remove_file(temp);
        }
        for dir in created_dirs.iter().rev() {
            let _ = std::fs::remove_dir(dir);
        }
        return Err(e);
    }
    for (temp, path) in &staged {
        std::fs::rename(temp, path).map_err(|e| Error::io(path, "replace", e))?;
    }
    for extra in extra_files(out, generated)? {
        let path = out.join(&extra);
        std::fs::remove_file(&path).map_err(|e| Error::io(&path, "remove", e))?;
        report.removed.push(extra);
    }
    Ok(report)
}

fn create_dirs(dir: &Path, created: &mut Vec<PathBuf>) -> Result<()> {
    let mut missing = Vec::new();
    let mut current = Some(dir);
    while let Some(d) = current {
        if d.as_os_str().is_empty() || d.exists() {
            break;
        }
        missing.push(d.to_path_buf());
        current = d.parent();
    }
    for d in missing.into_iter().rev() {
        std::fs::create_dir(&d).map_err(|e| Error::io(&d, "create the directory", e))?;
        created.push(d);
    }
    if !dir.as_os_str().is_empty() && !dir.is_dir() {
        return Err(Error::io(
            dir,
            "write into",
            std::io::Error::other("it is not a directory"),
        ));
    }
    Ok(())
}

/// Files under the owned directory that are not generated (hidden files included).
fn extra_files(out: &Path, generated: &GeneratedCrate) -> Result<Vec<String>> {
    let wanted: BTreeSet<&str> = generated.files.iter().map(|f| f.path.as_str()).collect();
    let mut found = Vec::new();
    let mut stack = vec![OWNED_DIR.to_string()];
    while let Some(rel) = stack.pop() {
        let dir = out.join(&rel);
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
                ) =>
            {
                continue;
            }
            Err(e) => return Err(Error::io(dir, "list", e)),
        };
        for entry in entries {
            let entry = entry.map_err(|e| Error::io(&dir, "list", e))?;
            let child = format!("{rel}/{}", entry.file_name().to_string_lossy());
            if entry
                .file_type()
                .map_err(|e| Error::io(entry.path(), "inspect", e))?
                .is_dir()
            {
                stack.push(child);
            } else if !wanted.contains(child.as_str()) {
                found.push(child);
            }
        }
    }
    found.sort();
    Ok(found)
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
            .collect::<crate::Result<_>>()
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
