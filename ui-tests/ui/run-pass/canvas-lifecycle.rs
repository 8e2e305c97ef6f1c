//@ run-pass
// The spec's canvas, closed on every branch, runs.
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

fn draw(ok: bool) -> u32 {
    let c = Canvas::open(if ok { 1 } else { 2 });
    if ok { c.close() } else { c.close() + 10 }
}

fn main() {
    println!("{}", draw(true) + draw(false));
}
