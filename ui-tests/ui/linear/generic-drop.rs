//@ build-fail
// A generic function that drops its `T`, instantiated with a linear type.
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

fn discard<T>(_value: T) {}

fn main() {
    discard(Canvas::open(1)); //~ ERROR E0990
}
