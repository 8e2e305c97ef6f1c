//! The composed image-filter component in Node, through jco (transpiled to JS + core wasm,
//! WASI from @bytecodealliance/preview2-shim). Needs `npm ci` in wasm-lang/component-tests/js.

use anyhow::{Context, Result, bail};
use component_tests::componentize::{compose, componentize, read};
use component_tests::pgm::Gray;
use component_tests::{Toolchain, build_examples};
use std::path::Path;
use std::process::Command;

#[test]
fn image_filter_runs_in_node_through_jco() -> Result<()> {
    if Toolchain::skip_if_missing("image_filter_runs_in_node_through_jco") {
        return Ok(());
    }
    let js = Path::new(env!("CARGO_MANIFEST_DIR")).join("js");
    let jco = js.join("node_modules/@bytecodealliance/jco/dist/jco.js");
    if !jco.exists() || !js.join("node_modules/@bytecodealliance/preview2-shim").exists() {
        println!("skipped: jco not installed (run `npm ci` in {})", js.display());
        eprintln!("skipped: jco not installed (run `npm ci` in {})", js.display());
        return Ok(());
    }
    let ex = build_examples()?;
    let composed = compose(
        &componentize(&read(&ex.image_filter)?)?,
        &componentize(&read(&ex.gfx_provider)?)?,
    )?;
    // Output inside js/ so the generated module resolves the shim from js/node_modules.
    std::fs::create_dir_all(js.join(".out"))?;
    let out = tempfile::tempdir_in(js.join(".out"))?;
    let wasm = out.path().join("image-filter.wasm");
    std::fs::write(&wasm, &composed)?;
    node(Command::new("node").arg(&jco).arg("transpile").arg(&wasm).args(["--name", "image-filter", "-o"]).arg(out.path().join("js")))?;

    let img = Gray::parse(&std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/data/f3-discovery.pgm"))?)?;
    let input = out.path().join("in.pgm");
    let output = out.path().join("out.pgm");
    std::fs::write(&input, img.to_p5())?;
    node(Command::new("node")
        .arg(js.join("run-sharpen.mjs"))
        .arg(out.path().join("js/image-filter.js"))
        .arg(&input)
        .arg(&output)
        .arg(img.width.to_string())
        .arg(img.height.to_string()))?;
    let got = Gray::parse(&std::fs::read(&output)?)?;
    assert_eq!(got, img.sharpen(), "jco/node output differs from the reference");
    Ok(())
}

fn node(cmd: &mut Command) -> Result<()> {
    let o = cmd.output().context("cannot run node")?;
    if !o.status.success() {
        bail!("{:?} failed:\n{}{}", cmd, String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
    }
    Ok(())
}
