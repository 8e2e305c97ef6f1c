#[wasm::component(name = "image-filter", version = "1.0.0")]
mod filter {
    #[wasm::import("gfx")]
    extern "wasm" { fn g() -> u32; }
    #[wasm::export]
    pub fn f() -> u32 { g() }
}
fn main() {}
