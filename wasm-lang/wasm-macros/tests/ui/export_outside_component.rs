#[wasm::export]
pub fn f() -> u32 { 1 }
fn main() {}
