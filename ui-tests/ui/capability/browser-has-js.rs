//@ check-pass
//@ compile-flags: -Zwasm-host-profile=browser
// The browser provides `js_interop`.
#[wasm::capability(js_interop)]
fn call_js() {}

fn main() {
    call_js();
}
