//! What generated `Serialize` and `Deserialize` impls call: map keys, optional fields, flattened maps, the first alternative of an untagged union.

use serde::Serialize;
use serde::de::DeserializeOwned;

/// An object key as the `Deserialize` impls of `models` read it: borrowed from the input when
/// the input allows (serde_json does for keys without escapes), owned otherwise.
pub struct Key<'de>(std::borrow::Cow<'de, str>);

impl Key<'_> {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;

        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Key<'de>;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object key")
            }

            fn visit_borrowed_str<E>(self, value: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Borrowed(value)))
            }

            fn visit_str<E>(self, value: &str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(value.to_owned())))
            }

            fn visit_string<E>(self, value: String) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(value)))
            }
        }

        deserializer.deserialize_str(Visitor)
    }
}

/// Writes a model struct as a JSON object: entries in order, the first error kept and returned
/// by [`MapWriter::end`], so that generated `Serialize` impls need no `?` per field.
pub struct MapWriter<M: serde::ser::SerializeMap> {
    map: M,
    error: Option<M::Error>,
}

impl<M: serde::ser::SerializeMap> MapWriter<M> {
    pub fn new<S>(serializer: S) -> Result<Self, S::Error>
    where
        S: serde::Serializer<SerializeMap = M, Ok = M::Ok, Error = M::Error>,
    {
        Ok(MapWriter {
            map: serializer.serialize_map(None)?,
            error: None,
        })
    }

    /// An entry, written whatever its value (`None` as `null`).
    pub fn entry<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) {
        if self.error.is_none() {
            if let Err(e) = self.map.serialize_entry(key, value) {
                self.error = Some(e);
            }
        }
    }

    /// An optional property: left out when `None`.
    pub fn optional<T: Serialize>(&mut self, key: &str, value: &Option<T>) {
        if let Some(value) = value {
            self.entry(key, value);
        }
    }

    /// A flattened map's entries.
    pub fn entries<T: Serialize>(&mut self, values: &std::collections::BTreeMap<String, T>) {
        for (key, value) in values {
            self.entry(key, value);
        }
    }

    pub fn end(self) -> Result<M::Ok, M::Error> {
        match self.error {
            Some(e) => Err(e),
            None => self.map.end(),
        }
    }
}

/// Reads the value of the property whose key was just read into `slot` (`Some`, even for a
/// `null` read as an `Option`).
pub fn read<'de, A, T>(map: &mut A, slot: &mut Option<T>) -> Result<(), A::Error>
where
    A: serde::de::MapAccess<'de>,
    T: serde::Deserialize<'de>,
{
    *slot = Some(map.next_value()?);
    Ok(())
}

/// Reads an optional property's value into `slot`: `null` leaves it `None`.
pub fn read_or_null<'de, A, T>(map: &mut A, slot: &mut Option<T>) -> Result<(), A::Error>
where
    A: serde::de::MapAccess<'de>,
    T: serde::Deserialize<'de>,
{
    *slot = map.next_value()?;
    Ok(())
}

/// Skips the value of a property the type does not declare.
pub fn skip<'de, A: serde::de::MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<serde::de::IgnoredAny>().map(drop)
}

/// Reads a property the type does not declare into the map that keeps the object's other
/// properties (`additionalProperties` next to `properties`).
pub fn read_other<'de, A, T>(
    map: &mut A,
    key: &Key<'de>,
    others: &mut std::collections::BTreeMap<String, T>,
) -> Result<(), A::Error>
where
    A: serde::de::MapAccess<'de>,
    T: serde::Deserialize<'de>,
{
    let value = map.next_value()?;
    others.insert(key.as_str().to_owned(), value);
    Ok(())
}

/// `value` as an alternative of a union without a discriminator, if it fits: generated unions
/// try their variants in order, as serde's `untagged` derive does.
pub fn alternative<T: DeserializeOwned>(value: &serde_json::Value) -> Option<T> {
    T::deserialize(value).ok()
}

/// The error serde's derive gives for the first required property that is missing: `present`
/// and `names` go together, a generated visitor's required properties in order.
pub fn missing<E: serde::de::Error>(present: &[bool], names: &[&'static str]) -> E {
    let first = present.iter().position(|p| !p).unwrap_or_default();
    E::missing_field(names.get(first).copied().unwrap_or_default())
}
