//@ check-pass
//@ compile-flags: -Zwasm-host-profile=embedded
// Library code that declares `threads` builds for any profile; only entry points that reach
// it are checked against the host.
#[wasm::capability(threads)]
fn spawn_worker() {}

#[wasm::capability(threads)]
pub fn pool() {
    spawn_worker();
}

fn main() {}
