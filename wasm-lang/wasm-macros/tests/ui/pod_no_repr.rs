#[derive(Clone, Copy, wasm::Pod)]
struct NoRepr { a: u32 }
fn main() {}
