//! What to generate: the checked-in `codegen.toml`, or the same settings from the command line.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};

/// The whole configuration file: one entry per generated crate.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(rename = "crate")]
    pub crates: Vec<CrateConfig>,
}

/// How to generate one crate.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct CrateConfig {
    /// The spec, relative to `base`.
    pub spec: PathBuf,
    /// The directory the spec's files (those its `$ref`s and `x-ms-examples` name) must be in,
    /// relative to `base`; by default the repository that holds the spec (the nearest directory
    /// above it with `.git`), else the spec's directory. See [`crate::load::read`].
    pub spec_root: Option<PathBuf>,
    /// The crate's directory, relative to `base`.
    pub out: PathBuf,
    /// The crate's package name.
    pub name: String,
    /// Pins the crate's version. Left out, the version follows the API changes: each generation
    /// bumps the previous one as semver requires (see [`crate::changes`]), starting at 0.1.0.
    pub version: Option<String>,
    /// The `description` and `license` of the starting `Cargo.toml` (a new crate's; the
    /// manifest is the user's afterwards, as are its dependencies, dev-dependencies and benches).
    pub description: Option<String>,
    pub license: Option<String>,
    /// Operation ids to generate; every operation when absent.
    pub operations: Option<Vec<String>>,
    /// Schemas (by name under `components/schemas`) that the crate's own hand-written types stand
    /// for: every use of the schema becomes the Rust path given (`crate::CommunicationIdentifier`),
    /// and the schema gets no model. The type must implement `Serialize`, `Deserialize`, `Debug`,
    /// `Clone` and `PartialEq`, and write back the JSON it reads (the spec's examples are
    /// round-trip tests).
    #[serde(default)]
    pub replace: std::collections::BTreeMap<String, String>,
    /// Callback events: schemas that no operation uses, generated as models with an enum over
    /// them and a parser for the payloads that carry them.
    pub events: Option<EventSettings>,
    /// What the client does that the spec does not say (authentication schemes, request ids).
    #[serde(default)]
    pub client: ClientSettings,
    /// Whether the starting `Cargo.toml` makes the crate its own workspace (an empty
    /// `[workspace]` table), so that it builds wherever it is written. False for a member of an
    /// enclosing workspace.
    #[serde(default)]
    pub standalone: bool,
    /// Where the starting `Cargo.toml` takes the runtime crate from (see [`RuntimeSource`]).
    #[serde(default)]
    pub runtime: RuntimeSource,
    /// The directory that relative paths start from (the workspace root); not read from the file.
    #[serde(skip)]
    pub base: PathBuf,
    /// Writes into an output directory the generator did not make (see
    /// [`crate::write::ensure_ours`]); set by `--force`, not read from the file.
    #[serde(skip)]
    pub force: bool,
}

/// Where a new crate's starting manifest takes the runtime crate (`openapi-client-runtime`) from.
///
/// By default by version and path: `version` names the runtime of the generator's own version,
/// which `cargo publish` keeps, and `path` the runtime of the checkout (or `cargo install
/// --path`) that ran the generator, which the crate builds from here, as every crate of this
/// workspace and every `--spec --out` crate of the corpus scripts does while the runtime is on no
/// registry. `version` alone is for a registry that has it (crates.io once it is published, or a
/// `[patch]`); `git` names a repository that holds it.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuntimeSource {
    /// [`RUNTIME_VERSION`], and a path from the output directory to [`RUNTIME_DIR`].
    #[default]
    Path,
    /// `version = "<the runtime's version>"`, from a registry.
    Version,
    /// `git = "<url>"` (the runtime's version too).
    Git(String),
}

impl RuntimeSource {
    /// Reads `path`, `version` or `git=<url>` (the command line's `--runtime`).
    pub fn parse(text: &str) -> Result<RuntimeSource> {
        match text {
            "path" => Ok(RuntimeSource::Path),
            "version" => Ok(RuntimeSource::Version),
            _ => match text.strip_prefix("git=") {
                Some(url) if !url.is_empty() => Ok(RuntimeSource::Git(url.to_string())),
                _ => Err(Error::config(format!(
                    "`--runtime {text}`: give `path`, `version` or `git=<url>`"
                ))),
            },
        }
    }
}

/// The version of the runtime crate this generator was built with, which `version` and `git`
/// sources ask for.
pub const RUNTIME_VERSION: &str = "0.1.0";

/// Behaviour of the generated client that a spec cannot express; all off by default, so that a
/// spec without them still gets a plain, correct client.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ClientSettings {
    /// A header carrying a new UUID per call (the same across its retries), such as Azure's
    /// `x-ms-client-request-id`; Azure's `x-ms-return-client-request-id: true` goes with it.
    pub request_id_header: Option<String>,
    /// Access-key authentication (HMAC-SHA256 request signing and connection strings), as Azure
    /// Communication Services uses it.
    #[serde(default)]
    pub access_key: bool,
    /// Scopes to ask a token provider for; when set, the client takes bearer tokens even if the
    /// spec declares no bearer or OAuth 2 scheme.
    #[serde(default)]
    pub token_scopes: Vec<String>,
    /// Sub-clients over the operations of each group, as AutoRest makes them: operation ids
    /// `Group_Operation` give `client.group().operation(…)` besides `client.group_operation(…)`.
    /// When absent, on for Azure-style definitions (an operation with an `x-ms-` extension).
    pub operation_groups: Option<bool>,
}

/// Callback events a service POSTs to the user's own endpoint (webhooks): the schemas no
/// operation names, selected by name. The crate gets each as a model, an enum over them, and a
/// parser for a body of CloudEvents or Event Grid events (see the runtime's `events` module).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct EventSettings {
    /// The name of the enum over the events (`CallAutomationEvent`).
    pub name: String,
    /// What the event type on the wire has in front of the schema's name
    /// (`Microsoft.Communication.` makes `Microsoft.Communication.CallConnected` the event type of
    /// `CallConnected`).
    #[serde(default)]
    pub type_prefix: String,
    /// The schemas (names under `components/schemas`, or `definitions` in Swagger 2.0).
    pub schemas: Vec<String>,
    /// Properties (wire names) that the enum gets an accessor for: each event that has the
    /// property gives its value, the others `None`.
    #[serde(default)]
    pub common: Vec<String>,
}

/// Where the runtime crate is: `runtime/` of the generator's own source.
pub const RUNTIME_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/runtime");

/// The runtime crate's package name and library name, as generated crates depend on it.
pub const RUNTIME_PACKAGE: &str = "openapi-client-runtime";

/// The library names a generated crate cannot take: those of the crates its code names (it
/// could not name them any more), of the runtime's dependencies, and the standard library's.
pub fn taken_crate_names() -> impl Iterator<Item = String> {
    [
        "std",
        "core",
        "alloc",
        "proc_macro",
        "test",
        "openapi_client_runtime",
        "reqwest",
        "serde",
        "serde_json",
        "idna_adapter",
        "futures_util",
        "tokio",
        "azure_core",
        "wiremock",
        "base64",
        "fastrand",
        "hmac",
        "httpdate",
        "percent_encoding",
        "rustls",
        "rustls_platform_verifier",
        "sha2",
        "url",
        "uuid",
    ]
    .into_iter()
    .map(String::from)
}

/// `path` with `.` and `..` resolved lexically.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// `to` as seen from the directory `from` (both absolute), with `/` between parts.
fn relative_path(from: &Path, to: &Path) -> String {
    let from: Vec<_> = from.components().collect();
    let to: Vec<_> = to.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    if common == 0 {
        return to
            .iter()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
    }
    let ups = std::iter::repeat_n("..".to_string(), from.len() - common);
    let downs = to[common..]
        .iter()
        .map(|c| c.as_os_str().to_string_lossy().into_owned());
    let parts: Vec<String> = ups.chain(downs).collect();
    if parts.is_empty() {
        ".".into()
    } else {
        parts.join("/")
    }
}

impl Config {
    /// The configurations `cargo xtask codegen` runs in this workspace, relative to its root:
    /// the product's crates, then the crates of the generator's fixture specs.
    pub const WORKSPACE: [&str; 2] = ["specs/codegen.toml", "generator/tests/crates.toml"];

    /// Every crate of [`Config::WORKSPACE`] under `root`, in order.
    pub fn load_workspace(root: &Path) -> Result<Vec<CrateConfig>> {
        let mut crates = Vec::new();
        for file in Self::WORKSPACE {
            crates.extend(Config::load(&root.join(file), root)?.crates);
        }
        Ok(crates)
    }

    /// Reads `path`; relative paths inside it are taken from `base`.
    pub fn load(path: &Path, base: &Path) -> Result<Config> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, "read", e))?;
        let mut config: Config =
            toml::from_str(&text).map_err(|e| Error::config(format!("{}: {e}", path.display())))?;
        if config.crates.is_empty() {
            return Err(Error::config(format!(
                "{}: no [[crate]] to generate",
                path.display()
            )));
        }
        for c in &mut config.crates {
            c.base = base.to_path_buf();
            c.validate().map_err(|e| {
                Error::config(format!("{}: crate `{}`: {e}", path.display(), c.name))
            })?;
        }
        Ok(config)
    }
}

impl CrateConfig {
    /// The settings of a standalone crate generated from the command line.
    pub fn standalone(
        spec: PathBuf,
        out: PathBuf,
        name: String,
        operations: Option<Vec<String>>,
    ) -> Result<Self> {
        let config = CrateConfig {
            spec,
            spec_root: None,
            out,
            name,
            version: None,
            description: None,
            license: None,
            operations,
            events: None,
            replace: Default::default(),
            client: ClientSettings::default(),
            standalone: true,
            runtime: RuntimeSource::default(),
            base: PathBuf::from("."),
            force: false,
        };
        config.validate().map_err(Error::config)?;
        Ok(config)
    }

    /// The output directory as a path to read and write.
    pub fn out_dir(&self) -> PathBuf {
        self.base.join(&self.out)
    }

    /// The path of the runtime crate as the generated crate's `Cargo.toml` names it: relative to
    /// the output directory (`../generator/runtime` for this workspace's `generated/`), so that
    /// the same spec gives the same bytes wherever the workspace is checked out. Absolute only
    /// when the two share no root.
    pub fn runtime_path(&self) -> String {
        let base = self
            .base
            .canonicalize()
            .or_else(|_| std::path::absolute(&self.base))
            .unwrap_or_else(|_| self.base.clone());
        relative_path(&normalize(&base.join(&self.out)), Path::new(RUNTIME_DIR))
    }

    fn validate(&self) -> std::result::Result<(), String> {
        let name_ok = self.name.starts_with(|c: char| c.is_ascii_alphabetic())
            && self
                .name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        if !name_ok {
            return Err(format!(
                "`{}` is not a valid crate name (ASCII letters, digits, `_` and `-`, starting with a letter)",
                self.name
            ));
        }
        let lib_name = self.name.replace('-', "_");
        if taken_crate_names().any(|taken| taken == lib_name) {
            return Err(format!(
                "the crate name `{}` is taken by a crate the generated one uses; choose another \
                 (for example `{}-client`)",
                self.name, self.name
            ));
        }
        if let Some(version) = &self.version {
            let parts: Vec<&str> = version.split(['.', '-', '+']).collect();
            if parts.len() < 3 || parts[..3].iter().any(|p| p.parse::<u64>().is_err()) {
                return Err(format!("`{version}` is not a semver version"));
            }
        }
        if self.operations.as_ref().is_some_and(Vec::is_empty) {
            return Err("`operations` is empty; leave it out to generate every operation".into());
        }
        if let Some(events) = &self.events {
            events.validate()?;
        }
        for (schema, path) in &self.replace {
            if !is_rust_path(path) {
                return Err(format!(
                    "`replace.{schema}` is `{path}`, which is not a Rust path such as \
                     `crate::Identifier`"
                ));
            }
        }
        if let Some(h) = &self.client.request_id_header {
            if h.is_empty()
                || !h
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                return Err(format!(
                    "`request-id-header` `{h}` must be a lower-case header name"
                ));
            }
        }
        if self.out.as_os_str().is_empty() {
            return Err("`out` is empty".into());
        }
        Ok(())
    }
}

/// A path of identifiers such as `crate::identifier::Identifier` (no generics).
fn is_rust_path(path: &str) -> bool {
    let path = path.strip_prefix("::").unwrap_or(path);
    !path.is_empty()
        && path.split("::").all(|segment| {
            segment.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
                && segment
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_')
                && segment != "_"
        })
}

impl EventSettings {
    fn validate(&self) -> std::result::Result<(), String> {
        let ident = |s: &str| {
            s.starts_with(|c: char| c.is_ascii_uppercase())
                && s.chars().all(|c| c.is_ascii_alphanumeric())
        };
        if !ident(&self.name) {
            return Err(format!(
                "the events' `name` `{}` must be a Rust type name (ASCII letters and digits, \
                 starting with a capital)",
                self.name
            ));
        }
        const TAKEN: &[&str] = &[
            "Client",
            "ClientBuilder",
            "Error",
            "ErrorBody",
            "ErrorKind",
            "ServiceError",
            "RetryOptions",
            "Response",
            "WithHeaders",
            "Multipart",
            "Event",
            "EventError",
            "EventSchema",
            "UnknownEvent",
        ];
        if TAKEN.contains(&self.name.as_str()) {
            return Err(format!(
                "the events' `name` `{}` is taken by an item the crate exports; choose another",
                self.name
            ));
        }
        if self.schemas.is_empty() {
            return Err("`events.schemas` is empty; leave `[crate.events]` out instead".into());
        }
        if self.type_prefix.chars().any(char::is_control) {
            return Err("`events.type-prefix` holds a control character".into());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The version `version` and `git` sources ask for is the runtime's own.
    #[test]
    fn the_runtime_version_is_the_runtime_s() {
        let manifest = std::fs::read_to_string(Path::new(RUNTIME_DIR).join("Cargo.toml")).unwrap();
        let manifest: toml::Table = toml::from_str(&manifest).unwrap();
        assert_eq!(
            manifest["package"]["version"].as_str(),
            Some(RUNTIME_VERSION)
        );
    }

    #[test]
    fn runtime_sources_read_as_the_command_line_gives_them() {
        assert_eq!(RuntimeSource::parse("path").unwrap(), RuntimeSource::Path);
        assert_eq!(
            RuntimeSource::parse("version").unwrap(),
            RuntimeSource::Version
        );
        assert_eq!(
            RuntimeSource::parse("git=https://example.com/r.git").unwrap(),
            RuntimeSource::Git("https://example.com/r.git".into())
        );
        for bad in ["", "git=", "crates.io"] {
            let error = RuntimeSource::parse(bad).unwrap_err().to_string();
            assert!(
                error.contains("`path`, `version` or `git=<url>`"),
                "{error}"
            );
        }
    }
}
