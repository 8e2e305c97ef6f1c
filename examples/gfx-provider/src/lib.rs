//! A `gfx@2.1` provider: implements `wasmrust:gfx/gfx@2.1.0` as published in `wit/gfx.wit`
//! (bindings generated from the WIT file, signatures checked against it).

mod pgm;

#[wasm::component(wit = "wit/gfx.wit", world = "provider")]
mod provider {
    use wasm::memory::View;

    #[wasm::export]
    pub fn convolve_3x3(pixels: View<u8>, kernel: [f32; 9]) -> Vec<u8> {
        match crate::pgm::Image::parse(&pixels) {
            Ok(img) => img.convolve_3x3(&kernel).encode(),
            // The interface has no error channel: a malformed image traps the call.
            Err(e) => panic!("gfx.convolve-3x3: {e}"),
        }
    }
}
