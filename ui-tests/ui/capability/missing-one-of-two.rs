// Declaring `threads` does not cover `simd`.
#[wasm::capability(threads)]
fn spawn_worker() {}

#[wasm::capability(threads, simd)]
fn parallel_dot() {}

#[wasm::capability(threads)]
fn start() {
    parallel_dot(); //~ ERROR E0992
}

fn main() {
    start();
}
