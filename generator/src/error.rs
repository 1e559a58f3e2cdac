//! Errors and warnings, each carrying where in the spec it arose.

use std::fmt;
use std::path::PathBuf;

/// A place in a spec: the file as the user named it (never an absolute path when the user gave a
/// relative one), a JSON pointer inside it, and a line and column when the parser gave one.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct Location {
    pub file: String,
    pub pointer: String,
    pub line_col: Option<(usize, usize)>,
}

impl Location {
    pub fn new(file: impl Into<String>, pointer: impl Into<String>) -> Self {
        Location {
            file: file.into(),
            pointer: pointer.into(),
            line_col: None,
        }
    }

    /// This location extended by one JSON pointer segment (escaped as RFC 6901 says).
    pub fn join(&self, segment: &str) -> Self {
        let escaped = escape_segment(segment);
        Location {
            file: self.file.clone(),
            pointer: format!("{}/{}", self.pointer, escaped),
            line_col: None,
        }
    }
}

/// A JSON pointer segment for `segment` (RFC 6901: `~` as `~0`, `/` as `~1`).
pub fn escape_segment(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some((line, col)) = self.line_col {
            write!(f, ":{line}:{col}")?;
        }
        if !self.pointer.is_empty() {
            write!(f, "#{}", self.pointer)?;
        }
        Ok(())
    }
}

/// Everything that can stop a generation run.
#[derive(Debug)]
pub enum Error {
    /// A file could not be read or written.
    Io {
        path: PathBuf,
        action: &'static str,
        source: std::io::Error,
    },
    /// A spec file is not well-formed YAML or JSON, or does not have the shape of an OpenAPI document.
    Parse { at: Location, message: String },
    /// The spec is well-formed but wrong or unsupported at a given place.
    Spec { at: Location, message: String },
    /// The generator's configuration (codegen.toml or command-line arguments) is wrong.
    Config { message: String },
    /// The generator produced Rust that does not parse: a bug in the generator.
    Internal { file: String, message: String },
}

impl Error {
    pub fn spec(at: &Location, message: impl Into<String>) -> Self {
        Error::Spec {
            at: at.clone(),
            message: message.into(),
        }
    }

    pub fn config(message: impl Into<String>) -> Self {
        Error::Config {
            message: message.into(),
        }
    }

    pub fn io(path: impl Into<PathBuf>, action: &'static str, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            action,
            source,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io {
                path,
                action,
                source,
            } => write!(f, "cannot {action} {}: {source}", path.display()),
            Error::Parse { at, message } => write!(f, "{at}: {message}"),
            Error::Spec { at, message } => write!(f, "{at}: {message}"),
            Error::Config { message } => write!(f, "configuration: {message}"),
            Error::Internal { file, message } => {
                write!(
                    f,
                    "internal error: the generated {file} is not valid Rust ({message}); please report this"
                )
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Something the generator handled with a documented fallback; printed in the run's summary.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Warning {
    pub at: Location,
    pub message: String,
}

/// How every warning of a fallback to untyped JSON (`serde_json::Value`) ends, so that runs can
/// count them apart from the others.
pub const UNTYPED_FALLBACK: &str = "typed as any JSON value";

impl Warning {
    /// Whether the generator fell back to untyped JSON where the spec gives a schema.
    pub fn is_untyped_fallback(&self) -> bool {
        self.message.ends_with(UNTYPED_FALLBACK)
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "warning: {}: {}", self.at, self.message)
    }
}
