//! Types (structs, enums, unions, their fields and values), the callback events enum, and the schemas behind hand-written types.

use std::collections::BTreeSet;

use super::{Changes, Impact, code, keys};
use crate::changes::surface::{
    EnumValueSurface, EventsSurface, FieldSurface, ReplacedSurface, Surface, TypeSurface,
    UnionVariantSurface,
};

pub(super) fn types(out: &mut Changes, old: &Surface, new: &Surface) {
    for name in keys(old.types.keys(), new.types.keys()) {
        let subject = format!("type {}", code(&name));
        match (old.types.get(&name), new.types.get(&name)) {
            (Some(a), None) => out.push(Impact::Breaking, &subject, format!("{} removed", kind(a))),
            (None, Some(b)) => out.push(Impact::Additive, &subject, format!("{} added", kind(b))),
            (Some(a), Some(b)) => type_def(out, &name, &subject, (a, old.rules), (b, new.rules)),
            (None, None) => {}
        }
    }
}

pub(super) fn kind(t: &TypeSurface) -> &'static str {
    match t {
        TypeSurface::Struct { .. } => "struct",
        TypeSurface::Union { .. } => "union enum",
        TypeSurface::Enum { open: true, .. } => "open enum",
        TypeSurface::Enum { open: false, .. } => "closed enum",
    }
}

pub(super) fn type_def(
    out: &mut Changes,
    name: &str,
    subject: &str,
    (a, ra): (&TypeSurface, u32),
    (b, rb): (&TypeSurface, u32),
) {
    match (a, b) {
        (
            TypeSurface::Struct {
                docs: da,
                default: fa,
                tag: ta,
                fields: xa,
            },
            TypeSurface::Struct {
                docs: db,
                default: fb,
                tag: tb,
                fields: xb,
            },
        ) => {
            out.docs(subject, da, db);
            match (fa, fb) {
                (true, false) => {
                    out.push(Impact::Breaking, subject, "no longer implements `Default`")
                }
                (false, true) => out.push(Impact::Additive, subject, "implements `Default`"),
                _ => {}
            }
            if !*fb && ra < 4 && rb >= 4 {
                out.push(
                    Impact::Breaking,
                    subject,
                    "now `#[non_exhaustive]`: built with `new` (its required fields) and then \
                     its optional fields set, instead of a struct literal",
                );
            }
            if ta != tb {
                out.push(
                    Impact::Additive,
                    subject,
                    format!(
                        "writes the discriminator {} instead of {}",
                        code(tb.as_deref().unwrap_or("none")),
                        code(ta.as_deref().unwrap_or("none"))
                    ),
                );
            }
            // Under rules 4 a struct without `Default` is `#[non_exhaustive]` (built with `new`),
            // so no struct literal can miss an added optional field; any other struct may be
            // written as a literal that lists every field, which a new field breaks (Cargo's
            // SemVer rules, and cargo-semver-checks' `constructible_struct_adds_field`).
            fields(out, name, !*fa && ra >= 4, (xa, ra), (xb, rb));
        }
        (
            TypeSurface::Enum {
                docs: da,
                open: oa,
                values: va,
            },
            TypeSurface::Enum {
                docs: db,
                open: ob,
                values: vb,
            },
        ) => {
            out.docs(subject, da, db);
            match (oa, ob) {
                (true, false) => out.push(
                    Impact::Breaking,
                    subject,
                    "now closed: values it does not know fail to parse, and its catch-all variant is gone",
                ),
                (false, true) => out.push(
                    Impact::Breaking,
                    subject,
                    "now open: it gains a catch-all variant and is `#[non_exhaustive]`",
                ),
                _ => {}
            }
            enum_values(out, name, *ob, va, vb);
        }
        (
            TypeSurface::Union {
                docs: da,
                tagged_by: ta,
                open: oa,
                variants: va,
            },
            TypeSurface::Union {
                docs: db,
                tagged_by: tb,
                open: ob,
                variants: vb,
            },
        ) => {
            out.docs(subject, da, db);
            if ta != tb || oa != ob {
                let describe = |t: &Option<String>| match t {
                    Some(p) => format!("tagged by {}", code(p)),
                    None => "untagged".to_string(),
                };
                out.push(
                    Impact::Breaking,
                    subject,
                    format!("now {} (was {})", describe(tb), describe(ta)),
                );
            }
            union_variants(out, name, *oa && *ob, va, vb);
        }
        _ => out.push(
            Impact::Breaking,
            subject,
            format!("now a {} (was a {})", kind(b), kind(a)),
        ),
    }
}

/// `a` and `b` come with the rules their surfaces were written under; `sealed` says the
/// struct was `#[non_exhaustive]`, so that no code outside the crate has a struct literal of it.
pub(super) fn fields(
    out: &mut Changes,
    ty: &str,
    sealed: bool,
    (a, ra): (&[FieldSurface], u32),
    (b, rb): (&[FieldSurface], u32),
) {
    let mut names: Vec<&String> = a.iter().map(|f| &f.name).collect();
    names.extend(
        b.iter()
            .map(|f| &f.name)
            .filter(|n| !a.iter().any(|f| &f.name == *n)),
    );
    for name in names {
        let (x, y) = (
            a.iter().find(|f| &f.name == name),
            b.iter().find(|f| &f.name == name),
        );
        let rust = y.or(x).map_or(name.as_str(), |f| f.rust_name.as_str());
        let subject = if rust == name {
            code(&format!("{ty}.{rust}"))
        } else {
            format!("{} ({})", code(&format!("{ty}.{rust}")), code(name))
        };
        match (x, y) {
            (Some(_), None) => out.push(Impact::Breaking, &subject, "field removed"),
            (None, Some(f)) if f.required => out.push(
                Impact::Breaking,
                &subject,
                format!("required field added ({})", code(&f.rust_type(rb))),
            ),
            (None, Some(f)) if !sealed => out.push(
                Impact::Breaking,
                &subject,
                format!(
                    "optional field added ({}) to a struct that is not `#[non_exhaustive]`: \
                     struct literals that list every field must name it (those ending in \
                     `..Default::default()` keep compiling)",
                    code(&f.rust_type(rb))
                ),
            ),
            (None, Some(f)) => out.push(
                Impact::Additive,
                &subject,
                format!("optional field added ({})", code(&f.rust_type(rb))),
            ),
            (Some(x), Some(y)) => {
                if x.required != y.required {
                    out.push(
                        Impact::Breaking,
                        &subject,
                        format!(
                            "now {}: {} → {}",
                            if y.required { "required" } else { "optional" },
                            code(&x.rust_type(ra)),
                            code(&y.rust_type(rb))
                        ),
                    );
                } else if x.rust_type(ra) != y.rust_type(rb) {
                    out.push(
                        Impact::Breaking,
                        &subject,
                        format!(
                            "type {} → {}",
                            code(&x.rust_type(ra)),
                            code(&y.rust_type(rb))
                        ),
                    );
                } else if x.nullable != y.nullable {
                    out.push(
                        Impact::Additive,
                        &subject,
                        if y.nullable {
                            "may now be written as `null`"
                        } else {
                            "no longer written as `null`"
                        },
                    );
                }
                out.differ(&subject, "renamed in Rust:", &x.rust_name, &y.rust_name);
                if x.read_only != y.read_only {
                    out.push(
                        Impact::Documentation,
                        &subject,
                        if y.read_only {
                            "now read-only (set by the service)"
                        } else {
                            "no longer read-only"
                        },
                    );
                }
                out.docs(&subject, &x.docs, &y.docs);
            }
            (None, None) => {}
        }
    }
}

pub(super) fn enum_values(
    out: &mut Changes,
    ty: &str,
    open: bool,
    a: &[EnumValueSurface],
    b: &[EnumValueSurface],
) {
    let mut values: Vec<&String> = a.iter().map(|v| &v.value).collect();
    values.extend(
        b.iter()
            .map(|v| &v.value)
            .filter(|n| !a.iter().any(|v| &v.value == *n)),
    );
    for value in values {
        let (x, y) = (
            a.iter().find(|v| &v.value == value),
            b.iter().find(|v| &v.value == value),
        );
        let rust = y.or(x).map_or("", |v| v.rust_name.as_str());
        let subject = format!("{} ({})", code(&format!("{ty}::{rust}")), code(value));
        match (x, y) {
            (Some(_), None) => out.push(Impact::Breaking, &subject, "value removed"),
            (None, Some(_)) if open => out.push(
                Impact::Additive,
                &subject,
                "value added (read into the catch-all variant before)",
            ),
            (None, Some(_)) => out.push(
                Impact::Breaking,
                &subject,
                "value added to a closed enum: exhaustive `match`es must handle it",
            ),
            (Some(x), Some(y)) => {
                out.differ(&subject, "variant renamed:", &x.rust_name, &y.rust_name);
                out.docs(&subject, &x.docs, &y.docs);
            }
            (None, None) => {}
        }
    }
}

pub(super) fn union_variants(
    out: &mut Changes,
    ty: &str,
    open: bool,
    a: &[UnionVariantSurface],
    b: &[UnionVariantSurface],
) {
    let key = |v: &UnionVariantSurface| v.tag.clone().unwrap_or_else(|| v.rust_name.clone());
    let mut keys: Vec<String> = a.iter().map(key).collect();
    keys.extend(
        b.iter()
            .map(key)
            .filter(|k| !a.iter().any(|v| &key(v) == k)),
    );
    for k in keys {
        let (x, y) = (
            a.iter().find(|v| key(v) == k),
            b.iter().find(|v| key(v) == k),
        );
        let rust = y.or(x).map_or("", |v| v.rust_name.as_str());
        let subject = match y.or(x).and_then(|v| v.tag.as_ref()) {
            Some(tag) => format!("{} ({})", code(&format!("{ty}::{rust}")), code(tag)),
            None => code(&format!("{ty}::{rust}")),
        };
        match (x, y) {
            (Some(_), None) => out.push(Impact::Breaking, &subject, "variant removed"),
            (None, Some(v)) if open => out.push(
                Impact::Additive,
                &subject,
                format!("variant added ({})", code(&v.ty)),
            ),
            (None, Some(v)) => out.push(
                Impact::Breaking,
                &subject,
                format!(
                    "variant added ({}) to an untagged union: exhaustive `match`es must handle \
                     it, and values may now read as it",
                    code(&v.ty)
                ),
            ),
            (Some(x), Some(y)) => {
                out.differ(&subject, "type", &x.ty, &y.ty);
                out.differ(&subject, "variant renamed:", &x.rust_name, &y.rust_name);
            }
            (None, None) => {}
        }
    }
}

/// The events enum: a new variant is additive (the enum is `#[non_exhaustive]`), a removed one
/// breaks the code that matches it, and so do a removed accessor or one whose type changed.
pub(super) fn events(out: &mut Changes, old: Option<&EventsSurface>, new: Option<&EventsSurface>) {
    let (a, b) = match (old, new) {
        (None, None) => return,
        (Some(a), None) => {
            let subject = format!("events enum {}", code(&a.name));
            return out.push(Impact::Breaking, &subject, "removed");
        }
        (None, Some(b)) => {
            let subject = format!("events enum {}", code(&b.name));
            let text = format!("added, with {} event types", b.variants.len());
            return out.push(Impact::Additive, &subject, text);
        }
        (Some(a), Some(b)) => (a, b),
    };
    let subject = format!("events enum {}", code(&b.name));
    out.differ(&subject, "renamed", &a.name, &b.name);
    for event_type in keys(a.variants.keys(), b.variants.keys()) {
        let what = format!("event type {}", code(&event_type));
        match (a.variants.get(&event_type), b.variants.get(&event_type)) {
            (Some(v), None) => out.push(
                Impact::Breaking,
                &subject,
                format!("{what} removed (variant {})", code(v)),
            ),
            (None, Some(v)) => out.push(
                Impact::Additive,
                &subject,
                format!(
                    "{what} added (variant {}; such events were read as `Unknown` before)",
                    code(v)
                ),
            ),
            (Some(x), Some(y)) => out.differ(&subject, &format!("{what}: variant"), x, y),
            (None, None) => {}
        }
    }
    // An accessor of both that reads other events of both: the same call on the same event
    // gives a value where it gave `None`, or the other way round.
    if let (Some(ra), Some(rb)) = (&a.readers, &b.readers) {
        let known: BTreeSet<&String> = a.variants.values().collect();
        for (name, now) in rb {
            let Some(before) = ra.get(name) else {
                continue;
            };
            let what = format!("accessor {}", code(name));
            let list = |variants: Vec<&String>| {
                variants
                    .iter()
                    .map(|v| code(v))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let gained: Vec<&String> = now
                .iter()
                .filter(|v| known.contains(v) && !before.contains(v))
                .collect();
            if !gained.is_empty() {
                out.push(
                    Impact::Additive,
                    &subject,
                    format!(
                        "{what} now reads {} events too (it gave `None`)",
                        list(gained)
                    ),
                );
            }
            let lost: Vec<&String> = before
                .iter()
                .filter(|v| b.variants.values().any(|x| x == *v) && !now.contains(v))
                .collect();
            if !lost.is_empty() {
                out.push(
                    Impact::Breaking,
                    &subject,
                    format!("{what} now gives `None` for {} events", list(lost)),
                );
            }
        }
    }
    for name in keys(a.accessors.keys(), b.accessors.keys()) {
        let what = format!("accessor {}", code(&name));
        match (a.accessors.get(&name), b.accessors.get(&name)) {
            (Some(_), None) => out.push(Impact::Breaking, &subject, format!("{what} removed")),
            (None, Some(t)) => out.push(
                Impact::Additive,
                &subject,
                format!("{what} added (gives `Option<&{t}>`)"),
            ),
            (Some(x), Some(y)) => out.differ(&subject, &format!("{what}: type"), x, y),
            (None, None) => {}
        }
    }
}

/// A replaced schema: every change of the schemas behind the hand-written type, for the
/// maintainer to carry into it (a replacement added or removed shows in the types' fields).
pub(super) fn replaced(out: &mut Changes, name: &str, a: &ReplacedSurface, b: &ReplacedSurface) {
    let behind = format!(
        "behind {} (`replace` of {})",
        code(&b.rust_type),
        code(name)
    );
    for schema in keys(a.schemas.keys(), b.schemas.keys()) {
        let subject = |item: &str| format!("{} {behind}", code(item));
        let (x, y) = match (a.schemas.get(&schema), b.schemas.get(&schema)) {
            (Some(_), None) => {
                out.push(
                    Impact::Review,
                    &subject(&schema),
                    "schema no longer referred to",
                );
                continue;
            }
            (None, Some(_)) => {
                out.push(Impact::Review, &subject(&schema), "schema added");
                continue;
            }
            (Some(x), Some(y)) => (x, y),
            (None, None) => continue,
        };
        if x.rest != y.rest {
            out.push(
                Impact::Review,
                &subject(&schema),
                format!("now {} (was {})", code(&y.rest), code(&x.rest)),
            );
        }
        for property in keys(x.properties.keys(), y.properties.keys()) {
            let item = subject(&format!("{schema}.{property}"));
            let required = |list: &[String]| list.contains(&property);
            match (x.properties.get(&property), y.properties.get(&property)) {
                (Some(_), None) => out.push(Impact::Review, &item, "property removed"),
                (None, Some(p)) => out.push(
                    Impact::Review,
                    &item,
                    format!(
                        "{} property added: {}",
                        if required(&y.required) {
                            "required"
                        } else {
                            "optional"
                        },
                        code(p)
                    ),
                ),
                (Some(p), Some(q)) => {
                    match (required(&x.required), required(&y.required)) {
                        (false, true) => out.push(Impact::Review, &item, "now required"),
                        (true, false) => out.push(Impact::Review, &item, "now optional"),
                        _ => {}
                    }
                    if p != q {
                        out.push(
                            Impact::Review,
                            &item,
                            format!("now {} (was {})", code(q), code(p)),
                        );
                    }
                }
                (None, None) => {}
            }
        }
    }
}
