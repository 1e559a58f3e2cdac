//! Parameters: an operation's own and its path item's, merged; each one's location, style, encoding and wire name; constants; the path template's parts.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{
    Parameter, ParameterSchemaOrContent, PathStyle, QueryStyle, ReferenceOr, Schema, SchemaKind,
    Type,
};
use percent_encoding::utf8_percent_encode;

use super::{Found, Lowered, Lowerer, calls, names, type_name, value_name};
use crate::error::{Error, Result};
use crate::load::Target;
use crate::model::{
    ClientParam, Constant, Encoding, Fill, Param, ParamLocation, ParamStyle, PathPart, TypeRef,
};
use names::Scope;

impl Lowerer<'_> {
    /// Path-level parameters, overridden by operation parameters of the same name and location.
    pub(super) fn merged_params<'f>(
        &self,
        found: &Found<'f>,
    ) -> Result<Vec<(Target, Cow<'f, Parameter>)>> {
        let (op, at) = (&found.operation, &found.at);
        let mut params: Vec<(Target, Cow<'_, Parameter>)> = Vec::new();
        for (i, p) in found.item.parameters.iter().enumerate() {
            params.push(self.item(&found.item_at.join("parameters").join(&i.to_string()), p)?);
        }
        for (i, p) in op.parameters.iter().enumerate() {
            let (p_at, p) = self.item(&at.join("parameters").join(&i.to_string()), p)?;
            let key = (location_of(&p), p.parameter_data_ref().name.clone());
            params.retain(|(_, q)| (location_of(q), q.parameter_data_ref().name.clone()) != key);
            params.push((p_at, p));
        }

        Ok(params)
    }

    /// The operation's parameters: its own (each with a Rust name from `arg_names`), the client
    /// parameters it sends (recorded in `client_params`), and its constants.
    pub(super) fn params(
        &mut self,
        params: &[(Target, Cow<'_, Parameter>)],
        pascal: &str,
        arg_names: &mut Scope,
        client_params: &mut BTreeMap<(ParamLocation, String), ClientParam>,
    ) -> Result<Lowered> {
        let mut lowered = Vec::new();
        let mut op_client_params = Vec::new();
        let mut constants = Vec::new();
        for (p_at, p) in params {
            let data = p.parameter_data_ref();
            let location = location_of(p);
            if !self.wire_name_ok(p_at, location, &data.name) {
                continue;
            }
            let is_client = data
                .extensions
                .get("x-ms-parameter-location")
                .and_then(|v| v.as_str())
                == Some("client")
                || (location == ParamLocation::Query && data.name == "api-version");
            let schema = match &data.format {
                ParameterSchemaOrContent::Schema(s) => Some(s),
                ParameterSchemaOrContent::Content(_) => None,
            };
            let constant = match schema {
                Some(s) if data.required || location == ParamLocation::Path => {
                    self.constant_value(&p_at.join("schema"), s)?
                }
                _ => None,
            };
            if let Some(value) = constant {
                if location == ParamLocation::Header && !is_header_value(&value) {
                    self.warn(
                        p_at,
                        format!(
                            "the constant {value:?} cannot be a header value; the parameter is left out"
                        ),
                    );
                    continue;
                }
                constants.push(Constant {
                    name: data.name.clone(),
                    location,
                    value,
                });
                continue;
            }
            if is_client {
                let default = match schema {
                    Some(ReferenceOr::Item(s)) => s
                        .schema_data
                        .default
                        .as_ref()
                        .and_then(|d| d.as_str())
                        .map(str::to_owned),
                    _ => None,
                }
                .or_else(|| {
                    (data.name == "api-version").then(|| self.spec.openapi.info.version.clone())
                });
                client_params
                    .entry((location, data.name.clone()))
                    .or_insert_with(|| ClientParam {
                        name: data.name.clone(),
                        rust_name: value_name(&data.name),
                        location,
                        default,
                        description: data.description.clone(),
                    });
                op_client_params.push(data.name.clone());
                continue;
            }
            // OpenAPI: header parameters named Accept, Content-Type or Authorization are ignored.
            if location == ParamLocation::Header
                && ["accept", "content-type", "authorization"]
                    .contains(&data.name.to_ascii_lowercase().as_str())
            {
                continue;
            }
            if let Some(param) = self.param(p_at, p, schema, pascal, arg_names)? {
                lowered.push(param);
            }
        }
        Ok(Lowered {
            params: lowered,
            client: op_client_params,
            constants,
        })
    }

    /// Whether a header or cookie parameter's name can go on the wire as it is (an HTTP token);
    /// warns and says no when it cannot, so that no generated request fails on it.
    pub(super) fn wire_name_ok(
        &mut self,
        p_at: &Target,
        location: ParamLocation,
        name: &str,
    ) -> bool {
        let what = match location {
            ParamLocation::Header => "header",
            ParamLocation::Cookie => "cookie",
            ParamLocation::Path | ParamLocation::Query => return true,
        };
        if is_token(name) {
            return true;
        }
        self.warn(
            p_at,
            format!("{name:?} is not a valid {what} name; the parameter is left out"),
        );
        false
    }

    /// One parameter of the operation's own: its type, style and Rust name.
    pub(super) fn param(
        &mut self,
        p_at: &Target,
        p: &Parameter,
        schema: Option<&ReferenceOr<openapiv3::Schema>>,
        pascal: &str,
        arg_names: &mut Scope,
    ) -> Result<Option<Param>> {
        let data = p.parameter_data_ref();
        let location = location_of(p);
        let hint = format!("{pascal}{}", type_name(&data.name));
        let mut ty = match schema {
            Some(s) => self.schema(&p_at.join("schema"), s.into(), &hint)?,
            None => {
                self.warn(
                    p_at,
                    "parameters described by `content` are passed as strings",
                );
                TypeRef::String
            }
        };
        // Values that are neither scalars nor arrays of scalars (objects, maps, unions, nested
        // arrays) are written by `style` and `explode` at run time, from their JSON form.
        if matches!(ty, TypeRef::Json) {
            ty = TypeRef::String;
            self.warn(p_at, "parameters of any JSON value are passed as strings");
        }
        let style = match p {
            Parameter::Query { style, .. } => match style {
                QueryStyle::Form => ParamStyle::Form,
                QueryStyle::SpaceDelimited => ParamStyle::SpaceDelimited,
                QueryStyle::PipeDelimited => ParamStyle::PipeDelimited,
                QueryStyle::DeepObject => ParamStyle::DeepObject,
            },
            Parameter::Path { style, .. } => match style {
                PathStyle::Simple => ParamStyle::Simple,
                PathStyle::Label => ParamStyle::Label,
                PathStyle::Matrix => ParamStyle::Matrix,
            },
            Parameter::Header { .. } => ParamStyle::Simple,
            Parameter::Cookie { .. } => ParamStyle::Form,
        };
        let explode = data
            .explode
            .unwrap_or(matches!(style, ParamStyle::Form | ParamStyle::DeepObject));
        // Azure's repeatable requests: sent on every call that declares them, as the
        // official SDKs do, unless the caller sets them.
        let fill = match (location, data.name.to_ascii_lowercase().as_str(), &ty) {
            (ParamLocation::Header, "repeatability-request-id", TypeRef::String)
                if !data.required =>
            {
                Some(Fill::Uuid)
            }
            (ParamLocation::Header, "repeatability-first-sent", TypeRef::String)
                if !data.required =>
            {
                Some(Fill::HttpDate)
            }
            _ => None,
        };
        Ok(Some(Param {
            name: data.name.clone(),
            rust_name: arg_names.claim(value_name(&data.name)),
            location,
            required: data.required || location == ParamLocation::Path,
            ty,
            style,
            explode,
            description: data.description.clone(),
            deprecated: data.deprecated.unwrap_or(false),
            fill,
            encoding: Encoding::Structured,
        }))
    }

    /// The operation's own parameters with the path's checked against its template: real specs
    /// forget to declare path parameters, or declare ones the path lacks; the first become string
    /// parameters, the second are left out, each with a warning. Path parameters come first, in
    /// the order of the path.
    pub(super) fn path_params(
        &mut self,
        found: &Found,
        mut lowered: Vec<Param>,
        client_path: &[String],
        constants: &[Constant],
        arg_names: &mut Scope,
    ) -> Vec<Param> {
        let at = &found.at;
        for name in template_names(found.path) {
            if !lowered
                .iter()
                .any(|p| p.location == ParamLocation::Path && p.name == name)
                && !client_path.contains(&name)
                && !constants
                    .iter()
                    .any(|c: &Constant| c.location == ParamLocation::Path && c.name == name)
            {
                self.warn(at, format!("the path has `{{{name}}}` but no path parameter `{name}` is declared; it is taken as a string"));
                lowered.push(Param {
                    rust_name: arg_names.claim(value_name(&name)),
                    name,
                    location: ParamLocation::Path,
                    required: true,
                    ty: TypeRef::String,
                    style: ParamStyle::Simple,
                    explode: false,
                    description: None,
                    deprecated: false,
                    fill: None,
                    encoding: Encoding::Structured,
                });
            }
        }
        let in_template = template_names(found.path);
        let mut kept = Vec::new();
        for p in lowered {
            if p.location == ParamLocation::Path && !in_template.contains(&p.name) {
                self.warn(
                    at,
                    format!(
                        "the path parameter `{}` does not appear in the path; it is left out",
                        p.name
                    ),
                );
            } else {
                kept.push(p);
            }
        }
        let mut lowered = kept;
        // Path parameters first, in the order of the path.
        lowered.sort_by_key(|p| match p.location {
            ParamLocation::Path => in_template
                .iter()
                .position(|n| n == &p.name)
                .unwrap_or(usize::MAX),
            _ => usize::MAX,
        });
        lowered
    }

    /// The one value a required parameter's schema allows: an enum of a single string, number or
    /// boolean, unless `x-ms-enum` declares it extensible (`modelAsString: true`), as AutoRest
    /// reads Azure's constants.
    pub(super) fn constant_value(
        &self,
        at: &Target,
        schema: &ReferenceOr<Schema>,
    ) -> Result<Option<String>> {
        let (_, schema) = self.item(at, schema)?;
        let extensible = schema
            .schema_data
            .extensions
            .get("x-ms-enum")
            .and_then(|e| e.get("modelAsString"))
            .and_then(serde_json::Value::as_bool)
            == Some(true);
        if extensible {
            return Ok(None);
        }
        fn single<T: ToString>(values: &[Option<T>]) -> Option<String> {
            match values {
                [Some(v)] => Some(v.to_string()),
                _ => None,
            }
        }
        Ok(match &schema.schema_kind {
            SchemaKind::Type(Type::String(t)) => single(&t.enumeration),
            SchemaKind::Type(Type::Integer(t)) => single(&t.enumeration),
            SchemaKind::Type(Type::Number(t)) => single(&t.enumeration),
            SchemaKind::Type(Type::Boolean(t)) => single(&t.enumeration),
            _ => None,
        })
    }

    /// Splits the path template into literals and parameters, checking both sides agree.
    pub(super) fn path_parts(
        &self,
        found: &Found,
        params: &[Param],
        client_path: &[String],
        constants: &[Constant],
    ) -> Result<Vec<PathPart>> {
        let location = self.spec.location(found.item_at);
        let mut parts = Vec::new();
        let mut rest = found.path;
        let mut used = BTreeSet::new();
        while let Some(open) = rest.find('{') {
            let close = rest[open..]
                .find('}')
                .map(|c| open + c)
                .ok_or_else(|| Error::spec(&location, "the path has a `{` without its `}`"))?;
            if open > 0 {
                parts.push(PathPart::Literal(rest[..open].to_string()));
            }
            let name = &rest[open + 1..close];
            if let Some(c) = constants
                .iter()
                .find(|c| c.location == ParamLocation::Path && c.name == name)
            {
                let encoded = utf8_percent_encode(&c.value, calls::PATH_SEGMENT).to_string();
                match parts.last_mut() {
                    Some(PathPart::Literal(l)) => l.push_str(&encoded),
                    _ => parts.push(PathPart::Literal(encoded)),
                }
                rest = &rest[close + 1..];
                continue;
            }
            if !params
                .iter()
                .any(|p| p.location == ParamLocation::Path && p.name == name)
                && !client_path.iter().any(|c| c == name)
            {
                return Err(Error::spec(
                    &self.spec.location(&found.at),
                    format!(
                        "the path has `{{{name}}}` but the operation declares no path parameter `{name}`"
                    ),
                ));
            }
            used.insert(name.to_string());
            parts.push(PathPart::Param(name.to_string()));
            rest = &rest[close + 1..];
        }
        if !rest.is_empty() {
            parts.push(PathPart::Literal(rest.to_string()));
        }
        if let Some(unused) = params
            .iter()
            .find(|p| p.location == ParamLocation::Path && !used.contains(&p.name))
        {
            return Err(Error::spec(
                &self.spec.location(&found.at),
                format!(
                    "the path parameter `{}` does not appear in the path `{}`",
                    unused.name, found.path
                ),
            ));
        }
        Ok(parts)
    }
}

/// The names of the `{parameters}` of a path template.
pub(super) fn template_names(path: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        let Some(len) = rest[open..].find('}') else {
            break;
        };
        names.push(rest[open + 1..open + len].to_string());
        rest = &rest[open + len + 1..];
    }
    names
}

/// A media type without its parameters, in lower case (`application/json`).
/// Whether `name` is an HTTP token (RFC 9110 §5.6.2): what header and cookie names must be.
pub(crate) fn is_token(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c))
}

/// Whether `value` can be sent as a header value: visible ASCII, spaces and tabs.
pub(crate) fn is_header_value(value: &str) -> bool {
    value
        .bytes()
        .all(|b| b == b' ' || b == b'\t' || (0x21..0x7f).contains(&b))
}

pub(super) fn location_of(p: &Parameter) -> ParamLocation {
    match p {
        Parameter::Query { .. } => ParamLocation::Query,
        Parameter::Header { .. } => ParamLocation::Header,
        Parameter::Path { .. } => ParamLocation::Path,
        Parameter::Cookie { .. } => ParamLocation::Cookie,
    }
}
