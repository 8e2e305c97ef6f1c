//@ run-rustfix
//@ compile-flags: -Zwasm-host-profile=browser
//@ rustc-env: WASMRUST_TODAY=2026-12-01
// WR0002 from its removal date: `capability(js)` is an error pointing at the argument.
#[wasm::capability(threads, js)] //~ ERROR WR0002
fn call_js() {}

fn main() {
    call_js();
}
