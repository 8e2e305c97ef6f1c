//! `wasmrust-migrate collisions --old DIR --new DIR [--add-drafts]`.

use super::RegistryArg;
use crate::collision::{detect, tree_version};
use crate::date;
use crate::registry::add_draft_entry;
use anyhow::{Result, bail};
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    registry: RegistryArg,
    /// The upstream rustc source tree the patch queue was on.
    #[arg(long, value_name = "DIR")]
    old: PathBuf,
    /// The upstream rustc source tree being moved to.
    #[arg(long, value_name = "DIR")]
    new: PathBuf,
    /// Upstream version or commit of the new tree (default: its RELEASES.md's first version).
    #[arg(long, value_name = "VERSION|COMMIT")]
    upstream: Option<String>,
    /// Append a draft entry per collision to the registry given with --registry.
    #[arg(long, requires = "registry")]
    add_drafts: bool,
    /// Today's date for the drafts' `since`, YYYY-MM-DD (default: $WASMRUST_TODAY, else the system date).
    #[arg(long, value_name = "DATE")]
    today: Option<String>,
}

pub fn run(args: Args) -> Result<i32> {
    let (registry, _) = args.registry.load()?;
    let upstream = match args.upstream.clone().or_else(|| tree_version(&args.new)) {
        Some(u) => u,
        None => bail!("cannot tell the new tree's version (no RELEASES.md); pass --upstream"),
    };
    let collisions = detect(&args.old, &args.new, &registry.reserved, &upstream)?;
    if collisions.is_empty() {
        println!(
            "no collisions: {} adds none of WasmRust's reserved names",
            args.new.display()
        );
        return Ok(0);
    }
    let today = date::today(args.today.as_deref())?;
    for c in &collisions {
        let filed = match (args.add_drafts, args.registry.path()) {
            (true, Some(path)) => format!("  -> draft {}", add_draft_entry(path, c, today)?),
            _ => String::new(),
        };
        println!(
            "collision ({:?}) {}: upstream {} {}{filed}",
            c.kind, c.name, c.upstream_version_or_commit, c.evidence
        );
    }
    // A collision is news the sync job must act on.
    Ok(if args.add_drafts { 0 } else { 3 })
}
