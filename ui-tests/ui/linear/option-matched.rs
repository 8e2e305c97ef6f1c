//@ check-pass
// Matching an `Option<Canvas>` and consuming the payload.
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

fn main() {
    let o = Some(Canvas::open(1));
    match o {
        Some(c) => c.close(),
        None => {}
    }
}
