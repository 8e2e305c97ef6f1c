use anyhow::Result;
use clap::Args;

use wasmrust_sync::project::Project;

/// Show the upstream pin, whether the queue is applied, unrefreshed edits and the toolchain.
#[derive(Args)]
pub struct Status {}

impl Status {
    pub fn run(self, project: &Project) -> Result<()> {
        print!("{}", wasmrust_sync::status::report(project)?);
        Ok(())
    }
}
