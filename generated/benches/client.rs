//! The client's own cost, apart from the network: the CPU time to serialize and sign one unhold
//! request, and whole calls against a local server next to a hand-written reqwest call that does
//! the same work (same body, same signature, same headers), so that the difference is what the
//! client adds (path encoding, request ids, retry bookkeeping, error mapping).
//!
//! `cargo bench -p acs-call-automation`; figures: `BENCHMARKS.md` at the root.

mod common;

use acs_call_automation::Client;
use acs_call_automation::access_key::AccessKeyCredential;
use common::{CALL, KEY, request, server};
use divan::Bencher;

fn main() {
    divan::main();
}

/// Serializing the body and signing it, as the client does on every attempt.
#[divan::bench]
fn serialize_and_sign(bencher: Bencher) {
    let credential = AccessKeyCredential::new(KEY).expect("a valid key");
    let body = request();
    let path = format!("/calling/callConnections/{CALL}:unhold?api-version=2026-03-12");
    bencher.bench(|| {
        let bytes = serde_json::to_vec(divan::black_box(&body)).expect("the body serializes");
        let date = httpdate::fmt_http_date(std::time::SystemTime::now());
        credential.sign("POST", &path, "127.0.0.1:8080", &date, &bytes)
    });
}

/// One whole call of the generated client to a local server that answers `200 OK`.
#[divan::bench(sample_count = 1000)]
fn generated_client_call(bencher: Bencher) {
    let (runtime, address) = server();
    let client = Client::from_access_key(format!("http://{address}"), KEY).expect("a client");
    let body = request();
    bencher.bench_local(|| {
        runtime
            .block_on(client.call_media_unhold(CALL, &body, None))
            .expect("the call succeeds")
    });
}

/// The same call with a `tracing` subscriber installed that records every span and event (and
/// writes them nowhere): the cost of tracing when someone listens. Without a subscriber (the
/// bench above) the spans cost a check each; built with `--no-default-features` they are gone.
#[divan::bench(sample_count = 1000)]
fn generated_client_call_traced(bencher: Bencher) {
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    let _subscriber = tracing_subscriber::registry()
        .with(tracing_subscriber::fmt::layer().with_writer(std::io::sink))
        .set_default();
    let (runtime, address) = server();
    let client = Client::from_access_key(format!("http://{address}"), KEY).expect("a client");
    let body = request();
    bencher.bench_local(|| {
        runtime
            .block_on(client.call_media_unhold(CALL, &body, None))
            .expect("the call succeeds")
    });
}

/// The same call written by hand with reqwest (`common::Handwritten`): the floor the generated
/// client is measured against.
#[divan::bench(sample_count = 1000)]
fn handwritten_reqwest_call(bencher: Bencher) {
    let (runtime, address) = server();
    let handwritten = common::Handwritten::new(address);
    bencher.bench_local(|| runtime.block_on(handwritten.call()));
}
