//! Finding the wasmrust toolchain (`rustup toolchain link wasmrust …`) and what it carries.

use crate::error::Failure;
use anyhow::Result;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Environment variables of an enclosing cargo (e.g. `cargo test` running us) that would leak
/// into the cargo we start and pick the wrong compiler or flags.
pub const LEAKY_ENV: &[&str] = &[
    "RUSTUP_TOOLCHAIN",
    "RUSTC",
    "RUSTDOC",
    "RUSTC_WRAPPER",
    "RUSTC_WORKSPACE_WRAPPER",
    "CARGO_ENCODED_RUSTFLAGS",
    "CARGO_BUILD_TARGET",
    "CARGO_MAKEFLAGS",
    "MAKEFLAGS",
    "MFLAGS",
    "CARGO",
    "CARGO_TARGET_DIR",
    "CARGO_BUILD_RUSTFLAGS",
];

/// The toolchain `cargo wasm` drives.
#[derive(Debug, Clone)]
pub struct Toolchain {
    /// rustup name (`wasmrust`, or `$WASMRUST_TOOLCHAIN`).
    pub name: String,
    /// `rustc --print sysroot`.
    pub sysroot: PathBuf,
}

/// The toolchain name: `$WASMRUST_TOOLCHAIN` or `wasmrust`.
pub fn toolchain_name() -> String {
    std::env::var("WASMRUST_TOOLCHAIN").ok().filter(|s| !s.is_empty()).unwrap_or_else(|| "wasmrust".into())
}

/// How to get the toolchain, for error messages.
pub fn install_hint() -> String {
    "build and link it from a WasmRust checkout with `ci/toolchain` (it runs `wasmrust-sync build` and `rustup toolchain link wasmrust <stage1>`), then check with `cargo wasm setup`".into()
}

impl Toolchain {
    /// Finds the toolchain; a missing one is a [`Failure::MissingTool`] saying how to get it.
    pub fn detect() -> Result<Toolchain> {
        let name = toolchain_name();
        let out = Command::new("rustup")
            .args(["run", &name, "rustc", "--print", "sysroot"])
            .env_remove("RUSTUP_TOOLCHAIN")
            .output();
        let out = match out {
            Ok(o) => o,
            Err(_) => {
                return Err(Failure::MissingTool(format!("rustup is not installed, so the `{name}` toolchain cannot be found: install rustup, then {}", install_hint())).into());
            }
        };
        if !out.status.success() {
            return Err(Failure::MissingTool(format!("the `{name}` toolchain is not installed (`rustup toolchain list` has no `{name}`): {}", install_hint())).into());
        }
        let sysroot = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        Ok(Toolchain { name, sysroot })
    }

    /// Whether the sysroot has a standard library for `target`.
    pub fn has_target(&self, target: &str) -> bool {
        sysroot_has_target(&self.sysroot, target)
    }

    /// The targets the sysroot has a standard library for.
    pub fn targets(&self) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(self.sysroot.join("lib/rustlib"))
            .into_iter()
            .flatten()
            .flatten()
            .filter(|e| e.path().join("lib").is_dir())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    /// The library sources (`lib/rustlib/src/rust/library`), needed for `-Zbuild-std`.
    pub fn rust_src(&self) -> Option<PathBuf> {
        let p = self.sysroot.join("lib/rustlib/src/rust/library");
        p.join("std/Cargo.toml").is_file().then_some(p)
    }

    /// `rustup run <name> <tool>`, with the enclosing cargo's variables removed.
    pub fn command(&self, tool: &str) -> Command {
        let mut cmd = Command::new("rustup");
        cmd.args(["run", &self.name, tool]);
        for var in LEAKY_ENV {
            cmd.env_remove(var);
        }
        cmd
    }

    /// A short id of this build of the compiler (sysroot, size and mtime of librustc_driver).
    ///
    /// A rebuilt toolchain keeps its `rustc -vV`, so cargo would reuse artifacts of the
    /// previous compiler and fail with E0463; a `--cfg` carrying this id makes cargo rebuild.
    pub fn build_id(&self) -> String {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        let sysroot = std::fs::canonicalize(&self.sysroot).unwrap_or_else(|_| self.sysroot.clone());
        sysroot.hash(&mut h);
        for e in std::fs::read_dir(sysroot.join("lib")).into_iter().flatten().flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with("librustc_driver") {
                if let Ok(m) = e.metadata() {
                    name.hash(&mut h);
                    m.len().hash(&mut h);
                    m.modified().ok().hash(&mut h);
                }
            }
        }
        format!("{:016x}", h.finish())
    }
}

/// Finds a program on `PATH`.
pub fn which(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|d| d.join(program)).find(|p| is_executable(p))
}

fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    p.metadata().is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// `rustup run <toolchain> cargo` for a nested build in tests and benchmarks: the enclosing
/// cargo's variables are removed, RUSTFLAGS too (unlike [`Toolchain::command`], whose callers
/// pass the user's RUSTFLAGS on), and it builds into `target_dir`.
pub fn isolated_cargo(toolchain: &str, target_dir: &Path) -> Command {
    let mut cmd = Command::new("rustup");
    cmd.args(["run", toolchain, "cargo"]);
    for var in LEAKY_ENV.iter().chain(&["RUSTFLAGS"]) {
        cmd.env_remove(var);
    }
    cmd.env("CARGO_TARGET_DIR", target_dir);
    cmd
}

/// The stock Rust toolchain the size benchmarks compare against.
#[derive(Debug, Clone)]
pub struct Baseline {
    /// rustup name: `stable`, or `$WASMRUST_BASELINE_TOOLCHAIN`.
    pub name: String,
    /// Its `rustc -V`.
    pub version: String,
}

/// Whether `sysroot` has libraries for `target` (`lib/rustlib/<target>/lib`).
pub fn sysroot_has_target(sysroot: &Path, target: &str) -> bool {
    sysroot.join("lib/rustlib").join(target).join("lib").is_dir()
}

/// Finds the baseline toolchain and checks it has a standard library for each of `targets`;
/// the error says which `rustup` command fixes it.
pub fn baseline_toolchain(targets: &[&str]) -> Result<Baseline> {
    let name = std::env::var("WASMRUST_BASELINE_TOOLCHAIN").ok().filter(|s| !s.is_empty()).unwrap_or_else(|| "stable".into());
    let rustc = |args: &[&str]| Command::new("rustup").args(["run", &name, "rustc"]).args(args).env_remove("RUSTUP_TOOLCHAIN").output();
    let out = rustc(&["--print", "sysroot"]).map_err(|e| anyhow::anyhow!("cannot run rustup: {e}"))?;
    if !out.status.success() {
        anyhow::bail!("the baseline toolchain `{name}` is not installed: rustup toolchain install {name} (or set WASMRUST_BASELINE_TOOLCHAIN)");
    }
    let sysroot = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    let missing: Vec<&str> = targets.iter().copied().filter(|t| !sysroot_has_target(&sysroot, t)).collect();
    if !missing.is_empty() {
        anyhow::bail!("the baseline toolchain `{name}` has no std for {}: rustup target add --toolchain {name} {}", missing.join(", "), missing.join(" "));
    }
    let version = rustc(&["-V"]).map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string()).unwrap_or_default();
    Ok(Baseline { name, version })
}
