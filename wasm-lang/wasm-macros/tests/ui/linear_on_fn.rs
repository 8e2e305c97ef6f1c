#[wasm::linear]
fn f() {}
fn main() { f() }
