//! The only place the generator reads spec files: confined to a root directory, regular files
//! only, each and all of them bounded in size.
//!
//! A spec is hostile input: `$ref: /etc/passwd`, `../../secrets.yaml`, a symlink out of the tree,
//! `/dev/zero` or a FIFO in an unused extension must neither be read nor hang the generator. Every
//! path is resolved (symlinks included) and must stay under the root: by default the repository
//! that holds the spec (the nearest directory above it with `.git`), else the spec's own
//! directory; a configuration gives another with `spec-root` (`--spec-root`). Messages name the
//! file and the rule, never what the file holds.

use std::io::Read;
use std::path::{Path, PathBuf};

/// The largest file read (Microsoft Graph's definition, the largest known, is 47 MB).
pub const MAX_FILE_BYTES: u64 = 128 * 1024 * 1024;

/// The most bytes read for one spec, all its files together.
pub const MAX_TOTAL_BYTES: u64 = 512 * 1024 * 1024;

/// The most files read for one spec.
pub const MAX_FILES: usize = 20_000;

/// Reads the files of one spec.
#[derive(Debug)]
pub struct Reader {
    root: PathBuf,
    total: u64,
    files: usize,
}

impl Reader {
    /// A reader confined to `root` (given), or else to the repository or directory of `spec`.
    pub fn new(spec: &Path, root: Option<&Path>) -> Result<Reader, String> {
        let root = match root {
            Some(root) => std::fs::canonicalize(root)
                .map_err(|e| format!("the spec root `{}` cannot be used: {e}", root.display()))?,
            None => found_root(spec),
        };
        Ok(Reader {
            root,
            total: 0,
            files: 0,
        })
    }

    /// The directory every file read must be under.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The text of the file at `path`, or why it is not read.
    pub fn read(&mut self, path: &Path) -> std::io::Result<String> {
        self.read_text(path).map_err(|e| match e {
            Refused::Io(e) => e,
            Refused::Rule(message) => {
                std::io::Error::new(std::io::ErrorKind::PermissionDenied, message)
            }
        })
    }

    fn read_text(&mut self, path: &Path) -> Result<String, Refused> {
        let resolved = std::fs::canonicalize(path)?;
        if !resolved.starts_with(&self.root) {
            return Err(Refused::rule(format!(
                "it is outside the spec's root directory `{}`; give a wider root with \
                 `--spec-root` (or `spec-root` in the configuration) if it belongs to the spec",
                self.root.display()
            )));
        }
        let metadata = std::fs::metadata(&resolved)?;
        if !metadata.is_file() {
            return Err(Refused::rule(
                "it is not a regular file (a directory, device, FIFO or socket)",
            ));
        }
        if self.files >= MAX_FILES {
            return Err(Refused::rule(format!(
                "the spec already refers to {MAX_FILES} files"
            )));
        }
        let left = MAX_TOTAL_BYTES.saturating_sub(self.total);
        let limit = MAX_FILE_BYTES.min(left);
        if metadata.len() > limit {
            return Err(too_large(limit));
        }
        // The size is checked again while reading: the file may grow.
        let mut bytes = Vec::new();
        std::fs::File::open(&resolved)?
            .take(limit + 1)
            .read_to_end(&mut bytes)?;
        if bytes.len() as u64 > limit {
            return Err(too_large(limit));
        }
        self.total += bytes.len() as u64;
        self.files += 1;
        String::from_utf8(bytes).map_err(|e| {
            Refused::rule(format!(
                "it is not UTF-8 text (invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            ))
        })
    }
}

/// Why a file is not read: the file system's answer, or one of this module's rules.
enum Refused {
    Io(std::io::Error),
    Rule(String),
}

impl Refused {
    fn rule(message: impl Into<String>) -> Self {
        Refused::Rule(message.into())
    }
}

impl From<std::io::Error> for Refused {
    fn from(e: std::io::Error) -> Self {
        Refused::Io(e)
    }
}

fn too_large(limit: u64) -> Refused {
    Refused::rule(format!(
        "it is larger than the {limit} bytes a spec's files may hold"
    ))
}

/// The nearest directory at or above the spec's with a `.git` entry, else the spec's directory.
fn found_root(spec: &Path) -> PathBuf {
    let dir = std::fs::canonicalize(spec)
        .ok()
        .and_then(|p| p.parent().map(Path::to_path_buf))
        .unwrap_or_else(|| spec.parent().unwrap_or(Path::new(".")).to_path_buf());
    dir.ancestors()
        .find(|d| d.join(".git").exists())
        .unwrap_or(&dir)
        .to_path_buf()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_out_of_the_root_and_special_files_are_refused() {
        let outer = tempfile::tempdir().unwrap();
        let root = outer.path().join("spec");
        std::fs::create_dir(&root).unwrap();
        std::fs::write(root.join("a.yaml"), "a: 1").unwrap();
        std::fs::write(outer.path().join("secret.txt"), "root:x:0:0").unwrap();
        let mut reader = Reader::new(&root.join("a.yaml"), Some(&root)).unwrap();
        assert_eq!(reader.read(&root.join("a.yaml")).unwrap(), "a: 1");
        let out = reader
            .read(&root.join("../secret.txt"))
            .unwrap_err()
            .to_string();
        assert!(out.contains("outside the spec's root"), "{out}");
        assert!(!out.contains("root:x"), "{out}");
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(outer.path().join("secret.txt"), root.join("link.yaml"))
                .unwrap();
            let linked = reader
                .read(&root.join("link.yaml"))
                .unwrap_err()
                .to_string();
            assert!(linked.contains("outside"), "{linked}");
            let mut anywhere = Reader::new(Path::new("/"), Some(Path::new("/"))).unwrap();
            for special in ["/dev/zero", "/dev/null", "/tmp"] {
                let refused = anywhere.read(Path::new(special)).unwrap_err().to_string();
                assert!(
                    refused.contains("not a regular file"),
                    "{special}: {refused}"
                );
            }
        }
        assert!(reader.read(&root.join("missing.yaml")).is_err());
    }

    #[test]
    fn the_root_is_the_repository_else_the_directory() {
        let outer = tempfile::tempdir().unwrap();
        let dir = outer.path().join("repo/specs/v1");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("api.yaml"), "").unwrap();
        let canonical = |p: &Path| std::fs::canonicalize(p).unwrap();
        let reader = Reader::new(&dir.join("api.yaml"), None).unwrap();
        assert_eq!(reader.root(), canonical(&dir));
        std::fs::create_dir(outer.path().join("repo/.git")).unwrap();
        let reader = Reader::new(&dir.join("api.yaml"), None).unwrap();
        assert_eq!(reader.root(), canonical(&outer.path().join("repo")));
    }
}
