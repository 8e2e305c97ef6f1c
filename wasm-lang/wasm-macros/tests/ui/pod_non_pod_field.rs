#[derive(Clone, Copy, wasm::Pod)]
#[repr(C)]
struct HasBool { a: bool, b: [u8; 3] }
fn main() {}
