//! A small HTTP/1.1 server on 127.0.0.1 for tests: it records the requests it receives and
//! answers with a given status and JSON body (the examples' call tests), or with a script of
//! raw responses.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::mpsc;

/// A request as the server received it.
#[derive(Debug)]
pub struct Recorded {
    /// The method, as sent.
    pub method: String,
    /// The path, percent-encoded as sent.
    pub path: String,
    /// The query pairs, decoded, sorted.
    pub query: Vec<(String, String)>,
    /// Header names in lower case, with their values.
    pub headers: Vec<(String, String)>,
    /// The body, as received.
    pub body: Vec<u8>,
}

impl Recorded {
    /// The value of the header `name` (lower case), if sent once.
    pub fn header(&self, name: &str) -> Option<&str> {
        let mut values = self.headers.iter().filter(|(n, _)| n == name);
        match (values.next(), values.next()) {
            (Some((_, v)), None) => Some(v),
            _ => None,
        }
    }

    /// Checks the request against the one the example describes.
    pub fn assert_is(
        &self,
        method: &str,
        path: &str,
        query: &[(&str, &str)],
        headers: &[(&str, &str)],
        body: Option<&str>,
    ) {
        assert_eq!(self.method, method, "method");
        assert_eq!(self.path, path, "path");
        let mut expected: Vec<(String, String)> = query
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        expected.sort();
        assert_eq!(self.query, expected, "query");
        for (name, value) in headers {
            assert_eq!(self.header(name), Some(*value), "header `{name}`");
        }
        match body {
            Some(body) => {
                let sent: serde_json::Value =
                    serde_json::from_slice(&self.body).expect("the body sent is JSON");
                let expected: serde_json::Value =
                    serde_json::from_str(body).expect("the expected body is JSON");
                assert_eq!(sent, expected, "body");
            }
            None => assert!(self.body.is_empty(), "no body is sent"),
        }
    }
}

/// A local server that answers a fixed script of responses, one per connection.
pub struct Server {
    url: String,
    recorded: mpsc::Receiver<Recorded>,
}

impl Server {
    /// Serves one request with `status` and `body` (JSON) on a thread of its own.
    pub fn start(status: u16, body: Option<&str>) -> Server {
        let body = body.unwrap_or_default();
        let content_type = if body.is_empty() {
            ""
        } else {
            "content-type: application/json\r\n"
        };
        Server::script(vec![format!(
            "HTTP/1.1 {status} Example\r\n{content_type}content-length: {}\r\n\r\n{body}",
            body.len()
        )])
    }

    /// Serves `answers` in order, each a whole HTTP/1.1 response as written on the wire (status
    /// line, headers, blank line, body; `connection: close` is added), one per connection,
    /// then stops. For tests of what a client does with odd or hostile answers.
    pub fn script(answers: Vec<String>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a local port");
        let url = format!("http://{}", listener.local_addr().expect("an address"));
        let (send, recorded) = mpsc::channel();
        std::thread::spawn(move || {
            for answer in answers {
                let Ok((stream, _)) = listener.accept() else {
                    return;
                };
                let mut reader = BufReader::new(stream);
                let request = read_request(&mut reader);
                let answer = match answer.split_once("\r\n") {
                    Some((status, rest)) => format!("{status}\r\nconnection: close\r\n{rest}"),
                    None => answer,
                };
                let mut stream = reader.into_inner();
                let _ = stream.write_all(answer.as_bytes());
                let _ = stream.flush();
                let _ = send.send(request);
            }
        });
        Server { url, recorded }
    }

    /// The server's base URL (`http://127.0.0.1:<port>`).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The next request the server received.
    pub fn request(&self) -> Recorded {
        self.recorded
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("the server received a request")
    }

    /// The next request the server received, if one came within `wait`.
    pub fn try_request(&self, wait: std::time::Duration) -> Option<Recorded> {
        self.recorded.recv_timeout(wait).ok()
    }
}

/// Reads one request: its line, headers and `content-length` bytes of body.
fn read_request(reader: &mut BufReader<std::net::TcpStream>) -> Recorded {
    let mut line = String::new();
    let _ = reader.read_line(&mut line);
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_owned();
    let target = parts.next().unwrap_or_default().to_owned();
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
        }
    }
    let length = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0)
        .min(64 * 1024 * 1024);
    let mut body = vec![0; length];
    let _ = reader.read_exact(&mut body);
    let (path, query) = target.split_once('?').unwrap_or((&target, ""));
    let mut query: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    query.sort();
    Recorded {
        method,
        path: path.to_owned(),
        query,
        headers,
        body,
    }
}

/// Runs `future` to completion on a runtime of its own.
pub fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a Tokio runtime")
        .block_on(future)
}
