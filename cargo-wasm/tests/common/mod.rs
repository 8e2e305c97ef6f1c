//! What the end-to-end test files share: finding the wasmrust toolchain, skipping loudly
//! without it, and running `cargo-wasm` with its output shown on failure.
#![allow(dead_code)] // each test file uses its own part

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// The repository root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// Whether `rustup run wasmrust rustc` works (checked once per test binary).
pub fn toolchain_available() -> bool {
    static AVAILABLE: OnceLock<bool> = OnceLock::new();
    *AVAILABLE.get_or_init(|| {
        Command::new("rustup")
            .args(["run", "wasmrust", "rustc", "-vV"])
            .env_remove("RUSTUP_TOOLCHAIN")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

/// Prints "skipped: …" (on stdout and stderr, so a run shows it) and returns from the test
/// when the toolchain is missing.
#[macro_export]
macro_rules! need_toolchain {
    ($name:expr) => {
        if !common::toolchain_available() {
            eprintln!("skipped: wasmrust toolchain not installed ({})", $name);
            println!("skipped: wasmrust toolchain not installed ({})", $name);
            return;
        }
    };
}

/// The cargo target dir of this test binary (`…/debug/deps/<test>` → `…`).
pub fn cargo_target() -> PathBuf {
    std::env::current_exe().unwrap().ancestors().nth(3).unwrap().to_path_buf()
}

/// `cargo-wasm wasm <args>` in the repository, outside any toolchain or colour setting of
/// the cargo running the tests.
pub fn cargo_wasm_command(args: &[&str], target_dir: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_cargo-wasm"));
    c.arg("wasm").args(args).current_dir(repo());
    c.env("CARGO_TARGET_DIR", target_dir);
    c.env_remove("RUSTUP_TOOLCHAIN").env_remove("CARGO_TERM_COLOR").env_remove("NO_COLOR");
    c
}

/// Runs `c`, printing the command and its output (shown when the test fails).
pub fn run(mut c: Command) -> Output {
    let o = c.output().expect("run cargo-wasm");
    eprintln!("--- {:?}\nstatus: {}\nstdout:\n{}\nstderr:\n{}", c, o.status, String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
    o
}
