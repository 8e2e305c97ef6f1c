//! The image-filter example of the WasmRust spec, as written there.
//!
//! `sharpen` runs the spec's sharpening kernel through `convolve-3x3`, imported from
//! `wasmrust:gfx/gfx@2.1.0` (provided by `examples/gfx-provider`). Following gfx@2.1, `pixels`
//! is a binary greymap (netpbm P5) image and so is the result; `width` and `height` are kept
//! from the spec's signature.

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
