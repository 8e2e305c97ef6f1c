#[wasm::capability(threads, gpu)]
fn f() {}
fn main() { f() }
