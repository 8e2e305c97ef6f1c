//! The migration itself: plan, show the diff (dry run) or write (`--apply`), summarise.

use super::RegistryArg;
use crate::apply::{apply, check_clean};
use crate::date::{self, Date};
use crate::plan::{Plan, plan, unified_diff};
use crate::registry::{Phase, Registry};
use crate::rewrite::RuleSet;
use crate::workspace::discover;
use anyhow::Result;
use std::path::{Path, PathBuf};

/// Entries whose removal is this close get listed as closing.
const CLOSING_DAYS: i64 = 60;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    registry: RegistryArg,
    /// Write the changes (atomically); without it, print the diff only.
    #[arg(long)]
    apply: bool,
    /// With --apply: write even if the git tree has uncommitted changes or there is no git repository.
    #[arg(long)]
    allow_dirty: bool,
    /// Today's date, YYYY-MM-DD (default: $WASMRUST_TODAY, else the system date).
    #[arg(long, value_name = "DATE")]
    today: Option<String>,
    /// A crate, a workspace, or a directory holding crates.
    #[arg(value_name = "PATH", default_value = ".")]
    path: PathBuf,
}

pub fn run(args: Args) -> Result<i32> {
    let today = date::today(args.today.as_deref())?;
    let (registry, _) = args.registry.load()?;
    let discovery = discover(&args.path)?;
    let rules = RuleSet::new(registry.applicable(today));
    let plan = plan(&discovery, &rules)?;
    let base = if args.path.is_file() {
        args.path.parent().unwrap_or(Path::new("."))
    } else {
        &args.path
    };
    if args.apply && !plan.changes.is_empty() && !args.allow_dirty {
        check_clean(base)?;
    }
    for change in &plan.changes {
        print!("{}", unified_diff(change, base));
    }
    if args.apply {
        apply(&plan.changes)?;
    }
    print!("{}", summary(&plan, &registry, today, args.apply, base));
    if !plan.failures.is_empty() {
        eprintln!(
            "error: {} file(s) could not be parsed and were left untouched",
            plan.failures.len()
        );
        return Ok(1);
    }
    Ok(0)
}

/// The end-of-run report.
pub fn summary(
    plan: &Plan,
    registry: &Registry,
    today: Date,
    applied: bool,
    base: &Path,
) -> String {
    let shown = |p: &Path| p.strip_prefix(base).unwrap_or(p).display().to_string();
    let mut out = String::new();
    out.push_str(&format!(
        "summary: {} crate(s), {} Rust file(s) and {} manifest(s) scanned (today {today})\n",
        plan.crates, plan.rust_files, plan.manifests
    ));
    let verb = if applied {
        "rewritten"
    } else {
        "would change (dry run; pass --apply to write)"
    };
    out.push_str(&format!("  files {verb}: {}\n", plan.changes.len()));
    if plan.edits_per_rule.is_empty() {
        out.push_str("  edits: none\n");
    }
    for (id, n) in &plan.edits_per_rule {
        let entry = registry
            .entries
            .iter()
            .find(|e| &e.id == id)
            .expect("edits come from registry rules");
        out.push_str(&format!(
            "  edits {id} ({}): {n}  {} -> {}\n",
            entry.kind, entry.deprecated, entry.replacement
        ));
    }
    for (path, note) in &plan.notes {
        out.push_str(&format!(
            "  manual review: {}:{}:{}: {}: {}\n",
            shown(path),
            note.line,
            note.column,
            note.rule,
            note.message
        ));
    }
    for (path, f) in &plan.failures {
        out.push_str(&format!(
            "  parse error (file left untouched): {}:{}:{}: {}\n",
            shown(path),
            f.line,
            f.column,
            f.message
        ));
    }
    for e in registry.entries.iter().filter(|e| e.applies(today)) {
        let days = date::days_between(today, e.removal);
        match e.phase(today) {
            Phase::Deprecated if days <= CLOSING_DAYS => out.push_str(&format!(
                "  window closing: {} ({}) is removed on {} (in {days} days)\n",
                e.id, e.deprecated, e.removal
            )),
            Phase::Removed => out.push_str(&format!(
                "  window closed: {} ({}) was removed on {}; the compiler rejects it\n",
                e.id, e.deprecated, e.removal
            )),
            _ => {}
        }
    }
    for e in registry.entries.iter().filter(|e| {
        e.phase(today) == Phase::Scheduled && e.status == crate::registry::Status::Active
    }) {
        out.push_str(&format!(
            "  scheduled (not applied yet): {} from {}\n",
            e.id, e.since
        ));
    }
    out
}
