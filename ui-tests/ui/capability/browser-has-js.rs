//@ check-pass
//@ compile-flags: -Zwasm-host-profile=browser
// The browser provides `js`.
#[wasm::capability(js)]
fn call_js() {}

fn main() {
    call_js();
}
