//@ check-pass
// Declaring the capability satisfies the caller check.
#[wasm::capability(threads)]
fn spawn_worker() {}

#[wasm::capability(threads)]
fn start() {
    spawn_worker();
}

fn main() {
    start();
}
