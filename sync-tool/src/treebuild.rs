//! Hashing an upstream source directory straight into git objects, without copying it into a
//! work tree first. The result is the same tree `import::import_snapshot` stages (same modes,
//! same skipped paths), so the two importers agree on the content hash the pin records.

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use git2::{FileMode, Oid, Repository};
use rayon::prelude::*;
use walkdir::WalkDir;

use crate::progress::Progress;

/// One file of the snapshot: its path relative to the root and how git stores it.
struct Entry {
    rel: PathBuf,
    mode: FileMode,
}

/// Writes every file under `dir` (minus top-level `exclude` entries and any `.git`) as blobs
/// into `repo` and returns the root tree id. Blobs already in the repository are not rewritten,
/// so importing a snapshot twice costs only the hashing.
pub fn import_dir(repo: &Repository, dir: &Path, exclude: &[String]) -> Result<Oid> {
    let progress = Progress::counter("hashing the upstream tree");
    let entries = list(dir, exclude)?;
    let git_dir = repo.path().to_path_buf();
    // libgit2 handles are not shared across threads; each rayon worker opens its own.
    let oids: Vec<Oid> = entries
        .par_iter()
        .map_init(
            || Repository::open(&git_dir),
            |handle, entry| -> Result<Oid> {
                let repo = handle.as_ref().map_err(|e| anyhow::anyhow!("opening {}: {e}", git_dir.display()))?;
                let path = dir.join(&entry.rel);
                let data = if entry.mode == FileMode::Link {
                    std::fs::read_link(&path)?.into_os_string().into_encoded_bytes()
                } else {
                    std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?
                };
                Ok(repo.blob(&data)?)
            },
        )
        .collect::<Result<_>>()?;
    progress.set(oids.len() as u64);
    let tree = build_trees(repo, &entries, &oids)?;
    progress.finish(&format!("{} files", entries.len()));
    Ok(tree)
}

fn list(dir: &Path, exclude: &[String]) -> Result<Vec<Entry>> {
    let walker = WalkDir::new(dir).min_depth(1).into_iter().filter_entry(|e| {
        let top = e.depth() == 1 && exclude.iter().any(|x| e.file_name() == x.as_str());
        !top && e.file_name() != ".git"
    });
    let mut out = Vec::new();
    for entry in walker {
        let entry = entry.with_context(|| format!("reading {}", dir.display()))?;
        let ft = entry.file_type();
        let mode = if ft.is_symlink() {
            FileMode::Link
        } else if ft.is_file() {
            let exec = entry.metadata()?.permissions().mode() & 0o111 != 0;
            if exec { FileMode::BlobExecutable } else { FileMode::Blob }
        } else {
            continue;
        };
        out.push(Entry { rel: entry.path().strip_prefix(dir)?.to_path_buf(), mode });
    }
    Ok(out)
}

/// Builds the tree objects bottom-up from the file list.
fn build_trees(repo: &Repository, entries: &[Entry], oids: &[Oid]) -> Result<Oid> {
    // Directory → its direct children (name, oid, mode); sub-trees are added as they are written.
    let mut dirs: BTreeMap<PathBuf, Vec<(Vec<u8>, Oid, i32)>> = BTreeMap::new();
    dirs.entry(PathBuf::new()).or_default();
    for (entry, oid) in entries.iter().zip(oids) {
        let parent = entry.rel.parent().unwrap_or(Path::new("")).to_path_buf();
        let name = entry.rel.file_name().context("file without a name")?.as_encoded_bytes().to_vec();
        dirs.entry(parent.clone()).or_default().push((name, *oid, i32::from(entry.mode)));
        // Make sure every ancestor directory is known, so it gets a tree.
        let mut p = parent;
        while let Some(up) = p.parent().map(Path::to_path_buf) {
            dirs.entry(up.clone()).or_default();
            p = up;
        }
    }
    // Deepest directories first, so children are written before their parents.
    let mut order: Vec<PathBuf> = dirs.keys().cloned().collect();
    order.sort_by_key(|p| std::cmp::Reverse(p.components().count()));
    let mut root = None;
    for path in order {
        let children = dirs.remove(&path).unwrap_or_default();
        let mut builder = repo.treebuilder(None)?;
        for (name, oid, mode) in &children {
            builder.insert(Path::new(OsStr::from_bytes(name)), *oid, *mode)?;
        }
        let oid = builder.write()?;
        match path.parent() {
            // Git drops empty directories; so does the index-based importer.
            Some(parent) if !children.is_empty() => {
                let name = path.file_name().context("directory without a name")?.as_encoded_bytes().to_vec();
                dirs.entry(parent.to_path_buf()).or_default().push((name, oid, i32::from(FileMode::Tree)));
            }
            Some(_) => {}
            None => root = Some(oid),
        }
    }
    root.context("no root tree")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The direct importer and the index-based one (`import_snapshot`) hash a tree with an
    /// executable, a symlink, an excluded packaging dir, a nested `.git` and an empty directory
    /// to the same tree id.
    #[test]
    fn agrees_with_the_index_importer() {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("src");
        std::fs::create_dir_all(src.join("compiler/a/b")).unwrap();
        std::fs::create_dir_all(src.join("library/empty")).unwrap();
        std::fs::create_dir_all(src.join("debian")).unwrap();
        std::fs::create_dir_all(src.join("vendor/x/.git")).unwrap();
        std::fs::write(src.join("compiler/a/b/lib.rs"), "fn main() {}\n").unwrap();
        std::fs::write(src.join("vendor/x/.git/HEAD"), "ref\n").unwrap();
        std::fs::write(src.join("vendor/x/lib.rs"), "x\n").unwrap();
        std::fs::write(src.join("debian/rules"), "pkg\n").unwrap();
        std::fs::write(src.join("x.py"), "#!/usr/bin/env python3\n").unwrap();
        std::fs::set_permissions(src.join("x.py"), std::fs::Permissions::from_mode(0o755)).unwrap();
        std::os::unix::fs::symlink("compiler/a", src.join("link")).unwrap();
        let exclude = vec!["debian".to_string()];

        let direct = Repository::init(dir.path().join("direct")).unwrap();
        let tree = import_dir(&direct, &src, &exclude).unwrap();

        let staged = Repository::init(dir.path().join("staged")).unwrap();
        let snap = crate::import::Snapshot {
            dir: &src,
            label: "1.0.0".into(),
            time: 0,
            origin: "test".into(),
            exclude: &exclude,
        };
        assert_eq!(crate::import::import_snapshot(&staged, &snap).unwrap(), tree);
        let t = direct.find_tree(tree).unwrap();
        assert!(t.get_path(Path::new("debian")).is_err());
        assert!(t.get_path(Path::new("vendor/x/.git")).is_err());
        assert_eq!(t.get_path(Path::new("x.py")).unwrap().filemode(), 0o100755);
        assert_eq!(t.get_path(Path::new("link")).unwrap().filemode(), 0o120000);
    }
}
