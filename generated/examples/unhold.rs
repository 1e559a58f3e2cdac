//! Takes a participant of a call off hold.
//!
//! ```sh
//! cargo run -p acs-call-automation --example unhold -- \
//!     --connection-string "endpoint=https://<resource>.communication.azure.com/;accesskey=<key>" \
//!     --call-connection-id <ID> --communication-user <ACS user id> [--operation-context <TEXT>] \
//!     [--trace]
//! ```
//!
//! Prints `ok` on success; on failure prints the error and exits with status 1. With `--trace`,
//! the spans of the call (one per call, one per attempt, with their HTTP attributes) and its
//! retry events are printed to standard error as they close.

use std::process::ExitCode;

use acs_call_automation::Client;
use acs_call_automation::models::UnholdRequest;

const USAGE: &str = "usage: unhold --connection-string <CS> --call-connection-id <ID> \
                     --communication-user <ACS user id> [--operation-context <TEXT>] [--trace]";

struct Args {
    connection_string: String,
    call_connection_id: String,
    communication_user: String,
    operation_context: Option<String>,
    trace: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut connection_string = None;
    let mut call_connection_id = None;
    let mut communication_user = None;
    let mut operation_context = None;
    let mut trace = false;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let slot = match flag.as_str() {
            "--trace" => {
                trace = true;
                continue;
            }
            "--connection-string" => &mut connection_string,
            "--call-connection-id" => &mut call_connection_id,
            "--communication-user" => &mut communication_user,
            "--operation-context" => &mut operation_context,
            "-h" | "--help" => return Err(USAGE.into()),
            other => return Err(format!("unknown argument `{other}`\n{USAGE}")),
        };
        *slot = Some(
            args.next()
                .ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?,
        );
    }
    let required = |value: Option<String>, flag: &str| {
        value.ok_or_else(|| format!("{flag} is required\n{USAGE}"))
    };
    Ok(Args {
        connection_string: required(connection_string, "--connection-string")?,
        call_connection_id: required(call_connection_id, "--call-connection-id")?,
        communication_user: required(communication_user, "--communication-user")?,
        operation_context,
        trace,
    })
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    if args.trace {
        tracing_subscriber::fmt()
            .with_writer(std::io::stderr)
            .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
            .init();
    }
    let client = match Client::from_connection_string(&args.connection_string) {
        Ok(client) => client,
        Err(e) => {
            println!("{e}");
            return ExitCode::FAILURE;
        }
    };
    // The participant as the official SDKs serialize a communication user: its raw id and the
    // user, so that this request is the one they send for the same call.
    let request = {
        let mut request = UnholdRequest::new(args.communication_user);
        request.operation_context = args.operation_context;
        request
    };
    match client
        .call_media_unhold(&args.call_connection_id, &request, None)
        .await
    {
        Ok(_) => {
            println!("ok");
            ExitCode::SUCCESS
        }
        Err(e) => {
            println!("{e}");
            ExitCode::FAILURE
        }
    }
}
