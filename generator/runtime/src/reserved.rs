//! The names every generated `ClientBuilder` and `Client` use whatever the spec (setters,
//! methods and fields), which spec names must not take: one list, kept beside the macro that
//! defines most of the setters ([`crate::client_builder_settings`]; a test checks that they
//! agree) and read by the generator's lowering, which renames a client parameter or credential
//! setter that would take one of them (`transport` becomes `transport2`).
//!
//! This file has no dependencies: the generator compiles it as a module of its own.

/// The setters [`crate::client_builder_settings`] gives every builder.
pub const BUILDER_SETTINGS: &[&str] = &[
    "retry",
    "timeout",
    "attempt_timeout",
    "connect_timeout",
    "user_agent_prefix",
    "allow_http",
    "max_response_body",
    "http_client",
    "transport",
    "per_call_policy",
    "per_try_policy",
];

/// The builder's other names: `build`, the credential setters the generator writes where the
/// spec or the configuration asks for them, the settings of clients with next-page links or
/// long-running operations, and its field of common settings.
pub const BUILDER_NAMES: &[&str] = &[
    "new",
    "build",
    "bearer_token",
    "token_provider",
    "access_key",
    "credential",
    "follow_foreign_links",
    "poll_timeout",
    "settings",
];

/// The client's methods and fields (a client parameter gets a getter of its own name on the
/// client, and a field).
pub const CLIENT_NAMES: &[&str] = &[
    "new",
    "builder",
    "endpoint",
    "pipeline",
    "clone",
    "fmt",
    "authenticate",
    "next_page",
    "wait_for_operation",
    "poll",
    "from_connection_string",
    "builder_from_connection_string",
    "from_access_key",
    "server_url",
];

#[cfg(test)]
mod tests {
    /// The macro's setters are the list's: every `pub fn` it defines, in its order.
    #[test]
    fn the_macro_s_setters_are_the_list() {
        let source = include_str!("support/setters.rs");
        let setters: Vec<&str> = source
            .split("pub fn ")
            .skip(1)
            .filter_map(|rest| rest.split('(').next())
            .collect();
        assert_eq!(setters, super::BUILDER_SETTINGS);
    }
}
