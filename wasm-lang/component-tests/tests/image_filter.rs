//! The spec's image-filter example, end to end: built by the wasmrust toolchain, made into a
//! component, composed with the gfx@2.1 provider, run in Wasmtime on a real photograph, and
//! compared pixel for pixel with the plain-Rust reference.

use anyhow::Result;
use component_tests::componentize::{compose, componentize, read, validate};
use component_tests::pgm::Gray;
use component_tests::run::Instance;
use component_tests::{Toolchain, build_examples};
use std::sync::OnceLock;

struct Components {
    filter: Vec<u8>,
    provider: Vec<u8>,
    composed: Vec<u8>,
}

fn components() -> &'static Components {
    static C: OnceLock<Components> = OnceLock::new();
    C.get_or_init(|| {
        let ex = build_examples().expect("building examples/ with the wasmrust toolchain");
        let filter = componentize(&read(&ex.image_filter).unwrap()).expect("image-filter component");
        let provider = componentize(&read(&ex.gfx_provider).unwrap()).expect("gfx-provider component");
        let composed = compose(&filter, &provider).expect("composition");
        Components { filter, provider, composed }
    })
}

fn photo() -> Gray {
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/data/f3-discovery.pgm")).unwrap();
    Gray::parse(&bytes).unwrap()
}

#[test]
fn components_validate() -> Result<()> {
    if Toolchain::skip_if_missing("components_validate") {
        return Ok(());
    }
    let c = components();
    validate(&c.filter)?;
    validate(&c.provider)?;
    validate(&c.composed)?;
    Ok(())
}

#[test]
fn image_filter_wit_round_trips_and_matches_the_generated_world() -> Result<()> {
    if Toolchain::skip_if_missing("image_filter_wit_round_trips") {
        return Ok(());
    }
    let c = components();
    let wit_component::DecodedWasm::Component(resolve, world) = wit_component::decode(&c.filter)? else {
        panic!("expected a component");
    };
    // Print the component's own world as WIT, parse it again, print again: a fixpoint.
    let pkg = resolve.worlds[world].package.unwrap();
    let nested: Vec<_> = resolve.topological_packages().into_iter().filter(|p| *p != pkg).collect();
    let mut printer = wit_component::WitPrinter::default();
    printer.print(&resolve, pkg, &nested)?;
    let text = printer.output.to_string();
    let again = wit_gen::Resolved::from_text("decoded.wit", &text, None)?;
    assert_eq!(again.to_wit()?, text);

    // The world inside the component is the one #[wasm::component] wrote to the target dir.
    let generated_path = build_examples()?.target_dir.join("wit/image-filter.wit");
    let generated = std::fs::read_to_string(&generated_path)?;
    let gen_resolved = wit_gen::Resolved::from_text("image-filter.wit", &generated, Some("image-filter"))?;
    let names = |r: &wit_parser::Resolve, w: wit_parser::WorldId| {
        let w = &r.worlds[w];
        let imports: Vec<String> = w.imports.keys().map(|k| r.name_world_key(k)).filter(|n| !n.starts_with("wasi:")).collect();
        let exports: Vec<String> = w.exports.keys().map(|k| r.name_world_key(k)).collect();
        (imports, exports)
    };
    assert_eq!(names(&resolve, world), names(&gen_resolved.resolve, gen_resolved.world));
    assert_eq!(names(&resolve, world), (vec!["wasmrust:gfx/gfx@2.1.0".to_string()], vec!["sharpen".to_string()]));
    Ok(())
}

#[test]
fn composition_satisfies_the_gfx_import() -> Result<()> {
    if Toolchain::skip_if_missing("composition_satisfies_the_gfx_import") {
        return Ok(());
    }
    let wit_component::DecodedWasm::Component(resolve, world) = wit_component::decode(&components().composed)? else {
        panic!("expected a component");
    };
    let imports: Vec<String> = resolve.worlds[world].imports.keys().map(|k| resolve.name_world_key(k)).collect();
    assert!(!imports.iter().any(|i| i.starts_with("wasmrust:gfx")), "{imports:?}");
    assert!(imports.iter().all(|i| i.starts_with("wasi:")), "{imports:?}");
    Ok(())
}

#[test]
fn sharpen_equals_the_reference_pixel_for_pixel() -> Result<()> {
    if Toolchain::skip_if_missing("sharpen_equals_the_reference") {
        return Ok(());
    }
    let img = photo();
    let expected = img.sharpen();
    let mut inst = Instance::new(&components().composed)?;
    let out = inst.sharpen(&img.to_p5(), img.width as u32, img.height as u32)?;
    let got = Gray::parse(&out)?;
    assert_eq!((got.width, got.height), (img.width, img.height));
    let differing = got.data.iter().zip(&expected.data).filter(|(a, b)| a != b).count();
    assert_eq!(differing, 0, "{differing} of {} pixels differ", got.data.len());
    // The filter did something: a sharpened photo differs from the original.
    assert_ne!(got.data, img.data);
    // Calling twice in one instance works (post-return freed the first result).
    let out2 = inst.sharpen(&img.to_p5(), img.width as u32, img.height as u32)?;
    assert_eq!(out2, out);
    Ok(())
}

#[test]
fn provider_alone_matches_and_traps_on_bad_input() -> Result<()> {
    if Toolchain::skip_if_missing("provider_alone") {
        return Ok(());
    }
    let img = photo();
    let mut inst = Instance::new(&components().provider)?;
    let k = [0.0, -1.0, 0.0, -1.0, 5.0, -1.0, 0.0, -1.0, 0.0];
    assert_eq!(Gray::parse(&inst.convolve_3x3(&img.to_p5(), k)?)?, img.sharpen());
    let mut inst = Instance::new(&components().provider)?;
    let err = inst.convolve_3x3(b"not an image", k).unwrap_err();
    assert!(format!("{err:?}").contains("wasm trap"), "{err:?}");
    Ok(())
}
