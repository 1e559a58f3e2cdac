//! What the pipeline tests share: a pipeline over a memory transport with a bearer token, and a
//! call to send through it.

use std::sync::Arc;
use std::time::Duration;

use openapi_client_runtime::credentials::{AccessToken, TokenFuture, TokenProvider};
use openapi_client_runtime::policy::MemoryTransport;
use openapi_client_runtime::support::{
    Call, ClientIdentity, Credential, Pipeline, Received, Settings,
};
use openapi_client_runtime::testing::block_on;
use openapi_client_runtime::{Error, RetryOptions};

pub(crate) const CLIENT: ClientIdentity = ClientIdentity {
    crate_name: "pipeline_tests",
    version: "0.0.0",
    request_id_header: Some("x-ms-client-request-id"),
    scopes: &["https://example.com/.default"],
};

/// A token provider that answers `token` at once, or never.
#[derive(Debug)]
pub(crate) struct Tokens(pub Option<&'static str>);

impl TokenProvider for Tokens {
    fn get_token<'a>(&'a self, _: &'a [&'a str]) -> TokenFuture<'a> {
        let token = self.0;
        Box::pin(async move {
            match token {
                Some(token) => Ok(AccessToken {
                    token: token.into(),
                    expires_on: std::time::SystemTime::now() + Duration::from_secs(3600),
                }),
                None => std::future::pending().await,
            }
        })
    }
}

pub(crate) fn pipeline(
    transport: &Arc<MemoryTransport>,
    change: impl FnOnce(&mut Settings),
) -> Arc<Pipeline> {
    let mut settings = Settings::new("https://service.example/api".into());
    settings.transport = Some(transport.clone());
    settings.credential = Some(Credential::Token(Arc::new(Tokens(Some("secret-token")))));
    settings.retry = RetryOptions {
        initial_delay: Duration::from_millis(1),
        ..RetryOptions::default()
    };
    change(&mut settings);
    settings.build(CLIENT).expect("a pipeline").1
}

pub(crate) fn call(method: reqwest::Method, operation: &'static str) -> Call {
    let url =
        reqwest::Url::parse("https://service.example/api/items?api-version=1&key=k3y").unwrap();
    let mut call = Call::new(method, url);
    call.operation(operation);
    call
}

pub(crate) fn send(pipeline: &Pipeline, call: Call) -> Result<Received, Error> {
    block_on(pipeline.send(call)).map_err(Error::from)
}
