//@ check-pass
// A closure inherits its function's capabilities.
#[wasm::capability(threads)]
fn spawn_worker() {}

#[wasm::capability(threads)]
fn start() {
    let go = || spawn_worker();
    go();
}

fn main() {
    start();
}
