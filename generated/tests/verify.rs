//! Callback verification against a local OpenID Connect configuration and key set, with tokens
//! this test signs with its own RSA key (made for these tests only): a valid token lets the
//! events through, and every way of forging one is refused by the check made for it.
#![cfg(feature = "verify")]

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use acs_call_automation::CallAutomationEvent;
use acs_call_automation::verify::{CallbackVerifier, Rejection};
use base64::Engine as _;
use jsonwebtoken::{Algorithm, EncodingKey, Header, encode};
use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderValue};
use serde_json::{Value, json};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate, matchers};

/// A 2048-bit RSA key made for these tests and the call-flow example's stand-in service
/// (`openssl genrsa`), and its public half as a JWK set.
const TEST_KEY: &str = include_str!("data/test-signing-key.pem");
/// The key's modulus, as `data/test-signing-key.jwks.json` has it.
fn test_key_n() -> String {
    let jwks: Value =
        serde_json::from_str(include_str!("data/test-signing-key.jwks.json")).unwrap();
    jwks["keys"][0]["n"].as_str().unwrap().to_string()
}
const KID: &str = "test-key-1";
const AUDIENCE: &str = "abc8b7b5-6666-4e99-a66f-390c600e6cb9";
const ISSUER: &str = "https://acscallautomation.communication.azure.com";

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

fn claims() -> Value {
    json!({"iss": ISSUER, "aud": AUDIENCE, "exp": now() + 300, "nbf": now() - 5, "iat": now() - 5})
}

fn sign(claims: &Value, kid: &str) -> String {
    let mut header = Header::new(Algorithm::RS256);
    header.kid = Some(kid.to_string());
    encode(
        &header,
        claims,
        &EncodingKey::from_rsa_pem(TEST_KEY.as_bytes()).unwrap(),
    )
    .unwrap()
}

fn b64(value: &Value) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(value.to_string())
}

/// Counts the key set's fetches.
struct Keys(Arc<AtomicUsize>);

impl Respond for Keys {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        self.0.fetch_add(1, Ordering::SeqCst);
        ResponseTemplate::new(200).set_body_json(json!({"keys": [
            {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": KID, "n": test_key_n(), "e": "AQAB"},
            {"kty": "oct", "kid": "symmetric", "k": "c2VjcmV0"}
        ]}))
    }
}

/// The service's stand-in, a verifier of it, and how often the key set was fetched.
async fn service() -> (MockServer, CallbackVerifier, Arc<AtomicUsize>) {
    let server = MockServer::start().await;
    Mock::given(matchers::path(
        "/calling/.well-known/acsopenidconfiguration",
    ))
    .respond_with(
        ResponseTemplate::new(200)
            .set_body_json(json!({"issuer": ISSUER, "jwks_uri": format!("{}/keys", server.uri())})),
    )
    .mount(&server)
    .await;
    let fetches = Arc::new(AtomicUsize::new(0));
    Mock::given(matchers::path("/keys"))
        .respond_with(Keys(fetches.clone()))
        .mount(&server)
        .await;
    let url = format!(
        "{}/calling/.well-known/acsopenidconfiguration",
        server.uri()
    );
    let verifier = CallbackVerifier::with_configuration(AUDIENCE, &url).unwrap();
    (server, verifier, fetches)
}

fn bearer(token: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(
        AUTHORIZATION,
        HeaderValue::from_str(&format!("Bearer {token}")).unwrap(),
    );
    headers
}

const BODY: &[u8] = br#"[{"id": "1", "source": "calling/callConnections/c", "specversion": "1.0",
    "type": "Microsoft.Communication.CallConnected",
    "data": {"callConnectionId": "c", "serverCallId": "s", "correlationId": "k"}}]"#;

#[tokio::test]
async fn a_token_the_service_signed_lets_the_events_through() {
    let (_server, verifier, fetches) = service().await;
    let events = verifier
        .verify_callback(&bearer(&sign(&claims(), KID)), BODY)
        .await
        .unwrap();
    assert!(matches!(
        events[0].data,
        CallAutomationEvent::CallConnected(_)
    ));
    // The keys are cached.
    let claims = verifier.verify_token(&sign(&claims(), KID)).await.unwrap();
    assert_eq!(claims.iss, ISSUER);
    assert_eq!(fetches.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn every_forgery_is_refused_by_its_check() {
    let (_server, verifier, _) = service().await;
    let check = |token: String| {
        let verifier = verifier.clone();
        async move { verifier.verify_token(&token).await.unwrap_err() }
    };
    let with = |key: &str, value: Value| {
        let mut c = claims();
        c[key] = value;
        c
    };
    assert_eq!(
        check(sign(&with("iss", json!("https://evil.example")), KID)).await,
        Rejection::WrongIssuer
    );
    assert_eq!(
        check(sign(&with("aud", json!("another-resource")), KID)).await,
        Rejection::WrongAudience
    );
    assert_eq!(
        check(sign(&with("exp", json!(now() - 600)), KID)).await,
        Rejection::Expired
    );
    assert_eq!(
        check(sign(&with("nbf", json!(now() + 600)), KID)).await,
        Rejection::NotYetValid
    );
    let mut no_exp = claims();
    no_exp.as_object_mut().unwrap().remove("exp");
    assert_eq!(check(sign(&no_exp, KID)).await, Rejection::Expired);
    assert_eq!(
        check(sign(&claims(), "someone-else")).await,
        Rejection::UnknownKey("someone-else".into())
    );
    // A symmetric key of the set is never used.
    assert_eq!(
        check(sign(&claims(), "symmetric")).await,
        Rejection::UnknownKey("symmetric".into())
    );

    // The payload changed after signing.
    let token = sign(&claims(), KID);
    let parts: Vec<&str> = token.split('.').collect();
    let forged_payload = {
        let mut c = claims();
        c["exp"] = json!(now() + 86_400);
        format!("{}.{}.{}", parts[0], b64(&c), parts[2])
    };
    assert_eq!(check(forged_payload).await, Rejection::BadSignature);

    // `alg: none`, unsigned.
    let none = format!(
        "{}.{}.",
        b64(&json!({"alg": "none", "kid": KID})),
        b64(&claims())
    );
    assert_eq!(check(none).await, Rejection::Algorithm("none".into()));
    // HS256 with the public key's text as the secret.
    let mut header = Header::new(Algorithm::HS256);
    header.kid = Some(KID.into());
    let public = format!("{{\"n\":\"{}\",\"e\":\"AQAB\"}}", test_key_n());
    let hs256 = encode(
        &header,
        &claims(),
        &EncodingKey::from_secret(public.as_bytes()),
    )
    .unwrap();
    assert_eq!(check(hs256).await, Rejection::Algorithm("HS256".into()));

    for malformed in ["", "abc", "a.b", "a.b.c.d", "!!.e30.x"] {
        assert!(
            matches!(check(malformed.into()).await, Rejection::Malformed(_)),
            "{malformed}"
        );
    }
    let no_kid = format!("{}.{}.x", b64(&json!({"alg": "RS256"})), b64(&claims()));
    assert!(matches!(check(no_kid).await, Rejection::Malformed(_)));
}

#[tokio::test]
async fn the_header_and_the_body_are_checked() {
    let (_server, verifier, _) = service().await;
    assert_eq!(
        verifier
            .verify_callback(&HeaderMap::new(), BODY)
            .await
            .unwrap_err(),
        Rejection::MissingToken
    );
    let mut basic = HeaderMap::new();
    basic.insert(
        AUTHORIZATION,
        HeaderValue::from_static("Basic dXNlcjpwdw=="),
    );
    assert_eq!(
        verifier.verify_callback(&basic, BODY).await.unwrap_err(),
        Rejection::MissingToken
    );
    let token = sign(&claims(), KID);
    assert!(matches!(
        verifier
            .verify_callback(&bearer(&token), b"not json")
            .await
            .unwrap_err(),
        Rejection::Body(_)
    ));
    // The message names the rule, never the token.
    let refused = verifier
        .verify_token(&format!("{token}x"))
        .await
        .unwrap_err();
    assert!(!refused.to_string().contains(&token[..20]), "{refused}");
}

/// Forged key ids cannot make the verifier hammer the service: one fetch when it starts, at
/// most one more per `MIN_REFRESH`, however many unknown ids arrive.
#[tokio::test]
async fn unknown_key_ids_refresh_the_keys_at_most_once_per_interval() {
    let (_server, verifier, fetches) = service().await;
    for i in 0..50 {
        let rejected = verifier
            .verify_token(&sign(&claims(), &format!("forged-{i}")))
            .await;
        assert!(matches!(rejected, Err(Rejection::UnknownKey(_))));
    }
    assert_eq!(fetches.load(Ordering::SeqCst), 1);
    verifier.verify_token(&sign(&claims(), KID)).await.unwrap();
    assert_eq!(fetches.load(Ordering::SeqCst), 1);
}

/// The configuration and its key set are fetched over https, or from this machine.
#[test]
fn the_configuration_is_an_https_url() {
    for url in [
        "http://example.com/config",
        "ftp://example.com/c",
        "not a url",
        "file:///etc/passwd",
    ] {
        assert!(
            matches!(
                CallbackVerifier::with_configuration(AUDIENCE, url).unwrap_err(),
                Rejection::KeysUnavailable(_)
            ),
            "{url}"
        );
    }
    for url in [
        "https://example.com/c",
        "http://127.0.0.1:8080/c",
        "http://[::1]/c",
        "http://localhost/c",
    ] {
        assert!(
            CallbackVerifier::with_configuration(AUDIENCE, url).is_ok(),
            "{url}"
        );
    }
    assert!(CallbackVerifier::new(AUDIENCE).is_ok());
}

/// A key set the service cannot give right now refuses callbacks as unavailable (not as forged),
/// and is not fetched again on every request.
#[tokio::test]
async fn an_unreachable_key_set_is_unavailable_and_not_hammered() {
    struct Failing(Arc<AtomicUsize>);
    impl Respond for Failing {
        fn respond(&self, _: &Request) -> ResponseTemplate {
            self.0.fetch_add(1, Ordering::SeqCst);
            ResponseTemplate::new(503)
        }
    }
    let server = MockServer::start().await;
    Mock::given(matchers::path("/config"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(
                json!({"issuer": ISSUER, "jwks_uri": format!("{}/keys", server.uri())}),
            ),
        )
        .mount(&server)
        .await;
    let fetches = Arc::new(AtomicUsize::new(0));
    Mock::given(matchers::path("/keys"))
        .respond_with(Failing(fetches.clone()))
        .mount(&server)
        .await;
    let url = format!("{}/config", server.uri());
    let verifier = CallbackVerifier::with_configuration(AUDIENCE, &url).unwrap();
    for _ in 0..10 {
        let refused = verifier
            .verify_token(&sign(&claims(), KID))
            .await
            .unwrap_err();
        assert!(
            matches!(refused, Rejection::KeysUnavailable(_)),
            "{refused:?}"
        );
    }
    assert_eq!(fetches.load(Ordering::SeqCst), 1);
}
