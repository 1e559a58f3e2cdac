//! An `azure_core` `TokenCredential` (what `azure_identity` provides) authenticates the client.
//! Built with the `azure_core` feature, which the README's test command turns on.
#![cfg(feature = "azure_core")]

mod common;

use std::sync::{Arc, Mutex};

use acs_call_automation::Client;
use acs_call_automation::models::UnholdRequest;
use azure_core::credentials::{AccessToken, TokenCredential, TokenRequestOptions};

#[derive(Debug, Default)]
struct FakeIdentity {
    scopes: Mutex<Vec<String>>,
}

#[async_trait::async_trait]
impl TokenCredential for FakeIdentity {
    async fn get_token(
        &self,
        scopes: &[&str],
        _options: Option<TokenRequestOptions<'_>>,
    ) -> azure_core::Result<AccessToken> {
        self.scopes
            .lock()
            .unwrap()
            .extend(scopes.iter().map(|s| s.to_string()));
        let expires_on =
            azure_core::time::OffsetDateTime::now_utc() + azure_core::time::Duration::hours(1);
        Ok(AccessToken::new("entra-token", expires_on))
    }
}

#[tokio::test]
async fn an_azure_core_credential_gives_bearer_tokens_for_the_communication_scope() {
    let server = common::ok_server().await;
    let identity = Arc::new(FakeIdentity::default());
    let client = Client::builder(server.uri())
        .credential(identity.clone())
        .build()
        .unwrap();
    let request = UnholdRequest::new("8:acs:1");

    client.call_media_unhold("c", &request, None).await.unwrap();
    client.call_media_unhold("c", &request, None).await.unwrap();

    let requests = server.received_requests().await.unwrap();
    assert!(
        requests
            .iter()
            .all(|r| r.headers["authorization"] == "Bearer entra-token")
    );
    assert_eq!(
        *identity.scopes.lock().unwrap(),
        ["https://communication.azure.com//.default"],
        "asked once, then cached"
    );
    assert!(!format!("{client:?}").contains("entra-token"));
}
