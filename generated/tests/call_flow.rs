//! The call-flow example runs end to end against its stand-in service on 127.0.0.1: an incoming
//! call is answered, the greeting played, the caller held and unheld, then moved into an agent's
//! call and the waiting call ended, each step driven by an event POSTed to the example's webhook,
//! whose token the example verifies (the stand-in signs its callbacks with a test key, and a
//! forged callback without a token is refused).
#![cfg(feature = "verify")]

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

/// The example's binary, which `cargo test` builds next to the test binaries (`--test call_flow`
/// alone does not: then it is built here).
fn example() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().unwrap().parent().unwrap().join("examples");
    let path = dir.join(format!("call_flow{}", std::env::consts::EXE_SUFFIX));
    if !path.exists() {
        let status = Command::new(env!("CARGO"))
            .args([
                "build",
                "-p",
                "acs-call-automation",
                "--example",
                "call_flow",
            ])
            .status()
            .unwrap();
        assert!(status.success());
    }
    path
}

#[test]
fn the_call_flow_example_answers_greets_holds_unholds_moves_and_hangs_up() {
    let mut child = Command::new(example())
        .arg("--demo")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("the flow did not end within a minute");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let output = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let steps: Vec<&str> = stdout
        .lines()
        .filter(|l| !l.starts_with("demo:") && !l.starts_with("listening"))
        .collect();
    assert_eq!(
        steps,
        [
            // A callback without the service's token, POSTed by someone who found the URL.
            "refused a callback: no `Authorization: Bearer` token",
            "incoming call from 4:+14255550123",
            "connected: playing the greeting",
            "event Microsoft.Communication.PlayStarted",
            "greeting played: holding 4:+14255550123",
            "taking 4:+14255550123 off hold",
            "moving 4:+14255550123 into the agent's call demo-agent-call",
            "moved into the agent's call: hanging up the waiting call",
            "disconnected",
        ]
    );
}

#[test]
fn bad_arguments_are_refused_with_the_usage() {
    let output = Command::new(example()).arg("--what").output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("unknown argument `--what`"), "{stderr}");
    assert!(stderr.contains("usage: call_flow"), "{stderr}");
}
