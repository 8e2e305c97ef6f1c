//@ compile-flags: -Zwasm-host-profile=embedded
// The requirement propagates to the entry point, where it meets the profile; `pool`
// declares `threads`, so its own call is fine.
#[wasm::capability(threads)]
fn spawn_worker() {}

#[wasm::capability(threads)]
fn pool() {
    spawn_worker();
}

fn main() {
    pool(); //~ ERROR E0993
}
