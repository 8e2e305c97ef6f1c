// `return` before the value is consumed.
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

fn f(stop: bool) {
    let c = Canvas::open(1);
    if stop {
        return; // the drop is reported where `c`'s scope ends
    }
    c.close();
} //~ ERROR E0990

fn main() {
    f(false);
}
