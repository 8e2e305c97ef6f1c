//! How much of upstream the queue touches: the number that shows it stays minimal.

use std::path::Path;

use anyhow::Result;
use git2::{Delta, Diff, Repository};
use serde::{Deserialize, Serialize};

use crate::patchfile::PatchFile;

/// Footprint of one patch.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct PatchFootprint {
    pub name: String,
    /// Upstream files the patch modifies or deletes.
    pub upstream_files: usize,
    /// Lines added to and removed from upstream files.
    pub upstream_added: usize,
    pub upstream_removed: usize,
    /// Files the patch adds (our code living inside the tree).
    pub new_files: usize,
    pub new_lines: usize,
}

/// Footprint of the whole queue.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Footprint {
    pub patches: Vec<PatchFootprint>,
    pub total: PatchFootprint,
    /// Lines of Rust under upstream's `compiler/`.
    pub compiler_lines: usize,
}

impl Footprint {
    /// Upstream lines touched (added + removed) as a share of the compiler's lines, in percent.
    pub fn upstream_share(&self) -> f64 {
        percent(self.total.upstream_added + self.total.upstream_removed, self.compiler_lines)
    }

    /// All lines the queue carries (upstream edits plus new files) as a share, in percent.
    pub fn total_share(&self) -> f64 {
        percent(
            self.total.upstream_added + self.total.upstream_removed + self.total.new_lines,
            self.compiler_lines,
        )
    }

    /// A plain-text table.
    pub fn table(&self) -> String {
        let mut out = format!(
            "{:<52} {:>6} {:>8} {:>8} {:>9} {:>9}\n",
            "patch", "files", "+upstr", "-upstr", "new files", "new lines"
        );
        for p in self.patches.iter().chain(std::iter::once(&self.total)) {
            out.push_str(&format!(
                "{:<52} {:>6} {:>8} {:>8} {:>9} {:>9}\n",
                p.name, p.upstream_files, p.upstream_added, p.upstream_removed, p.new_files, p.new_lines
            ));
        }
        out.push_str(&format!(
            "upstream compiler: {} lines of Rust; the queue edits {:.4}% of them in place and carries {:.4}% in all\n",
            self.compiler_lines,
            self.upstream_share(),
            self.total_share()
        ));
        out
    }
}

fn percent(n: usize, of: usize) -> f64 {
    if of == 0 { 0.0 } else { n as f64 * 100.0 / of as f64 }
}

/// Measures one patch.
pub fn measure_patch(name: &str, patch: &PatchFile) -> Result<PatchFootprint> {
    let diff = Diff::from_buffer(patch.diff.as_bytes())?;
    let mut fp = PatchFootprint { name: name.to_string(), ..Default::default() };
    for i in 0..diff.deltas().len() {
        let Some(p) = git2::Patch::from_diff(&diff, i)? else { continue };
        let (_, added, removed) = p.line_stats()?;
        if p.delta().status() == Delta::Added {
            fp.new_files += 1;
            fp.new_lines += added;
        } else {
            fp.upstream_files += 1;
            fp.upstream_added += added;
            fp.upstream_removed += removed;
        }
    }
    Ok(fp)
}

/// Measures the queue in `patches_dir` against `compiler_lines`.
pub fn measure(patches_dir: &Path, compiler_lines: usize) -> Result<Footprint> {
    let mut fp = Footprint { compiler_lines, ..Default::default() };
    fp.total.name = "total".into();
    for (name, patch) in crate::queue::load_series(patches_dir)? {
        let p = measure_patch(&name, &patch)?;
        fp.total.upstream_files += p.upstream_files;
        fp.total.upstream_added += p.upstream_added;
        fp.total.upstream_removed += p.upstream_removed;
        fp.total.new_files += p.new_files;
        fp.total.new_lines += p.new_lines;
        fp.patches.push(p);
    }
    Ok(fp)
}

/// Lines of `.rs` files under `compiler/` in the tree of `rev` (the upstream tag).
pub fn compiler_lines(repo: &Repository, rev: &str) -> Result<usize> {
    let tree = repo.revparse_single(rev)?.peel_to_tree()?;
    let compiler = tree.get_path(Path::new("compiler"))?.to_object(repo)?.peel_to_tree()?;
    let mut lines = 0usize;
    compiler.walk(git2::TreeWalkMode::PreOrder, |_, entry| {
        if entry.name().is_some_and(|n| n.ends_with(".rs"))
            && let Ok(blob) = entry.to_object(repo).and_then(|o| o.peel_to_blob())
        {
            lines += blob.content().iter().filter(|&&b| b == b'\n').count();
        }
        git2::TreeWalkResult::Ok
    })?;
    Ok(lines)
}
