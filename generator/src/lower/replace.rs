//! Schemas that the crate's hand-written types stand for (the configuration's `replace`).

use std::collections::BTreeMap;

use super::Lowerer;
use crate::error::{Error, Result};
use crate::load::{FileId, Target};

impl Lowerer<'_> {
    /// The targets of the schemas that `replace` names, with the Rust path of each.
    pub(super) fn replacements(
        &self,
        replace: &BTreeMap<String, String>,
    ) -> Result<BTreeMap<Target, String>> {
        let root = Target {
            file: FileId::default(),
            pointer: String::new(),
        };
        let mut out = BTreeMap::new();
        for (name, path) in replace {
            let at = root.join("components").join("schemas").join(name);
            let target = self
                .spec
                .resolve(
                    at.file,
                    &format!("#{}", at.pointer),
                    &self.spec.location(&root),
                )
                .map_err(|_| {
                    Error::config(format!(
                        "`replace` names `{name}`, which is not a schema of the spec (under \
                         `components/schemas`, or `definitions` in Swagger 2.0)"
                    ))
                })?;
            out.insert(target, path.clone());
        }
        Ok(out)
    }
}
