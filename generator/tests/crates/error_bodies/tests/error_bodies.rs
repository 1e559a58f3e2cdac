//! Every shape of error body compiles and is read into its type, against a local server: the
//! crate implements the runtime's `ErrorBody` only for its own types (an array of a model once
//! made it write one for `Vec<Error>`, which the orphan rule refuses), and code and message come
//! from where each shape has them.

use fixture_error_bodies::models::{Detail, DetailError, GetByStatusError, GetUnionError};
use fixture_error_bodies::{Client, Error, ErrorBody, Problem, RetryOptions, ServiceError};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A client of a server that answers GET `at` with `status` and `body` (JSON, or text).
async fn answering(at: &str, status: u16, body: serde_json::Value) -> (MockServer, Client) {
    let server = MockServer::start().await;
    let template = match body {
        serde_json::Value::String(text) if at == "/text" => {
            ResponseTemplate::new(status).set_body_raw(text, "text/plain")
        }
        body => ResponseTemplate::new(status).set_body_json(body),
    };
    Mock::given(method("GET"))
        .and(path(at))
        .respond_with(template)
        .mount(&server)
        .await;
    let client = Client::builder(server.uri())
        .retry(RetryOptions::none())
        .build()
        .unwrap();
    (server, client)
}

fn service<E: ErrorBody + std::fmt::Debug>(error: Error<E>) -> Box<ServiceError<E>> {
    match error {
        Error::Service(e) => e,
        other => panic!("not a service error: {other:?}"),
    }
}

/// The spec: a 400 whose body is an array of a model is read into `Vec<Error>`, and its
/// first item gives the code and message.
#[tokio::test]
async fn an_array_of_a_model() {
    let body = json!([{"code": "Bad", "message": "first"}, {"code": "Worse", "message": "second"}]);
    let (_server, client) = answering("/things", 400, body).await;
    let e = service(client.list_things(None).await.unwrap_err());
    let errors = e.error().unwrap();
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[1].message.as_deref(), Some("second"));
    assert_eq!((e.code(), e.message()), (Some("Bad"), Some("first")));

    let (_server, client) = answering("/things", 400, json!([])).await;
    let e = service(client.list_things(None).await.unwrap_err());
    assert_eq!(e.error(), Some(&Vec::new()));
    assert_eq!((e.code(), e.message()), (None, None));
}

#[tokio::test]
async fn an_array_of_scalars_a_map_a_string_and_a_number() {
    let (_s, client) = answering("/scalars", 400, json!(["a", "b"])).await;
    let e = service(client.list_scalars(None).await.unwrap_err());
    assert_eq!(e.error(), Some(&vec!["a".to_string(), "b".to_string()]));
    assert_eq!((e.code(), e.message()), (None, None));

    let (_s, client) = answering("/map", 422, json!({"name": 3})).await;
    let e = service(client.get_map(None).await.unwrap_err());
    assert_eq!(e.error().unwrap()["name"], 3);
    assert_eq!((e.code(), e.message()), (None, None));

    let (_s, client) = answering("/string", 404, json!("no such thing")).await;
    let e = service(client.get_string(None).await.unwrap_err());
    assert_eq!(e.error().map(String::as_str), Some("no such thing"));
    assert_eq!(e.message(), None);

    let (_s, client) = answering("/number", 500, json!(42.5)).await;
    let e = service(client.get_number(None).await.unwrap_err());
    assert_eq!(e.error(), Some(&42.5));
    assert_eq!(e.code(), None);
}

/// Text and any JSON are read as JSON values; a text body that is not JSON stays in the raw body.
#[tokio::test]
async fn text_and_any_json() {
    let (_s, client) =
        answering("/any", 400, json!({"error": {"code": "C", "message": "M"}})).await;
    let e = service(client.get_any(None).await.unwrap_err());
    assert_eq!((e.code(), e.message()), (Some("C"), Some("M")));

    let (_s, client) = answering("/text", 503, json!("try later")).await;
    let e = service(client.get_text(None).await.unwrap_err());
    assert_eq!(e.status(), 503);
    assert_eq!(e.body(), b"try later");
    assert_eq!(e.error(), None);
}

/// An untagged union is read as its first alternative that fits; it has no code or message of
/// its own.
#[tokio::test]
async fn a_union() {
    let (_s, client) = answering("/union", 400, json!([{"code": "A"}])).await;
    let e = service(client.get_union(None).await.unwrap_err());
    let Some(GetUnionError::Array(errors)) = e.error() else {
        panic!("{:?}", e.error());
    };
    assert_eq!(errors[0].code.as_deref(), Some("A"));
    assert_eq!(e.code(), None);
}

/// A hand-written type (`[crate.replace]`) holds the body and says where its code and message are.
#[tokio::test]
async fn a_hand_written_type() {
    let body = json!({"title": "out-of-stock", "detail": "none left"});
    let (_s, client) = answering("/problem", 409, body).await;
    let e = service(client.get_problem(None).await.unwrap_err());
    assert_eq!(
        e.error(),
        Some(&Problem {
            title: Some("out-of-stock".into()),
            detail: Some("none left".into())
        })
    );
    assert_eq!(
        (e.code(), e.message()),
        (Some("out-of-stock"), Some("none left"))
    );
}

/// Bodies that differ by status: the variant of the status, whose type gives code and message
/// (a list through its first item, Azure's `error` object through it).
#[tokio::test]
async fn bodies_by_status() {
    let body = json!([{"error": {"code": "Invalid", "message": "bad field"}}]);
    let (_s, client) = answering("/statuses", 400, body).await;
    let e = service(client.get_by_status(None).await.unwrap_err());
    assert!(matches!(e.error(), Some(GetByStatusError::Status400(list)) if list.len() == 1));
    assert_eq!(
        (e.code(), e.message()),
        (Some("Invalid"), Some("bad field"))
    );

    let (_s, client) = answering(
        "/statuses",
        409,
        json!({"code": "Taken", "message": "in use"}),
    )
    .await;
    let e = service(client.get_by_status(None).await.unwrap_err());
    assert!(matches!(e.error(), Some(GetByStatusError::Status409(_))));
    assert_eq!((e.code(), e.message()), (Some("Taken"), Some("in use")));

    let (_s, client) = answering("/statuses", 503, json!("down")).await;
    let e = service(client.get_by_status(None).await.unwrap_err());
    assert!(matches!(e.error(), Some(GetByStatusError::Status503)));
    assert_eq!(e.code(), None);

    // The models hold what they were given.
    let detail = Detail {
        error: Some(DetailError {
            code: Some("X".into()),
            message: None,
        }),
    };
    assert_eq!(ErrorBody::code(&detail), Some("X"));
}
