//! A whole call flow: answer an incoming call (or place one), greet the caller, put them on hold
//! and take them off it, then either move them into an agent's call (`--agent-call`, the
//! call connection id of a call the agent is in: `MoveParticipants`, new in api-version
//! 2026-03-12) and end the waiting call, or hang up; each step driven by the callback events the
//! service POSTs to a local webhook.
//!
//! ```sh
//! # Against the real service: Event Grid delivers IncomingCall to `--callback-url` (a public URL
//! # that reaches `--listen`, through a tunnel for example), and so does Call Automation.
//! cargo run -p acs-call-automation --example call_flow -- \
//!     --connection-string "endpoint=https://<resource>.communication.azure.com/;accesskey=<key>" \
//!     --callback-url https://<public host>/events --listen 127.0.0.1:8080 \
//!     --audio-url https://<host>/greeting.wav [--call 4:+14255550123] [--agent-call <ID>]
//!
//! # Without a resource: a stand-in for the service on 127.0.0.1 answers the requests and sends
//! # the events the service would.
//! cargo run -p acs-call-automation --example call_flow -- --demo
//! ```
//!
//! With `--resource-id <the resource's immutable id>`, every callback's token is verified
//! (`verify::CallbackVerifier`) and a forged one is refused with 401. Event Grid's `IncomingCall`
//! carries no such token: the webhook takes it at `/incoming`, the call's callbacks at the
//! callback URL's path. The demo's stand-in signs its callbacks with a test key, publishes the
//! key through an OpenID configuration of its own, and also POSTs a forged `CallDisconnected`,
//! which the flow refuses.
//!
//! Each step is printed on a line of its own; the flow ends when the call is disconnected (exit
//! status 0) or on the first error (status 1).

use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use acs_call_automation::incoming::{subscription_validation_code, validation_response};
use acs_call_automation::models::{AnswerCallRequest, CreateCallRequest, PlayRequest, PlaySource};
use acs_call_automation::verify::{CallbackVerifier, HeaderMap};
use acs_call_automation::{
    CallAutomationEvent, Client, CommunicationIdentifier, Event, IncomingCall,
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;

const USAGE: &str = "usage: call_flow --connection-string <CS> --callback-url <URL> \
                     [--listen <ADDR>] [--audio-url <URL>] [--call <raw id>] \
                     [--agent-call <call connection id>] [--resource-id <id>] | call_flow --demo";

/// The most a request head or body may be, for the webhook and the stand-in service.
const MAX_REQUEST: usize = 1 << 20;

struct Args {
    connection_string: String,
    callback_url: String,
    listen: SocketAddr,
    audio_url: String,
    call: Option<String>,
    /// The agent's call connection, which the caller is moved into after the greeting.
    agent_call: Option<String>,
    /// Checks the callbacks' tokens, when set.
    verifier: Option<CallbackVerifier>,
}

fn parse_args() -> Result<Option<Args>, String> {
    let mut values = std::collections::BTreeMap::new();
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        if flag == "--demo" {
            return Ok(None);
        }
        let known = [
            "--connection-string",
            "--callback-url",
            "--listen",
            "--audio-url",
            "--call",
            "--agent-call",
            "--resource-id",
        ];
        if !known.contains(&flag.as_str()) {
            return Err(format!("unknown argument `{flag}`"));
        }
        let value = args.next().ok_or(format!("{flag} needs a value"))?;
        values.insert(flag, value);
    }
    let mut take = |flag: &str| values.remove(flag);
    let listen = take("--listen").unwrap_or_else(|| "127.0.0.1:8080".into());
    Ok(Some(Args {
        connection_string: take("--connection-string").ok_or("--connection-string is missing")?,
        callback_url: take("--callback-url").ok_or("--callback-url is missing")?,
        listen: listen
            .parse()
            .map_err(|e| format!("--listen `{listen}`: {e}"))?,
        audio_url: take("--audio-url")
            .unwrap_or_else(|| "https://contoso.example/audio/greeting.wav".into()),
        call: take("--call"),
        agent_call: take("--agent-call"),
        verifier: take("--resource-id")
            .map(|id| CallbackVerifier::new(id).map_err(|e| e.to_string()))
            .transpose()?,
    }))
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(Some(args)) => args,
        Ok(None) => match demo::start().await {
            Ok(args) => args,
            Err(e) => return fail(&e),
        },
        Err(e) => {
            eprintln!("{e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(args).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&e),
    }
}

fn fail(e: &str) -> ExitCode {
    eprintln!("error: {e}");
    ExitCode::FAILURE
}

/// The flow: each event the webhook receives moves it on.
async fn run(args: Args) -> Result<(), String> {
    let client =
        Client::from_connection_string(&args.connection_string).map_err(|e| e.to_string())?;
    let listener = TcpListener::bind(args.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", args.listen))?;
    let (events, mut received) = mpsc::channel(64);
    tokio::spawn(webhook(listener, events, args.verifier.clone()));
    println!("listening for events on {}", args.listen);

    // The participant the flow is about: who called, or whom we call.
    let mut caller: Option<CommunicationIdentifier> = None;
    if let Some(target) = &args.call {
        let target = CommunicationIdentifier::from(target.as_str());
        let request = CreateCallRequest::new(vec![target.clone()], args.callback_url.clone());
        let call = client
            .create_call(&request, None)
            .await
            .map_err(|e| e.to_string())?;
        println!(
            "calling {target} (call connection {:?})",
            call.call_connection_id
        );
        caller = Some(target);
    }
    while let Some(event) = received.recv().await {
        if let Some(incoming) = IncomingCall::from_event(&event) {
            let incoming = incoming.map_err(|e| format!("a malformed IncomingCall event: {e}"))?;
            println!("incoming call from {}", incoming.from);
            let request =
                AnswerCallRequest::new(incoming.incoming_call_context, args.callback_url.clone());
            client
                .answer_call(&request, None)
                .await
                .map_err(|e| e.to_string())?;
            caller = Some(incoming.from);
            continue;
        }
        let Some(id) = event.data.call_connection_id() else {
            continue;
        };
        let call = client.call(id);
        match &event.data {
            CallAutomationEvent::CallConnected(_) => {
                println!("connected: playing the greeting");
                let mut request = PlayRequest::new(vec![PlaySource::file(&args.audio_url)]);
                request.operation_context = Some("greeting".into());
                call.media()
                    .play(&request)
                    .await
                    .map_err(|e| e.to_string())?;
            }
            CallAutomationEvent::PlayCompleted(_) => {
                let who = caller.clone().ok_or("no caller to hold")?;
                println!("greeting played: holding {who}");
                call.media().hold(&who).await.map_err(|e| e.to_string())?;
                tokio::time::sleep(Duration::from_millis(200)).await;
                println!("taking {who} off hold");
                call.media().unhold(&who).await.map_err(|e| e.to_string())?;
                if let Some(agent) = &args.agent_call {
                    // The waiting call's caller joins the agent's call; the outcome arrives as
                    // MoveParticipantSucceeded or MoveParticipantFailed on the agent's call.
                    println!("moving {who} into the agent's call {agent}");
                    client
                        .call(agent)
                        .move_participants(id, [who])
                        .await
                        .map_err(|e| e.to_string())?;
                } else {
                    println!("hanging up");
                    call.hang_up(true).await.map_err(|e| e.to_string())?;
                }
            }
            CallAutomationEvent::MoveParticipantSucceeded(moved) => {
                println!("moved into the agent's call: hanging up the waiting call");
                let waiting = moved.from_call.as_deref().ok_or("no call moved from")?;
                client
                    .call(waiting)
                    .hang_up(true)
                    .await
                    .map_err(|e| e.to_string())?;
            }
            CallAutomationEvent::MoveParticipantFailed(failed) => {
                let result = failed.result_information.as_ref();
                let sip = result.and_then(|r| r.sip_details.as_ref());
                println!(
                    "the move failed ({:?}, SIP {:?}): hanging up",
                    result.and_then(|r| r.message.as_deref()),
                    sip.and_then(|s| s.code)
                );
                let waiting = failed.from_call.as_deref().ok_or("no call moved from")?;
                client
                    .call(waiting)
                    .hang_up(true)
                    .await
                    .map_err(|e| e.to_string())?;
            }
            CallAutomationEvent::PlayFailed(failed) => {
                let message = failed
                    .result_information
                    .as_ref()
                    .and_then(|r| r.message.clone());
                println!("the greeting failed ({message:?}): hanging up");
                call.hang_up(true).await.map_err(|e| e.to_string())?;
            }
            CallAutomationEvent::CallDisconnected(_) => {
                println!("disconnected");
                return Ok(());
            }
            other => println!("event {}", other.event_type()),
        }
    }
    Err("the webhook stopped".into())
}

/// Accepts the service's POSTs, answers Event Grid's handshake, and hands the events on: those
/// at `/incoming` (Event Grid's) as they are, the call's callbacks once their token is verified
/// (when a verifier is set).
async fn webhook(
    listener: TcpListener,
    events: mpsc::Sender<Event<CallAutomationEvent>>,
    verifier: Option<CallbackVerifier>,
) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let events = events.clone();
        let verifier = verifier.clone();
        tokio::spawn(async move {
            let mut stream = stream;
            let Ok((line, headers, body)) = read_request(&mut stream).await else {
                return;
            };
            let from_event_grid = line.split(' ').nth(1).unwrap_or_default() == "/incoming";
            let parsed = match (&verifier, from_event_grid) {
                (Some(verifier), false) => match verifier.verify_callback(&headers, &body).await {
                    Ok(parsed) => parsed,
                    Err(rejection) => {
                        println!("refused a callback: {rejection}");
                        let _ = respond(&mut stream, 401, "").await;
                        return;
                    }
                },
                _ => match CallAutomationEvent::parse(&body) {
                    Ok(parsed) => parsed,
                    Err(e) => {
                        eprintln!("refused a callback: {e}");
                        let _ = respond(&mut stream, 400, "").await;
                        return;
                    }
                },
            };
            let mut reply = String::new();
            for event in parsed {
                if let Some(code) = subscription_validation_code(&event) {
                    reply = validation_response(code).to_string();
                } else if events.send(event).await.is_err() {
                    return;
                }
            }
            let _ = respond(&mut stream, 200, &reply).await;
        });
    }
}

/// One HTTP/1.1 request: its request line, headers and body (by `Content-Length`).
async fn read_request(stream: &mut TcpStream) -> Result<(String, HeaderMap, Vec<u8>), String> {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 8192];
    let head_end = loop {
        if let Some(i) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        if buffer.len() > MAX_REQUEST {
            return Err("request head too large".into());
        }
        let n = stream.read(&mut chunk).await.map_err(|e| e.to_string())?;
        if n == 0 {
            return Err("connection closed".into());
        }
        buffer.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
    let length = head
        .lines()
        .filter_map(|l| l.split_once(':'))
        .find(|(name, _)| name.trim().eq_ignore_ascii_case("content-length"))
        .and_then(|(_, value)| value.trim().parse::<usize>().ok())
        .unwrap_or(0);
    if length > MAX_REQUEST {
        return Err("request body too large".into());
    }
    let mut body = buffer[head_end..].to_vec();
    while body.len() < length {
        let n = stream.read(&mut chunk).await.map_err(|e| e.to_string())?;
        if n == 0 {
            return Err("connection closed".into());
        }
        body.extend_from_slice(&chunk[..n]);
    }
    body.truncate(length);
    let line = head.lines().next().unwrap_or_default().to_string();
    let mut headers = HeaderMap::new();
    for (name, value) in head.lines().skip(1).filter_map(|l| l.split_once(':')) {
        if let (Ok(name), Ok(value)) = (
            name.trim().parse::<reqwest::header::HeaderName>(),
            value.trim().parse::<reqwest::header::HeaderValue>(),
        ) {
            headers.append(name, value);
        }
    }
    Ok((line, headers, body))
}

async fn respond(stream: &mut TcpStream, status: u16, body: &str) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(body.as_bytes()).await?;
    stream.shutdown().await
}

/// A stand-in for Call Automation on 127.0.0.1: it answers the flow's requests as the service
/// does and POSTs the events the service would send after each (`--demo`).
mod demo {
    use super::*;

    const CALL: &str = "demo-call-connection";
    const AGENT_CALL: &str = "demo-agent-call";
    const CALLER: &str = "4:+14255550123";
    /// The demo resource's id, the audience of the stand-in's tokens.
    const RESOURCE: &str = "demo-resource";
    const ISSUER: &str = "https://acscallautomation.communication.azure.com";
    /// The stand-in's signing key: a key made for the crate's tests, never a real one.
    const SIGNING_KEY: &str = include_str!("../tests/data/test-signing-key.pem");
    const KEY_SET: &str = include_str!("../tests/data/test-signing-key.jwks.json");

    /// A token for one callback, as the service signs them (valid five minutes).
    fn token() -> String {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let claims =
            serde_json::json!({"iss": ISSUER, "aud": RESOURCE, "nbf": now, "exp": now + 300});
        let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS256);
        header.kid = Some("test-key-1".into());
        jsonwebtoken::EncodingKey::from_rsa_pem(SIGNING_KEY.as_bytes())
            .and_then(|key| jsonwebtoken::encode(&header, &claims, &key))
            .unwrap_or_default()
    }

    /// Starts the stand-in and the flow's webhook address, and announces an incoming call.
    pub async fn start() -> Result<Args, String> {
        let service = TcpListener::bind("127.0.0.1:0")
            .await
            .map_err(|e| e.to_string())?;
        let webhook = TcpListener::bind("127.0.0.1:0")
            .await
            .map_err(|e| e.to_string())?;
        let service_addr = service.local_addr().map_err(|e| e.to_string())?;
        let listen = webhook.local_addr().map_err(|e| e.to_string())?;
        // The flow binds the address itself.
        drop(webhook);
        let callback = format!("http://{listen}/events");
        let incoming = format!("http://{listen}/incoming");
        let keys = format!("http://{service_addr}/keys");
        tokio::spawn(serve(service, callback.clone(), keys));
        tokio::spawn(async move {
            // Someone who found the callback URL, before the call even starts: refused.
            post(&callback, call_event("CallDisconnected"), None).await;
            post(&incoming, incoming_call(), None).await;
        });
        let configuration =
            format!("http://{service_addr}/calling/.well-known/acsopenidconfiguration");
        println!("demo: a stand-in service on {service_addr}");
        Ok(Args {
            // The key of the official SDKs' tests: bytes 0 to 63.
            connection_string: format!(
                "endpoint=http://{service_addr}/;accesskey=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+Pw=="
            ),
            callback_url: format!("http://{listen}/events"),
            listen,
            audio_url: "https://contoso.example/audio/greeting.wav".into(),
            call: None,
            agent_call: Some(AGENT_CALL.into()),
            verifier: Some(
                CallbackVerifier::with_configuration(RESOURCE, &configuration)
                    .map_err(|e| e.to_string())?,
            ),
        })
    }

    fn incoming_call() -> serde_json::Value {
        serde_json::json!([{
            "id": "demo-1", "eventType": "Microsoft.Communication.IncomingCall",
            "eventTime": "2026-12-02T10:00:00Z", "dataVersion": "1.0",
            "data": {
                "to": {"rawId": "8:acs:demo_bot", "communicationUser": {"id": "8:acs:demo_bot"}},
                "from": {"rawId": CALLER, "phoneNumber": {"value": "+14255550123"}},
                "incomingCallContext": "demo-context", "correlationId": "demo-correlation"
            }
        }])
    }

    fn call_event(name: &str) -> serde_json::Value {
        serde_json::json!([{
            "id": format!("demo-{name}"), "specversion": "1.0",
            "type": format!("Microsoft.Communication.{name}"),
            "source": format!("calling/callConnections/{CALL}"),
            "data": {"callConnectionId": CALL, "serverCallId": "demo-server-call",
                     "correlationId": "demo-correlation", "operationContext": "greeting",
                     "resultInformation": {"code": 200, "subCode": 0, "message": "ok"}}
        }])
    }

    /// The event the service sends on the agent's call once the caller is in it.
    fn moved() -> serde_json::Value {
        serde_json::json!([{
            "id": "demo-moved", "specversion": "1.0",
            "type": "Microsoft.Communication.MoveParticipantSucceeded",
            "source": format!("calling/callConnections/{AGENT_CALL}"),
            "data": {"callConnectionId": AGENT_CALL, "serverCallId": "demo-agent-server-call",
                     "correlationId": "demo-correlation", "fromCall": CALL,
                     "participant": {"rawId": CALLER, "phoneNumber": {"value": "+14255550123"}},
                     "resultInformation": {"code": 200, "subCode": 0, "message": "ok"}}
        }])
    }

    async fn serve(listener: TcpListener, callback: String, keys: String) {
        loop {
            let Ok((mut stream, _)) = listener.accept().await else {
                continue;
            };
            let callback = callback.clone();
            let keys = keys.clone();
            tokio::spawn(async move {
                let Ok((line, _, _)) = read_request(&mut stream).await else {
                    return;
                };
                let path = line.split(' ').nth(1).unwrap_or_default().to_string();
                // The OpenID configuration and key set the callbacks' tokens are checked with.
                if path == "/calling/.well-known/acsopenidconfiguration" {
                    let body = serde_json::json!({"issuer": ISSUER, "jwks_uri": keys});
                    let _ = respond(&mut stream, 200, &body.to_string()).await;
                    return;
                }
                if path == "/keys" {
                    let _ = respond(&mut stream, 200, KEY_SET).await;
                    return;
                }
                if path.starts_with(&format!(
                    "/calling/callConnections/{AGENT_CALL}/participants:moveHere"
                )) {
                    let body = serde_json::json!({"participants": [], "fromCall": CALL});
                    let _ = respond(&mut stream, 202, &body.to_string()).await;
                    return post(&callback, moved(), Some(token())).await;
                }
                let (status, body, then): (u16, String, &[&str]) = if path
                    .starts_with("/calling/callConnections:answer")
                {
                    let body = serde_json::json!({"callConnectionId": CALL, "callConnectionState": "connecting"});
                    (200, body.to_string(), &["CallConnected"])
                } else if path.contains(":play") {
                    (202, String::new(), &["PlayStarted", "PlayCompleted"])
                } else if path.contains(":hold") || path.contains(":unhold") {
                    (200, String::new(), &[])
                } else if path.contains(":terminate") {
                    (204, String::new(), &["CallDisconnected"])
                } else {
                    (404, String::new(), &[])
                };
                let _ = respond(&mut stream, status, &body).await;
                for name in then {
                    post(&callback, call_event(name), Some(token())).await;
                }
            });
        }
    }

    async fn post(url: &str, events: serde_json::Value, token: Option<String>) {
        // The crate's own HTTP client builder: TLS set up as the generated client has it.
        let client = match acs_call_automation::http_client_builder().and_then(|b| {
            b.build()
                .map_err(acs_call_automation::Error::<serde_json::Value>::Transport)
        }) {
            Ok(client) => client,
            Err(e) => return eprintln!("demo: no HTTP client: {e}"),
        };
        let mut request = client
            .post(url)
            .header("content-type", "application/json")
            .body(events.to_string());
        if let Some(token) = token {
            request = request.header("authorization", format!("Bearer {token}"));
        }
        // The webhook may not listen yet when the first event goes: try for a while.
        for _ in 0..100 {
            match request.try_clone().map(|r| r.send()) {
                Some(sending) => match sending.await {
                    Ok(_) => return,
                    Err(e) if e.is_connect() => {
                        tokio::time::sleep(Duration::from_millis(100)).await
                    }
                    Err(e) => return eprintln!("demo: posting an event failed: {e}"),
                },
                None => return,
            }
        }
        eprintln!("demo: the webhook never answered");
    }
}
