#[derive(Clone, Copy, wasm::Pod)]
#[repr(C)]
struct Padded { a: u8, b: u32 }
fn main() {}
