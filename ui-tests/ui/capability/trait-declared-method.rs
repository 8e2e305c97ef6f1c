// A generic call needs the trait method's declared capabilities.
#[wasm::capability(threads)]
fn spawn_worker() {}

trait Job {
    #[wasm::capability(threads)]
    fn run(&self);
}

fn schedule<J: Job>(job: &J) {
    job.run(); //~ ERROR E0992
}

struct Nothing;

impl Job for Nothing {
    fn run(&self) {}
}

fn main() {
    schedule(&Nothing);
}
