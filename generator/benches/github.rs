//! Generation of GitHub's REST definition (13 MB, about 1,200 operations), the largest real spec
//! we measure. It is not in the repository: `../shared/corpus/setup.sh` (or
//! `npm install @octokit/openapi`) fetches it; point `GITHUB_SPEC` at `api.github.com.json`:
//!
//! ```text
//! GITHUB_SPEC=/tmp/octokit/node_modules/@octokit/openapi/generated/api.github.com.json \
//!     cargo bench -p generator --bench github
//! ```
//!
//! Without `GITHUB_SPEC` the benchmark says so and measures nothing.

use std::path::PathBuf;

use divan::Bencher;
use generator::{CrateConfig, load, lower};

fn main() {
    if std::env::var_os("GITHUB_SPEC").is_none() {
        eprintln!(
            "github: GITHUB_SPEC is not set; nothing measured (see the header of benches/github.rs)"
        );
        return;
    }
    divan::main();
}

fn config() -> CrateConfig {
    let spec = PathBuf::from(std::env::var_os("GITHUB_SPEC").expect("checked in main"));
    let out = std::env::temp_dir().join("github-bench-out");
    CrateConfig::standalone(spec, out, "github".into(), None).expect("a valid configuration")
}

/// Every stage, in memory: what `cargo xtask codegen --spec` does before writing.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn end_to_end(bencher: Bencher) {
    let config = config();
    bencher.bench_local(|| generator::generate(&config).expect("GitHub's spec generates"));
}

/// Reading and parsing the document and every file it refers to.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn load_only(bencher: Bencher) {
    let config = config();
    bencher.bench_local(|| load::Spec::load(&config.base, &config.spec).expect("it loads"));
}

/// Lowering the loaded document into the model.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn lower_only(bencher: Bencher) {
    let config = config();
    let spec = load::Spec::load(&config.base, &config.spec).expect("it loads");
    bencher.bench_local(|| lower::lower(&spec, lower::Selection::of(&config)).expect("it lowers"));
}

/// Emitting and formatting the crate from the model.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn emit_only(bencher: Bencher) {
    let config = config();
    let spec = load::Spec::load(&config.base, &config.spec).expect("it loads");
    let api = lower::lower(&spec, lower::Selection::of(&config)).expect("it lowers");
    bencher.bench_local(|| generator::emit::emit(&api, &config, "0.1.0").expect("it emits"));
}
