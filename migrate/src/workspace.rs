//! Finding the crates under a path and the files the migration reads.
//!
//! No build and no `cargo metadata` run: the manifests are read with `toml`. A `[workspace]`
//! root gives its `members` (globs allowed) minus `exclude`, plus the root package; a directory
//! without a manifest is searched for manifests.

use anyhow::{Context, Result, bail};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// One package.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Crate {
    pub name: String,
    pub dir: PathBuf,
}

/// What one run looks at.
#[derive(Debug, Clone, Default)]
pub struct Discovery {
    pub crates: Vec<Crate>,
    /// Every manifest: the packages' and workspace roots'.
    pub manifests: Vec<PathBuf>,
    /// Every `.rs` file of every crate (nested packages and `target/` excluded).
    pub rust_files: Vec<PathBuf>,
}

/// Discovers the crates under `root` (a directory, or a `Cargo.toml`).
pub fn discover(root: &Path) -> Result<Discovery> {
    let root = if root.file_name().is_some_and(|n| n == "Cargo.toml") {
        root.parent().unwrap_or(Path::new("."))
    } else {
        root
    };
    if !root.is_dir() {
        bail!("{} is not a directory", root.display());
    }
    let mut manifests = BTreeSet::new();
    let mut crates = BTreeSet::new();
    let top = root.join("Cargo.toml");
    if top.is_file() {
        read_manifest(&top, &mut manifests, &mut crates)?;
    } else {
        for entry in walk(root) {
            let entry = entry.with_context(|| format!("cannot list {}", root.display()))?;
            if entry.file_name() == "Cargo.toml" && entry.file_type().is_file() {
                read_manifest(entry.path(), &mut manifests, &mut crates)?;
            }
        }
    }
    if crates.is_empty() && manifests.is_empty() {
        bail!("no Cargo.toml found under {}", root.display());
    }
    let mut rust_files = BTreeSet::new();
    for krate in &crates {
        for entry in walk(&krate.dir) {
            let entry = entry.with_context(|| format!("cannot list {}", krate.dir.display()))?;
            let path = entry.path();
            if entry.file_type().is_dir() && path != krate.dir && path.join("Cargo.toml").is_file()
            {
                continue; // handled as its own crate, if it is one
            }
            if entry.file_type().is_file()
                && path.extension().is_some_and(|e| e == "rs")
                && !inside_nested_crate(&krate.dir, path)
            {
                rust_files.insert(path.to_path_buf());
            }
        }
    }
    Ok(Discovery {
        crates: crates.into_iter().collect(),
        manifests: manifests.into_iter().collect(),
        rust_files: rust_files.into_iter().collect(),
    })
}

/// Walks `dir`, skipping `target/` and hidden directories.
fn walk(dir: &Path) -> impl Iterator<Item = walkdir::Result<walkdir::DirEntry>> {
    WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            let name = e.file_name().to_string_lossy();
            e.depth() == 0
                || !(e.file_type().is_dir() && (name == "target" || name.starts_with('.')))
        })
}

fn inside_nested_crate(crate_dir: &Path, file: &Path) -> bool {
    let mut dir = file.parent();
    while let Some(d) = dir {
        if d == crate_dir {
            return false;
        }
        if d.join("Cargo.toml").is_file() {
            return true;
        }
        dir = d.parent();
    }
    false
}

fn read_manifest(
    path: &Path,
    manifests: &mut BTreeSet<PathBuf>,
    crates: &mut BTreeSet<Crate>,
) -> Result<()> {
    if !manifests.insert(path.to_path_buf()) {
        return Ok(());
    }
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let doc: toml::Table = text
        .parse()
        .with_context(|| format!("{} is not valid TOML", path.display()))?;
    let dir = path.parent().unwrap_or(Path::new(".")).to_path_buf();
    if let Some(package) = doc.get("package").and_then(|p| p.as_table()) {
        let name = package
            .get("name")
            .and_then(|n| n.as_str())
            .unwrap_or("?")
            .to_string();
        crates.insert(Crate {
            name,
            dir: dir.clone(),
        });
    }
    let Some(ws) = doc.get("workspace").and_then(|w| w.as_table()) else {
        return Ok(());
    };
    let list = |key: &str| -> Vec<String> {
        ws.get(key)
            .and_then(|v| v.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    let excluded: BTreeSet<PathBuf> = list("exclude")
        .iter()
        .map(|e| normal(&dir.join(e)))
        .collect();
    for member in list("members") {
        let pattern = dir.join(&member);
        let matches: Vec<PathBuf> = glob::glob(&pattern.to_string_lossy())
            .with_context(|| format!("{}: bad member pattern `{member}`", path.display()))?
            .filter_map(Result::ok)
            .collect();
        if matches.is_empty() {
            bail!(
                "{}: workspace member `{member}` matches no directory",
                path.display()
            );
        }
        for m in matches {
            if excluded.contains(&normal(&m)) || !m.join("Cargo.toml").is_file() {
                continue;
            }
            read_manifest(&m.join("Cargo.toml"), manifests, crates)?;
        }
    }
    Ok(())
}

/// `a/./b/../c` -> `a/c`, without touching the file system.
fn normal(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}
