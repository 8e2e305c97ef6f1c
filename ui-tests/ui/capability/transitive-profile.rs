//@ compile-flags: -Zwasm-host-profile=embedded
// The requirement propagates; each call is checked against the profile.
#[wasm::capability(threads)]
fn spawn_worker() {}

#[wasm::capability(threads)]
fn pool() {
    spawn_worker(); //~ ERROR E0993
}

fn main() {
    pool(); //~ ERROR E0993
}
