//! `cargo-wasm`: entry point. Everything lives in the library; this only parses and exits.

fn main() -> std::process::ExitCode {
    cargo_wasm::main_with_args(std::env::args_os().collect())
}
