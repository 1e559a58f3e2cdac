//! String and integer enums: open ones (values they do not know kept), closed ones, their wire names and conversions.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::docs::{Docs, code, own};
use crate::model::Variant;

pub(super) fn string_enum(
    name: &proc_macro2::Ident,
    docs: TokenStream,
    variants: &[Variant],
    other: &str,
) -> TokenStream {
    let other = format_ident!("{}", other);
    let (idents, values, variant_docs) = enum_parts(variants);
    let written_as_str = written_as_str(name);
    quote! {
        #docs
        ///
        /// Values this version of the crate does not know are kept in the last variant, so a value
        /// the service adds later never fails to parse. A later version of the crate may name more
        /// values (so `match`es need a `_` arm); values it names are no longer read into the last
        /// variant.
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum #name {
            #( #variant_docs #idents, )*
            /// A value this version of the crate does not know. Build values with `From<&str>`,
            /// which picks a named variant whenever there is one.
            #other(String),
        }

        impl #name {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #( Self::#idents => #values, )*
                    Self::#other(value) => value,
                }
            }
        }

        impl From<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #( #values => Self::#idents, )*
                    other => Self::#other(other.to_owned()),
                }
            }
        }

        impl From<String> for #name {
            fn from(value: String) -> Self {
                match value.as_str() {
                    #( #values => Self::#idents, )*
                    _ => Self::#other(value),
                }
            }
        }

        impl std::str::FromStr for #name {
            type Err = std::convert::Infallible;

            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        #written_as_str

        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                <String as serde::Deserialize>::deserialize(deserializer).map(Self::from)
            }
        }
    }
}

/// A string enum that refuses values it does not know.
/// `Display` and `Serialize` of a string enum: its `as_str()`.
pub(super) fn written_as_str(name: &proc_macro2::Ident) -> TokenStream {
    quote! {
        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }
    }
}

/// A string enum's variant identifiers, wire values and docs.
pub(super) fn enum_parts(
    variants: &[Variant],
) -> (Vec<proc_macro2::Ident>, Vec<&str>, Vec<TokenStream>) {
    let idents = variants
        .iter()
        .map(|v| format_ident!("{}", v.rust_name))
        .collect();
    let values = variants.iter().map(|v| v.value.as_str()).collect();
    let docs = variants
        .iter()
        .map(|v| match &v.docs {
            Some(d) => Docs::new().spec(d).own(&code(&v.value)).outer(),
            None => own(&code(&v.value)),
        })
        .collect();
    (idents, values, docs)
}

/// An enum of integers, written and read as JSON numbers. Open (`other` names the variant
/// that keeps other numbers) or closed (any other number fails to parse).
pub(super) fn integer_enum(
    name: &proc_macro2::Ident,
    docs: TokenStream,
    variants: &[Variant],
    other: Option<&str>,
) -> TokenStream {
    let (idents, values, variant_docs) = enum_parts(variants);
    let numbers: Vec<proc_macro2::Literal> = values
        .iter()
        .map(|v| proc_macro2::Literal::i64_unsuffixed(v.parse().unwrap_or_default()))
        .collect();
    let type_name = name.to_string();
    let (attrs, other_variant, other_value, from) = match other {
        Some(other) => {
            let other = format_ident!("{}", other);
            (
                quote! {
                    ///
                    /// Numbers this version of the crate does not know are kept in the last
                    /// variant, so a value the service adds later never fails to parse.
                    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
                    #[non_exhaustive]
                },
                quote! {
                    /// A number this version of the crate does not know.
                    #other(i64),
                },
                quote! { Self::#other(value) => *value, },
                quote! {
                    impl From<i64> for #name {
                        fn from(value: i64) -> Self {
                            match value {
                                #( #numbers => Self::#idents, )*
                                other => Self::#other(other),
                            }
                        }
                    }

                    impl std::str::FromStr for #name {
                        type Err = std::num::ParseIntError;

                        fn from_str(value: &str) -> Result<Self, Self::Err> {
                            value.trim().parse::<i64>().map(Self::from)
                        }
                    }

                    impl<'de> serde::Deserialize<'de> for #name {
                        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                            <i64 as serde::Deserialize>::deserialize(deserializer).map(Self::from)
                        }
                    }
                },
            )
        }
        None => (
            quote! {
                ///
                /// A closed set: any other number fails to parse.
                #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
            },
            quote!(),
            quote!(),
            quote! {
                impl TryFrom<i64> for #name {
                    type Error = super::error::UnknownValue;

                    fn try_from(value: i64) -> Result<Self, Self::Error> {
                        match value {
                            #( #numbers => Ok(Self::#idents), )*
                            _ => Err(super::error::UnknownValue { type_name: #type_name, value: value.to_string() }),
                        }
                    }
                }

                impl std::str::FromStr for #name {
                    type Err = super::error::UnknownValue;

                    fn from_str(value: &str) -> Result<Self, Self::Err> {
                        match value.trim().parse::<i64>() {
                            Ok(number) => Self::try_from(number),
                            Err(_) => Err(super::error::UnknownValue { type_name: #type_name, value: value.to_owned() }),
                        }
                    }
                }

                impl<'de> serde::Deserialize<'de> for #name {
                    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                        let value = <i64 as serde::Deserialize>::deserialize(deserializer)?;
                        Self::try_from(value).map_err(|_| {
                            serde::de::Error::invalid_value(serde::de::Unexpected::Signed(value), &#type_name)
                        })
                    }
                }
            },
        ),
    };
    quote! {
        #docs
        #attrs
        pub enum #name {
            #( #variant_docs #idents, )*
            #other_variant
        }

        impl #name {
            /// Every named value.
            pub const VALUES: &[i64] = &[#( #numbers ),*];

            /// The value as sent on the wire.
            pub fn value(&self) -> i64 {
                match self {
                    #( Self::#idents => #numbers, )*
                    #other_value
                }
            }
        }

        #from

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::Display::fmt(&self.value(), f)
            }
        }

        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.value())
            }
        }
    }
}

pub(super) fn closed_enum(
    name: &proc_macro2::Ident,
    docs: TokenStream,
    variants: &[Variant],
) -> TokenStream {
    let (idents, values, variant_docs) = enum_parts(variants);
    let written_as_str = written_as_str(name);
    let type_name = name.to_string();
    quote! {
        #docs
        ///
        /// A closed set: any other value fails to parse.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum #name {
            #( #variant_docs #idents, )*
        }

        impl #name {
            /// Every value, as sent on the wire.
            pub const VALUES: &[&str] = &[#( #values ),*];

            /// The value as sent on the wire.
            pub fn as_str(&self) -> &'static str {
                match self {
                    #( Self::#idents => #values, )*
                }
            }
        }

        impl std::str::FromStr for #name {
            type Err = super::error::UnknownValue;

            fn from_str(value: &str) -> Result<Self, Self::Err> {
                match value {
                    #( #values => Ok(Self::#idents), )*
                    _ => Err(super::error::UnknownValue { type_name: #type_name, value: value.to_owned() }),
                }
            }
        }

        #written_as_str

        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
                value.parse().map_err(|_| serde::de::Error::unknown_variant(&value, Self::VALUES))
            }
        }
    }
}
