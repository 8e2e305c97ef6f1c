//@ compile-flags: -Zwasm-host-profile=embedded
// `threads` on the embedded profile.
#[wasm::capability(threads)]
fn spawn_worker() {}

fn main() {
    spawn_worker(); //~ ERROR E0993
}
