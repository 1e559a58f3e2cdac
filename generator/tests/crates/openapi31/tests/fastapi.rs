//! An OpenAPI 3.1 document in FastAPI's shape: `Optional[X]` (`anyOf` with `null`), type
//! arrays, `const`, `$ref` with a description, base64 strings, a map from `patternProperties`,
//! and FastAPI's 422 validation error, against a local server.

use fixture_openapi31::models::{Kind, NewPet, PetSpecies, PetWeight, ValidationErrorLocItem};
use fixture_openapi31::{Client, Error};
use serde_json::json;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn pet_json() -> serde_json::Value {
    json!({
        "id": 7, "species": "animal", "name": "Tom", "kind": "cat",
        "age": null, "owner": null, "weight": "heavy",
        "labels": {"color": "grey"}, "position": [1.5, 2.0], "photo": "aGk="
    })
}

#[tokio::test]
async fn nullable_and_optional_values_round_trip() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/pets/7"))
        .and(query_param("verbose", "true"))
        .and(query_param("kind", "cat"))
        .respond_with(ResponseTemplate::new(200).set_body_json(pet_json()))
        .mount(&server)
        .await;
    let client = Client::new(server.uri()).unwrap();
    let options = fixture_openapi31::client::ReadPetOptions {
        verbose: Some(true),
        kind: Some(Kind::Cat),
        ..Default::default()
    };
    let pet = client.read_pet(7, Some(options)).await.unwrap().into_body();
    assert_eq!(pet.id, 7);
    assert_eq!(pet.species, PetSpecies::Animal);
    // Present and null, told apart from absent.
    assert_eq!(pet.age, Some(None));
    assert_eq!(pet.owner, Some(None));
    assert_eq!(pet.tags, None);
    assert_eq!(pet.weight, Some(PetWeight::String("heavy".into())));
    assert_eq!(pet.labels.unwrap()["color"], "grey");
    assert_eq!(pet.position, Some(vec![json!(1.5), json!(2.0)]));
    assert_eq!(pet.photo.as_deref(), Some("aGk="));
}

#[tokio::test]
async fn a_body_is_written_as_the_31_schema_says() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/pets"))
        .respond_with(ResponseTemplate::new(201).set_body_json(pet_json()))
        .mount(&server)
        .await;
    let client = Client::new(server.uri()).unwrap();
    let mut pet = NewPet::new("Tom", Kind::Dog);
    pet.age = Some(Some(3));
    pet.owner = Some(None);
    pet.weight = Some(PetWeight::Number(4.5));
    client.create_pet(&pet, None).await.unwrap();
    let sent: serde_json::Value =
        serde_json::from_slice(&server.received_requests().await.unwrap()[0].body).unwrap();
    assert_eq!(
        sent,
        json!({"name": "Tom", "kind": "dog", "age": 3, "owner": null, "weight": 4.5})
    );
}

#[tokio::test]
async fn fastapi_s_validation_error_is_the_error_body() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(422).set_body_json(json!({
            "detail": [{"loc": ["path", "pet_id"], "msg": "not an integer", "type": "int_parsing"},
                       {"loc": ["query", 0], "msg": "bad", "type": "x"}]
        })))
        .mount(&server)
        .await;
    let client = Client::new(server.uri()).unwrap();
    let Err(Error::Service(e)) = client.read_pet(1, None).await else {
        panic!("a 422 is an error");
    };
    assert_eq!(e.status(), 422);
    let detail = e.error().unwrap().detail.as_ref().unwrap();
    assert_eq!(
        detail[0].loc,
        [
            ValidationErrorLocItem::String("path".into()),
            ValidationErrorLocItem::String("pet_id".into())
        ]
    );
    assert_eq!(detail[1].loc[1], ValidationErrorLocItem::Integer(0));
}

#[test]
fn webhook_payloads_are_models() {
    use fixture_openapi31::models::PetAdoptedPayload;
    let payload: PetAdoptedPayload =
        serde_json::from_value(json!({"petId": 7, "adopter": null})).unwrap();
    assert_eq!(payload.pet_id, 7);
    assert_eq!(payload.adopter, Some(None));
    assert!(serde_json::from_value::<PetAdoptedPayload>(json!({"adopter": "Ann"})).is_err());
}

#[tokio::test]
async fn a_path_item_from_components_is_an_operation() {
    // `/pets/{pet_id}/photo` is `$ref: '#/components/pathItems/PetPhoto'`, with its path
    // parameter on the path item and a `404` from `components/responses`.
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/pets/7/photo"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(b"\x89PNG".to_vec(), "image/png"))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/pets/8/photo"))
        .respond_with(ResponseTemplate::new(404).set_body_json(json!({"detail": "no pet 8"})))
        .mount(&server)
        .await;
    let client = Client::new(server.uri()).unwrap();
    let photo = client.read_pet_photo(7, None).await.unwrap().into_body();
    assert_eq!(photo, b"\x89PNG");
    let sent = &server.received_requests().await.unwrap()[0];
    assert_eq!(sent.headers["accept"], "image/png");
    let Err(Error::Service(e)) = client.read_pet_photo(8, None).await else {
        panic!("a 404 is an error");
    };
    assert_eq!(e.status(), 404);
    assert_eq!(e.error().unwrap().detail.as_deref(), Some("no pet 8"));
}

#[test]
fn a_webhook_from_components_has_its_payload_model() {
    // `petRemoved` is `$ref: '#/components/pathItems/PetRemoved'`, whose body is a reference
    // into `components/requestBodies`.
    use fixture_openapi31::models::PetRemovedPayload;
    let payload: PetRemovedPayload =
        serde_json::from_value(json!({"petId": 3, "reason": "adopted"})).unwrap();
    assert_eq!(payload.pet_id, 3);
    assert_eq!(payload.reason, Some(Some("adopted".into())));
}
