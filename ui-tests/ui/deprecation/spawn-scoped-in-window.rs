//@ run-rustfix
//@ check-pass
//@ aux-build: wasm.rs
// WR0003 inside its window (2026-09-15 .. 2027-03-15): in `use` and in expressions.
use wasm::thread::spawn_scoped; //~ WARN WR0003

fn main() {
    let a = wasm::thread::spawn_scoped(|_| 1); //~ WARN WR0003
    let b = spawn_scoped(|_| 2);
    let c = wasm::thread::scope(|_| 3);
    assert_eq!(a + b + c, 6);
}
