//@ run-rustfix
//@ check-pass
//@ rustc-env: WASMRUST_TODAY=2026-09-01
// WR0001 on its last day: `#[wasm::leak_ok]` warns and still allows the leak.
#[wasm::linear]
struct Canvas;

#[wasm::leak_ok] //~ WARN WR0001
fn keep_forever(c: Canvas) {
    std::mem::forget(c);
}

fn main() {
    keep_forever(Canvas);
}
