//@ aux-build: threaded_lib.rs
// A capability declared in another crate (with the `wasmrust::` spelling).

fn start() {
    threaded_lib::spawn(); //~ ERROR E0992
}

fn main() {
    start();
}
