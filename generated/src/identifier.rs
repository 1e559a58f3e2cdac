// Hand-written: the identifiers of Communication Services, which the generated models use in
// place of the spec's `CommunicationIdentifierModel` (`replace` in `specs/codegen.toml`).

//! [`CommunicationIdentifier`]: who takes part in a call (a Communication Services user, a phone
//! number, a Microsoft Teams user or app, a Teams Phone extension user), as the official SDKs
//! model it.
//!
//! Every identifier has a *raw id*, a string that names it alone (`8:acs:…`, `4:+14255550123`,
//! `8:orgid:…`): [`CommunicationIdentifier::from_raw_id`] reads one with the rules of the official
//! SDKs, and [`raw_id`](CommunicationIdentifier::raw_id) (or `Display`) gives it back. Two
//! identifiers are equal when their raw ids are. On the wire an identifier is its `rawId` and the
//! object of its kind (`{"rawId": "8:acs:…", "communicationUser": {"id": "8:acs:…"}}`), as the
//! official Python SDK sends it; an identifier read from a response keeps the service's raw id.

use std::fmt;
use std::hash::{Hash, Hasher};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

const PHONE_NUMBER_PREFIX: &str = "4:";
const PHONE_NUMBER_ANONYMOUS: &str = "anonymous";
const TEAMS_APP_PUBLIC_CLOUD_PREFIX: &str = "28:orgid:";
const TEAMS_APP_DOD_CLOUD_PREFIX: &str = "28:dod:";
const TEAMS_APP_GCCH_CLOUD_PREFIX: &str = "28:gcch:";
const TEAMS_USER_ANONYMOUS_PREFIX: &str = "8:teamsvisitor:";
const TEAMS_USER_PUBLIC_CLOUD_PREFIX: &str = "8:orgid:";
const TEAMS_USER_DOD_CLOUD_PREFIX: &str = "8:dod:";
const TEAMS_USER_GCCH_CLOUD_PREFIX: &str = "8:gcch:";
const ACS_USER_PREFIX: &str = "8:acs:";
const ACS_USER_DOD_CLOUD_PREFIX: &str = "8:dod-acs:";
const ACS_USER_GCCH_CLOUD_PREFIX: &str = "8:gcch-acs:";
const SPOOL_USER_PREFIX: &str = "8:spool:";

/// The cloud a Microsoft Teams identifier (or a Teams Phone extension user) belongs to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CommunicationCloudEnvironment {
    #[default]
    Public,
    Dod,
    Gcch,
    /// A cloud this crate does not know, as the service wrote it.
    Other(String),
}

impl CommunicationCloudEnvironment {
    /// The value on the wire: `public`, `dod`, `gcch`.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Public => "public",
            Self::Dod => "dod",
            Self::Gcch => "gcch",
            Self::Other(other) => other,
        }
    }

    fn from_wire(value: &str) -> Self {
        match value {
            "public" => Self::Public,
            "dod" => Self::Dod,
            "gcch" => Self::Gcch,
            other => Self::Other(other.to_string()),
        }
    }
}

/// What an identifier is, with what its kind holds.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum IdentifierKind {
    /// A Communication Services user (its id is also its raw id).
    CommunicationUser { id: String },
    /// A phone number. `value` is what follows `4:` in the raw id; `asserted_id`, what follows
    /// its last `_`, tells apart connections made through the same number.
    PhoneNumber {
        value: String,
        asserted_id: Option<String>,
        is_anonymous: bool,
    },
    /// A Microsoft Teams user, or an anonymous one (a Teams visitor).
    MicrosoftTeamsUser {
        user_id: String,
        is_anonymous: bool,
        cloud: CommunicationCloudEnvironment,
    },
    /// A Microsoft Teams application (a bot, for example).
    MicrosoftTeamsApp {
        app_id: String,
        cloud: CommunicationCloudEnvironment,
    },
    /// A Teams Phone user reached through a Communication Services resource.
    TeamsExtensionUser {
        user_id: String,
        tenant_id: String,
        resource_id: String,
        cloud: CommunicationCloudEnvironment,
    },
    /// An identifier of a kind this crate does not know: only its raw id is known.
    Unknown,
}

/// A participant of a call: its kind and its raw id. See the [module's docs](crate::identifier).
///
/// Build one from a raw id (`"8:acs:…".into()`, [`from_raw_id`](Self::from_raw_id)) or from its
/// parts ([`communication_user`](Self::communication_user), [`phone_number`](Self::phone_number),
/// …). Every model field and method argument that names a participant takes it.
#[derive(Debug, Clone)]
pub struct CommunicationIdentifier {
    raw_id: String,
    kind: IdentifierKind,
}

impl CommunicationIdentifier {
    /// The identifier a raw id names, read with the official SDKs' rules: `4:` starts a phone
    /// number; `8:teamsvisitor:`, `8:orgid:`, `8:dod:` and `8:gcch:` a Teams user;
    /// `28:orgid:`, `28:dod:` and `28:gcch:` a Teams app; `8:acs:`, `8:dod-acs:`, `8:gcch-acs:`
    /// a Communication Services user (or a Teams Phone extension user when the rest is three
    /// parts joined by `_`), as does `8:spool:`; anything else is [`IdentifierKind::Unknown`].
    pub fn from_raw_id(raw_id: impl Into<String>) -> Self {
        let raw_id = raw_id.into();
        let kind = kind_of(&raw_id);
        CommunicationIdentifier { raw_id, kind }
    }

    /// The identifier of `kind`, with the raw id the official SDKs make for it.
    pub fn from_kind(kind: IdentifierKind) -> Self {
        let raw_id = format_raw_id(&kind);
        CommunicationIdentifier { raw_id, kind }
    }

    /// A Communication Services user, by its id (`8:acs:…`).
    pub fn communication_user(id: impl Into<String>) -> Self {
        Self::from_kind(IdentifierKind::CommunicationUser { id: id.into() })
    }

    /// A phone number (E.164: `+14255550123`).
    pub fn phone_number(value: impl Into<String>) -> Self {
        Self::from_kind(IdentifierKind::PhoneNumber {
            value: value.into(),
            asserted_id: None,
            is_anonymous: false,
        })
    }

    /// A Microsoft Teams user of `cloud`, by their Microsoft Entra object id.
    pub fn microsoft_teams_user(
        user_id: impl Into<String>,
        cloud: CommunicationCloudEnvironment,
    ) -> Self {
        Self::from_kind(IdentifierKind::MicrosoftTeamsUser {
            user_id: user_id.into(),
            is_anonymous: false,
            cloud,
        })
    }

    /// A Microsoft Teams application of `cloud`, by its app id.
    pub fn microsoft_teams_app(
        app_id: impl Into<String>,
        cloud: CommunicationCloudEnvironment,
    ) -> Self {
        Self::from_kind(IdentifierKind::MicrosoftTeamsApp {
            app_id: app_id.into(),
            cloud,
        })
    }

    /// A Teams Phone extension user of `cloud`.
    pub fn teams_extension_user(
        user_id: impl Into<String>,
        tenant_id: impl Into<String>,
        resource_id: impl Into<String>,
        cloud: CommunicationCloudEnvironment,
    ) -> Self {
        Self::from_kind(IdentifierKind::TeamsExtensionUser {
            user_id: user_id.into(),
            tenant_id: tenant_id.into(),
            resource_id: resource_id.into(),
            cloud,
        })
    }

    /// The raw id.
    pub fn raw_id(&self) -> &str {
        &self.raw_id
    }

    /// What the identifier is.
    pub fn kind(&self) -> &IdentifierKind {
        &self.kind
    }
}

/// The kind a raw id names (see [`CommunicationIdentifier::from_raw_id`]).
fn kind_of(raw_id: &str) -> IdentifierKind {
    if let Some(number) = raw_id.strip_prefix(PHONE_NUMBER_PREFIX) {
        let is_anonymous = number == PHONE_NUMBER_ANONYMOUS;
        // What follows the last `_`, when something does.
        let asserted_id = match number.rfind('_') {
            Some(i) if !is_anonymous && i + 1 < number.len() => Some(number[i + 1..].to_string()),
            _ => None,
        };
        return IdentifierKind::PhoneNumber {
            value: number.to_string(),
            asserted_id,
            is_anonymous,
        };
    }
    let mut segments = raw_id.splitn(3, ':');
    let (Some(first), Some(second), Some(suffix)) =
        (segments.next(), segments.next(), segments.next())
    else {
        return IdentifierKind::Unknown;
    };
    let prefix = format!("{first}:{second}:");
    let teams_user = |is_anonymous, cloud| IdentifierKind::MicrosoftTeamsUser {
        user_id: suffix.to_string(),
        is_anonymous,
        cloud,
    };
    let teams_app = |cloud| IdentifierKind::MicrosoftTeamsApp {
        app_id: suffix.to_string(),
        cloud,
    };
    use CommunicationCloudEnvironment::{Dod, Gcch, Public};
    match prefix.as_str() {
        TEAMS_USER_ANONYMOUS_PREFIX => teams_user(true, Public),
        TEAMS_USER_PUBLIC_CLOUD_PREFIX => teams_user(false, Public),
        TEAMS_USER_DOD_CLOUD_PREFIX => teams_user(false, Dod),
        TEAMS_USER_GCCH_CLOUD_PREFIX => teams_user(false, Gcch),
        TEAMS_APP_PUBLIC_CLOUD_PREFIX => teams_app(Public),
        TEAMS_APP_DOD_CLOUD_PREFIX => teams_app(Dod),
        TEAMS_APP_GCCH_CLOUD_PREFIX => teams_app(Gcch),
        SPOOL_USER_PREFIX => IdentifierKind::CommunicationUser {
            id: raw_id.to_string(),
        },
        ACS_USER_PREFIX | ACS_USER_DOD_CLOUD_PREFIX | ACS_USER_GCCH_CLOUD_PREFIX => {
            let cloud = match prefix.as_str() {
                ACS_USER_DOD_CLOUD_PREFIX => Dod,
                ACS_USER_GCCH_CLOUD_PREFIX => Gcch,
                _ => Public,
            };
            let parts: Vec<&str> = suffix.split('_').collect();
            match parts[..] {
                [resource_id, tenant_id, user_id] => IdentifierKind::TeamsExtensionUser {
                    user_id: user_id.to_string(),
                    tenant_id: tenant_id.to_string(),
                    resource_id: resource_id.to_string(),
                    cloud,
                },
                _ => IdentifierKind::CommunicationUser {
                    id: raw_id.to_string(),
                },
            }
        }
        _ => IdentifierKind::Unknown,
    }
}

/// The raw id the official SDKs make for an identifier of `kind` (the cloud prefixes are
/// the public cloud's for clouds they do not know; an unknown kind has none).
fn format_raw_id(kind: &IdentifierKind) -> String {
    use CommunicationCloudEnvironment::{Dod, Gcch};
    match kind {
        IdentifierKind::CommunicationUser { id } => id.clone(),
        IdentifierKind::PhoneNumber { value, .. } => format!("{PHONE_NUMBER_PREFIX}{value}"),
        IdentifierKind::MicrosoftTeamsUser {
            user_id,
            is_anonymous,
            cloud,
        } => {
            let prefix = match (is_anonymous, cloud) {
                (true, _) => TEAMS_USER_ANONYMOUS_PREFIX,
                (false, Dod) => TEAMS_USER_DOD_CLOUD_PREFIX,
                (false, Gcch) => TEAMS_USER_GCCH_CLOUD_PREFIX,
                _ => TEAMS_USER_PUBLIC_CLOUD_PREFIX,
            };
            format!("{prefix}{user_id}")
        }
        IdentifierKind::MicrosoftTeamsApp { app_id, cloud } => {
            let prefix = match cloud {
                Dod => TEAMS_APP_DOD_CLOUD_PREFIX,
                Gcch => TEAMS_APP_GCCH_CLOUD_PREFIX,
                _ => TEAMS_APP_PUBLIC_CLOUD_PREFIX,
            };
            format!("{prefix}{app_id}")
        }
        IdentifierKind::TeamsExtensionUser {
            user_id,
            tenant_id,
            resource_id,
            cloud,
        } => {
            let prefix = match cloud {
                Dod => ACS_USER_DOD_CLOUD_PREFIX,
                Gcch => ACS_USER_GCCH_CLOUD_PREFIX,
                _ => ACS_USER_PREFIX,
            };
            format!("{prefix}{resource_id}_{tenant_id}_{user_id}")
        }
        IdentifierKind::Unknown => String::new(),
    }
}

impl PartialEq for CommunicationIdentifier {
    /// Equal raw ids, as the official SDKs compare identifiers.
    fn eq(&self, other: &Self) -> bool {
        self.raw_id == other.raw_id
    }
}

impl Eq for CommunicationIdentifier {}

impl Hash for CommunicationIdentifier {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.raw_id.hash(state);
    }
}

impl fmt::Display for CommunicationIdentifier {
    /// The raw id.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.raw_id)
    }
}

impl std::str::FromStr for CommunicationIdentifier {
    type Err = std::convert::Infallible;

    /// [`CommunicationIdentifier::from_raw_id`]: every string is some raw id.
    fn from_str(raw_id: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_raw_id(raw_id))
    }
}

impl From<&str> for CommunicationIdentifier {
    fn from(raw_id: &str) -> Self {
        Self::from_raw_id(raw_id)
    }
}

impl From<String> for CommunicationIdentifier {
    fn from(raw_id: String) -> Self {
        Self::from_raw_id(raw_id)
    }
}

impl From<&String> for CommunicationIdentifier {
    fn from(raw_id: &String) -> Self {
        Self::from_raw_id(raw_id.as_str())
    }
}

impl From<&CommunicationIdentifier> for CommunicationIdentifier {
    fn from(identifier: &CommunicationIdentifier) -> Self {
        identifier.clone()
    }
}

impl From<IdentifierKind> for CommunicationIdentifier {
    fn from(kind: IdentifierKind) -> Self {
        Self::from_kind(kind)
    }
}

/// The wire form: `rawId` and the object of the identifier's kind (`kind` itself is optional in
/// requests, and the official Python SDK leaves it out).
#[derive(Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct Wire {
    #[serde(skip_serializing)]
    #[allow(dead_code)]
    kind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    raw_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    communication_user: Option<WireUser>,
    #[serde(skip_serializing_if = "Option::is_none")]
    phone_number: Option<WirePhone>,
    #[serde(skip_serializing_if = "Option::is_none")]
    microsoft_teams_user: Option<WireTeamsUser>,
    #[serde(skip_serializing_if = "Option::is_none")]
    microsoft_teams_app: Option<WireTeamsApp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    teams_extension_user: Option<WireExtensionUser>,
}

#[derive(Serialize, Deserialize)]
struct WireUser {
    id: String,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct WirePhone {
    value: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    asserted_id: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    is_anonymous: bool,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct WireTeamsUser {
    user_id: String,
    #[serde(default)]
    is_anonymous: bool,
    #[serde(default)]
    cloud: Option<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct WireTeamsApp {
    app_id: String,
    #[serde(default)]
    cloud: Option<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct WireExtensionUser {
    user_id: String,
    tenant_id: String,
    resource_id: String,
    #[serde(default)]
    cloud: Option<String>,
}

fn cloud(value: Option<&str>) -> CommunicationCloudEnvironment {
    value.map_or(CommunicationCloudEnvironment::Public, |c| {
        CommunicationCloudEnvironment::from_wire(c)
    })
}

impl Serialize for CommunicationIdentifier {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut wire = Wire {
            raw_id: Some(self.raw_id.clone()),
            ..Wire::default()
        };
        match &self.kind {
            IdentifierKind::CommunicationUser { id } => {
                wire.communication_user = Some(WireUser { id: id.clone() });
            }
            IdentifierKind::PhoneNumber {
                value,
                asserted_id,
                is_anonymous,
            } => {
                wire.phone_number = Some(WirePhone {
                    value: value.clone(),
                    asserted_id: asserted_id.clone(),
                    is_anonymous: *is_anonymous,
                });
            }
            IdentifierKind::MicrosoftTeamsUser {
                user_id,
                is_anonymous,
                cloud,
            } => {
                wire.microsoft_teams_user = Some(WireTeamsUser {
                    user_id: user_id.clone(),
                    is_anonymous: *is_anonymous,
                    cloud: Some(cloud.as_str().to_string()),
                });
            }
            IdentifierKind::MicrosoftTeamsApp { app_id, cloud } => {
                wire.microsoft_teams_app = Some(WireTeamsApp {
                    app_id: app_id.clone(),
                    cloud: Some(cloud.as_str().to_string()),
                });
            }
            IdentifierKind::TeamsExtensionUser {
                user_id,
                tenant_id,
                resource_id,
                cloud,
            } => {
                wire.teams_extension_user = Some(WireExtensionUser {
                    user_id: user_id.clone(),
                    tenant_id: tenant_id.clone(),
                    resource_id: resource_id.clone(),
                    cloud: Some(cloud.as_str().to_string()),
                });
            }
            IdentifierKind::Unknown => {}
        }
        wire.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for CommunicationIdentifier {
    /// The object of the identifier's kind decides, and the service's `rawId` is kept; an
    /// identifier with only a `rawId` is of a kind this crate does not know.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let wire = Wire::deserialize(deserializer)?;
        let kind = if let Some(user) = wire.communication_user {
            IdentifierKind::CommunicationUser { id: user.id }
        } else if let Some(phone) = wire.phone_number {
            // As the official SDKs do, the raw id (when there is one) says whether the number
            // is anonymous and which asserted id it has.
            match wire.raw_id.as_deref().map(kind_of) {
                Some(IdentifierKind::PhoneNumber {
                    asserted_id,
                    is_anonymous,
                    ..
                }) => IdentifierKind::PhoneNumber {
                    value: phone.value,
                    asserted_id,
                    is_anonymous,
                },
                _ => IdentifierKind::PhoneNumber {
                    value: phone.value,
                    asserted_id: phone.asserted_id,
                    is_anonymous: phone.is_anonymous,
                },
            }
        } else if let Some(user) = wire.microsoft_teams_user {
            IdentifierKind::MicrosoftTeamsUser {
                user_id: user.user_id,
                is_anonymous: user.is_anonymous,
                cloud: cloud(user.cloud.as_deref()),
            }
        } else if let Some(app) = wire.microsoft_teams_app {
            IdentifierKind::MicrosoftTeamsApp {
                app_id: app.app_id,
                cloud: cloud(app.cloud.as_deref()),
            }
        } else if let Some(user) = wire.teams_extension_user {
            IdentifierKind::TeamsExtensionUser {
                user_id: user.user_id,
                tenant_id: user.tenant_id,
                resource_id: user.resource_id,
                cloud: cloud(user.cloud.as_deref()),
            }
        } else {
            let Some(raw_id) = wire.raw_id else {
                return Err(serde::de::Error::custom(
                    "an identifier needs a `rawId` or the object of its kind",
                ));
            };
            return Ok(CommunicationIdentifier {
                raw_id,
                kind: IdentifierKind::Unknown,
            });
        };
        let raw_id = wire.raw_id.unwrap_or_else(|| format_raw_id(&kind));
        Ok(CommunicationIdentifier { raw_id, kind })
    }
}
