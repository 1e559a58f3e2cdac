//! Security schemes to credentials: API keys, HTTP basic and bearer, OAuth 2 and OpenID Connect, and the configured access keys and token scopes.

use openapiv3::{APIKeyLocation, SecurityScheme};

use super::{Lowerer, is_token, names, value_name};
use crate::config::ClientSettings;
use crate::error::Result;
use crate::load::Target;
use crate::model::AuthScheme;
use names::Scope;

impl Lowerer<'_> {
    /// The credentials the client takes: API-key headers of the spec, bearer tokens when the spec
    /// or the configuration asks for them, and configured access keys. An API key sent as
    /// `Authorization` gives way to those, which set that header themselves.
    pub(super) fn auth(
        &mut self,
        setters: &mut Scope,
        settings: &ClientSettings,
    ) -> Result<Vec<AuthScheme>> {
        let mut api_keys = Vec::new();
        let mut other_keys = Vec::new();
        let mut basic: Option<(Target, Option<String>)> = None;
        let mut bearer: Option<Option<String>> =
            (!settings.token_scopes.is_empty()).then_some(None);
        let at = Target {
            file: 0,
            pointer: "/components/securitySchemes".into(),
        };
        let schemes = self
            .spec
            .openapi
            .components
            .as_ref()
            .map(|c| &c.security_schemes);
        for (name, scheme) in schemes.into_iter().flatten() {
            let (s_at, scheme) = self.item(&at.join(name), scheme)?;
            match scheme.into_owned() {
                SecurityScheme::APIKey { name: ref wire, ref location, .. }
                    if !matches!(location, APIKeyLocation::Query) && !is_token(wire) =>
                {
                    self.warn(
                        &s_at,
                        format!("{wire:?} is not a valid header or cookie name; the API key is not offered"),
                    );
                }
                SecurityScheme::APIKey { location: APIKeyLocation::Header, name: header, description, .. } => {
                    api_keys.push((name.clone(), header, description));
                }
                SecurityScheme::APIKey { location, name: wire, description, .. } => {
                    other_keys.push((name.clone(), location, wire, description));
                }
                SecurityScheme::HTTP { ref scheme, ref description, .. } if scheme.eq_ignore_ascii_case("basic") => {
                    basic.get_or_insert((s_at.clone(), description.clone()));
                }
                SecurityScheme::HTTP { ref scheme, ref description, .. } if scheme.eq_ignore_ascii_case("bearer") => {
                    bearer.get_or_insert(description.clone());
                }
                SecurityScheme::OAuth2 { description, .. } | SecurityScheme::OpenIDConnect { description, .. } => {
                    bearer.get_or_insert(description);
                }
                _ => self.warn(
                    &s_at,
                    "this security scheme is not supported yet; add its credentials to the reqwest client given to the builder",
                ),
            }
        }
        let authorization_taken = bearer.is_some() || settings.access_key;
        let mut out = Vec::new();
        for (scheme, header, description) in api_keys {
            if authorization_taken && header.eq_ignore_ascii_case("authorization") {
                continue;
            }
            let setter = setters.claim(value_name(&scheme));
            out.push(AuthScheme::ApiKeyHeader {
                scheme,
                header,
                setter,
                description,
            });
        }
        for (scheme, location, wire, description) in other_keys {
            let setter = setters.claim(value_name(&scheme));
            out.push(match location {
                APIKeyLocation::Query => AuthScheme::ApiKeyQuery {
                    scheme,
                    param: wire,
                    setter,
                    description,
                },
                _ => AuthScheme::ApiKeyCookie {
                    scheme,
                    cookie: wire,
                    setter,
                    description,
                },
            });
        }
        match basic {
            Some((at, _)) if authorization_taken => self.warn(
                &at,
                "http basic is not offered next to bearer tokens or access keys, which set `Authorization` too",
            ),
            Some((_, description)) => out.push(AuthScheme::Basic {
                setter: setters.claim("basic_auth".into()),
                description,
            }),
            None => {}
        }
        if let Some(description) = bearer {
            out.push(AuthScheme::Bearer {
                scopes: settings.token_scopes.clone(),
                description,
            });
        }
        if settings.access_key {
            out.push(AuthScheme::AccessKey);
        }
        Ok(out)
    }
}
