// `Vec<Canvas>`: drop glue reaches a linear type.
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
    let v = vec![Canvas::open(1), Canvas::open(2)];
} //~ ERROR E0990
