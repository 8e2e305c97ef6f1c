//! `cargo wasm`: the command WasmRust users live in. It drives `cargo +wasmrust` (it does not
//! reimplement cargo) and adds what a wasm project needs around it: size-first release
//! profiles, wasm-opt, component wrapping, running in Wasmtime, WIT and size inspection.

pub mod backend;
pub mod cargo;
pub mod cli;
pub mod commands;
pub mod componentize;
pub mod error;
pub mod profile;
pub mod runtime;
pub mod size;
pub mod toolchain;
pub mod ui;
pub mod wasm_opt;
pub mod wasm_info;

use std::ffi::OsString;
use std::process::ExitCode;

/// Parses `args` (as cargo passes them: `cargo-wasm wasm <command> …`, or directly
/// `cargo-wasm <command> …`), runs the command and turns the outcome into an exit code,
/// printing a one-line error on failure.
pub fn main_with_args(mut args: Vec<OsString>) -> ExitCode {
    // cargo runs external subcommands as `cargo-wasm wasm …`.
    if args.get(1).is_some_and(|a| a == "wasm") {
        args.remove(1);
    }
    let cli = match <cli::Cli as clap::Parser>::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { error::exit::USAGE } else { 0 });
        }
    };
    match cli.command.run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let code = error::exit_code(&e);
            if !error::is_silent(&e) {
                ui::Ui::new(false).error(&e);
            }
            ExitCode::from(code)
        }
    }
}
