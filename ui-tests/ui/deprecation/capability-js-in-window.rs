//@ run-rustfix
//@ check-pass
//@ compile-flags: -Zwasm-host-profile=browser
//@ rustc-env: WASMRUST_TODAY=2026-11-30
// WR0002 on its last day: `capability(js)` warns and still means `js_interop`, which the
// browser provides.
#[wasm::capability(threads, js)] //~ WARN WR0002
fn call_js() {}

fn main() {
    call_js();
}
