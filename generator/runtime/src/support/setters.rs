//! The builder setters every generated client has, as a macro its crate invokes.

/// The setters every generated `ClientBuilder` has whatever its spec, written into its
/// `settings: Settings` field: `retry`, `timeout`, `attempt_timeout`, `connect_timeout`,
/// `user_agent_prefix`, `allow_http`, `max_response_body`, `http_client`, `transport`,
/// `per_call_policy` and `per_try_policy`. A generated crate calls it inside
/// `impl ClientBuilder { … }`, so that these stay inherent methods of its own builder and are
/// written once, here. Their docs link to the invoking module's `DEFAULT_*` constants, `Error`
/// and `ClientBuilder`, and to its parent's `RetryOptions`, `http_client_builder` and `policy`,
/// which every generated client module has (rustdoc checks them in every generated crate).
#[doc(hidden)]
#[macro_export]
macro_rules! client_builder_settings {
    () => {
        /// How failed attempts are retried; [`RetryOptions::none`](super::RetryOptions::none) turns
        /// retrying off.
        pub fn retry(mut self, retry: $crate::options::RetryOptions) -> Self {
            self.settings.retry = retry;
            self
        }

        /// A limit on the time of a whole call, retries and their delays included
        /// ([`DEFAULT_TIMEOUT`] by default; retries also stop starting after
        /// [`RetryOptions::max_total`](super::RetryOptions::max_total)). A call's options can
        /// set their own.
        pub fn timeout(mut self, timeout: ::std::time::Duration) -> Self {
            self.settings.timeout = ::std::option::Option::Some(timeout);
            self
        }

        /// A limit on the time of one attempt, from sending to the end of the response body
        /// ([`DEFAULT_ATTEMPT_TIMEOUT`] by default); `None` removes it.
        pub fn attempt_timeout(
            mut self,
            timeout: ::std::option::Option<::std::time::Duration>,
        ) -> Self {
            self.settings.attempt_timeout = timeout;
            self
        }

        /// A limit on the time to open a connection ([`DEFAULT_CONNECT_TIMEOUT`] by default).
        /// It applies to the client's own `reqwest` client, not to one given with
        /// [`ClientBuilder::http_client`].
        pub fn connect_timeout(mut self, timeout: ::std::time::Duration) -> Self {
            self.settings.connect_timeout = timeout;
            self
        }

        /// Text put before this crate's name and version in the `User-Agent` header (an
        /// application's name, for example).
        pub fn user_agent_prefix(
            mut self,
            prefix: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.settings.user_agent_prefix = ::std::option::Option::Some(prefix.into());
            self
        }

        /// Allows a plain `http` endpoint whose host is not loopback (`http` to `localhost`,
        /// `127.0.0.0/8` and `::1` is always allowed). Credentials then travel unencrypted.
        pub fn allow_http(mut self, allow: bool) -> Self {
            self.settings.allow_http = allow;
            self
        }

        /// The largest response body read, in bytes ([`DEFAULT_MAX_RESPONSE_BODY`] by default);
        /// a larger one fails the call with [`Error::ResponseTooLarge`].
        pub fn max_response_body(mut self, bytes: usize) -> Self {
            self.settings.max_response_body = bytes;
            self
        }

        /// The `reqwest` client to send requests with (for its proxy or TLS settings); by
        /// default, one from [`http_client_builder`](super::http_client_builder) with the
        /// connect timeout set. Start from that builder to keep its TLS setup.
        pub fn http_client(mut self, client: $crate::support::reqwest::Client) -> Self {
            self.settings.http = ::std::option::Option::Some(client);
            self
        }

        /// What sends the requests instead of a reqwest client: in tests, a
        /// [`MemoryTransport`](super::policy::MemoryTransport) that answers from a queue and
        /// keeps the requests it was sent, so that no server is needed.
        pub fn transport(
            mut self,
            transport: ::std::sync::Arc<dyn $crate::policy::Transport>,
        ) -> Self {
            self.settings.transport = ::std::option::Option::Some(transport);
            self
        }

        /// Adds a step run once per call, before retries, after those added before
        /// (see [`policy`](super::policy)).
        pub fn per_call_policy(
            mut self,
            policy: ::std::sync::Arc<dyn $crate::policy::Policy>,
        ) -> Self {
            self.settings.per_call.push(policy);
            self
        }

        /// Adds a step run for every attempt, after those added before and before the
        /// client's credentials are added (see [`policy`](super::policy)).
        pub fn per_try_policy(
            mut self,
            policy: ::std::sync::Arc<dyn $crate::policy::Policy>,
        ) -> Self {
            self.settings.per_try.push(policy);
            self
        }
    };
}
