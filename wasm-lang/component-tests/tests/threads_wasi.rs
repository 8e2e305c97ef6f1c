//! `wasm::thread::scope` on wasm32-wasip1-threads: examples/threads-wasi, built by the wasmrust
//! toolchain (whose sysroot has std for that target), runs under Wasmtime with the wasi-threads
//! host of `wasm-host`. Scoped threads borrow the caller's data and really run as separate
//! threads (distinct thread ids); a panicking thread ends the program with a trap; and the same
//! program built for a profile without threads is a compile-time error (E0993).

use anyhow::{Context, Result, bail};
use component_tests::Toolchain;
use component_tests::build::{examples_target_dir, repo_root, rustup_cargo};
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};
use wasm_host::threads::{Outcome, run_command};
use wasmtime_wasi::WasiCtx;
use wasmtime_wasi::p2::pipe::MemoryOutputPipe;

const TARGET: &str = "wasm32-wasip1-threads";

/// `cargo +wasmrust` on the threads example with extra rustc flags (`cargo rustc`).
fn cargo(target_dir: &PathBuf, rustc_flags: &[&str]) -> std::process::Output {
    rustup_cargo("wasmrust", &repo_root().join("examples"), target_dir)
        .args(["rustc", "--release", "--target", TARGET, "-p", "threads-wasi", "--"])
        .args(rustc_flags)
        .output()
        .expect("rustup runs")
}

/// The example built once for the wasmtime profile (threads available).
fn module() -> Result<&'static [u8]> {
    static WASM: OnceLock<Result<Vec<u8>, String>> = OnceLock::new();
    WASM.get_or_init(|| {
        let target = examples_target_dir();
        let out = cargo(&target, &["-Zwasm-host-profile=wasmtime"]);
        if !out.status.success() {
            return Err(format!("building threads-wasi failed:\n{}", String::from_utf8_lossy(&out.stderr)));
        }
        let path = target.join(TARGET).join("release/threads-wasi.wasm");
        std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))
    })
    .as_deref()
    .map_err(|e| anyhow::anyhow!("{e}"))
}

/// Runs the example with `args`; returns the outcome and what it printed.
fn run(args: &[&str]) -> Result<(Outcome, String)> {
    let stdout = MemoryOutputPipe::new(1 << 20);
    let pipe = stdout.clone();
    let argv: Vec<String> = std::iter::once("threads-wasi").chain(args.iter().copied()).map(String::from).collect();
    let ctx = Arc::new(move || Ok(WasiCtx::builder().stdout(pipe.clone()).inherit_stderr().args(&argv).build_p1()));
    let outcome = run_command(module()?, ctx)?;
    Ok((outcome, String::from_utf8(stdout.contents().to_vec()).context("stdout is UTF-8")?))
}

fn field<'a>(out: &'a str, key: &str) -> Result<&'a str> {
    out.lines()
        .find_map(|l| l.strip_prefix(key).and_then(|r| r.strip_prefix(' ')))
        .with_context(|| format!("no `{key}` line in:\n{out}"))
}

#[test]
fn scoped_threads_borrow_data_and_run_on_distinct_threads() -> Result<()> {
    if Toolchain::skip_if_missing("threads_wasi") {
        return Ok(());
    }
    let engine = wasm_host::threads::engine()?;
    let module = wasmtime::Module::new(&engine, module()?).map_err(anyhow::Error::from)?;
    assert!(wasm_host::threads::uses_wasi_threads(&module), "no wasi::thread-spawn import");

    let (outcome, out) = run(&["sum", "100000", "4"])?;
    assert_eq!(outcome, Outcome::Exit(0), "{out}");
    assert_eq!(field(&out, "sum")?, "5000050000");
    assert_eq!(field(&out, "threads")?, "4", "four scoped threads, four distinct thread ids:\n{out}");
    Ok(())
}

#[test]
fn map_chunks_joins_every_chunk() -> Result<()> {
    if Toolchain::skip_if_missing("threads_wasi") {
        return Ok(());
    }
    let (outcome, out) = run(&["chunks", "1000"])?;
    assert_eq!(outcome, Outcome::Exit(0), "{out}");
    assert_eq!(field(&out, "sum")?, "500500");
    Ok(())
}

#[test]
fn a_panicking_thread_ends_the_program_with_a_trap() -> Result<()> {
    if Toolchain::skip_if_missing("threads_wasi") {
        return Ok(());
    }
    let (outcome, out) = run(&["panic"])?;
    match outcome {
        Outcome::Trap(msg) => assert!(msg.starts_with("thread "), "the trap is reported for the spawned thread: {msg}"),
        other => bail!("expected a trap, got {other:?} (stdout: {out})"),
    }
    assert!(!out.contains("not reached"));
    Ok(())
}

#[test]
fn the_embedded_profile_rejects_threads_at_compile_time() -> Result<()> {
    if Toolchain::skip_if_missing("threads_wasi") {
        return Ok(());
    }
    // Same target dir: `cargo rustc` flags reach only the example crate, so the deps are reused.
    let target = examples_target_dir();
    let out = cargo(&target, &["-Zwasm-host-profile=embedded"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "the embedded profile has no threads, the build must fail");
    assert!(stderr.contains("error[E0993]"), "{stderr}");
    assert!(stderr.contains("threads"), "{stderr}");
    Ok(())
}
