// Turning a capability function into a pointer counts as calling it.
#[wasm::capability(threads)]
fn spawn_worker() {}

fn take_pointer() -> fn() {
    spawn_worker //~ ERROR E0992
}

fn main() {
    take_pointer()();
}
