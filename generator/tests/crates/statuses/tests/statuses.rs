use fixture_statuses::models::{PutJobError, PutJobResponse};
use fixture_statuses::{Client, Error, ErrorBody, RetryOptions};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn answer(
    status: u16,
    body: Option<serde_json::Value>,
) -> Result<PutJobResponse, Error<PutJobError>> {
    let server = MockServer::start().await;
    let mut template = ResponseTemplate::new(status);
    if let Some(body) = body {
        template = template.set_body_json(body);
    }
    Mock::given(method("PUT"))
        .and(path("/jobs/7"))
        .respond_with(template)
        .mount(&server)
        .await;
    let client = Client::builder(server.uri())
        .allow_http(true)
        .retry(RetryOptions::none())
        .build()
        .unwrap();
    client
        .put_job("7", None)
        .await
        .map(fixture_statuses::Response::into_body)
}

/// The documented response headers come typed with the body, which the result derefs to.
#[tokio::test]
async fn documented_response_headers_come_with_the_body() {
    use fixture_statuses::models::GetJobXJobStateHeader;
    let server = MockServer::start().await;
    let template = ResponseTemplate::new(200)
        .set_body_json(serde_json::json!({"id": "7"}))
        .insert_header("etag", "\"v2\"")
        .insert_header("x-rate-limit-remaining", "41")
        .insert_header("x-job-state", "done")
        .append_header("link", "<https://a/1>; rel=next")
        .append_header("link", "<https://a/9>; rel=last");
    Mock::given(method("GET"))
        .and(path("/jobs/7/state"))
        .respond_with(template)
        .mount(&server)
        .await;
    let client = Client::builder(server.uri())
        .retry(RetryOptions::none())
        .build()
        .unwrap();
    let job = client.get_job("7", None).await.unwrap();
    assert_eq!(job.id, "7");
    assert_eq!(job.headers.e_tag.as_deref(), Some("\"v2\""));
    assert_eq!(job.headers.x_rate_limit_remaining, Some(41));
    assert_eq!(job.headers.x_job_state, Some(GetJobXJobStateHeader::Done));
    assert_eq!(
        job.headers.link.as_deref(),
        Some("<https://a/1>; rel=next, <https://a/9>; rel=last")
    );
    assert_eq!(job.headers.x_request_id, None);
    assert_eq!(job.into_body().id, "7");

    // A value that does not parse is `None`, not an error.
    let server = MockServer::start().await;
    let template = ResponseTemplate::new(200)
        .set_body_json(serde_json::json!({"id": "8"}))
        .insert_header("x-rate-limit-remaining", "many");
    Mock::given(method("GET"))
        .and(path("/jobs/8/state"))
        .respond_with(template)
        .mount(&server)
        .await;
    let client = Client::builder(server.uri())
        .retry(RetryOptions::none())
        .build()
        .unwrap();
    let job = client.get_job("8", None).await.unwrap();
    assert_eq!(job.headers.x_rate_limit_remaining, None);
    assert_eq!(job.headers.e_tag, None);
}

fn service_error(result: Result<PutJobResponse, Error<PutJobError>>) -> (u16, Option<PutJobError>) {
    match result {
        Err(Error::Service(e)) => (e.status().as_u16(), e.error().cloned()),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn each_status_reads_its_own_body() {
    let job = answer(200, Some(serde_json::json!({"id": "7"})))
        .await
        .unwrap();
    assert!(
        matches!(job, PutJobResponse::Status200(ref j) if j.id == "7"),
        "{job:?}"
    );
    let created = answer(201, Some(serde_json::json!({"location": "/jobs/7"})))
        .await
        .unwrap();
    assert!(
        matches!(created, PutJobResponse::Status201(ref c) if c.location == "/jobs/7"),
        "{created:?}"
    );
    assert_eq!(answer(204, None).await.unwrap(), PutJobResponse::Status204);

    let (status, error) = service_error(
        answer(
            404,
            Some(serde_json::json!({"missing": "queue", "message": "no queue q"})),
        )
        .await,
    );
    assert_eq!(status, 404);
    let error = error.expect("the 404 body is read");
    assert!(
        matches!(error, PutJobError::Status404(ref n) if n.missing == "queue"),
        "{error:?}"
    );
    assert_eq!(error.message(), Some("no queue q"));
    let (_, error) = service_error(
        answer(
            409,
            Some(serde_json::json!({"title": "busy", "code": "Busy"})),
        )
        .await,
    );
    assert!(
        matches!(error, Some(PutJobError::Status4XX(_))),
        "{error:?}"
    );
    assert_eq!(error.unwrap().code(), Some("Busy"));
    let (_, error) = service_error(
        answer(
            503,
            Some(serde_json::json!({"code": "Down", "message": "later"})),
        )
        .await,
    );
    assert!(
        matches!(error, Some(PutJobError::Default(ref e)) if e.message.as_deref() == Some("later")),
        "{error:?}"
    );
    // A body that is not the documented one: no parsed error, the raw body is kept.
    let (_, error) =
        service_error(answer(404, Some(serde_json::json!({"unexpected": true}))).await);
    assert_eq!(error, None);
}
