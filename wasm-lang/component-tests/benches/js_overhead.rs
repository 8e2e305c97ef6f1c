//! JS call overhead: the same exports (add, a string round trip, a byte-slice sum) through
//! WasmRust's `#[wasm::js]` + `wasm-js-glue` (examples/js-demo) and through wasm-bindgen
//! (examples/js-bench-wasm-bindgen), both built by the wasmrust toolchain with the same
//! profile, timed in one Node process (js/call-overhead.mjs), printed with ratios.
//!
//! Needs `wasm-bindgen` (wasm-bindgen-cli) of exactly the version examples/Cargo.lock pins:
//! `cargo install wasm-bindgen-cli --version =<that> --no-default-features`; `$WASM_BINDGEN`
//! may name the binary. Run: `cargo bench -p component-tests --bench js_overhead`.

use anyhow::{Context, Result, bail};
use component_tests::Toolchain;
use component_tests::build::{cargo_wasmrust, examples_target_dir, repo_root};
use std::path::Path;
use std::process::Command;

fn pinned_wasm_bindgen() -> Result<String> {
    let lock = std::fs::read_to_string(repo_root().join("examples/Cargo.lock")).context("reading examples/Cargo.lock")?;
    let mut lines = lock.lines();
    while let Some(l) = lines.next() {
        if l == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|v| v.strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_string());
            }
        }
    }
    bail!("examples/Cargo.lock pins no wasm-bindgen")
}

fn main() -> Result<()> {
    if Toolchain::skip_if_missing("js_overhead bench") {
        return Ok(());
    }
    let want = pinned_wasm_bindgen()?;
    let cli = std::env::var("WASM_BINDGEN").unwrap_or_else(|_| "wasm-bindgen".into());
    let have = Command::new(&cli).arg("--version").output().ok().filter(|o| o.status.success()).map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());
    match &have {
        Some(v) if v.split_whitespace().nth(1) == Some(want.as_str()) => {}
        other => {
            println!(
                "skipped: js_overhead needs wasm-bindgen-cli {want} (found {}); cargo install wasm-bindgen-cli --version ={want} --no-default-features, or set WASM_BINDGEN",
                other.as_deref().unwrap_or("none")
            );
            return Ok(());
        }
    }
    let target = examples_target_dir();
    cargo_wasmrust(
        &repo_root().join("examples"),
        &target,
        &["build", "--release", "--target", "wasm32-unknown-unknown", "-p", "js-demo", "-p", "js-bench-wasm-bindgen"],
    )?;
    let built = target.join("wasm32-unknown-unknown/release");
    let dir = tempfile::tempdir()?;
    let ours = dir.path().join("ours");
    js_glue::write(&built.join("js_demo.wasm"), &ours, "js_demo", js_glue::Target::Node)?;
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("js/js-demo-env.mjs"), ours.join("env.mjs"))?;
    let wbg = dir.path().join("wbg");
    let st = Command::new(&cli)
        .args(["--target", "web", "--out-dir"])
        .arg(&wbg)
        .arg(built.join("js_bench_wasm_bindgen.wasm"))
        .status()
        .context("running wasm-bindgen")?;
    if !st.success() {
        bail!("wasm-bindgen failed");
    }
    let out = Command::new("node")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("js/call-overhead.mjs"))
        .arg(ours.join("js_demo.js"))
        .arg(wbg.join("js_bench_wasm_bindgen.js"))
        .output()
        .context("running node")?;
    if !out.status.success() {
        bail!("call-overhead.mjs failed:\n{}", String::from_utf8_lossy(&out.stderr));
    }
    println!("JS call overhead, WasmRust #[wasm::js] glue vs wasm-bindgen {want} (both built by wasmrust, release profile)");
    print!("{}", String::from_utf8_lossy(&out.stdout));
    Ok(())
}
