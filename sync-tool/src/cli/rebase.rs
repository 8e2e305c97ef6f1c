use std::path::PathBuf;

use anyhow::{Result, bail};
use clap::Args;

use wasmrust_sync::project::Project;
use wasmrust_sync::rebase::{self, Ended, Onto};

/// Move the patch queue onto a new upstream snapshot (three-way replay, conflict report).
#[derive(Args)]
pub struct Rebase {
    /// Upstream rustc source directory, rustc-*-src.tar.{xz,gz}, or git repository (with --ref).
    #[arg(long, conflicts_with_all = ["continue_", "skip", "abort", "status"])]
    onto: Option<PathBuf>,
    /// Commit or ref when --onto is a git repository.
    #[arg(long = "ref", requires = "onto")]
    git_ref: Option<String>,
    /// Release date (YYYY-MM-DD) when the snapshot's RELEASES.md does not give one.
    #[arg(long, requires = "onto")]
    date: Option<String>,
    /// Continue after resolving a conflict in rustc-src (or resume an interrupted rebase).
    #[arg(long = "continue")]
    continue_: bool,
    /// Drop the patch the rebase stopped at; needs --reason.
    #[arg(long, requires = "reason")]
    skip: bool,
    /// Why the skipped patch is dropped (kept in patches/dropped/REASONS).
    #[arg(long)]
    reason: Option<String>,
    /// Restore everything as it was before the rebase.
    #[arg(long)]
    abort: bool,
    /// Show the rebase in progress.
    #[arg(long)]
    status: bool,
    /// Also write the summary (or the conflict report) as JSON here.
    #[arg(long)]
    json: Option<PathBuf>,
}

impl Rebase {
    pub fn run(self, project: &Project) -> Result<()> {
        let ended = if let Some(source) = &self.onto {
            let onto = Onto {
                source,
                git_ref: self.git_ref.as_deref(),
                date: self.date.as_deref(),
                cache: rebase::source::snapshot_cache(),
            };
            rebase::start(project, &onto)?
        } else if self.continue_ {
            rebase::continue_(project)?
        } else if self.skip {
            rebase::skip(project, self.reason.as_deref().unwrap_or(""))?
        } else if self.abort {
            println!("{}", rebase::abort(project)?);
            return Ok(());
        } else if self.status {
            print!("{}", rebase::status(project)?);
            return Ok(());
        } else {
            bail!("say what to do: --onto <source>, --continue, --skip --reason <why>, --abort or --status");
        };
        match ended {
            Ended::NoOp { tag } => {
                println!("rustc-src is already on {tag} (same tree): nothing to do");
                Ok(())
            }
            Ended::Done(summary) => {
                print!("{}", summary.markdown());
                if let Some(path) = &self.json {
                    wasmrust_sync::project::write_atomic(path, serde_json::to_string_pretty(&*summary)?.as_bytes())?;
                }
                Ok(())
            }
            Ended::Stopped { patch, report } => {
                print!("{report}");
                bail!("rebase stopped: {patch} conflicts (report above and in rustc-src/.git/wasmrust-rebase/conflict.txt)")
            }
        }
    }
}
