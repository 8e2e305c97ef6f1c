use anyhow::Result;
use clap::Args;

use wasmrust_sync::project::Project;

/// Write the commits on top of the upstream tag back into patches/.
#[derive(Args)]
pub struct Refresh {}

impl Refresh {
    pub fn run(self, project: &Project) -> Result<()> {
        let report = wasmrust_sync::queue::refresh(project)?;
        for name in &report.written {
            println!("wrote   patches/{name}");
        }
        for name in &report.removed {
            println!("removed patches/{name}");
        }
        println!(
            "{} written, {} unchanged, {} removed",
            report.written.len(),
            report.unchanged.len(),
            report.removed.len()
        );
        Ok(())
    }
}
