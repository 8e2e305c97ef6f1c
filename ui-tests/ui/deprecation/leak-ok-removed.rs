//@ run-rustfix
//@ rustc-env: WASMRUST_TODAY=2026-09-02
// WR0001 from its removal date: `#[wasm::leak_ok]` is an error with the replacement.
#[wasm::linear]
struct Canvas;

#[wasm::leak_ok] //~ ERROR WR0001
fn keep_forever(c: Canvas) {
    std::mem::forget(c);
}

fn main() {
    keep_forever(Canvas);
}
