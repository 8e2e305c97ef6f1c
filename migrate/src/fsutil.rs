//! Atomic file replacement: a temp file in the same directory, then a rename.

use anyhow::{Context, Result};
use std::io::Write;
use std::path::Path;
use tempfile::NamedTempFile;

/// Writes `contents` to a temp file beside `path`, with `path`'s permissions when it exists.
/// The returned temp file is renamed over `path` by [`commit`]; dropping it removes it.
pub fn stage(path: &Path, contents: &[u8]) -> Result<NamedTempFile> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".wasmrust-migrate.")
        .tempfile_in(dir)
        .with_context(|| format!("cannot create a temp file in {}", dir.display()))?;
    tmp.write_all(contents)
        .and_then(|_| tmp.as_file().sync_all())
        .with_context(|| format!("cannot write a temp file for {}", path.display()))?;
    if let Ok(meta) = std::fs::metadata(path) {
        std::fs::set_permissions(tmp.path(), meta.permissions())
            .with_context(|| format!("cannot copy permissions of {}", path.display()))?;
    }
    Ok(tmp)
}

/// Renames a staged temp file over `path`.
pub fn commit(tmp: NamedTempFile, path: &Path) -> Result<()> {
    tmp.persist(path)
        .map_err(|e| e.error)
        .with_context(|| format!("cannot replace {}", path.display()))?;
    Ok(())
}

/// Replaces `path` with `contents` atomically.
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<()> {
    commit(stage(path, contents)?, path)
}
