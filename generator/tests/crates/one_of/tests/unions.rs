//! Unions without a discriminator: read as the first alternative the value fits, in the
//! spec's order, and written as the alternative they hold.

use fixture_one_of::models::{AddShapeResponse, Circle, Expr, Negation, Shape, Square};
use serde_json::json;

fn read<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> T {
    serde_json::from_value(value).unwrap()
}

#[test]
fn the_first_alternative_that_fits_is_taken() {
    assert_eq!(
        read::<AddShapeResponse>(json!("a")),
        AddShapeResponse::String("a".into())
    );
    assert_eq!(
        read::<AddShapeResponse>(json!(5)),
        AddShapeResponse::Integer(5)
    );
    assert_eq!(
        read::<AddShapeResponse>(json!(["x", "y"])),
        AddShapeResponse::Array(vec!["x".into(), "y".into()])
    );
    // Not an integer, so the number alternative of `Expr`.
    assert_eq!(
        read::<AddShapeResponse>(json!(1.5)),
        AddShapeResponse::Expr(Expr::Number(1.5))
    );
    assert_eq!(
        read::<AddShapeResponse>(json!({"inner": {"inner": 2}})),
        AddShapeResponse::Expr(Expr::Negation(Box::new(Negation::new(Expr::Negation(
            Box::new(Negation::new(Expr::Number(2.0)))
        )))))
    );
    // Objects: a circle needs a radius, so a value with only a side is a square.
    assert_eq!(
        read::<Shape>(json!({"radius": 1})),
        Shape::Circle(Circle::new(1.0))
    );
    assert_eq!(
        read::<Shape>(json!({"side": 2})),
        Shape::Square(Square::new(2.0))
    );
}

#[test]
fn a_value_that_fits_no_alternative_is_an_error_naming_the_union() {
    let err = serde_json::from_value::<AddShapeResponse>(json!(true)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "data did not match any variant of untagged enum AddShapeResponse"
    );
    let err = serde_json::from_str::<Shape>(r#"{"diameter": 3}"#).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("data did not match any variant of untagged enum Shape"),
        "{err}"
    );
}

#[test]
fn each_alternative_is_written_as_its_value() {
    for value in [
        json!("a"),
        json!(7),
        json!(["x"]),
        json!(2.5),
        json!({"inner": 2.0}),
    ] {
        let union: AddShapeResponse = read(value.clone());
        assert_eq!(serde_json::to_value(&union).unwrap(), value);
    }
    assert_eq!(
        serde_json::to_value(Shape::Square(Square::new(3.0))).unwrap(),
        json!({"side": 3.0})
    );
}
