//@ run-rustfix
//@ check-pass
//@ aux-build: wasm.rs
// WR0004 inside its window: only the moved segment is replaced, so nested `use` stays valid.
use wasm::{memory::View, SharedSlice}; //~ WARN WR0004

fn share(data: &[u8]) -> wasm::SharedSlice<'_> { //~ WARN WR0004
    SharedSlice(data)
}

fn main() {
    let _ = (View, share(&[1, 2, 3]), wasm::memory::SharedSlice(&[]));
}
