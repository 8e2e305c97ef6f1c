// A struct with a linear field is must-consume too.
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

struct Frame {
    canvas: Canvas,
    index: u32,
}

fn main() {
    let f = Frame { canvas: Canvas::open(1), index: 0 };
} //~ ERROR E0990
