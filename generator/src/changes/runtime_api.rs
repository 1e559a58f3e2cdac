//! The public API that generated crates re-export from the runtime crate (`generator/runtime`):
//! one line per public item, checked in as `runtime/public-api.txt` and kept current by a unit
//! test, so that the API surface (and with it the change report and the version bump) covers a
//! generator update that changes what the runtime offers, without parsing it on every run.

#[cfg(test)]
use quote::ToTokens;
#[cfg(test)]
use syn::{Fields, ImplItem, Item, TraitItem, Visibility};

/// The checked-in list: `module: item` lines, sorted.
pub(crate) const PUBLIC_API: &str = include_str!("../../runtime/public-api.txt");

/// The lines of `PUBLIC_API` for what a crate re-exports (`access_key` only with access keys,
/// `Multipart` only where a method takes one, `events` only with callback events).
pub(crate) fn public_api(access_key: bool, multipart: bool, events: bool) -> Vec<String> {
    PUBLIC_API
        .lines()
        .filter(|l| !l.is_empty())
        .filter(|l| access_key || !l.starts_with("access_key:"))
        .filter(|l| events || !l.starts_with("events:"))
        .filter(|l| {
            multipart
                || !(l.starts_with("runtime: Multipart")
                    || l.ends_with("for Multipart")
                    || l.starts_with("runtime: struct Multipart"))
        })
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
/// Tokens as text, without the spaces `to_string` puts around punctuation.
fn text(tokens: impl ToTokens) -> String {
    let mut s = tokens.to_token_stream().to_string();
    for (from, to) in [
        (" (", "("),
        ("( ", "("),
        (" )", ")"),
        (" ,", ","),
        (" <", "<"),
        ("< ", "<"),
        (" >", ">"),
        (" :: ", "::"),
        (":: ", "::"),
        (" ;", ";"),
        ("& ", "&"),
        (" :", ":"),
        ("' ", "'"),
        (" [", "["),
        ("[ ", "["),
        (" ]", "]"),
        ("? ", "?"),
        (",)", ")"),
    ] {
        while s.contains(from) {
            s = s.replace(from, to);
        }
    }
    s
}

#[cfg(test)]
/// A name with its generics (`TokenFuture<'a>`).
fn named(ident: &syn::Ident, generics: &syn::Generics) -> String {
    format!("{ident}{}", text(generics))
}

#[cfg(test)]
fn public(v: &Visibility) -> bool {
    matches!(v, Visibility::Public(_))
}

#[cfg(test)]
/// The attributes that are API: `#[non_exhaustive]` and the derived traits.
fn api_attributes(attrs: &[syn::Attribute]) -> String {
    let mut out = String::new();
    for a in attrs {
        if a.path().is_ident("non_exhaustive") {
            out.push_str(" #[non_exhaustive]");
        } else if a.path().is_ident("derive") {
            out.push_str(&format!(" #[{}]", text(&a.meta)));
        }
    }
    out
}

#[cfg(test)]
/// The public items of one module's source.
pub(crate) fn extract(module: &str, source: &str) -> syn::Result<Vec<String>> {
    let file = syn::parse_file(source)?;
    let mut out = Vec::new();
    let mut line = |s: String| out.push(format!("{module}: {s}"));
    for item in &file.items {
        match item {
            Item::Fn(f) if public(&f.vis) => line(text(&f.sig)),
            Item::Struct(s) if public(&s.vis) => {
                let name = &s.ident;
                line(format!(
                    "struct {}{}",
                    named(&s.ident, &s.generics),
                    api_attributes(&s.attrs)
                ));
                for (i, f) in s.fields.iter().enumerate().filter(|(_, f)| public(&f.vis)) {
                    match &f.ident {
                        Some(id) => line(format!("{name}.{id}: {}", text(&f.ty))),
                        None => line(format!("{name}.{i}: {}", text(&f.ty))),
                    }
                }
            }
            Item::Enum(e) if public(&e.vis) => {
                let name = &e.ident;
                line(format!(
                    "enum {}{}",
                    named(&e.ident, &e.generics),
                    api_attributes(&e.attrs)
                ));
                for v in &e.variants {
                    let fields = match &v.fields {
                        Fields::Unit => String::new(),
                        Fields::Unnamed(f) => text(f),
                        Fields::Named(f) => format!(
                            " {{ {} }}",
                            f.named
                                .iter()
                                .map(|f| format!(
                                    "{}: {}",
                                    f.ident.as_ref().map(|i| i.to_string()).unwrap_or_default(),
                                    text(&f.ty)
                                ))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    };
                    line(format!("{name}::{}{fields}", v.ident));
                }
            }
            Item::Trait(t) if public(&t.vis) => {
                line(format!("trait {}", named(&t.ident, &t.generics)));
                for i in &t.items {
                    if let TraitItem::Fn(f) = i {
                        line(format!("{}::{}", t.ident, text(&f.sig)));
                    }
                }
            }
            Item::Type(t) if public(&t.vis) => line(format!(
                "type {} = {}",
                named(&t.ident, &t.generics),
                text(&t.ty)
            )),
            Item::Const(c) if public(&c.vis) => line(format!("const {}: {}", c.ident, text(&c.ty))),
            Item::Impl(i) => {
                let ty = text(&i.self_ty);
                match &i.trait_ {
                    // Trait impls are public API whatever the visibility of their items; those of
                    // `pub(crate)` types are not, and the type's line is missing then.
                    Some((path, _)) => line(format!("impl {} for {ty}", text(path))),
                    None => {
                        for item in &i.items {
                            if let ImplItem::Fn(f) = item {
                                if public(&f.vis) {
                                    line(format!("{ty}::{}", text(&f.sig)));
                                }
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The runtime's files whose public items generated crates re-export, each with the module
    /// name its lines carry (`runtime` for the items re-exported at the crate root).
    const RUNTIME_MODULES: [(&str, &str); 7] = [
        ("access_key", "src/access_key.rs"),
        ("credentials", "src/credentials.rs"),
        ("error", "src/error.rs"),
        ("events", "src/events.rs"),
        ("options", "src/options.rs"),
        ("policy", "src/policy.rs"),
        ("runtime", "src/http.rs"),
    ];

    /// `runtime/public-api.txt` lists the public items of the runtime as they are. When this
    /// fails after a template change, run the test with `UPDATE_PUBLIC_API=1` and review the
    /// list's diff: it is what a regenerated crate's change report will say about the update.
    #[test]
    fn the_checked_in_public_api_is_current() {
        let mut lines = Vec::new();
        for (module, path) in RUNTIME_MODULES {
            let file = std::path::Path::new(crate::config::RUNTIME_DIR).join(path);
            let source = std::fs::read_to_string(&file).unwrap();
            let all = extract(module, &source).unwrap_or_else(|e| panic!("{path}: {e}"));
            // Trait impls for types that are not public are not API.
            let public_types: Vec<String> = all
                .iter()
                .filter_map(|l| {
                    let rest = l.split_once(": ")?.1;
                    let name = rest
                        .strip_prefix("struct ")
                        .or_else(|| rest.strip_prefix("enum "))?;
                    Some(name.split(['<', ' ']).next()?.to_string())
                })
                .collect();
            lines.extend(
                all.into_iter()
                    .filter(|l| match l.split_once(": ").map(|(_, r)| r) {
                        Some(r) if r.starts_with("impl ") => {
                            let ty = r.rsplit(" for ").next().unwrap_or_default();
                            public_types
                                .iter()
                                .any(|t| ty == t || ty.starts_with(&format!("{t}<")))
                        }
                        _ => true,
                    }),
            );
        }
        lines.sort();
        lines.dedup();
        let expected = lines.join("\n") + "\n";
        let path = std::path::Path::new(crate::config::RUNTIME_DIR).join("public-api.txt");
        if std::env::var_os("UPDATE_PUBLIC_API").is_some() {
            std::fs::write(&path, &expected).unwrap();
        }
        assert_eq!(
            PUBLIC_API, expected,
            "runtime/public-api.txt is stale: run `UPDATE_PUBLIC_API=1 cargo test -p generator --lib` and review its diff"
        );
    }
}
