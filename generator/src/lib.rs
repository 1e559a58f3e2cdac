//! An OpenAPI 3.0 to Rust client generator.
//!
//! One pipeline in four stages, each with one job:
//!
//! ```text
//! spec ──load──▶ Spec ──lower──▶ Api (the model) ──emit──▶ token streams ──write──▶ crate files
//! ```
//!
//! - [`load`] reads the spec and every file it refers to (the only stage that reads files);
//! - [`lower`] decides everything (names, types, boxing, fallbacks) into [`model::Api`];
//! - [`emit`] renders the model with `quote`, without decisions of its own;
//! - [`write`](mod@write) formats with `prettyplease`, adds the `@generated` header and writes (the only stage that
//!   writes), or compares in `--check` mode.
//!
//! [`config`] holds what to generate; [`generate`] runs the pipeline in memory. [`changes`]
//! compares the new API with the previous generation's (kept as `api-surface.json` in the crate),
//! decides the crate's version and writes its changelog.

pub mod changes;
pub mod config;
pub mod emit;
pub mod error;
pub mod load;
pub mod lower;
pub mod model;
pub mod swagger;
pub mod write;

pub use config::{Config, CrateConfig};
pub use error::{Error, Location, Result, Warning};
pub use write::{GeneratedCrate, GeneratedFile};

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
/// [`write::read_previous`]): the crate's version follows the API changes, and its changelog
/// gains a section for them.
pub fn regenerate(config: &CrateConfig, previous: &changes::Previous) -> Result<Generated> {
    let spec = load::Spec::load(&config.base, &config.spec)?;
    let api = lower::lower(&spec, config.operations.as_deref(), &config.client)?;
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

/// The README's example, compiled as a doc test.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
