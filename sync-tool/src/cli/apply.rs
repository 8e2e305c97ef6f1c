use anyhow::Result;
use clap::Args;

use wasmrust_sync::project::Project;

/// Apply patches/series to rustc-src, one commit per patch.
#[derive(Args)]
pub struct Apply {
    /// Set aside commits in rustc-src that are not in patches/ (kept under
    /// refs/wasmrust/backup/N) and apply the queue from the first difference.
    #[arg(long)]
    reset: bool,
}

impl Apply {
    pub fn run(self, project: &Project) -> Result<()> {
        let report = wasmrust_sync::queue::apply(project, self.reset)?;
        for name in &report.applied {
            println!("applied {name}");
        }
        println!(
            "{} patch(es) applied, {} already applied",
            report.applied.len(),
            report.already_applied
        );
        Ok(())
    }
}
