//@ build-pass
// Generic code that only moves its `T` is fine with a linear `T`.
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

fn pass_through<T>(value: T) -> T {
    value
}

fn main() {
    pass_through(Canvas::open(1)).close();
}
