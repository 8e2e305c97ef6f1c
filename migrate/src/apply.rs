//! Writing a plan: the git cleanliness check, then every file staged before any is replaced.

use crate::fsutil;
use crate::plan::FileChange;
use anyhow::{Context, Result, bail};
use std::path::Path;

/// Refuses to go on unless `root` is inside a git work tree with no uncommitted or untracked
/// (non-ignored) files under `root`, so that every change the tool makes can be reviewed and undone.
pub fn check_clean(root: &Path) -> Result<()> {
    let repo = git2::Repository::discover(root).map_err(|_| {
        anyhow::anyhow!("{} is not inside a git repository, so --apply could not be undone; pass --allow-dirty to write anyway", root.display())
    })?;
    let workdir = repo
        .workdir()
        .context("the git repository is bare")?
        .canonicalize()?;
    let root = root
        .canonicalize()
        .with_context(|| format!("cannot resolve {}", root.display()))?;
    let relative = root.strip_prefix(&workdir).unwrap_or(Path::new(""));
    let mut opts = git2::StatusOptions::new();
    opts.include_untracked(true)
        .recurse_untracked_dirs(true)
        .include_ignored(false);
    if !relative.as_os_str().is_empty() {
        opts.pathspec(relative);
    }
    let statuses = repo
        .statuses(Some(&mut opts))
        .context("cannot read git status")?;
    let dirty: Vec<String> = statuses
        .iter()
        .filter(|s| {
            s.status() != git2::Status::CURRENT && !s.status().contains(git2::Status::IGNORED)
        })
        .filter_map(|s| s.path().map(String::from))
        .collect();
    if !dirty.is_empty() {
        let shown: Vec<&str> = dirty.iter().take(5).map(String::as_str).collect();
        let more = if dirty.len() > 5 {
            format!(" and {} more", dirty.len() - 5)
        } else {
            String::new()
        };
        bail!(
            "the git tree has uncommitted changes ({}{more}); commit or stash them, or pass --allow-dirty",
            shown.join(", ")
        );
    }
    Ok(())
}

/// Writes every change atomically: all temp files are written first (a failure there leaves
/// every original untouched), then renamed into place; if a rename fails, the files already
/// replaced get their original contents back.
pub fn apply(changes: &[FileChange]) -> Result<()> {
    let mut staged = Vec::with_capacity(changes.len());
    for change in changes {
        let now = std::fs::read(&change.path)
            .with_context(|| format!("cannot re-read {}", change.path.display()))?;
        if now != change.old.as_bytes() {
            bail!(
                "{} changed while the migration was being planned; nothing was written",
                change.path.display()
            );
        }
        staged.push(fsutil::stage(&change.path, change.new.as_bytes())?);
    }
    let mut done: Vec<&FileChange> = Vec::new();
    for (tmp, change) in staged.into_iter().zip(changes) {
        if let Err(e) = fsutil::commit(tmp, &change.path) {
            let mut restore_failed = Vec::new();
            for prev in &done {
                let prev: &FileChange = prev;
                if fsutil::write_atomic(&prev.path, prev.old.as_bytes()).is_err() {
                    restore_failed.push(prev.path.display().to_string());
                }
            }
            if restore_failed.is_empty() {
                return Err(e.context("nothing was written (files already replaced were restored)"));
            }
            return Err(e.context(format!("could not restore {}", restore_failed.join(", "))));
        }
        done.push(change);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_write_leaves_every_original_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("good.rs");
        std::fs::write(&good, "old\n").unwrap();
        let changes = vec![
            FileChange {
                path: good.clone(),
                old: "old\n".into(),
                new: "new\n".into(),
            },
            // Its directory does not exist, so staging it fails after `good` was staged.
            FileChange {
                path: dir.path().join("gone/bad.rs"),
                old: String::new(),
                new: "x".into(),
            },
        ];
        assert!(apply(&changes).is_err());
        assert_eq!(std::fs::read_to_string(&good).unwrap(), "old\n");
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left.len(), 1, "no temp files left behind: {left:?}");
    }

    #[test]
    fn a_file_changed_since_planning_aborts_before_writing() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.rs");
        let b = dir.path().join("b.rs");
        std::fs::write(&a, "a\n").unwrap();
        std::fs::write(&b, "edited by someone\n").unwrap();
        let changes = vec![
            FileChange {
                path: a.clone(),
                old: "a\n".into(),
                new: "A\n".into(),
            },
            FileChange {
                path: b.clone(),
                old: "b\n".into(),
                new: "B\n".into(),
            },
        ];
        let err = apply(&changes).unwrap_err();
        assert!(format!("{err:#}").contains("changed while the migration was being planned"));
        assert_eq!(std::fs::read_to_string(&a).unwrap(), "a\n");
    }

    #[test]
    fn written_files_keep_their_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.rs");
        std::fs::write(&a, "a\n").unwrap();
        std::fs::set_permissions(&a, std::fs::Permissions::from_mode(0o644)).unwrap();
        apply(&[FileChange {
            path: a.clone(),
            old: "a\n".into(),
            new: "A\n".into(),
        }])
        .unwrap();
        assert_eq!(std::fs::read_to_string(&a).unwrap(), "A\n");
        assert_eq!(
            std::fs::metadata(&a).unwrap().permissions().mode() & 0o777,
            0o644
        );
    }
}
