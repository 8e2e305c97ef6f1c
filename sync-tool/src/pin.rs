//! `upstream.toml`: the upstream rustc the patch queue applies to.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};

/// The parsed pin.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Pin {
    pub rustc: Rustc,
    pub source: Source,
    pub stage0: Stage0,
    pub llvm: Llvm,
    pub wasi: Wasi,
    pub toolchain: Toolchain,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Rustc {
    /// Upstream version, e.g. `1.96.0`.
    pub version: String,
    /// Upstream release date (`YYYY-MM-DD`), the date of the import commit.
    pub date: String,
    /// Tag label when it is not the version (a git snapshot: `<version>-git-<date>`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "kebab-case")]
pub struct Source {
    /// Debian package that installs the tree.
    pub package: String,
    pub package_version: String,
    /// Directory the package installs the tree into.
    pub dir: PathBuf,
    /// Top-level paths in `dir` that are not upstream's (packaging).
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Git tree id of the imported tree.
    pub tree: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Stage0 {
    /// rustup toolchain name of the bootstrap compiler.
    pub toolchain: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Llvm {
    pub version: String,
    pub config: PathBuf,
    pub lld: String,
    #[serde(default)]
    pub packages: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "kebab-case")]
pub struct Wasi {
    pub package: String,
    pub libdir: PathBuf,
    /// Where the threaded wasi-libc for `wasm32-wasip1-threads` comes from. `stage0`: the
    /// stage0 toolchain's rust-std component for that target (Debian builds no threaded one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threads_libc: Option<ThreadsLibc>,
}

/// Source of the threaded wasi-libc (`[wasi] threads-libc`).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum ThreadsLibc {
    /// `<stage0 sysroot>/lib/rustlib/wasm32-wasip1-threads/lib/self-contained`.
    Stage0,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Toolchain {
    /// Name given to `rustup toolchain link`.
    pub name: String,
    pub targets: Vec<String>,
}

impl Pin {
    /// Reads and parses `upstream.toml`.
    pub fn load(path: &Path) -> Result<Pin> {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        Pin::parse(&text).with_context(|| format!("parsing {}", path.display()))
    }

    pub fn parse(text: &str) -> Result<Pin> {
        let pin: Pin = toml::from_str(text)?;
        if pin.rustc.version.split('.').count() != 3 {
            bail!("rustc.version `{}` is not MAJOR.MINOR.PATCH", pin.rustc.version);
        }
        crate::git::parse_date(&pin.rustc.date)
            .with_context(|| format!("rustc.date `{}`", pin.rustc.date))?;
        Ok(pin)
    }

    /// The tag the imported upstream tree carries in `rustc-src`.
    pub fn upstream_tag(&self) -> String {
        upstream_tag(self.rustc.label.as_deref().unwrap_or(&self.rustc.version))
    }

    /// The apt-get command that installs the pinned source.
    pub fn install_hint(&self) -> String {
        format!("apt-get install {}={}", self.source.package, self.source.package_version)
    }

    /// Checks that `dir` holds the pinned upstream version (its `src/version` file).
    /// The content hash is checked on import, where the tree is hashed anyway.
    pub fn verify_source_version(&self, dir: &Path) -> Result<()> {
        let found = read_source_version(dir).with_context(|| {
            format!(
                "upstream source not found at {}: install it with `{}` (ci/setup does)",
                dir.display(),
                self.install_hint()
            )
        })?;
        if found != self.rustc.version {
            bail!(
                "{} holds rustc {found}, the pin wants {}: install it with `{}`",
                dir.display(),
                self.rustc.version,
                self.install_hint()
            );
        }
        Ok(())
    }
}

/// `upstream/<version>`.
pub fn upstream_tag(version: &str) -> String {
    format!("upstream/{version}")
}

/// Reads the version an upstream source tree declares in `src/version`.
pub fn read_source_version(dir: &Path) -> Result<String> {
    let path = dir.join("src/version");
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    Ok(text.trim().to_string())
}

/// Sets (`Some(toml literal)`) or removes (`None`) `key` in `[section]` of a TOML text line by
/// line, keeping comments and layout; a missing key is added after the section's last key.
pub fn set_values(text: &str, updates: &[(&str, &str, Option<String>)]) -> Result<String> {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    for (section, key, value) in updates {
        let header = format!("[{section}]");
        let start = lines.iter().position(|l| l.trim() == header).with_context(|| format!("no {header} section"))?;
        let end = lines[start + 1..].iter().position(|l| l.trim_start().starts_with('[')).map_or(lines.len(), |i| start + 1 + i);
        let is_key = |l: &str| l.split_once('=').is_some_and(|(k, _)| k.trim() == *key);
        match (lines[start + 1..end].iter().position(|l| is_key(l)), value) {
            (Some(i), Some(v)) => lines[start + 1 + i] = format!("{key} = {v}"),
            (Some(i), None) => {
                lines.remove(start + 1 + i);
            }
            (None, Some(v)) => {
                let last = (start + 1..end).rev().find(|&i| lines[i].contains('=')).unwrap_or(start);
                lines.insert(last + 1, format!("{key} = {v}"));
            }
            (None, None) => {}
        }
    }
    Ok(lines.join("\n") + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checked_in_pin_parses() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../upstream.toml");
        let pin = Pin::load(&path).unwrap();
        assert_eq!(pin.rustc.version, "1.96.0");
        assert_eq!(pin.upstream_tag(), "upstream/1.96.0");
        assert_eq!(pin.stage0.toolchain, "1.95.0");
        assert_eq!(pin.source.tree.len(), 40);
        assert!(pin.toolchain.targets.iter().any(|t| t == "wasm32-wasip1"));
    }

    #[test]
    fn a_wrong_version_names_the_package_to_install() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../upstream.toml");
        let mut pin = Pin::load(&path).unwrap();
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("src")).unwrap();
        std::fs::write(dir.path().join("src/version"), "1.85.0\n").unwrap();
        let err = pin.verify_source_version(dir.path()).unwrap_err().to_string();
        assert!(err.contains("holds rustc 1.85.0"), "{err}");
        assert!(err.contains("apt-get install rust-web-src=1.96.0"), "{err}");
        pin.rustc.version = "1.85.0".into();
        pin.verify_source_version(dir.path()).unwrap();
    }

    #[test]
    fn a_missing_tree_says_what_to_install() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../upstream.toml");
        let pin = Pin::load(&path).unwrap();
        let err = format!("{:#}", pin.verify_source_version(Path::new("/nonexistent")).unwrap_err());
        assert!(err.contains("upstream source not found"), "{err}");
    }

    #[test]
    fn set_values_keeps_comments_and_adds_missing_keys() {
        let text = "# pin\n[rustc]\nversion = \"1.96.0\"\n# date\ndate = \"2026-05-28\"\n\n[source]\ndir = \"/x\"\n";
        let out = set_values(
            text,
            &[("rustc", "version", Some("\"1.85.0\"".into())), ("rustc", "label", Some("\"l\"".into())), ("source", "dir", None)],
        )
        .unwrap();
        assert_eq!(out, "# pin\n[rustc]\nversion = \"1.85.0\"\n# date\ndate = \"2026-05-28\"\nlabel = \"l\"\n\n[source]\n");
        assert!(set_values(text, &[("nope", "k", None)]).is_err());
    }

    #[test]
    fn bad_versions_are_rejected() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../upstream.toml");
        let text = std::fs::read_to_string(path).unwrap();
        let bad = text.replace("version = \"1.96.0\"", "version = \"1.96\"");
        assert!(Pin::parse(&bad).is_err());
    }
}
