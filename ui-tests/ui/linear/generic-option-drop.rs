//@ build-fail
// `Option::unwrap_or` drops the default when the option is `Some`.
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
    let c = o.unwrap_or(Canvas::open(2)); //~ ERROR E0990
    c.close();
}
