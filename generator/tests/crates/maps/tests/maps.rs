//! Objects with `additionalProperties` next to `properties`: declared properties in fields,
//! the others in the flattened map, both ways.

use fixture_maps::models::{Counters, Labels};
use serde_json::json;

#[test]
fn undeclared_properties_go_to_the_map_and_back() {
    let body = json!({"total": 3, "a": 1, "b": 2});
    let counters: Counters = serde_json::from_value(body.clone()).unwrap();
    assert_eq!(counters.total, 3);
    assert_eq!(
        counters.additional_properties,
        [("a".to_owned(), 1), ("b".to_owned(), 2)].into()
    );
    assert_eq!(serde_json::to_value(&counters).unwrap(), body);
}

#[test]
fn a_required_property_is_still_required_and_map_values_are_typed() {
    let err = serde_json::from_value::<Counters>(json!({"a": 1})).unwrap_err();
    assert_eq!(err.to_string(), "missing field `total`");
    let err = serde_json::from_value::<Counters>(json!({"total": 1, "a": "x"})).unwrap_err();
    assert!(
        err.to_string().starts_with("invalid type: string \"x\""),
        "{err}"
    );
}

/// A declared property named `additionalProperties` is a field like any other; the map holds
/// the rest, of any JSON type.
#[test]
fn a_property_named_additional_properties_is_declared() {
    let body = json!({
        "name": "n",
        "additionalProperties": "declared",
        "nested": {"k": [{"name": "inner", "x": null}]},
        "extra": {"deep": [1, 2]},
        "flag": false
    });
    let labels: Labels = serde_json::from_value(body.clone()).unwrap();
    assert_eq!(labels.name.as_deref(), Some("n"));
    assert_eq!(labels.additional_properties.as_deref(), Some("declared"));
    let inner = &labels.nested.as_ref().unwrap()["k"][0];
    assert_eq!(inner.name.as_deref(), Some("inner"));
    assert_eq!(
        inner.additional_properties2,
        [("x".to_owned(), serde_json::Value::Null)].into()
    );
    assert_eq!(
        labels.additional_properties2,
        [
            ("extra".to_owned(), json!({"deep": [1, 2]})),
            ("flag".to_owned(), json!(false))
        ]
        .into()
    );
    assert_eq!(serde_json::to_value(&labels).unwrap(), body);
}
