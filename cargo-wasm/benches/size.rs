//! Size of `cargo wasm build --release` against the standard path, side by side in one run.
//!
//! The standard path is the stock Rust toolchain (rustup's `stable`, or
//! `$WASMRUST_BASELINE_TOOLCHAIN`, with `rustup target add wasm32-wasip1 wasm32-unknown-unknown`)
//! used the documented way: `cargo build --release` with the project's own release profile,
//! then `wasm-opt -Oz`, and for the image filter the wit-bindgen version of the crate made into
//! a component with wit-component and the WASI preview1 adapter (what cargo-component does).
//! A second baseline column gives the stock toolchain the size profile people are told to
//! use (`opt-level = "z"`, fat LTO, one codegen unit, `panic = "abort"`), so the ratio is
//! shown against a tuned standard build too. `cargo wasm build --release` adds its
//! size-first profile, std rebuilt with panic=immediate-abort, wasm-opt -Oz, the compact
//! allocator and component wrapping; the image filter is also built with std's allocator
//! (`--allocator system`) to show that part of the difference.
//!
//! `cargo bench -p cargo-wasm --bench size`

use anyhow::{Context, Result, bail};
use cargo_wasm::toolchain::{Baseline, Toolchain, baseline_toolchain, isolated_cargo};
use std::path::{Path, PathBuf};

struct Program {
    label: &'static str,
    manifest: PathBuf,
    package: &'static str,
    /// The package the standard path builds (the wit-bindgen twin for the image filter).
    standard_package: &'static str,
    target: &'static str,
    component: bool,
}

/// The stock toolchain's build, wasm-opt -Oz, and (image filter) wit-component; `tuned` adds
/// the size profile through `CARGO_PROFILE_RELEASE_*`.
fn standard(baseline: &str, p: &Program, target_dir: &Path, tuned: bool) -> Result<(u64, u64)> {
    let mut cmd = isolated_cargo(baseline, target_dir);
    cmd.args(["build", "--release", "--target", p.target, "-p", p.standard_package, "--manifest-path"]).arg(&p.manifest);
    if tuned {
        for (k, v) in [("OPT_LEVEL", "z"), ("LTO", "fat"), ("CODEGEN_UNITS", "1"), ("PANIC", "abort")] {
            cmd.env(format!("CARGO_PROFILE_RELEASE_{k}"), v);
        }
    }
    let out = cmd.output().context("cargo (stock toolchain) build")?;
    if !out.status.success() {
        bail!("standard build of {} failed:\n{}", p.standard_package, String::from_utf8_lossy(&out.stderr));
    }
    let dir = target_dir.join(p.target).join("release");
    let file = [format!("{}.wasm", p.standard_package), format!("{}.wasm", p.standard_package.replace('-', "_"))]
        .into_iter()
        .map(|f| dir.join(f))
        .find(|f| f.is_file())
        .with_context(|| format!("no wasm for {} in {}", p.standard_package, dir.display()))?;
    let raw = std::fs::metadata(&file)?.len();
    let opt = cargo_wasm::wasm_opt::optimize(&file, &["-Oz".to_string()], p.manifest.parent().unwrap())?;
    let bytes = if p.component { cargo_wasm::componentize::componentize(&opt.bytes)? } else { opt.bytes };
    Ok((raw, bytes.len() as u64))
}

fn ours(p: &Program, target_dir: &Path, extra: &[&str]) -> Result<(u64, u64)> {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_cargo-wasm"))
        .args(["wasm", "build", "--release", "--message-format", "json", "--target", p.target, "-p", p.package, "--manifest-path"])
        .arg(&p.manifest)
        .args(extra)
        .env("CARGO_TARGET_DIR", target_dir)
        .env_remove("RUSTFLAGS")
        .output()
        .context("cargo wasm build")?;
    if !out.status.success() {
        bail!("cargo wasm build -p {} failed:\n{}", p.package, String::from_utf8_lossy(&out.stderr));
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    let a: serde_json::Value = stdout
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .find(|v| v["reason"] == "wasm-artifact")
        .context("no wasm-artifact message")?;
    if a["component"].as_bool() != Some(p.component) {
        bail!("{}: expected component = {}", p.package, p.component);
    }
    Ok((a["core_size"].as_u64().unwrap_or(0), a["size"].as_u64().unwrap_or(0)))
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    // One line, no backtrace, non-zero exit (an anyhow error returned from main prints one
    // under RUST_BACKTRACE).
    if let Err(e) = run() {
        eprintln!("error: {e:#}");
        std::process::exit(1);
    }
}

fn run() -> Result<()> {
    let Ok(tc) = Toolchain::detect() else {
        println!("skipped: wasmrust toolchain not installed (size benchmark)");
        return Ok(());
    };
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let programs_manifest = here.join("benches/programs/Cargo.toml");
    let examples = here.parent().unwrap().join("examples/Cargo.toml");
    let programs = [
        Program { label: "hello (println)", manifest: programs_manifest.clone(), package: "hello", standard_package: "hello", target: "wasm32-wasip1", component: false },
        Program { label: "JSON round trip (serde_json)", manifest: programs_manifest.clone(), package: "json-roundtrip", standard_package: "json-roundtrip", target: "wasm32-wasip1", component: false },
        Program { label: "numeric kernel (cdylib)", manifest: programs_manifest.clone(), package: "numeric-kernel", standard_package: "numeric-kernel", target: "wasm32-unknown-unknown", component: false },
        Program { label: "image-filter (component)", manifest: examples, package: "image-filter", standard_package: "image-filter-wit-bindgen", target: "wasm32-wasip1", component: true },
    ];
    let exe = std::env::current_exe()?;
    let base = exe.ancestors().nth(3).context("target dir")?.join(format!("cargo-wasm-size-bench-{}", tc.build_id()));
    let Baseline { name: baseline, version } = baseline_toolchain(&["wasm32-wasip1", "wasm32-unknown-unknown"])?;
    println!(
        "Output size in bytes. standard: `cargo +{baseline} build --release` ({}) + wasm-opt -Oz [+ wit-bindgen component]; \
         tuned: the same with opt-level=z, fat LTO, 1 CGU, panic=abort; cargo-wasm: `cargo wasm build --release` (wasmrust toolchain)",
        version
    );
    println!(
        "{:<30} {:>9} {:>10} {:>10} {:>9} {:>11} {:>10} {:>10}",
        "program", "std raw", "standard", "tuned", "ours raw", "cargo-wasm", "ratio", "vs tuned"
    );
    let mut ratios = Vec::new();
    let mut filter_standard = None;
    for p in &programs {
        // Progress on stderr (the table stays clean on stdout); each build takes minutes cold.
        eprintln!("[{}] standard build (cargo +{baseline}) ...", p.package);
        let (s_raw, s) = standard(&baseline, p, &base.join("standard"), false)?;
        if p.component {
            filter_standard = Some(s);
        }
        eprintln!("[{}] tuned standard build ...", p.package);
        let (_, t) = standard(&baseline, p, &base.join("standard-tuned"), true)?;
        eprintln!("[{}] cargo wasm build --release ...", p.package);
        let (o_raw, o) = ours(p, &base.join("cargo-wasm"), &[])?;
        let (r, rt) = (o as f64 / s as f64, o as f64 / t as f64);
        ratios.push((r, rt));
        println!("{:<30} {:>9} {:>10} {:>10} {:>9} {:>11} {:>10.3} {:>10.3}", p.label, s_raw, s, t, o_raw, o, r, rt);
    }
    let geo = |f: fn(&(f64, f64)) -> f64| (ratios.iter().map(|r| f(r).ln()).sum::<f64>() / ratios.len() as f64).exp();
    println!(
        "geometric mean ratio: {:.3} vs standard, {:.3} vs tuned (goal: 0.5 or less, i.e. half the standard size)",
        geo(|r| r.0),
        geo(|r| r.1)
    );
    for (p, r) in programs.iter().zip(&ratios) {
        println!("  {:<30} {}", p.label, if r.0 <= 0.5 { "meets the goal" } else { "does not meet the goal" });
    }
    // How much of the image filter's gain is the allocator: the same build with std's.
    let filter = programs.iter().find(|p| p.component).context("image-filter")?;
    let standard_size = filter_standard.context("image-filter's standard size")?;
    eprintln!("[{}] cargo wasm build --release --allocator system ...", filter.package);
    let (_, sys) = ours(filter, &base.join("cargo-wasm-system-alloc"), &["--allocator", "system"])?;
    println!(
        "  {} with --allocator system (std's dlmalloc): {sys} bytes, ratio {:.3}",
        filter.label,
        sys as f64 / standard_size as f64
    );
    Ok(())
}
