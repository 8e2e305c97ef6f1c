use anyhow::Result;
use clap::Args;

use wasmrust_sync::project::Project;

/// Files and lines each patch touches in upstream, and their share of the compiler.
#[derive(Args)]
pub struct Footprint {
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
}

impl Footprint {
    pub fn run(self, project: &Project) -> Result<()> {
        let repo = wasmrust_sync::git::open_checkout(&project.checkout)?;
        let lines = wasmrust_sync::footprint::compiler_lines(&repo, &format!("refs/tags/{}", project.pin.upstream_tag()))?;
        let fp = wasmrust_sync::footprint::measure(&project.patches, lines)?;
        if self.json {
            println!("{}", serde_json::to_string_pretty(&fp)?);
        } else {
            print!("{}", fp.table());
        }
        Ok(())
    }
}
