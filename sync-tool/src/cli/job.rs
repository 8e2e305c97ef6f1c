use std::path::PathBuf;

use anyhow::{Result, bail};
use clap::Args;

use wasmrust_sync::job::{JobOptions, Suite};
use wasmrust_sync::project::Project;
use wasmrust_sync::rebase::Onto;

/// The unattended upstream sync: rebase → toolchain build → test suites → report → on full
/// success a commit on a branch. Exits non-zero on any failure, leaving the report and rustc-src.
#[derive(Args)]
pub struct UpstreamSync {
    /// Upstream rustc source directory, rustc-*-src.tar.{xz,gz}, or git repository (with --ref).
    #[arg(long)]
    onto: PathBuf,
    /// Commit or ref when --onto is a git repository.
    #[arg(long = "ref")]
    git_ref: Option<String>,
    /// Release date (YYYY-MM-DD) when the snapshot's RELEASES.md does not give one.
    #[arg(long)]
    date: Option<String>,
    /// Where upstream-sync.md, upstream-sync.json and the suites' logs go.
    #[arg(long, default_value = "target/upstream-sync")]
    report_dir: PathBuf,
    /// A test suite to run after the build, `NAME=COMMAND` (run with sh -c in the project root); repeatable.
    #[arg(long = "suite")]
    suites: Vec<String>,
    /// The success commit goes on branch `<prefix><new upstream label>`.
    #[arg(long, default_value = "upstream-sync/")]
    branch_prefix: String,
}

impl UpstreamSync {
    pub fn run(self, project: &Project) -> Result<()> {
        let suites = self.suites.iter().map(|s| Suite::parse(s)).collect::<Result<Vec<_>>>()?;
        let report_dir = if self.report_dir.is_absolute() { self.report_dir.clone() } else { project.root.join(&self.report_dir) };
        let opts = JobOptions {
            onto: Onto {
                source: &self.onto,
                git_ref: self.git_ref.as_deref(),
                date: self.date.as_deref(),
                cache: wasmrust_sync::rebase::source::snapshot_cache(),
            },
            report_dir: report_dir.clone(),
            suites,
            branch_prefix: self.branch_prefix.clone(),
        };
        let mut project = project.clone();
        let report = wasmrust_sync::job::run(&mut project, &opts)?;
        print!("{}", report.markdown());
        if !report.ok {
            bail!(
                "upstream sync failed at {}; report in {}",
                report.failed_step.as_deref().unwrap_or("?"),
                report_dir.join("upstream-sync.md").display()
            );
        }
        println!("report: {}", report_dir.join("upstream-sync.md").display());
        Ok(())
    }
}
