// A function calls a `threads` function without declaring `threads`.
#[wasm::capability(threads)]
fn spawn_worker() {}

fn start() {
    spawn_worker(); //~ ERROR E0992
}

fn main() {
    start();
}
