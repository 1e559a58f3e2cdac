//! An OpenAPI (3.0 or 3.1, or Swagger 2.0) to Rust client generator.
//!
//! One pipeline in four stages, each with one job, each depending only on those before it:
//!
//! ```text
//! spec ──load──▶ Spec ──lower──▶ Api (the model) ──emit──▶ formatted files ──write──▶ crate
//! ```
//!
//! - [`load`] reads the spec and every file it refers to (the only stage that reads spec files);
//! - [`lower`] decides everything (names, types, boxing, fallbacks) into [`model::Api`];
//! - [`emit`] renders the model with `quote`, without decisions of its own, and formats it with
//!   `prettyplease` under the `@generated` header;
//! - [`write`](mod@write) writes what changed (the only stage that writes), or compares in
//!   `--check` mode.
//!
//! [`model`], [`error`] and [`config`] (what to generate) are leaves that every stage may use.
//! [`changes`] compares the new API with the previous generation's (kept as `api-surface.json`
//! in the crate), decides the crate's version and writes its changelog; it reads the model only.
//! [`run`] is the whole job for one crate (the xtask, the freshness test and the benches use it);
//! [`generate`] and [`regenerate`] are its in-memory part.

pub mod changes;
#[cfg(feature = "cli")]
pub mod cli;
pub mod config;
pub mod emit;
pub mod error;
pub mod load;
pub mod lower;
pub mod model;
pub(crate) mod openapi31;
pub(crate) mod swagger;
pub(crate) mod text;
pub mod write;

use std::path::Path;

pub use config::{Config, CrateConfig};
pub use emit::{GeneratedCrate, GeneratedFile};
pub use error::{Error, Location, Result, Warning};

/// Runs load, lower and emit for one crate, entirely in memory, as a first generation (no
/// earlier API to compare with).
pub fn generate(config: &CrateConfig) -> Result<(model::Api, GeneratedCrate)> {
    let generated = regenerate(config, &changes::Previous::default())?;
    Ok((generated.api, generated.files))
}

/// One generation's results.
#[derive(Debug, Clone, PartialEq)]
pub struct Generated {
    pub api: model::Api,
    pub files: GeneratedCrate,
    /// The version, the API-change report and the changelog.
    pub release: changes::Release,
}

/// Runs load, lower and emit for one crate, over what an earlier generation left (read with
/// [`read_previous`]): the crate's version follows the API changes, and its changelog gains a
/// section for them.
pub fn regenerate(config: &CrateConfig, previous: &changes::Previous) -> Result<Generated> {
    let spec = load::Spec::load_within(&config.base, &config.spec, config.spec_root.as_deref())?;
    let api = lower::lower(&spec, lower::Selection::of(config))?;
    // The documents are not needed any more; freeing them before emitting lowers the peak.
    drop(spec);
    let release = changes::Release::new(&api, &config.name, config.version.as_deref(), previous)?;
    let mut files = emit::emit(&api, config, &release.version)?;
    files.add(changes::SURFACE_FILE, release.surface.clone());
    files.add(changes::CHANGELOG_FILE, release.changelog.clone());
    Ok(Generated {
        api,
        files,
        release,
    })
}

/// What an earlier generation left in `out` (its API surface, changelog and `Cargo.toml`);
/// missing files are `None`, an unreadable or malformed one is an error.
pub fn read_previous(out: &Path) -> Result<changes::Previous> {
    changes::Previous::from_files(
        out,
        write::read_optional(out, changes::SURFACE_FILE)?,
        write::read_optional(out, changes::CHANGELOG_FILE)?,
        write::read_optional(out, "Cargo.toml")?,
    )
}

/// What [`run`] does with the generated files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Write what changed.
    Write,
    /// Write nothing; compare with what is on disk.
    Check,
}

/// What [`run`] did.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Written(write::WriteReport),
    /// The differences found, sorted by path (none when the crate is fresh).
    Checked(Vec<(write::Difference, String)>),
    /// Nothing was written: `strict` and the generation had warnings.
    Refused,
}

/// One crate's whole job: read what the previous generation left, generate over it, then write
/// or check. With `strict`, any warning (in `api.warnings`) leaves everything as it was. An
/// output directory the generator did not make is refused unless `config.force`.
pub fn run(config: &CrateConfig, mode: Mode, strict: bool) -> Result<(Generated, Outcome)> {
    let out = config.out_dir();
    let generated = regenerate(config, &read_previous(&out)?)?;
    let outcome = if strict && !generated.api.warnings.is_empty() {
        Outcome::Refused
    } else {
        match mode {
            Mode::Write => {
                if !config.force {
                    write::ensure_ours(&out)?;
                }
                Outcome::Written(write::write(&out, &generated.files)?)
            }
            Mode::Check => Outcome::Checked(write::check(&out, &generated.files)?),
        }
    };
    Ok((generated, outcome))
}

/// The README's example, compiled as a doc test.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
