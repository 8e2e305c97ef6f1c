//! Planning a migration: every edit of every file is computed before anything is written.

use crate::registry::EntryId;
use crate::rewrite::{Note, ParseFailure, RuleSet, rewrite_manifest, rewrite_rust};
use crate::workspace::Discovery;
use anyhow::{Context, Result};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One file whose contents change.
#[derive(Debug, Clone)]
pub struct FileChange {
    pub path: PathBuf,
    pub old: String,
    pub new: String,
}

/// Everything one run would do.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub crates: usize,
    pub rust_files: usize,
    pub manifests: usize,
    pub changes: Vec<FileChange>,
    pub edits_per_rule: BTreeMap<EntryId, usize>,
    /// Sites that need a human, per file.
    pub notes: Vec<(PathBuf, Note)>,
    /// Files that could not be parsed; they are left untouched.
    pub failures: Vec<(PathBuf, ParseFailure)>,
}

enum Outcome {
    Changed(FileChange, Vec<EntryId>, Vec<Note>),
    Same(Vec<Note>),
    Failed(ParseFailure),
}

/// Plans the migration of everything in `discovery` under `rules`.
pub fn plan(discovery: &Discovery, rules: &RuleSet) -> Result<Plan> {
    let rust: Vec<(PathBuf, Outcome)> = discovery
        .rust_files
        .par_iter()
        .map(|path| Ok((path.clone(), plan_rust(path, rules)?)))
        .collect::<Result<_>>()?;
    let manifests: Vec<(PathBuf, Outcome)> = discovery
        .manifests
        .iter()
        .map(|path| Ok((path.clone(), plan_manifest(path, rules)?)))
        .collect::<Result<_>>()?;
    let mut plan = Plan {
        crates: discovery.crates.len(),
        rust_files: discovery.rust_files.len(),
        manifests: discovery.manifests.len(),
        ..Plan::default()
    };
    for (path, outcome) in rust.into_iter().chain(manifests) {
        match outcome {
            Outcome::Changed(change, ids, notes) => {
                for id in ids {
                    *plan.edits_per_rule.entry(id).or_default() += 1;
                }
                plan.notes
                    .extend(notes.into_iter().map(|n| (path.clone(), n)));
                plan.changes.push(change);
            }
            Outcome::Same(notes) => plan
                .notes
                .extend(notes.into_iter().map(|n| (path.clone(), n))),
            Outcome::Failed(failure) => plan.failures.push((path, failure)),
        }
    }
    Ok(plan)
}

fn read(path: &Path) -> Result<Result<String, ParseFailure>> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    Ok(String::from_utf8(bytes).map_err(|e| {
        let (line, column) = crate::rewrite::line_col(
            &String::from_utf8_lossy(e.as_bytes()),
            e.utf8_error().valid_up_to(),
        );
        ParseFailure {
            line,
            column,
            message: "file is not valid UTF-8".into(),
        }
    }))
}

fn plan_rust(path: &Path, rules: &RuleSet) -> Result<Outcome> {
    let src = match read(path)? {
        Ok(src) => src,
        Err(failure) => return Ok(Outcome::Failed(failure)),
    };
    Ok(match rewrite_rust(&src, rules) {
        Err(failure) => Outcome::Failed(failure),
        Ok(rw) if rw.new_source == src => Outcome::Same(rw.notes),
        Ok(rw) => {
            let ids = rw.edits.iter().map(|e| e.rule.clone()).collect();
            Outcome::Changed(
                FileChange {
                    path: path.to_path_buf(),
                    old: src,
                    new: rw.new_source,
                },
                ids,
                rw.notes,
            )
        }
    })
}

fn plan_manifest(path: &Path, rules: &RuleSet) -> Result<Outcome> {
    let text = match read(path)? {
        Ok(text) => text,
        Err(failure) => return Ok(Outcome::Failed(failure)),
    };
    Ok(match rewrite_manifest(&text, &rules.features) {
        Err(e) => {
            let (line, column, message) = match e.downcast_ref::<toml_edit::TomlError>() {
                Some(t) => {
                    let (l, c) = crate::rewrite::line_col(&text, t.span().map_or(0, |s| s.start));
                    (l, c, t.message().trim().to_string())
                }
                None => (1, 1, format!("{e:#}")),
            };
            Outcome::Failed(ParseFailure {
                line,
                column,
                message,
            })
        }
        Ok((new, _)) if new == text => Outcome::Same(Vec::new()),
        Ok((new, ids)) => Outcome::Changed(
            FileChange {
                path: path.to_path_buf(),
                old: text,
                new,
            },
            ids,
            Vec::new(),
        ),
    })
}

/// The unified diff of one change, with paths shown relative to `base`.
pub fn unified_diff(change: &FileChange, base: &Path) -> String {
    let shown = change
        .path
        .strip_prefix(base)
        .unwrap_or(&change.path)
        .display()
        .to_string();
    similar::TextDiff::from_lines(&change.old, &change.new)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{shown}"), &format!("b/{shown}"))
        .to_string()
}
