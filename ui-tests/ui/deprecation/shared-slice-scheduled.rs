//@ check-pass
//@ aux-build: wasm.rs
//@ rustc-env: WASMRUST_TODAY=2026-09-30
// WR0004 the day before its `since` date: nothing is deprecated yet.
use wasm::SharedSlice;

fn main() {
    let _ = SharedSlice(&[1]);
}
