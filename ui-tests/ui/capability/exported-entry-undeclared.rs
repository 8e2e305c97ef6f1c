//@ check-pass
// An exported function needs no declaration of its own: it is an entry point, and with no
// host profile every capability is available.
#[wasm::capability(threads)]
fn spawn_worker() {}

#[unsafe(no_mangle)]
pub extern "C" fn start() {
    spawn_worker();
}

fn main() {}
