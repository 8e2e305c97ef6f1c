//! The on-disk state of a rebase in progress (`rustc-src/.git/wasmrust-rebase/`), written
//! atomically after every step so a killed process can be continued or aborted.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};

use super::replay::FileConflict;
use super::source::Resolved;
use crate::footprint::Footprint;
use crate::project::write_atomic;

/// Where the rebase is.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    /// Hashing the new snapshot (nothing visible changed yet).
    Importing,
    /// Replaying patches in memory; the work tree is still the pre-rebase one.
    Replaying,
    /// Stopped at a conflict; the work tree holds the conflicting patch.
    Conflict,
    /// Writing patches/, upstream.toml and the work tree.
    Finishing,
}

/// What happened to one patch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
pub enum Outcome {
    Pending,
    /// The three-way merge applied it as is.
    Clean,
    /// Applied after locating hunks or following a renamed file; the notes say where.
    Relocated { notes: Vec<String> },
    /// Conflicted; resolved by hand and `--continue`d.
    Resolved,
    /// Dropped with `--skip`.
    Skipped { reason: String },
    /// Stopped here (the current conflict).
    Conflicted,
}

impl Outcome {
    pub fn word(&self) -> &'static str {
        match self {
            Outcome::Pending => "pending",
            Outcome::Clean => "clean",
            Outcome::Relocated { .. } => "relocated",
            Outcome::Resolved => "resolved",
            Outcome::Skipped { .. } => "skipped",
            Outcome::Conflicted => "conflicted",
        }
    }
}

/// One queue patch in the rebase.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// Patch file name in patches/.
    pub name: String,
    pub subject: String,
    /// The queue commit on the old upstream.
    pub commit: String,
    #[serde(flatten)]
    pub outcome: Outcome,
    /// Its replayed commit on the new upstream.
    pub new_commit: Option<String>,
}

/// Everything needed to continue or undo a rebase.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct State {
    pub phase: Phase,
    /// The branch and its commit before the rebase.
    pub branch: String,
    pub orig_head: String,
    pub old_tag: String,
    pub old_base: String,
    pub old_version: String,
    pub source: Resolved,
    pub new_tag: String,
    /// The new upstream commit, once imported.
    pub new_base: Option<String>,
    /// Whether this rebase created `new_tag` (abort then deletes it).
    pub created_tag: bool,
    pub steps: Vec<Step>,
    /// Index of the patch being replayed (or stopped at).
    pub current: usize,
    /// New upstream plus the patches replayed so far.
    pub head: Option<String>,
    /// The current conflict, in phase `Conflict`.
    pub conflict: Option<Vec<FileConflict>>,
    /// Relocations made in the conflicting patch's other files.
    #[serde(default)]
    pub notes: Vec<String>,
    pub footprint_before: Footprint,
    /// Upstream additions colliding with WasmRust names (old vs new upstream, after import).
    #[serde(default)]
    pub collisions: Vec<super::collide::Found>,
    /// Why the collision check did not run or failed, when it did not complete.
    #[serde(default)]
    pub collision_check: Option<String>,
    /// Seconds spent importing and replaying so far (summed over invocations).
    pub import_seconds: f64,
    pub replay_seconds: f64,
}

/// The state directory inside rustc-src's git directory.
pub fn dir(git_dir: &Path) -> PathBuf {
    git_dir.join("wasmrust-rebase")
}

impl State {
    pub fn path(git_dir: &Path) -> PathBuf {
        dir(git_dir).join("state.json")
    }

    /// The rebase in progress, if any.
    pub fn load(git_dir: &Path) -> Result<Option<State>> {
        let path = State::path(git_dir);
        match std::fs::read_to_string(&path) {
            Ok(text) => Ok(Some(
                serde_json::from_str(&text).with_context(|| format!("reading the rebase state {}", path.display()))?,
            )),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
        }
    }

    /// The rebase in progress, or an error saying there is none.
    pub fn require(git_dir: &Path) -> Result<State> {
        match State::load(git_dir)? {
            Some(s) => Ok(s),
            None => bail!("no rebase in progress (start one with `wasmrust-sync rebase --onto <source>`)"),
        }
    }

    pub fn save(&self, git_dir: &Path) -> Result<()> {
        write_atomic(&State::path(git_dir), serde_json::to_string_pretty(self)?.as_bytes())
    }

    pub fn remove(git_dir: &Path) -> Result<()> {
        let d = dir(git_dir);
        if d.exists() {
            std::fs::remove_dir_all(&d).with_context(|| format!("removing {}", d.display()))?;
        }
        Ok(())
    }
}
