//! `cargo xtask codegen`: regenerate the checked-in client crate, check it is fresh, or generate a
//! standalone crate for any spec.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Args, Parser, Subcommand};
use generator::write;
use generator::{Config, CrateConfig};

// Generation allocates and frees millions of small token and syntax-tree nodes; mimalloc does
// that markedly faster than the system allocator (see BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "cargo xtask",
    about = "Tasks of this workspace",
    bin_name = "cargo xtask"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate client crates: those of `specs/codegen.toml`, or one standalone crate with `--spec`.
    Codegen(Codegen),
}

#[derive(Args)]
struct Codegen {
    /// Write nothing; list stale, missing and extra files and fail when there is any.
    #[arg(long)]
    check: bool,
    /// Treat every warning (a fallback to untyped JSON, a rejected example, an unsupported
    /// construct) as an error: print them and write nothing.
    #[arg(long)]
    strict: bool,
    /// The configuration file (relative paths inside it start at the workspace root).
    #[arg(long, conflicts_with = "spec")]
    config: Option<PathBuf>,
    /// Generate a standalone crate from this OpenAPI 3.0 file (YAML or JSON) instead of the config.
    #[arg(long, requires_all = ["out", "crate_name"])]
    spec: Option<PathBuf>,
    /// The standalone crate's directory.
    #[arg(long, requires = "spec")]
    out: Option<PathBuf>,
    /// The standalone crate's package name.
    #[arg(long, requires = "spec")]
    crate_name: Option<String>,
    /// Comma-separated operation ids to generate (default: all).
    #[arg(long, requires = "spec", value_delimiter = ',')]
    operations: Option<Vec<String>>,
}

fn main() -> ExitCode {
    let Command::Codegen(args) = Cli::parse().command;
    match codegen(&args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

fn codegen(args: &Codegen) -> generator::Result<ExitCode> {
    let crates = match &args.spec {
        Some(spec) => {
            let (Some(out), Some(name)) = (&args.out, &args.crate_name) else {
                return Err(generator::Error::config(
                    "--spec needs --out and --crate-name",
                ));
            };
            vec![CrateConfig::standalone(
                spec.clone(),
                out.clone(),
                name.clone(),
                args.operations.clone(),
            )?]
        }
        None => {
            let root = workspace_root();
            let path = args
                .config
                .clone()
                .unwrap_or_else(|| root.join("specs/codegen.toml"));
            Config::load(&path, &root)?.crates
        }
    };
    let mut differences = 0;
    for config in &crates {
        let start = Instant::now();
        let (api, files) = generator::generate(config)?;
        for warning in &api.warnings {
            eprintln!("{warning}");
        }
        if args.strict && !api.warnings.is_empty() {
            eprintln!(
                "error: {}: --strict turns the {} warning(s) above into errors; nothing was written",
                config.name,
                api.warnings.len()
            );
            return Ok(ExitCode::FAILURE);
        }
        let out = config.out_dir();
        let summary = format!(
            "{}: {} operations, {} types, {} warnings",
            config.name,
            api.operations.len(),
            api.types.len(),
            api.warnings.len()
        );
        if args.check {
            let diffs = write::check(&out, &files)?;
            for (kind, path) in &diffs {
                println!("{kind}: {}", config.out.join(path).display());
            }
            differences += diffs.len();
            let state = if diffs.is_empty() {
                "fresh".to_string()
            } else {
                format!("{} files differ", diffs.len())
            };
            println!(
                "{summary}; {state}; checked in {} ms",
                start.elapsed().as_millis()
            );
        } else {
            let report = write::write(&out, &files)?;
            println!(
                "{summary}; {} files written, {} unchanged, {} removed in {} ms",
                report.written.len(),
                report.unchanged.len(),
                report.removed.len(),
                start.elapsed().as_millis()
            );
        }
    }
    if differences > 0 {
        eprintln!(
            "error: generated code is out of date; run `cargo xtask codegen` and commit the result"
        );
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}
