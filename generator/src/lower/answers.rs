//! Request bodies and answers: media types, the body's kind, the success and error types (a per-status enum where they differ), documented response headers.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{
    ParameterSchemaOrContent, ReferenceOr, RequestBody as OaRequestBody, Response, StatusCode,
};

use super::{Answers, Found, Lowerer, is_header_value, names, type_name, value_name};
use crate::error::Result;
use crate::load::Target;
use crate::model::{
    BodyKind, Field, RequestBody, StatusPattern, StatusVariant, TypeDef, TypeKind, TypeRef,
};
use names::Scope;

impl Lowerer<'_> {
    /// The answers: success and error statuses, their types (unions when they differ), the
    /// `Accept` header of raw bodies, and the documented response headers' type (`keep_headers`:
    /// not for long-running operations, whose answer is the status monitor's).
    pub(super) fn answers(
        &mut self,
        found: &Found,
        pascal: &str,
        keep_headers: bool,
    ) -> Result<Answers> {
        let (op, at) = (&found.operation, &found.at);
        let mut success = Vec::new();
        let mut errors = Vec::new();
        let mut accept = Vec::new();
        // Each documented status with its body's type, in the spec's order.
        let mut success_by: Vec<(String, Option<TypeRef>)> = Vec::new();
        let mut error_by: Vec<(String, Option<TypeRef>)> = Vec::new();
        let responses_at = at.join("responses");
        // When several answers have bodies, inline ones are named after their status, so that
        // the union of them (if they differ) is `<Op>Response` / `<Op>Error`.
        let is_success = |code: &StatusCode| match code {
            StatusCode::Code(c) => (200..300).contains(c),
            StatusCode::Range(r) => *r == 2,
        };
        let with_body = |r: &ReferenceOr<Response>| match r {
            ReferenceOr::Item(r) => !r.content.is_empty(),
            ReferenceOr::Reference { .. } => true,
        };
        let several = |success: bool| {
            op.responses
                .responses
                .iter()
                .filter(|(c, r)| is_success(c) == success && with_body(r))
                .count()
                + usize::from(!success && op.responses.default.as_ref().is_some_and(with_body))
                > 1
        };
        let (several_successes, several_errors) = (several(true), several(false));
        // Headers the success answers document, for every call but long-running ones (whose
        // answer is the status monitor's).
        let mut header_fields: Vec<Field> = Vec::new();
        let mut header_names = Scope::default();
        for (code, response) in &op.responses.responses {
            let key = code.to_string();
            // Read once, for its body's type and its headers.
            let resolved = self.item(&responses_at.join(&key), response)?;
            let hint = match code {
                StatusCode::Code(c) => *c,
                StatusCode::Range(r) => *r * 100,
            };
            if is_success(code) {
                if let StatusCode::Code(c) = code {
                    success.push(*c);
                }
                let hint = if several_successes {
                    format!("{pascal}Response{hint}")
                } else {
                    format!("{pascal}Response")
                };
                let ty = self.response_type(&resolved, &hint, Some(&mut accept))?;
                success_by.push((key, ty));
                if keep_headers {
                    self.response_headers(
                        &resolved,
                        pascal,
                        &mut header_names,
                        &mut header_fields,
                    )?;
                }
            } else {
                let ty = self.response_type(&resolved, &format!("{pascal}Error{hint}"), None)?;
                error_by.push((key.clone(), ty));
                errors.push(key);
            }
        }
        if let Some(default) = &op.responses.default {
            errors.push("default".into());
            let hint = if several_errors {
                format!("{pascal}ErrorDefault")
            } else {
                format!("{pascal}Error")
            };
            let resolved = self.item(&responses_at.join("default"), default)?;
            let ty = self.response_type(&resolved, &hint, None)?;
            error_by.push(("default".into(), ty));
        }
        // A range (`2XX`) covers every success status.
        if success_by.iter().any(|(k, _)| k.parse::<u16>().is_err()) {
            success.clear();
        }
        success.sort();
        errors.sort();
        // One body type for every success: that type. Different ones (or some statuses without
        // a body): a union told apart by status.
        let success_kinds: BTreeSet<&Option<TypeRef>> = success_by.iter().map(|(_, t)| t).collect();
        let success_type = if success_kinds.len() <= 1 {
            success_by.first().and_then(|(_, t)| t.clone())
        } else {
            Some(self.status_union(
                &responses_at,
                &format!("{pascal}Response"),
                &success_by,
                false,
            ))
        };
        // Error bodies: one type when they agree (statuses without a body aside), else a union.
        let error_kinds: BTreeSet<&TypeRef> =
            error_by.iter().filter_map(|(_, t)| t.as_ref()).collect();
        let error_type = match error_kinds.len() {
            0 => TypeRef::Json,
            1 => error_kinds
                .into_iter()
                .next()
                .cloned()
                .unwrap_or(TypeRef::Json),
            _ => self.status_union(&responses_at, &format!("{pascal}Error"), &error_by, true),
        };
        let reads_raw = |t: &Option<TypeRef>| matches!(t, Some(TypeRef::Text | TypeRef::Bytes));
        let accept = success_by
            .iter()
            .any(|(_, t)| reads_raw(t))
            .then(|| accept.join(", "));

        let response_headers = (!header_fields.is_empty()).then(|| {
            let name = self
                .type_names
                .claim(type_name(&format!("{pascal}Headers")));
            self.types.insert(
                name.clone(),
                TypeDef {
                    name: name.clone(),
                    docs: Some(format!(
                        "The response headers `{}` documents; each is `None` when the answer \
                         lacks it or its value does not parse.",
                        found.id
                    )),
                    extensions: BTreeMap::new(),
                    source: self.spec.location(&responses_at),
                    kind: TypeKind::Struct {
                        fields: header_fields,
                        default: true,
                        tag: None,
                        from_headers: true,
                    },
                },
            );
            name
        });

        Ok(Answers {
            success,
            errors,
            accept,
            success_type,
            error_type,
            response_headers,
        })
    }

    /// The property names of a multipart body's schema (for the docs), when it is an object.
    pub(super) fn part_names(&self, at: &Target, content: &openapiv3::MediaType) -> Vec<String> {
        let Some(schema) = &content.schema else {
            return Vec::new();
        };
        match self.item(&at.join("schema"), schema) {
            Ok((_, schema)) => match &schema.schema_kind {
                openapiv3::SchemaKind::Type(openapiv3::Type::Object(o)) => {
                    o.properties.keys().cloned().collect()
                }
                _ => Vec::new(),
            },
            Err(_) => Vec::new(),
        }
    }

    pub(super) fn request_body(
        &mut self,
        at: &Target,
        body: &ReferenceOr<OaRequestBody>,
        pascal: &str,
    ) -> Result<Option<RequestBody>> {
        let (at, body) = self.item(at, body)?;
        self.warn_bad_media_types(&at, body.content.keys());
        let valid = || body.content.iter().filter(|(m, _)| is_header_value(m));
        let media = valid()
            .find(|(m, _)| m.as_str() == "application/json")
            .or_else(|| valid().find(|(m, _)| is_json(m)))
            .or_else(|| valid().next());
        let Some((media_type, content)) = media else {
            self.warn(
                &at.join("content"),
                "a request body without media types is left out",
            );
            return Ok(None);
        };
        let kind = if is_json(media_type) {
            match &content.schema {
                Some(s) => {
                    let s_at = at.join("content").join(media_type).join("schema");
                    let hint = format!("{pascal}Request");
                    let ty = self.schema(&s_at, s.into(), &hint)?;
                    self.collect_examples(
                        &at.join("content").join(media_type),
                        content,
                        &ty,
                        &hint,
                    )?;
                    BodyKind::Json(ty)
                }
                None => BodyKind::Json(TypeRef::Json),
            }
        } else if let (Some(s), "application/x-www-form-urlencoded") =
            (&content.schema, essence(media_type).as_str())
        {
            let s_at = at.join("content").join(media_type).join("schema");
            let ty = self.schema(&s_at, s.into(), &format!("{pascal}Request"))?;
            match ty {
                TypeRef::Named(_) | TypeRef::Map(_) => BodyKind::Form(ty),
                _ => BodyKind::Bytes,
            }
        } else if essence(media_type) == "multipart/form-data" {
            BodyKind::Multipart(self.part_names(&at.join("content").join(media_type), content))
        } else {
            BodyKind::Bytes
        };
        Ok(Some(RequestBody {
            media_type: media_type.clone(),
            kind,
            required: body.required,
            description: body.description.clone(),
        }))
    }

    /// The body type of a response: `None` when it has no JSON body.
    /// A union of answer bodies by status, named after `hint`.
    pub(super) fn status_union(
        &mut self,
        at: &Target,
        hint: &str,
        by_status: &[(String, Option<TypeRef>)],
        errors: bool,
    ) -> TypeRef {
        let name = self.claim_type(at, hint);
        let mut scope = Scope::default();
        let mut variants: Vec<StatusVariant> = by_status
            .iter()
            .map(|(status, ty)| StatusVariant {
                status: status.clone(),
                pattern: StatusPattern::parse(status),
                rust_name: scope.claim(if status == "default" {
                    "Default".into()
                } else {
                    format!("Status{status}")
                }),
                ty: ty.clone(),
            })
            .collect();
        // Exact statuses first, then ranges, then `default`: the order the client tries them.
        variants.sort_by_key(|v| match v.status.as_str() {
            "default" => (2, String::new()),
            s if s.chars().all(|c| c.is_ascii_digit()) => (0, s.to_string()),
            s => (1, s.to_string()),
        });
        let what = if errors { "error answers" } else { "answers" };
        self.types.insert(
            name.clone(),
            TypeDef {
                name: name.clone(),
                docs: Some(format!("The {what} of an operation, by status.")),
                extensions: BTreeMap::new(),
                source: self.spec.location(at),
                kind: TypeKind::StatusUnion { variants, errors },
            },
        );
        TypeRef::Named(name)
    }

    /// Warns about each media type of a `content` map that cannot be sent in a header
    /// (`Content-Type`, `Accept`); those are left out.
    pub(super) fn warn_bad_media_types<'m>(
        &mut self,
        at: &Target,
        media_types: impl Iterator<Item = &'m String>,
    ) {
        for m in media_types.filter(|m| !is_header_value(m)) {
            self.warn(
                &at.join("content").join(m),
                format!("the media type {m:?} cannot be a header value; it is left out"),
            );
        }
    }

    /// The type of a response's body. `accept` collects the media types of success responses;
    /// it is `None` for error responses.
    pub(super) fn response_type(
        &mut self,
        (at, response): &(Target, Cow<'_, Response>),
        hint: &str,
        accept: Option<&mut Vec<String>>,
    ) -> Result<Option<TypeRef>> {
        self.warn_bad_media_types(at, response.content.keys());
        let valid = || response.content.iter().filter(|(m, _)| is_header_value(m));
        let json = valid().find(|(m, _)| is_json(m));
        if let Some(accept) = accept {
            let media_types = match json {
                Some((m, _)) => vec![m],
                None => valid().map(|(m, _)| m).collect(),
            };
            for m in media_types {
                if !accept.contains(m) {
                    accept.push(m.clone());
                }
            }
        } else if json.is_none() {
            // An error body of another media type stays in the error's raw body.
            return Ok(None);
        }
        match json {
            Some((media_type, content)) => Ok(Some(match &content.schema {
                Some(s) => {
                    let m_at = at.join("content").join(media_type);
                    let ty = self.schema(&m_at.join("schema"), s.into(), hint)?;
                    self.collect_examples(&m_at, content, &ty, hint)?;
                    ty
                }
                None => TypeRef::Json,
            })),
            // A success body of another media type is returned as text (`text/*` and XML)
            // or as bytes.
            None => Ok(valid().next().map(|(media_type, _)| {
                let essence = essence(media_type);
                if essence.starts_with("text/")
                    || essence.ends_with("/xml")
                    || essence.ends_with("+xml")
                {
                    TypeRef::Text
                } else {
                    TypeRef::Bytes
                }
            })),
        }
    }

    /// Adds the headers a success answer documents to `fields` (once per name, whatever the
    /// case): scalars and enums keep their type, anything else is read as text.
    /// `Content-Type` is left out, as OpenAPI says.
    pub(super) fn response_headers(
        &mut self,
        (at, response): &(Target, Cow<'_, Response>),
        pascal: &str,
        names: &mut Scope,
        fields: &mut Vec<Field>,
    ) -> Result<()> {
        for (name, header) in &response.headers {
            let wire = name.to_ascii_lowercase();
            if wire == "content-type" || wire.is_empty() || fields.iter().any(|f| f.name == wire) {
                continue;
            }
            let (h_at, header) = self.item(&at.join("headers").join(name), header)?;
            let ty = match &header.format {
                ParameterSchemaOrContent::Schema(s) => self.schema(
                    &h_at.join("schema"),
                    s.into(),
                    &format!("{pascal}{}Header", type_name(name)),
                )?,
                ParameterSchemaOrContent::Content(_) => TypeRef::String,
            };
            let is_enum = |n: &String| {
                matches!(
                    self.types.get(n).map(|t| &t.kind),
                    Some(TypeKind::Enum { .. })
                )
            };
            let ty = match ty {
                TypeRef::String
                | TypeRef::I32
                | TypeRef::I64
                | TypeRef::F32
                | TypeRef::F64
                | TypeRef::Bool => ty,
                TypeRef::Named(n) if is_enum(&n) => TypeRef::Named(n),
                _ => TypeRef::String,
            };
            fields.push(Field {
                rust_name: names.claim(value_name(name)),
                name: wire,
                ty,
                required: false,
                nullable: false,
                boxed: false,
                read_only: false,
                flatten: false,
                docs: header.description.clone(),
            });
        }
        Ok(())
    }
}

/// The body type of the answer with `status` when `ty` is what an operation answers: the
/// matching variant's of a union told apart by status (`None` for an answer without a body).
pub(crate) fn status_type(
    types: &BTreeMap<String, TypeDef>,
    ty: &TypeRef,
    status: &str,
) -> Option<TypeRef> {
    let TypeRef::Named(name) = ty else {
        return Some(ty.clone());
    };
    let Some(TypeKind::StatusUnion { variants, .. }) = types.get(name).map(|t| &t.kind) else {
        return Some(ty.clone());
    };
    let range =
        |s: &str| s.len() == 3 && s.ends_with("XX") && status.len() == 3 && s[..1] == status[..1];
    variants
        .iter()
        .find(|v| v.status == status)
        .or_else(|| variants.iter().find(|v| range(&v.status)))
        .or_else(|| variants.iter().find(|v| v.status == "default"))
        .and_then(|v| v.ty.clone())
}

pub(super) fn essence(media_type: &str) -> String {
    media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

pub(super) fn is_json(media_type: &str) -> bool {
    let essence = essence(media_type);
    essence == "application/json" || essence.ends_with("+json") || essence == "text/json"
}
