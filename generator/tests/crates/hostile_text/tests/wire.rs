//! Values with quotes, line breaks, NUL and bidi controls reach the wire exactly as the spec
//! wrote them, and come back from it the same: escaping them in the generated source changed
//! nothing but the source.

use fixture_hostile_text::client::GetItemOptions;
use fixture_hostile_text::models::GetItemFilterQuote;
use fixture_hostile_text::{Client, RetryOptions};
use openapi_client_runtime::testing::{Server, block_on};

#[test]
fn odd_values_go_out_and_come_back_unchanged() {
    let body = r#"{"na\nme":"x\u202ey","note":"*/ \u0000 \r"}"#;
    let cases = [
        (GetItemFilterQuote::AB, "a\nb"),
        (GetItemFilterQuote::CD, "c\"d"),
        (GetItemFilterQuote::GH, "g\u{202e}h"),
        (GetItemFilterQuote::IJ, "i\0j"),
        (GetItemFilterQuote::KL, "k\rl"),
        (GetItemFilterQuote::Value, "\\"),
    ];
    for (value, wire) in cases {
        assert_eq!(value.as_str(), wire);
        let server = Server::start(200, Some(body));
        let client = Client::builder(server.url())
            .retry(RetryOptions::none())
            .build()
            .unwrap();
        let options = GetItemOptions {
            filter_quote: Some(value),
            ..Default::default()
        };
        let item = block_on(client.get_item("*/ \"x\"", Some(options))).unwrap();
        assert_eq!(item.na_me.as_deref(), Some("x\u{202e}y"));
        assert_eq!(item.note.as_deref(), Some("*/ \0 \r"));
        let sent = server.request();
        assert_eq!(sent.path, "/items/%2A%2F%20%22x%22");
        assert_eq!(
            sent.query,
            vec![("filter\"quote\\".to_owned(), wire.to_owned())]
        );
    }
}
