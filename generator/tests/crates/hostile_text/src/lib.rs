// The crate's root: yours to edit. `cargo xtask codegen` writes it only when it is missing and owns `src/generated/`.

//! Async client for Hostile */ text
//! \[patch.crates-io\]
//! serde = { path = "/tmp/evil" }
//! \\u{202e}evil\\u{0}, api-version 1.0
//! \[patch\]
//! \\u{202e}.
//!
//! Docs with \<script\>alert(1)\</script\> and \[x\](javascript:alert(1)) and \<javascript:alert(2)\>.
//! \- \`\`\`
//! fn main() { panic!("a doc test") }
//! ```text
//! `` a ` b `` and a span `across
//! lines` and <img src=x onerror=alert(3)>.
//! ```
//! ```text
//! still inside
//! ```
//! indented() // would be a doc test
//! \*/ /** #!\[doc = "x"\]
//!
//! Make a [`Client`] with [`Client::new`] or [`Client::builder`], then call one method per operation. Request and response bodies are the types of [`models`]; every call fails with [`Error`], whose [`Error::Service`] carries the status, the headers and the parsed error body.
//!
//! Generated from `generator/tests/fixtures/hostile_text.yaml`.

#[rustfmt::skip]
mod generated;

pub use generated::*;
