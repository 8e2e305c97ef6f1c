#[wasm::component(name = "image-filter")]
mod filter {
    #[wasm::export]
    pub fn f() -> u32 { 1 }
}
fn main() {}
