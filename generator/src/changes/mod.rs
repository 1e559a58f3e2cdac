//! API changes between generations: the report, the crate version it calls for, and the
//! changelog.
//!
//! Each generation writes the crate's API surface ([`Surface`]) as `api-surface.json`
//! next to the code. The next generation reads it back ([`crate::read_previous`]), compares it with the
//! new surface (`diff::diff`), bumps the crate version as the changes require (unless the
//! configuration pins it) and puts a section for the new version on top of the crate's
//! `CHANGELOG.md`. Everything is decided from what is on disk and the new spec, so a second run
//! with the same spec changes nothing, and `--check` keeps its meaning.
//!
//! The comparison is with what is on disk, which is what is checked in as long as
//! `generated/` is not regenerated twice before a commit: after a spec change, regenerating
//! again with a further change adds a second section. `git checkout generated/` and one run
//! give a single section.

pub(crate) mod diff;
pub(crate) mod runtime_api;
pub(crate) mod surface;

use std::path::Path;

use crate::error::{Error, Result};
use crate::model::Api;
use crate::text::{code, visible};
pub use diff::{Bump, Change, Impact};
pub use surface::Surface;

/// The file holding the API surface, in the crate's directory.
pub const SURFACE_FILE: &str = "api-surface.json";
/// The changelog, in the crate's directory.
pub const CHANGELOG_FILE: &str = "CHANGELOG.md";

/// One side of a comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Side {
    pub api_version: String,
    pub source: String,
}

/// The changes between two versions of an API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub from: Side,
    pub to: Side,
    pub changes: Vec<Change>,
}

impl Report {
    /// Compares two surfaces.
    pub fn between(old: &Surface, new: &Surface) -> Report {
        let side = |s: &Surface| Side {
            api_version: s.api_version.clone(),
            source: s.source.clone(),
        };
        Report {
            from: side(old),
            to: side(new),
            changes: diff::diff(old, new),
        }
    }

    /// Compares the surfaces of two lowered specs.
    pub fn between_apis(old: &Api, new: &Api) -> Report {
        Report::between(&Surface::of(old, "0.0.0"), &Surface::of(new, "0.0.0"))
    }

    pub fn count(&self, impact: Impact) -> usize {
        self.changes.iter().filter(|c| c.impact == impact).count()
    }

    pub fn bump(&self) -> Bump {
        diff::bump(&self.changes)
    }

    /// "2 breaking, 1 additive, 0 documentation" (or "no API change"), and how many changes
    /// behind hand-written types there are to review, when there are.
    pub fn counts(&self) -> String {
        if self.changes.is_empty() {
            return "no API change".into();
        }
        let mut counts = format!(
            "{} breaking, {} additive, {} documentation",
            self.count(Impact::Breaking),
            self.count(Impact::Additive),
            self.count(Impact::Documentation)
        );
        let review = self.count(Impact::Review);
        if review > 0 {
            counts.push_str(&format!("; {review} behind hand-written types, to review"));
        }
        counts
    }

    /// The report as Markdown, its headings at `level` (`"#"` for a document of its own).
    pub fn markdown(&self, level: &str) -> String {
        let mut out = String::new();
        let versions = if self.from.api_version == self.to.api_version {
            format!("api-version {} (unchanged)", visible(&self.to.api_version))
        } else {
            format!(
                "api-version {} → {}",
                visible(&self.from.api_version),
                visible(&self.to.api_version)
            )
        };
        let sources = if self.from.source == self.to.source {
            code(&self.to.source)
        } else {
            format!("{} → {}", code(&self.from.source), code(&self.to.source))
        };
        out.push_str(&format!("{versions}, from {sources}: {}.\n", self.counts()));
        for impact in Impact::ALL {
            let changes: Vec<&Change> =
                self.changes.iter().filter(|c| c.impact == impact).collect();
            if changes.is_empty() {
                continue;
            }
            out.push_str(&format!("\n{level}# {}\n\n", impact.title()));
            for change in changes {
                out.push_str(&format!("- {}\n", visible(&change.to_string())));
            }
        }
        out
    }
}

/// What an earlier generation left in the crate's directory.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Previous {
    pub surface: Option<Surface>,
    pub changelog: Option<String>,
    /// The version in the crate's `Cargo.toml`, for a crate generated before surfaces were kept.
    pub cargo_version: Option<String>,
}

impl Previous {
    /// What the files an earlier generation left in `out` say (each `None` when missing; they
    /// are read by [`crate::read_previous`]). A malformed surface is an error (a changelog
    /// section built on it would be wrong).
    pub fn from_files(
        out: &Path,
        surface: Option<String>,
        changelog: Option<String>,
        cargo_toml: Option<String>,
    ) -> Result<Previous> {
        let surface = match surface {
            Some(text) => Some(Self::parse_surface(&out.join(SURFACE_FILE), &text)?),
            None => None,
        };
        let cargo_version = cargo_toml.and_then(|text| {
            let doc: toml::Table = toml::from_str(&text).ok()?;
            Some(doc.get("package")?.get("version")?.as_str()?.to_string())
        });
        Ok(Previous {
            surface,
            changelog,
            cargo_version,
        })
    }

    fn parse_surface(path: &Path, text: &str) -> Result<Surface> {
        let bad = |message: String| {
            Error::io(
                path,
                "read the API surface of the previous generation",
                std::io::Error::other(format!(
                    "{message}; restore it from version control, or delete it to start a new \
                     history (the next generation then reports no changes)"
                )),
            )
        };
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| bad(format!("not JSON: {e}")))?;
        let format = value.get("format").and_then(serde_json::Value::as_u64);
        if format != Some(u64::from(surface::FORMAT)) {
            return Err(bad(format!(
                "its format is {}, and this generator reads format {}",
                format.map_or_else(|| "missing".to_string(), |f| f.to_string()),
                surface::FORMAT
            )));
        }
        serde_json::from_value(value).map_err(|e| bad(e.to_string()))
    }
}

/// The version, report and files of one generation.
#[derive(Debug, Clone, PartialEq)]
pub struct Release {
    /// The crate's version before this generation (none for a first one).
    pub previous_version: Option<String>,
    /// The version written into `Cargo.toml`.
    pub version: String,
    /// The version the changes call for (the same as `version` unless it is pinned).
    pub suggested: String,
    pub pinned: bool,
    /// The changes since the previous generation; `None` when there is none to compare with.
    pub report: Option<Report>,
    /// `api-surface.json`.
    pub surface: String,
    /// `CHANGELOG.md`.
    pub changelog: String,
}

impl Release {
    /// Decides the version of the crate generated from `api` and writes its surface and
    /// changelog. `pin` is the configuration's version, if any.
    pub fn new(
        api: &Api,
        crate_name: &str,
        pin: Option<&str>,
        previous: &Previous,
    ) -> Result<Release> {
        let previous_version = previous
            .surface
            .as_ref()
            .map(|s| s.crate_version.clone())
            .or_else(|| previous.cargo_version.clone());
        let report = previous
            .surface
            .as_ref()
            .map(|old| Report::between(old, &Surface::of(api, &old.crate_version)));
        let suggested = match (&report, &previous_version) {
            (Some(report), Some(v)) => diff::next_version(v, report.bump())
                .map_err(|e| Error::config(format!("{crate_name}: {e}")))?,
            (None, Some(v)) => v.clone(),
            (_, None) => "0.1.0".to_string(),
        };
        let version = pin.map_or_else(|| suggested.clone(), str::to_string);
        let surface = Surface::of(api, &version).to_json();
        let changelog = changelog(
            api,
            crate_name,
            &version,
            &suggested,
            report.as_ref(),
            previous,
        );
        Ok(Release {
            previous_version,
            pinned: pin.is_some(),
            version,
            suggested,
            report,
            surface,
            changelog,
        })
    }

    /// One line for the run's output: the counts and the version.
    pub fn summary(&self) -> String {
        let Some(report) = &self.report else {
            return format!(
                "version {} (no previous API surface to compare with)",
                self.version
            );
        };
        let previous = self.previous_version.as_deref().unwrap_or("none");
        let mut line = if previous == self.version {
            format!(
                "API changes: {}; version {} (unchanged)",
                report.counts(),
                self.version
            )
        } else {
            format!(
                "API changes: {}; version {previous} → {}",
                report.counts(),
                self.version
            )
        };
        if self.pinned && self.version != self.suggested {
            line.push_str(&format!(
                " (pinned by the configuration; the changes call for {})",
                self.suggested
            ));
        }
        line
    }
}

fn changelog(
    api: &Api,
    crate_name: &str,
    version: &str,
    suggested: &str,
    report: Option<&Report>,
    previous: &Previous,
) -> String {
    let mut out = format!(
        "<!-- @generated by the workspace's OpenAPI generator: `cargo xtask codegen` adds a section \
         on top whenever the API changes and keeps the sections below as they are. -->\n\n\
         # Changelog of `{crate_name}`\n"
    );
    // Everything from the first section on; the heading above is written anew.
    let earlier = previous.changelog.as_deref().and_then(|text| {
        let start = if text.starts_with("## ") {
            Some(0)
        } else {
            text.find("\n## ").map(|i| i + 1)
        };
        start.map(|i| &text[i..])
    });
    let section = match (report, earlier) {
        (Some(report), _) if !report.changes.is_empty() => {
            let mut section = format!("## {version}: api-version {}\n\n", visible(&api.version));
            if version != suggested {
                section.push_str(&format!(
                    "The configuration pins the version; these changes call for {suggested}.\n\n"
                ));
            }
            section.push_str(&report.markdown("##"));
            Some(section)
        }
        (_, Some(_)) => None,
        _ => Some(format!(
            "## {version}: api-version {}\n\nGenerated from {}: {}, {}.\n",
            visible(&api.version),
            code(&api.source),
            count(api.operations.len(), "operation"),
            count(api.types.len(), "type")
        )),
    };
    for part in [section.as_deref(), earlier].into_iter().flatten() {
        out.push('\n');
        out.push_str(part.trim_end());
        out.push('\n');
    }
    out
}

fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
