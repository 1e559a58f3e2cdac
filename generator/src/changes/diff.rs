//! What changed between two API surfaces, each change classified by its effect on Rust code that
//! depends on the generated crate.
//!
//! The rules (the generated crate's compatibility contract):
//!
//! - **Breaking**: code that compiled against the previous crate may not compile, or may compile
//!   and mean something else: a removed or renamed method, type, field, parameter or enum value;
//!   a new required parameter or request body (a new argument); a new required field; a new field
//!   in a struct that is not `#[non_exhaustive]`, `Default` or not (a struct literal may list
//!   every field: Cargo's SemVer rules count it as breaking, and so does cargo-semver-checks,
//!   although literals ending in `..Default::default()` keep compiling), which includes a new
//!   optional parameter (a field of the operation's options struct); a parameter or field
//!   moving between optional and required, or changing type; required arguments in a new order;
//!   a new value in a closed enum or a new variant in an untagged union (exhaustive `match`es); a
//!   documented success status gone (those answers become errors); a call that starts or stops
//!   waiting for a long-running operation.
//! - **Additive**: existing code keeps compiling and meaning the same: new operations, types,
//!   optional fields of a
//!   `#[non_exhaustive]` struct (one without `Default`, built with `new`), values of open enums
//!   and variants of tagged unions (both `#[non_exhaustive]`), new success statuses, a new
//!   default for a client parameter (such as `api-version`), and wire-only changes (a path, a
//!   media type) that the generated code absorbs.
//! - **Documentation**: a description changed (whitespace changes are not changes), an error
//!   status documented or no longer documented (every status that is not a success is an error
//!   either way).
//! - **Review**: a change inside a schema that a hand-written type stands for (`replace`): users
//!   see it only through that type, which the generator does not write, so it is listed for the
//!   maintainer and calls for no version of its own.
//!
//! Operations are matched by id, and an operation whose id is gone is matched with a new one of
//! the same method and path (path parameter names aside): a rename. Parameters are matched by
//! location and wire name, fields by wire name, enum values by value, union variants by tag (or by
//! name when untagged), so reordering is never a change, except for required arguments, whose
//! order is the method's signature.

use std::collections::BTreeSet;
use std::fmt;

use super::surface::{
    BodySurface, ClientParamSurface, EnumValueSurface, EventsSurface, FieldSurface,
    OperationSurface, ParamSurface, ReplacedSurface, Surface, TypeSurface, UnionVariantSurface,
};

/// How a change affects code that uses the generated crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Impact {
    Breaking,
    Additive,
    Documentation,
    /// A change behind a hand-written type (a schema that `replace` maps to one): users see it
    /// only through that type, which the generator does not write, so the maintainer reviews
    /// it; it calls for no version of its own.
    Review,
}

impl Impact {
    pub const ALL: [Impact; 4] = [
        Impact::Breaking,
        Impact::Additive,
        Impact::Documentation,
        Impact::Review,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Impact::Breaking => "Breaking",
            Impact::Additive => "Additive",
            Impact::Documentation => "Documentation",
            Impact::Review => "Behind hand-written types (review them)",
        }
    }
}

/// One change: what it is about and what happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub impact: Impact,
    /// The item, as Markdown (`` operation `Foo_Get` ``, `` `Pet.name` ``).
    pub subject: String,
    pub text: String,
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.subject, self.text)
    }
}

/// The semver kind of a set of changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Bump {
    None,
    Patch,
    Minor,
    Major,
}

/// Every change from `old` to `new`, in a stable order: client parameters, credentials,
/// operations by id, types by name, then the fixed modules' items.
pub fn diff(old: &Surface, new: &Surface) -> Vec<Change> {
    let mut out = Changes::default();
    client_params(&mut out, old, new);
    for setter in keys(old.credentials.keys(), new.credentials.keys()) {
        let subject = format!("credential {}", code(&setter));
        match (old.credentials.get(&setter), new.credentials.get(&setter)) {
            (Some(a), None) => out.push(Impact::Breaking, &subject, format!("removed ({a})")),
            (None, Some(b)) => out.push(Impact::Additive, &subject, format!("added ({b})")),
            (Some(a), Some(b)) if a != b => {
                out.push(
                    Impact::Breaking,
                    &subject,
                    format!("now sends {b} instead of {a}"),
                );
            }
            _ => {}
        }
    }
    operations(&mut out, old, new);
    if old.rules < 3 && new.rules >= 3 && !new.operations.is_empty() {
        out.push(
            Impact::Breaking,
            "every operation",
            "now returns its body in a `Response` (which dereferences to the body and gives the \
             status, headers and request ids; `.into_body()` takes the body)",
        );
    }
    types(&mut out, old, new);
    groups(&mut out, old, new);
    events(&mut out, old.events.as_ref(), new.events.as_ref());
    if let (Some(a), Some(b)) = (&old.replaced, &new.replaced) {
        for name in keys(a.keys(), b.keys()) {
            if let (Some(x), Some(y)) = (a.get(&name), b.get(&name)) {
                replaced(&mut out, &name, x, y);
            }
        }
    }
    // A generator update that changes the fixed modules: an item whose line changed is removed
    // and added.
    for line in &old.fixed_api {
        if !new.fixed_api.contains(line) {
            out.push(
                Impact::Breaking,
                "fixed modules",
                format!("{} removed or changed", code(line)),
            );
        }
    }
    for line in &new.fixed_api {
        if !old.fixed_api.contains(line) {
            out.push(
                Impact::Additive,
                "fixed modules",
                format!("{} added", code(line)),
            );
        }
    }
    out.0
}

/// A replaced schema: every change of the schemas behind the hand-written type, for the
/// maintainer to carry into it (a replacement added or removed shows in the types' fields).
fn replaced(out: &mut Changes, name: &str, a: &ReplacedSurface, b: &ReplacedSurface) {
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

/// The bump that `changes` call for.
pub fn bump(changes: &[Change]) -> Bump {
    changes
        .iter()
        .map(|c| match c.impact {
            Impact::Breaking => Bump::Major,
            Impact::Additive => Bump::Minor,
            Impact::Documentation => Bump::Patch,
            Impact::Review => Bump::None,
        })
        .max()
        .unwrap_or(Bump::None)
}

/// `version` bumped as Cargo's semver rules say: below 1.0.0 the left-most non-zero number is the
/// major one (a breaking change of 0.3.1 gives 0.4.0, anything else 0.3.2; every change of
/// 0.0.4 gives 0.0.5). Pre-release and build suffixes are refused: pin such a version instead.
pub fn next_version(version: &str, bump: Bump) -> Result<String, String> {
    let numbers: Vec<u64> = version
        .split('.')
        .map(|n| n.parse::<u64>().ok().filter(|_| !n.starts_with('+')))
        .collect::<Option<_>>()
        .filter(|n: &Vec<u64>| n.len() == 3)
        .ok_or_else(|| {
            format!(
                "the crate version `{version}` is not MAJOR.MINOR.PATCH, so the generator cannot bump \
                 it; pin the version with `version = \"...\"` in the configuration"
            )
        })?;
    let [major, minor, patch] = [numbers[0], numbers[1], numbers[2]];
    let next = match (bump, major, minor) {
        (Bump::None, ..) => [major, minor, patch],
        (_, 0, 0) => [0, 0, patch + 1],
        (Bump::Major, 0, _) => [0, minor + 1, 0],
        (_, 0, _) => [0, minor, patch + 1],
        (Bump::Major, ..) => [major + 1, 0, 0],
        (Bump::Minor, ..) => [major, minor + 1, 0],
        (Bump::Patch, ..) => [major, minor, patch + 1],
    };
    Ok(format!("{}.{}.{}", next[0], next[1], next[2]))
}

#[derive(Default)]
struct Changes(Vec<Change>);

impl Changes {
    fn push(&mut self, impact: Impact, subject: &str, text: impl Into<String>) {
        self.0.push(Change {
            impact,
            subject: subject.to_string(),
            text: text.into(),
        });
    }

    /// A breaking change from `old` to `new` when they differ, described as `what: old → new`.
    fn differ(&mut self, subject: &str, what: &str, old: &str, new: &str) {
        if old != new {
            self.push(
                Impact::Breaking,
                subject,
                format!("{what} {} → {}", code(old), code(new)),
            );
        }
    }

    /// `deprecated` switched on or off (additive either way).
    fn deprecation(&mut self, subject: &str, old: bool, new: bool) {
        match (old, new) {
            (false, true) => self.push(Impact::Additive, subject, "deprecated"),
            (true, false) => self.push(Impact::Additive, subject, "no longer deprecated"),
            _ => {}
        }
    }

    fn docs(&mut self, subject: &str, old: &Option<String>, new: &Option<String>) {
        let text = match (old, new) {
            (a, b) if a == b => return,
            (None, Some(_)) => "description added",
            (Some(_), None) => "description removed",
            _ => "description changed",
        };
        self.push(Impact::Documentation, subject, text);
    }
}

fn code(s: &str) -> String {
    // A backtick inside a name would end the code span early; such names are rare enough to be
    // written with a longer fence.
    if s.contains('`') {
        format!("`` {s} ``")
    } else {
        format!("`{s}`")
    }
}

fn client_params(out: &mut Changes, old: &Surface, new: &Surface) {
    for name in keys(old.client_params.keys(), new.client_params.keys()) {
        let subject = format!("client parameter {}", code(&name));
        match (old.client_params.get(&name), new.client_params.get(&name)) {
            (Some(_), None) => out.push(
                Impact::Breaking,
                &subject,
                "removed (its builder setter is gone)",
            ),
            (None, Some(p)) => added_client_param(out, &subject, p),
            (Some(a), Some(b)) => {
                if a.rust_name != b.rust_name {
                    out.push(
                        Impact::Breaking,
                        &subject,
                        format!(
                            "the builder setter is renamed from {} to {}",
                            code(&a.rust_name),
                            code(&b.rust_name)
                        ),
                    );
                }
                match (&a.default, &b.default) {
                    (x, y) if x == y => {}
                    (_, None) => out.push(
                        Impact::Breaking,
                        &subject,
                        "no default any more: a client that does not set it fails to build",
                    ),
                    (None, Some(d)) => out.push(
                        Impact::Additive,
                        &subject,
                        format!("defaults to {}", code(d)),
                    ),
                    (Some(x), Some(y)) => out.push(
                        Impact::Additive,
                        &subject,
                        format!("default {} → {}", code(x), code(y)),
                    ),
                }
                if a.location != b.location {
                    out.push(
                        Impact::Additive,
                        &subject,
                        format!("sent in the {} instead of the {}", b.location, a.location),
                    );
                }
                out.docs(&subject, &a.docs, &b.docs);
            }
            (None, None) => {}
        }
    }
}

fn added_client_param(out: &mut Changes, subject: &str, p: &ClientParamSurface) {
    match &p.default {
        Some(d) => out.push(
            Impact::Additive,
            subject,
            format!(
                "added (builder setter {}, default {})",
                code(&p.rust_name),
                code(d)
            ),
        ),
        None => out.push(
            Impact::Breaking,
            subject,
            format!(
                "added without a default: a client that does not call {} fails to build",
                code(&p.rust_name)
            ),
        ),
    }
}

/// The union of two key sets, sorted.
fn keys<'a>(
    a: impl Iterator<Item = &'a String>,
    b: impl Iterator<Item = &'a String>,
) -> Vec<String> {
    a.chain(b)
        .cloned()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// A path with its parameter names left out, so that renaming one does not hide a rename of the
/// operation.
fn path_shape(path: &str) -> String {
    let mut shape = String::with_capacity(path.len());
    let mut depth = 0;
    for c in path.chars() {
        match c {
            '{' => {
                depth += 1;
                if depth == 1 {
                    shape.push_str("{}");
                }
            }
            '}' if depth > 0 => depth -= 1,
            _ if depth > 0 => {}
            c => shape.push(c),
        }
    }
    shape
}

fn operations(out: &mut Changes, old: &Surface, new: &Surface) {
    let removed: Vec<&String> = old
        .operations
        .keys()
        .filter(|id| !new.operations.contains_key(*id))
        .collect();
    let mut added: BTreeSet<&String> = new
        .operations
        .keys()
        .filter(|id| !old.operations.contains_key(*id))
        .collect();
    // A removed operation and an added one with the same method and path: a rename.
    let mut renamed = std::collections::BTreeMap::new();
    for id in removed {
        let o = &old.operations[id];
        let target = added.iter().copied().find(|n| {
            let n = &new.operations[*n];
            n.method == o.method && path_shape(&n.path) == path_shape(&o.path)
        });
        if let Some(target) = target {
            added.remove(target);
            renamed.insert(id.clone(), target.clone());
        }
    }
    let renamed_to: BTreeSet<&String> = renamed.values().collect();
    for id in keys(old.operations.keys(), new.operations.keys()) {
        match (old.operations.get(&id), new.operations.get(&id)) {
            (Some(a), Some(b)) => operation(out, &id, a, b, false),
            (Some(a), None) => match renamed.get(&id) {
                Some(new_id) => {
                    let b = &new.operations[new_id];
                    out.push(
                        Impact::Breaking,
                        &format!("operation {}", code(&id)),
                        format!(
                            "renamed {} (same {} {}); the method {} is now {}",
                            code(new_id),
                            b.method,
                            code(&b.path),
                            code(&a.rust_name),
                            code(&b.rust_name)
                        ),
                    );
                    operation(out, new_id, a, b, true);
                }
                None => out.push(
                    Impact::Breaking,
                    &format!("operation {}", code(&id)),
                    format!(
                        "removed ({} {}, method {})",
                        a.method,
                        code(&a.path),
                        code(&a.rust_name)
                    ),
                ),
            },
            (None, Some(b)) if !renamed_to.contains(&id) => {
                out.push(
                    Impact::Additive,
                    &format!("operation {}", code(&id)),
                    format!(
                        "added ({} {}, method {})",
                        b.method,
                        code(&b.path),
                        code(&b.rust_name)
                    ),
                );
            }
            _ => {}
        }
    }
}

fn operation(
    out: &mut Changes,
    id: &str,
    a: &OperationSurface,
    b: &OperationSurface,
    renamed: bool,
) {
    let subject = format!("operation {}", code(id));
    naming(out, &subject, a, b, renamed);
    out.deprecation(&subject, a.deprecated, b.deprecated);
    out.docs(&subject, &a.docs, &b.docs);
    params(out, &subject, b, &a.params, &b.params);
    body(out, &subject, a.body.as_ref(), b.body.as_ref());
    answers(out, &subject, a, b);
    modes(out, &subject, a, b);
}

/// The method's and options struct's names, and where the request goes.
fn naming(
    out: &mut Changes,
    subject: &str,
    a: &OperationSurface,
    b: &OperationSurface,
    renamed: bool,
) {
    if !renamed && a.rust_name != b.rust_name {
        out.push(
            Impact::Breaking,
            subject,
            format!(
                "the method {} is renamed {}",
                code(&a.rust_name),
                code(&b.rust_name)
            ),
        );
    }
    if !renamed && a.rust_name == b.rust_name && a.options != b.options {
        out.push(
            Impact::Breaking,
            subject,
            format!(
                "the options struct {} is renamed {}",
                code(&a.options),
                code(&b.options)
            ),
        );
    }
    if a.method != b.method || a.path != b.path {
        out.push(
            Impact::Additive,
            subject,
            format!(
                "sent as {} {} instead of {} {}",
                b.method,
                code(&b.path),
                a.method,
                code(&a.path)
            ),
        );
    }
}

/// What the method returns and which statuses are successes or documented errors.
fn answers(out: &mut Changes, subject: &str, a: &OperationSurface, b: &OperationSurface) {
    if a.returns != b.returns {
        out.push(
            Impact::Breaking,
            subject,
            format!(
                "returns {} instead of {}",
                code(&b.returns),
                code(&a.returns)
            ),
        );
    }
    if a.error != b.error {
        out.push(
            Impact::Breaking,
            subject,
            format!(
                "its error body is {} instead of {}",
                code(&b.error),
                code(&a.error)
            ),
        );
    }
    let gone: Vec<String> = a
        .success
        .iter()
        .filter(|s| !b.success.contains(s))
        .map(u16::to_string)
        .collect();
    let new: Vec<String> = b
        .success
        .iter()
        .filter(|s| !a.success.contains(s))
        .map(u16::to_string)
        .collect();
    if !gone.is_empty() {
        out.push(
            Impact::Breaking,
            subject,
            format!(
                "no longer succeeds with status {} (such answers are now errors)",
                gone.join(", ")
            ),
        );
    }
    if !new.is_empty() {
        out.push(
            Impact::Additive,
            subject,
            format!("also succeeds with status {}", new.join(", ")),
        );
    }
    // Every status that is not a success is an error whether documented or not: documenting one
    // changes no code.
    for status in b.errors.iter().filter(|s| !a.errors.contains(s)) {
        out.push(
            Impact::Documentation,
            subject,
            format!("documents the error status {}", code(status)),
        );
    }
    for status in a.errors.iter().filter(|s| !b.errors.contains(s)) {
        out.push(
            Impact::Documentation,
            subject,
            format!("no longer documents the error status {}", code(status)),
        );
    }
}

/// Paging and long-running behaviour.
fn modes(out: &mut Changes, subject: &str, a: &OperationSurface, b: &OperationSurface) {
    match (&a.stream, &b.stream) {
        (None, Some(s)) => out.push(
            Impact::Additive,
            subject,
            format!(
                "pageable: {} streams every page's {}",
                code(&s.rust_name),
                code(&s.item)
            ),
        ),
        (Some(s), None) => out.push(
            Impact::Breaking,
            subject,
            format!("no longer pageable: {} is gone", code(&s.rust_name)),
        ),
        (Some(x), Some(y)) if x != y => out.push(
            Impact::Breaking,
            subject,
            format!(
                "its pages are streamed by {} as {} instead of by {} as {}",
                code(&y.rust_name),
                code(&y.item),
                code(&x.rust_name),
                code(&x.item)
            ),
        ),
        _ => {}
    }
    match (&a.long_running, &b.long_running) {
        (None, Some(_)) => out.push(
            Impact::Breaking,
            subject,
            "long-running: the call now waits until the operation is done",
        ),
        (Some(_), None) => out.push(
            Impact::Breaking,
            subject,
            "no longer long-running: the call returns the first answer",
        ),
        (Some(x), Some(y)) if x != y => out.push(
            Impact::Additive,
            subject,
            format!(
                "the final result is read via {} instead of {}",
                code(y),
                code(x)
            ),
        ),
        _ => {}
    }
}

fn param_key(p: &ParamSurface) -> (String, String) {
    (p.location.clone(), p.name.clone())
}

fn params(
    out: &mut Changes,
    op: &str,
    b_op: &OperationSurface,
    a: &[ParamSurface],
    b: &[ParamSurface],
) {
    let find = |list: &[ParamSurface], key: &(String, String)| {
        list.iter().find(|p| &param_key(p) == key).cloned()
    };
    let mut all: Vec<(String, String)> = a.iter().map(param_key).collect();
    all.extend(
        b.iter()
            .map(param_key)
            .filter(|k| !a.iter().any(|p| &param_key(p) == k)),
    );
    for key in &all {
        let subject = format!("{op}, {} parameter {}", key.0, code(&key.1));
        match (find(a, key), find(b, key)) {
            (Some(p), None) => out.push(
                Impact::Breaking,
                &subject,
                if p.required {
                    format!("removed (the argument {} is gone)", code(&p.rust_name))
                } else {
                    format!("removed (the options field {} is gone)", code(&p.rust_name))
                },
            ),
            (None, Some(p)) if p.required => out.push(
                Impact::Breaking,
                &subject,
                format!(
                    "added as required: a new argument {}: {}",
                    code(&p.rust_name),
                    code(&p.ty)
                ),
            ),
            // The options struct is not `#[non_exhaustive]` (it is built with
            // `..Default::default()`), so a literal listing every field misses the new one.
            (None, Some(p)) => out.push(
                Impact::Breaking,
                &subject,
                format!(
                    "added as optional: `{}.{}` (struct literals of `{}` that list every field \
                     must name it; those ending in `..Default::default()` keep compiling)",
                    b_op.options, p.rust_name, b_op.options
                ),
            ),
            (Some(x), Some(y)) => {
                if x.required != y.required {
                    let text = if y.required {
                        format!(
                            "now required: an argument, no longer a field of {}",
                            code(&b_op.options)
                        )
                    } else {
                        format!(
                            "now optional: a field of {}, no longer an argument",
                            code(&b_op.options)
                        )
                    };
                    out.push(Impact::Breaking, &subject, text);
                }
                out.differ(&subject, "type", &x.ty, &y.ty);
                out.differ(&subject, "renamed in Rust:", &x.rust_name, &y.rust_name);
                out.deprecation(&subject, x.deprecated, y.deprecated);
                out.docs(&subject, &x.docs, &y.docs);
            }
            (None, None) => {}
        }
    }
    // Required parameters are arguments in the spec's order: the same ones in another order
    // swap arguments (silently, when their types agree).
    let order = |list: &[ParamSurface], other: &[ParamSurface]| -> Vec<(String, String)> {
        list.iter()
            .filter(|p| p.required)
            .map(param_key)
            .filter(|k| other.iter().any(|p| p.required && &param_key(p) == k))
            .collect()
    };
    let (before, after) = (order(a, b), order(b, a));
    if before != after {
        let names = |keys: &[(String, String)]| {
            keys.iter()
                .map(|k| code(&k.1))
                .collect::<Vec<_>>()
                .join(", ")
        };
        out.push(
            Impact::Breaking,
            op,
            format!(
                "required arguments reordered: ({}) → ({})",
                names(&before),
                names(&after)
            ),
        );
    }
}

fn body(out: &mut Changes, op: &str, a: Option<&BodySurface>, b: Option<&BodySurface>) {
    let subject = format!("{op}, request body");
    match (a, b) {
        (None, Some(b)) => out.push(
            Impact::Breaking,
            &subject,
            format!(
                "added ({}, {}): a new argument",
                code(&b.ty),
                if b.required { "required" } else { "optional" }
            ),
        ),
        (Some(a), None) => out.push(
            Impact::Breaking,
            &subject,
            format!("removed (the argument of type {} is gone)", code(&a.ty)),
        ),
        (Some(a), Some(b)) => {
            out.differ(&subject, "type", &a.ty, &b.ty);
            if a.required != b.required {
                out.push(
                    Impact::Breaking,
                    &subject,
                    if b.required {
                        "now required (the argument is no longer an `Option`)"
                    } else {
                        "now optional (the argument is an `Option`)"
                    },
                );
            }
            if a.media_type != b.media_type {
                out.push(
                    Impact::Additive,
                    &subject,
                    format!(
                        "sent as {} instead of {}",
                        code(&b.media_type),
                        code(&a.media_type)
                    ),
                );
            }
        }
        (None, None) => {}
    }
}

fn types(out: &mut Changes, old: &Surface, new: &Surface) {
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

/// Operation groups: a sub-client or a method that is gone breaks its callers; new ones are
/// additive.
fn groups(out: &mut Changes, old: &Surface, new: &Surface) {
    for name in keys(old.groups.keys(), new.groups.keys()) {
        let subject = format!("operation group {}", code(&name));
        match (old.groups.get(&name), new.groups.get(&name)) {
            (Some(a), None) => out.push(
                Impact::Breaking,
                &subject,
                format!("removed (`client.{}()`)", a.accessor),
            ),
            (None, Some(b)) => out.push(
                Impact::Additive,
                &subject,
                format!(
                    "added (`client.{}()`, {} methods)",
                    b.accessor,
                    b.methods.len()
                ),
            ),
            (Some(a), Some(b)) => {
                out.differ(&subject, "accessor renamed:", &a.accessor, &b.accessor);
                for method in keys(a.methods.keys(), b.methods.keys()) {
                    match (a.methods.get(&method), b.methods.get(&method)) {
                        (Some(op), None) => out.push(
                            Impact::Breaking,
                            &subject,
                            format!("method {} (operation {}) removed", code(&method), code(op)),
                        ),
                        (None, Some(op)) => out.push(
                            Impact::Additive,
                            &subject,
                            format!("method {} (operation {}) added", code(&method), code(op)),
                        ),
                        (Some(x), Some(y)) => out.differ(
                            &subject,
                            &format!("method {} now calls", code(&method)),
                            x,
                            y,
                        ),
                        (None, None) => {}
                    }
                }
            }
            (None, None) => {}
        }
    }
}

/// The events enum: a new variant is additive (the enum is `#[non_exhaustive]`), a removed one
/// breaks the code that matches it, and so do a removed accessor or one whose type changed.
fn events(out: &mut Changes, old: Option<&EventsSurface>, new: Option<&EventsSurface>) {
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

fn kind(t: &TypeSurface) -> &'static str {
    match t {
        TypeSurface::Struct { .. } => "struct",
        TypeSurface::Union { .. } => "union enum",
        TypeSurface::Enum { open: true, .. } => "open enum",
        TypeSurface::Enum { open: false, .. } => "closed enum",
    }
}

fn type_def(
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
fn fields(
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

fn enum_values(
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

fn union_variants(
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_follow_cargo_semver() {
        let cases = [
            ("1.2.3", Bump::Major, "2.0.0"),
            ("1.2.3", Bump::Minor, "1.3.0"),
            ("1.2.3", Bump::Patch, "1.2.4"),
            ("1.2.3", Bump::None, "1.2.3"),
            ("0.3.1", Bump::Major, "0.4.0"),
            ("0.3.1", Bump::Minor, "0.3.2"),
            ("0.3.1", Bump::Patch, "0.3.2"),
            ("0.0.4", Bump::Major, "0.0.5"),
            ("0.0.4", Bump::Patch, "0.0.5"),
        ];
        for (from, bump, to) in cases {
            assert_eq!(next_version(from, bump).unwrap(), to, "{from} {bump:?}");
        }
        for bad in [
            "1.2",
            "1.2.3-beta.1",
            "1.2.3+build",
            "v1.2.3",
            "1.2.3.4",
            "",
        ] {
            let e = next_version(bad, Bump::Minor).unwrap_err();
            assert!(e.contains(&format!("`{bad}`")) && e.contains("pin"), "{e}");
        }
    }

    #[test]
    fn the_largest_impact_decides_the_bump() {
        let change = |impact| Change {
            impact,
            subject: "x".into(),
            text: "y".into(),
        };
        assert_eq!(bump(&[]), Bump::None);
        assert_eq!(bump(&[change(Impact::Documentation)]), Bump::Patch);
        assert_eq!(
            bump(&[change(Impact::Documentation), change(Impact::Additive)]),
            Bump::Minor
        );
        assert_eq!(
            bump(&[change(Impact::Breaking), change(Impact::Additive)]),
            Bump::Major
        );
    }

    #[test]
    fn a_generator_update_is_reported_item_by_item() {
        let surface = |fixed: &[&str]| Surface {
            generated: String::new(),
            format: 1,
            rules: 2,
            crate_version: "0.1.0".into(),
            api_version: "1".into(),
            source: "spec.yaml".into(),
            client_params: Default::default(),
            credentials: Default::default(),
            operations: Default::default(),
            types: Default::default(),
            groups: Default::default(),
            events: None,
            fixed_api: fixed.iter().map(|s| s.to_string()).collect(),
            replaced: None,
        };
        let old = surface(&["error: Error::Timeout", "options: struct RetryOptions"]);
        let new = surface(&["error: Error::Timeout", "runtime: struct Multipart"]);
        let changes: Vec<String> = diff(&old, &new)
            .iter()
            .map(|c| format!("{:?} {c}", c.impact))
            .collect();
        assert_eq!(
            changes,
            [
                "Breaking fixed modules: `options: struct RetryOptions` removed or changed",
                "Additive fixed modules: `runtime: struct Multipart` added",
            ]
        );
        assert!(diff(&new, &new).is_empty());
    }

    #[test]
    fn events_enum_changes_are_judged_by_what_matching_code_sees() {
        let surface = |variants: &[(&str, &str)], accessors: &[(&str, &str)]| EventsSurface {
            name: "Events".into(),
            variants: variants
                .iter()
                .map(|(t, v)| (t.to_string(), v.to_string()))
                .collect(),
            accessors: accessors
                .iter()
                .map(|(n, t)| (n.to_string(), t.to_string()))
                .collect(),
            readers: None,
        };
        let old = surface(
            &[("X.A", "A"), ("X.B", "B")],
            &[("id", "String"), ("code", "i32")],
        );
        let new = surface(
            &[("X.A", "A"), ("X.C", "C")],
            &[("id", "String"), ("code", "i64"), ("when", "String")],
        );
        let mut out = Changes::default();
        events(&mut out, Some(&old), Some(&new));
        let changes: Vec<String> = out
            .0
            .iter()
            .map(|c| format!("{:?} {c}", c.impact))
            .collect();
        assert_eq!(
            changes,
            [
                "Breaking events enum `Events`: event type `X.B` removed (variant `B`)",
                "Additive events enum `Events`: event type `X.C` added (variant `C`; such events \
                 were read as `Unknown` before)",
                "Breaking events enum `Events`: accessor `code`: type `i32` → `i64`",
                "Additive events enum `Events`: accessor `when` added (gives `Option<&String>`)",
            ]
        );
        let mut out = Changes::default();
        events(&mut out, None, Some(&new));
        assert_eq!(out.0[0].impact, Impact::Additive);
        let mut out = Changes::default();
        events(&mut out, Some(&old), None);
        assert_eq!(out.0[0].impact, Impact::Breaking);
        let mut out = Changes::default();
        events(&mut out, Some(&new), Some(&new));
        assert!(out.0.is_empty());

        // Which events an accessor reads, where both surfaces say: an event that has gained the
        // property is read too, one that lost it gives `None`; new events are not listed again.
        let readers = |list: &[(&str, &[&str])]| {
            Some(
                list.iter()
                    .map(|(n, v)| (n.to_string(), v.iter().map(|s| s.to_string()).collect()))
                    .collect(),
            )
        };
        let (mut before, mut after) = (new.clone(), new.clone());
        before.variants.insert("X.B".into(), "B".into());
        after.variants.insert("X.B".into(), "B".into());
        after.variants.insert("X.D".into(), "D".into());
        before.readers = readers(&[("id", &["A"]), ("code", &["A", "B"])]);
        after.readers = readers(&[("id", &["A", "B", "D"]), ("code", &["A"])]);
        let mut out = Changes::default();
        events(&mut out, Some(&before), Some(&after));
        let changes: Vec<String> = out
            .0
            .iter()
            .map(|c| format!("{:?} {c}", c.impact))
            .collect();
        assert!(
            changes.contains(
                &"Additive events enum `Events`: accessor `id` now reads `B` events too (it gave `None`)"
                    .to_string()
            ),
            "{changes:?}"
        );
        assert!(
            changes.contains(
                &"Breaking events enum `Events`: accessor `code` now gives `None` for `B` events"
                    .to_string()
            ),
            "{changes:?}"
        );
        assert_eq!(changes.len(), 3, "{changes:?}");
        before.readers = None;
        let mut out = Changes::default();
        events(&mut out, Some(&before), Some(&after));
        assert_eq!(out.0.len(), 1, "only the new event type: {:?}", out.0);
    }

    #[test]
    fn operation_group_changes_break_only_what_callers_name() {
        use super::super::surface::GroupSurface;
        let group = |methods: &[(&str, &str)]| GroupSurface {
            accessor: "widgets".into(),
            methods: methods
                .iter()
                .map(|(m, o)| (m.to_string(), o.to_string()))
                .collect(),
        };
        let mut old = Surface::of(&empty_api(), "0.1.0");
        let mut new = old.clone();
        old.groups.insert(
            "WidgetsOperations".into(),
            group(&[("list", "Widgets_List"), ("paint", "Widgets_Paint")]),
        );
        new.groups.insert(
            "WidgetsOperations".into(),
            group(&[("list", "Widgets_List"), ("polish", "Widgets_Polish")]),
        );
        new.groups
            .insert("JobsOperations".into(), group(&[("run", "Jobs_Run")]));
        let changes: Vec<String> = diff(&old, &new)
            .iter()
            .map(|c| format!("{:?} {c}", c.impact))
            .collect();
        assert_eq!(
            changes,
            [
                "Additive operation group `JobsOperations`: added (`client.widgets()`, 1 methods)",
                "Breaking operation group `WidgetsOperations`: method `paint` (operation `Widgets_Paint`) removed",
                "Additive operation group `WidgetsOperations`: method `polish` (operation `Widgets_Polish`) added",
            ]
        );
    }

    /// Changes behind a hand-written type are listed for review and call for no version; a
    /// surface written before replaced schemas were kept compares nothing.
    #[test]
    fn changes_behind_replaced_types_are_listed_for_review() {
        use super::super::surface::{ReplacedSurface, ShapeSurface};
        let shape = |required: &[&str], properties: &[(&str, &str)]| ShapeSurface {
            required: required.iter().map(|s| s.to_string()).collect(),
            properties: properties
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            rest: r#"{"type":"object"}"#.into(),
        };
        let surface = |schemas: Vec<(&str, ShapeSurface)>| {
            let mut s = Surface::of(&empty_api(), "0.1.0");
            let schemas = schemas
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect();
            let replaced = ReplacedSurface {
                rust_type: "crate::Id".into(),
                schemas,
            };
            s.replaced = Some([("IdModel".to_string(), replaced)].into());
            s
        };
        let old = surface(vec![
            ("IdModel", shape(&[], &[("user", r#"{"$ref":"User"}"#)])),
            (
                "User",
                shape(
                    &["id"],
                    &[
                        ("id", r#"{"type":"string"}"#),
                        ("tenant", r#"{"type":"string"}"#),
                    ],
                ),
            ),
            ("Gone", shape(&[], &[])),
        ]);
        let new = surface(vec![
            (
                "IdModel",
                shape(
                    &[],
                    &[("user", r#"{"$ref":"User"}"#), ("app", r#"{"$ref":"App"}"#)],
                ),
            ),
            (
                "User",
                shape(
                    &["id", "tenant"],
                    &[
                        ("id", r#"{"type":"integer"}"#),
                        ("tenant", r#"{"type":"string"}"#),
                    ],
                ),
            ),
            ("App", shape(&[], &[])),
        ]);
        let changes: Vec<String> = diff(&old, &new)
            .iter()
            .map(|c| format!("{:?} {c}", c.impact))
            .collect();
        let behind = "behind `crate::Id` (`replace` of `IdModel`)";
        assert_eq!(
            changes,
            [
                format!("Review `App` {behind}: schema added"),
                format!("Review `Gone` {behind}: schema no longer referred to"),
                format!(
                    "Review `IdModel.app` {behind}: optional property added: `{{\"$ref\":\"App\"}}`"
                ),
                format!(
                    "Review `User.id` {behind}: now `{{\"type\":\"integer\"}}` (was `{{\"type\":\"string\"}}`)"
                ),
                format!("Review `User.tenant` {behind}: now required"),
            ]
        );
        assert_eq!(bump(&diff(&old, &new)), Bump::None);
        let mut before = old.clone();
        before.replaced = None;
        assert!(diff(&before, &new).is_empty());
    }

    fn empty_api() -> crate::model::Api {
        crate::model::Api {
            title: "t".into(),
            version: "1".into(),
            description: None,
            source: "s.yaml".into(),
            servers: Vec::new(),
            auth: Vec::new(),
            request_id_header: None,
            client_params: Vec::new(),
            operations: Vec::new(),
            types: Default::default(),
            error_bodies: Vec::new(),
            hand_written_error_bodies: Vec::new(),
            examples: Vec::new(),
            calls: Vec::new(),
            events: None,
            webhooks: Vec::new(),
            groups: Vec::new(),
            replaced: Default::default(),
            warnings: Vec::new(),
        }
    }

    #[test]
    fn path_shapes_ignore_parameter_names() {
        assert_eq!(path_shape("/a/{id}:hold"), path_shape("/a/{callId}:hold"));
        assert_ne!(path_shape("/a/{id}:hold"), path_shape("/a/{id}:unhold"));
    }
}
