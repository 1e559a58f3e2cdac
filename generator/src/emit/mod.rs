//! Stage 3, emit: the model rendered as Rust tokens, formatted into the text of the crate's
//! files (the `format` module). Pure functions: no file access and no decisions that lowering should have
//! taken.

mod client;
pub(crate) mod docs;
mod enums;
mod error_bodies;
mod events;
mod examples;
pub(crate) mod format;
mod groups;
mod models;
mod operation;
mod request;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::config::{CrateConfig, RUNTIME_PACKAGE, RUNTIME_VERSION, RuntimeSource};
use crate::error::Result;
use crate::model::{Api, AuthScheme, TypeRef};
use docs::Docs;
use format::{format_parallel, header_line, join_parts};

/// The version requirements of the generated crate's dependencies besides the runtime crate:
/// what the generated code names itself.
const DEPENDENCIES: &str = r#"reqwest = { version = "0.13", default-features = false }
serde = "1"
serde_json = { version = "1", features = ["float_roundtrip"] }
"#;

/// The `idna` back end that `url` (under `reqwest`) uses for international host names, chosen
/// by the version of `idna_adapter`: 1.1 is the unicode-rs crates, the same UTS 46 processing as
/// the ICU4X back end (1.2) for about a third of its build and no proc macro, so that with no
/// serde derive in generated code a generated crate's dependencies need no `syn` at all
/// (BENCHMARKS.md has the figures). A line of the user's manifest, so that an application that
/// wants ICU4X removes it.
const IDNA_BACK_END: &str =
    "# `url`'s international host names through the unicode-rs crates (idna_adapter 1.1) rather
# than ICU4X (1.2): the same mapping, a third of the build. Remove to let Cargo pick ICU4X.
idna_adapter = \"~1.1\"
";

/// Where the generated code goes; the generator owns this directory and nothing else of `src/`.
pub const GENERATED_DIR: &str = "src/generated";

/// A unit of rendering and formatting: a whole file, or one part of `models.rs`.
enum Job<'a> {
    Client,
    Events,
    Examples,
    Module,
    Root,
    Model(models::Part<'a>),
}

impl Job<'_> {
    /// The file the job's code goes to: under [`GENERATED_DIR`], but the crate's starting root.
    fn path(&self) -> &'static str {
        match self {
            Job::Client => "src/generated/client.rs",
            Job::Events => "src/generated/events.rs",
            Job::Examples => "src/generated/example_tests.rs",
            Job::Module => "src/generated/mod.rs",
            Job::Model(_) => "src/generated/models.rs",
            Job::Root => "src/lib.rs",
        }
    }
}

/// Renders every file of the crate for `api`: the generated module, and the starting
/// `Cargo.toml` and `src/lib.rs` of a new crate.
pub fn emit(api: &Api, config: &CrateConfig, version: &str) -> Result<GeneratedCrate> {
    let header = header_line(&api.source);
    let has_examples = !api.examples.is_empty() || !api.calls.is_empty();
    // Formatting is most of the work: the files are rendered and formatted in parts on every
    // core, the big files first so that the model types even the threads out at the end.
    let mut jobs = vec![Job::Client];
    if api.events.is_some() {
        jobs.push(Job::Events);
    }
    if has_examples {
        jobs.push(Job::Examples);
    }
    jobs.extend([Job::Module, Job::Root]);
    jobs.extend(models::parts(api).into_iter().map(Job::Model));
    let formatted = format_parallel(&jobs, |job| {
        let tokens = match job {
            Job::Client => client::client(api),
            Job::Events => events::events_module(api).unwrap_or_default(),
            Job::Examples => examples::example_tests(api),
            Job::Module => module(api, has_examples),
            Job::Root => root(api),
            Job::Model(part) => part.tokens(),
        };
        (job.path(), tokens)
    });
    let mut parts: [Vec<String>; 6] = Default::default();
    for (job, code) in jobs.iter().zip(formatted) {
        let slot = match job {
            Job::Module => 0,
            Job::Model(_) => 1,
            Job::Client => 2,
            Job::Examples => 3,
            Job::Root => 4,
            Job::Events => 5,
        };
        parts[slot].push(code?);
    }
    let [module, models, client, examples, root, events] = parts;
    let join = |parts: &[String]| join_parts(&header, parts.iter().map(String::as_str));
    let mut files = GeneratedCrate::default();
    files.add(Job::Module.path(), join(&module));
    files.add(Job::Model(models::Part::Doc).path(), join(&models));
    files.add(Job::Client.path(), join(&client));
    if has_examples {
        files.add(Job::Examples.path(), join(&examples));
    }
    if api.events.is_some() {
        files.add(Job::Events.path(), join(&events));
    }
    files.add_starter("Cargo.toml", cargo_toml(api, config, version));
    files.add_starter("src/lib.rs", format!("{STARTER_LINE}\n\n{}", root.concat()));
    files.version = Some(version.to_string());
    Ok(files)
}

/// The first line of the starting `src/lib.rs` (never the `@generated` header: the file is the
/// user's).
const STARTER_LINE: &str = "// The crate's root: yours to edit. `cargo xtask codegen` writes it only when it is missing \
     and owns `src/generated/`.";

/// The starting `src/lib.rs`: the crate's docs, and the generated module's items at the root.
fn root(api: &Api) -> TokenStream {
    let mut docs = Docs::new().spec(&format!(
        "Async client for {}, api-version {}.",
        api.title, api.version
    ));
    if let Some(d) = &api.description {
        docs = docs.spec(d);
    }
    let docs = docs
        .own(
            "Make a [`Client`] with [`Client::new`] or [`Client::builder`], then call one method per operation. \
             Request and response bodies are the types of [`models`]; every call fails with [`Error`], whose \
             [`Error::Service`] carries the status, the headers and the parsed error body.",
        )
        .own(&format!("Generated from {}.", docs::code(&api.source)))
        .inner();
    quote! {
        #docs

        // Generated by `cargo xtask codegen` and formatted by it: `rustfmt::skip` keeps `cargo fmt`
        // from reformatting it.
        #[rustfmt::skip]
        mod generated;

        pub use generated::*;
    }
}

/// `src/generated/mod.rs`: the generated modules and what the crate re-exports from the runtime.
fn module(api: &Api, has_examples: bool) -> TokenStream {
    let multipart_use = api
        .uses_multipart()
        .then(|| quote! { pub use openapi_client_runtime::Multipart; });
    let mut docs = Docs::new().own(&format!(
        "The code generated from {}: the client, the models, and what they use of the runtime \
         crate. The crate's root re-exports it.",
        docs::code(&api.source)
    ));
    if !api.webhooks.is_empty() {
        let list: Vec<String> = api
            .webhooks
            .iter()
            .map(|w| {
                let payload = match &w.payload {
                    TypeRef::Named(name) => format!("[`models::{name}`]"),
                    other => docs::code(&other.to_string()),
                };
                format!("- {} ({}): {payload}", docs::code(&w.name), w.method)
            })
            .collect();
        docs = docs.own(&format!(
            "Webhooks: the requests the service sends you, with the model of each payload:\n\n{}",
            list.join("\n")
        ));
    }
    let docs = docs.inner();
    let access_key = api
        .auth
        .contains(&AuthScheme::AccessKey)
        .then(|| quote! { pub use openapi_client_runtime::access_key; });
    let example_tests = has_examples.then(|| {
        quote! {
            #[cfg(test)]
            mod example_tests;
        }
    });
    let events = api.events.as_ref().map(|events| {
        let name = format_ident!("{}", events.name);
        quote! {
            pub mod events;
            pub use events::{#name, Event, EventError, EventSchema, UnknownEvent};
        }
    });
    quote! {
        #docs

        pub mod client;
        pub mod models;
        #events
        #example_tests

        #access_key
        pub use openapi_client_runtime::{credentials, error, options, policy};
        // What the generated code calls (`runtime::Call`, …).
        use openapi_client_runtime::support as runtime;

        pub use client::{Client, ClientBuilder};
        pub use error::{Error, ErrorBody, ErrorKind, ServiceError};
        pub use options::RetryOptions;
        pub use openapi_client_runtime::{Response, WithHeaders, http_client_builder};
        #multipart_use
    }
}

/// The starting `Cargo.toml` of a new crate. Its dependencies are those any spec's generated code
/// needs (the runtime re-exports the rest), so that it stays right when the spec changes.
fn cargo_toml(api: &Api, config: &CrateConfig, version: &str) -> String {
    let quote_str = |s: &str| toml::Value::String(s.to_string()).to_string();
    let description = crate::text::one_line(&config.description.clone().unwrap_or_else(|| {
        format!(
            "Async client for {}, api-version {} (generated).",
            api.title, api.version
        )
    }));
    let mut out = String::from(
        "# The crate's manifest: yours to edit. `cargo xtask codegen` writes it only when it is\n\
         # missing, and then sets only the `version` of [package] (it follows the API changes).\n\n[package]\n",
    );
    out.push_str(&format!("name = {}\n", quote_str(&config.name)));
    out.push_str(&format!("version = {}\n", quote_str(version)));
    out.push_str("edition = \"2024\"\nrust-version = \"1.85\"\n");
    out.push_str(&format!("description = {}\n", quote_str(&description)));
    if let Some(license) = &config.license {
        out.push_str(&format!("license = {}\n", quote_str(license)));
    }
    out.push_str("\n[dependencies]\n");
    let mut deps: Vec<String> = DEPENDENCIES.lines().map(String::from).collect();
    let runtime_features = if api.auth.contains(&AuthScheme::AccessKey) {
        r#", features = ["access-key"]"#
    } else {
        ""
    };
    let source = match &config.runtime {
        // The version too, so that the crate can be published (`cargo publish` keeps the version
        // and drops the path) while it builds here from the checkout's runtime.
        RuntimeSource::Path => format!(
            "version = {}, path = {}",
            quote_str(RUNTIME_VERSION),
            quote_str(&config.runtime_path())
        ),
        RuntimeSource::Version => format!("version = {}", quote_str(RUNTIME_VERSION)),
        RuntimeSource::Git(url) => format!(
            "git = {}, version = {}",
            quote_str(url),
            quote_str(RUNTIME_VERSION)
        ),
    };
    deps.push(format!(
        "{RUNTIME_PACKAGE} = {{ {source}, default-features = false{runtime_features} }}"
    ));
    deps.sort();
    for dep in deps {
        out.push_str(&dep);
        out.push('\n');
    }
    out.push_str(IDNA_BACK_END);
    out.push_str("\n[features]\n");
    out.push_str("default = [\"tracing\"]\n");
    out.push_str("# Spans and events of every call (the `tracing` crate); `default-features = false` turns them off.\n");
    out.push_str(&format!("tracing = [\"{RUNTIME_PACKAGE}/tracing\"]\n"));
    out.push_str("# Accept any azure_core TokenCredential (those of azure_identity among them).\n");
    out.push_str(&format!(
        "azure_core = [\"{RUNTIME_PACKAGE}/azure_core\"]\n"
    ));
    if config.standalone {
        out.push_str(
            "\n# A workspace of its own, so that it builds wherever it is written.\n[workspace]\n",
        );
    }
    out
}

/// A Rust identifier; `r#name` becomes a raw identifier.
pub(crate) fn ident(name: &str) -> proc_macro2::Ident {
    match name.strip_prefix("r#") {
        Some(raw) => proc_macro2::Ident::new_raw(raw, proc_macro2::Span::call_site()),
        None => format_ident!("{}", name),
    }
}

/// The type as written inside `models`.
pub(crate) fn type_tokens(ty: &TypeRef) -> TokenStream {
    render_type(ty, false)
}

/// The type as written outside `models` (`models::Name`).
pub(crate) fn qualified_type(ty: &TypeRef) -> TokenStream {
    render_type(ty, true)
}

fn render_type(ty: &TypeRef, qualify: bool) -> TokenStream {
    match ty {
        TypeRef::Bool => quote!(bool),
        TypeRef::I32 => quote!(i32),
        TypeRef::I64 => quote!(i64),
        TypeRef::F32 => quote!(f32),
        TypeRef::F64 => quote!(f64),
        TypeRef::String => quote!(String),
        TypeRef::Json => quote!(serde_json::Value),
        TypeRef::Named(n) => {
            let n = format_ident!("{}", n);
            if qualify {
                quote!(models::#n)
            } else {
                quote!(#n)
            }
        }
        TypeRef::Vec(item) => {
            let item = render_type(item, qualify);
            quote!(Vec<#item>)
        }
        TypeRef::Map(value) => {
            let value = render_type(value, qualify);
            quote!(std::collections::BTreeMap<String, #value>)
        }
        TypeRef::Text => quote!(String),
        TypeRef::Bytes => quote!(Vec<u8>),
        TypeRef::External(path) => {
            // The configuration checked that it is a path of identifiers.
            let segments = path
                .trim_start_matches("::")
                .split("::")
                .map(|s| format_ident!("{}", s));
            let leading = path.starts_with("::").then(|| quote!(::));
            quote!(#leading #(#segments)::*)
        }
    }
}

/// One generated file: a path relative to the crate's root (with `/`) and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: String,
    pub contents: String,
}

/// Every file of a generated crate, in a stable order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GeneratedCrate {
    /// The files the generator owns: rewritten whenever their bytes change.
    pub files: Vec<GeneratedFile>,
    /// The starting `Cargo.toml` and `src/lib.rs` of a new crate: written only when missing.
    pub starters: Vec<GeneratedFile>,
    /// The crate's version, set on the `version` line of `Cargo.toml`'s `[package]`.
    pub version: Option<String>,
}

impl GeneratedCrate {
    pub fn add(&mut self, path: &str, contents: String) {
        self.files.push(GeneratedFile {
            path: path.into(),
            contents,
        });
    }

    pub fn add_starter(&mut self, path: &str, contents: String) {
        self.starters.push(GeneratedFile {
            path: path.into(),
            contents,
        });
    }

    /// An owned file's or a starter's text.
    pub fn get(&self, path: &str) -> Option<&str> {
        self.files
            .iter()
            .chain(&self.starters)
            .find(|f| f.path == path)
            .map(|f| f.contents.as_str())
    }
}

#[cfg(test)]
mod tests {
    /// Every generated file but the starting root is under the one directory the generator
    /// owns, which the write stage replaces as a whole.
    #[test]
    fn generated_files_are_under_the_generated_dir() {
        use super::{GENERATED_DIR, Job, models};
        for job in [Job::Client, Job::Events, Job::Examples, Job::Module] {
            assert!(
                job.path().starts_with(&format!("{GENERATED_DIR}/")),
                "{}",
                job.path()
            );
        }
        assert!(
            Job::Model(models::Part::Doc)
                .path()
                .starts_with(GENERATED_DIR)
        );
        assert_eq!(Job::Root.path(), "src/lib.rs");
    }
    /// Every crate the generated code names is one a crate name cannot take.
    #[test]
    fn dependencies_are_taken_names() {
        let taken: Vec<String> = crate::config::taken_crate_names().collect();
        let lines = super::DEPENDENCIES
            .lines()
            .chain(super::IDNA_BACK_END.lines());
        for line in lines.filter(|l| !l.starts_with('#')) {
            let name = line.split_once(" = ").unwrap().0.replace('-', "_");
            assert!(taken.contains(&name), "{name}");
        }
        assert!(taken.contains(&"openapi_client_runtime".to_string()));
    }
}
