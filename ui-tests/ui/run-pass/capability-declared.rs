//@ run-pass
//@ compile-flags: -Zwasm-host-profile=wasmtime
// Capabilities declared along the chain, on a profile that has them.
struct Handle(u32);

#[wasm::linear]
struct Canvas(Handle);

impl Canvas {
    fn open(id: u32) -> Canvas {
        println!("open {id}");
        Canvas(Handle(id))
    }
    fn close(self) -> u32 {
        let Canvas(handle) = self;
        let Handle(id) = handle;
        println!("close {id}");
        id
    }
}

#[wasm::capability(threads)]
fn plan() -> u32 {
    4
}

#[wasm::capability(threads)]
fn start() -> u32 {
    plan() * 2
}

fn main() {
    let c = Canvas::open(start());
    println!("{}", c.close());
}
