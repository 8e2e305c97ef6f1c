//! Cross-language canonical ABI: a gfx@2.1 provider written in C (clang-22, wasm32-wasip1,
//! Debian wasi-libc) composed with the Rust image-filter component. The Rust side lowers a
//! list<u8> and nine f32 into the C module; the C side lowers a list<u8> back.

use anyhow::Result;
use component_tests::build::{build_c_provider, c_toolchain_available};
use component_tests::componentize::{compose, componentize, embed_wit, read, validate};
use component_tests::pgm::Gray;
use component_tests::run::Instance;
use component_tests::{Toolchain, build_examples};

#[test]
fn rust_image_filter_with_c_gfx_provider() -> Result<()> {
    if Toolchain::skip_if_missing("rust_image_filter_with_c_gfx_provider") {
        return Ok(());
    }
    if !c_toolchain_available() {
        println!("skipped: clang-22/wasm-ld-22 not installed (rust_image_filter_with_c_gfx_provider)");
        return Ok(());
    }
    let dir = tempfile::tempdir()?;
    let mut core = read(&build_c_provider(dir.path())?)?;
    let wit = component_tests::build::repo_root().join("examples/gfx-provider/wit/gfx.wit");
    embed_wit(&mut core, &wit, "provider")?;
    let c_provider = componentize(&core)?;
    validate(&c_provider)?;

    let filter = componentize(&read(&build_examples()?.image_filter)?)?;
    let composed = compose(&filter, &c_provider)?;
    validate(&composed)?;

    let img = Gray::parse(&std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/data/f3-discovery.pgm"))?)?;
    let out = Instance::new(&composed)?.sharpen(&img.to_p5(), img.width as u32, img.height as u32)?;
    assert_eq!(Gray::parse(&out)?, img.sharpen(), "C provider output differs from the reference");
    Ok(())
}
