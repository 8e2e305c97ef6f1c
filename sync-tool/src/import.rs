//! Importing an upstream source tree into `rustc-src` as an upstream commit.

use std::path::Path;

use anyhow::{Context, Result, bail};
use git2::{IndexAddOption, Oid, Repository, RepositoryInitOptions};
use walkdir::WalkDir;

use crate::git::{parse_date, signature};
use crate::pin::{Pin, read_source_version};
use crate::progress::Progress;

/// Identity of upstream import commits. Fixed, so the same tree always gives the same commit.
pub const UPSTREAM_NAME: &str = "Rust upstream";
pub const UPSTREAM_EMAIL: &str = "upstream@wasmrust.invalid";
/// Branch the queue is applied on in `rustc-src`.
pub const BRANCH: &str = "wasmrust";

/// What an upstream snapshot is: where it came from and what it is called.
#[derive(Debug, Clone)]
pub struct Snapshot<'a> {
    pub dir: &'a Path,
    /// Version or date; names the `upstream/<label>` tag.
    pub label: String,
    /// Commit date, seconds since the epoch.
    pub time: i64,
    /// Where it came from, for the commit message.
    pub origin: String,
    pub exclude: &'a [String],
}

impl<'a> Snapshot<'a> {
    /// The pinned snapshot.
    pub fn pinned(pin: &'a Pin) -> Result<Snapshot<'a>> {
        Ok(Snapshot {
            dir: &pin.source.dir,
            label: pin.rustc.version.clone(),
            time: parse_date(&pin.rustc.date)?,
            origin: format!(
                "{} {} ({})",
                pin.source.package,
                pin.source.package_version,
                pin.source.dir.display()
            ),
            exclude: &pin.source.exclude,
        })
    }
}

/// Creates `checkout` as a new repository whose first commit is `snapshot`, tagged
/// `upstream/<label>`, on branch [`BRANCH`]. Returns the tree id (the content hash).
pub fn init_checkout(checkout: &Path, snapshot: &Snapshot<'_>) -> Result<(Repository, Oid)> {
    if checkout.exists() {
        bail!("{} already exists", checkout.display());
    }
    let mut opts = RepositoryInitOptions::new();
    opts.initial_head(BRANCH);
    let repo = Repository::init_opts(checkout, &opts)
        .with_context(|| format!("creating {}", checkout.display()))?;
    let tree = import_snapshot(&repo, snapshot)?;
    Ok((repo, tree))
}

/// Replaces the work tree of `repo` with `snapshot`, commits it on top of the current upstream
/// commit (or as a root commit) and tags it. HEAD must be on the branch that receives it.
pub fn import_snapshot(repo: &Repository, snapshot: &Snapshot<'_>) -> Result<Oid> {
    let workdir = repo.workdir().context("rustc-src is a bare repository")?.to_path_buf();
    clear_worktree(&workdir)?;
    copy_tree(snapshot.dir, &workdir, snapshot.exclude)?;

    let progress = Progress::spinner("hashing the upstream tree");
    let mut index = repo.index()?;
    index.clear()?;
    index.add_all(["*"], IndexAddOption::FORCE, None)?;
    index.write()?;
    let tree_id = index.write_tree()?;
    progress.finish(&format!("hashed {} files", index.len()));
    Ok(tree_id)
}

/// Commits `tree_id` as the upstream snapshot with `parent` and tags it `upstream/<label>`.
pub fn commit_snapshot(
    repo: &Repository,
    snapshot: &Snapshot<'_>,
    tree_id: Oid,
    parent: Option<Oid>,
) -> Result<Oid> {
    let tree = repo.find_tree(tree_id)?;
    let sig = signature(UPSTREAM_NAME, UPSTREAM_EMAIL, snapshot.time, 0)?;
    let message = format!(
        "upstream: rustc {}\n\nImported from {} by wasmrust-sync.\nExcluded: {}\n",
        snapshot.label,
        snapshot.origin,
        if snapshot.exclude.is_empty() { "nothing".to_string() } else { snapshot.exclude.join(", ") }
    );
    let parents = match parent {
        Some(p) => vec![repo.find_commit(p)?],
        None => vec![],
    };
    let parent_refs: Vec<_> = parents.iter().collect();
    let commit = repo.commit(Some("HEAD"), &sig, &sig, &message, &tree, &parent_refs)?;
    let tag = crate::pin::upstream_tag(&snapshot.label);
    repo.reference(&format!("refs/tags/{tag}"), commit, true, "wasmrust-sync import")?;
    Ok(commit)
}

/// Checks that `dir` looks like an upstream rustc tree and returns its version.
pub fn probe_source(dir: &Path) -> Result<String> {
    if !dir.join("compiler").is_dir() || !dir.join("library").is_dir() {
        bail!("{} is not a rustc source tree (no compiler/ and library/)", dir.display());
    }
    read_source_version(dir)
}

fn clear_worktree(workdir: &Path) -> Result<()> {
    for entry in std::fs::read_dir(workdir)? {
        let entry = entry?;
        if entry.file_name() == ".git" {
            continue;
        }
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        }
        .with_context(|| format!("removing {}", path.display()))?;
    }
    Ok(())
}

/// Copies `from` into `to`, keeping symlinks and permissions, skipping top-level `exclude`
/// entries and any `.git`.
pub fn copy_tree(from: &Path, to: &Path, exclude: &[String]) -> Result<()> {
    let progress = Progress::counter("copying upstream files");
    let walker = WalkDir::new(from).min_depth(1).into_iter().filter_entry(|e| {
        let rel = e.path().strip_prefix(from).unwrap_or(e.path());
        let top = rel.components().next().and_then(|c| c.as_os_str().to_str()).unwrap_or("");
        !(e.depth() == 1 && exclude.iter().any(|x| x == top)) && e.file_name() != ".git"
    });
    let mut n = 0u64;
    for entry in walker {
        let entry = entry.with_context(|| format!("reading {}", from.display()))?;
        let rel = entry.path().strip_prefix(from)?;
        let dest = to.join(rel);
        let ft = entry.file_type();
        if ft.is_dir() {
            std::fs::create_dir_all(&dest)?;
        } else if ft.is_symlink() {
            let target = std::fs::read_link(entry.path())?;
            std::os::unix::fs::symlink(&target, &dest)
                .with_context(|| format!("linking {}", dest.display()))?;
        } else {
            std::fs::copy(entry.path(), &dest)
                .with_context(|| format!("copying {}", entry.path().display()))?;
            n += 1;
            progress.set(n);
        }
    }
    progress.finish(&format!("copied {n} files"));
    Ok(())
}
