//! A library whose function needs `threads`, spelled as the `wasm` crate's macros expand it.
#[wasmrust::capability(threads)]
pub fn spawn() {}
