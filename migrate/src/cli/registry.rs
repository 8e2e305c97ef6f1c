//! `wasmrust-migrate registry --check | --emit FILE`.

use super::RegistryArg;
use crate::date;
use crate::fsutil;
use crate::registry::{Phase, emit};
use anyhow::Result;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
#[command(group(clap::ArgGroup::new("action").required(true).args(["check", "emit"])))]
pub struct Args {
    #[command(flatten)]
    registry: RegistryArg,
    /// Validate the registry (six-month windows, ids, rules) and list each entry's state.
    #[arg(long)]
    check: bool,
    /// Write the line-oriented form the WasmRust compiler reads (format: migrate/README.md).
    #[arg(long, value_name = "FILE")]
    emit: Option<PathBuf>,
    /// Fail `--check` while draft entries wait for a replacement.
    #[arg(long, requires = "check")]
    deny_drafts: bool,
    /// Today's date, YYYY-MM-DD (default: $WASMRUST_TODAY, else the system date).
    #[arg(long, value_name = "DATE")]
    today: Option<String>,
}

pub fn run(args: Args) -> Result<i32> {
    let (registry, source) = args.registry.load()?;
    if let Some(out) = &args.emit {
        fsutil::write_atomic(out, emit(&registry, &source).as_bytes())?;
        let active = registry.entries.len() - registry.drafts().count();
        println!("wrote {} ({active} entries)", out.display());
        return Ok(0);
    }
    let today = date::today(args.today.as_deref())?;
    println!(
        "{source}: valid, {} entries (today {today})",
        registry.entries.len()
    );
    for e in &registry.entries {
        let state = match (e.status, e.phase(today)) {
            (crate::registry::Status::Draft, _) => "DRAFT: needs a replacement".to_string(),
            (_, Phase::Scheduled) => format!("scheduled from {}", e.since),
            (_, Phase::Deprecated) => {
                format!(
                    "deprecated, removal {} (in {} days)",
                    e.removal,
                    date::days_between(today, e.removal)
                )
            }
            (_, Phase::Removed) => format!("removed on {} (an error now)", e.removal),
        };
        println!(
            "  {}  {:<13}  {} -> {}  [{state}]",
            e.id,
            e.kind.as_str(),
            e.deprecated,
            e.replacement
        );
    }
    let drafts = registry.drafts().count();
    if drafts > 0 && args.deny_drafts {
        eprintln!("error: {drafts} draft entries need a replacement before release");
        return Ok(1);
    }
    Ok(0)
}
