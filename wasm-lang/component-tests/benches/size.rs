//! Size of the image-filter component: WasmRust (`#[wasm::component]`, wasmrust toolchain) vs
//! the same logic built the standard way (wit-bindgen on the stock Rust compiler), side by side
//! in one run.
//!
//! * **WasmRust**: `examples/image-filter` built by `cargo +wasmrust build --release
//!   --target wasm32-wasip1`;
//! * **stock wit-bindgen**: `examples/image-filter-wit-bindgen` built by `rustup run stable
//!   cargo build --release --target wasm32-wasip1` (rustup's `stable`, or
//!   `$WASMRUST_BASELINE_TOOLCHAIN`), in its own target dir;
//! * **wit-bindgen on wasmrust**: the same wit-bindgen crate built by the wasmrust toolchain,
//!   which separates what the bindings cost from what the compiler does.
//!
//! All three use the examples' release profile (opt-level=s, fat LTO, 1 CGU, panic=abort); each
//! core module goes through `wasm-opt -Oz` and is then made into a component with the same
//! WASI preview1 adapter (what cargo-component does).
//!
//! `cargo bench -p component-tests --bench size`

use anyhow::{Context, Result, bail};
use component_tests::build::{Toolchain, cargo_wasmrust, examples_target_dir, repo_root, rustup_cargo};
use component_tests::componentize::{componentize, validate};
use cargo_wasm::toolchain::{Baseline, baseline_toolchain};
use std::path::{Path, PathBuf};
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

/// `rustup run <stock> cargo build --release --target wasm32-wasip1 -p <package>` in `dir`,
/// with its own target dir; returns the core module's path.
fn cargo_stock(stock: &str, dir: &Path, target_dir: &Path, package: &str) -> Result<PathBuf> {
    let out = rustup_cargo(stock, dir, target_dir)
        .args(["build", "--release", "--target", "wasm32-wasip1", "-p", package])
        .output().with_context(|| format!("cannot run rustup run {stock} cargo in {}", dir.display()))?;
    if !out.status.success() {
        bail!("`cargo +{stock} build --release --target wasm32-wasip1 -p {package}` failed in {}:\n{}", dir.display(), String::from_utf8_lossy(&out.stderr));
    }
    Ok(target_dir.join("wasm32-wasip1/release").join(format!("{}.wasm", package.replace('-', "_"))))
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
    if !Toolchain::available() {
        println!("skipped: wasmrust toolchain not installed (size benchmark)");
        return Ok(());
    }
    let Baseline { name: stock, version: stock_version } = baseline_toolchain(&["wasm32-wasip1"])?;
    let examples = repo_root().join("examples");
    let target = examples_target_dir();
    eprintln!("building image-filter and image-filter-wit-bindgen with the wasmrust toolchain ...");
    cargo_wasmrust(&examples, &target, &["build", "--release", "--target", "wasm32-wasip1", "-p", "image-filter", "-p", "image-filter-wit-bindgen"])?;
    let out = target.join("wasm32-wasip1/release");
    eprintln!("building image-filter-wit-bindgen with the stock toolchain ({stock_version}) ...");
    let stock_target = target.with_file_name(format!("wasm-examples-stock-{stock}"));
    let stock_core = cargo_stock(&stock, &examples, &stock_target, "image-filter-wit-bindgen")?;

    let ours = measure(&out.join("image_filter.wasm"))?;
    let base = measure(&stock_core)?;
    let wb_wr = measure(&out.join("image_filter_wit_bindgen.wasm"))?;
    println!("image-filter component size (bytes), release (opt-level=s, fat LTO, 1 CGU, panic=abort), wasm32-wasip1, WASI preview1 reactor adapter");
    let wasm_opt = Command::new("wasm-opt").arg("--version").output().map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string()).unwrap_or_default();
    println!("stock: {stock_version} (rustup `{stock}`) + wit-bindgen 0.61; WasmRust: #[wasm::component] on the wasmrust toolchain; {wasm_opt}");
    println!("{:<28} {:>10} {:>14} {:>8} {:>16} {:>8}", "", "WasmRust", "stock+wit-bg", "ratio", "wasmrust+wit-bg", "ratio");
    for (label, a, b, c) in [
        ("core module", ours.core, base.core, wb_wr.core),
        ("core after wasm-opt -Oz", ours.core_opt, base.core_opt, wb_wr.core_opt),
        ("component (optimized core)", ours.component, base.component, wb_wr.component),
    ] {
        println!("{label:<28} {a:>10} {b:>14} {:>8.3} {c:>16} {:>8.3}", a as f64 / b as f64, a as f64 / c as f64);
    }
    println!("ratio = WasmRust / that column (below 1: WasmRust is smaller)");
    Ok(())
}
