// A statically resolved trait call needs the impl method's capabilities.
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

fn schedule() {
    Parallel.run(); //~ ERROR E0992
}

fn main() {
    schedule();
}
