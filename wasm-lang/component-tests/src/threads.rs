//! Building and running `examples/threads-web`: `wasm::thread::scope` on web workers (Node's
//! `worker_threads`), a wasm32-unknown-unknown module with atomics and a shared memory.

use crate::build::{examples_target_dir, repo_root, rustup_cargo};
use anyhow::{Context, Result, bail};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Builds `examples/threads-web` once per process: its own workspace, std rebuilt with atomics
/// (`-Zbuild-std` from its `.cargo/config.toml`, hence `RUSTC_BOOTSTRAP=1` for the stable
/// cargo of the wasmrust toolchain). Returns the module's path.
pub fn build_threads_web() -> Result<&'static Path> {
    static BUILT: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    BUILT
        .get_or_init(|| build_uncached().map_err(|e| format!("{e:#}")))
        .as_ref()
        .map(PathBuf::as_path)
        .map_err(|e| anyhow::anyhow!("{e}"))
}

fn build_uncached() -> Result<PathBuf> {
    let dir = repo_root().join("examples/threads-web");
    // Next to the other examples' output, but apart: its std differs.
    let target_dir = examples_target_dir().join("threads-web");
    let out = rustup_cargo("wasmrust", &dir, &target_dir)
        .args(["build", "--release"])
        .env("RUSTC_BOOTSTRAP", "1")
        .output().with_context(|| format!("cannot run rustup run wasmrust cargo in {}", dir.display()))?;
    if !out.status.success() {
        bail!("`RUSTC_BOOTSTRAP=1 cargo +wasmrust build --release` failed in {}:\n{}", dir.display(), String::from_utf8_lossy(&out.stderr));
    }
    Ok(target_dir.join("wasm32-unknown-unknown/release/threads_web.wasm"))
}

/// The Node driver, `component-tests/js/threads-web.mjs`.
pub fn driver() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("js/threads-web.mjs")
}

/// Output of one Node run.
#[derive(Debug)]
pub struct NodeRun {
    pub success: bool,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `node threads-web.mjs <wasm> <workers> <mode> [extra]`, killed after `timeout` (a
/// deadlocked thread must fail the test, not hang it).
pub fn run_node(wasm: &Path, workers: usize, mode: &str, extra: &[&str], timeout: Duration) -> Result<NodeRun> {
    let mut args = vec![wasm.display().to_string(), workers.to_string(), mode.to_string()];
    args.extend(extra.iter().map(|a| a.to_string()));
    run_js(&driver(), &args, timeout)
}

/// Chromium to run the browser check with: `$CHROMIUM`, or `chromium` if it runs.
pub fn chromium() -> Option<String> {
    let exe = std::env::var("CHROMIUM").unwrap_or_else(|_| "chromium".into());
    Command::new(&exe).arg("--version").output().is_ok_and(|o| o.status.success()).then_some(exe)
}

/// Runs `node threads-browser.mjs <wasm> <chromium>`: the module in headless Chromium, on a
/// cross-origin isolated page, from a module worker with a pool of 4 nested workers.
pub fn run_browser(wasm: &Path, chromium: &str, timeout: Duration) -> Result<NodeRun> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("js/threads-browser.mjs");
    run_js(&script, &[wasm.display().to_string(), chromium.to_string()], timeout)
}

/// Runs `node <script> <args>`, killed after `timeout`.
fn run_js(script: &Path, args: &[String], timeout: Duration) -> Result<NodeRun> {
    let mode = script.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mut child = Command::new("node")
        .arg(script)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .context("cannot run node")?;
    let mut stdout = child.stdout.take().expect("piped");
    let mut stderr = child.stderr.take().expect("piped");
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        stdout.read_to_string(&mut s).map(|_| s)
    });
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        stderr.read_to_string(&mut s).map(|_| s)
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if started.elapsed() > timeout {
            child.kill().ok();
            child.wait().ok();
            let (o, e) = (out.join().ok().and_then(|r| r.ok()), err.join().ok().and_then(|r| r.ok()));
            bail!("node {mode} did not finish within {timeout:?} (a deadlock?)\nstdout:\n{}\nstderr:\n{}", o.unwrap_or_default(), e.unwrap_or_default());
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let stdout = out.join().expect("reader")?;
    let stderr = err.join().expect("reader")?;
    Ok(NodeRun { success: status.success(), stdout, stderr })
}
