//! What the rebase tells a human: the conflict report when it stops, the summary when it ends.

use serde::Serialize;

use super::replay::FileConflict;
use super::state::{Outcome, State, Step};
use crate::footprint::Footprint;

fn indent(text: &str, by: &str) -> String {
    text.lines().map(|l| format!("{by}{l}\n")).collect()
}

/// The conflict report for the patch the rebase stopped at (plain text, also Markdown-safe
/// inside a code block). Deterministic: no paths outside the checkout, no times.
pub fn conflict_report(state: &State) -> String {
    let step = &state.steps[state.current];
    let files = state.conflict.as_deref().unwrap_or(&[]);
    let mut out = format!(
        "rebase from {} onto {} stopped at patch {} of {}: {}\n  {}\n",
        state.old_tag,
        state.new_tag,
        state.current + 1,
        state.steps.len(),
        step.name,
        step.subject
    );
    for f in files {
        out.push_str(&file_report(f, &state.old_version, &state.source.label));
    }
    if !state.notes.is_empty() {
        out.push_str("\nrelocated in this patch:\n");
        for n in &state.notes {
            out.push_str(&format!("  {n}\n"));
        }
    }
    out.push_str(&format!(
        "\nwhat to do next:\n  \
         - edit the conflicting files in rustc-src (markers: <<<<<<< upstream {new} / ||||||| upstream {old} / \
         ======= / >>>>>>> {name}), then run `wasmrust-sync rebase --continue`\n  \
         - or drop this patch: `wasmrust-sync rebase --skip --reason \"<why>\"`\n  \
         - or undo the whole rebase: `wasmrust-sync rebase --abort`\n",
        new = state.source.label,
        old = state.old_version,
        name = step.name
    ));
    out
}

fn file_report(f: &FileConflict, old: &str, new: &str) -> String {
    let mut out = format!("\nfile {} ({} conflict)\n", f.path, f.kind);
    for h in &f.hunks {
        out.push_str(&format!("  hunk {} could not be placed\n    the patch:\n", h.header));
        out.push_str(&indent(&h.patch, "      "));
        match &h.upstream_change {
            Some(change) => {
                out.push_str(&format!("    what upstream changed there (upstream {old} -> upstream {new}):\n"));
                out.push_str(&indent(change, "      "));
            }
            None => out.push_str(&format!("    the file does not exist in upstream {new}\n")),
        }
    }
    for p in &f.placed {
        out.push_str(&format!("  placed: hunk {p}\n"));
    }
    out
}

/// The collision section of the summary.
pub fn collisions_markdown(found: &[super::collide::Found], check: Option<&str>) -> String {
    let mut out = String::from("\nUpstream additions colliding with WasmRust names: ");
    if let Some(why) = check {
        out.push_str(&format!("check {why}\n"));
        return out;
    }
    if found.is_empty() {
        out.push_str("none.\n");
        return out;
    }
    out.push_str(&format!("{} (draft entries in migrate/deprecations.toml need a maintainer).\n\n", found.len()));
    out.push_str("| draft | kind | WasmRust name | upstream | where |\n|---|---|---|---|---|\n");
    for f in found {
        out.push_str(&format!(
            "| {} | {} | `{}` | {} | {} |\n",
            f.draft.as_deref().unwrap_or("(not filed yet)"),
            f.kind,
            f.name,
            f.upstream,
            f.evidence.replace('|', "\\|")
        ));
    }
    out
}

/// Outcome of a finished rebase.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub from: String,
    pub to: String,
    pub patches: Vec<Step>,
    pub clean: usize,
    pub relocated: usize,
    pub resolved: usize,
    pub skipped: usize,
    pub footprint_before: Footprint,
    pub footprint_after: Footprint,
    /// Upstream additions colliding with WasmRust names, with the draft entries filed.
    pub collisions: Vec<super::collide::Found>,
    /// Set when the collision check did not run or failed.
    pub collision_check: Option<String>,
    pub import_seconds: f64,
    pub replay_seconds: f64,
    pub finish_seconds: f64,
}

impl Summary {
    pub fn new(state: &State, footprint_after: Footprint, finish_seconds: f64) -> Summary {
        let count = |w: &str| state.steps.iter().filter(|s| s.outcome.word() == w).count();
        Summary {
            from: state.old_tag.clone(),
            to: state.new_tag.clone(),
            patches: state.steps.clone(),
            clean: count("clean"),
            relocated: count("relocated"),
            resolved: count("resolved"),
            skipped: count("skipped"),
            footprint_before: state.footprint_before.clone(),
            footprint_after,
            collisions: state.collisions.clone(),
            collision_check: state.collision_check.clone(),
            import_seconds: state.import_seconds,
            replay_seconds: state.replay_seconds,
            finish_seconds,
        }
    }

    /// Markdown: per-patch outcome, counts and footprint before and after.
    pub fn markdown(&self) -> String {
        let mut out = format!("## Rebase {} → {}\n\n| patch | outcome | notes |\n|---|---|---|\n", self.from, self.to);
        for s in &self.patches {
            let notes = match &s.outcome {
                Outcome::Relocated { notes } => notes.join("<br>"),
                Outcome::Skipped { reason } => format!("reason: {reason}"),
                _ => String::new(),
            };
            out.push_str(&format!("| {} | {} | {} |\n", s.name, s.outcome.word(), notes.replace('|', "\\|")));
        }
        out.push_str(&format!(
            "\n{} clean, {} relocated, {} resolved by hand, {} skipped.\n\n",
            self.clean, self.relocated, self.resolved, self.skipped
        ));
        let fp = |f: &Footprint| {
            format!(
                "{} upstream files, +{} -{} upstream lines, {} new files ({} lines); {:.4}% of {} compiler lines edited in place",
                f.total.upstream_files,
                f.total.upstream_added,
                f.total.upstream_removed,
                f.total.new_files,
                f.total.new_lines,
                f.upstream_share(),
                f.compiler_lines
            )
        };
        out.push_str(&format!("Footprint before: {}\n\nFootprint after: {}\n", fp(&self.footprint_before), fp(&self.footprint_after)));
        out.push_str(&collisions_markdown(&self.collisions, self.collision_check.as_deref()));
        out.push_str(&format!(
            "\nTime: import {:.1}s, replay {:.1}s, work tree and patches {:.1}s.\n",
            self.import_seconds, self.replay_seconds, self.finish_seconds
        ));
        out
    }
}
