#[wasm::component(name = "bad", version = "1.0.0")]
mod bad {
    #[wasm::export]
    pub fn f(n: u32) -> usize { n as usize }
}
fn main() {}
