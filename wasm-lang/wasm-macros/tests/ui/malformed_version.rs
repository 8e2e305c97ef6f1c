#[wasm::component(name = "image-filter", version = "one")]
mod filter {
    #[wasm::export]
    pub fn f() -> u32 { 1 }
}
fn main() {}
