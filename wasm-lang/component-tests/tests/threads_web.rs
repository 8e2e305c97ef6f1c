//! `wasm::thread::scope` on web workers: examples/threads-web built with the wasmrust
//! toolchain (wasm32-unknown-unknown, atomics, shared memory, std rebuilt) and run in Node by
//! the JS runtime wasm/js/threads.mjs, each thread on a `worker_threads` worker; and in
//! headless Chromium (module workers on a cross-origin isolated page) when it is installed.

use anyhow::Result;
use component_tests::Toolchain;
use component_tests::threads::{build_threads_web, chromium, run_browser, run_node};
use std::time::Duration;

const WORKERS: usize = 6;
const TIMEOUT: Duration = Duration::from_secs(120);

#[test]
fn scoped_threads_run_on_node_workers() -> Result<()> {
    if Toolchain::skip_if_missing("scoped_threads_run_on_node_workers") {
        return Ok(());
    }
    let wasm = build_threads_web()?;
    let run = run_node(wasm, WORKERS, "check", &[], TIMEOUT)?;
    assert!(run.success, "stdout:\n{}\nstderr:\n{}", run.stdout, run.stderr);
    for line in [
        "ok: sum over 6 threads equals the sequential sum",
        "ok: 6 distinct threads did the work",
        "ok: no work ran on the calling thread (6 threads)",
        "ok: map_chunks over 6 workers equals the sequential sum",
        "ok: 6 threads meet at a barrier (they run at the same time)",
        "ok: threads spawn threads (2 outer + 4 nested, all distinct)",
        "ok: a panicking thread joins as Err, the scope goes on",
        "ok: the pool still works after a trap",
        "ok: threads-web checks passed",
    ] {
        assert!(run.stdout.contains(line), "missing {line:?} in:\n{}\nstderr:\n{}", run.stdout, run.stderr);
    }
    Ok(())
}

#[test]
fn an_unjoined_panicking_thread_fails_the_scope() -> Result<()> {
    if Toolchain::skip_if_missing("an_unjoined_panicking_thread_fails_the_scope") {
        return Ok(());
    }
    let run = run_node(build_threads_web()?, 2, "unjoined", &[], TIMEOUT)?;
    // The scope waits for the thread, sees its trap, and panics (a trap with panic=abort).
    assert!(run.stdout.contains("scope failed: RuntimeError: unreachable") && run.stdout.contains("worker traps: 1"), "stdout:\n{}\nstderr:\n{}", run.stdout, run.stderr);
    Ok(())
}

#[test]
fn more_threads_than_workers_is_a_clear_error() -> Result<()> {
    if Toolchain::skip_if_missing("more_threads_than_workers_is_a_clear_error") {
        return Ok(());
    }
    let run = run_node(build_threads_web()?, 2, "exhaust", &[], TIMEOUT)?;
    assert!(
        run.stdout.contains("spawn failed: wasm::thread: no idle worker (all 2 workers of the pool are busy)"),
        "stdout:\n{}\nstderr:\n{}",
        run.stdout,
        run.stderr
    );
    Ok(())
}

#[test]
fn scoped_threads_run_on_browser_workers() -> Result<()> {
    if Toolchain::skip_if_missing("scoped_threads_run_on_browser_workers") {
        return Ok(());
    }
    let Some(chromium) = chromium() else {
        eprintln!("skipped: chromium not installed (scoped_threads_run_on_browser_workers)");
        println!("skipped: chromium not installed (scoped_threads_run_on_browser_workers)");
        return Ok(());
    };
    let run = run_browser(build_threads_web()?, &chromium, TIMEOUT)?;
    assert!(run.success, "stdout:\n{}\nstderr:\n{}", run.stdout, run.stderr);
    for line in [
        "isolated true",
        "worker: sum true, distinct 4, on caller 0, barrier 6, map_chunks true, joined panic 43",
        "main thread: wasm::thread: not supported yet: spawning from a browser's main thread",
    ] {
        assert!(run.stdout.contains(line), "missing {line:?} in:\n{}\nstderr:\n{}", run.stdout, run.stderr);
    }
    Ok(())
}
