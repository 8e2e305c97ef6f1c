// `break` out of the scope that owns the value.
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
    for i in 0..3 {
        let c = Canvas::open(i);
        if i == 1 {
            break;
        }
        c.close();
    } //~ ERROR E0990
}
