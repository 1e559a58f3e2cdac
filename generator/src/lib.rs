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
//! - [`write`] formats with `prettyplease`, adds the `@generated` header and writes (the only stage that
//!   writes), or compares in `--check` mode.
//!
//! [`config`] holds what to generate; [`generate`] runs the pipeline in memory.

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

/// Runs load, lower and emit for one crate, entirely in memory.
pub fn generate(config: &CrateConfig) -> Result<(model::Api, GeneratedCrate)> {
    let spec = load::Spec::load(&config.base, &config.spec)?;
    let api = lower::lower(&spec, config.operations.as_deref(), &config.client)?;
    // The documents are not needed any more; freeing them before emitting lowers the peak.
    drop(spec);
    let files = emit::emit(&api, config)?;
    Ok((api, files))
}

/// The README's example, compiled as a doc test.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
