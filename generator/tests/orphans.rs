//! No impl that the orphan rule refuses can come out of the generator: every `impl` in a
//! generated file, of a trait or inherent, is for a type that the generated code defines (a bare
//! name of a struct or enum declared in the crate's generated files, or in the function that
//! holds the impl). Checked over every checked-in crate's configuration (fixture specs with their
//! settings, `[crate.replace]` included, and the Call Automation crate) and a spec whose error
//! bodies are of every shape, which once gave `impl ErrorBody for Vec<Error>`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use syn::{Block, Expr, ImplItem, Item, Stmt, Type};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every item of `items`, and of the blocks inside them (functions, methods, closures of
/// constants), with the impls found among them.
fn walk<'a>(items: &'a [Item], types: &mut BTreeSet<String>, impls: &mut Vec<&'a syn::ItemImpl>) {
    for item in items {
        match item {
            Item::Struct(s) => {
                types.insert(s.ident.to_string());
            }
            Item::Enum(e) => {
                types.insert(e.ident.to_string());
            }
            Item::Type(t) => {
                types.insert(t.ident.to_string());
            }
            Item::Fn(f) => block(&f.block, types, impls),
            Item::Const(c) => expr(&c.expr, types, impls),
            Item::Mod(m) => {
                if let Some((_, items)) = &m.content {
                    walk(items, types, impls);
                }
            }
            Item::Impl(i) => {
                impls.push(i);
                for item in &i.items {
                    if let ImplItem::Fn(f) = item {
                        block(&f.block, types, impls);
                    }
                }
            }
            _ => {}
        }
    }
}

fn block<'a>(b: &'a Block, types: &mut BTreeSet<String>, impls: &mut Vec<&'a syn::ItemImpl>) {
    for stmt in &b.stmts {
        match stmt {
            Stmt::Item(item) => walk(std::slice::from_ref(item), types, impls),
            Stmt::Expr(e, _) => expr(e, types, impls),
            _ => {}
        }
    }
}

fn expr<'a>(e: &'a Expr, types: &mut BTreeSet<String>, impls: &mut Vec<&'a syn::ItemImpl>) {
    match e {
        Expr::Closure(c) => expr(&c.body, types, impls),
        Expr::Block(b) => block(&b.block, types, impls),
        _ => {}
    }
}

/// The impls of `files` (path, text) whose type is not one the files define, as text.
fn foreign_impls(files: &[(String, String)]) -> Vec<String> {
    let parsed: Vec<(String, syn::File)> = files
        .iter()
        .filter(|(path, _)| path.ends_with(".rs"))
        .map(|(path, text)| {
            let file = syn::parse_file(text).unwrap_or_else(|e| panic!("{path}: {e}"));
            (path.clone(), file)
        })
        .collect();
    let mut types = BTreeSet::new();
    let mut impls = Vec::new();
    for (_, file) in &parsed {
        walk(&file.items, &mut types, &mut impls);
    }
    impls
        .into_iter()
        .filter(|i| match &*i.self_ty {
            // A bare name (`Pet`, `PetVisitor<'de>`), defined here.
            Type::Path(p) if p.qself.is_none() && p.path.segments.len() == 1 => {
                !types.contains(&p.path.segments[0].ident.to_string())
            }
            _ => true,
        })
        .map(|i| {
            let trait_ = i
                .trait_
                .as_ref()
                .map(|(path, _)| quote::quote!(#path).to_string());
            let ty = &i.self_ty;
            format!("impl {trait_:?} for {}", quote::quote!(#ty))
        })
        .collect()
}

fn generated_files(config: &generator::CrateConfig) -> Vec<(String, String)> {
    let (_, crate_files) =
        generator::generate(config).unwrap_or_else(|e| panic!("{}: {e}", config.spec.display()));
    crate_files
        .files
        .into_iter()
        .map(|f| (f.path, f.contents))
        .collect()
}

#[test]
fn every_impl_of_every_checked_in_crate_is_for_a_type_it_defines() {
    let root = root().canonicalize().unwrap();
    let mut checked = 0;
    for config in ["specs/codegen.toml", "generator/tests/crates.toml"] {
        let config = generator::Config::load(&root.join(config), &root).unwrap();
        for krate in &config.crates {
            let files = generated_files(krate);
            assert_eq!(
                foreign_impls(&files),
                Vec::<String>::new(),
                "{}",
                krate.name
            );
            checked += 1;
        }
    }
    assert!(checked >= 25, "{checked} crates");
}

/// The check itself finds an impl for another crate's type.
#[test]
fn an_impl_for_a_foreign_type_is_found() {
    let files = [(
        "src/generated/models.rs".to_string(),
        "pub struct Error; impl ErrorBody for Error {} impl ErrorBody for Vec<Error> {} \
         impl std::fmt::Display for crate::Other {} fn f() { struct V; impl Visitor for V {} }"
            .to_string(),
    )];
    assert_eq!(
        foreign_impls(&files),
        [
            "impl Some(\"ErrorBody\") for Vec < Error >",
            "impl Some(\"std :: fmt :: Display\") for crate :: Other",
        ]
    );
}
