//! Stage 4, write: the only stage that writes files, and file access only (the text of every
//! file comes formatted from emit).
//!
//! In the output directory the generator owns `src/generated/` (every file under it),
//! `CHANGELOG.md`, `api-surface.json` and the `version` line of `Cargo.toml`'s `[package]`.
//! `Cargo.toml` and `src/lib.rs` are starters: written when missing (a new crate), never
//! overwritten, and never reported stale. Everything else (`tests/`, `examples/`, hand-written
//! modules, `target/`) belongs to the user and is never written, removed or reported.
//!
//! A crate made before the generated code moved into `src/generated/` is taken over: its
//! `src/*.rs` files and `Cargo.toml` that start with the `@generated` header are the
//! generator's, so they are replaced by the starters or removed.

use std::collections::BTreeSet;
use std::fmt;
use std::path::Path;

use crate::error::{Error, Result};

pub mod stage;

use crate::emit::GENERATED_DIR;

/// Where an older generator wrote the generated code: its files there carry the header.
const LEGACY_DIR: &str = "src";

/// What the first line of every file the generator made contains.
const GENERATED_MARK: &str = "@generated";

/// The file whose `version` line the generator sets.
const MANIFEST: &str = "Cargo.toml";

pub use crate::emit::{GeneratedCrate, GeneratedFile};

/// The text of `name` in `out`, `None` when it does not exist; an unreadable file is an error.
pub fn read_optional(out: &Path, name: &str) -> Result<Option<String>> {
    let path = out.join(name);
    match std::fs::read_to_string(&path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(path, "read", e)),
    }
}

/// The bytes of `name` in `out`, `None` when it does not exist: an owned file is compared as
/// bytes, so one that is not UTF-8 any more is stale, not an error.
fn read_bytes(out: &Path, name: &str) -> Result<Option<Vec<u8>>> {
    let path = out.join(name);
    match std::fs::read(&path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(path, "read", e)),
    }
}

/// How a file on disk differs from the generated one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Difference {
    /// On disk with other bytes (for `Cargo.toml`: another version).
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
        match read_bytes(out, &file.path)? {
            Some(bytes) if bytes == file.contents.as_bytes() => {}
            Some(_) => diffs.push((Difference::Stale, file.path.clone())),
            None => diffs.push((Difference::Missing, file.path.clone())),
        }
    }
    for file in &generated.starters {
        match read_optional(out, &file.path)? {
            None => diffs.push((Difference::Missing, file.path.clone())),
            Some(text) if is_generated(&text) => diffs.push((Difference::Stale, file.path.clone())),
            Some(_) => {}
        }
    }
    if let Some(version) = &generated.version
        && let Some(text) = manifest(out, generated)?
        && set_package_version(&text, version)? != text
        && !diffs.iter().any(|(_, p)| p == MANIFEST)
    {
        diffs.push((Difference::Stale, MANIFEST.into()));
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

/// Writes the owned files whose bytes changed, the starters that are missing and the version
/// line, and removes extra files, all or nothing: everything is first written into a staging
/// directory created for this run (see [`stage`]), then switched into place with one rename per
/// changed file outside `src/generated/` and two for `src/generated/` as a whole. A failure
/// before the switch leaves the previous output as it was; a run killed during the switch is
/// finished by the next one (which first finishes, or rolls back, what an earlier run left).
pub fn write(out: &Path, generated: &GeneratedCrate) -> Result<WriteReport> {
    stage::recover(out)?;
    let mut report = WriteReport::default();
    let mut changes: Vec<(&str, String)> = Vec::new();
    for file in &generated.files {
        if read_bytes(out, &file.path)?.is_some_and(|b| b == file.contents.as_bytes()) {
            report.unchanged.push(file.path.clone());
        } else {
            changes.push((&file.path, file.contents.clone()));
        }
    }
    for file in &generated.starters {
        match read_optional(out, &file.path)? {
            Some(text) if !is_generated(&text) => {}
            _ => changes.push((&file.path, file.contents.clone())),
        }
    }
    if let Some(version) = &generated.version
        && let Some(text) = manifest(out, generated)?
    {
        let updated = set_package_version(&text, version)?;
        if updated != text {
            changes.retain(|(path, _)| *path != MANIFEST);
            changes.push((MANIFEST, updated));
        }
    }
    let extras = extra_files(out, generated)?;
    let owned_changed = changes
        .iter()
        .map(|(p, _)| *p)
        .chain(extras.iter().map(String::as_str))
        .any(in_owned_dir);
    // The owned directory is switched whole, so it is staged whole; other files one by one.
    let owned: Vec<(&str, &str)> = if owned_changed {
        generated
            .files
            .iter()
            .filter(|f| in_owned_dir(&f.path))
            .map(|f| (f.path.as_str(), f.contents.as_str()))
            .collect()
    } else {
        Vec::new()
    };
    let others: Vec<(&str, &str)> = changes
        .iter()
        .filter(|(p, _)| !in_owned_dir(p))
        .map(|(p, c)| (*p, c.as_str()))
        .collect();
    if !owned.is_empty() || !others.is_empty() {
        stage::Stage::prepare(out, &owned, &others)?.switch()?;
    }
    report
        .written
        .extend(changes.iter().map(|(p, _)| p.to_string()));
    for extra in extras {
        // Those of the owned directory went with the switch; an older layout's are removed.
        let path = out.join(&extra);
        if !in_owned_dir(&extra) {
            std::fs::remove_file(&path).map_err(|e| Error::io(&path, "remove", e))?;
        }
        report.removed.push(extra);
    }
    Ok(report)
}

/// Refuses an output directory that holds files the generator did not make: writing there
/// would set its manifest's version and replace its `CHANGELOG.md`. Ours are: a directory that
/// is missing or empty, or one with the generator's `api-surface.json`, `src/generated/` or
/// (an older layout) a `Cargo.toml` or `src/lib.rs` under the `@generated` header.
pub fn ensure_ours(out: &Path) -> Result<()> {
    let mut entries = match std::fs::read_dir(out) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::io(out, "list", e)),
    };
    if entries.next().is_none() {
        return Ok(());
    }
    let marked = |name: &str| -> Result<bool> {
        Ok(read_optional(out, name)?.is_some_and(|t| is_generated(&t)))
    };
    let surface = read_optional(out, "api-surface.json")?
        .is_some_and(|t| t.contains("by the workspace's OpenAPI generator"));
    if surface
        || marked(&format!("{GENERATED_DIR}/mod.rs"))?
        || marked(MANIFEST)?
        || marked("src/lib.rs")?
    {
        return Ok(());
    }
    Err(Error::config(format!(
        "`{}` holds files the generator did not make (no `api-surface.json`, no `{GENERATED_DIR}/`): \
         writing there would set its `Cargo.toml` version and replace its `CHANGELOG.md`; point \
         `--out` at a new or empty directory, or pass `--force` to add the generated module to it",
        out.display()
    )))
}

/// Whether `path` (relative to the crate) is under the directory the generator owns.
fn in_owned_dir(path: &str) -> bool {
    path.strip_prefix(GENERATED_DIR)
        .is_some_and(|rest| rest.starts_with('/'))
}

/// The `Cargo.toml` the version goes into: the one on disk unless it is missing or an older
/// generator's (then the starter that replaces it).
fn manifest(out: &Path, generated: &GeneratedCrate) -> Result<Option<String>> {
    let starter = generated
        .starters
        .iter()
        .find(|f| f.path == MANIFEST)
        .map(|f| f.contents.clone());
    Ok(match read_optional(out, MANIFEST)? {
        Some(text) if !is_generated(&text) => Some(text),
        _ => starter,
    })
}

/// Whether a file's first line marks it as the generator's.
fn is_generated(text: &str) -> bool {
    text.lines()
        .next()
        .is_some_and(|l| l.contains(GENERATED_MARK))
}

/// `manifest` with the `version` of its `[package]` set to `version`. A manifest whose
/// `[package]` has no `version = "…"` line is an error (the version cannot be kept then).
pub fn set_package_version(manifest: &str, version: &str) -> Result<String> {
    let mut in_package = false;
    let mut out = String::with_capacity(manifest.len() + 8);
    let mut found = false;
    for line in manifest.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            in_package = trimmed == "[package]";
        }
        let key = trimmed.split('=').next().unwrap_or_default().trim();
        let value = trimmed.split_once('=').map(|(_, v)| v.trim());
        if in_package && !found && key == "version" && value.is_some_and(|v| v.starts_with('"')) {
            found = true;
            let indent = &line[..line.len() - line.trim_start().len()];
            let end = if line.ends_with("\r\n") {
                "\r\n"
            } else if line.ends_with('\n') {
                "\n"
            } else {
                ""
            };
            out.push_str(&format!("{indent}version = \"{version}\"{end}"));
        } else {
            out.push_str(line);
        }
    }
    if found {
        Ok(out)
    } else {
        Err(Error::config(format!(
            "{MANIFEST} has no `version = \"…\"` line in its [package] for the generator to set \
             (the version follows the API changes); add one, or pin `version` in the configuration"
        )))
    }
}

/// Files under the owned directory that are not generated (hidden files included), and files
/// directly under `src/` that an older generator made (and no starter replaces).
fn extra_files(out: &Path, generated: &GeneratedCrate) -> Result<Vec<String>> {
    let wanted: BTreeSet<&str> = generated
        .files
        .iter()
        .chain(&generated.starters)
        .map(|f| f.path.as_str())
        .collect();
    let mut found = Vec::new();
    let mut stack = vec![GENERATED_DIR.to_string()];
    while let Some(rel) = stack.pop() {
        for (child, is_dir) in list(out, &rel)? {
            if is_dir {
                stack.push(child);
            } else if !wanted.contains(child.as_str()) {
                found.push(child);
            }
        }
    }
    for (child, is_dir) in list(out, LEGACY_DIR)? {
        if !is_dir
            && !wanted.contains(child.as_str())
            && child.ends_with(".rs")
            && read_optional(out, &child)?.is_some_and(|t| is_generated(&t))
        {
            found.push(child);
        }
    }
    found.sort();
    Ok(found)
}

/// The entries of `out/rel` as paths relative to `out`, each with whether it is a directory;
/// none when `rel` is missing or not a directory.
fn list(out: &Path, rel: &str) -> Result<Vec<(String, bool)>> {
    let dir = out.join(rel);
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
            ) =>
        {
            return Ok(Vec::new());
        }
        Err(e) => return Err(Error::io(dir, "list", e)),
    };
    let mut found = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Error::io(&dir, "list", e))?;
        let child = format!("{rel}/{}", entry.file_name().to_string_lossy());
        let is_dir = entry
            .file_type()
            .map_err(|e| Error::io(entry.path(), "inspect", e))?
            .is_dir();
        found.push((child, is_dir));
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::set_package_version;

    #[test]
    fn the_version_line_of_the_package_is_set_and_nothing_else() {
        let manifest = "[package]\nname = \"x\"\nversion = \"0.1.0\" # kept by codegen\nedition = \"2024\"\n\n[dependencies]\nversion = \"1\"\n";
        assert_eq!(
            set_package_version(manifest, "0.2.0").unwrap(),
            "[package]\nname = \"x\"\nversion = \"0.2.0\"\nedition = \"2024\"\n\n[dependencies]\nversion = \"1\"\n"
        );
        let workspace = "[package]\nname = \"x\"\nversion.workspace = true\n";
        let error = set_package_version(workspace, "0.2.0")
            .unwrap_err()
            .to_string();
        assert!(error.contains("no `version = \"…\"` line"), "{error}");
    }
}
