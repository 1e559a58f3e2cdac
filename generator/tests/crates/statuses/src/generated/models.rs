// @generated from `generator/tests/fixtures/statuses.yaml` by the workspace's OpenAPI generator. Do not edit: change the spec or the generator and run `cargo xtask codegen`.

//! The types of the request and response bodies.

/// The `Created` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Created {
    /// The `location` property.
    pub location: String,
}

impl Created {
    /// A `Created` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(location: impl Into<String>) -> Self {
        Self { location: location.into() }
    }
}

impl serde::Serialize for Created {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("location", &self.location);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Created {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = Created;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `Created` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "location" => super::runtime::read(&mut map, &mut field_0),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => Ok(Created { location: field_0 }),
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["location"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `Error` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Error {
    /// The `code` property.
    pub code: Option<String>,
    /// The `message` property.
    pub message: Option<String>,
}

impl serde::Serialize for Error {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("code", &self.code);
        map.optional("message", &self.message);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Error {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = Error;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `Error` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "code" => super::runtime::read_or_null(&mut map, &mut field_0),
                        "message" => super::runtime::read_or_null(&mut map, &mut field_1),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(Error {
                    code: field_0,
                    message: field_1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The response headers `getJob` documents; each is `None` when the answer lacks it or its value does not parse.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct GetJobHeaders {
    /// The job's version.
    pub e_tag: Option<String>,
    /// The `x-rate-limit-remaining` header.
    pub x_rate_limit_remaining: Option<i32>,
    /// The `x-job-state` header.
    pub x_job_state: Option<GetJobXJobStateHeader>,
    /// The `link` header.
    pub link: Option<String>,
    /// Names the request in the service's logs.
    pub x_request_id: Option<String>,
}

impl GetJobHeaders {
    pub(crate) fn read(headers: &reqwest::header::HeaderMap) -> Self {
        Self {
            e_tag: super::runtime::header_value(headers, "etag"),
            x_rate_limit_remaining: super::runtime::header_value(
                headers,
                "x-rate-limit-remaining",
            ),
            x_job_state: super::runtime::header_value(headers, "x-job-state"),
            link: super::runtime::header_value(headers, "link"),
            x_request_id: super::runtime::header_value(headers, "x-request-id"),
        }
    }
}

/// The `GetJobXJobStateHeader` schema.
///
/// Values this version of the crate does not know are kept in the last variant, so a value
/// the service adds later never fails to parse. A later version of the crate may name more
/// values (so `match`es need a `_` arm); values it names are no longer read into the last
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetJobXJobStateHeader {
    /// `queued`
    Queued,
    /// `done`
    Done,
    /// A value this version of the crate does not know. Build values with `From<&str>`,
    /// which picks a named variant whenever there is one.
    UnknownValue(String),
}

impl GetJobXJobStateHeader {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Queued => "queued",
            Self::Done => "done",
            Self::UnknownValue(value) => value,
        }
    }
}

impl From<&str> for GetJobXJobStateHeader {
    fn from(value: &str) -> Self {
        match value {
            "queued" => Self::Queued,
            "done" => Self::Done,
            other => Self::UnknownValue(other.to_owned()),
        }
    }
}

impl From<String> for GetJobXJobStateHeader {
    fn from(value: String) -> Self {
        match value.as_str() {
            "queued" => Self::Queued,
            "done" => Self::Done,
            _ => Self::UnknownValue(value),
        }
    }
}

impl std::str::FromStr for GetJobXJobStateHeader {
    type Err = std::convert::Infallible;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}

impl std::fmt::Display for GetJobXJobStateHeader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for GetJobXJobStateHeader {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for GetJobXJobStateHeader {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}

/// The `Job` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Job {
    /// The `id` property.
    pub id: String,
}

impl Job {
    /// A `Job` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}

impl serde::Serialize for Job {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("id", &self.id);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Job {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = Job;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `Job` object")
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
                match (field_0,) {
                    (Some(field_0),) => Ok(Job { id: field_0 }),
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["id"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `NotFound` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NotFound {
    /// The `missing` property.
    pub missing: String,
    /// The `message` property.
    pub message: Option<String>,
}

impl NotFound {
    /// A `NotFound` with its required properties; the optional ones are `None`: set them on the value.
    pub fn new(missing: impl Into<String>) -> Self {
        Self {
            missing: missing.into(),
            message: None,
        }
    }
}

impl serde::Serialize for NotFound {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.entry("missing", &self.missing);
        map.optional("message", &self.message);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for NotFound {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = NotFound;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `NotFound` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "missing" => super::runtime::read(&mut map, &mut field_0),
                        "message" => super::runtime::read_or_null(&mut map, &mut field_1),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                match (field_0,) {
                    (Some(field_0),) => {
                        Ok(NotFound {
                            missing: field_0,
                            message: field_1,
                        })
                    }
                    (field_0,) => {
                        Err(super::runtime::missing(&[field_0.is_some()], &["missing"]))
                    }
                }
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The `Problem` schema.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Problem {
    /// The `title` property.
    pub title: Option<String>,
    /// The `code` property.
    pub code: Option<String>,
}

impl serde::Serialize for Problem {
    fn serialize<__S: serde::Serializer>(
        &self,
        serializer: __S,
    ) -> Result<__S::Ok, __S::Error> {
        let mut map = super::runtime::MapWriter::new(serializer)?;
        map.optional("title", &self.title);
        map.optional("code", &self.code);
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for Problem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = Problem;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a `Problem` object")
            }
            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                mut map: __A,
            ) -> Result<Self::Value, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                    match key.as_str() {
                        "title" => super::runtime::read_or_null(&mut map, &mut field_0),
                        "code" => super::runtime::read_or_null(&mut map, &mut field_1),
                        _ => super::runtime::skip(&mut map),
                    }?;
                }
                Ok(Problem {
                    title: field_0,
                    code: field_1,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

/// The error answers of an operation, by status.
///
/// The client picks the variant from the answer's status.
#[derive(Debug, Clone, PartialEq)]
pub enum PutJobError {
    /// The answer with status `404`.
    Status404(NotFound),
    /// The answer with status `4XX`.
    Status4XX(Problem),
    /// The answer with any other status.
    Default(Error),
}

/// The answers of an operation, by status.
///
/// The client picks the variant from the answer's status.
#[derive(Debug, Clone, PartialEq)]
pub enum PutJobResponse {
    /// The answer with status `200`.
    Status200(Job),
    /// The answer with status `201`.
    Status201(Created),
    /// The answer with status `204`, which has no body.
    Status204,
}

impl super::error::ErrorBody for Error {
    fn code(&self) -> Option<&str> {
        let value = self;
        value.code.as_deref()
    }

    fn message(&self) -> Option<&str> {
        let value = self;
        value.message.as_deref()
    }
}

impl super::error::ErrorBody for NotFound {
    fn code(&self) -> Option<&str> {
        None
    }

    fn message(&self) -> Option<&str> {
        let value = self;
        value.message.as_deref()
    }
}

impl super::error::ErrorBody for Problem {
    fn code(&self) -> Option<&str> {
        let value = self;
        value.code.as_deref()
    }

    fn message(&self) -> Option<&str> {
        None
    }
}

impl super::error::ErrorBody for PutJobError {
    fn code(&self) -> Option<&str> {
        match self {
            Self::Status404(body) => super::error::ErrorBody::code(body),
            Self::Status4XX(body) => super::error::ErrorBody::code(body),
            Self::Default(body) => super::error::ErrorBody::code(body),
        }
    }

    fn message(&self) -> Option<&str> {
        match self {
            Self::Status404(body) => super::error::ErrorBody::message(body),
            Self::Status4XX(body) => super::error::ErrorBody::message(body),
            Self::Default(body) => super::error::ErrorBody::message(body),
        }
    }
}
