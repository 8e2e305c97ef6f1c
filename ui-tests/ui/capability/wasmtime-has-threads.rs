//@ check-pass
//@ compile-flags: -Zwasm-host-profile=wasmtime
// wasmtime provides `threads` (wasi-threads).
#[wasm::capability(threads)]
fn spawn_worker() {}

fn main() {
    spawn_worker();
}
