#[wasm::component(name = "bad", version = "1.0.0")]
mod bad {
    #[wasm::export]
    pub fn f(s: &str) -> u32 { s.len() as u32 }
}
fn main() {}
