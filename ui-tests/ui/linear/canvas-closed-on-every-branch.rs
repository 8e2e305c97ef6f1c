//@ check-pass
// The spec's canvas, closed on every branch.
/// A host resource id; not `Copy`, so destructuring a `Canvas` moves it out.
struct Handle(u32);

#[wasm::linear]
struct Canvas(Handle);

impl Canvas {
    fn open(id: u32) -> Canvas {
        Canvas(Handle(id))
    }
    fn close(self) {
        let Canvas(handle) = self;
        let Handle(_id) = handle;
    }
}

fn draw(ok: bool) {
    let c = Canvas::open(1);
    if ok {
        c.close();
    } else {
        c.close();
    }
}

fn main() {
    draw(true);
}
