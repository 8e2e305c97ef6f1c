//@ check-pass
// Returning moves the value to the caller.
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

fn make(id: u32) -> Canvas {
    let c = Canvas::open(id);
    c
}

fn main() {
    make(1).close();
}
