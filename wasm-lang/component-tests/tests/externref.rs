//! `wasm::ExternRef` holding real JS objects: Node moves objects into the crate's externref
//! table, Rust holds them, drops clear slots and freed slots are reused
//! (js/externref.mjs asserts identity, clearing, reuse and bounded growth).

use anyhow::{Result, bail};
use component_tests::build::{cargo_wasmrust, examples_target_dir, repo_root};
use component_tests::Toolchain;
use std::process::Command;

#[test]
fn externrefs_hold_js_objects_and_reuse_slots() -> Result<()> {
    if Toolchain::skip_if_missing("externrefs_hold_js_objects_and_reuse_slots") {
        return Ok(());
    }
    let target = examples_target_dir();
    cargo_wasmrust(
        &repo_root().join("examples"),
        &target,
        &["build", "--profile", "reftables", "--target", "wasm32-unknown-unknown", "-p", "externref-demo"],
    )?;
    let wasm = target.join("wasm32-unknown-unknown/reftables/externref_demo.wasm");
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/js/externref.mjs");
    let out = Command::new("node").arg(script).arg(&wasm).output()?;
    if !out.status.success() {
        bail!("node externref.mjs failed:\n{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    }
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("ok: externref table"));
    Ok(())
}
