//! Helpers for the `rustc_codegen_wasmir` end-to-end tests (see `tests/run_pass.rs`): finding
//! the WasmRust toolchain, building the backend, compiling and running programs.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Where the backend crate lives.
pub fn backend_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../rustc_codegen_wasmir")
}

/// The x.py build dir of the WasmRust toolchain, if it has been built.
pub fn toolchain_build_dir() -> Option<PathBuf> {
    let dir = match std::env::var_os("WASMRUST_BUILD_DIR") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(std::env::var_os("HOME")?).join(".cache/wasmrust/rustc-1.96.0/build"),
    };
    let lib = dir.join("host/stage1/lib");
    let has_driver = std::fs::read_dir(&lib).ok()?.flatten().any(|e| e.file_name().to_string_lossy().starts_with("librustc_driver-"));
    let rustc_ok = Command::new("rustc").args(["+wasmrust", "--version"]).output().is_ok_and(|o| o.status.success());
    (has_driver && rustc_ok).then_some(dir)
}

/// Builds the backend with its `build.sh` (stage0 + the stage1 compiler's crates) and returns
/// the path of the shared library.
pub fn build_backend(build_dir: &Path) -> Result<PathBuf, String> {
    let target = match std::env::var_os("CARGO_TARGET_DIR") {
        Some(t) => PathBuf::from(t).join("rustc_codegen_wasmir"),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/rustc_codegen_wasmir"),
    };
    let out = Command::new("bash")
        .arg(backend_dir().join("build.sh"))
        .env("WASMRUST_BUILD_DIR", build_dir)
        .env("CARGO_TARGET_DIR", &target)
        .env_remove("RUSTFLAGS")
        .env_remove("RUSTC")
        .env_remove("RUSTC_WRAPPER")
        .env_remove("CARGO")
        .env_remove("RUSTUP_TOOLCHAIN")
        .output()
        .map_err(|e| format!("running build.sh: {e}"))?;
    if !out.status.success() {
        return Err(format!("building the backend failed:\n{}", String::from_utf8_lossy(&out.stderr)));
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    let path = stdout.lines().last().ok_or("build.sh printed no path")?;
    Ok(PathBuf::from(path))
}

/// Which code generator builds a program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codegen<'a> {
    /// The toolchain's stock LLVM backend.
    Llvm,
    /// rustc_codegen_wasmir at `-Copt-level=0`: the dev backend (Cranelift, no mid-end).
    Wasmir(&'a Path),
    /// rustc_codegen_wasmir at `-Copt-level=2`: the release backend (LLVM -O2 + wasm-opt -O2
    /// when binaryen is found, as in a real release build).
    WasmirRelease(&'a Path),
}

/// `rustc +wasmrust` for wasm32-unknown-unknown with the chosen backend.
pub fn rustc(cg: Codegen<'_>) -> Command {
    let mut c = Command::new("rustc");
    c.args(["+wasmrust", "--target", "wasm32-unknown-unknown", "-Cpanic=abort", "--edition=2024"]);
    c.env_remove("RUSTUP_TOOLCHAIN");
    match cg {
        Codegen::Wasmir(be) => {
            c.arg(format!("-Zcodegen-backend={}", be.display()));
        }
        Codegen::WasmirRelease(be) => {
            // No explicit wasmir-backend: opt-level 2 must pick the release backend by itself.
            // Overflow checks stay on, as in the opt-level 0 builds it is compared with (some
            // programs check that overflow traps).
            c.arg(format!("-Zcodegen-backend={}", be.display())).args(["-Copt-level=2", "-Coverflow-checks=on"]);
        }
        Codegen::Llvm => {
            // Name the toolchain's own rust-lld: under cargo/nextest rustc did not always find
            // it by itself ("linker `rust-lld` not found").
            if let Some(lld) = toolchain_lld() {
                c.arg(format!("-Clinker={}", lld.display()));
            }
        }
    }
    c
}

/// `<sysroot>/lib/rustlib/<host>/bin/rust-lld` of the `wasmrust` toolchain, if present.
fn toolchain_lld() -> Option<PathBuf> {
    static LLD: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();
    LLD.get_or_init(|| {
        let out = Command::new("rustc").args(["+wasmrust", "--print", "sysroot"]).env_remove("RUSTUP_TOOLCHAIN").output().ok()?;
        let sysroot = PathBuf::from(String::from_utf8(out.stdout).ok()?.trim());
        let lld = sysroot.join("lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld");
        lld.exists().then_some(lld)
    })
    .clone()
}

/// Runs a command, returning stderr as the error when it fails.
pub fn run(mut c: Command) -> Result<String, String> {
    let out = c.output().map_err(|e| format!("spawning {c:?}: {e}"))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

/// Runs `wasm`'s `run` export under node with the test host (`tests/run.mjs`).
pub fn run_wasm(wasm: &Path) -> Result<String, String> {
    let mut c = Command::new("node");
    c.arg(backend_dir().join("tests/run.mjs")).arg(wasm);
    run(c)
}

/// `//@ aux: a.rs b.rs` lines of a test program.
pub fn aux_files(src: &str) -> Vec<String> {
    src.lines().filter_map(|l| l.strip_prefix("//@ aux:")).flat_map(|r| r.split_whitespace().map(String::from)).collect()
}

/// `//@ error: ...` expectations of a compile-fail program.
pub fn expected_errors(src: &str) -> Vec<String> {
    src.lines().filter_map(|l| l.strip_prefix("//@ error:")).map(|r| r.trim().to_string()).collect()
}
