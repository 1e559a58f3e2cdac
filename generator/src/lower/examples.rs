//! Examples of request and response bodies, checked against the types lowering gave them: each
//! one that fits becomes a round-trip test of the generated crate, with the JSON the crate will
//! write back for it; each one that its own schema rejects is a warning that says why.

use std::collections::BTreeMap;

use serde_json::{Map, Number, Value};

use crate::model::{Field, StructTag, TypeDef, TypeKind, TypeRef};

/// An example found next to a body, before its type is final.
#[derive(Debug, Clone)]
pub(crate) struct Pending {
    /// What the test is named after: the body's type hint and the example's name.
    pub label: String,
    pub at: crate::error::Location,
    pub ty: TypeRef,
    pub value: Value,
}

/// The JSON the generated types write back after reading `value` as `ty`, or why `value` does
/// not fit `ty` (with the JSON pointer of the first place that does not).
pub(crate) fn round_trip(
    value: &Value,
    ty: &TypeRef,
    types: &BTreeMap<String, TypeDef>,
) -> Result<Value, String> {
    walk(value, ty, types, "", &[]).map_err(|(at, why)| {
        if at.is_empty() {
            why
        } else {
            format!("at `{at}`: {why}")
        }
    })
}

type Failure = (String, String);

/// `entered` holds the named types already tried on this same value (a union, then its
/// variant), so that alternatives that lead back to themselves end.
fn walk(
    value: &Value,
    ty: &TypeRef,
    types: &BTreeMap<String, TypeDef>,
    at: &str,
    entered: &[&str],
) -> Result<Value, Failure> {
    let fail = |why: String| Err((at.to_string(), why));
    if let TypeRef::Named(name) = ty {
        if entered.contains(&name.as_str()) {
            return fail(format!("`{name}` is one of its own alternatives"));
        }
    }
    let entered_here: Vec<&str> = match ty {
        TypeRef::Named(name) => entered.iter().copied().chain([name.as_str()]).collect(),
        _ => Vec::new(),
    };
    match ty {
        // A hand-written type (`replace`) reads and writes its JSON as it likes: the example is
        // expected back as it is.
        TypeRef::Json | TypeRef::External(_) => Ok(value.clone()),
        TypeRef::Text | TypeRef::Bytes => {
            fail("a body that is not JSON has no JSON example".into())
        }
        TypeRef::Bool if value.is_boolean() => Ok(value.clone()),
        TypeRef::String if value.is_string() => Ok(value.clone()),
        TypeRef::I32 => match value.as_i64() {
            Some(n) if i32::try_from(n).is_ok() => Ok(value.clone()),
            _ => fail(format!("{} is not a 32-bit integer", kind(value))),
        },
        TypeRef::I64 if value.is_i64() => Ok(value.clone()),
        TypeRef::I64 => fail(format!("{} is not a 64-bit integer", kind(value))),
        // Written back as floating-point numbers (`1` comes back as `1.0`), an `f32` rounded to
        // `f32` and written with the shortest digits that give it back (0.6 stays 0.6,
        // 0.123456789 becomes 0.12345679), as serde_json writes it.
        TypeRef::F32 | TypeRef::F64 => {
            let narrow = |n: f64| {
                if *ty == TypeRef::F32 {
                    (n as f32).to_string().parse().unwrap_or(n)
                } else {
                    n
                }
            };
            match value.as_f64().map(narrow).and_then(Number::from_f64) {
                Some(n) => Ok(Value::Number(n)),
                None => fail(format!("{} is not a number", kind(value))),
            }
        }
        TypeRef::Vec(item) => match value.as_array() {
            Some(items) => items
                .iter()
                .enumerate()
                .map(|(i, v)| walk(v, item, types, &format!("{at}/{i}"), &[]))
                .collect::<Result<Vec<_>, _>>()
                .map(Value::Array),
            None => fail(format!("{} is not an array", kind(value))),
        },
        TypeRef::Map(item) => match value.as_object() {
            Some(map) => map
                .iter()
                .map(|(k, v)| Ok((k.clone(), walk(v, item, types, &pointer(at, k), &[])?)))
                .collect::<Result<Map<_, _>, _>>()
                .map(Value::Object),
            None => fail(format!("{} is not an object", kind(value))),
        },
        TypeRef::Named(name) => walk_named(value, name, types, at, &entered_here),
        TypeRef::Bool => fail(format!("{} is not a boolean", kind(value))),
        TypeRef::String => fail(format!("{} is not a string", kind(value))),
    }
}

/// [`walk`] of a named type: a struct, an enum, a union.
fn walk_named(
    value: &Value,
    name: &str,
    types: &BTreeMap<String, TypeDef>,
    at: &str,
    entered_here: &[&str],
) -> Result<Value, Failure> {
    let fail = |why: String| Err((at.to_string(), why));
    match types.get(name).map(|d| &d.kind) {
        Some(TypeKind::StatusUnion { .. }) => {
            fail("answers told apart by status are checked against their status's type".into())
        }
        Some(TypeKind::Struct { fields, tag, .. }) => {
            walk_struct(value, fields, tag.as_ref(), types, at, entered_here)
        }
        Some(TypeKind::Enum {
            variants,
            other,
            integer: true,
        }) => match value.as_i64() {
            Some(n) if other.is_some() || variants.iter().any(|v| v.value == n.to_string()) => {
                Ok(value.clone())
            }
            Some(_) => fail(format!("{value} is not one of the enum's values")),
            None => fail(format!("{} is not an integer", kind(value))),
        },
        Some(TypeKind::Enum {
            variants,
            other: None,
            ..
        }) if value.is_string() => match variants
            .iter()
            .any(|v| Some(v.value.as_str()) == value.as_str())
        {
            true => Ok(value.clone()),
            false => fail(format!("{value} is not one of the enum's values")),
        },
        Some(TypeKind::Enum { .. }) if value.is_string() => Ok(value.clone()),
        Some(TypeKind::Enum { .. }) => fail(format!("{} is not a string", kind(value))),
        Some(TypeKind::OneOf {
            variants,
            discriminator: Some(d),
        }) => {
            let tag = value.get(&d.property).and_then(Value::as_str);
            match variants
                .iter()
                .find(|v| v.tag.is_some() && v.tag.as_deref() == tag)
            {
                Some(v) => walk(value, &v.ty, types, at, entered_here),
                None => Ok(value.clone()),
            }
        }
        // Read as the first alternative that fits, as serde's untagged enums do.
        Some(TypeKind::OneOf { variants, .. }) => {
            let mut first_failure = None;
            for v in variants {
                match walk(value, &v.ty, types, at, entered_here) {
                    Ok(written) => return Ok(written),
                    Err(e) => {
                        first_failure.get_or_insert(e);
                    }
                }
            }
            Err(first_failure.unwrap_or_else(|| (at.to_string(), "no alternative".into())))
        }
        None => Ok(value.clone()),
    }
}

/// [`walk`] of a struct: its tag, its declared properties, and a flattened map's.
fn walk_struct(
    value: &Value,
    fields: &[Field],
    tag: Option<&StructTag>,
    types: &BTreeMap<String, TypeDef>,
    at: &str,
    entered_here: &[&str],
) -> Result<Value, Failure> {
    let fail = |why: String| Err((at.to_string(), why));
    let Some(object) = value.as_object() else {
        return fail(format!("{} is not an object", kind(value)));
    };
    let mut out = Map::new();
    if let Some(tag) = tag {
        match object.get(&tag.property) {
            Some(Value::String(s)) if *s == tag.value => {}
            None => {}
            Some(other) => {
                return fail(format!(
                    "`{}` is {other}, not \"{}\"",
                    tag.property, tag.value
                ));
            }
        }
        out.insert(tag.property.clone(), Value::String(tag.value.clone()));
    }
    let mut rest: Map<String, Value> = object.clone();
    rest.remove(tag.map_or("", |t| t.property.as_str()));
    for field in fields.iter().filter(|f| !f.flatten) {
        let here = pointer(at, &field.name);
        match rest.remove(&field.name) {
            None | Some(Value::Null) if field.required && !field.nullable => {
                return Err((
                    at.to_string(),
                    format!("the required property `{}` is missing", field.name),
                ));
            }
            // A required nullable property is written as null; an optional one
            // that is null stays null when the schema allows null (absent and null
            // are told apart), and is left out otherwise, as is an absent one.
            None if !field.required => {}
            Some(Value::Null) if !field.required && !field.nullable => {}
            None | Some(Value::Null) => {
                out.insert(field.name.clone(), Value::Null);
            }
            Some(v) => {
                out.insert(field.name.clone(), walk(&v, &field.ty, types, &here, &[])?);
            }
        }
    }
    // Undeclared properties are kept by a flattened map, and dropped otherwise.
    if let Some(extra) = fields.iter().find(|f| f.flatten) {
        let values = walk(&Value::Object(rest), &extra.ty, types, at, entered_here)?;
        if let Value::Object(values) = values {
            out.extend(values);
        }
    }
    Ok(Value::Object(out))
}

fn pointer(at: &str, key: &str) -> String {
    format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"))
}

fn kind(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("the boolean {b}"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) if s.len() > 40 => "a string".into(),
        Value::String(s) => format!("the string {s:?}"),
        Value::Array(_) => "an array".into(),
        Value::Object(_) => "an object".into(),
    }
}

/// The examples of the media type at `at`: its `example`, its `examples` (references resolved
/// by the caller) or else the `example` of its schema.
pub(crate) fn pick(
    media_example: Option<&Value>,
    named: Vec<(String, Value)>,
    schema_example: Option<&Value>,
) -> Vec<(String, Value)> {
    let mut out = named;
    if let Some(v) = media_example {
        out.insert(0, ("example".into(), v.clone()));
    }
    if out.is_empty() {
        if let Some(v) = schema_example {
            out.push(("example".into(), v.clone()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Location;
    use crate::model::{Field, OneOfVariant};
    use serde_json::json;

    fn field(name: &str, ty: TypeRef, required: bool, nullable: bool) -> Field {
        Field {
            name: name.into(),
            rust_name: name.into(),
            ty,
            required,
            nullable,
            boxed: false,
            read_only: false,
            flatten: false,
            docs: None,
        }
    }

    fn types(defs: Vec<(&str, TypeKind)>) -> BTreeMap<String, TypeDef> {
        defs.into_iter()
            .map(|(name, kind)| {
                let def = TypeDef {
                    name: name.into(),
                    docs: None,
                    extensions: Default::default(),
                    source: Location {
                        file: "spec.yaml".into(),
                        pointer: String::new(),
                        line_col: None,
                    },
                    kind,
                };
                (name.to_string(), def)
            })
            .collect()
    }

    fn point() -> BTreeMap<String, TypeDef> {
        types(vec![(
            "Point",
            TypeKind::Struct {
                fields: vec![
                    field("x", TypeRef::F64, true, false),
                    field("label", TypeRef::String, false, false),
                    field("note", TypeRef::String, true, true),
                    field("tags", TypeRef::Vec(Box::new(TypeRef::I32)), false, false),
                ],
                default: false,
                tag: None,
                from_headers: false,
            },
        )])
    }

    #[test]
    fn the_written_value_is_what_the_types_keep() {
        let written = round_trip(
            &json!({"x": 1, "label": null, "note": null, "extra": true}),
            &TypeRef::Named("Point".into()),
            &point(),
        )
        .unwrap();
        // 1 comes back as a float, a null optional property and an undeclared one are left
        // out, a required nullable one stays null.
        assert_eq!(written, json!({"x": 1.0, "note": null}));
    }

    #[test]
    fn what_the_schema_rejects_is_named_with_its_pointer() {
        let ty = TypeRef::Named("Point".into());
        let at = |v| round_trip(&v, &ty, &point()).unwrap_err();
        assert_eq!(
            at(json!({"label": "a", "note": null})),
            "the required property `x` is missing"
        );
        assert_eq!(
            at(json!({"x": 1, "note": null, "tags": [1, "2"]})),
            "at `/tags/1`: the string \"2\" is not a 32-bit integer"
        );
        assert_eq!(
            at(json!({"x": 1, "note": null, "tags": [3_000_000_000_i64]})),
            "at `/tags/0`: the number 3000000000 is not a 32-bit integer"
        );
        assert_eq!(at(json!([1])), "an array is not an object");
    }

    #[test]
    fn untagged_unions_take_the_first_alternative_that_fits() {
        let defs = {
            let mut d = point();
            d.extend(types(vec![(
                "Either",
                TypeKind::OneOf {
                    variants: vec![
                        OneOfVariant {
                            rust_name: "Point".into(),
                            tag: None,
                            ty: TypeRef::Named("Point".into()),
                            boxed: false,
                        },
                        OneOfVariant {
                            rust_name: "String".into(),
                            tag: None,
                            ty: TypeRef::String,
                            boxed: false,
                        },
                    ],
                    discriminator: None,
                },
            )]));
            d
        };
        let either = TypeRef::Named("Either".into());
        assert_eq!(round_trip(&json!("s"), &either, &defs).unwrap(), json!("s"));
        assert_eq!(
            round_trip(&json!({"x": 2, "note": "n"}), &either, &defs).unwrap(),
            json!({"x": 2.0, "note": "n"})
        );
        assert!(round_trip(&json!(true), &either, &defs).is_err());
    }

    #[test]
    fn an_f32_comes_back_as_serde_json_writes_it() {
        let written = round_trip(
            &json!([0.6, 1, 0.123456789, 3.4028231e20]),
            &TypeRef::Vec(Box::new(TypeRef::F32)),
            &point(),
        );
        assert_eq!(written.unwrap(), json!([0.6, 1.0, 0.12345679, 3.402823e20]));
        // What serde_json writes for those `f32`s, read back.
        let sent: serde_json::Value = serde_json::from_str(
            &serde_json::to_string(&[0.6_f64, 1.0, 0.123456789, 3.4028231e20].map(|n| n as f32))
                .unwrap(),
        )
        .unwrap();
        assert_eq!(sent, json!([0.6, 1.0, 0.12345679, 3.402823e20]));
    }
}
