//@ compile-flags: -Zwasm-host-profile=wasmtime
// `js` on wasmtime.
#[wasm::capability(js)]
fn call_js() {}

fn main() {
    call_js(); //~ ERROR E0993
}
