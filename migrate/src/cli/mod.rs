//! Command line: `wasmrust-migrate [--apply] [--allow-dirty] [PATH]`, plus `registry` and
//! `collisions` subcommands (one file each).

mod collisions;
mod migrate;
mod registry;

use crate::registry::{Registry, load, parse};
use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};

/// The registry this binary was built with; `--registry` reads another file instead.
pub const BUILTIN_REGISTRY: &str = include_str!("../../deprecations.toml");

#[derive(Parser, Debug)]
#[command(
    name = "wasmrust-migrate",
    version,
    about = "Migrate crates off deprecated WasmRust spellings (six-month deprecation window).",
    long_about = "Without a subcommand: finds the crates under PATH, plans every rewrite the deprecation \
registry calls for, and prints a unified diff (dry run) or writes the files atomically (--apply).",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    migrate: migrate::Args,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Validate the registry or write its generated form for rustc.
    Registry(registry::Args),
    /// Find upstream additions that collide with WasmRust's reserved names.
    Collisions(collisions::Args),
}

/// Registry location shared by every command.
#[derive(clap::Args, Debug, Clone)]
pub struct RegistryArg {
    /// Registry file to use instead of the one built into this binary.
    #[arg(long, value_name = "FILE", global = true)]
    registry: Option<PathBuf>,
}

impl RegistryArg {
    fn load(&self) -> Result<(Registry, String)> {
        match &self.registry {
            Some(path) => Ok((load(path)?, path.display().to_string())),
            None => Ok((
                parse(BUILTIN_REGISTRY).context("built-in registry")?,
                "migrate/deprecations.toml".into(),
            )),
        }
    }

    fn path(&self) -> Option<&Path> {
        self.registry.as_deref()
    }
}

/// Runs the command line; returns the process exit code. Errors print as one line.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    let result = match cli.command {
        Some(Command::Registry(args)) => registry::run(args),
        Some(Command::Collisions(args)) => collisions::run(args),
        None => migrate::run(cli.migrate),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {}", format!("{e:#}").replace('\n', " "));
            1
        }
    }
}
