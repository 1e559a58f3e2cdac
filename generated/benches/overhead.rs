//! The generated client's overhead over the hand-written reqwest call (`common::Handwritten`),
//! measured so that this machine's drift (up to 30 % between divan's benches, which run one
//! after the other) falls on both alike: one runtime, one server, the two kinds of call
//! interleaved, two ways:
//!
//! - **in blocks**: 1,000 calls of one kind, then 1,000 of the other, alternating (20 blocks
//!   by default): a program that makes calls one after the other, caches warm with the
//!   client's own code and data;
//! - **in pairs**: one call of each kind in turn (which goes first alternates): each call finds
//!   the caches filled by the other kind's call, as in a program that does other work between
//!   calls.
//!
//! Prints each kind's median and the median of the per-block (per-pair) ratios; run it with
//! and without default features to see what tracing costs when compiled in:
//!
//! `cargo bench -p acs-call-automation --bench overhead [-- CALLS]`
//!
//! Words after `--` change what runs:
//!
//! - `traced`: a `tracing` subscriber that records every span and event (a formatting layer
//!   writing to a sink) is installed for the whole run: the cost of tracing when someone listens;
//! - `a-a`: the hand-written call is measured against itself, to see the design's own bias;
//! - `generated` or `hand-written`: for a profiler (`perf stat`, `valgrind`), makes only that
//!   kind of call, CALLS times, and prints nothing.

mod common;

use std::time::{Duration, Instant};

use acs_call_automation::Client;
use common::{CALL, Handwritten, KEY, request, server};

const BLOCK: usize = 1_000;

fn main() {
    // `cargo bench` passes `--bench`; the rest is ours.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let calls: usize = args.iter().find_map(|a| a.parse().ok()).unwrap_or(20_000);
    let word = |w: &str| args.iter().any(|a| a == w);
    if let Some(other) = args.iter().find(|a| {
        a.parse::<usize>().is_err()
            && !["traced", "a-a", "generated", "hand-written"].contains(&a.as_str())
    }) {
        panic!("`{other}`: say CALLS, `traced`, `a-a`, `generated` or `hand-written`");
    }
    let _subscriber = word("traced").then(|| {
        use tracing_subscriber::layer::SubscriberExt;
        use tracing_subscriber::util::SubscriberInitExt;
        tracing_subscriber::registry()
            .with(tracing_subscriber::fmt::layer().with_writer(std::io::sink))
            .set_default()
    });
    let (runtime, address) = server();
    let client = Client::from_access_key(format!("http://{address}"), KEY).expect("a client");
    let handwritten = Handwritten::new(address);
    let body = request();
    let by_hand = || {
        let start = Instant::now();
        runtime.block_on(handwritten.call());
        start.elapsed()
    };
    let by_client = || {
        let start = Instant::now();
        runtime
            .block_on(client.call_media_unhold(CALL, &body, None))
            .expect("the call succeeds");
        start.elapsed()
    };
    let a_a = word("a-a");
    let generated = || if a_a { by_hand() } else { by_client() };
    if word("generated") {
        return (0..calls).for_each(|_| _ = by_client());
    }
    if word("hand-written") {
        return (0..calls).for_each(|_| _ = by_hand());
    }
    // Warm up the connections, the allocator and the caches.
    for _ in 0..calls / 10 + 100 {
        generated();
        by_hand();
    }
    let tracing = match (cfg!(feature = "tracing"), word("traced")) {
        (false, _) => "tracing compiled out",
        (true, false) => "tracing compiled in, no subscriber",
        (true, true) => "tracing compiled in, a subscriber recording every span and event",
    };
    let against = if a_a {
        " (A/A: the hand-written call against itself)"
    } else {
        ""
    };
    println!("unhold calls to a local server, {tracing}{against}");
    println!("                          median      p10      p90");

    let blocks = calls.div_ceil(BLOCK).max(1);
    let (mut ours, mut theirs, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..blocks {
        let a: Vec<Duration> = (0..BLOCK).map(|_| generated()).collect();
        let b: Vec<Duration> = (0..BLOCK).map(|_| by_hand()).collect();
        ratios.push(median(&a) / median(&b));
        ours.extend(a);
        theirs.extend(b);
    }
    report(&format!("{blocks} blocks of {BLOCK}"), ours, theirs, ratios);

    let (mut ours, mut theirs, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..calls {
        let (a, b) = if i % 2 == 0 {
            (generated(), by_hand())
        } else {
            let b = by_hand();
            (generated(), b)
        };
        ratios.push(a.as_secs_f64() / b.as_secs_f64());
        ours.push(a);
        theirs.push(b);
    }
    report(&format!("{calls} pairs"), ours, theirs, ratios);
}

/// Prints the two kinds' percentiles and their ratio.
fn report(design: &str, ours: Vec<Duration>, theirs: Vec<Duration>, mut ratios: Vec<f64>) {
    ratios.sort_by(f64::total_cmp);
    let ratio = ratios[ratios.len() / 2];
    println!("in {design}:");
    println!("  generated             {}", percentiles(ours));
    println!("  hand-written          {}", percentiles(theirs));
    println!(
        "  generated / hand-written: {:+.1} %",
        (ratio - 1.0) * 100.0
    );
}

/// The median, 10th and 90th percentiles, in microseconds.
fn percentiles(mut samples: Vec<Duration>) -> String {
    samples.sort();
    let at = |q: usize| samples[(samples.len() - 1) * q / 100].as_secs_f64() * 1e6;
    format!("{:6.1} µs {:6.1} µs {:6.1} µs", at(50), at(10), at(90))
}

fn median(samples: &[Duration]) -> f64 {
    let mut sorted = samples.to_vec();
    sorted.sort();
    sorted[sorted.len() / 2].as_secs_f64()
}
