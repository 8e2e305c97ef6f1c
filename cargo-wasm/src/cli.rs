//! The command line: one variant per `cargo wasm` command, each calling
//! `commands::<name>::run(args)`.

use crate::commands;
use clap::{Parser, Subcommand};

/// `cargo wasm`: build, test, run and inspect WebAssembly with the WasmRust toolchain.
#[derive(Debug, Parser)]
#[command(name = "cargo-wasm", bin_name = "cargo wasm", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the crate for wasm (release: size-first profile, wasm-opt, component wrapping).
    Build(commands::build::BuildArgs),
    /// Build the crate's tests for wasm32-wasip1 and run them in Wasmtime.
    Test(commands::test::TestArgs),
    /// Build (unless given a .wasm) and run a command module or component in Wasmtime.
    Run(commands::run::RunArgs),
    /// Print the WIT world of a component, a core module with component metadata, or a crate.
    Wit(commands::wit::WitArgs),
    /// Size profile of a .wasm: by section, crate, function and generic (monomorphizations).
    Size(commands::size::SizeArgs),
    /// Check the toolchain and tools `cargo wasm` needs and say how to get what is missing.
    Setup(commands::setup::SetupArgs),
    /// Build for the browser and serve it locally (COOP/COEP), rebuilding and reloading on change.
    Serve(commands::serve::ServeArgs),
    /// Publish a component to an OCI registry (Wasm OCI artifact layout).
    Publish(commands::publish::PublishArgs),
    /// Fetch a component from the configured OCI registries (or list its versions).
    Fetch(commands::fetch::FetchArgs),
}

impl Command {
    /// Runs the command.
    pub fn run(self) -> anyhow::Result<()> {
        match self {
            Command::Build(args) => commands::build::run(args),
            Command::Test(args) => commands::test::run(args),
            Command::Run(args) => commands::run::run(args),
            Command::Wit(args) => commands::wit::run(args),
            Command::Size(args) => commands::size::run(args),
            Command::Setup(args) => commands::setup::run(args),
            Command::Serve(args) => commands::serve::run(args),
            Command::Publish(args) => commands::publish::run(args),
            Command::Fetch(args) => commands::fetch::run(args),
        }
    }
}
