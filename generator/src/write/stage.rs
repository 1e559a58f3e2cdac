//! All-or-nothing writes: the staging directory and the switch.
//!
//! A run writes everything it changes into `<out>/.codegen-stage/`, which it creates itself
//! (`create_dir` fails when anything, a symlink included, is already there; files inside are
//! created new, never opened through an existing name). `files/` holds the changed files outside
//! `src/generated/`, `generated/` the whole new `src/generated/`. Every directory a file needs
//! is made before the stage is marked complete (a `ready` file); then the switch renames each
//! staged file into place, moves the old `src/generated/` into the stage (`old/`) and the new one
//! into place, and removes the stage.
//!
//! The stage is its own journal. A run that finds one left over finishes the switch when it is
//! marked ready (everything it holds is complete) and removes it otherwise (nothing had been
//! switched yet): the previous output, or the new one, never a mix, is what the next step sees.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::emit::GENERATED_DIR;
use crate::error::{Error, Result};

/// The staging directory, inside the output directory.
pub const STAGE_DIR: &str = ".codegen-stage";

const READY: &str = "ready";
const FILES: &str = "files";
const GENERATED: &str = "generated";
const OLD: &str = "old";

/// A complete stage, ready to be switched in.
#[derive(Debug)]
pub struct Stage {
    out: PathBuf,
    dir: PathBuf,
}

impl Stage {
    /// Stages `owned` (the whole new `src/generated/`, paths relative to the crate; empty when
    /// it does not change) and `others` (changed files elsewhere), and makes the directories
    /// they go to. On failure the stage and the directories it made are removed.
    pub fn prepare(out: &Path, owned: &[(&str, &str)], others: &[(&str, &str)]) -> Result<Stage> {
        let dir = out.join(STAGE_DIR);
        std::fs::create_dir_all(out).map_err(|e| Error::io(out, "create the directory", e))?;
        std::fs::create_dir(&dir).map_err(|e| Error::io(&dir, "create", e))?;
        let mut made = Vec::new();
        let staged = (|| -> Result<()> {
            for (path, contents) in owned {
                let rel = path.strip_prefix(GENERATED_DIR).unwrap_or(path);
                new_file(
                    &dir.join(GENERATED).join(rel.trim_start_matches('/')),
                    contents,
                )?;
            }
            if !owned.is_empty() {
                // The new `src/generated/` goes into `src/`.
                make_dirs(
                    out,
                    Path::new(GENERATED_DIR).parent().unwrap_or(Path::new("")),
                    &mut made,
                )?;
            }
            for (path, contents) in others {
                new_file(&dir.join(FILES).join(path), contents)?;
                make_dirs(
                    out,
                    Path::new(path).parent().unwrap_or(Path::new("")),
                    &mut made,
                )?;
            }
            new_file(&dir.join(READY), "")
        })();
        if let Err(e) = staged {
            let _ = std::fs::remove_dir_all(&dir);
            for made in made.iter().rev() {
                let _ = std::fs::remove_dir(made);
            }
            return Err(e);
        }
        Ok(Stage {
            out: out.to_path_buf(),
            dir,
        })
    }

    /// Renames everything staged into place and removes the stage. Safe to run again on a
    /// stage a killed run left half switched.
    pub fn switch(self) -> Result<()> {
        let files = self.dir.join(FILES);
        for rel in files_under(&files)? {
            let (from, to) = (files.join(&rel), self.out.join(&rel));
            std::fs::rename(&from, &to).map_err(|e| Error::io(&to, "replace", e))?;
        }
        let new = self.dir.join(GENERATED);
        if new.exists() {
            let current = self.out.join(GENERATED_DIR);
            let old = self.dir.join(OLD);
            if current.exists() && !old.exists() {
                std::fs::rename(&current, &old).map_err(|e| Error::io(&current, "move", e))?;
            }
            std::fs::rename(&new, &current).map_err(|e| Error::io(&current, "replace", e))?;
        }
        std::fs::remove_dir_all(&self.dir).map_err(|e| Error::io(&self.dir, "remove", e))
    }
}

/// Finishes (when it is ready) or removes (when it is not) a stage an interrupted run left.
pub fn recover(out: &Path) -> Result<()> {
    let dir = out.join(STAGE_DIR);
    let Ok(meta) = std::fs::symlink_metadata(&dir) else {
        return Ok(());
    };
    if !meta.is_dir() {
        return Err(Error::io(
            &dir,
            "use",
            std::io::Error::other(
                "it is not a directory the generator made; remove it and run again",
            ),
        ));
    }
    if dir.join(READY).is_file() {
        Stage {
            out: out.to_path_buf(),
            dir,
        }
        .switch()
    } else {
        std::fs::remove_dir_all(&dir).map_err(|e| Error::io(&dir, "remove", e))
    }
}

/// Creates `path` (and the stage's directories above it), failing if it exists.
fn new_file(path: &Path, contents: &str) -> Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, "create", e))?;
    }
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .and_then(|mut f| f.write_all(contents.as_bytes()))
        .map_err(|e| Error::io(path, "write", e))
}

/// Makes `out/rel` and the missing directories above it, recording those it made.
fn make_dirs(out: &Path, rel: &Path, made: &mut Vec<PathBuf>) -> Result<()> {
    let mut missing = Vec::new();
    for dir in rel.ancestors().filter(|d| !d.as_os_str().is_empty()) {
        let path = out.join(dir);
        match std::fs::symlink_metadata(&path) {
            Ok(meta) if meta.is_dir() => break,
            Ok(_) => {
                return Err(Error::io(
                    &path,
                    "write into",
                    std::io::Error::other("it is not a directory"),
                ));
            }
            Err(_) => missing.push(path),
        }
    }
    for dir in missing.into_iter().rev() {
        std::fs::create_dir(&dir).map_err(|e| Error::io(&dir, "create the directory", e))?;
        made.push(dir);
    }
    Ok(())
}

/// The files under `dir`, as paths relative to it, sorted; none when it does not exist.
fn files_under(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        let entries = match std::fs::read_dir(dir.join(&rel)) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(Error::io(dir.join(&rel), "list", e)),
        };
        for entry in entries {
            let entry = entry.map_err(|e| Error::io(dir, "list", e))?;
            let child = rel.join(entry.file_name());
            if entry
                .file_type()
                .map_err(|e| Error::io(&child, "inspect", e))?
                .is_dir()
            {
                stack.push(child);
            } else {
                found.push(child);
            }
        }
    }
    found.sort();
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(out: &Path, rel: &str) -> String {
        std::fs::read_to_string(out.join(rel)).unwrap()
    }

    fn crate_with_old_output() -> tempfile::TempDir {
        let out = tempfile::tempdir().unwrap();
        let dir = out.path();
        std::fs::create_dir_all(dir.join("src/generated")).unwrap();
        std::fs::write(dir.join("src/generated/mod.rs"), "old mod").unwrap();
        std::fs::write(dir.join("src/generated/gone.rs"), "old gone").unwrap();
        std::fs::write(dir.join("CHANGELOG.md"), "old log").unwrap();
        out
    }

    const OWNED: &[(&str, &str)] = &[("src/generated/mod.rs", "new mod")];
    const OTHERS: &[(&str, &str)] = &[("CHANGELOG.md", "new log")];

    #[test]
    fn a_switch_replaces_the_owned_directory_whole() {
        let out = crate_with_old_output();
        Stage::prepare(out.path(), OWNED, OTHERS)
            .unwrap()
            .switch()
            .unwrap();
        assert_eq!(read(out.path(), "src/generated/mod.rs"), "new mod");
        assert!(!out.path().join("src/generated/gone.rs").exists());
        assert_eq!(read(out.path(), "CHANGELOG.md"), "new log");
        assert!(!out.path().join(STAGE_DIR).exists());
    }

    /// A run killed at any point of the switch: the next run's recovery ends with the new
    /// output, whole.
    #[test]
    fn an_interrupted_switch_is_finished_by_the_next_run() {
        for step in 0..4 {
            let out = crate_with_old_output();
            let stage = Stage::prepare(out.path(), OWNED, OTHERS).unwrap();
            let dir = out.path().join(STAGE_DIR);
            // The switch's renames, done by hand up to `step`.
            if step >= 1 {
                std::fs::rename(
                    dir.join("files/CHANGELOG.md"),
                    out.path().join("CHANGELOG.md"),
                )
                .unwrap();
            }
            if step >= 2 {
                std::fs::rename(out.path().join("src/generated"), dir.join("old")).unwrap();
            }
            if step >= 3 {
                std::fs::rename(dir.join("generated"), out.path().join("src/generated")).unwrap();
            }
            drop(stage);
            recover(out.path()).unwrap();
            assert_eq!(
                read(out.path(), "src/generated/mod.rs"),
                "new mod",
                "{step}"
            );
            assert!(!out.path().join("src/generated/gone.rs").exists(), "{step}");
            assert_eq!(read(out.path(), "CHANGELOG.md"), "new log", "{step}");
            assert!(!dir.exists(), "{step}");
        }
    }

    /// A run killed while staging: the next run removes the stage; the old output stays.
    #[test]
    fn an_incomplete_stage_is_rolled_back() {
        let out = crate_with_old_output();
        let dir = out.path().join(STAGE_DIR);
        std::fs::create_dir_all(dir.join("generated")).unwrap();
        std::fs::write(dir.join("generated/mod.rs"), "half").unwrap();
        recover(out.path()).unwrap();
        assert!(!dir.exists());
        assert_eq!(read(out.path(), "src/generated/mod.rs"), "old mod");
        assert_eq!(read(out.path(), "CHANGELOG.md"), "old log");
    }

    /// Nothing is written through a name someone else put there.
    #[cfg(unix)]
    #[test]
    fn a_planted_stage_is_not_followed() {
        let out = crate_with_old_output();
        let elsewhere = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(elsewhere.path(), out.path().join(STAGE_DIR)).unwrap();
        let error = recover(out.path()).unwrap_err().to_string();
        assert!(
            error.contains("not a directory the generator made"),
            "{error}"
        );
        assert!(Stage::prepare(out.path(), OWNED, OTHERS).is_err());
        assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 0);
    }
}
