//! The WasmIR codegen backend (`rustc_codegen_wasmir`) for `--backend dev|release`: finding or
//! building its shared library, and the rustc flags that load it.
//!
//! The backend is a `rustc_private` dylib that must match the toolchain's `librustc_driver`
//! exactly, so it is built from the WasmRust sources by their `build.sh` (stage0 compiler +
//! the stage1 compiler's rlibs from the x.py build dir) rather than shipped. cargo's own
//! up-to-date check is the cache: after the first build (minutes), `build.sh` is a no-op that
//! only prints the path again, and a rebuilt toolchain or edited backend sources rebuild it.
//!
//! * `$WASMRUST_CODEGEN_BACKEND`: use this `librustc_codegen_wasmir.so` as it is;
//! * `$WASMRUST_BUILD_DIR`: the x.py build dir (default: found from the toolchain's sysroot);
//! * `$WASMRUST_BACKEND_TARGET_DIR`: where the backend is built (default
//!   `~/.cache/wasmrust/rustc_codegen_wasmir`).
//!
//! Programs compiled through the backend link a sysroot compiled through it too (its objects
//! carry WasmIR): `std` for wasm32-wasip1 and wasm32-unknown-unknown. The
//! backend's `build-sysroot.sh` builds it beside the backend's target dir on first use (about
//! half a minute) and finds it current afterwards; `$WASMRUST_WASMIR_SYSROOT` names a built one.

use crate::error::Failure;
use crate::profile::Backend;
use crate::toolchain::{Toolchain, sysroot_has_target};
use crate::ui::Ui;
use anyhow::{Context, Result};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// `build.sh` of the backend in the sources `cargo wasm` was built from.
const BUILD_SH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../compiler-backends/rustc_codegen_wasmir/build.sh");
/// Its `build-sysroot.sh`.
const BUILD_SYSROOT_SH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../compiler-backends/rustc_codegen_wasmir/build-sysroot.sh");

/// A usable backend library.
#[derive(Debug, Clone)]
pub struct CodegenBackend {
    /// The `librustc_codegen_wasmir.so`.
    pub path: PathBuf,
    /// Where its sysroots are built: beside the backend's target dir (the same names
    /// codegen-tests uses, so one build serves both); the cache dir for a prebuilt backend.
    sysroots: Option<PathBuf>,
}

impl CodegenBackend {
    /// `$WASMRUST_CODEGEN_BACKEND`, or the library built (or found up to date) by `build.sh`.
    pub fn locate(toolchain: &Toolchain, ui: &Ui) -> Result<CodegenBackend> {
        if let Some(p) = std::env::var_os("WASMRUST_CODEGEN_BACKEND").filter(|p| !p.is_empty()) {
            let path = PathBuf::from(p);
            if !path.is_file() {
                return Err(Failure::MissingTool(format!("WASMRUST_CODEGEN_BACKEND={}: no such file (unset it to build the backend from the WasmRust sources)", path.display())).into());
            }
            return Ok(CodegenBackend { path, sysroots: None });
        }
        let script = Path::new(BUILD_SH);
        if !script.is_file() {
            return Err(Failure::MissingTool(format!(
                "the WasmIR backend's sources are not at {} (cargo wasm was moved away from its WasmRust checkout): build it there with `bash compiler-backends/rustc_codegen_wasmir/build.sh` and set WASMRUST_CODEGEN_BACKEND to the path it prints",
                script.display()
            ))
            .into());
        }
        let build_dir = build_dir(toolchain)?;
        let target_dir = match std::env::var_os("WASMRUST_BACKEND_TARGET_DIR").filter(|p| !p.is_empty()) {
            Some(d) => PathBuf::from(d),
            None => cache_dir()?.join("rustc_codegen_wasmir"),
        };
        let path = build(script, &build_dir, &target_dir, ui)?;
        Ok(CodegenBackend { path, sysroots: target_dir.parent().map(Path::to_path_buf) })
    }

    /// The sysroot compiled through this backend for `target` (built on first use), or `None`
    /// for a target `build-sysroot.sh` does not build yet (wasm32-wasip1-threads), whose crates
    /// then link the toolchain's own sysroot (`#![no_std]` code only).
    pub fn sysroot(&self, toolchain: &Toolchain, target: &str, ui: &Ui) -> Result<Option<PathBuf>> {
        if let Some(p) = std::env::var_os("WASMRUST_WASMIR_SYSROOT").filter(|p| !p.is_empty()) {
            let path = PathBuf::from(p);
            if !sysroot_has_target(&path, target) {
                return Err(Failure::MissingTool(format!("WASMRUST_WASMIR_SYSROOT={}: no {target} libraries in it (unset it to build the sysroot through the backend)", path.display())).into());
            }
            return Ok(Some(path));
        }
        let dir = match target {
            "wasm32-unknown-unknown" => "wasmir-sysroot",
            "wasm32-wasip1" => "wasmir-sysroot-wasip1",
            _ => return Ok(None),
        };
        let script = Path::new(BUILD_SYSROOT_SH);
        if !script.is_file() {
            return Err(Failure::MissingTool(format!("the WasmIR backend's sources are not at {} (cargo wasm was moved away from its WasmRust checkout): set WASMRUST_WASMIR_SYSROOT to a sysroot built with its build-sysroot.sh", script.display())).into());
        }
        let out = match &self.sysroots {
            Some(d) => d.join(dir),
            None => cache_dir()?.join(dir),
        };
        let mut cmd = Command::new("bash");
        cmd.arg(script).arg(&self.path).arg(out).arg(target).env("WASMRUST_TOOLCHAIN", &toolchain.name);
        let progress = Progress {
            checking: "checking the WasmIR sysroot",
            announce: format!("the {target} sysroot through the WasmIR backend (the first build takes about half a minute)"),
            building: "building the WasmIR sysroot",
        };
        let path = run_script(cmd, script, &progress, ui)?;
        if !sysroot_has_target(&path, target) {
            return Err(Failure::MissingTool(format!("{} did not produce the sysroot it named ({})", script.display(), path.display())).into());
        }
        Ok(Some(path))
    }

    /// A short id of this library (size and modification time), for a `--cfg`, so that cargo
    /// recompiles the crates after the backend changed.
    pub fn build_id(&self) -> String {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.path.hash(&mut h);
        if let Ok(m) = std::fs::metadata(&self.path) {
            m.len().hash(&mut h);
            m.modified().ok().hash(&mut h);
        }
        format!("{:016x}", h.finish())
    }

    /// rustc flags that compile a crate through this backend with the given WasmIR code
    /// generator. `wasm_opt`: whether the release code generator runs wasm-opt itself.
    pub fn rustflags(&self, backend: Backend, wasm_opt: bool) -> Vec<String> {
        let which = match backend {
            Backend::Dev => "dev",
            Backend::Release => "release",
            Backend::Llvm => unreachable!("the LLVM backend needs no flags"),
        };
        let mut flags = vec![
            format!("-Zcodegen-backend={}", self.path.display()),
            format!("-Cllvm-args=wasmir-backend={which}"),
            // Panics are traps in WasmIR code; there is no unwinding.
            "-Cpanic=abort".to_string(),
            format!("--cfg=wasmrust_codegen_backend=\"{}\"", self.build_id()),
        ];
        if backend == Backend::Release && !wasm_opt {
            flags.push("-Cllvm-args=wasmir-wasm-opt=never".into());
        }
        flags
    }
}

/// `~/.cache/wasmrust` (or `$XDG_CACHE_HOME/wasmrust`).
fn cache_dir() -> Result<PathBuf> {
    if let Some(x) = std::env::var_os("XDG_CACHE_HOME").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(x).join("wasmrust"));
    }
    let home = std::env::var_os("HOME").filter(|p| !p.is_empty()).context("neither HOME nor XDG_CACHE_HOME is set: set WASMRUST_BACKEND_TARGET_DIR")?;
    Ok(PathBuf::from(home).join(".cache/wasmrust"))
}

/// The x.py build dir the toolchain came from: `$WASMRUST_BUILD_DIR`, or the dir above
/// `<build>/<host>/stage1/lib`, which `rustup toolchain link` points the sysroot's `lib` at.
fn build_dir(toolchain: &Toolchain) -> Result<PathBuf> {
    if let Some(d) = std::env::var_os("WASMRUST_BUILD_DIR").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(d));
    }
    let lib = std::fs::canonicalize(toolchain.sysroot.join("lib")).with_context(|| format!("{}: cannot read the toolchain's lib dir", toolchain.sysroot.display()))?;
    let stage = lib.parent().filter(|p| p.file_name().is_some_and(|n| n == "stage1"));
    match stage.and_then(|s| s.parent()).and_then(|h| h.parent()) {
        Some(build) if build.join("host").exists() || build.join("bootstrap").exists() => Ok(build.to_path_buf()),
        _ => Err(Failure::MissingTool(format!(
            "the `{}` toolchain's lib ({}) is not an x.py stage1 build, whose compiler crates the WasmIR backend is built against: set WASMRUST_BUILD_DIR to the x.py build dir, or WASMRUST_CODEGEN_BACKEND to a built librustc_codegen_wasmir.so",
            toolchain.name,
            lib.display()
        ))
        .into()),
    }
}

/// Runs `build.sh` and returns the library it built (or found up to date).
fn build(script: &Path, build_dir: &Path, target_dir: &Path, ui: &Ui) -> Result<PathBuf> {
    let mut cmd = Command::new("bash");
    cmd.arg(script).env("WASMRUST_BUILD_DIR", build_dir).env("CARGO_TARGET_DIR", target_dir);
    // inkwell (the release code generator) links Debian's LLVM 22, as the toolchain does.
    if std::env::var_os("LLVM_SYS_221_PREFIX").is_none() && Path::new("/usr/lib/llvm-22/bin/llvm-config").exists() {
        cmd.env("LLVM_SYS_221_PREFIX", "/usr/lib/llvm-22");
    }
    let progress = Progress {
        checking: "checking the WasmIR codegen backend",
        announce: "rustc_codegen_wasmir, the WasmIR codegen backend (the first build takes several minutes)".into(),
        building: "building the WasmIR codegen backend",
    };
    let path = run_script(cmd, script, &progress, ui)?;
    if !path.is_file() {
        return Err(Failure::MissingTool(format!("{} did not produce the backend it named ({})", script.display(), path.display())).into());
    }
    Ok(path)
}

/// What a long-running script shows while it runs.
struct Progress {
    /// The spinner's message until something compiles.
    checking: &'static str,
    /// The status line printed once something compiles (so a non-terminal sees it too).
    announce: String,
    /// The spinner's message prefix while crates compile.
    building: &'static str,
}

/// Runs a build script of the backend (`bash script …`) with the environment of the user's
/// cargo removed; cargo's `Compiling …` lines drive a spinner. The last stdout line is the path
/// the script built; a failure is one line naming the script and its last error.
fn run_script(mut cmd: Command, script: &Path, progress: &Progress, ui: &Ui) -> Result<PathBuf> {
    for var in crate::toolchain::LEAKY_ENV.iter().chain(&["RUSTFLAGS", "CARGO_ENCODED_RUSTFLAGS", "RUSTC_BOOTSTRAP"]) {
        if *var != "CARGO_TARGET_DIR" {
            cmd.env_remove(var);
        }
    }
    cmd.env("CARGO_TERM_COLOR", "never").stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().with_context(|| format!("cannot run bash {}", script.display()))?;
    let stdout = child.stdout.take().expect("piped");
    let stdout_thread = std::thread::spawn(move || BufReader::new(stdout).lines().map_while(Result::ok).collect::<Vec<String>>());
    let pb = ui.spinner(progress.checking);
    let mut announced = false;
    let mut tail: Vec<String> = Vec::new();
    for line in BufReader::new(child.stderr.take().expect("piped")).lines().map_while(Result::ok) {
        let t = line.trim_start();
        if let Some(what) = t.strip_prefix("Compiling ") {
            if !announced {
                pb.suspend(|| ui.status("Compiling", &progress.announce));
                announced = true;
            }
            pb.set_message(format!("{}: {what}", progress.building));
        }
        tail.push(line);
        if tail.len() > 40 {
            tail.remove(0);
        }
    }
    let status = child.wait().with_context(|| format!("waiting for {}", script.display()))?;
    pb.finish_and_clear();
    let out = stdout_thread.join().unwrap_or_default();
    if !status.success() {
        let last_error = tail.iter().rev().find(|l| l.starts_with("error")).cloned().unwrap_or_else(|| tail.last().cloned().unwrap_or_default());
        for l in &tail {
            eprintln!("{l}");
        }
        return Err(Failure::MissingTool(format!("{}: {} failed: {}", progress.building, script.display(), last_error.trim())).into());
    }
    Ok(PathBuf::from(out.last().map(|s| s.trim()).unwrap_or_default()))
}
