//! HTTPS against TLS servers started on 127.0.0.1: the client checks certificates with the
//! platform's verifier (here fed through `SSL_CERT_FILE`), offers HTTP/2 and HTTP/1.1 by ALPN,
//! and refuses a certificate it does not trust.
//!
//! One test in its own binary: `SSL_CERT_FILE` is set before any thread starts.

use std::sync::{Arc, Mutex};

use acs_call_automation::models::UnholdRequest;
use acs_call_automation::{Client, Error, RetryOptions};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio_rustls::LazyConfigAcceptor;
use tokio_rustls::rustls;

/// A self-signed certificate for `localhost` issued by `issuer`, and its key.
fn certificate(issuer: &str) -> rcgen::CertifiedKey<rcgen::KeyPair> {
    let mut params =
        rcgen::CertificateParams::new(vec!["localhost".to_string()]).expect("parameters");
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, issuer);
    let signing_key = rcgen::KeyPair::generate().expect("a key");
    let cert = params.self_signed(&signing_key).expect("a certificate");
    rcgen::CertifiedKey { cert, signing_key }
}

/// Serves one HTTPS connection with `cert`, answering HTTP/1.1 200 with `{}`; records the ALPN
/// protocols the client offered.
async fn server(
    cert: &rcgen::CertifiedKey<rcgen::KeyPair>,
    offered: Arc<Mutex<Vec<Vec<u8>>>>,
) -> u16 {
    let chain = vec![cert.cert.der().clone()];
    let key = rustls::pki_types::PrivateKeyDer::try_from(cert.signing_key.serialize_der())
        .expect("a key");
    // The same provider as the runtime's (rustls 0.23.48 deprecates it; see the runtime's http.rs).
    #[allow(deprecated)]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("TLS versions")
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .expect("a server config");
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    let config = Arc::new(config);
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        loop {
            let Ok((socket, _)) = listener.accept().await else {
                return;
            };
            let (config, offered) = (config.clone(), offered.clone());
            tokio::spawn(async move {
                let acceptor = LazyConfigAcceptor::new(rustls::server::Acceptor::default(), socket);
                let Ok(start) = acceptor.await else { return };
                if let Some(alpn) = start.client_hello().alpn() {
                    offered.lock().unwrap().extend(alpn.map(<[u8]>::to_vec));
                }
                let Ok(mut tls) = start.into_stream(config).await else {
                    return;
                };
                let mut request = Vec::new();
                let mut buf = [0u8; 4096];
                // Headers, then the body's `content-length` bytes (this test sends a small body).
                while let Ok(n) = tls.read(&mut buf).await {
                    if n == 0 {
                        return;
                    }
                    request.extend_from_slice(&buf[..n]);
                    let text = String::from_utf8_lossy(&request);
                    if let Some(end) = text.find("\r\n\r\n") {
                        let length = text[..end]
                            .lines()
                            .find_map(|l| {
                                l.to_ascii_lowercase()
                                    .strip_prefix("content-length:")
                                    .map(|v| v.trim().parse::<usize>().unwrap_or(0))
                            })
                            .unwrap_or(0);
                        if request.len() >= end + 4 + length {
                            break;
                        }
                    }
                }
                let _ = tls
                    .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
                    .await;
                let _ = tls.shutdown().await;
            });
        }
    });
    port
}

fn client(port: u16) -> Client {
    Client::builder(format!("https://localhost:{port}"))
        .bearer_token("token")
        .retry(RetryOptions::none())
        .build()
        .expect("a client")
}

fn request() -> UnholdRequest {
    UnholdRequest::new("8:acs:1")
}

#[test]
fn https_is_verified_against_the_platform_trust_store() {
    let trusted = certificate("trusted test issuer");
    let stranger = certificate("unknown test issuer");
    let dir = tempfile::tempdir().unwrap();
    let roots = dir.path().join("roots.pem");
    std::fs::write(&roots, trusted.cert.pem()).unwrap();
    // SAFETY: no other thread runs yet in this binary's only test.
    unsafe { std::env::set_var("SSL_CERT_FILE", &roots) };

    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let offered = Arc::new(Mutex::new(Vec::new()));
        let port = server(&trusted, offered.clone()).await;
        client(port)
            .call_media_unhold("call-1", &request(), None)
            .await
            .expect("a trusted certificate is accepted");
        assert_eq!(
            *offered.lock().unwrap(),
            [b"h2".to_vec(), b"http/1.1".to_vec()],
            "the client offers HTTP/2 and HTTP/1.1"
        );

        let port = server(&stranger, Arc::new(Mutex::new(Vec::new()))).await;
        let error = client(port)
            .call_media_unhold("call-1", &request(), None)
            .await
            .expect_err("an untrusted certificate is refused");
        assert!(matches!(error, Error::Transport(_)), "{error:?}");
        let mut chain = String::new();
        let mut source: Option<&dyn std::error::Error> = Some(&error);
        while let Some(e) = source {
            chain.push_str(&format!("{e}; "));
            source = e.source();
        }
        assert!(chain.contains("UnknownIssuer"), "{chain}");
    });
}
