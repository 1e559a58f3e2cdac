//! Authentication: access-key (HMAC-SHA256) signing as the official SDKs do it, and bearer tokens.

mod common;

use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use acs_call_automation::access_key::{AccessKeyCredential, ConnectionString};
use acs_call_automation::credentials::{AccessToken, TokenFuture, TokenProvider};
use acs_call_automation::models::UnholdRequest;
use acs_call_automation::{Client, Error, RetryOptions};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// A key of 64 bytes 0, 1, …, 63, the key of the test vector below.
const KEY: &str =
    "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+Pw==";

/// One unhold request as the official Python SDK (azure-communication-callautomation 1.6.0) signed
/// and sent it: the same inputs must give the same headers, byte for byte.
#[test]
fn signing_matches_the_official_sdk_test_vector() {
    let credential = AccessKeyCredential::new(KEY).unwrap();
    let body = r#"{"targetParticipant": {"rawId": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_0f50d091-5bd3-448b-884d-44be7037d9b9", "communicationUser": {"id": "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_0f50d091-5bd3-448b-884d-44be7037d9b9"}}}"#;
    assert_eq!(body.len(), 227);
    let signed = credential.sign(
        "POST",
        "/calling/callConnections/18dea47f-b081-4107-9a5c-4300819d2c6c:unhold?api-version=2025-05-15",
        "127.0.0.1:36629",
        "Fri, 27 Nov 2026 09:31:33 GMT",
        body.as_bytes(),
    );
    assert_eq!(signed.date, "Fri, 27 Nov 2026 09:31:33 GMT");
    assert_eq!(
        signed.content_sha256,
        "03+P5ROU5u/JU9lI0riRtifk2XpDI/VDj50zYpcUJHg="
    );
    assert_eq!(
        signed.authorization,
        "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=uGB10GkkhCe3j75QpIu6OgpXc+R3+MR/G/SkRol8gUA="
    );
}

#[test]
fn an_empty_body_hashes_the_empty_string() {
    let signed = AccessKeyCredential::new(KEY)
        .unwrap()
        .sign("GET", "/", "h", "d", b"");
    assert_eq!(
        signed.content_sha256,
        "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
    );
}

fn request() -> UnholdRequest {
    UnholdRequest::new("8:acs:1")
}

fn assert_signed(request: &Request) {
    common::assert_signed(request, KEY);
}

#[tokio::test]
async fn a_connection_string_client_signs_every_request_and_every_retry() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(2)
        .mount(&server)
        .await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let connection_string = format!("endpoint={}/;accesskey={KEY}", server.uri());
    let client = Client::builder_from_connection_string(&connection_string)
        .unwrap()
        .retry(RetryOptions {
            initial_delay: Duration::from_millis(1),
            ..RetryOptions::default()
        })
        .build()
        .unwrap();

    client
        .call_media_unhold("18dea47f-b081-4107-9a5c-4300819d2c6c", &request(), None)
        .await
        .unwrap();

    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 3);
    for r in &requests {
        assert_signed(r);
    }
    assert_eq!(
        requests[0].url.path(),
        "/calling/callConnections/18dea47f-b081-4107-9a5c-4300819d2c6c:unhold"
    );
}

#[tokio::test]
async fn the_access_key_setter_signs_too_and_escaped_paths_are_signed_as_sent() {
    let server = common::ok_server().await;
    let client = Client::builder(server.uri())
        .access_key(KEY)
        .unwrap()
        .build()
        .unwrap();
    client
        .call_media_unhold("a/b?c d", &request(), None)
        .await
        .unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(
        requests[0].url.path(),
        "/calling/callConnections/a%2Fb%3Fc%20d:unhold"
    );
    assert_signed(&requests[0]);
}

#[test]
fn bad_connection_strings_and_keys_are_refused_without_showing_the_key() {
    for bad in [
        "",
        "endpoint=https://x.communication.azure.com/",
        "accesskey=AAAA",
        "endpoint=https://x.communication.azure.com/;accesskey=not base64!",
        "endpoint=https://x.communication.azure.com/;accesskey=",
    ] {
        let err = Client::from_connection_string(bad).unwrap_err();
        assert!(matches!(err, Error::InvalidRequest(_)), "{bad:?}: {err:?}");
        assert!(!err.to_string().contains("base64!"), "{err}");
    }
    let parsed = ConnectionString::parse(
        " Endpoint = https://x.communication.azure.com/ ; AccessKey = AAECAw== ",
    )
    .unwrap();
    assert_eq!(parsed.endpoint, "https://x.communication.azure.com/");
}

#[test]
fn debug_output_never_shows_keys_or_tokens() {
    let connection_string = format!("endpoint=https://x.communication.azure.com/;accesskey={KEY}");
    let parsed = ConnectionString::parse(&connection_string).unwrap();
    let client = Client::from_connection_string(&connection_string).unwrap();
    let builder = Client::builder("https://x.communication.azure.com").bearer_token("token-secret");
    for shown in [
        format!("{parsed:?}"),
        format!("{client:?}"),
        format!("{builder:?}"),
        format!("{:?}", builder.clone().build().unwrap()),
    ] {
        assert!(
            !shown.contains(KEY) && !shown.contains("AAECAwQF"),
            "{shown}"
        );
        assert!(!shown.contains("token-secret"), "{shown}");
        assert!(shown.contains("redacted"), "{shown}");
    }
}

/// A provider that counts its calls and hands out tokens valid for `lifetime`.
#[derive(Debug)]
struct Counting {
    lifetime: Duration,
    calls: Mutex<Vec<Vec<String>>>,
    fail: bool,
}

impl TokenProvider for Counting {
    fn get_token<'a>(&'a self, scopes: &'a [&'a str]) -> TokenFuture<'a> {
        Box::pin(async move {
            let mut calls = self.calls.lock().unwrap();
            calls.push(scopes.iter().map(|s| s.to_string()).collect());
            if self.fail {
                return Err("the identity service is down".into());
            }
            Ok(AccessToken {
                token: format!("token-{}", calls.len()),
                expires_on: SystemTime::now() + self.lifetime,
            })
        })
    }
}

fn counting(lifetime: Duration, fail: bool) -> Arc<Counting> {
    Arc::new(Counting {
        lifetime,
        calls: Mutex::new(Vec::new()),
        fail,
    })
}

/// Two calls of one client authenticated by `provider`.
async fn unhold_twice(server: &MockServer, provider: Arc<Counting>) {
    let client = Client::builder(server.uri())
        .token_provider(provider)
        .build()
        .unwrap();
    for _ in 0..2 {
        client
            .call_media_unhold("c", &request(), None)
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn tokens_are_asked_for_the_communication_scope_cached_and_refreshed_before_expiry() {
    let server = common::ok_server().await;

    let long = counting(Duration::from_secs(3600), false);
    unhold_twice(&server, long.clone()).await;
    assert_eq!(
        *long.calls.lock().unwrap(),
        vec![vec![
            "https://communication.azure.com//.default".to_string()
        ]]
    );

    // A token expiring within the refresh margin is not reused.
    let short = counting(Duration::from_secs(60), false);
    unhold_twice(&server, short.clone()).await;
    assert_eq!(short.calls.lock().unwrap().len(), 2);

    let requests = server.received_requests().await.unwrap();
    let auth: Vec<&str> = requests
        .iter()
        .map(|r| r.headers["authorization"].to_str().unwrap())
        .collect();
    assert_eq!(
        auth,
        [
            "Bearer token-1",
            "Bearer token-1",
            "Bearer token-1",
            "Bearer token-2"
        ]
    );
}

#[tokio::test]
async fn a_failing_token_provider_fails_the_call_before_sending() {
    let server = common::ok_server().await;
    let client = Client::builder(server.uri())
        .token_provider(counting(Duration::from_secs(3600), true))
        .build()
        .unwrap();
    let err = client
        .call_media_unhold("c", &request(), None)
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
    assert!(
        err.to_string().contains("the identity service is down"),
        "{err}"
    );
    assert!(server.received_requests().await.unwrap().is_empty());
}
