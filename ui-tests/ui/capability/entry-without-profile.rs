//@ check-pass
// `main` is checked against the profile only; without one everything is available.
#[wasm::capability(threads)]
fn spawn_worker() {}

fn main() {
    spawn_worker();
}
