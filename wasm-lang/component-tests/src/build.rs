//! Building the example crates (`examples/`) with `cargo +wasmrust`.

use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The wasmrust toolchain, if `rustup` knows it and its `rustc` runs.
pub struct Toolchain;

impl Toolchain {
    /// Whether `rustup run wasmrust rustc -vV` works.
    pub fn available() -> bool {
        Command::new("rustup")
            .args(["run", "wasmrust", "rustc", "-vV"])
            .env_remove("RUSTUP_TOOLCHAIN")
            .output()
            .is_ok_and(|o| o.status.success())
    }

    /// Prints the loud skip line and returns true when the toolchain is missing.
    pub fn skip_if_missing(test: &str) -> bool {
        if Self::available() {
            return false;
        }
        eprintln!("skipped: wasmrust toolchain not installed ({test})");
        println!("skipped: wasmrust toolchain not installed ({test})");
        true
    }
}

/// Repository root (two levels above this crate).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).ancestors().nth(2).expect("repo root").to_path_buf()
}

/// Where the examples are built: `<target-dir>/wasm-examples-<toolchain id>`, next to this
/// crate's own build output.
///
/// The id changes when the wasmrust toolchain is rebuilt: its `rustc -vV` stays the same, so
/// cargo would otherwise reuse artifacts of the previous compiler and fail with E0463.
pub fn examples_target_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("WASM_EXAMPLES_TARGET_DIR") {
        return PathBuf::from(d);
    }
    let exe = std::env::current_exe().expect("current exe");
    // <target>/<profile>/deps/<test-binary>
    let target = exe.ancestors().nth(3).expect("target dir");
    target.join(format!("wasm-examples-{:016x}", toolchain_id()))
}

/// A hash of the wasmrust sysroot's location and its compiler library's size and mtime.
fn toolchain_id() -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    let sysroot = Command::new("rustup")
        .args(["run", "wasmrust", "rustc", "--print", "sysroot"])
        .env_remove("RUSTUP_TOOLCHAIN")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let sysroot = std::fs::canonicalize(&sysroot).unwrap_or_else(|_| PathBuf::from(&sysroot));
    sysroot.hash(&mut h);
    if let Ok(entries) = std::fs::read_dir(sysroot.join("lib")) {
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().to_string();
            if name.starts_with("librustc_driver") {
                if let Ok(m) = e.metadata() {
                    name.hash(&mut h);
                    m.len().hash(&mut h);
                    m.modified().ok().hash(&mut h);
                }
            }
        }
    }
    h.finish()
}

/// Core wasm modules of the examples.
#[derive(Debug, Clone)]
pub struct Examples {
    pub image_filter: PathBuf,
    pub gfx_provider: PathBuf,
    pub target_dir: PathBuf,
}

/// Builds `examples/` once per process (release, wasm32-wasip1).
pub fn build_examples() -> Result<&'static Examples> {
    static BUILT: OnceLock<Result<Examples, String>> = OnceLock::new();
    BUILT
        .get_or_init(|| build_examples_uncached().map_err(|e| format!("{e:#}")))
        .as_ref()
        .map_err(|e| anyhow::anyhow!("{e}"))
}

fn build_examples_uncached() -> Result<Examples> {
    let target_dir = examples_target_dir();
    let dir = repo_root().join("examples");
    cargo_wasmrust(&dir, &target_dir, &["build", "--release", "--target", "wasm32-wasip1", "-p", "image-filter", "-p", "gfx-provider"])?;
    let out = target_dir.join("wasm32-wasip1/release");
    Ok(Examples {
        image_filter: out.join("image_filter.wasm"),
        gfx_provider: out.join("gfx_provider.wasm"),
        target_dir,
    })
}

/// `rustup run <toolchain> cargo` in `dir` with `target_dir`, isolated from the environment of
/// the cargo that runs the tests; the caller adds the arguments.
pub fn rustup_cargo(toolchain: &str, dir: &Path, target_dir: &Path) -> Command {
    let mut cmd = cargo_wasm::toolchain::isolated_cargo(toolchain, target_dir);
    cmd.current_dir(dir);
    cmd
}

/// Runs `cargo <args>` with the wasmrust toolchain in `dir` (see [`rustup_cargo`]).
pub fn cargo_wasmrust(dir: &Path, target_dir: &Path, args: &[&str]) -> Result<()> {
    let out = rustup_cargo("wasmrust", dir, target_dir)
        .args(args)
        .output()
        .with_context(|| format!("cannot run rustup run wasmrust cargo in {}", dir.display()))?;
    if !out.status.success() {
        bail!(
            "`cargo +wasmrust {}` failed in {}:\n{}",
            args.join(" "),
            dir.display(),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(())
}

/// Whether `clang-22` and `wasm-ld-22` can be run.
pub fn c_toolchain_available() -> bool {
    ["clang-22", "wasm-ld-22"]
        .iter()
        .all(|t| Command::new(t).arg("--version").output().is_ok_and(|o| o.status.success()))
}

/// Compiles `c/gfx.c` with clang-22 for wasm32-wasip1 against Debian's wasi-libc
/// (`/usr/lib/wasm32-wasi`) and links it as a reactor with wasm-ld-22. No compiler-rt for
/// wasm32 is packaged, so the link is done by hand with libc only.
pub fn build_c_provider(out_dir: &Path) -> Result<PathBuf> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("c/gfx.c");
    let obj = out_dir.join("gfx_c.o");
    let wasm = out_dir.join("gfx_c.wasm");
    let libc = Path::new("/usr/lib/wasm32-wasi");
    if !libc.join("libc.a").exists() {
        bail!("Debian wasi-libc is not installed (/usr/lib/wasm32-wasi/libc.a): apt-get install wasi-libc");
    }
    run(Command::new("clang-22")
        .args(["--target=wasm32-wasip1", "-O2", "-ffp-contract=off", "-I/usr/include/wasm32-wasi", "-c"])
        .arg(&src)
        .arg("-o")
        .arg(&obj))?;
    run(Command::new("wasm-ld-22")
        .arg("--no-entry")
        .arg(libc.join("crt1-reactor.o"))
        .arg(&obj)
        .arg(format!("-L{}", libc.display()))
        .args(["-lc", "-o"])
        .arg(&wasm))?;
    Ok(wasm)
}

fn run(cmd: &mut Command) -> Result<()> {
    let out = cmd.output().with_context(|| format!("cannot run {:?}", cmd.get_program()))?;
    if !out.status.success() {
        bail!("{:?} failed:\n{}", cmd.get_program(), String::from_utf8_lossy(&out.stderr));
    }
    Ok(())
}
