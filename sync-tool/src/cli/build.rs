use anyhow::Result;
use clap::Args;

use wasmrust_sync::build::BuildOptions;
use wasmrust_sync::project::Project;

/// Build the stage1 toolchain from rustc-src (cached outside the clone) and link it with rustup.
#[derive(Args)]
pub struct Build {
    /// Run x.py even when the cached toolchain matches the queue.
    #[arg(long)]
    force: bool,
    /// Do not run `rustup toolchain link`.
    #[arg(long)]
    no_link: bool,
}

impl Build {
    pub fn run(self, project: &Project) -> Result<()> {
        let dir = wasmrust_sync::build::build(project, &BuildOptions { force: self.force, no_link: self.no_link })?;
        println!("toolchain `{}` at {}", project.pin.toolchain.name, dir.display());
        Ok(())
    }
}
