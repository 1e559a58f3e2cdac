// @generated from `generator/tests/fixtures/many_params.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The client: [`Client`], made by [`ClientBuilder`], with one method per operation.

use std::time::Duration;
use super::error::Error;
use super::runtime;

/// The longest time a whole call may take, unless [`ClientBuilder::timeout`] or the call's options say otherwise.
pub const DEFAULT_TIMEOUT: Duration = runtime::DEFAULT_TIMEOUT;

/// The longest time a connection may take to open, unless [`ClientBuilder::connect_timeout`] says otherwise.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = runtime::DEFAULT_CONNECT_TIMEOUT;

/// The longest time one attempt may take, unless [`ClientBuilder::attempt_timeout`] says otherwise.
pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = runtime::DEFAULT_ATTEMPT_TIMEOUT;

/// The largest response body read, unless [`ClientBuilder::max_response_body`] says otherwise.
pub const DEFAULT_MAX_RESPONSE_BODY: usize = runtime::DEFAULT_MAX_RESPONSE_BODY;

/// A client of Many parameters (api-version 1).
///
/// Every method returns the answer's body in a [`Response`](super::Response), which dereferences to it and tells the status, the headers and the request ids; `.into_body()` takes the body.
///
/// Cloning is cheap: clones share their connection pool.
#[derive(Clone)]
pub struct Client {
    endpoint: reqwest::Url,
    pipeline: std::sync::Arc<runtime::Pipeline>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("endpoint", &self.endpoint.as_str())
            .field("pipeline", &self.pipeline)
            .finish()
    }
}

/// Settings of a [`Client`]; [`ClientBuilder::build`] checks them and makes the client.
#[derive(Clone)]
pub struct ClientBuilder {
    settings: runtime::Settings,
}

impl std::fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientBuilder").field("settings", &self.settings).finish()
    }
}

impl ClientBuilder {
    openapi_client_runtime::client_builder_settings!();

    /// Checks the settings and makes the client.
    ///
    /// Fails when the endpoint is not an absolute `https` URL (or `http`, see
    /// [`ClientBuilder::allow_http`]) without query or fragment, when a required parameter
    /// is not set, or when a credential or the user agent is not a valid header value.
    pub fn build(self) -> Result<Client, Error> {
        let (endpoint, pipeline) = self
            .settings
            .build(runtime::ClientIdentity {
                crate_name: env!("CARGO_PKG_NAME"),
                version: env!("CARGO_PKG_VERSION"),
                request_id_header: None,
                scopes: &[],
            })?;
        Ok(Client { endpoint, pipeline })
    }
}

impl Client {
    /// A client of the service at `endpoint`, with default settings.
    pub fn new(endpoint: impl Into<String>) -> Result<Self, Error> {
        Self::builder(endpoint).build()
    }

    /// A builder for a client of the service at `endpoint`.
    pub fn builder(endpoint: impl Into<String>) -> ClientBuilder {
        ClientBuilder {
            settings: runtime::Settings::new(endpoint.into()),
        }
    }

    /// The endpoint requests are sent to.
    pub fn endpoint(&self) -> &reqwest::Url {
        &self.endpoint
    }

    #[allow(unused_variables, dead_code)]
    fn authenticate(&self, call: &mut runtime::Call) {}

    /// GET `/search` (operation `search`).
    #[allow(clippy::redundant_closure_call)]
    pub async fn search(
        &self,
        options: Option<SearchOptions>,
    ) -> Result<super::Response<()>, Error<serde_json::Value>> {
        let options = options.unwrap_or_default();
        let mut query: Vec<(&str, String)> = vec![];
        (|| -> Result<(), Error<serde_json::Value>> {
            if let Some(value) = &options.q0 {
                query.push(("q0", value.to_string()));
            }
            if let Some(value) = &options.q1 {
                query.push(("q1", value.to_string()));
            }
            if let Some(value) = &options.q2 {
                query.push(("q2", value.to_string()));
            }
            if let Some(value) = &options.q3 {
                query.push(("q3", value.to_string()));
            }
            if let Some(value) = &options.q4 {
                query.push(("q4", value.to_string()));
            }
            if let Some(value) = &options.q5 {
                query.push(("q5", value.to_string()));
            }
            if let Some(value) = &options.q6 {
                query.push(("q6", value.to_string()));
            }
            if let Some(value) = &options.q7 {
                query.push(("q7", value.to_string()));
            }
            if let Some(value) = &options.q8 {
                query.push(("q8", value.to_string()));
            }
            if let Some(value) = &options.q9 {
                query.push(("q9", value.to_string()));
            }
            if let Some(value) = &options.q10 {
                query.push(("q10", value.to_string()));
            }
            if let Some(value) = &options.q11 {
                query.push(("q11", value.to_string()));
            }
            if let Some(value) = &options.q12 {
                query.push(("q12", value.to_string()));
            }
            if let Some(value) = &options.q13 {
                query.push(("q13", value.to_string()));
            }
            if let Some(value) = &options.q14 {
                query.push(("q14", value.to_string()));
            }
            if let Some(value) = &options.q15 {
                query.push(("q15", value.to_string()));
            }
            if let Some(value) = &options.q16 {
                query.push(("q16", value.to_string()));
            }
            if let Some(value) = &options.q17 {
                query.push(("q17", value.to_string()));
            }
            if let Some(value) = &options.q18 {
                query.push(("q18", value.to_string()));
            }
            if let Some(value) = &options.q19 {
                query.push(("q19", value.to_string()));
            }
            if let Some(value) = &options.q20 {
                query.push(("q20", value.to_string()));
            }
            if let Some(value) = &options.q21 {
                query.push(("q21", value.to_string()));
            }
            if let Some(value) = &options.q22 {
                query.push(("q22", value.to_string()));
            }
            if let Some(value) = &options.q23 {
                query.push(("q23", value.to_string()));
            }
            if let Some(value) = &options.q24 {
                query.push(("q24", value.to_string()));
            }
            if let Some(value) = &options.q25 {
                query.push(("q25", value.to_string()));
            }
            if let Some(value) = &options.q26 {
                query.push(("q26", value.to_string()));
            }
            if let Some(value) = &options.q27 {
                query.push(("q27", value.to_string()));
            }
            if let Some(value) = &options.q28 {
                query.push(("q28", value.to_string()));
            }
            if let Some(value) = &options.q29 {
                query.push(("q29", value.to_string()));
            }
            if let Some(value) = &options.q30 {
                query.push(("q30", value.to_string()));
            }
            if let Some(value) = &options.q31 {
                query.push(("q31", value.to_string()));
            }
            if let Some(value) = &options.q32 {
                query.push(("q32", value.to_string()));
            }
            if let Some(value) = &options.q33 {
                query.push(("q33", value.to_string()));
            }
            if let Some(value) = &options.q34 {
                query.push(("q34", value.to_string()));
            }
            if let Some(value) = &options.q35 {
                query.push(("q35", value.to_string()));
            }
            if let Some(value) = &options.q36 {
                query.push(("q36", value.to_string()));
            }
            if let Some(value) = &options.q37 {
                query.push(("q37", value.to_string()));
            }
            if let Some(value) = &options.q38 {
                query.push(("q38", value.to_string()));
            }
            if let Some(value) = &options.q39 {
                query.push(("q39", value.to_string()));
            }
            if let Some(value) = &options.q40 {
                query.push(("q40", value.to_string()));
            }
            if let Some(value) = &options.q41 {
                query.push(("q41", value.to_string()));
            }
            if let Some(value) = &options.q42 {
                query.push(("q42", value.to_string()));
            }
            if let Some(value) = &options.q43 {
                query.push(("q43", value.to_string()));
            }
            if let Some(value) = &options.q44 {
                query.push(("q44", value.to_string()));
            }
            if let Some(value) = &options.q45 {
                query.push(("q45", value.to_string()));
            }
            if let Some(value) = &options.q46 {
                query.push(("q46", value.to_string()));
            }
            if let Some(value) = &options.q47 {
                query.push(("q47", value.to_string()));
            }
            if let Some(value) = &options.q48 {
                query.push(("q48", value.to_string()));
            }
            if let Some(value) = &options.q49 {
                query.push(("q49", value.to_string()));
            }
            if let Some(value) = &options.q50 {
                query.push(("q50", value.to_string()));
            }
            if let Some(value) = &options.q51 {
                query.push(("q51", value.to_string()));
            }
            if let Some(value) = &options.q52 {
                query.push(("q52", value.to_string()));
            }
            if let Some(value) = &options.q53 {
                query.push(("q53", value.to_string()));
            }
            if let Some(value) = &options.q54 {
                query.push(("q54", value.to_string()));
            }
            if let Some(value) = &options.q55 {
                query.push(("q55", value.to_string()));
            }
            if let Some(value) = &options.q56 {
                query.push(("q56", value.to_string()));
            }
            if let Some(value) = &options.q57 {
                query.push(("q57", value.to_string()));
            }
            if let Some(value) = &options.q58 {
                query.push(("q58", value.to_string()));
            }
            if let Some(value) = &options.q59 {
                query.push(("q59", value.to_string()));
            }
            if let Some(value) = &options.q60 {
                query.push(("q60", value.to_string()));
            }
            if let Some(value) = &options.q61 {
                query.push(("q61", value.to_string()));
            }
            if let Some(value) = &options.q62 {
                query.push(("q62", value.to_string()));
            }
            if let Some(value) = &options.q63 {
                query.push(("q63", value.to_string()));
            }
            Ok(())
        })()?;
        (|| -> Result<(), Error<serde_json::Value>> {
            if let Some(value) = &options.q64 {
                query.push(("q64", value.to_string()));
            }
            if let Some(value) = &options.q65 {
                query.push(("q65", value.to_string()));
            }
            if let Some(value) = &options.q66 {
                query.push(("q66", value.to_string()));
            }
            if let Some(value) = &options.q67 {
                query.push(("q67", value.to_string()));
            }
            if let Some(value) = &options.q68 {
                query.push(("q68", value.to_string()));
            }
            if let Some(value) = &options.q69 {
                query.push(("q69", value.to_string()));
            }
            Ok(())
        })()?;
        let url = runtime::url(&self.endpoint, "/search", &query);
        let mut call = runtime::Call::new(reqwest::Method::GET, url);
        call.operation("search");
        (|| -> Result<(), Error<serde_json::Value>> {
            if let Some(value) = &options.x_h0 {
                call.header("x-h0", value)?;
            }
            if let Some(value) = &options.x_h1 {
                call.header("x-h1", value)?;
            }
            if let Some(value) = &options.x_h2 {
                call.header("x-h2", value)?;
            }
            if let Some(value) = &options.x_h3 {
                call.header("x-h3", value)?;
            }
            if let Some(value) = &options.x_h4 {
                call.header("x-h4", value)?;
            }
            if let Some(value) = &options.x_h5 {
                call.header("x-h5", value)?;
            }
            if let Some(value) = &options.x_h6 {
                call.header("x-h6", value)?;
            }
            if let Some(value) = &options.x_h7 {
                call.header("x-h7", value)?;
            }
            if let Some(value) = &options.x_h8 {
                call.header("x-h8", value)?;
            }
            if let Some(value) = &options.x_h9 {
                call.header("x-h9", value)?;
            }
            if let Some(value) = &options.x_h10 {
                call.header("x-h10", value)?;
            }
            if let Some(value) = &options.x_h11 {
                call.header("x-h11", value)?;
            }
            if let Some(value) = &options.x_h12 {
                call.header("x-h12", value)?;
            }
            if let Some(value) = &options.x_h13 {
                call.header("x-h13", value)?;
            }
            if let Some(value) = &options.x_h14 {
                call.header("x-h14", value)?;
            }
            if let Some(value) = &options.x_h15 {
                call.header("x-h15", value)?;
            }
            if let Some(value) = &options.x_h16 {
                call.header("x-h16", value)?;
            }
            if let Some(value) = &options.x_h17 {
                call.header("x-h17", value)?;
            }
            if let Some(value) = &options.x_h18 {
                call.header("x-h18", value)?;
            }
            if let Some(value) = &options.x_h19 {
                call.header("x-h19", value)?;
            }
            if let Some(value) = &options.x_h20 {
                call.header("x-h20", value)?;
            }
            if let Some(value) = &options.x_h21 {
                call.header("x-h21", value)?;
            }
            if let Some(value) = &options.x_h22 {
                call.header("x-h22", value)?;
            }
            if let Some(value) = &options.x_h23 {
                call.header("x-h23", value)?;
            }
            if let Some(value) = &options.x_h24 {
                call.header("x-h24", value)?;
            }
            if let Some(value) = &options.x_h25 {
                call.header("x-h25", value)?;
            }
            if let Some(value) = &options.x_h26 {
                call.header("x-h26", value)?;
            }
            if let Some(value) = &options.x_h27 {
                call.header("x-h27", value)?;
            }
            if let Some(value) = &options.x_h28 {
                call.header("x-h28", value)?;
            }
            if let Some(value) = &options.x_h29 {
                call.header("x-h29", value)?;
            }
            if let Some(value) = &options.x_h30 {
                call.header("x-h30", value)?;
            }
            if let Some(value) = &options.x_h31 {
                call.header("x-h31", value)?;
            }
            if let Some(value) = &options.x_h32 {
                call.header("x-h32", value)?;
            }
            if let Some(value) = &options.x_h33 {
                call.header("x-h33", value)?;
            }
            if let Some(value) = &options.x_h34 {
                call.header("x-h34", value)?;
            }
            if let Some(value) = &options.x_h35 {
                call.header("x-h35", value)?;
            }
            if let Some(value) = &options.x_h36 {
                call.header("x-h36", value)?;
            }
            if let Some(value) = &options.x_h37 {
                call.header("x-h37", value)?;
            }
            if let Some(value) = &options.x_h38 {
                call.header("x-h38", value)?;
            }
            if let Some(value) = &options.x_h39 {
                call.header("x-h39", value)?;
            }
            if let Some(value) = &options.x_h40 {
                call.header("x-h40", value)?;
            }
            if let Some(value) = &options.x_h41 {
                call.header("x-h41", value)?;
            }
            if let Some(value) = &options.x_h42 {
                call.header("x-h42", value)?;
            }
            if let Some(value) = &options.x_h43 {
                call.header("x-h43", value)?;
            }
            if let Some(value) = &options.x_h44 {
                call.header("x-h44", value)?;
            }
            if let Some(value) = &options.x_h45 {
                call.header("x-h45", value)?;
            }
            if let Some(value) = &options.x_h46 {
                call.header("x-h46", value)?;
            }
            if let Some(value) = &options.x_h47 {
                call.header("x-h47", value)?;
            }
            if let Some(value) = &options.x_h48 {
                call.header("x-h48", value)?;
            }
            if let Some(value) = &options.x_h49 {
                call.header("x-h49", value)?;
            }
            if let Some(value) = &options.x_h50 {
                call.header("x-h50", value)?;
            }
            if let Some(value) = &options.x_h51 {
                call.header("x-h51", value)?;
            }
            if let Some(value) = &options.x_h52 {
                call.header("x-h52", value)?;
            }
            if let Some(value) = &options.x_h53 {
                call.header("x-h53", value)?;
            }
            if let Some(value) = &options.x_h54 {
                call.header("x-h54", value)?;
            }
            if let Some(value) = &options.x_h55 {
                call.header("x-h55", value)?;
            }
            if let Some(value) = &options.x_h56 {
                call.header("x-h56", value)?;
            }
            if let Some(value) = &options.x_h57 {
                call.header("x-h57", value)?;
            }
            if let Some(value) = &options.x_h58 {
                call.header("x-h58", value)?;
            }
            if let Some(value) = &options.x_h59 {
                call.header("x-h59", value)?;
            }
            if let Some(value) = &options.x_h60 {
                call.header("x-h60", value)?;
            }
            if let Some(value) = &options.x_h61 {
                call.header("x-h61", value)?;
            }
            if let Some(value) = &options.x_h62 {
                call.header("x-h62", value)?;
            }
            if let Some(value) = &options.x_h63 {
                call.header("x-h63", value)?;
            }
            Ok(())
        })()?;
        (|| -> Result<(), Error<serde_json::Value>> {
            if let Some(value) = &options.x_h64 {
                call.header("x-h64", value)?;
            }
            if let Some(value) = &options.x_h65 {
                call.header("x-h65", value)?;
            }
            Ok(())
        })()?;
        call.options(options.headers, options.timeout);
        self.authenticate(&mut call);
        let response = self.pipeline.send(call).await?;
        {
            let details = response.details();
            match response.status.as_u16() {
                204 => Ok(()),
                _ => Err(response.into_error()),
            }?;
            Ok(details.with(()))
        }
    }
}

/// Optional settings of one call of [`Client::search`]: its optional parameters, extra headers and a time limit. `Default` leaves them all unset.
#[derive(Debug, Clone, Default)]
pub struct SearchOptions {
    /// The `q0` parameter.
    pub q0: Option<i64>,
    /// The `q1` parameter.
    pub q1: Option<i64>,
    /// The `q2` parameter.
    pub q2: Option<i64>,
    /// The `q3` parameter.
    pub q3: Option<i64>,
    /// The `q4` parameter.
    pub q4: Option<i64>,
    /// The `q5` parameter.
    pub q5: Option<i64>,
    /// The `q6` parameter.
    pub q6: Option<i64>,
    /// The `q7` parameter.
    pub q7: Option<i64>,
    /// The `q8` parameter.
    pub q8: Option<i64>,
    /// The `q9` parameter.
    pub q9: Option<i64>,
    /// The `q10` parameter.
    pub q10: Option<i64>,
    /// The `q11` parameter.
    pub q11: Option<i64>,
    /// The `q12` parameter.
    pub q12: Option<i64>,
    /// The `q13` parameter.
    pub q13: Option<i64>,
    /// The `q14` parameter.
    pub q14: Option<i64>,
    /// The `q15` parameter.
    pub q15: Option<i64>,
    /// The `q16` parameter.
    pub q16: Option<i64>,
    /// The `q17` parameter.
    pub q17: Option<i64>,
    /// The `q18` parameter.
    pub q18: Option<i64>,
    /// The `q19` parameter.
    pub q19: Option<i64>,
    /// The `q20` parameter.
    pub q20: Option<i64>,
    /// The `q21` parameter.
    pub q21: Option<i64>,
    /// The `q22` parameter.
    pub q22: Option<i64>,
    /// The `q23` parameter.
    pub q23: Option<i64>,
    /// The `q24` parameter.
    pub q24: Option<i64>,
    /// The `q25` parameter.
    pub q25: Option<i64>,
    /// The `q26` parameter.
    pub q26: Option<i64>,
    /// The `q27` parameter.
    pub q27: Option<i64>,
    /// The `q28` parameter.
    pub q28: Option<i64>,
    /// The `q29` parameter.
    pub q29: Option<i64>,
    /// The `q30` parameter.
    pub q30: Option<i64>,
    /// The `q31` parameter.
    pub q31: Option<i64>,
    /// The `q32` parameter.
    pub q32: Option<i64>,
    /// The `q33` parameter.
    pub q33: Option<i64>,
    /// The `q34` parameter.
    pub q34: Option<i64>,
    /// The `q35` parameter.
    pub q35: Option<i64>,
    /// The `q36` parameter.
    pub q36: Option<i64>,
    /// The `q37` parameter.
    pub q37: Option<i64>,
    /// The `q38` parameter.
    pub q38: Option<i64>,
    /// The `q39` parameter.
    pub q39: Option<i64>,
    /// The `q40` parameter.
    pub q40: Option<i64>,
    /// The `q41` parameter.
    pub q41: Option<i64>,
    /// The `q42` parameter.
    pub q42: Option<i64>,
    /// The `q43` parameter.
    pub q43: Option<i64>,
    /// The `q44` parameter.
    pub q44: Option<i64>,
    /// The `q45` parameter.
    pub q45: Option<i64>,
    /// The `q46` parameter.
    pub q46: Option<i64>,
    /// The `q47` parameter.
    pub q47: Option<i64>,
    /// The `q48` parameter.
    pub q48: Option<i64>,
    /// The `q49` parameter.
    pub q49: Option<i64>,
    /// The `q50` parameter.
    pub q50: Option<i64>,
    /// The `q51` parameter.
    pub q51: Option<i64>,
    /// The `q52` parameter.
    pub q52: Option<i64>,
    /// The `q53` parameter.
    pub q53: Option<i64>,
    /// The `q54` parameter.
    pub q54: Option<i64>,
    /// The `q55` parameter.
    pub q55: Option<i64>,
    /// The `q56` parameter.
    pub q56: Option<i64>,
    /// The `q57` parameter.
    pub q57: Option<i64>,
    /// The `q58` parameter.
    pub q58: Option<i64>,
    /// The `q59` parameter.
    pub q59: Option<i64>,
    /// The `q60` parameter.
    pub q60: Option<i64>,
    /// The `q61` parameter.
    pub q61: Option<i64>,
    /// The `q62` parameter.
    pub q62: Option<i64>,
    /// The `q63` parameter.
    pub q63: Option<i64>,
    /// The `q64` parameter.
    pub q64: Option<i64>,
    /// The `q65` parameter.
    pub q65: Option<i64>,
    /// The `q66` parameter.
    pub q66: Option<i64>,
    /// The `q67` parameter.
    pub q67: Option<i64>,
    /// The `q68` parameter.
    pub q68: Option<i64>,
    /// The `q69` parameter.
    pub q69: Option<i64>,
    /// The `x-h0` parameter.
    pub x_h0: Option<String>,
    /// The `x-h1` parameter.
    pub x_h1: Option<String>,
    /// The `x-h2` parameter.
    pub x_h2: Option<String>,
    /// The `x-h3` parameter.
    pub x_h3: Option<String>,
    /// The `x-h4` parameter.
    pub x_h4: Option<String>,
    /// The `x-h5` parameter.
    pub x_h5: Option<String>,
    /// The `x-h6` parameter.
    pub x_h6: Option<String>,
    /// The `x-h7` parameter.
    pub x_h7: Option<String>,
    /// The `x-h8` parameter.
    pub x_h8: Option<String>,
    /// The `x-h9` parameter.
    pub x_h9: Option<String>,
    /// The `x-h10` parameter.
    pub x_h10: Option<String>,
    /// The `x-h11` parameter.
    pub x_h11: Option<String>,
    /// The `x-h12` parameter.
    pub x_h12: Option<String>,
    /// The `x-h13` parameter.
    pub x_h13: Option<String>,
    /// The `x-h14` parameter.
    pub x_h14: Option<String>,
    /// The `x-h15` parameter.
    pub x_h15: Option<String>,
    /// The `x-h16` parameter.
    pub x_h16: Option<String>,
    /// The `x-h17` parameter.
    pub x_h17: Option<String>,
    /// The `x-h18` parameter.
    pub x_h18: Option<String>,
    /// The `x-h19` parameter.
    pub x_h19: Option<String>,
    /// The `x-h20` parameter.
    pub x_h20: Option<String>,
    /// The `x-h21` parameter.
    pub x_h21: Option<String>,
    /// The `x-h22` parameter.
    pub x_h22: Option<String>,
    /// The `x-h23` parameter.
    pub x_h23: Option<String>,
    /// The `x-h24` parameter.
    pub x_h24: Option<String>,
    /// The `x-h25` parameter.
    pub x_h25: Option<String>,
    /// The `x-h26` parameter.
    pub x_h26: Option<String>,
    /// The `x-h27` parameter.
    pub x_h27: Option<String>,
    /// The `x-h28` parameter.
    pub x_h28: Option<String>,
    /// The `x-h29` parameter.
    pub x_h29: Option<String>,
    /// The `x-h30` parameter.
    pub x_h30: Option<String>,
    /// The `x-h31` parameter.
    pub x_h31: Option<String>,
    /// The `x-h32` parameter.
    pub x_h32: Option<String>,
    /// The `x-h33` parameter.
    pub x_h33: Option<String>,
    /// The `x-h34` parameter.
    pub x_h34: Option<String>,
    /// The `x-h35` parameter.
    pub x_h35: Option<String>,
    /// The `x-h36` parameter.
    pub x_h36: Option<String>,
    /// The `x-h37` parameter.
    pub x_h37: Option<String>,
    /// The `x-h38` parameter.
    pub x_h38: Option<String>,
    /// The `x-h39` parameter.
    pub x_h39: Option<String>,
    /// The `x-h40` parameter.
    pub x_h40: Option<String>,
    /// The `x-h41` parameter.
    pub x_h41: Option<String>,
    /// The `x-h42` parameter.
    pub x_h42: Option<String>,
    /// The `x-h43` parameter.
    pub x_h43: Option<String>,
    /// The `x-h44` parameter.
    pub x_h44: Option<String>,
    /// The `x-h45` parameter.
    pub x_h45: Option<String>,
    /// The `x-h46` parameter.
    pub x_h46: Option<String>,
    /// The `x-h47` parameter.
    pub x_h47: Option<String>,
    /// The `x-h48` parameter.
    pub x_h48: Option<String>,
    /// The `x-h49` parameter.
    pub x_h49: Option<String>,
    /// The `x-h50` parameter.
    pub x_h50: Option<String>,
    /// The `x-h51` parameter.
    pub x_h51: Option<String>,
    /// The `x-h52` parameter.
    pub x_h52: Option<String>,
    /// The `x-h53` parameter.
    pub x_h53: Option<String>,
    /// The `x-h54` parameter.
    pub x_h54: Option<String>,
    /// The `x-h55` parameter.
    pub x_h55: Option<String>,
    /// The `x-h56` parameter.
    pub x_h56: Option<String>,
    /// The `x-h57` parameter.
    pub x_h57: Option<String>,
    /// The `x-h58` parameter.
    pub x_h58: Option<String>,
    /// The `x-h59` parameter.
    pub x_h59: Option<String>,
    /// The `x-h60` parameter.
    pub x_h60: Option<String>,
    /// The `x-h61` parameter.
    pub x_h61: Option<String>,
    /// The `x-h62` parameter.
    pub x_h62: Option<String>,
    /// The `x-h63` parameter.
    pub x_h63: Option<String>,
    /// The `x-h64` parameter.
    pub x_h64: Option<String>,
    /// The `x-h65` parameter.
    pub x_h65: Option<String>,
    /// Headers to send with this call, replacing any the client would send under the same
    /// names (credentials are set after them and win).
    pub headers: reqwest::header::HeaderMap,
    /// A limit on the time of this call, retries included, instead of the client's.
    pub timeout: Option<std::time::Duration>,
}
