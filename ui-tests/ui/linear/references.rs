//@ check-pass
// Borrowing is free: references do not own the value.
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

fn id(c: &Canvas) -> u32 {
    let Canvas(Handle(id)) = c;
    *id
}

fn main() {
    let c = Canvas::open(4);
    assert_eq!(id(&c), 4);
    c.close();
}
