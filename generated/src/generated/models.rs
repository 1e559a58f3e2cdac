// @generated from `specs/callautomation/2025-05-15.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The types of the request and response bodies.

/// The cloud a Microsoft Teams identifier belongs to; `public` when absent. The service may add clouds: a client keeps values it does not know.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CommunicationCloudEnvironmentModel {
    /// `public`
    Public,
    /// `dod`
    Dod,
    /// `gcch`
    Gcch,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl CommunicationCloudEnvironmentModel {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Public => "public",
            Self::Dod => "dod",
            Self::Gcch => "gcch",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for CommunicationCloudEnvironmentModel {
    fn from(value: &str) -> Self {
        match value {
            "public" => Self::Public,
            "dod" => Self::Dod,
            "gcch" => Self::Gcch,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for CommunicationCloudEnvironmentModel {
    fn from(value: String) -> Self {
        match value.as_str() {
            "public" => Self::Public,
            "dod" => Self::Dod,
            "gcch" => Self::Gcch,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for CommunicationCloudEnvironmentModel {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for CommunicationCloudEnvironmentModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CommunicationCloudEnvironmentModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CommunicationCloudEnvironmentModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// An error the service reports, with the errors that caused it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CommunicationError {
    /// A machine-readable error code.
    pub code: String,
    /// A human-readable description of the error.
    pub message: String,
    /// What the error is about (a property or a parameter, for example).
    ///
    /// Read-only: set by the service, ignored in requests.
    pub target: Option<String>,
    /// Further errors that led to this one.
    ///
    /// Read-only: set by the service, ignored in requests.
    pub details: Option<Vec<CommunicationError>>,
    /// The error underneath this one, when there is one.
    ///
    /// Read-only: set by the service, ignored in requests.
    pub inner_error: Option<Box<CommunicationError>>,
}

impl serde::Serialize for CommunicationError {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("code", &self.code);
        map.entry("message", &self.message);
        map.optional("target", &self.target);
        map.optional("details", &self.details);
        map.optional("innererror", &self.inner_error);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CommunicationError {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CommunicationError;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `CommunicationError` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<Vec<CommunicationError>> = None;
                let mut field_4: Option<Box<CommunicationError>> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "code" => super::runtime::read(&mut map, &mut field_0),
                        "message" => super::runtime::read(&mut map, &mut field_1),
                        "target" => super::runtime::read_or_null(&mut map, &mut field_2),
                        "details" => super::runtime::read_or_null(&mut map, &mut field_3),
                        "innererror" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(CommunicationError {
                    code: super::runtime::required(field_0, "code")?,
                    message: super::runtime::required(field_1, "message")?,
                    target: field_2,
                    details: field_3,
                    inner_error: field_4,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The body of an error the service returns.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CommunicationErrorResponse {
    /// The `error` property.
    pub error: CommunicationError,
}

impl serde::Serialize for CommunicationErrorResponse {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("error", &self.error);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CommunicationErrorResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CommunicationErrorResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `CommunicationErrorResponse` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<CommunicationError> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "error" => super::runtime::read(&mut map, &mut field_0),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(CommunicationErrorResponse {
                    error: super::runtime::required(field_0, "error")?,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Identifies a participant of a call. Besides `kind` and `rawId`, at most one of the other properties is set, and it must match `kind`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CommunicationIdentifierModel {
    /// The `kind` property.
    pub kind: Option<CommunicationIdentifierModelKind>,
    /// The raw id of the identifier. Optional in requests, always present in responses.
    pub raw_id: Option<String>,
    /// The `communicationUser` property.
    pub communication_user: Option<CommunicationUserIdentifierModel>,
    /// The `phoneNumber` property.
    pub phone_number: Option<PhoneNumberIdentifierModel>,
    /// The `microsoftTeamsUser` property.
    pub microsoft_teams_user: Option<MicrosoftTeamsUserIdentifierModel>,
    /// The `microsoftTeamsApp` property.
    pub microsoft_teams_app: Option<MicrosoftTeamsAppIdentifierModel>,
    /// The `teamsExtensionUser` property.
    pub teams_extension_user: Option<TeamsExtensionUserIdentifierModel>,
}

impl serde::Serialize for CommunicationIdentifierModel {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("kind", &self.kind);
        map.optional("rawId", &self.raw_id);
        map.optional("communicationUser", &self.communication_user);
        map.optional("phoneNumber", &self.phone_number);
        map.optional("microsoftTeamsUser", &self.microsoft_teams_user);
        map.optional("microsoftTeamsApp", &self.microsoft_teams_app);
        map.optional("teamsExtensionUser", &self.teams_extension_user);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CommunicationIdentifierModel {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CommunicationIdentifierModel;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `CommunicationIdentifierModel` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<CommunicationIdentifierModelKind> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<CommunicationUserIdentifierModel> = None;
                let mut field_3: Option<PhoneNumberIdentifierModel> = None;
                let mut field_4: Option<MicrosoftTeamsUserIdentifierModel> = None;
                let mut field_5: Option<MicrosoftTeamsAppIdentifierModel> = None;
                let mut field_6: Option<TeamsExtensionUserIdentifierModel> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "kind" => super::runtime::read_or_null(&mut map, &mut field_0),
                        "rawId" => super::runtime::read_or_null(&mut map, &mut field_1),
                        "communicationUser" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "phoneNumber" => {
                            super::runtime::read_or_null(&mut map, &mut field_3)
                        }
                        "microsoftTeamsUser" => {
                            super::runtime::read_or_null(&mut map, &mut field_4)
                        }
                        "microsoftTeamsApp" => {
                            super::runtime::read_or_null(&mut map, &mut field_5)
                        }
                        "teamsExtensionUser" => {
                            super::runtime::read_or_null(&mut map, &mut field_6)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(CommunicationIdentifierModel {
                    kind: field_0,
                    raw_id: field_1,
                    communication_user: field_2,
                    phone_number: field_3,
                    microsoft_teams_user: field_4,
                    microsoft_teams_app: field_5,
                    teams_extension_user: field_6,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The kind of a communication identifier. Required in responses. The service may add kinds: a client keeps values it does not know.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CommunicationIdentifierModelKind {
    /// `unknown`
    Unknown,
    /// `communicationUser`
    CommunicationUser,
    /// `phoneNumber`
    PhoneNumber,
    /// `microsoftTeamsUser`
    MicrosoftTeamsUser,
    /// `microsoftTeamsApp`
    MicrosoftTeamsApp,
    /// `teamsExtensionUser`
    TeamsExtensionUser,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl CommunicationIdentifierModelKind {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::CommunicationUser => "communicationUser",
            Self::PhoneNumber => "phoneNumber",
            Self::MicrosoftTeamsUser => "microsoftTeamsUser",
            Self::MicrosoftTeamsApp => "microsoftTeamsApp",
            Self::TeamsExtensionUser => "teamsExtensionUser",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for CommunicationIdentifierModelKind {
    fn from(value: &str) -> Self {
        match value {
            "unknown" => Self::Unknown,
            "communicationUser" => Self::CommunicationUser,
            "phoneNumber" => Self::PhoneNumber,
            "microsoftTeamsUser" => Self::MicrosoftTeamsUser,
            "microsoftTeamsApp" => Self::MicrosoftTeamsApp,
            "teamsExtensionUser" => Self::TeamsExtensionUser,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for CommunicationIdentifierModelKind {
    fn from(value: String) -> Self {
        match value.as_str() {
            "unknown" => Self::Unknown,
            "communicationUser" => Self::CommunicationUser,
            "phoneNumber" => Self::PhoneNumber,
            "microsoftTeamsUser" => Self::MicrosoftTeamsUser,
            "microsoftTeamsApp" => Self::MicrosoftTeamsApp,
            "teamsExtensionUser" => Self::TeamsExtensionUser,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for CommunicationIdentifierModelKind {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for CommunicationIdentifierModelKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for CommunicationIdentifierModelKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CommunicationIdentifierModelKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// A Communication Services user.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CommunicationUserIdentifierModel {
    /// The id of the Communication Services user.
    pub id: String,
}

impl serde::Serialize for CommunicationUserIdentifierModel {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("id", &self.id);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for CommunicationUserIdentifierModel {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = CommunicationUserIdentifierModel;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `CommunicationUserIdentifierModel` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "id" => super::runtime::read(&mut map, &mut field_0),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(CommunicationUserIdentifierModel {
                    id: super::runtime::required(field_0, "id")?,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// A Microsoft Teams application (a bot, for example).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MicrosoftTeamsAppIdentifierModel {
    /// The id of the Teams application.
    pub app_id: String,
    /// The `cloud` property.
    pub cloud: Option<CommunicationCloudEnvironmentModel>,
}

impl serde::Serialize for MicrosoftTeamsAppIdentifierModel {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("appId", &self.app_id);
        map.optional("cloud", &self.cloud);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MicrosoftTeamsAppIdentifierModel {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = MicrosoftTeamsAppIdentifierModel;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `MicrosoftTeamsAppIdentifierModel` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<CommunicationCloudEnvironmentModel> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "appId" => super::runtime::read(&mut map, &mut field_0),
                        "cloud" => super::runtime::read_or_null(&mut map, &mut field_1),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(MicrosoftTeamsAppIdentifierModel {
                    app_id: super::runtime::required(field_0, "appId")?,
                    cloud: field_1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// A Microsoft Teams user.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MicrosoftTeamsUserIdentifierModel {
    /// The Microsoft Entra object id of the user, or the Teams id of an anonymous user.
    pub user_id: String,
    /// Whether the user is anonymous. Taken as false when absent.
    pub is_anonymous: Option<bool>,
    /// The `cloud` property.
    pub cloud: Option<CommunicationCloudEnvironmentModel>,
}

impl serde::Serialize for MicrosoftTeamsUserIdentifierModel {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("userId", &self.user_id);
        map.optional("isAnonymous", &self.is_anonymous);
        map.optional("cloud", &self.cloud);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for MicrosoftTeamsUserIdentifierModel {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = MicrosoftTeamsUserIdentifierModel;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `MicrosoftTeamsUserIdentifierModel` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<bool> = None;
                let mut field_2: Option<CommunicationCloudEnvironmentModel> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "userId" => super::runtime::read(&mut map, &mut field_0),
                        "isAnonymous" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "cloud" => super::runtime::read_or_null(&mut map, &mut field_2),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(MicrosoftTeamsUserIdentifierModel {
                    user_id: super::runtime::required(field_0, "userId")?,
                    is_anonymous: field_1,
                    cloud: field_2,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// A phone number.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PhoneNumberIdentifierModel {
    /// The phone number, usually in E.164 format; `anonymous` when `isAnonymous` is true.
    pub value: String,
    /// Whether the number is anonymous (withheld). Taken as false when absent.
    pub is_anonymous: Option<bool>,
    /// Set when the same phone number joins the same call more than once, to tell those participants apart.
    pub asserted_id: Option<String>,
}

impl serde::Serialize for PhoneNumberIdentifierModel {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("value", &self.value);
        map.optional("isAnonymous", &self.is_anonymous);
        map.optional("assertedId", &self.asserted_id);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for PhoneNumberIdentifierModel {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = PhoneNumberIdentifierModel;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `PhoneNumberIdentifierModel` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<bool> = None;
                let mut field_2: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "value" => super::runtime::read(&mut map, &mut field_0),
                        "isAnonymous" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "assertedId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(PhoneNumberIdentifierModel {
                    value: super::runtime::required(field_0, "value")?,
                    is_anonymous: field_1,
                    asserted_id: field_2,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// A Microsoft Teams Phone user reached through a Communication Services resource.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TeamsExtensionUserIdentifierModel {
    /// The Microsoft Entra object id of the user.
    pub user_id: String,
    /// The id of the user's Microsoft Entra tenant.
    pub tenant_id: String,
    /// The id of the Communication Services resource the user is reached through.
    pub resource_id: Option<String>,
    /// The `cloud` property.
    pub cloud: Option<CommunicationCloudEnvironmentModel>,
}

impl serde::Serialize for TeamsExtensionUserIdentifierModel {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("userId", &self.user_id);
        map.entry("tenantId", &self.tenant_id);
        map.optional("resourceId", &self.resource_id);
        map.optional("cloud", &self.cloud);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for TeamsExtensionUserIdentifierModel {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = TeamsExtensionUserIdentifierModel;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `TeamsExtensionUserIdentifierModel` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<CommunicationCloudEnvironmentModel> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "userId" => super::runtime::read(&mut map, &mut field_0),
                        "tenantId" => super::runtime::read(&mut map, &mut field_1),
                        "resourceId" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        "cloud" => super::runtime::read_or_null(&mut map, &mut field_3),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(TeamsExtensionUserIdentifierModel {
                    user_id: super::runtime::required(field_0, "userId")?,
                    tenant_id: super::runtime::required(field_1, "tenantId")?,
                    resource_id: field_2,
                    cloud: field_3,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The request to take a participant of the call off hold.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnholdRequest {
    /// The participant to take off hold.
    pub target_participant: CommunicationIdentifierModel,
    /// A value of the caller's choosing, echoed back in the event that reports the outcome, to correlate this request with that event.
    pub operation_context: Option<String>,
    /// A callback URI for this action only, overriding the one set when the call was created or answered. When absent, that default callback URI is used.
    pub operation_callback_uri: Option<String>,
}

impl serde::Serialize for UnholdRequest {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("targetParticipant", &self.target_participant);
        map.optional("operationContext", &self.operation_context);
        map.optional("operationCallbackUri", &self.operation_callback_uri);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for UnholdRequest {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = UnholdRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `UnholdRequest` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<CommunicationIdentifierModel> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "targetParticipant" => {
                            super::runtime::read(&mut map, &mut field_0)
                        }
                        "operationContext" => {
                            super::runtime::read_or_null(&mut map, &mut field_1)
                        }
                        "operationCallbackUri" => {
                            super::runtime::read_or_null(&mut map, &mut field_2)
                        }
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(UnholdRequest {
                    target_participant: super::runtime::required(
                        field_0,
                        "targetParticipant",
                    )?,
                    operation_context: field_1,
                    operation_callback_uri: field_2,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

impl super::error::ErrorBody for CommunicationErrorResponse {
    fn code(&self) -> Option<&str> {
        let value = self;
        let value = &value.error;
        Some(value.code.as_str())
    }

    fn message(&self) -> Option<&str> {
        let value = self;
        let value = &value.error;
        Some(value.message.as_str())
    }
}
