//! Compile time of a dev build through rustc_codegen_wasmir vs the toolchain's LLVM backend.
//!
//! `cargo bench -p codegen-tests --bench compile_time` builds `fixtures/regex-serde` (a
//! binary on regex, serde with derive and serde_json) from clean for wasm32-wasip1 in the dev
//! profile three ways in this run, each in a fresh target dir:
//!
//! 1. `cargo check` with the wasmrust toolchain: the floor (no code generation);
//! 2. `cargo build` with the toolchain's stock LLVM backend (opt-level 0, its LLVM sysroot);
//! 3. `cargo build` through rustc_codegen_wasmir (dev backend, the WasmIR std sysroot).
//!
//! The three run interleaved for `WASMRUST_BENCH_ROUNDS` rounds (default 10), in reverse order
//! every other round (check, LLVM, ours; then ours, LLVM, check) so that a machine slowing down
//! or speeding up during a round favours neither side. Ten, not fewer: on these shared machines
//! a build now and then runs 20–40% slow, and two such rounds out of six moved the median by
//! 0.03×, as much as the margin being judged. The count is rounded up to an even one:
//! the first build of a round runs measurably slower, so both orders must count equally. Each
//! timed build starts after pending writes are flushed (`sync`). The ratios are taken within
//! each round (builds minutes apart on the same machine) and the verdicts use their medians;
//! the median wall times and phase sums are printed too.
//!
//! All three run with `-Ztime-passes` (it costs no measurable time); code generation plus
//! linking is the sum over the target crates of rustc's `codegen_crate`,
//! `finish_ongoing_codegen` and `link` passes (what a backend can speed up; the front end and
//! the host crates are the same in both builds). Prints the wall times, the phase sums, both
//! ratios against their goals (code generation and linking ≥ 5× faster than LLVM; a whole
//! build ≤ 1.10× `cargo check`), the output sizes, and checks that both programs print the
//! same. It also prints each build's CPU time and the sum of rustc's metadata step, which in
//! a build (not in `cargo check`) encodes MIR and runs the monomorphization collector: rustc's
//! own share of a build's extra work, the same whichever backend generates the code.

use codegen_tests::*;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// Issue 11's goals: code generation + link at least this many times faster than LLVM's ...
const CODEGEN_SPEEDUP_GOAL: f64 = 5.0;
/// ... and a whole dev build at most this many times `cargo check`'s wall time.
const WHOLE_BUILD_GOAL: f64 = 1.10;

struct Build {
    wall: Duration,
    /// User + system time of cargo and everything it ran.
    cpu: f64,
    codegen_link: f64,
    /// rustc's `generate_crate_metadata` (with a build's MIR and its monomorphization
    /// collection, which rustc runs there) summed over the target crates: work that comes with
    /// code generation whatever the backend.
    metadata: f64,
    crates: usize,
}

/// CPU seconds (user + system) of this process's waited-for children so far, from
/// `/proc/self/stat` (cargo waits for its rustc processes, so a build's share is the difference).
fn children_cpu() -> f64 {
    static TICKS: std::sync::OnceLock<f64> = std::sync::OnceLock::new();
    let ticks = *TICKS.get_or_init(|| {
        let out = Command::new("getconf").arg("CLK_TCK").output().ok();
        out.and_then(|o| String::from_utf8_lossy(&o.stdout).trim().parse().ok()).unwrap_or(100.0)
    });
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name: state is field 3, cutime and cstime are fields 16 and 17.
    let fields: Vec<f64> = stat.rsplit_once(')').map_or(vec![], |(_, r)| r.split_whitespace().map(|f| f.parse().unwrap_or(0.0)).collect());
    (fields.get(13).unwrap_or(&0.0) + fields.get(14).unwrap_or(&0.0)) / ticks
}

fn copy_fixture(to: &Path) {
    let from = regex_serde_fixture();
    std::fs::create_dir_all(to.join("src")).unwrap();
    for f in ["Cargo.toml", "Cargo.lock", "src/main.rs"] {
        std::fs::copy(from.join(f), to.join(f)).unwrap();
    }
}

fn cargo(dir: &Path, target_dir: &Path, subcommand: &str, rustflags: &str) -> Command {
    let mut c = wasip1_cargo(subcommand, dir, target_dir, rustflags);
    // Measure what users run: without the WasmIR checks the tests turn on.
    c.arg("--locked").env_remove("WASMIR_VERIFY");
    c
}

/// Runs a clean build, returning its wall time and the code generation + link phase sum.
fn timed(mut c: Command, what: &str) -> Build {
    settle();
    let (start, cpu_before) = (Instant::now(), children_cpu());
    let out = c.output().unwrap_or_else(|e| panic!("{what}: running cargo: {e}"));
    let (wall, cpu) = (start.elapsed(), children_cpu() - cpu_before);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{what} failed:\n{}", stderr.lines().filter(|l| !l.starts_with("time:")).collect::<Vec<_>>().join("\n"));
    let (mut codegen_link, mut metadata) = (0.0, 0.0);
    let mut crates = 0;
    for l in stderr.lines().filter_map(|l| l.strip_prefix("time:")) {
        let pass = l.rsplit('\t').next().unwrap_or("").trim();
        let secs: f64 = l.split(';').next().unwrap_or("").trim().parse().unwrap_or(0.0);
        match pass {
            "codegen_crate" => {
                crates += 1;
                codegen_link += secs;
            }
            "finish_ongoing_codegen" | "link" => codegen_link += secs,
            "generate_crate_metadata" => metadata += secs,
            _ => {}
        }
    }
    Build { wall, cpu, codegen_link, metadata, crates }
}

/// Flushes pending writes (the deleted target dirs, the last build's outputs) so that their
/// writeback does not land inside the next timed build.
fn settle() {
    let _ = Command::new("sync").status();
}

/// One round's (code generation + link speed-up over LLVM, our wall time over `cargo check`'s).
fn ratios(check: &Build, llvm: &Build, ours: &Build) -> (f64, f64) {
    (llvm.codegen_link / ours.codegen_link.max(1e-9), ours.wall.as_secs_f64() / check.wall.as_secs_f64())
}

fn run_output(wasm: &Path) -> String {
    run_wasm(wasm, Target::Wasip1).unwrap_or_else(|e| panic!("running {}: {e}", wasm.display()))
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let backend = require_backend();
    let (sysroot, took) = build_sysroot(&backend, Target::Wasip1).unwrap();
    eprintln!("WasmIR std sysroot: {} ({:.1} s)", sysroot.display(), took.as_secs_f64());
    let tmp = std::env::temp_dir().join(format!("compile-time-{}", std::process::id()));
    let dir = tmp.join("regex-serde");
    copy_fixture(&dir);
    let ours_flags = format!("{} -Ztime-passes", wasmir_rustflags(&backend, &sysroot));
    // The machine's speed drifts between builds (the front end alone varies by a tenth or
    // more), so the three builds run interleaved, several rounds, and the medians count.
    let rounds: usize = std::env::var("WASMRUST_BENCH_ROUNDS").ok().and_then(|r| r.parse().ok()).filter(|&r| r > 0).unwrap_or(10);
    let rounds = rounds.next_multiple_of(2);
    println!("compile time: fixtures/regex-serde (regex, serde + derive, serde_json), clean dev build for wasm32-wasip1, {rounds} interleaved rounds");
    let wasm = |t: &str| -> PathBuf { tmp.join(t).join("wasm32-wasip1/debug/regex-serde.wasm") };
    let (mut checks, mut llvms, mut ourss) = (vec![], vec![], vec![]);
    for round in 1..=rounds {
        for t in ["check", "llvm", "wasmir"] {
            let _ = std::fs::remove_dir_all(tmp.join(t));
        }
        // `-Ztime-passes` in all three (it costs nothing measurable) for the metadata sums.
        let check = || timed(cargo(&dir, &tmp.join("check"), "check", "-Ztime-passes"), "cargo check");
        let llvm = || timed(cargo(&dir, &tmp.join("llvm"), "build", "-Ztime-passes"), "LLVM build");
        let ours = || timed(cargo(&dir, &tmp.join("wasmir"), "build", &ours_flags), "WasmIR build");
        let (check, llvm, ours) = if round % 2 == 1 {
            let (c, l) = (check(), llvm());
            (c, l, ours())
        } else {
            let (o, l) = (ours(), llvm());
            (check(), l, o)
        };
        let (speedup, vs_check) = ratios(&check, &llvm, &ours);
        println!(
            "round {round} ({}): check {:.2} s, LLVM {:.2} s (codegen + link {:.2} s), ours {:.2} s (codegen + link {:.2} s): {speedup:.2}x, {vs_check:.2}x check",
            if round % 2 == 1 { "check, LLVM, ours" } else { "ours, LLVM, check" },
            check.wall.as_secs_f64(),
            llvm.wall.as_secs_f64(),
            llvm.codegen_link,
            ours.wall.as_secs_f64(),
            ours.codegen_link,
        );
        checks.push(check);
        llvms.push(llvm);
        ourss.push(ours);
    }
    let (out_llvm, out_ours) = (run_output(&wasm("llvm")), run_output(&wasm("wasmir")));
    assert_eq!(out_ours, out_llvm, "the two builds print different things");
    let size = |t: &str| std::fs::metadata(wasm(t)).unwrap().len();

    let median = |mut v: Vec<f64>| -> f64 {
        v.sort_by(f64::total_cmp);
        let n = v.len();
        if n % 2 == 1 { v[n / 2] } else { (v[n / 2 - 1] + v[n / 2]) / 2.0 }
    };
    let wall = |b: &[Build]| median(b.iter().map(|b| b.wall.as_secs_f64()).collect());
    let cl = |b: &[Build]| median(b.iter().map(|b| b.codegen_link).collect());
    println!("{:<44} {:>9} {:>22} {:>12}", "build (medians)", "wall (s)", "codegen + link (s)", "output (B)");
    println!("{:<44} {:>9.2} {:>22} {:>12}", "cargo check (floor)", wall(&checks), "-", "-");
    println!("{:<44} {:>9.2} {:>22.2} {:>12}", "cargo build, stock LLVM backend, opt-level 0", wall(&llvms), cl(&llvms), size("llvm"));
    println!("{:<44} {:>9.2} {:>22.2} {:>12}", "cargo build, rustc_codegen_wasmir dev", wall(&ourss), cl(&ourss), size("wasmir"));
    println!("({} and {} target crates code-generated)", llvms[0].crates, ourss[0].crates);
    let cpu = |b: &[Build]| median(b.iter().map(|b| b.cpu).collect());
    let md = |b: &[Build]| median(b.iter().map(|b| b.metadata).collect());
    println!("CPU time (user + system, medians): check {:.2} s, LLVM {:.2} s, ours {:.2} s", cpu(&checks), cpu(&llvms), cpu(&ourss));
    println!(
        "rustc's metadata step (with a build's MIR and mono item collection, any backend), summed over the target crates: check {:.2} s, LLVM {:.2} s, ours {:.2} s",
        md(&checks),
        md(&llvms),
        md(&ourss)
    );
    // Per round, then the medians.
    let per_round: Vec<(f64, f64)> = (0..rounds).map(|i| ratios(&checks[i], &llvms[i], &ourss[i])).collect();
    let speedup = median(per_round.iter().map(|r| r.0).collect());
    let vs_check = median(per_round.iter().map(|r| r.1).collect());
    let llvm_vs_check = median((0..rounds).map(|i| llvms[i].wall.as_secs_f64() / checks[i].wall.as_secs_f64()).collect());
    println!(
        "code generation + link: {speedup:.2}x faster than LLVM opt-level 0 (median of the rounds' ratios; of the median sums: {:.2}x) (goal: >= {CODEGEN_SPEEDUP_GOAL}x) {}",
        cl(&llvms) / cl(&ourss).max(1e-9),
        if speedup >= CODEGEN_SPEEDUP_GOAL { "met" } else { "NOT met" }
    );
    println!(
        "whole dev build: {vs_check:.2}x cargo check (median of the rounds' ratios; of the median walls: {:.2}x) (goal: <= {WHOLE_BUILD_GOAL:.2}x) {} (rounds within it: {} of {rounds}); stock LLVM: {llvm_vs_check:.2}x",
        wall(&ourss) / wall(&checks),
        if vs_check <= WHOLE_BUILD_GOAL { "met" } else { "NOT met" },
        per_round.iter().filter(|r| r.1 <= WHOLE_BUILD_GOAL).count(),
    );
    println!("output size: {:.2}x the LLVM build's", size("wasmir") as f64 / size("llvm") as f64);
    let _ = std::fs::remove_dir_all(&tmp);
}
