//@ check-pass
// Taking a pointer inside a function that declares the capability.
#[wasm::capability(threads)]
fn spawn_worker() {}

#[wasm::capability(threads)]
fn take_pointer() -> fn() {
    spawn_worker
}

fn main() {
    take_pointer()();
}
