//! What the client benches share: a local server that does as little as a server can, and the
//! unhold call written by hand with reqwest, the floor the generated client is measured against.

use std::net::SocketAddr;
use std::sync::Arc;

use acs_call_automation::access_key::AccessKeyCredential;
use acs_call_automation::models::UnholdRequest;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::runtime::Runtime;

pub const KEY: &str =
    "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+Pw==";
pub const CALL: &str = "0e5e09b1-a4b7-4c67-a8f5-5a3e0b1c2d3f";
const USER: &str =
    "8:acs:b9614373-fd0b-480c-8fd2-cb58b70eab9f_0f50d091-5bd3-448b-884d-44be7037d9b9";

pub fn request() -> UnholdRequest {
    UnholdRequest::new(USER)
}

/// The unhold call written by hand with reqwest, with the same headers, the same signature and
/// the same 60 s limit per attempt as the generated client's.
pub struct Handwritten {
    http: reqwest::Client,
    credential: Arc<AccessKeyCredential>,
    body: UnholdRequest,
    host: String,
    path: String,
    url: String,
}

impl Handwritten {
    pub fn new(address: SocketAddr) -> Self {
        let http = acs_call_automation::http_client_builder()
            .expect("TLS sets up")
            .build()
            .expect("a reqwest client");
        let host = address.to_string();
        let path = format!("/calling/callConnections/{CALL}:unhold?api-version=2026-03-12");
        Self {
            http,
            credential: Arc::new(AccessKeyCredential::new(KEY).expect("a valid key")),
            body: request(),
            url: format!("http://{host}{path}"),
            host,
            path,
        }
    }

    pub async fn call(&self) -> usize {
        let user_agent = concat!(
            "acs_call_automation/",
            env!("CARGO_PKG_VERSION"),
            " (rust; linux)"
        );
        let bytes = serde_json::to_vec(&self.body).expect("the body serializes");
        let date = httpdate::fmt_http_date(std::time::SystemTime::now());
        let signed = self
            .credential
            .sign("POST", &self.path, &self.host, &date, &bytes);
        let response = self
            .http
            .post(&self.url)
            .header("content-type", "application/json")
            .header("accept", "application/json")
            .header("accept-encoding", "gzip, deflate")
            .header("user-agent", user_agent)
            .header("x-ms-return-client-request-id", "true")
            .header("x-ms-client-request-id", uuid::Uuid::new_v4().to_string())
            .header("x-ms-date", signed.date)
            .header("x-ms-content-sha256", signed.content_sha256)
            .header("authorization", signed.authorization)
            .body(bytes)
            .timeout(std::time::Duration::from_secs(60))
            .send()
            .await
            .expect("the call is sent");
        assert_eq!(response.status(), 200);
        response.bytes().await.expect("the body is read").len()
    }
}

/// A single-threaded runtime with a keep-alive HTTP/1.1 server on 127.0.0.1 that reads each request and
/// answers `200 OK` with an empty body: as little work as a server can do.
pub fn server() -> (Runtime, SocketAddr) {
    // One thread runs the server, the client and reqwest's connection tasks, so that both calls
    // are measured under the same, repeatable scheduling.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let listener = runtime
        .block_on(TcpListener::bind("127.0.0.1:0"))
        .expect("a local port");
    let address = listener.local_addr().expect("an address");
    runtime.spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(answer(stream));
        }
    });
    (runtime, address)
}

async fn answer(mut stream: TcpStream) {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        // Answer every complete request in the buffer, then read more.
        while let Some(end) = find(&buffer, b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buffer[..end]).to_ascii_lowercase();
            let length = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok())
                .unwrap_or(0);
            if buffer.len() < end + 4 + length {
                break;
            }
            buffer.drain(..end + 4 + length);
            let reply = b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n";
            if stream.write_all(reply).await.is_err() {
                return;
            }
        }
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buffer.extend_from_slice(&chunk[..n]),
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}
