// An unknown capability name.
#[wasm::capability(threads)]
fn spawn_worker() {}

#[wasm::capability(gpu)] //~ ERROR unknown capability
fn render() {}

fn main() {
    render();
}
