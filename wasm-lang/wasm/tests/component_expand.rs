//! Expansion tests: `#[wasm::component]` modules compile on the host, keep their Rust API, and
//! generate the WIT world the spec's example implies.

/// The spec's example, verbatim (its unused imports and parameters included).
#[allow(unused_imports, unused_variables)]
#[wasm::component(name = "image-filter", version = "1.0.0")]
mod filter {
    use wasm::{f32x4, externref, memory::View};

    #[wasm::import("gfx@2.1")]
    extern "wasm" { fn convolve_3x3(pixels: View<u8>, kernel: [f32; 9]) -> Vec<u8>; }

    #[wasm::export]
    pub fn sharpen(pixels: View<u8>, width: u32, height: u32) -> Vec<u8> {
        let kernel = [0.0, -1.0, 0.0, -1.0, 5.0, -1.0, 0.0, -1.0, 0.0];
        convolve_3x3(pixels, kernel)
    }
}

#[wasm::component(name = "shapes", version = "0.2")]
mod shapes {
    /// A point.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Point {
        pub x: f64,
        pub label: Option<String>,
    }

    #[wasm::export]
    pub fn centroid(points: Vec<Point>) -> Result<Point, String> {
        if points.is_empty() {
            return Err("no points".into());
        }
        let x = points.iter().map(|p| p.x).sum::<f64>() / points.len() as f64;
        Ok(Point { x, label: None })
    }

    #[wasm::export]
    pub fn wide(a: u8, b: u8, c: u8, d: u8, e: u8, f: u8, g: u8, h: u8, i: u8, j: u8, k: u8, l: u8, m: u8, n: u8, o: u8, p: u8, q: u8) -> u32 {
        [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q].iter().map(|x| *x as u32).sum()
    }
}

#[wasm::component(wit = "tests/wit/gfx.wit", world = "consumer")]
mod consumer {
    #[wasm::export]
    pub fn histogram(pixels: Vec<u8>) -> Vec<u32> {
        let mut h = vec![0u32; 256];
        for p in pixels {
            h[p as usize] += 1;
        }
        h
    }

    /// Uses the generated binding (only callable inside a component).
    pub fn brightest(pixels: Vec<u8>) -> u8 {
        gfx::measure(pixels).max
    }
}

#[test]
fn spec_example_generates_its_world() {
    let wit = filter::__WASM_COMPONENT_WIT;
    assert!(wit.contains("package wasmrust:image-filter@1.0.0;"), "{wit}");
    assert!(wit.contains("import wasmrust:gfx/gfx@2.1.0;"), "{wit}");
    assert!(wit.contains("export sharpen: func(pixels: list<u8>, width: u32, height: u32) -> list<u8>;"), "{wit}");
    assert!(wit.contains("convolve-3x3: func(pixels: list<u8>, kernel: tuple<f32, f32, f32, f32, f32, f32, f32, f32, f32>) -> list<u8>;"), "{wit}");
    let r = wit_gen::Resolved::from_text("f.wit", wit, Some("image-filter")).unwrap();
    assert_eq!(r.world_id(), "wasmrust:image-filter/image-filter@1.0.0");
}

#[test]
fn generated_wit_is_written_to_the_target_dir() {
    // Cargo runs tests with CARGO_TARGET_DIR unset unless the user set it; the macro falls back
    // to the target dir it was built in, which is the one running this test.
    let exe = std::env::current_exe().unwrap();
    let target = exe.ancestors().find(|p| p.join("wit").join("image-filter.wit").exists());
    let target = target.expect("image-filter.wit under some ancestor of the test binary");
    let on_disk = std::fs::read_to_string(target.join("wit/image-filter.wit")).unwrap();
    assert_eq!(on_disk, filter::__WASM_COMPONENT_WIT);
}

#[test]
fn exported_functions_stay_callable_rust() {
    let p = shapes::Point { x: 1.0, label: Some("a".into()) };
    let q = shapes::Point { x: 3.0, label: None };
    assert_eq!(shapes::centroid(vec![p, q]).unwrap().x, 2.0);
    assert_eq!(shapes::centroid(vec![]), Err("no points".to_string()));
    assert_eq!(shapes::wide(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), 17);
    assert_eq!(consumer::histogram(vec![3, 3, 7])[3], 2);
}

#[test]
fn records_get_canonical_abi_impls() {
    use wasm::abi::{Abi, FlatReader, FlatWriter, Lift, Lower};
    // record point { x: f64, label: option<string> }: 8 + (4 + 8) -> 24 bytes, align 8, 4 flats.
    assert_eq!((shapes::Point::SIZE, shapes::Point::ALIGN, shapes::Point::FLAT), (24, 8, 4));
    let p = shapes::Point { x: 0.5, label: Some("hi".into()) };
    let mut w = FlatWriter::new();
    p.clone().lower(&mut w);
    let back = unsafe { shapes::Point::lift(&mut FlatReader::new(w.as_slice())) };
    assert_eq!(back, p);
}

#[test]
fn wit_mode_generates_records_and_import_bindings() {
    let s = consumer::Stats { min: 1, max: 9, mean: 4.5 };
    assert_eq!(s.clone(), s);
    let wit = consumer::__WASM_COMPONENT_WIT;
    assert!(wit.contains("world consumer"), "{wit}");
    let r = std::panic::catch_unwind(|| consumer::brightest(vec![1, 2]));
    let msg = panic_message(r.unwrap_err());
    assert!(msg.contains("can only be called inside a WebAssembly component"), "{msg}");
}

#[test]
fn import_outside_wasm_is_a_clear_panic() {
    let r = std::panic::catch_unwind(|| filter::sharpen(vec![1u8, 2, 3].into(), 1, 3));
    let msg = panic_message(r.unwrap_err());
    assert_eq!(msg, "component import `wasmrust:gfx/gfx@2.1.0#convolve-3x3` can only be called inside a WebAssembly component (wasm32)");
}

fn panic_message(e: Box<dyn std::any::Any + Send>) -> String {
    match e.downcast::<String>() {
        Ok(s) => *s,
        Err(e) => e.downcast::<&str>().map(|s| s.to_string()).unwrap_or_default(),
    }
}
