//! `openapi-client-gen`: the generator's command line, installable on its own (`cargo install
//! --path generator --features cli`): `openapi-client-gen codegen --spec <file> --out <dir>
//! --crate-name <name>` (with the flags of `cargo xtask codegen`), `--config <file>`, and
//! `openapi-client-gen api-diff <old> <new>`.

use std::process::ExitCode;

// Generation allocates and frees millions of small nodes; mimalloc does it markedly faster.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    generator::cli::main("openapi-client-gen", None)
}
