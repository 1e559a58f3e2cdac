//! Schemas the configuration names: by `replace` (hand-written types stand for them) and by
//! `events.schemas`.

use std::collections::BTreeMap;

use super::Lowerer;
use crate::error::{Error, Result};
use crate::load::{FileId, Target};

impl Lowerer<'_> {
    /// The root document's schema `name` (under `components/schemas`, where Swagger 2.0's
    /// `definitions` are moved), as the pointer written and the target it resolves to; a
    /// setting (`setting`) naming another is a configuration error.
    pub(super) fn component_schema(&self, setting: &str, name: &str) -> Result<(Target, Target)> {
        let root = Target {
            file: FileId::default(),
            pointer: String::new(),
        };
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
                    "`{setting}` names `{name}`, which is not a schema of the spec (under \
                     `components/schemas`, or `definitions` in Swagger 2.0)"
                ))
            })?;
        Ok((at, target))
    }

    /// The targets of the schemas that `replace` names, with the Rust path of each.
    pub(super) fn replacements(
        &self,
        replace: &BTreeMap<String, String>,
    ) -> Result<BTreeMap<Target, String>> {
        let mut out = BTreeMap::new();
        for (name, path) in replace {
            let (_, target) = self.component_schema("replace", name)?;
            out.insert(target, path.clone());
        }
        Ok(out)
    }
}
