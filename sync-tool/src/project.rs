//! Where things live: the repository root, the pin, the queue and the upstream checkout.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::pin::Pin;

/// A WasmRust checkout as the sync tool sees it.
#[derive(Debug, Clone)]
pub struct Project {
    pub root: PathBuf,
    pub pin_path: PathBuf,
    pub pin: Pin,
    /// `patches/`: `series` plus the patch files.
    pub patches: PathBuf,
    /// `rustc-src/`: the upstream checkout the queue applies to.
    pub checkout: PathBuf,
}

impl Project {
    /// Opens the project at `root`, or the nearest ancestor of the current directory that
    /// holds an `upstream.toml`.
    pub fn open(root: Option<&Path>) -> Result<Project> {
        let root = match root {
            Some(r) => r.to_path_buf(),
            None => find_root(&std::env::current_dir()?)?,
        };
        let pin_path = root.join("upstream.toml");
        let pin = Pin::load(&pin_path)?;
        Ok(Project {
            patches: root.join("patches"),
            checkout: root.join("rustc-src"),
            root,
            pin_path,
            pin,
        })
    }

    /// Re-reads `upstream.toml` (after a rebase rewrote it).
    pub fn reload_pin(&mut self) -> Result<()> {
        self.pin = Pin::load(&self.pin_path)?;
        Ok(())
    }
}

fn find_root(start: &Path) -> Result<PathBuf> {
    for dir in start.ancestors() {
        if dir.join("upstream.toml").is_file() {
            return Ok(dir.to_path_buf());
        }
    }
    bail!("no upstream.toml in {} or its parents: run inside a WasmRust checkout or pass --root", start.display())
}

/// Writes `contents` to `path` through a temporary file in the same directory and a rename,
/// so readers never see a half-written file.
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<()> {
    let dir = path.parent().context("path has no parent directory")?;
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let tmp = dir.join(format!(
        ".{}.tmp{}",
        path.file_name().and_then(|n| n.to_str()).unwrap_or("file"),
        std::process::id()
    ));
    std::fs::write(&tmp, contents).with_context(|| format!("writing {}", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("renaming onto {}", path.display()))?;
    Ok(())
}
