//! Helpers shared by the suites that drive the `wasmrust` toolchain: finding it, running
//! rustc/cargo with it and running the wasm it produces under node.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use anyhow::{Context, Result, bail};

pub mod ui;

/// Name of the rustup toolchain `wasmrust-sync build` links.
pub const TOOLCHAIN: &str = "wasmrust";

/// The repository root (parent of this crate).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("ui-tests has a parent").to_path_buf()
}

/// Whether the `wasmrust` toolchain is linked in rustup.
pub fn toolchain_available() -> bool {
    Command::new("rustc")
        .arg(format!("+{TOOLCHAIN}"))
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Fails the calling test when the toolchain is missing: these suites exist to test it, so a
/// missing toolchain is an error, not a skip. `ci/toolchain` builds it.
pub fn require_toolchain() {
    assert!(
        toolchain_available(),
        "the `{TOOLCHAIN}` toolchain is not linked: run ci/toolchain (or `wasmrust-sync build`) first"
    );
}

/// A command for `tool` (`rustc`, `cargo`) of the wasmrust toolchain, free of the
/// environment cargo gives a test process (so nested cargo runs are independent).
pub fn tool(tool: &str) -> Command {
    let mut cmd = Command::new(tool);
    cmd.arg(format!("+{TOOLCHAIN}"));
    for var in ["RUSTC", "RUSTC_WRAPPER", "RUSTC_WORKSPACE_WRAPPER", "CARGO_TARGET_DIR", "RUSTFLAGS", "CARGO_ENCODED_RUSTFLAGS", "CARGO_BUILD_TARGET"] {
        cmd.env_remove(var);
    }
    cmd
}

/// Runs a command and returns its output, failing with its stderr when it fails.
pub fn run_ok(cmd: &mut Command) -> Result<Output> {
    let out = cmd.output().with_context(|| format!("running {cmd:?}"))?;
    if !out.status.success() {
        bail!(
            "{cmd:?} failed ({}):\n{}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(out)
}

/// Validates a core wasm module with wasmparser's default features.
pub fn validate(wasm: &[u8]) -> Result<()> {
    wasmparser::Validator::new().validate_all(wasm).map(|_| ()).context("wasm does not validate")
}

/// Runs a wasm32-wasip1 command module under node's WASI; returns stdout.
pub fn node_wasi(wasm: &Path, args: &[&str]) -> Result<String> {
    let out = run_ok(Command::new("node").arg("--no-warnings").arg(repo_root().join("ci/node-wasi.mjs")).arg(wasm).args(args))?;
    Ok(String::from_utf8(out.stdout)?)
}

/// Calls export `name` of an import-free module under node; returns what it printed.
pub fn node_call(wasm: &Path, name: &str, args: &[i64]) -> Result<String> {
    let out = run_ok(
        Command::new("node")
            .arg(repo_root().join("ci/node-call.mjs"))
            .arg(wasm)
            .arg(name)
            .args(args.iter().map(ToString::to_string)),
    )?;
    Ok(String::from_utf8(out.stdout)?.trim().to_string())
}
