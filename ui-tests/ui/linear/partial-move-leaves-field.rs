// Destructuring that leaves a linear field behind.
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

struct Pair {
    a: Canvas,
    b: Canvas,
}

fn main() {
    let p = Pair { a: Canvas::open(1), b: Canvas::open(2) };
    let Pair { a, .. } = p;
    a.close();
} //~ ERROR E0990
