//! Stage 3, emit: the model rendered as Rust tokens and crate files. Pure functions: no file
//! access and no decisions that lowering should have taken.

mod client;
pub mod docs;
mod examples;
mod models;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::config::{CrateConfig, RUNTIME_PACKAGE};
use crate::error::Result;
use crate::model::{Api, AuthScheme, TypeRef};
use crate::write::{GeneratedCrate, format_parallel, header_line, join_parts};
use docs::Docs;

/// The version requirements of the generated crate's dependencies besides the runtime crate:
/// what the generated code names itself.
const DEPENDENCIES: &str = r#"reqwest = { version = "0.13", default-features = false }
serde = { version = "1", features = ["derive"] }
serde_json = { version = "1", features = ["float_roundtrip"] }
"#;

/// A unit of rendering and formatting: a whole file, or one part of `models.rs`.
enum Job<'a> {
    Client,
    Examples,
    Lib,
    Model(models::Part<'a>),
}

/// Renders every file of the crate for `api`.
pub fn emit(api: &Api, config: &CrateConfig, version: &str) -> Result<GeneratedCrate> {
    let header = header_line(&api.source);
    let mut files = GeneratedCrate::default();
    files.add("Cargo.toml", cargo_toml(api, config, version, &header));
    // Formatting is most of the work: the files are rendered and formatted in parts on every
    // core, the big files first so that the model types even the threads out at the end.
    let mut jobs = vec![Job::Client];
    if !api.examples.is_empty() || !api.calls.is_empty() {
        jobs.push(Job::Examples);
    }
    jobs.push(Job::Lib);
    jobs.extend(models::parts(api).into_iter().map(Job::Model));
    let formatted = format_parallel(&jobs, |job| match job {
        Job::Client => ("src/client.rs", client::client(api)),
        Job::Examples => ("src/example_tests.rs", examples::example_tests(api)),
        Job::Lib => ("src/lib.rs", lib(api)),
        Job::Model(part) => ("src/models.rs", part.tokens(api)),
    });
    let (mut client, mut examples, mut lib, mut models) = (None, None, None, Vec::new());
    for (job, code) in jobs.iter().zip(formatted) {
        let code = Some(code?);
        match job {
            Job::Client => client = code,
            Job::Examples => examples = code,
            Job::Lib => lib = code,
            Job::Model(_) => models.extend(code),
        }
    }
    files.add("src/lib.rs", join_parts(&header, lib.as_deref()));
    if let Some(examples) = examples {
        files.add("src/example_tests.rs", join_parts(&header, [&*examples]));
    }
    files.add(
        "src/models.rs",
        join_parts(&header, models.iter().map(String::as_str)),
    );
    files.add("src/client.rs", join_parts(&header, client.as_deref()));

    Ok(files)
}

fn lib(api: &Api) -> TokenStream {
    let multipart_use = api
        .uses_multipart()
        .then(|| quote! { pub use openapi_client_runtime::Multipart; });
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
    let access_key = api
        .auth
        .contains(&AuthScheme::AccessKey)
        .then(|| quote! { pub use openapi_client_runtime::access_key; });
    let example_tests = (!api.examples.is_empty() || !api.calls.is_empty()).then(|| {
        quote! {
            #[cfg(test)]
            #[rustfmt::skip]
            mod example_tests;
        }
    });
    // The modules are formatted by prettyplease; `rustfmt::skip` keeps `cargo fmt` of a workspace
    // that holds this crate from reformatting them.
    quote! {
        #docs

        #[rustfmt::skip]
        pub mod client;
        #[rustfmt::skip]
        pub mod models;
        #example_tests

        #access_key
        pub use openapi_client_runtime::{credentials, error, options};
        // What the generated code calls (`runtime::Call`, …).
        use openapi_client_runtime::support as runtime;

        pub use client::{Client, ClientBuilder};
        pub use error::{Error, ErrorBody, ServiceError};
        pub use options::RetryOptions;
        pub use openapi_client_runtime::{WithHeaders, http_client_builder};
        #multipart_use
    }
}

fn cargo_toml(api: &Api, config: &CrateConfig, version: &str, header: &str) -> String {
    let runtime_path = &config.runtime_path();
    let quote_str = |s: &str| toml::Value::String(s.to_string()).to_string();
    let description = config.description.clone().unwrap_or_else(|| {
        format!(
            "Async client for {}, api-version {} (generated).",
            api.title, api.version
        )
    });
    let mut out = format!("# {header}\n\n[package]\n");
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
    deps.push(format!(
        "{RUNTIME_PACKAGE} = {{ path = {}{runtime_features} }}",
        quote_str(runtime_path)
    ));
    if api.operations.iter().any(|o| o.pageable.is_some()) {
        deps.push(
            r#"futures-util = { version = "0.3", default-features = false, features = ["std"] }"#
                .into(),
        );
    }
    deps.sort();
    for dep in deps {
        out.push_str(&dep);
        out.push('\n');
    }
    out.push_str("\n[features]\n");
    out.push_str("# Accept any azure_core TokenCredential (those of azure_identity among them).\n");
    out.push_str(&format!(
        "azure_core = [\"{RUNTIME_PACKAGE}/azure_core\"]\n"
    ));
    let mut dev_dependencies: Vec<(String, String)> = config
        .dev_dependencies
        .iter()
        .map(|(name, spec)| (name.clone(), spec.to_string()))
        .collect();
    // The call tests of `x-ms-examples` run the client on a Tokio runtime of their own; a
    // configuration that names Tokio itself keeps its own features.
    if !api.calls.is_empty() && !config.dev_dependencies.contains_key("tokio") {
        dev_dependencies.push((
            "tokio".into(),
            r#"{ version = "1", features = ["rt"] }"#.into(),
        ));
        dev_dependencies.sort();
    }
    if !dev_dependencies.is_empty() {
        out.push_str("\n[dev-dependencies]\n");
        for (name, spec) in &dev_dependencies {
            out.push_str(&format!("{name} = {spec}\n"));
        }
    }
    for bench in &config.benches {
        out.push_str(&format!(
            "\n[[bench]]\nname = {}\nharness = false\n",
            quote_str(bench)
        ));
    }
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
    }
}

#[cfg(test)]
mod tests {
    /// Every crate the generated code names is one a crate name cannot take.
    #[test]
    fn dependencies_are_taken_names() {
        let taken: Vec<String> = crate::config::taken_crate_names().collect();
        for line in super::DEPENDENCIES.lines() {
            let name = line.split_once(" = ").unwrap().0.replace('-', "_");
            assert!(taken.contains(&name), "{name}");
        }
        assert!(taken.contains(&"openapi_client_runtime".to_string()));
        assert!(taken.contains(&"futures_util".to_string()));
    }
}
