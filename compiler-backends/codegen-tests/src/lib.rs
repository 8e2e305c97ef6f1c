//! Helpers for the `rustc_codegen_wasmir` end-to-end tests (see `tests/run_pass.rs`): finding
//! the WasmRust toolchain, building the backend, compiling and running programs.

use std::path::{Path, PathBuf};
use std::process::Command;

/// This crate's directory: cargo and nextest name it when they run a test or bench (the
/// checkout it runs from, even where the shared target dir holds a binary built in another
/// checkout), else where it was built.
pub fn manifest_dir() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from)
}

/// Where the backend crate lives.
pub fn backend_dir() -> PathBuf {
    manifest_dir().join("../rustc_codegen_wasmir")
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

/// The cargo target dir (`CARGO_TARGET_DIR`, or the workspace's `target/`): the backend, the
/// sysroots and the crate builds of these tests are cached under it.
pub fn target_root() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(t) => PathBuf::from(t),
        None => manifest_dir().join("../../target"),
    }
}

/// `build.sh` with `args`, building into the tests' target dir with a clean environment.
fn build_sh(build_dir: &Path, args: &[&str]) -> Result<std::process::Output, String> {
    let target = target_root().join("rustc_codegen_wasmir");
    Command::new("bash")
        .arg(backend_dir().join("build.sh"))
        .args(args)
        .env("WASMRUST_BUILD_DIR", build_dir)
        .env("CARGO_TARGET_DIR", &target)
        .env_remove("RUSTFLAGS")
        .env_remove("RUSTC")
        .env_remove("RUSTC_WRAPPER")
        .env_remove("CARGO")
        .env_remove("RUSTUP_TOOLCHAIN")
        .output()
        .map_err(|e| format!("running build.sh: {e}"))
}

/// Builds the backend with its `build.sh` (stage0 + the stage1 compiler's crates) and returns
/// the path of the shared library.
pub fn build_backend(build_dir: &Path) -> Result<PathBuf, String> {
    let out = build_sh(build_dir, &[])?;
    if !out.status.success() {
        return Err(format!("building the backend failed:\n{}", String::from_utf8_lossy(&out.stderr)));
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    let path = stdout.lines().last().ok_or("build.sh printed no path")?;
    Ok(PathBuf::from(path))
}

/// Builds and runs the backend crate's own unit tests (`build.sh --unit-tests`); returns the
/// test harness's output, or an error with it when a test failed.
pub fn run_backend_unit_tests(build_dir: &Path) -> Result<String, String> {
    let out = build_sh(build_dir, &["--unit-tests"])?;
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    if out.status.success() { Ok(text) } else { Err(text) }
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

/// What the programs are built for and how they run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// wasm32-unknown-unknown `cdylib`s exporting `run`, with print imports (`tests/run.mjs`).
    Unknown,
    /// wasm32-wasip1 binaries (`fn main`, std) run as WASI commands (`tests/run-wasi.mjs`).
    Wasip1,
}

impl Target {
    pub fn triple(self) -> &'static str {
        match self {
            Target::Unknown => "wasm32-unknown-unknown",
            Target::Wasip1 => "wasm32-wasip1",
        }
    }
}

/// Builds (or finds up to date) the sysroot compiled through the backend
/// (`rustc_codegen_wasmir/build-sysroot.sh`: `core` and `alloc` for wasm32-unknown-unknown,
/// `std` for wasm32-wasip1), under the cargo target dir. The script keys its cache on the
/// backend's identity (size, mtime, path), the toolchain and the library sources. Returns the
/// sysroot and how long the call took.
pub fn build_sysroot(backend: &Path, target: Target) -> Result<(PathBuf, std::time::Duration), String> {
    let dir = target_root().join(match target {
        Target::Unknown => "wasmir-sysroot",
        Target::Wasip1 => "wasmir-sysroot-wasip1",
    });
    let start = std::time::Instant::now();
    let out = Command::new("bash")
        .arg(backend_dir().join("build-sysroot.sh"))
        .env("WASMIR_VERIFY", "1")
        .arg(backend)
        .arg(&dir)
        .arg(target.triple())
        .env_remove("RUSTFLAGS")
        .env_remove("RUSTC")
        .env_remove("RUSTC_WRAPPER")
        .env_remove("RUSTUP_TOOLCHAIN")
        .output()
        .map_err(|e| format!("running build-sysroot.sh: {e}"))?;
    if !out.status.success() {
        return Err(format!("building the sysroot through the backend failed:\n{}", String::from_utf8_lossy(&out.stderr)));
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    let path = stdout.lines().last().ok_or("build-sysroot.sh printed no path")?;
    Ok((PathBuf::from(path), start.elapsed()))
}

/// `rustc +wasmrust` for `target` with the chosen backend.
pub fn rustc(cg: Codegen<'_>, target: Target) -> Command {
    let mut c = Command::new("rustc");
    c.args(["+wasmrust", "--target", target.triple(), "-Cpanic=abort", "--edition=2024"]);
    c.env_remove("RUSTUP_TOOLCHAIN").env("WASMIR_VERIFY", "1");
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

/// Runs `wasm` under node: its `run` export with the test host (`tests/run.mjs`), or as a
/// WASI command (`tests/run-wasi.mjs`: stdout, then `exit N` or `trap`).
pub fn run_wasm(wasm: &Path, target: Target) -> Result<String, String> {
    let mut c = Command::new("node");
    c.arg(backend_dir().join(match target {
        Target::Unknown => "tests/run.mjs",
        Target::Wasip1 => "tests/run-wasi.mjs",
    }))
    .arg(wasm);
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

/// The `.rs` programs directly under `rustc_codegen_wasmir/tests/<dir>/` (not the preludes).
pub fn programs(dir: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(backend_dir().join("tests").join(dir))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs") && !p.file_name().unwrap().to_string_lossy().starts_with("prelude"))
        .collect();
    v.sort();
    v
}

/// Builds `src` (and its `//@ aux:` rlibs) into `out_dir` as a cdylib (wasm32-unknown-unknown)
/// or a binary (wasm32-wasip1); `sysroot` replaces the toolchain's sysroot (the backend-built
/// one).
pub fn build(cg: Codegen<'_>, target: Target, sysroot: Option<&Path>, src: &Path, out_dir: &Path) -> Result<PathBuf, String> {
    let text = std::fs::read_to_string(src).unwrap();
    // Objects an older build left behind are not this one's.
    for o in rust_objects(out_dir) {
        let _ = std::fs::remove_file(out_dir.join(o));
    }
    let cmd = || {
        let mut c = rustc(cg, target);
        if let Some(s) = sysroot {
            c.arg("--sysroot").arg(s);
        }
        c
    };
    for aux in aux_files(&text) {
        let mut c = cmd();
        c.args(["--crate-type", "rlib"]).arg(src.parent().unwrap().join("aux").join(&aux)).arg("--out-dir").arg(out_dir);
        run(c).map_err(|e| format!("aux {aux}: {e}"))?;
    }
    let wasm = out_dir.join(src.file_stem().unwrap()).with_extension("wasm");
    let mut c = cmd();
    let crate_type = match target {
        Target::Unknown => "cdylib",
        Target::Wasip1 => "bin",
    };
    c.args(["--crate-type", crate_type, "-L"]).arg(out_dir).arg(src).arg("-o").arg(&wasm);
    run(c)?;
    // A link leaves only its output behind, as rustc's own does: no object files.
    let objects = rust_objects(out_dir);
    if !objects.is_empty() {
        return Err(format!("the build left object files behind: {}", objects.join(", ")));
    }
    Ok(wasm)
}

/// The names of rustc's codegen-unit object files (`*.rcgu.o`) in `dir`.
fn rust_objects(dir: &Path) -> Vec<String> {
    let names = std::fs::read_dir(dir).into_iter().flatten().filter_map(|e| e.ok()?.file_name().into_string().ok());
    names.filter(|n| n.ends_with(".rcgu.o")).collect()
}

/// Runs `f` on every item on up to four threads; results in the items' order.
pub fn parallel<T: Send, R: Send>(items: Vec<T>, f: impl Fn(T) -> R + Sync) -> Vec<R> {
    let queue = std::sync::Mutex::new(items.into_iter().enumerate().collect::<Vec<_>>());
    let results = std::sync::Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get()).min(4);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let Some((i, item)) = queue.lock().unwrap().pop() else { break };
                let r = f(item);
                results.lock().unwrap().push((i, r));
            });
        }
    });
    let mut r = results.into_inner().unwrap();
    r.sort_by_key(|(i, _)| *i);
    r.into_iter().map(|(_, r)| r).collect()
}

/// Builds one program with the stock LLVM backend (toolchain sysroot) and through the backend
/// at `-Copt-level=0` (dev) and `2` (release), the latter two against `sysroot` when given;
/// runs all three under node and requires the same, non-empty output. Returns the program's
/// name and the three sizes (dev, release, LLVM).
pub fn run_pass_one(backend: &Path, target: Target, sysroot: Option<&Path>, src: &Path, tmp: &Path) -> Result<(String, [u64; 3]), String> {
    let name = src.file_stem().unwrap().to_string_lossy().into_owned();
    let (dw, dr, dl) = (tmp.join("wasmir").join(&name), tmp.join("release").join(&name), tmp.join("llvm").join(&name));
    for d in [&dw, &dr, &dl] {
        std::fs::create_dir_all(d).unwrap();
    }
    let base = build(Codegen::Llvm, target, None, src, &dl).map_err(|e| format!("{name}: LLVM backend: {e}"))?;
    let b = run_wasm(&base, target)?;
    if b.trim().is_empty() || b.contains("error:") {
        return Err(format!("{name}: the LLVM build printed nothing useful: {b:?}"));
    }
    let mut sizes = [0u64; 3];
    sizes[2] = std::fs::metadata(&base).unwrap().len();
    for (k, (cg, dir, what)) in [(Codegen::Wasmir(backend), &dw, "dev"), (Codegen::WasmirRelease(backend), &dr, "release")].into_iter().enumerate() {
        let ours = build(cg, target, sysroot, src, dir).map_err(|e| format!("{name}: WasmIR backend ({what}): {e}"))?;
        sizes[k] = std::fs::metadata(&ours).unwrap().len();
        let a = run_wasm(&ours, target)?;
        if a != b {
            let diff: Vec<String> = a.lines().zip(b.lines()).enumerate().filter(|(_, (x, y))| x != y).take(5).map(|(i, (x, y))| format!("  line {}: wasmir {x:?} vs llvm {y:?}", i + 1)).collect();
            return Err(format!("{name}: outputs differ, {what} backend vs LLVM ({} vs {} lines)\n{}", a.lines().count(), b.lines().count(), diff.join("\n")));
        }
    }
    Ok((name, sizes))
}

/// The backend, built against the toolchain; panics with what to do when the toolchain or
/// node is missing. Like the ui suite: CI builds the toolchain first (ci/toolchain), so their
/// absence is an error, not a silent pass.
pub fn require_backend() -> PathBuf {
    let Some(build_dir) = toolchain_build_dir() else {
        panic!("the `wasmrust` toolchain is not built (no stage1 librustc_driver under the x.py build dir, or `rustc +wasmrust` does not run): run ci/toolchain first");
    };
    let mut node = Command::new("node");
    node.arg("--version");
    if let Err(e) = run(node) {
        panic!("node is needed to run the programs (ci/setup installs it): {e}");
    }
    build_backend(&build_dir).unwrap()
}

/// Runs [`run_pass_one`] on every program under `tests/<dir>/` (at least `min` of them),
/// prints each result and the total sizes (`what` says which builds were compared), and
/// returns the failures.
pub fn run_pass_suite(dir: &str, min: usize, backend: &Path, target: Target, sysroot: Option<&Path>, tmp: &Path, what: &str) -> Vec<String> {
    let progs = programs(dir);
    assert!(progs.len() >= min, "{dir} programs missing");
    let results = parallel(progs, |src| run_pass_one(backend, target, sysroot, &src, tmp));
    let mut failures = Vec::new();
    let mut total = [0u64; 3];
    for r in &results {
        match r {
            Ok((name, sizes)) => {
                eprintln!("{dir} {name}: ok (dev {} B, release {} B, stock LLVM -O0 {} B)", sizes[0], sizes[1], sizes[2]);
                for k in 0..3 {
                    total[k] += sizes[k];
                }
            }
            Err(e) => failures.push(e.clone()),
        }
    }
    eprintln!(
        "{dir}: {} of {} programs pass {what}; total size of the passing ones: dev {} B, release {} B, stock LLVM -O0 {} B",
        results.len() - failures.len(),
        results.len(),
        total[0],
        total[1],
        total[2]
    );
    failures
}

/// Builds the WasmIR sysroot for `target` (`contents` says what it holds, for the log), then
/// runs [`run_pass_suite`] on `tests/<dir>/` against it and fails with every failure.
pub fn run_pass_on_wasmir_sysroot(dir: &str, min: usize, target: Target, contents: &str) {
    let backend = require_backend();
    let (sysroot, took) = build_sysroot(&backend, target).unwrap();
    eprintln!("sysroot ({contents} through rustc_codegen_wasmir): {} in {:.1} s", sysroot.display(), took.as_secs_f64());
    let tmp = std::env::temp_dir().join(format!("codegen-tests-{dir}-{}", std::process::id()));
    let what = "with both the dev and the release backend on the WasmIR sysroot";
    let failures = run_pass_suite(dir, min, &backend, target, Some(&sysroot), &tmp, what);
    let _ = std::fs::remove_dir_all(&tmp);
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n\n"));
}

/// `cargo +wasmrust <subcommand> --target wasm32-wasip1` in `dir`, building into `target_dir`
/// with `rustflags` for the target crates (cargo keeps them off host crates such as proc
/// macros), with no toolchain or flags leaking in from the environment of the test run.
pub fn wasip1_cargo(subcommand: &str, dir: &Path, target_dir: &Path, rustflags: &str) -> Command {
    let mut c = Command::new("cargo");
    c.args(["+wasmrust", subcommand, "--target", "wasm32-wasip1"]).current_dir(dir);
    c.env("CARGO_TARGET_DIR", target_dir).env("RUSTFLAGS", rustflags).env("RUSTC_BOOTSTRAP", "1");
    // The backend checks every crate's WasmIR (a bug shows as a verifier error, not as a
    // Cranelift panic or wrong code); the compile-time bench turns this off again.
    c.env("WASMIR_VERIFY", "1");
    for v in ["RUSTUP_TOOLCHAIN", "RUSTC", "RUSTC_WRAPPER", "CARGO_BUILD_RUSTFLAGS", "CARGO_ENCODED_RUSTFLAGS"] {
        c.env_remove(v);
    }
    c
}

/// RUSTFLAGS that build a cargo project's target crates through the backend against the
/// WasmIR std sysroot. The backend's identity (size, mtime) goes into `-Cmetadata`, so a
/// rebuilt backend makes cargo rebuild the crates (it does not track the backend's file).
pub fn wasmir_rustflags(backend: &Path, sysroot: &Path) -> String {
    let meta = std::fs::metadata(backend).unwrap();
    let mtime = meta.modified().unwrap().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    format!("-Zcodegen-backend={} --sysroot {} -Cmetadata=wasmir-{}-{mtime}", backend.display(), sysroot.display(), meta.len())
}

/// `fixtures/regex-serde` (regex, serde with derive, serde_json), with its dependencies
/// fetched (the lock file pins them) so that no build downloads anything.
pub fn regex_serde_fixture() -> PathBuf {
    let fixture = manifest_dir().join("fixtures/regex-serde");
    let fetch = Command::new("cargo").args(["+wasmrust", "fetch", "--locked"]).current_dir(&fixture).env_remove("RUSTUP_TOOLCHAIN").status().unwrap();
    assert!(fetch.success(), "cargo fetch of {} failed", fixture.display());
    fixture
}
