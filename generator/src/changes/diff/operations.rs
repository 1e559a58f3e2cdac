//! Operations, their parameters, bodies and answers, and the operation groups' sub-clients.

use std::collections::BTreeSet;

use super::{Changes, Impact, code, keys};
use crate::changes::surface::{BodySurface, OperationSurface, ParamSurface, Surface};

/// A path with its parameter names left out, so that renaming one does not hide a rename of the
/// operation.
pub(super) fn path_shape(path: &str) -> String {
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

pub(super) fn operations(out: &mut Changes, old: &Surface, new: &Surface) {
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

pub(super) fn operation(
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
pub(super) fn naming(
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
pub(super) fn answers(
    out: &mut Changes,
    subject: &str,
    a: &OperationSurface,
    b: &OperationSurface,
) {
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
pub(super) fn modes(out: &mut Changes, subject: &str, a: &OperationSurface, b: &OperationSurface) {
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

pub(super) fn param_key(p: &ParamSurface) -> (String, String) {
    (p.location.clone(), p.name.clone())
}

pub(super) fn params(
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

pub(super) fn body(out: &mut Changes, op: &str, a: Option<&BodySurface>, b: Option<&BodySurface>) {
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

/// Operation groups: a sub-client or a method that is gone breaks its callers; new ones are
/// additive.
pub(super) fn groups(out: &mut Changes, old: &Surface, new: &Surface) {
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
