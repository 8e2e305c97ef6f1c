//@ build-fail
// The drop is two generic calls away: reported where the inner one is instantiated.
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

fn inner<T>(_value: T) {}

fn outer<T>(value: T) {
    inner(value); //~ ERROR E0990
}

fn main() {
    outer(Canvas::open(1));
}
