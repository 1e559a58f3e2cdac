use fixture_discriminator::models::{Cat, Circle, Drawing, Group, Pet, Shape};
use serde_json::json;

#[test]
fn the_tag_picks_the_variant_and_is_written_back() {
    let cat = json!({"petType": "cat", "name": "Tom", "lives": 9});
    let pet: Pet = serde_json::from_value(cat.clone()).unwrap();
    assert_eq!(
        pet,
        Pet::Cat(Cat {
            name: "Tom".into(),
            lives: Some(9)
        })
    );
    assert_eq!(serde_json::to_value(&pet).unwrap(), cat);
    // Without a mapping entry, the value is the schema's name.
    let dog = json!({"petType": "Dog", "name": "Rex", "goodBoy": true});
    let pet: Pet = serde_json::from_value(dog.clone()).unwrap();
    assert!(matches!(&pet, Pet::Dog(d) if d.good_boy == Some(true)));
    assert_eq!(serde_json::to_value(&pet).unwrap(), dog);
    // A variant struct writes its tag wherever it is used.
    let circle = Circle {
        radius: 2.0,
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_value(&circle).unwrap(),
        json!({"kind": "circle", "radius": 2.0})
    );
}

#[test]
fn allof_children_nest_and_unknown_kinds_are_kept() {
    let body = json!({
        "shapes": [
            {"kind": "circle", "radius": 1.5, "label": "sun"},
            {"kind": "Group", "members": [{"kind": "circle", "radius": 0.5}]},
            {"kind": "hexagon", "sides": 6}
        ],
        "main": {"kind": "circle", "radius": 3.0}
    });
    let drawing: Drawing = serde_json::from_value(body.clone()).unwrap();
    assert!(matches!(&drawing.shapes[0], Shape::Circle(c) if c.label.as_deref() == Some("sun")));
    let Shape::Group(Group {
        members: Some(members),
        ..
    }) = &drawing.shapes[1]
    else {
        panic!("{:?}", drawing.shapes[1]);
    };
    assert!(matches!(&members[0], Shape::Circle(c) if c.radius == 0.5));
    assert_eq!(
        drawing.shapes[2],
        Shape::UnknownValue(json!({"kind": "hexagon", "sides": 6}))
    );
    assert_eq!(serde_json::to_value(&drawing).unwrap(), body);
}

#[test]
fn a_known_tag_with_a_wrong_body_is_an_error_that_says_why() {
    let e = serde_json::from_value::<Shape>(json!({"kind": "circle"})).unwrap_err();
    assert!(e.to_string().contains("missing field `radius`"), "{e}");
    let e = serde_json::from_value::<Pet>(json!({"petType": "cat", "name": 1})).unwrap_err();
    assert!(e.to_string().contains("invalid type"), "{e}");
    let untagged: Pet = serde_json::from_value(json!({"name": "?"})).unwrap();
    assert_eq!(untagged, Pet::UnknownValue(json!({"name": "?"})));
}

/// A tagged struct with a flattened map keeps the undeclared properties there, but not its tag,
/// which it writes itself.
#[test]
fn a_tagged_struct_keeps_other_properties_but_not_its_tag() {
    let dog = json!({"petType": "Dog", "name": "Rex", "color": "brown"});
    let pet: Pet = serde_json::from_value(dog.clone()).unwrap();
    let Pet::Dog(d) = &pet else {
        panic!("not a dog: {pet:?}")
    };
    assert_eq!(d.name, "Rex");
    assert_eq!(
        d.additional_properties.iter().collect::<Vec<_>>(),
        [(&"color".to_owned(), &"brown".to_owned())]
    );
    assert_eq!(serde_json::to_value(&pet).unwrap(), dog);
    // An undeclared property that does not fit the map's values is an error, as serde's derive
    // makes it.
    let err = serde_json::from_value::<Pet>(json!({"petType": "Dog", "name": "Rex", "age": 3}))
        .unwrap_err();
    assert!(
        err.to_string().contains("invalid type: integer `3`"),
        "{err}"
    );
}
