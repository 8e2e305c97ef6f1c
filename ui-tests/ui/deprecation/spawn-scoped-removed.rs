//@ run-rustfix
//@ aux-build: wasm.rs
//@ rustc-env: WASMRUST_TODAY=2027-03-15
// WR0003 from its removal date: every use is an error; the `as` rename keeps its local name.
use wasm::thread::spawn_scoped as scoped; //~ ERROR WR0003

fn main() {
    let a = ::wasm::thread::spawn_scoped(|_| 1); //~ ERROR WR0003
    assert_eq!(a + scoped(|_| 2), 3);
}
