//! `cargo xtask codegen`: regenerate the checked-in crates, check they are fresh, or generate a
//! standalone crate for any spec; `cargo xtask api-diff`. The command line is the generator's
//! (`generator::cli`), run with this workspace as its default configuration; the installable
//! `openapi-client-gen` binary is the same command line without one.

use std::path::Path;
use std::process::ExitCode;

// Generation allocates and frees millions of small token and syntax-tree nodes; mimalloc does
// that markedly faster than the system allocator (see BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace");
    generator::cli::main("cargo xtask", Some(workspace))
}
