//! Stage 1, load: the only stage that reads files.
//!
//! Parses the root spec (YAML or JSON) and every file it refers to through `$ref`, checks that the
//! root is an OpenAPI 3.0 or 3.1 or a Swagger 2.0 document (the last two are rewritten into the
//! 3.0 layout by the crate's `openapi31` and `swagger` modules), and resolves references to any JSON
//! pointer of any loaded file.
//! Parsing sits behind [`parse_text`], the one seam where the YAML reader (`serde_yaml`, deprecated by
//! its author) or a reader for another format could be swapped.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};

use percent_encoding::percent_decode_str;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::{Error, Location, Result, escape_segment};

pub mod read;
use read::Reader;

/// Index of a file in [`Spec::files`]; the root is 0.
pub type FileId = usize;

/// One parsed file.
#[derive(Debug)]
pub struct SourceFile {
    /// The path as shown to users: the root as given, others relative to it, normalised.
    pub display: String,
    /// The path used to read it and to resolve its relative references.
    pub path: PathBuf,
    pub value: Value,
}

/// A loaded spec: the root document and every file reachable from it through `$ref`.
#[derive(Debug)]
pub struct Spec {
    pub files: Vec<SourceFile>,
    pub openapi: openapiv3::OpenAPI,
    by_path: BTreeMap<PathBuf, FileId>,
    /// The `x-ms-examples` of the root document's operations, read from their files.
    pub ms_examples: Vec<MsExample>,
    /// What reading the document noted (what an OpenAPI 3.1 document says that 3.0 cannot).
    pub warnings: Vec<crate::error::Warning>,
}

/// One `x-ms-examples` entry of an operation: Azure's example of a whole call (parameters and
/// responses by status), usually in a file of its own.
#[derive(Debug, Clone)]
pub struct MsExample {
    /// The operation's pointer in the root document (`/paths/…/get`).
    pub operation: String,
    pub name: String,
    /// Where the example is (its file, or the entry itself when it is inline).
    pub at: Location,
    /// The example, or why it could not be read (an example never stops generation).
    pub value: std::result::Result<Value, String>,
}

/// A reference resolved to the node it designates.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Target {
    pub file: FileId,
    /// JSON pointer inside that file.
    pub pointer: String,
}

impl Target {
    /// The node below this one at `segment` (escaped as RFC 6901 says).
    pub fn join(&self, segment: &str) -> Target {
        let escaped = escape_segment(segment);
        Target {
            file: self.file,
            pointer: format!("{}/{escaped}", self.pointer),
        }
    }
}

impl Spec {
    /// Loads the spec at `path` (relative to `base`) and every file its references reach. Messages
    /// and generated headers name files relative to `base`.
    pub fn load(base: &Path, path: &Path) -> Result<Spec> {
        Spec::load_within(base, path, None)
    }

    /// [`Spec::load`] with the files confined to `root` (relative to `base`; by default the
    /// repository or directory of the spec, see [`read`]).
    pub fn load_within(base: &Path, path: &Path, root: Option<&Path>) -> Result<Spec> {
        let display = display_path(path);
        let path = base.join(path);
        let root = root.map(|r| base.join(r));
        let mut reader = Reader::new(&path, root.as_deref()).map_err(Error::config)?;
        let text = reader
            .read(&path)
            .map_err(|e| Error::io(&display, "read", e))?;
        let value = parse_text(&display, &path, &text)?;
        let root = Location::new(&display, "");
        let format = check_version(&root, &value)?;
        let key = canonical(&path);
        let mut spec = Spec {
            files: vec![SourceFile {
                display,
                path,
                value,
            }],
            openapi: openapiv3::OpenAPI::default(),
            by_path: BTreeMap::from([(key, 0)]),
            ms_examples: Vec::new(),
            warnings: Vec::new(),
        };
        spec.load_referenced_files(&mut reader)?;
        spec.load_ms_examples(&mut reader);
        match format {
            Format::Swagger2 => spec.convert_swagger(),
            Format::OpenApi31 => spec.convert_31(),
            Format::OpenApi30 => {}
        }
        drop_callbacks(&mut spec.files[0].value);
        let value = &spec.files[0].value;
        spec.openapi =
            deserialize_at(&root, value).map_err(|e| narrow(&root, value).unwrap_or(e))?;
        Ok(spec)
    }

    /// Rewrites every loaded Swagger 2.0 file into the OpenAPI 3.0 layout (see [`crate::swagger`]).
    fn convert_swagger(&mut self) {
        let raw: Vec<Value> = self.files.iter().map(|f| f.value.clone()).collect();
        let autorest = crate::swagger::uses_autorest(&raw[0]);
        for id in 0..self.files.len() {
            let lookup = |reference: &str| -> Option<Value> {
                let (file_part, fragment) = reference.split_once('#').unwrap_or((reference, ""));
                let file = if file_part.is_empty() {
                    id
                } else {
                    let path = self.files[id]
                        .path
                        .parent()
                        .unwrap_or(Path::new(""))
                        .join(decode(file_part));
                    *self.by_path.get(&canonical(&path))?
                };
                raw[file].pointer(&decode(fragment)).cloned()
            };
            let converted = crate::swagger::convert(&raw[id], id == 0, autorest, &lookup);
            self.files[id].value = converted;
        }
    }

    /// Rewrites every loaded file of an OpenAPI 3.1 document into the 3.0 layout (see
    /// [`crate::openapi31`]), keeping what could not be carried over as warnings.
    fn convert_31(&mut self) {
        for id in 0..self.files.len() {
            let mut notes = Vec::new();
            let converted = crate::openapi31::convert(&self.files[id].value, id == 0, &mut notes);
            self.files[id].value = converted;
            for (pointer, message) in notes {
                self.warnings.push(crate::error::Warning {
                    at: Location::new(&self.files[id].display, pointer),
                    message,
                });
            }
        }
    }

    /// Reads the `x-ms-examples` of every operation of the root document. They are
    /// documentation: a file that cannot be read or parsed is kept as the reason.
    fn load_ms_examples(&mut self, reader: &mut Reader) {
        let root = &self.files[0];
        let Some(paths) = root.value.get("paths").and_then(Value::as_object) else {
            return;
        };
        let mut out = Vec::new();
        for (path, item) in paths {
            for (method, op) in item.as_object().into_iter().flatten() {
                let Some(examples) = op.get("x-ms-examples").and_then(Value::as_object) else {
                    continue;
                };
                let operation = format!("/paths/{}/{method}", escape_segment(path));
                for (name, entry) in examples {
                    let here = format!("{operation}/x-ms-examples/{}", escape_segment(name));
                    let (at, value) = match entry.get("$ref").and_then(Value::as_str) {
                        Some(reference) => {
                            let (file, fragment) =
                                reference.split_once('#').unwrap_or((reference, ""));
                            let display = join_display(&root.display, &decode(file));
                            let path = root
                                .path
                                .parent()
                                .unwrap_or(Path::new(""))
                                .join(decode(file));
                            let value = reader
                                .read(&path)
                                .map_err(|e| format!("cannot read `{file}`: {e}"))
                                .and_then(|text| {
                                    serde_json::from_str::<Value>(without_bom(&text))
                                        .map_err(|e| format!("`{file}` is not JSON: {e}"))
                                })
                                .and_then(|v| {
                                    v.pointer(&decode(fragment)).cloned().ok_or_else(|| {
                                        format!("`{file}` has no node at `{fragment}`")
                                    })
                                });
                            (Location::new(&display, decode(fragment)), value)
                        }
                        None => (Location::new(&root.display, here), Ok(entry.clone())),
                    };
                    out.push(MsExample {
                        operation: operation.clone(),
                        name: name.clone(),
                        at,
                        value,
                    });
                }
            }
        }
        self.ms_examples = out;
    }

    /// Walks every `$ref` of every loaded file, loading the files they name, until none is new.
    fn load_referenced_files(&mut self, reader: &mut Reader) -> Result<()> {
        let mut next = 0;
        while next < self.files.len() {
            let mut refs = Vec::new();
            collect_refs(&self.files[next].value, &mut String::new(), &mut refs);
            for (pointer, reference) in refs {
                let file_part = reference.split('#').next().unwrap_or_default();
                if file_part.is_empty() {
                    continue;
                }
                let at = Location::new(&self.files[next].display, format!("{pointer}/$ref"));
                if file_part.contains("://") {
                    return Err(Error::spec(
                        &at,
                        format!(
                            "`{reference}` refers to a remote document; only local files can be referenced"
                        ),
                    ));
                }
                let path = self.files[next]
                    .path
                    .parent()
                    .unwrap_or(Path::new(""))
                    .join(decode(file_part));
                let key = canonical(&path);
                if self.by_path.contains_key(&key) {
                    continue;
                }
                let text = reader.read(&path).map_err(|e| Error::Spec {
                    at: at.clone(),
                    message: format!(
                        "cannot read `{file_part}`, which `{reference}` refers to: {e}"
                    ),
                })?;
                let display = join_display(&self.files[next].display, &decode(file_part));
                let value = parse_text(&display, &path, &text)?;
                self.by_path.insert(key, self.files.len());
                self.files.push(SourceFile {
                    display,
                    path,
                    value,
                });
            }
            next += 1;
        }
        Ok(())
    }

    /// The location of a node, for messages.
    pub fn location(&self, target: &Target) -> Location {
        Location::new(&self.files[target.file].display, &target.pointer)
    }

    /// The location of the root document's node at `pointer`.
    pub fn root_location(&self, pointer: &str) -> Location {
        Location::new(&self.files[0].display, pointer)
    }

    /// Resolves `reference`, written in the file of `from`, following chains of pure references to
    /// the node they end at. `at` is where the reference stands, for messages.
    pub fn resolve(&self, from: FileId, reference: &str, at: &Location) -> Result<Target> {
        let mut seen = BTreeSet::new();
        let mut current = self.target_of(from, reference, at)?;
        loop {
            if !seen.insert(current.clone()) {
                return Err(Error::spec(
                    at,
                    format!(
                        "`{reference}` is part of a $ref cycle that never reaches a definition; make \
                         one of the references in the cycle a schema of its own"
                    ),
                ));
            }
            let node = self.node(&current, reference, at)?;
            match node
                .as_object()
                .and_then(|o| o.get("$ref"))
                .and_then(Value::as_str)
            {
                Some(next) if node.as_object().is_some_and(|o| o.len() == 1) => {
                    let next_at = self.location(&current).join("$ref");
                    current = self.target_of(current.file, next, &next_at)?;
                }
                _ => return Ok(current),
            }
        }
    }

    /// Resolves `reference` (see [`Spec::resolve`]) and reads the node as a `T`.
    pub fn resolve_as<T: DeserializeOwned>(
        &self,
        from: FileId,
        reference: &str,
        at: &Location,
    ) -> Result<(Target, T)> {
        let target = self.resolve(from, reference, at)?;
        let value = self.node(&target, reference, at)?;
        let item = deserialize_at(&self.location(&target), value)?;
        Ok((target, item))
    }

    /// The JSON node `target` designates, if there is one.
    pub fn value(&self, target: &Target) -> Option<&Value> {
        self.files.get(target.file)?.value.pointer(&target.pointer)
    }

    fn node(&self, target: &Target, reference: &str, at: &Location) -> Result<&Value> {
        self.files[target.file]
            .value
            .pointer(&target.pointer)
            .ok_or_else(|| {
                Error::spec(
                    at,
                    format!(
                        "`{reference}` points at nothing: {} has no node at `{}`; fix the reference \
                         or add what it names",
                        self.files[target.file].display,
                        if target.pointer.is_empty() {
                            "/"
                        } else {
                            &target.pointer
                        }
                    ),
                )
            })
    }

    fn target_of(&self, from: FileId, reference: &str, at: &Location) -> Result<Target> {
        let (file_part, fragment) = reference.split_once('#').unwrap_or((reference, ""));
        let pointer = decode(fragment);
        if !pointer.is_empty() && !pointer.starts_with('/') {
            return Err(Error::spec(
                at,
                format!("`{reference}`: the part after `#` must be a JSON pointer"),
            ));
        }
        if file_part.is_empty() && pointer.is_empty() {
            return Err(Error::spec(
                at,
                format!(
                    "`$ref: {reference:?}` refers to this whole document, which is no schema, \
                     parameter or response; name the definition (`#/components/schemas/…`)"
                ),
            ));
        }
        let file = if file_part.is_empty() {
            from
        } else {
            let path = self.files[from]
                .path
                .parent()
                .unwrap_or(Path::new(""))
                .join(decode(file_part));
            *self.by_path.get(&canonical(&path)).ok_or_else(|| {
                Error::spec(
                    at,
                    format!("`{reference}` names a file that was not loaded"),
                )
            })?
        };
        Ok(Target { file, pointer })
    }
}

/// Drops a leading UTF-8 byte order mark: editors on Windows write one, and some of Azure's
/// published files (the AutoRest test definitions among them) start with it.
fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Parses YAML or JSON text (chosen by the file's extension; YAML when unknown) into a JSON value.
pub fn parse_text(display: &str, path: &Path, text: &str) -> Result<Value> {
    let text = without_bom(text);
    let is_json = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    if is_json {
        return serde_json::from_str(text).map_err(|e| Error::Parse {
            at: Location {
                file: display.to_string(),
                pointer: String::new(),
                line_col: Some((e.line(), e.column())),
            },
            message: format!("not valid JSON: {e}"),
        });
    }
    let mut yaml: serde_yaml::Value = serde_yaml::from_str(text).map_err(|e| Error::Parse {
        at: Location {
            file: display.to_string(),
            pointer: String::new(),
            line_col: e.location().map(|l| (l.line(), l.column())),
        },
        message: format!("not valid YAML or JSON: {e}"),
    })?;
    yaml.apply_merge().map_err(|e| Error::Parse {
        at: Location::new(display, ""),
        message: format!("bad YAML merge key: {e}"),
    })?;
    yaml_to_json(&yaml, &Location::new(display, ""))
}

/// Converts YAML to JSON, turning non-string keys (`200:` in `responses`) into strings.
fn yaml_to_json(yaml: &serde_yaml::Value, at: &Location) -> Result<Value> {
    use serde_yaml::Value as Y;
    Ok(match yaml {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(*b),
        Y::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                let f = n.as_f64().unwrap_or(f64::NAN);
                serde_json::Number::from_f64(f)
                    .map(Value::Number)
                    .ok_or_else(|| {
                        Error::spec(at, format!("the number {n} cannot be represented in JSON"))
                    })?
            }
        }
        Y::String(s) => Value::String(s.clone()),
        Y::Sequence(items) => Value::Array(
            items
                .iter()
                .enumerate()
                .map(|(i, v)| yaml_to_json(v, &at.join(&i.to_string())))
                .collect::<Result<_>>()?,
        ),
        Y::Mapping(map) => {
            let mut out = serde_json::Map::new();
            for (k, v) in map {
                let key = match k {
                    Y::String(s) => s.clone(),
                    Y::Number(n) => n.to_string(),
                    Y::Bool(b) => b.to_string(),
                    Y::Null => "null".to_string(),
                    _ => {
                        return Err(Error::spec(
                            at,
                            "a mapping key must be a string, number or boolean",
                        ));
                    }
                };
                let value = yaml_to_json(v, &at.join(&key))?;
                out.insert(key, value);
            }
            Value::Object(out)
        }
        Y::Tagged(tagged) => yaml_to_json(&tagged.value, at)?,
    })
}

/// The layout a document is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Swagger2,
    OpenApi30,
    OpenApi31,
}

/// Checks the document's version: Swagger 2.0, OpenAPI 3.0 or 3.1.
fn check_version(root: &Location, value: &Value) -> Result<Format> {
    if let Some(version) = value.get("swagger") {
        return match version.as_str() {
            Some("2.0") => Ok(Format::Swagger2),
            _ => Err(Error::spec(
                &root.join("swagger"),
                format!("Swagger version {version} is not supported; 2.0 is"),
            )),
        };
    }
    match value.get("openapi").and_then(Value::as_str) {
        Some(v) if v.starts_with("3.0") => Ok(Format::OpenApi30),
        Some(v) if v.starts_with("3.1") => Ok(Format::OpenApi31),
        Some(v) => Err(Error::spec(
            &root.join("openapi"),
            format!(
                "OpenAPI version {v} is not supported; this generator reads OpenAPI 3.0.x and \
                 3.1.x (and Swagger 2.0)"
            ),
        )),
        None => Err(Error::spec(
            root,
            "not an OpenAPI document: the top-level `openapi` field is missing",
        )),
    }
}

/// Deserializes `value` as a `T`, naming the JSON pointer where its shape is wrong.
pub fn deserialize_at<T: DeserializeOwned>(at: &Location, value: &Value) -> Result<T> {
    // Tracking the path costs on every node; it is only needed for the message, so a document
    // that does not deserialize is read a second time with it.
    if let Ok(item) = T::deserialize(value) {
        return Ok(item);
    }
    serde_path_to_error::deserialize(value).map_err(|e| {
        let mut pointer = at.pointer.clone();
        for segment in e.path().iter() {
            use serde_path_to_error::Segment;
            let s = match segment {
                Segment::Seq { index } => index.to_string(),
                Segment::Map { key } => escape_segment(key),
                Segment::Enum { variant } => variant.clone(),
                Segment::Unknown => continue,
            };
            pointer.push('/');
            pointer.push_str(&s);
        }
        Error::Parse {
            at: Location::new(&at.file, pointer),
            message: format!("not a valid OpenAPI 3.0 document here: {}", e.inner()),
        }
    })
}

/// Removes the `callbacks` of operations: the generated client makes no use of them, and a
/// mistake inside one must not stop the generation of everything else.
fn drop_callbacks(document: &mut Value) {
    let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for item in paths.values_mut().filter_map(Value::as_object_mut) {
        for operation in item.values_mut().filter_map(Value::as_object_mut) {
            operation.remove("callbacks");
        }
    }
}

/// The deepest part of `paths` or `components` that does not read as what OpenAPI says it is.
/// `openapiv3` flattens these maps, which hides the failing entry from the error's path.
fn narrow(root: &Location, document: &Value) -> Option<Error> {
    use openapiv3::{
        Header, Operation, Parameter, PathItem, ReferenceOr, RequestBody, Response, Schema,
        SecurityScheme,
    };
    fn first_error<T: DeserializeOwned>(
        at: &Location,
        map: Option<&Value>,
    ) -> Option<(Location, Error)> {
        map?.as_object()?.iter().find_map(|(key, item)| {
            let at = at.join(key);
            deserialize_at::<T>(&at, item).err().map(|e| (at, e))
        })
    }
    if let Some((at, error)) =
        first_error::<ReferenceOr<PathItem>>(&root.join("paths"), document.get("paths"))
    {
        let item = document.get("paths")?.get(
            at.pointer
                .rsplit('/')
                .next()?
                .replace("~1", "/")
                .replace("~0", "~"),
        )?;
        for method in [
            "get", "put", "post", "delete", "options", "head", "patch", "trace",
        ] {
            let Some(operation) = item.get(method) else {
                continue;
            };
            let op_at = at.join(method);
            if deserialize_at::<Operation>(&op_at, operation).is_ok() {
                continue;
            }
            for (i, parameter) in operation
                .get("parameters")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .enumerate()
            {
                if let Err(e) = deserialize_at::<ReferenceOr<Parameter>>(
                    &op_at.join("parameters").join(&i.to_string()),
                    parameter,
                ) {
                    return Some(e);
                }
            }
            if let Some((_, e)) = first_error::<ReferenceOr<Response>>(
                &op_at.join("responses"),
                operation.get("responses"),
            ) {
                return Some(e);
            }
            if let Some(body) = operation.get("requestBody") {
                if let Err(e) =
                    deserialize_at::<ReferenceOr<RequestBody>>(&op_at.join("requestBody"), body)
                {
                    return Some(e);
                }
            }
            return deserialize_at::<Operation>(&op_at, operation).err();
        }
        return Some(error);
    }
    let components = root.join("components");
    let c = document.get("components");
    let found = first_error::<ReferenceOr<Schema>>(
        &components.join("schemas"),
        c.and_then(|c| c.get("schemas")),
    )
    .or_else(|| {
        first_error::<ReferenceOr<Parameter>>(
            &components.join("parameters"),
            c.and_then(|c| c.get("parameters")),
        )
    })
    .or_else(|| {
        first_error::<ReferenceOr<Response>>(
            &components.join("responses"),
            c.and_then(|c| c.get("responses")),
        )
    })
    .or_else(|| {
        first_error::<ReferenceOr<RequestBody>>(
            &components.join("requestBodies"),
            c.and_then(|c| c.get("requestBodies")),
        )
    })
    .or_else(|| {
        first_error::<ReferenceOr<Header>>(
            &components.join("headers"),
            c.and_then(|c| c.get("headers")),
        )
    })
    .or_else(|| {
        first_error::<ReferenceOr<SecurityScheme>>(
            &components.join("securitySchemes"),
            c.and_then(|c| c.get("securitySchemes")),
        )
    });
    found.map(|(_, e)| e)
}

fn collect_refs(value: &Value, pointer: &mut String, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get("$ref") {
                out.push((pointer.clone(), r.clone()));
            }
            // Example files are documentation, not part of the API's shape.
            for (k, v) in map.iter().filter(|(k, _)| k.as_str() != "x-ms-examples") {
                let len = pointer.len();
                pointer.push('/');
                pointer.push_str(&escape_segment(k));
                collect_refs(v, pointer, out);
                pointer.truncate(len);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let len = pointer.len();
                pointer.push('/');
                pointer.push_str(&i.to_string());
                collect_refs(v, pointer, out);
                pointer.truncate(len);
            }
        }
        _ => {}
    }
}

fn decode(s: &str) -> String {
    percent_decode_str(s).decode_utf8_lossy().into_owned()
}

fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| normalize(path))
}

/// Removes `.` and `a/..` pairs without touching the file system.
fn normalize(path: &Path) -> PathBuf {
    let mut out: Vec<Component> = Vec::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir if matches!(out.last(), Some(Component::Normal(_))) => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out.iter().collect()
}

/// The path users see: relative paths as given; absolute ones reduced to their file name, so that
/// no generated file ever holds a machine's absolute path.
fn display_path(path: &Path) -> String {
    let shown = if path.is_absolute() {
        PathBuf::from(path.file_name().unwrap_or_default())
    } else {
        normalize(path)
    };
    shown.to_string_lossy().replace('\\', "/")
}

fn join_display(referrer: &str, relative: &str) -> String {
    let base = Path::new(referrer).parent().unwrap_or(Path::new(""));
    normalize(&base.join(relative))
        .to_string_lossy()
        .replace('\\', "/")
}
