//! The types once all are lowered: boxing where a type contains itself, which structs implement `Default`, and where error bodies keep their code and message.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{
    ErrorBodyAccess, Field, FieldStep, Operation, StructTag, TypeDef, TypeKind, TypeRef,
};

/// Marks the fields through which a type contains itself as boxed, and decides which structs can
/// derive `Default`.
pub(super) fn finish_types(types: &mut BTreeMap<String, TypeDef>) {
    // The structs of tagged unions write their tag themselves (so they do wherever they are
    // used) and have no field for it. A struct in two unions keeps the first tag.
    let tags: Vec<(String, StructTag)> = types
        .values()
        .filter_map(|def| match &def.kind {
            TypeKind::OneOf {
                variants,
                discriminator: Some(d),
            } => Some(variants.iter().filter_map(|v| match (&v.ty, &v.tag) {
                (TypeRef::Named(n), Some(value)) => Some((
                    n.clone(),
                    StructTag {
                        property: d.property.clone(),
                        value: value.clone(),
                    },
                )),
                _ => None,
            })),
            _ => None,
        })
        .flatten()
        .collect();
    for (name, new_tag) in tags {
        if let Some(TypeDef {
            kind: TypeKind::Struct { fields, tag, .. },
            ..
        }) = types.get_mut(&name)
        {
            if tag.is_none() {
                fields.retain(|f| f.name != new_tag.property);
                *tag = Some(new_tag);
            }
        }
    }
    // Direct edges: a field whose type is a named type without a Vec or Map in between.
    let edges: BTreeMap<String, Vec<String>> = types
        .iter()
        .map(|(name, def)| {
            let targets = match &def.kind {
                TypeKind::Struct { fields, .. } => fields
                    .iter()
                    .filter_map(|f| match &f.ty {
                        TypeRef::Named(n) => Some(n.clone()),
                        _ => None,
                    })
                    .collect(),
                TypeKind::OneOf { variants, .. } => variants
                    .iter()
                    .filter_map(|v| match &v.ty {
                        TypeRef::Named(n) => Some(n.clone()),
                        _ => None,
                    })
                    .collect(),
                TypeKind::Enum { .. } | TypeKind::StatusUnion { .. } => Vec::new(),
            };
            (name.clone(), targets)
        })
        .collect();
    let component = strongly_connected(&edges);
    for (name, def) in types.iter_mut() {
        match &mut def.kind {
            TypeKind::Struct { fields, .. } => {
                for field in fields {
                    if let TypeRef::Named(target) = &field.ty {
                        field.boxed = component.get(target) == component.get(name);
                    }
                }
            }
            TypeKind::OneOf { variants, .. } => {
                for variant in variants {
                    if let TypeRef::Named(target) = &variant.ty {
                        variant.boxed = component.get(target) == component.get(name);
                    }
                }
            }
            TypeKind::Enum { .. } | TypeKind::StatusUnion { .. } => {}
        }
    }
    // Default: fixpoint from "every struct can" down to those whose every field has a default.
    let mut can: BTreeSet<String> = types
        .iter()
        .filter(|(_, d)| matches!(d.kind, TypeKind::Struct { .. }))
        .map(|(n, _)| n.clone())
        .collect();
    loop {
        let before = can.len();
        let blocked: Vec<String> = can
            .iter()
            .filter(|name| match &types[*name].kind {
                // A required boxed field would make `default()` recurse forever.
                TypeKind::Struct { fields, .. } => fields
                    .iter()
                    .any(|f| f.required && !f.nullable && (f.boxed || !has_default(&f.ty, &can))),
                TypeKind::Enum { .. } | TypeKind::OneOf { .. } | TypeKind::StatusUnion { .. } => {
                    true
                }
            })
            .cloned()
            .collect();
        for b in blocked {
            can.remove(&b);
        }
        if can.len() == before {
            break;
        }
    }
    for (name, def) in types.iter_mut() {
        if let TypeKind::Struct { default, .. } = &mut def.kind {
            *default = can.contains(name);
        }
    }
}

pub(super) fn has_default(ty: &TypeRef, structs_with_default: &BTreeSet<String>) -> bool {
    match ty {
        TypeRef::Named(n) => structs_with_default.contains(n),
        // A hand-written type is not known to have one.
        TypeRef::External(_) => false,
        _ => true,
    }
}

/// Tarjan's algorithm: the index of each node's strongly connected component. Iterative (an
/// explicit stack of nodes and the next edge of each), so that no chain of types, however long,
/// can exhaust the thread's stack.
pub(super) fn strongly_connected(edges: &BTreeMap<String, Vec<String>>) -> BTreeMap<String, usize> {
    let mut index: BTreeMap<&str, usize> = BTreeMap::new();
    let mut low: BTreeMap<&str, usize> = BTreeMap::new();
    let mut stack: Vec<&str> = Vec::new();
    let mut on_stack: BTreeSet<&str> = BTreeSet::new();
    let mut component: BTreeMap<String, usize> = BTreeMap::new();
    let mut components = 0;
    let no_edges: &[String] = &[];
    for root in edges.keys() {
        if index.contains_key(root.as_str()) {
            continue;
        }
        // Each frame: a node and how many of its edges have been followed.
        let mut frames: Vec<(&str, usize)> = vec![(root.as_str(), 0)];
        while let Some(&mut (v, ref mut next)) = frames.last_mut() {
            if *next == 0 && !index.contains_key(v) {
                let i = index.len();
                index.insert(v, i);
                low.insert(v, i);
                stack.push(v);
                on_stack.insert(v);
            }
            let out = edges.get(v).map_or(no_edges, Vec::as_slice);
            if let Some(w) = out.get(*next).map(String::as_str) {
                *next += 1;
                if !index.contains_key(w) {
                    frames.push((w, 0));
                } else if on_stack.contains(w) {
                    let lowest = low[v].min(index[w]);
                    low.insert(v, lowest);
                }
                continue;
            }
            frames.pop();
            if let Some(&(parent, _)) = frames.last() {
                let lowest = low[parent].min(low[v]);
                low.insert(parent, lowest);
            }
            if low[v] == index[v] {
                while let Some(w) = stack.pop() {
                    on_stack.remove(w);
                    component.insert(w.to_string(), components);
                    if w == v {
                        break;
                    }
                }
                components += 1;
            }
        }
    }
    component
}

/// For each generated type that holds an operation's error body, where its code and message
/// are: string fields `code` and `message` of the type itself, or of the object in its `error`
/// field (Azure's shape); and the hand-written types that hold one. A union of error bodies by
/// status delegates to its variants' types, and a list to its items' (the runtime's impl for
/// `Vec<T>` needs `T: ErrorBody`); the runtime implements the trait for every other shape (JSON
/// values, maps, scalars), and no impl may be written for those here: they are other crates'
/// types.
pub(super) fn error_bodies(
    types: &BTreeMap<String, TypeDef>,
    operations: &[Operation],
) -> (Vec<ErrorBodyAccess>, Vec<String>) {
    fn mark<'t>(
        types: &BTreeMap<String, TypeDef>,
        ty: &'t TypeRef,
        named: &mut BTreeSet<&'t str>,
        external: &mut BTreeSet<&'t str>,
    ) {
        match ty {
            TypeRef::Named(n) => match types.get(n).map(|t| &t.kind) {
                Some(TypeKind::StatusUnion { .. }) => {}
                _ => {
                    named.insert(n);
                }
            },
            TypeRef::Vec(item) => mark(types, item, named, external),
            TypeRef::External(path) => {
                external.insert(path);
            }
            _ => {}
        }
    }
    let (mut named, mut external) = (BTreeSet::new(), BTreeSet::new());
    for operation in operations {
        let ty = &operation.error_type;
        match ty {
            TypeRef::Named(n) => match types.get(n).map(|t| &t.kind) {
                Some(TypeKind::StatusUnion { variants, .. }) => {
                    for variant in variants.iter().filter_map(|v| v.ty.as_ref()) {
                        mark(types, variant, &mut named, &mut external);
                    }
                }
                _ => mark(types, ty, &mut named, &mut external),
            },
            _ => mark(types, ty, &mut named, &mut external),
        }
    }
    let accesses = named
        .into_iter()
        .map(|name| {
            let ty = TypeRef::Named(name.to_string());
            ErrorBodyAccess {
                type_name: name.to_string(),
                code: string_path(types, &ty, "code"),
                message: string_path(types, &ty, "message"),
            }
        })
        .collect();
    (accesses, external.into_iter().map(str::to_owned).collect())
}

pub(super) fn fields_of<'t>(
    types: &'t BTreeMap<String, TypeDef>,
    ty: &TypeRef,
) -> Option<&'t [Field]> {
    match ty {
        TypeRef::Named(n) => match &types.get(n)?.kind {
            TypeKind::Struct { fields, .. } => Some(fields),
            TypeKind::Enum { .. } | TypeKind::OneOf { .. } | TypeKind::StatusUnion { .. } => None,
        },
        _ => None,
    }
}

pub(super) fn step(f: &Field) -> FieldStep {
    FieldStep {
        rust_name: f.rust_name.clone(),
        wrapping: f.wrapping(),
        boxed: f.boxed,
    }
}

pub(super) fn string_path(
    types: &BTreeMap<String, TypeDef>,
    ty: &TypeRef,
    wire: &str,
) -> Option<Vec<FieldStep>> {
    let fields = fields_of(types, ty)?;
    let direct = |fields: &[Field]| {
        fields
            .iter()
            .find(|f| f.name == wire && f.ty == TypeRef::String)
            .map(step)
    };
    if let Some(s) = direct(fields) {
        return Some(vec![s]);
    }
    let error = fields.iter().find(|f| f.name == "error")?;
    let inner = direct(fields_of(types, &error.ty)?)?;
    Some(vec![step(error), inner])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(edges: &[(&str, &[&str])]) -> BTreeMap<String, Vec<String>> {
        edges
            .iter()
            .map(|(v, out)| (v.to_string(), out.iter().map(|w| w.to_string()).collect()))
            .collect()
    }

    #[test]
    fn components_are_the_cycles() {
        let found = strongly_connected(&graph(&[
            ("a", &["b"]),
            ("b", &["c"]),
            ("c", &["a", "d"]),
            ("d", &["d"]),
            ("e", &["a"]),
        ]));
        assert_eq!(found["a"], found["b"]);
        assert_eq!(found["b"], found["c"]);
        assert_ne!(found["c"], found["d"]);
        assert_ne!(found["e"], found["a"]);
        assert_ne!(found["e"], found["d"]);
    }

    /// A chain of types as long as a spec can hold: no recursion to overflow.
    #[test]
    fn long_chains_need_no_stack() {
        let n = 50_000;
        let edges: BTreeMap<String, Vec<String>> = (0..n)
            .map(|i| (format!("T{i}"), vec![format!("T{}", (i + 1) % n)]))
            .collect();
        let found = strongly_connected(&edges);
        assert_eq!(found.len(), n);
        assert!(found.values().all(|c| *c == found["T0"]), "one cycle");
    }
}
