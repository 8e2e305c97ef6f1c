//! examples/image-filter written the standard way, with wit-bindgen: the baseline of the
//! size benchmark (wasm-lang/component-tests/benches/size.rs).

wit_bindgen::generate!({ path: "wit/image-filter.wit", world: "image-filter", generate_all });

struct Filter;

impl Guest for Filter {
    fn sharpen(pixels: Vec<u8>, _width: u32, _height: u32) -> Vec<u8> {
        let kernel = (0.0, -1.0, 0.0, -1.0, 5.0, -1.0, 0.0, -1.0, 0.0);
        wasmrust::gfx::gfx::convolve_3x3(&pixels, kernel)
    }
}

export!(Filter);
