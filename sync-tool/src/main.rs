//! `wasmrust-sync`: init / apply / refresh / status / footprint / build / rebase / upstream-sync.

mod cli;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "wasmrust-sync", version, about = "Keep the WasmRust patch queue on upstream rustc")]
struct Opts {
    /// The WasmRust checkout (default: the nearest directory above with an upstream.toml).
    #[arg(long, global = true)]
    root: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Init(cli::init::Init),
    Apply(cli::apply::Apply),
    Refresh(cli::refresh::Refresh),
    Status(cli::status::Status),
    Footprint(cli::footprint::Footprint),
    Build(cli::build::Build),
    Rebase(cli::rebase::Rebase),
    UpstreamSync(cli::job::UpstreamSync),
}

fn main() -> ExitCode {
    let opts = Opts::parse();
    let result = wasmrust_sync::project::Project::open(opts.root.as_deref()).and_then(|project| match opts.command {
        Command::Init(c) => c.run(&project),
        Command::Apply(c) => c.run(&project),
        Command::Refresh(c) => c.run(&project),
        Command::Status(c) => c.run(&project),
        Command::Footprint(c) => c.run(&project),
        Command::Build(c) => c.run(&project),
        Command::Rebase(c) => c.run(&project),
        Command::UpstreamSync(c) => c.run(&project),
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {}", format!("{e:#}").replace('\n', " "));
            ExitCode::FAILURE
        }
    }
}
