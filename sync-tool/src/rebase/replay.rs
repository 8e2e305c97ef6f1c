//! Replaying one queue commit onto the new upstream: a git2 three-way merge (cherry-pick with
//! the patch's parent as the ancestor, rename detection on), then relocation of the hunks of
//! each conflicting file before anything is declared a conflict.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use git2::{Commit, Index, IndexEntry, MergeOptions, Oid, Repository, Tree};
use serde::{Deserialize, Serialize};

use super::relocate::{Hunk, Placement, locate, relocate_file};

/// One hunk that could not be placed, with what upstream did to its region.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HunkConflict {
    /// `@@ -a,b +c,d @@` of the patch hunk (old side: the tree the patch was made on).
    pub header: String,
    /// The patch's hunk as unified-diff text.
    pub patch: String,
    /// Old upstream vs new upstream for the hunk's region (unified diff), or `None` when the
    /// file is gone upstream.
    pub upstream_change: Option<String>,
}

/// One conflicting file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileConflict {
    pub path: String,
    /// `content`, `deleted upstream`, `deleted by the patch`, `added on both sides`.
    pub kind: String,
    pub hunks: Vec<HunkConflict>,
    /// Hunks of this file that were placed (they are in the merged text too).
    pub placed: Vec<String>,
}

/// Result of replaying one commit.
pub enum Replay {
    Applied { commit: Oid, notes: Vec<String> },
    Conflict(Conflict),
}

/// A conflicting replay: what to put in the work tree and what to tell the human.
pub struct Conflict {
    pub files: Vec<FileConflict>,
    /// Notes on what did get relocated in this patch.
    pub notes: Vec<String>,
    /// Files of the merge without conflicts (path → content, `None` = deleted), to stage.
    pub staged: BTreeMap<PathBuf, Option<Vec<u8>>>,
    /// Conflicting files with diff3 markers, left unstaged in the work tree.
    pub marked: BTreeMap<PathBuf, Vec<u8>>,
}

/// Labels for conflict markers.
pub struct Labels<'a> {
    pub old_upstream: &'a str,
    pub new_upstream: &'a str,
    pub patch: &'a str,
}

/// Replays `patch` (a commit on the old upstream) on top of `onto`.
///
/// The three-way merge runs on trees holding only the paths the patch touches (ancestor: the
/// patch's parent; ours: `onto`; theirs: the patch): every other path is unchanged by the patch,
/// so its merge result is `onto`'s, and two releases apart those are tens of thousands of paths.
pub fn replay(repo: &Repository, patch: &Commit<'_>, onto: &Commit<'_>, labels: &Labels<'_>) -> Result<Replay> {
    let parent_tree = patch.parent(0)?.tree()?;
    let patch_tree = patch.tree()?;
    let onto_tree = onto.tree()?;
    let diff = repo.diff_tree_to_tree(Some(&parent_tree), Some(&patch_tree), None)?;
    let mut paths: Vec<PathBuf> = Vec::new();
    for d in diff.deltas() {
        for p in [d.old_file().path(), d.new_file().path()].into_iter().flatten() {
            if !paths.iter().any(|q| q == p) {
                paths.push(p.to_path_buf());
            }
        }
    }
    let (base_t, ours_t, theirs_t) =
        (mini_tree(repo, &parent_tree, &paths)?, mini_tree(repo, &onto_tree, &paths)?, mini_tree(repo, &patch_tree, &paths)?);
    // Rename detection is off: a file the patch edits that is gone upstream is looked for in
    // its crate by `relocate_across_files` instead.
    let mut mopts = MergeOptions::new();
    mopts.find_renames(false);
    let mut index = repo.merge_trees(&base_t, &ours_t, &theirs_t, Some(&mopts)).context("three-way merge")?;
    let mut notes = Vec::new();

    if index.has_conflicts() {
        let mut unresolved = Vec::new();
        let conflicts: Vec<_> = index.conflicts()?.collect::<Result<_, _>>()?;
        for c in conflicts {
            let path = [&c.their, &c.ancestor, &c.our]
                .iter()
                .find_map(|e| e.as_ref().map(|e| entry_path(e)))
                .context("conflict without a path")?;
            let blob = |e: &Option<IndexEntry>| -> Result<Option<String>> {
                e.as_ref()
                    .map(|e| {
                        let b = repo.find_blob(e.id)?;
                        Ok(String::from_utf8(b.content().to_vec()).ok())
                    })
                    .transpose()
                    .map(Option::flatten)
            };
            let (base, ours, theirs) = (blob(&c.ancestor)?, blob(&c.our)?, blob(&c.their)?);
            let resolved: Option<Vec<(PathBuf, String, Vec<String>)>> = match (&base, &ours, &theirs) {
                (Some(base), Some(ours), Some(theirs)) => {
                    let r = relocate_file(base, theirs, ours);
                    r.result.map(|text| vec![(path.clone(), text, placements(&path, &r.hunks))])
                }
                // Upstream deleted or moved the file the patch edits: look for the hunks in
                // the files of the same crate.
                (Some(base), None, Some(theirs)) => relocate_across_files(repo, &onto_tree, &path, base, theirs)?,
                (None, Some(ours), Some(theirs)) if ours == theirs => Some(vec![(path.clone(), theirs.clone(), vec![])]),
                _ => None,
            };
            match resolved {
                Some(files) => {
                    index.conflict_remove(&path)?;
                    let template = c.their.as_ref().or(c.our.as_ref()).context("no entry to copy")?;
                    for (p, text, file_notes) in files {
                        let oid = repo.blob(text.as_bytes())?;
                        index.add(&stage0(template, &p, oid))?;
                        if !paths.contains(&p) {
                            paths.push(p);
                        }
                        notes.extend(file_notes);
                    }
                }
                None => unresolved.push((path, c, base, ours, theirs)),
            }
        }
        if !unresolved.is_empty() {
            return conflict(repo, &index, &onto_tree, &paths, unresolved, notes, labels).map(Replay::Conflict);
        }
    }
    // The result: `onto` with the merged paths replaced.
    let mut update = git2::build::TreeUpdateBuilder::new();
    for p in &paths {
        match index.get_path(p, 0) {
            Some(e) => update.upsert(p, e.id, file_mode(e.mode)),
            None => update.remove(p),
        };
    }
    let tree = repo.find_tree(update.create_updated(repo, &onto_tree)?)?;
    let author = patch.author();
    let message = patch.message().context("commit message is not UTF-8")?;
    let commit = repo.commit(None, &author, &author, message, &tree, &[onto])?;
    Ok(Replay::Applied { commit, notes })
}

fn file_mode(mode: u32) -> git2::FileMode {
    match mode {
        0o100755 => git2::FileMode::BlobExecutable,
        0o120000 => git2::FileMode::Link,
        0o160000 => git2::FileMode::Commit,
        _ => git2::FileMode::Blob,
    }
}

/// A tree holding only `paths` of `tree` (those it has).
fn mini_tree<'r>(repo: &'r Repository, tree: &Tree<'_>, paths: &[PathBuf]) -> Result<Tree<'r>> {
    let empty = repo.find_tree(repo.treebuilder(None)?.write()?)?;
    let mut update = git2::build::TreeUpdateBuilder::new();
    for p in paths {
        if let Ok(e) = tree.get_path(p)
            && e.kind() == Some(git2::ObjectType::Blob)
        {
            update.upsert(p, e.id(), file_mode(e.filemode() as u32));
        }
    }
    Ok(repo.find_tree(update.create_updated(repo, &empty)?)?)
}

fn entry_path(e: &IndexEntry) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(&e.path).into_owned())
}

fn stage0(template: &IndexEntry, path: &Path, id: Oid) -> IndexEntry {
    let bytes = path.to_string_lossy().as_bytes().to_vec();
    IndexEntry {
        ctime: template.ctime,
        mtime: template.mtime,
        dev: 0,
        ino: 0,
        mode: template.mode,
        uid: 0,
        gid: 0,
        file_size: 0,
        id,
        flags: (bytes.len().min(0xfff)) as u16,
        flags_extended: 0,
        path: bytes,
    }
}

fn placements(path: &Path, hunks: &[(Hunk, Option<Placement>)]) -> Vec<String> {
    hunks
        .iter()
        .filter_map(|(h, p)| p.as_ref().map(|p| (h, p)))
        .map(|(h, p)| format!("{}: hunk {} {}", path.display(), h.header(p.at()), p.describe()))
        .collect()
}

/// The patch edits a file upstream removed: find each hunk in the files of the same crate
/// (`compiler/<crate>/…` or the file's directory) and apply it where it is found.
fn relocate_across_files(
    repo: &Repository,
    onto: &Tree<'_>,
    path: &Path,
    base: &str,
    theirs: &str,
) -> Result<Option<Vec<(PathBuf, String, Vec<String>)>>> {
    let comps: Vec<_> = path.components().collect();
    let scope: PathBuf = if comps.len() > 2 && comps[0].as_os_str() == "compiler" {
        comps[..2].iter().collect()
    } else {
        path.parent().unwrap_or(Path::new("")).to_path_buf()
    };
    let mut candidates: Vec<(PathBuf, String)> = Vec::new();
    let sub = if scope.as_os_str().is_empty() {
        onto.clone()
    } else {
        match onto.get_path(&scope) {
            Ok(e) => e.to_object(repo)?.peel_to_tree()?,
            Err(_) => return Ok(None),
        }
    };
    sub.walk(git2::TreeWalkMode::PreOrder, |dir, entry| {
        if entry.kind() == Some(git2::ObjectType::Blob)
            && let Ok(blob) = repo.find_blob(entry.id())
            && blob.size() < (1 << 20)
            && let Ok(text) = std::str::from_utf8(blob.content())
        {
            candidates.push((scope.join(dir).join(entry.name().unwrap_or("")), text.to_string()));
        }
        git2::TreeWalkResult::Ok
    })?;
    let hunks = super::relocate::hunks(base, theirs);
    // Best place for each hunk over all candidates: an intact pre-image beats a fuzzy one.
    let mut per_file: BTreeMap<usize, Vec<(Hunk, Placement)>> = BTreeMap::new();
    for hunk in hunks {
        let mut best: Option<(f32, usize, Placement)> = None;
        for (i, (_, text)) in candidates.iter().enumerate() {
            let lines: Vec<&str> = text.lines().collect();
            if let Some(p) = locate(&lines, &hunk, 0) {
                let score = match p {
                    Placement::Fuzzy { score, .. } => score,
                    _ => 2.0,
                };
                if best.as_ref().is_none_or(|(s, _, _)| score > *s) {
                    best = Some((score, i, p));
                }
            }
        }
        let Some((_, i, p)) = best else { return Ok(None) };
        per_file.entry(i).or_default().push((hunk, p));
    }
    let mut out = Vec::new();
    for (i, placed) in per_file {
        let (target_path, text) = &candidates[i];
        let Some(result) = super::relocate::apply_placed(text, &placed) else { return Ok(None) };
        let notes = placed
            .iter()
            .map(|(h, p)| {
                format!(
                    "{}: hunk {} relocated to {} ({}; the file is gone upstream)",
                    path.display(),
                    h.header(h.old_start),
                    target_path.display(),
                    p.describe()
                )
            })
            .collect();
        out.push((target_path.clone(), result, notes));
    }
    Ok(Some(out))
}

type Unresolved = (PathBuf, git2::IndexConflict, Option<String>, Option<String>, Option<String>);

fn conflict(
    repo: &Repository,
    index: &Index,
    onto: &Tree<'_>,
    paths: &[PathBuf],
    unresolved: Vec<Unresolved>,
    notes: Vec<String>,
    labels: &Labels<'_>,
) -> Result<Conflict> {
    let mut files = Vec::new();
    let mut marked = BTreeMap::new();
    for (path, c, base, ours, theirs) in unresolved {
        let kind = match (&c.ancestor, &c.our, &c.their) {
            (Some(_), Some(_), Some(_)) => "content",
            (Some(_), None, Some(_)) => "deleted upstream",
            (Some(_), Some(_), None) => "deleted by the patch",
            (None, Some(_), Some(_)) => "added on both sides",
            _ => "other",
        };
        let mut hunks = Vec::new();
        let mut placed = Vec::new();
        if let (Some(base), Some(theirs)) = (&base, &theirs) {
            let target = ours.as_deref().unwrap_or("");
            let r = relocate_file(base, theirs, target);
            let ops = similar::TextDiff::from_lines(base.as_str(), target).ops().to_vec();
            for (hunk, placement) in &r.hunks {
                match placement {
                    Some(p) => placed.push(format!("{} {}", hunk.header(p.at()), p.describe())),
                    None => hunks.push(HunkConflict {
                        header: hunk.header(hunk.old_start),
                        patch: hunk.text(),
                        upstream_change: ours.as_ref().map(|_| upstream_change(base, target, &ops, hunk, labels)),
                    }),
                }
            }
        }
        files.push(FileConflict { path: path.display().to_string(), kind: kind.to_string(), hunks, placed });
        // The work tree gets diff3 markers where git2 can merge the three sides.
        if let (Some(a), Some(o), Some(t)) = (&c.ancestor, &c.our, &c.their) {
            let mut opts = git2::MergeFileOptions::new();
            opts.style_diff3(true)
                .ancestor_label(labels.old_upstream)
                .our_label(labels.new_upstream)
                .their_label(labels.patch);
            let merged = repo.merge_file_from_index(a, o, t, Some(&mut opts))?;
            marked.insert(path.clone(), merged.content().to_vec());
        } else if let Some(t) = &c.their {
            marked.insert(path.clone(), repo.find_blob(t.id)?.content().to_vec());
        }
    }
    // Everything else the merge produced is staged as it is.
    let mut staged = BTreeMap::new();
    for entry in index.iter() {
        let stage = (entry.flags >> 12) & 0x3;
        if stage != 0 {
            continue;
        }
        let path = entry_path(&entry);
        if onto.get_path(&path).map(|e| e.id()).ok() != Some(entry.id) {
            staged.insert(path, Some(repo.find_blob(entry.id)?.content().to_vec()));
        }
    }
    for p in paths {
        if index.get_path(p, 0).is_none() && !marked.contains_key(p) && onto.get_path(p).is_ok() {
            staged.insert(p.clone(), None);
        }
    }
    Ok(Conflict { files, notes, staged, marked })
}

/// Old upstream vs new upstream for the region of `hunk` (its lines in `base`, mapped into
/// `ours`), as a unified diff.
fn upstream_change(base: &str, ours: &str, ops: &[similar::DiffOp], hunk: &Hunk, labels: &Labels<'_>) -> String {
    let old: Vec<&str> = base.lines().collect();
    let new: Vec<&str> = ours.lines().collect();
    let (s, e) = (hunk.old_start, (hunk.old_start + hunk.old_len).min(old.len()));
    let ns = super::relocate::map_line(ops, s).min(new.len());
    let ne = map_end(ops, e).clamp(ns, new.len());
    let old_region = old[s..e].iter().map(|l| format!("{l}\n")).collect::<String>();
    let new_region = new[ns..ne].iter().map(|l| format!("{l}\n")).collect::<String>();
    if old_region == new_region {
        return "(upstream did not change these lines; it edited right next to them)\n".to_string();
    }
    let diff = similar::TextDiff::from_lines(&old_region, &new_region);
    let mut out = format!("--- {} (lines {}-{})\n+++ {} (lines {}-{})\n", labels.old_upstream, s + 1, e, labels.new_upstream, ns + 1, ne);
    for group in diff.grouped_ops(usize::MAX / 4) {
        for op in group {
            for change in diff.iter_changes(&op) {
                let sign = match change.tag() {
                    similar::ChangeTag::Equal => ' ',
                    similar::ChangeTag::Delete => '-',
                    similar::ChangeTag::Insert => '+',
                };
                out.push(sign);
                out.push_str(change.value());
                if change.missing_newline() {
                    out.push('\n');
                }
            }
        }
    }
    out
}

/// Maps an exclusive end line of `old` into `new`, extending to the end of a changed region.
fn map_end(ops: &[similar::DiffOp], end: usize) -> usize {
    if end == 0 {
        return 0;
    }
    for op in ops {
        let (o, n) = (op.old_range(), op.new_range());
        if end - 1 < o.end && end - 1 >= o.start {
            return match op {
                similar::DiffOp::Equal { .. } => n.start + (end - o.start),
                _ => n.end,
            };
        }
    }
    ops.last().map_or(end, |op| op.new_range().end)
}
