//@ compile-flags: -Zwasm-host-profile=embedded
// An exported function is an entry point: checked against the profile, like `main`.
#[wasm::capability(threads)]
fn spawn_worker() {}

#[unsafe(no_mangle)]
pub extern "C" fn start() {
    spawn_worker(); //~ ERROR E0993
}

fn main() {}
