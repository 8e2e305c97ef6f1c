//! Size of the image-filter component: WasmRust (`#[wasm::component]`) vs the standard way
//! (wit-bindgen), built side by side in one run with the same compiler and profile, each core
//! module run through `wasm-opt -Oz`, then made into a component with the same adapter.
//!
//! No stock Rust toolchain here has a wasm32 standard library, so the baseline is compiled by
//! the wasmrust toolchain too (its stock LLVM backend): the comparison isolates what the
//! bindings and runtime cost, not compiler differences.
//!
//! `cargo bench -p component-tests --bench size`

use anyhow::{Context, Result, bail};
use component_tests::build::{Toolchain, cargo_wasmrust, examples_target_dir, repo_root};
use component_tests::componentize::{componentize, validate};
use std::path::Path;
use std::process::Command;

struct Sizes {
    core: usize,
    core_opt: usize,
    component: usize,
}

fn measure(core_path: &Path) -> Result<Sizes> {
    let core = std::fs::read(core_path).with_context(|| format!("reading {}", core_path.display()))?;
    let opt_path = core_path.with_extension("opt.wasm");
    let st = Command::new("wasm-opt")
        .arg("-Oz")
        .arg("--enable-bulk-memory")
        .arg("--enable-sign-ext")
        .arg("--enable-mutable-globals")
        .arg("--enable-nontrapping-float-to-int")
        .arg("--enable-reference-types")
        .arg("--enable-multivalue")
        .arg(core_path)
        .arg("-o")
        .arg(&opt_path)
        .status()
        .context("cannot run wasm-opt (apt-get install binaryen)")?;
    if !st.success() {
        bail!("wasm-opt failed on {}", core_path.display());
    }
    let opt = std::fs::read(&opt_path)?;
    let component = componentize(&opt)?;
    validate(&component)?;
    Ok(Sizes { core: core.len(), core_opt: opt.len(), component: component.len() })
}

fn main() -> Result<()> {
    if std::env::args().any(|a| a == "--list") {
        return Ok(());
    }
    if !Toolchain::available() {
        println!("skipped: wasmrust toolchain not installed (size benchmark)");
        return Ok(());
    }
    let target = examples_target_dir();
    cargo_wasmrust(
        &repo_root().join("examples"),
        &target,
        &["build", "--release", "--target", "wasm32-wasip1", "-p", "image-filter", "-p", "image-filter-wit-bindgen"],
    )?;
    let out = target.join("wasm32-wasip1/release");
    let ours = measure(&out.join("image_filter.wasm"))?;
    let base = measure(&out.join("image_filter_wit_bindgen.wasm"))?;
    println!("image-filter component size (bytes), release (opt-level=s, lto, panic=abort), wasm32-wasip1");
    println!("{:<28} {:>12} {:>14} {:>8}", "", "WasmRust", "wit-bindgen", "ratio");
    for (label, a, b) in [
        ("core module", ours.core, base.core),
        ("core after wasm-opt -Oz", ours.core_opt, base.core_opt),
        ("component (optimized core)", ours.component, base.component),
    ] {
        println!("{label:<28} {a:>12} {b:>14} {:>8.3}", a as f64 / b as f64);
    }
    Ok(())
}
