//@ compile-flags: -Zwasm-host-profile=wasmtime
// `js_interop` on wasmtime.
#[wasm::capability(js_interop)]
fn call_js() {}

fn main() {
    call_js(); //~ ERROR E0993
}
