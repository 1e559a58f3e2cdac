use fixture_enums::models::{Item, Level, Priority, Status};
use fixture_enums::{Client, RetryOptions};
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[test]
fn open_integer_enums_keep_unknown_numbers() {
    assert_eq!(
        serde_json::from_str::<Priority>("-1").unwrap(),
        Priority::Minus1
    );
    assert_eq!(
        serde_json::from_str::<Priority>("7").unwrap(),
        Priority::UnknownValue(7)
    );
    assert_eq!(
        serde_json::to_string(&Priority::UnknownValue(7)).unwrap(),
        "7"
    );
    assert_eq!(serde_json::to_string(&Priority::V2).unwrap(), "2");
    assert_eq!(Priority::from(3), Priority::V3);
    assert_eq!("3".parse::<Priority>().unwrap().value(), 3);
    assert!("three".parse::<Priority>().is_err());
    assert!(serde_json::from_str::<Priority>("\"1\"").is_err());
    assert_eq!(Priority::VALUES, [1, 2, 3, -1]);
    assert_eq!(Priority::Minus1.to_string(), "-1");
}

#[test]
fn closed_integer_enums_refuse_other_numbers() {
    assert_eq!(serde_json::from_str::<Level>("10").unwrap(), Level::High);
    let e = serde_json::from_str::<Level>("5").unwrap_err().to_string();
    assert!(
        e.contains("invalid value: integer `5`, expected Level"),
        "{e}"
    );
    assert_eq!(Level::try_from(0).unwrap(), Level::Off);
    assert_eq!(
        Level::try_from(5).unwrap_err().to_string(),
        "`5` is not a value of `Level`"
    );
    assert_eq!(
        "x".parse::<Level>().unwrap_err().to_string(),
        "`x` is not a value of `Level`"
    );
    let item: Item = serde_json::from_value(serde_json::json!(
        {"status": "active", "priority": 2, "level": 0, "mixed": "one"}
    ))
    .unwrap();
    assert_eq!(item.priority, Some(Priority::V2));
    assert_eq!(item.level, Some(Level::Off));
    assert_eq!(item.mixed, Some(serde_json::json!("one")));
}

#[tokio::test]
async fn integer_enums_are_sent_as_numbers() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/items"))
        .and(query_param("priority", "-1"))
        .and(header("x-level", "10"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!(
            [{"status": "active", "priority": 9}]
        )))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder(server.uri())
        .retry(RetryOptions::none())
        .build()
        .unwrap();
    let options = fixture_enums::client::ListItemsOptions {
        priority: Some(Priority::Minus1),
        ..Default::default()
    };
    let items = client
        .list_items(&Status::from("active"), &Level::High, Some(options))
        .await
        .unwrap();
    assert_eq!(items[0].priority, Some(Priority::UnknownValue(9)));
}
