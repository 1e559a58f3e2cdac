use fixture_multipart::{Client, Multipart, RetryOptions};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

#[tokio::test]
async fn the_parts_arrive_whole() {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let client = Client::builder(server.uri())
        .allow_http(true)
        .retry(RetryOptions::none())
        .build()
        .unwrap();
    let form = Multipart::new().text("title", "Beach \"day\"").file(
        "photo",
        "beach.jpg",
        "image/jpeg",
        [0xffu8, 0xd8, 0x00, 0x0d, 0x0a],
    );
    client.upload_photo(form, None).await.unwrap();
    let requests: Vec<Request> = server.received_requests().await.unwrap();
    let content_type = requests[0]
        .headers
        .get("content-type")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    let boundary = content_type
        .strip_prefix("multipart/form-data; boundary=")
        .expect(&content_type);
    let mut expected = format!(
        "--{boundary}\r\ncontent-disposition: form-data; name=\"title\"\r\n\r\nBeach \"day\"\r\n--{boundary}\r\ncontent-disposition: form-data; name=\"photo\"; filename=\"beach.jpg\"\r\ncontent-type: image/jpeg\r\n\r\n"
    ).into_bytes();
    expected.extend_from_slice(&[0xff, 0xd8, 0x00, 0x0d, 0x0a]);
    expected.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    assert_eq!(requests[0].body, expected);
}
