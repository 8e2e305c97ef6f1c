//@ check-pass
// The caller declares what the impl method needs.
#[wasm::capability(threads)]
fn spawn_worker() {}

trait Job {
    fn run(&self);
}

struct Parallel;

impl Job for Parallel {
    #[wasm::capability(threads)]
    fn run(&self) {
        spawn_worker();
    }
}

#[wasm::capability(threads)]
fn schedule() {
    Parallel.run();
}

fn main() {
    schedule();
}
