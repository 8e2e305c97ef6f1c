//@ compile-flags: -Zwasm-host-profile=embedded
//@ aux-build: wasm.rs
// A crate named `wasm` whose `thread::spawn` needs `threads`, called while targeting embedded.

fn main() {
    wasm::thread::spawn(|| {}); //~ ERROR E0993
}
