//! The command line: `codegen` (generate crates, check that they are fresh, or generate a
//! standalone crate for any spec) and `api-diff`. `cargo xtask` runs it inside this workspace (its
//! default configuration is the workspace's), the `openapi-client-gen` binary anywhere (`cargo
//! install --path generator --features cli`), with the same commands and flags.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::config::{ClientSettings, EventSettings, RuntimeSource};
use crate::{Config, CrateConfig, Mode, Outcome};

#[derive(Parser)]
#[command(about = "Generate Rust client crates from OpenAPI definitions")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate client crates: those of `specs/codegen.toml`, or one standalone crate with `--spec`.
    Codegen(Codegen),
    /// Print the API changes between two specs (OpenAPI 3.0 or Swagger 2.0) as Markdown, each
    /// classified as breaking, additive or documentation; writes nothing.
    ApiDiff(ApiDiff),
}

#[derive(Args)]
struct ApiDiff {
    /// The earlier spec.
    old: PathBuf,
    /// The later spec.
    new: PathBuf,
    /// Comma-separated operation ids to compare (default: all).
    #[arg(long, value_delimiter = ',')]
    operations: Option<Vec<String>>,
    /// Comma-separated schemas to compare as callback events too, although no operation uses
    /// them (as `events.schemas` of the configuration selects them).
    #[arg(long, value_delimiter = ',')]
    events: Option<Vec<String>>,
    /// Exit with status 1 when a change is breaking (for CI).
    #[arg(long)]
    deny_breaking: bool,
    /// The directory both specs' files must be in (default: the repository that holds each
    /// spec, else its directory).
    #[arg(long)]
    spec_root: Option<PathBuf>,
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
    /// The configuration file (relative paths inside it start at the workspace root); by default
    /// `specs/codegen.toml` and `generator/tests/crates.toml`.
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
    /// The directory the spec's referenced files must be in (default: the repository that
    /// holds the spec, else its directory); widen it for specs that refer to shared files
    /// outside their repository.
    #[arg(long, requires = "spec")]
    spec_root: Option<PathBuf>,
    /// The client sends a new UUID per call (the same across retries) in this header, such as
    /// Azure's `x-ms-client-request-id` (config: `client.request-id-header`).
    #[arg(long, requires = "spec", value_name = "HEADER")]
    request_id_header: Option<String>,
    /// The client signs requests with an access key (HMAC-SHA256) and takes connection strings,
    /// as Azure Communication Services expects (config: `client.access-key`).
    #[arg(long, requires = "spec")]
    access_key: bool,
    /// The client takes bearer tokens and asks token providers for this scope (repeatable;
    /// config: `client.token-scopes`), such as `https://communication.azure.com//.default`.
    #[arg(long = "token-scope", requires = "spec", value_name = "SCOPE")]
    token_scopes: Vec<String>,
    /// Write into an output directory that holds files the generator did not make (a crate of
    /// your own): the generated module is added, `Cargo.toml` and `src/lib.rs` are kept, but
    /// its `CHANGELOG.md`, `api-surface.json` and version line become the generator's.
    #[arg(long, requires = "spec")]
    force: bool,
    /// Where the new crate's manifest takes the runtime crate from: `path` (the default: the
    /// runtime of the generator's checkout, with its version, so that the crate can be
    /// published), `version` (a registry's only) or `git=<url>`.
    #[arg(long, requires = "spec", value_name = "SOURCE")]
    runtime: Option<String>,
}

/// Runs the command line as `bin_name` (`cargo xtask`, `openapi-client-gen`). `workspace` is the
/// root whose `specs/codegen.toml` and `generator/tests/crates.toml` `codegen` reads without
/// `--spec` or `--config` (`cargo xtask`); without it, one of them is needed.
pub fn main(bin_name: &'static str, workspace: Option<&Path>) -> ExitCode {
    let matches = Cli::command()
        .name(bin_name)
        .bin_name(bin_name)
        .get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    let result = match cli.command {
        Command::Codegen(args) => codegen(&args, workspace),
        Command::ApiDiff(args) => api_diff(&args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn codegen(args: &Codegen, workspace: Option<&Path>) -> crate::Result<ExitCode> {
    let crates = match &args.spec {
        Some(spec) => {
            let (Some(out), Some(name)) = (&args.out, &args.crate_name) else {
                return Err(crate::Error::config("--spec needs --out and --crate-name"));
            };
            let mut config = CrateConfig::standalone(
                spec.clone(),
                out.clone(),
                name.clone(),
                args.operations.clone(),
            )?;
            config.spec_root = args.spec_root.clone();
            config.force = args.force;
            if let Some(source) = &args.runtime {
                config.runtime = RuntimeSource::parse(source)?;
            }
            config.client = ClientSettings {
                request_id_header: args.request_id_header.clone(),
                access_key: args.access_key,
                token_scopes: args.token_scopes.clone(),
                operation_groups: None,
            };
            vec![config]
        }
        None => match (&args.config, workspace) {
            (Some(path), Some(root)) => Config::load(path, root)?.crates,
            (Some(path), None) => {
                let base = std::env::current_dir()
                    .map_err(|e| crate::Error::config(format!("the current directory: {e}")))?;
                Config::load(path, &base)?.crates
            }
            (None, Some(root)) => Config::load_workspace(root)?,
            (None, None) => {
                return Err(crate::Error::config(
                    "give `--spec <file> --out <dir> --crate-name <name>`, or `--config <file>`",
                ));
            }
        },
    };
    let mut differences = 0;
    for config in &crates {
        let start = Instant::now();
        let mode = if args.check { Mode::Check } else { Mode::Write };
        let (generated, outcome) = crate::run(config, mode, args.strict)?;
        let (api, release) = (&generated.api, &generated.release);
        for warning in &api.warnings {
            eprintln!("{warning}");
        }
        let events = api
            .events
            .as_ref()
            .map_or(String::new(), |e| format!(", {} events", e.variants.len()));
        let summary = format!(
            "{}: {} operations, {} types{events}, {} warnings ({} untyped fallbacks)",
            config.name,
            api.operations.len(),
            api.types.len(),
            api.warnings.len(),
            api.warnings
                .iter()
                .filter(|w| w.is_untyped_fallback())
                .count()
        );
        if outcome == Outcome::Refused {
            eprintln!(
                "error: {}: --strict turns the {} warning(s) above into errors; nothing was written",
                config.name,
                api.warnings.len()
            );
            return Ok(ExitCode::FAILURE);
        }
        println!("{}: {}", config.name, release.summary());
        match outcome {
            Outcome::Refused => {}
            Outcome::Checked(diffs) => {
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
            }
            Outcome::Written(report) => {
                println!(
                    "{summary}; {} files written, {} unchanged, {} removed in {} ms",
                    report.written.len(),
                    report.unchanged.len(),
                    report.removed.len(),
                    start.elapsed().as_millis()
                );
            }
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

/// Lowers both specs and prints what changed from the first to the second.
fn api_diff(args: &ApiDiff) -> crate::Result<ExitCode> {
    let load = |spec: &Path| -> crate::Result<(CrateConfig, crate::load::Spec)> {
        let config = CrateConfig::standalone(
            spec.to_path_buf(),
            PathBuf::from("unused"),
            "api_diff".into(),
            None,
        )?;
        let loaded =
            crate::load::Spec::load_within(&config.base, &config.spec, args.spec_root.as_deref())?;
        Ok((config, loaded))
    };
    let (old, new) = (load(&args.old)?, load(&args.new)?);
    // Operations and events are compared where each spec has them: one that only the new spec
    // has is added, one that only the old has is removed (a new api-version adds events, as
    // 2026-03-12 of Call Automation does); a name that neither has is a mistake.
    let sides = [&old.1, &new.1];
    let operations = args
        .operations
        .as_ref()
        .map(|ids| present("--operations", "operation", ids, sides, operation_ids))
        .transpose()?;
    let events = args
        .events
        .as_ref()
        .map(|names| present("--events", "schema", names, sides, schema_names))
        .transpose()?;
    let lower = |(mut config, spec): (CrateConfig, crate::load::Spec),
                 side: usize|
     -> crate::Result<crate::model::Api> {
        config.operations = operations.as_ref().map(|o| o[side].clone());
        config.events = events.as_ref().map(|schemas| EventSettings {
            name: "Events".into(),
            schemas: schemas[side].clone(),
            ..Default::default()
        });
        crate::lower::lower(&spec, crate::lower::Selection::of(&config))
    };
    let (old, new) = (lower(old, 0)?, lower(new, 1)?);
    for warning in old.warnings.iter().chain(&new.warnings) {
        eprintln!("{warning}");
    }
    let report = crate::changes::Report::between_apis(&old, &new);
    println!("# API changes\n\n{}", report.markdown("#"));
    let bump = match report.bump() {
        crate::changes::Bump::Major => "a major version (a minor one below 1.0.0)",
        crate::changes::Bump::Minor => "a minor version (a patch below 1.0.0)",
        crate::changes::Bump::Patch => "a patch version",
        crate::changes::Bump::None => "no new version",
    };
    println!("\nThese changes call for {bump}.");
    if args.deny_breaking && report.count(crate::changes::Impact::Breaking) > 0 {
        eprintln!(
            "error: {} breaking change(s)",
            report.count(crate::changes::Impact::Breaking)
        );
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// The names of `wanted` that each of the two specs has (`names` lists a spec's); an error for a
/// name that neither has.
fn present(
    flag: &str,
    what: &str,
    wanted: &[String],
    sides: [&crate::load::Spec; 2],
    names: fn(&crate::load::Spec) -> std::collections::BTreeSet<String>,
) -> crate::Result<[Vec<String>; 2]> {
    let have = sides.map(names);
    if let Some(missing) = wanted
        .iter()
        .find(|n| !have[0].contains(*n) && !have[1].contains(*n))
    {
        return Err(crate::Error::config(format!(
            "`{flag}` names `{missing}`, which is no {what} of either spec"
        )));
    }
    Ok(have.map(|have| {
        wanted
            .iter()
            .filter(|n| have.contains(*n))
            .cloned()
            .collect()
    }))
}

fn operation_ids(spec: &crate::load::Spec) -> std::collections::BTreeSet<String> {
    spec.openapi
        .operations()
        .filter_map(|(_, _, op)| op.operation_id.clone())
        .collect()
}

fn schema_names(spec: &crate::load::Spec) -> std::collections::BTreeSet<String> {
    spec.openapi
        .components
        .iter()
        .flat_map(|c| c.schemas.keys().cloned())
        .collect()
}
