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
//!   optional fields of a `#[non_exhaustive]` struct (one without `Default`, built with `new`),
//!   values of open enums
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

mod operations;
mod types;

use std::collections::BTreeSet;
use std::fmt;

#[cfg(test)]
use operations::path_shape;
use operations::{groups, operations};
use types::{events, replaced, types};

use super::surface::{ClientParamSurface, Surface};

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
pub(crate) fn diff(old: &Surface, new: &Surface) -> Vec<Change> {
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

/// The bump that `changes` call for.
pub(crate) fn bump(changes: &[Change]) -> Bump {
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
pub(crate) fn next_version(version: &str, bump: Bump) -> Result<String, String> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::changes::surface::EventsSurface;

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
