#[wasm::component(name = "bad", version = "1.0.0")]
mod bad {
    pub struct Pair(u32, u32);
    #[wasm::export]
    pub fn f(p: Pair) -> u32 { p.0 + p.1 }
}
fn main() {}
