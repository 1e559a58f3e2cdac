//! `src/models.rs`: one type per schema.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs::{Docs, code, own};
use super::enums::{closed_enum, integer_enum, string_enum};
use super::error_bodies::{error_body, hand_written_error_body, status_union_error_body};
use super::{ident, type_tokens};
use crate::model::{Api, Discriminator, Field, OneOfVariant, TypeDef, TypeKind};
use crate::model::{ErrorBodyAccess, StatusPattern, StatusVariant, TypeRef, Wrapping};

/// One part of the module, rendered and formatted on its own (see
/// [`crate::emit::format::format_parallel`]).
pub(super) enum Part<'a> {
    /// The module's doc.
    Doc,
    Type(&'a TypeDef),
    ErrorBody(&'a ErrorBodyAccess),
    /// The check that a hand-written type holding an error body implements `ErrorBody`.
    HandWrittenErrorBody(&'a str),
    /// The `ErrorBody` impl of a per-status error enum.
    StatusUnionErrorBody(&'a str, &'a [StatusVariant]),
}

/// The module in order: its doc, then a part per type and per `ErrorBody` impl.
pub(super) fn parts(api: &Api) -> Vec<Part<'_>> {
    let types = api.types.values().map(Part::Type);
    let error_bodies = api.error_bodies.iter().map(Part::ErrorBody);
    let hand_written = api
        .hand_written_error_bodies
        .iter()
        .map(|path| Part::HandWrittenErrorBody(path));
    let union_error_bodies = api.types.values().filter_map(|def| match &def.kind {
        TypeKind::StatusUnion {
            variants,
            errors: true,
        } => Some(Part::StatusUnionErrorBody(&def.name, variants)),
        _ => None,
    });
    std::iter::once(Part::Doc)
        .chain(types)
        .chain(error_bodies)
        .chain(hand_written)
        .chain(union_error_bodies)
        .collect()
}

impl Part<'_> {
    pub(super) fn tokens(&self) -> TokenStream {
        match self {
            Part::Doc => quote! {
                //! The types of the request and response bodies.
            },
            Part::Type(def) => type_def(def),
            Part::ErrorBody(access) => error_body(access),
            Part::HandWrittenErrorBody(path) => hand_written_error_body(path),
            Part::StatusUnionErrorBody(name, variants) => status_union_error_body(name, variants),
        }
    }
}

fn type_def(def: &TypeDef) -> TokenStream {
    let docs = Docs::new()
        .spec_or(def.docs.as_deref(), &format!("The `{}` schema.", def.name))
        .outer();
    let name = format_ident!("{}", def.name);
    match &def.kind {
        TypeKind::Struct {
            fields,
            from_headers: true,
            ..
        } => headers_struct(&name, docs, fields),
        TypeKind::Struct {
            fields,
            default,
            tag,
            from_headers: false,
        } => struct_def(&name, docs, fields, *default, tag.as_ref()),
        TypeKind::StatusUnion { variants, .. } => {
            let variants = variants.iter().map(|v| {
                let ident = format_ident!("{}", v.rust_name);
                match &v.ty {
                    Some(ty) => {
                        let ty = type_tokens(ty);
                        let doc = if v.pattern == StatusPattern::Default {
                            own("The answer with any other status.")
                        } else {
                            own(&format!("The answer with status {}.", code(&v.status)))
                        };
                        quote! { #doc #ident(#ty), }
                    }
                    None => {
                        let doc = own(&format!(
                            "The answer with status {}, which has no body.",
                            code(&v.status)
                        ));
                        quote! { #doc #ident, }
                    }
                }
            });
            quote! {
                #docs
                ///
                /// The client picks the variant from the answer's status.
                #[derive(Debug, Clone, PartialEq)]
                pub enum #name {
                    #( #variants )*
                }
            }
        }
        TypeKind::Enum {
            variants,
            other,
            integer: true,
        } => integer_enum(&name, docs, variants, other.as_deref()),
        TypeKind::Enum {
            variants,
            other: Some(other),
            integer: false,
        } => string_enum(&name, docs, variants, other),
        TypeKind::Enum {
            variants,
            other: None,
            integer: false,
        } => closed_enum(&name, docs, variants),
        TypeKind::OneOf {
            variants,
            discriminator: Some(d),
        } => tagged_union(&name, docs, variants, d),
        TypeKind::OneOf {
            variants,
            discriminator: None,
        } => untagged_union(&name, docs, variants),
    }
}

/// A union's variant names, and their declarations (the payload boxed if need be) with the
/// doc `doc` writes for each.
fn union_variants(
    variants: &[OneOfVariant],
    doc: impl Fn(&OneOfVariant) -> String,
) -> (Vec<proc_macro2::Ident>, Vec<TokenStream>) {
    variants
        .iter()
        .map(|v| {
            let ident = format_ident!("{}", v.rust_name);
            let ty = boxed_type(&v.ty, v.boxed);
            let doc = own(&doc(v));
            let decl = quote! { #doc #ident(#ty), };
            (ident, decl)
        })
        .collect()
}

/// A union without a discriminator: written as its variant, read as the first variant the
/// value fits (what serde's `untagged` derive does, from the value read once as JSON).
fn untagged_union(
    name: &proc_macro2::Ident,
    docs: TokenStream,
    variants: &[OneOfVariant],
) -> TokenStream {
    let (idents, decls) = union_variants(variants, |v| {
        format!("A value of the {} alternative.", code(&v.rust_name))
    });
    let serialize = serialize_variants(name, &idents, None);
    let expecting = format!("data did not match any variant of untagged enum {name}");
    quote! {
        #docs
        ///
        /// One of several alternatives: a value is read as the first variant it fits.
        #[derive(Debug, Clone, PartialEq)]
        pub enum #name {
            #( #decls )*
        }

        #serialize

        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<__D: serde::Deserializer<'de>>(deserializer: __D) -> Result<Self, __D::Error> {
                let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
                #(
                    if let Some(v) = super::runtime::alternative(&value) {
                        return Ok(Self::#idents(v));
                    }
                )*
                Err(serde::de::Error::custom(#expecting))
            }
        }
    }
}

/// `Serialize` for a union: each variant writes its payload (`other`, holding JSON, too).
fn serialize_variants(
    name: &proc_macro2::Ident,
    idents: &[proc_macro2::Ident],
    other: Option<&proc_macro2::Ident>,
) -> TokenStream {
    let idents = idents.iter().chain(other);
    quote! {
        impl serde::Serialize for #name {
            fn serialize<__S: serde::Serializer>(&self, serializer: __S) -> Result<__S::Ok, __S::Error> {
                match *self {
                    #( Self::#idents(ref v) => serde::Serialize::serialize(v, serializer), )*
                }
            }
        }
    }
}

/// The response headers of an operation: every field an `Option` of a type that parses from
/// text, read from the answer's headers by name (repeated headers joined with `, `).
fn headers_struct(name: &proc_macro2::Ident, docs: TokenStream, fields: &[Field]) -> TokenStream {
    let field_tokens = fields.iter().map(|f| {
        let docs = Docs::new()
            .spec_or(f.docs.as_deref(), &format!("The `{}` header.", f.name))
            .outer();
        let n = ident(&f.rust_name);
        let ty = type_tokens(&f.ty);
        quote! { #docs pub #n: Option<#ty>, }
    });
    let reads = fields.iter().map(|f| {
        let n = ident(&f.rust_name);
        let wire = &f.name;
        quote! { #n: super::runtime::header_value(headers, #wire), }
    });
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, Default)]
        #[non_exhaustive]
        pub struct #name {
            #( #field_tokens )*
        }

        impl #name {
            pub(crate) fn read(headers: &reqwest::header::HeaderMap) -> Self {
                Self { #( #reads )* }
            }
        }
    }
}

/// `Deserialize` for a struct, with the behaviour of serde's derive as the fields are declared
/// (unknown properties ignored, or kept by the flattened map when the struct has one; an absent
/// or `null` optional property is `None`, an absent required one is an error) but about a third
/// of its code: the derive also writes a field enum with three visitors and a sequence visitor,
/// and type-checking that code was most of the `cargo check` time of large generated crates.
/// A tagged struct's discriminator is not one of its fields and is skipped, as the union that
/// reads it has already looked at it.
fn deserialize_struct(
    name: &proc_macro2::Ident,
    fields: &[Field],
    tag: Option<&crate::model::StructTag>,
) -> TokenStream {
    let expecting = format!("a `{name}` object");
    let vars: Vec<_> = (0..fields.len())
        .map(|i| format_ident!("field_{}", i))
        .collect();
    // Spelled out, with one runtime call per property and one `?` for all of them: inferring
    // each variable from the struct literal and a `?` per arm made these visitors the largest
    // part of type-checking a big crate.
    let declarations = fields.iter().zip(&vars).map(|(f, var)| {
        let ty = field_type(f);
        if f.flatten {
            quote! { let mut #var: #ty = std::collections::BTreeMap::new(); }
        } else if f.wrapping() == Wrapping::Plain {
            quote! { let mut #var: Option<#ty> = None; }
        } else {
            quote! { let mut #var: #ty = None; }
        }
    });
    let arms = fields
        .iter()
        .zip(&vars)
        .filter(|(f, _)| !f.flatten)
        .map(|(f, var)| {
            let wire = &f.name;
            // Present, `null` included: `Some`, then the value or `None` for a nullable property.
            if f.wrapping() == Wrapping::Optional {
                quote! { #wire => super::runtime::read_or_null(&mut map, &mut #var), }
            } else {
                quote! { #wire => super::runtime::read(&mut map, &mut #var), }
            }
        });
    let others = match fields.iter().zip(&vars).find(|(f, _)| f.flatten) {
        Some((_, var)) => {
            let tag = tag.map(|t| {
                let property = &t.property;
                quote! { #property => super::runtime::skip(&mut map), }
            });
            quote! {
                #tag
                _ => super::runtime::read_other(&mut map, &key, &mut #var),
            }
        }
        None => quote! { _ => super::runtime::skip(&mut map), },
    };
    let build = build_struct(name, fields, &vars);
    // `__`-prefixed names cannot clash with model names, which are upper camel case.
    quote! {
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<__D: serde::Deserializer<'de>>(deserializer: __D) -> Result<Self, __D::Error> {
                struct __Visitor;

                impl<'de> serde::de::Visitor<'de> for __Visitor {
                    type Value = #name;

                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str(#expecting)
                    }

                    fn visit_map<__A: serde::de::MapAccess<'de>>(self, mut map: __A) -> Result<Self::Value, __A::Error> {
                        #( #declarations )*
                        while let Some(key) = map.next_key::<super::runtime::Key<'de>>()? {
                            match key.as_str() {
                                #( #arms )*
                                #others
                            }?;
                        }
                        #build
                    }
                }

                deserializer.deserialize_map(__Visitor)
            }
        }
    }
}

/// The end of a struct's visitor: the struct from its fields' variables, or the error for the
/// first required property that is missing. Required properties are checked in one `match` on
/// a tuple of their variables, with no call or `?` between the moves into the struct: a `?`
/// per required property (as serde's derive writes) gave each one an exit path dropping every
/// other variable, and borrow-checking those paths grew with the square of the field count.
fn build_struct(
    name: &proc_macro2::Ident,
    fields: &[Field],
    vars: &[proc_macro2::Ident],
) -> TokenStream {
    let values = fields.iter().zip(vars).map(|(f, var)| {
        let rust = ident(&f.rust_name);
        quote! { #rust: #var, }
    });
    let (required, wires): (Vec<_>, Vec<_>) = fields
        .iter()
        .zip(vars)
        .filter(|(f, _)| f.wrapping() == Wrapping::Plain && !f.flatten)
        .map(|(f, var)| (var, &f.name))
        .unzip();
    if required.is_empty() {
        return quote! { Ok(#name { #( #values )* }) };
    }
    quote! {
        match ( #( #required, )* ) {
            ( #( Some(#required), )* ) => Ok(#name { #( #values )* }),
            ( #( #required, )* ) => Err(super::runtime::missing(
                &[ #( #required.is_some() ),* ],
                &[ #( #wires ),* ],
            )),
        }
    }
}

/// `Serialize` for a struct, as serde's derive would write it for JSON (the tag first, then the
/// fields in order, optional ones left out when `None`, a flattened map's entries last), as a
/// map through `runtime::MapWriter`, which keeps the first error: no `?` per field, and about a
/// quarter of the derive's type-checking time.
fn serialize_struct(
    name: &proc_macro2::Ident,
    fields: &[Field],
    tag: Option<&crate::model::StructTag>,
) -> TokenStream {
    let tag = tag.map(|t| {
        let (property, value) = (&t.property, &t.value);
        quote! { map.entry(#property, #value); }
    });
    let writes = fields.iter().map(|f| {
        let n = ident(&f.rust_name);
        let wire = &f.name;
        if f.flatten {
            quote! { map.entries(&self.#n); }
        } else if f.required {
            quote! { map.entry(#wire, &self.#n); }
        } else {
            quote! { map.optional(#wire, &self.#n); }
        }
    });
    // An object without properties writes `{}`: nothing to add to the map.
    let mutable = (tag.is_some() || !fields.is_empty()).then(|| quote!(mut));
    quote! {
        impl serde::Serialize for #name {
            fn serialize<__S: serde::Serializer>(&self, serializer: __S) -> Result<__S::Ok, __S::Error> {
                let #mutable map = super::runtime::MapWriter::new(serializer)?;
                #tag
                #( #writes )*
                map.end()
            }
        }
    }
}

/// A union told apart by a discriminator property: written as its variant (whose struct writes
/// the tag), read by dispatching on the tag; an unknown or missing tag keeps the JSON.
fn tagged_union(
    name: &proc_macro2::Ident,
    docs: TokenStream,
    variants: &[OneOfVariant],
    d: &Discriminator,
) -> TokenStream {
    let property = &d.property;
    let other = format_ident!("{}", d.other);
    let (idents, decls) = union_variants(variants, |v| {
        format!(
            "{} is `{}`.",
            code(property),
            serde_json::Value::String(v.tag.clone().unwrap_or_default())
        )
    });
    let arms = variants.iter().zip(&idents).filter_map(|(v, ident)| {
        let value = v.tag.as_deref()?;
        Some(quote! {
            Some(#value) => serde_json::from_value(value)
                .map(Self::#ident)
                .map_err(serde::de::Error::custom),
        })
    });
    let union_doc = own(&format!(
        "Told apart by the discriminator property {}; values with another discriminator are kept \
         in the last variant, so a kind the service adds later never fails to parse.",
        code(property)
    ));
    let other_doc = own(&format!(
        "A value whose {} this version of the crate does not know (or that has none), as JSON.",
        code(property)
    ));
    let serialize = serialize_variants(name, &idents, Some(&other));
    quote! {
        #docs
        ///
        #union_doc
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum #name {
            #( #decls )*
            #other_doc
            #other(serde_json::Value),
        }

        #serialize

        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<__D: serde::Deserializer<'de>>(deserializer: __D) -> Result<Self, __D::Error> {
                let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
                match value.get(#property).and_then(serde_json::Value::as_str) {
                    #( #arms )*
                    _ => Ok(Self::#other(value)),
                }
            }
        }
    }
}

/// A model struct: its fields, a lean `Serialize` and `Deserialize` (see [`serialize_struct`]
/// and [`deserialize_struct`]), and `new` (see [`constructor`]).
fn struct_def(
    name: &proc_macro2::Ident,
    docs: TokenStream,
    fields: &[Field],
    default: bool,
    tag: Option<&crate::model::StructTag>,
) -> TokenStream {
    let default = default.then(|| quote!(Default,));
    let field_tokens = fields.iter().map(field);
    let tag_doc = tag.map(|t| {
        let doc = own(&format!(
            "Always written with {} `{}` (its discriminator).",
            code(&t.property),
            serde_json::Value::String(t.value.clone())
        ));
        quote! {
            ///
            #doc
        }
    });
    let serialize = serialize_struct(name, fields, tag);
    // A struct without `Default` is built with `new` and its required fields, so that a
    // later optional field is no breaking change: struct literals outside the crate are
    // ruled out by `#[non_exhaustive]`.
    // Structs with `Default` get `new` too when they have required fields, so that
    // either kind is built alike.
    let non_exhaustive = default.is_none().then(|| quote!(#[non_exhaustive]));
    let has_required = fields.iter().any(|f| f.wrapping() == Wrapping::Plain);
    let constructor = (default.is_none() || has_required).then(|| constructor(name, fields));
    let deserialize = deserialize_struct(name, fields, tag);
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, #default)]
        #non_exhaustive
        #tag_doc
        pub struct #name {
            #( #field_tokens )*
        }

        #constructor

        #serialize

        #deserialize
    }
}

/// `new`, taking the required fields in their order (anything `Into` their types) and leaving
/// the optional ones `None`.
fn constructor(name: &proc_macro2::Ident, fields: &[Field]) -> TokenStream {
    let required: Vec<&Field> = fields
        .iter()
        .filter(|f| f.wrapping() == Wrapping::Plain)
        .collect();
    let params = required.iter().map(|f| {
        let param = ident(&f.rust_name);
        let ty = type_tokens(&f.ty);
        quote!(#param: impl Into<#ty>)
    });
    let inits = fields.iter().map(|f| {
        let field = ident(&f.rust_name);
        match (f.wrapping(), f.boxed) {
            (Wrapping::Plain, false) => quote!(#field: #field.into()),
            (Wrapping::Plain, true) => quote!(#field: Box::new(#field.into())),
            _ => quote!(#field: None),
        }
    });
    let many = (required.len() > 7).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    let doc = own(&format!(
        "A `{name}` with its required properties; the optional ones are `None`: set them on \
         the value."
    ));
    quote! {
        impl #name {
            #doc
            #many
            pub fn new(#(#params),*) -> Self {
                Self { #(#inits),* }
            }
        }
    }
}

/// The Rust type of a value, behind a `Box` when the type contains itself through it.
fn boxed_type(ty: &TypeRef, boxed: bool) -> TokenStream {
    let ty = type_tokens(ty);
    if boxed { quote!(Box<#ty>) } else { ty }
}

/// The Rust type of a field: its value's type, boxed if need be, in as many `Option`s as
/// [`Field::wrapping`] says.
fn field_type(f: &Field) -> TokenStream {
    let mut ty = boxed_type(&f.ty, f.boxed);
    for _ in 0..f.wrapping().layers() {
        ty = quote!(Option<#ty>);
    }
    ty
}

fn field(f: &Field) -> TokenStream {
    let mut docs = Docs::new().spec_or(f.docs.as_deref(), &format!("The `{}` property.", f.name));
    if f.read_only {
        docs = docs.own("Read-only: set by the service, ignored in requests.");
    }
    if f.wrapping() == Wrapping::OptionalNullable {
        docs = docs.own("`None`: absent; `Some(None)`: `null`.");
    }
    let docs = docs.outer();
    let name = ident(&f.rust_name);
    let ty = field_type(f);
    quote! {
        #docs
        pub #name: #ty,
    }
}
