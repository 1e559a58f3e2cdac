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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct CommunicationError {
    /// A machine-readable error code.
    pub code: String,
    /// A human-readable description of the error.
    pub message: String,
    /// What the error is about (a property or a parameter, for example).
    ///
    /// Read-only: set by the service, ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// Further errors that led to this one.
    ///
    /// Read-only: set by the service, ignored in requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<Vec<CommunicationError>>,
    /// The error underneath this one, when there is one.
    ///
    /// Read-only: set by the service, ignored in requests.
    #[serde(rename = "innererror", default, skip_serializing_if = "Option::is_none")]
    pub inner_error: Option<Box<CommunicationError>>,
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
                let mut field_0 = None;
                let mut field_1 = None;
                let mut field_2 = None;
                let mut field_3 = None;
                let mut field_4 = None;
                while let Some(key) = map.next_key::<crate::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "code" => field_0 = Some(map.next_value()?),
                        "message" => field_1 = Some(map.next_value()?),
                        "target" => field_2 = map.next_value()?,
                        "details" => field_3 = map.next_value()?,
                        "innererror" => field_4 = map.next_value()?,
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(CommunicationError {
                    code: field_0.ok_or_else(|| crate::runtime::missing("code"))?,
                    message: field_1.ok_or_else(|| crate::runtime::missing("message"))?,
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct CommunicationErrorResponse {
    /// The `error` property.
    pub error: CommunicationError,
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
                let mut field_0 = None;
                while let Some(key) = map.next_key::<crate::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "error" => field_0 = Some(map.next_value()?),
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(CommunicationErrorResponse {
                    error: field_0.ok_or_else(|| crate::runtime::missing("error"))?,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// Identifies a participant of a call. Besides `kind` and `rawId`, at most one of the other properties is set, and it must match `kind`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct CommunicationIdentifierModel {
    /// The `kind` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<CommunicationIdentifierModelKind>,
    /// The raw id of the identifier. Optional in requests, always present in responses.
    #[serde(rename = "rawId", default, skip_serializing_if = "Option::is_none")]
    pub raw_id: Option<String>,
    /// The `communicationUser` property.
    #[serde(
        rename = "communicationUser",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub communication_user: Option<CommunicationUserIdentifierModel>,
    /// The `phoneNumber` property.
    #[serde(rename = "phoneNumber", default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<PhoneNumberIdentifierModel>,
    /// The `microsoftTeamsUser` property.
    #[serde(
        rename = "microsoftTeamsUser",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub microsoft_teams_user: Option<MicrosoftTeamsUserIdentifierModel>,
    /// The `microsoftTeamsApp` property.
    #[serde(
        rename = "microsoftTeamsApp",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub microsoft_teams_app: Option<MicrosoftTeamsAppIdentifierModel>,
    /// The `teamsExtensionUser` property.
    #[serde(
        rename = "teamsExtensionUser",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub teams_extension_user: Option<TeamsExtensionUserIdentifierModel>,
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
                let mut field_0 = None;
                let mut field_1 = None;
                let mut field_2 = None;
                let mut field_3 = None;
                let mut field_4 = None;
                let mut field_5 = None;
                let mut field_6 = None;
                while let Some(key) = map.next_key::<crate::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "kind" => field_0 = map.next_value()?,
                        "rawId" => field_1 = map.next_value()?,
                        "communicationUser" => field_2 = map.next_value()?,
                        "phoneNumber" => field_3 = map.next_value()?,
                        "microsoftTeamsUser" => field_4 = map.next_value()?,
                        "microsoftTeamsApp" => field_5 = map.next_value()?,
                        "teamsExtensionUser" => field_6 = map.next_value()?,
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
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
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct CommunicationUserIdentifierModel {
    /// The id of the Communication Services user.
    pub id: String,
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
                let mut field_0 = None;
                while let Some(key) = map.next_key::<crate::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "id" => field_0 = Some(map.next_value()?),
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(CommunicationUserIdentifierModel {
                    id: field_0.ok_or_else(|| crate::runtime::missing("id"))?,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// A Microsoft Teams application (a bot, for example).
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct MicrosoftTeamsAppIdentifierModel {
    /// The id of the Teams application.
    #[serde(rename = "appId")]
    pub app_id: String,
    /// The `cloud` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud: Option<CommunicationCloudEnvironmentModel>,
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
                let mut field_0 = None;
                let mut field_1 = None;
                while let Some(key) = map.next_key::<crate::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "appId" => field_0 = Some(map.next_value()?),
                        "cloud" => field_1 = map.next_value()?,
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(MicrosoftTeamsAppIdentifierModel {
                    app_id: field_0.ok_or_else(|| crate::runtime::missing("appId"))?,
                    cloud: field_1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// A Microsoft Teams user.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct MicrosoftTeamsUserIdentifierModel {
    /// The Microsoft Entra object id of the user, or the Teams id of an anonymous user.
    #[serde(rename = "userId")]
    pub user_id: String,
    /// Whether the user is anonymous. Taken as false when absent.
    #[serde(rename = "isAnonymous", default, skip_serializing_if = "Option::is_none")]
    pub is_anonymous: Option<bool>,
    /// The `cloud` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud: Option<CommunicationCloudEnvironmentModel>,
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
                let mut field_0 = None;
                let mut field_1 = None;
                let mut field_2 = None;
                while let Some(key) = map.next_key::<crate::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "userId" => field_0 = Some(map.next_value()?),
                        "isAnonymous" => field_1 = map.next_value()?,
                        "cloud" => field_2 = map.next_value()?,
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(MicrosoftTeamsUserIdentifierModel {
                    user_id: field_0.ok_or_else(|| crate::runtime::missing("userId"))?,
                    is_anonymous: field_1,
                    cloud: field_2,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// A phone number.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct PhoneNumberIdentifierModel {
    /// The phone number, usually in E.164 format; `anonymous` when `isAnonymous` is true.
    pub value: String,
    /// Whether the number is anonymous (withheld). Taken as false when absent.
    #[serde(rename = "isAnonymous", default, skip_serializing_if = "Option::is_none")]
    pub is_anonymous: Option<bool>,
    /// Set when the same phone number joins the same call more than once, to tell those participants apart.
    #[serde(rename = "assertedId", default, skip_serializing_if = "Option::is_none")]
    pub asserted_id: Option<String>,
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
                let mut field_0 = None;
                let mut field_1 = None;
                let mut field_2 = None;
                while let Some(key) = map.next_key::<crate::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "value" => field_0 = Some(map.next_value()?),
                        "isAnonymous" => field_1 = map.next_value()?,
                        "assertedId" => field_2 = map.next_value()?,
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PhoneNumberIdentifierModel {
                    value: field_0.ok_or_else(|| crate::runtime::missing("value"))?,
                    is_anonymous: field_1,
                    asserted_id: field_2,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// A Microsoft Teams Phone user reached through a Communication Services resource.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct TeamsExtensionUserIdentifierModel {
    /// The Microsoft Entra object id of the user.
    #[serde(rename = "userId")]
    pub user_id: String,
    /// The id of the user's Microsoft Entra tenant.
    #[serde(rename = "tenantId")]
    pub tenant_id: String,
    /// The id of the Communication Services resource the user is reached through.
    #[serde(rename = "resourceId", default, skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    /// The `cloud` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud: Option<CommunicationCloudEnvironmentModel>,
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
                let mut field_0 = None;
                let mut field_1 = None;
                let mut field_2 = None;
                let mut field_3 = None;
                while let Some(key) = map.next_key::<crate::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "userId" => field_0 = Some(map.next_value()?),
                        "tenantId" => field_1 = Some(map.next_value()?),
                        "resourceId" => field_2 = map.next_value()?,
                        "cloud" => field_3 = map.next_value()?,
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(TeamsExtensionUserIdentifierModel {
                    user_id: field_0.ok_or_else(|| crate::runtime::missing("userId"))?,
                    tenant_id: field_1
                        .ok_or_else(|| crate::runtime::missing("tenantId"))?,
                    resource_id: field_2,
                    cloud: field_3,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The request to take a participant of the call off hold.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct UnholdRequest {
    /// The participant to take off hold.
    #[serde(rename = "targetParticipant")]
    pub target_participant: CommunicationIdentifierModel,
    /// A value of the caller's choosing, echoed back in the event that reports the outcome, to correlate this request with that event.
    #[serde(
        rename = "operationContext",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub operation_context: Option<String>,
    /// A callback URI for this action only, overriding the one set when the call was created or answered. When absent, that default callback URI is used.
    #[serde(
        rename = "operationCallbackUri",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub operation_callback_uri: Option<String>,
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
                let mut field_0 = None;
                let mut field_1 = None;
                let mut field_2 = None;
                while let Some(key) = map.next_key::<crate::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "targetParticipant" => field_0 = Some(map.next_value()?),
                        "operationContext" => field_1 = map.next_value()?,
                        "operationCallbackUri" => field_2 = map.next_value()?,
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(UnholdRequest {
                    target_participant: field_0
                        .ok_or_else(|| crate::runtime::missing("targetParticipant"))?,
                    operation_context: field_1,
                    operation_callback_uri: field_2,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

impl crate::error::ErrorBody for CommunicationErrorResponse {
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
