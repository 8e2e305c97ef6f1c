// A closure is checked with the capabilities of its function.
#[wasm::capability(threads)]
fn spawn_worker() {}

fn start() {
    let go = || spawn_worker(); //~ ERROR E0992
    go();
}

fn main() {
    start();
}
