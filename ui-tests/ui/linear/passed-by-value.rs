//@ check-pass
// Passing by value moves the obligation into the callee, which consumes it.
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

fn finish(c: Canvas) {
    c.close();
}

fn main() {
    finish(Canvas::open(1));
}
