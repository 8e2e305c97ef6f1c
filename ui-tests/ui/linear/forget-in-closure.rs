// A closure has no `allow_leak` unless its function has.
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
    let c = Canvas::open(1);
    let hide = move || std::mem::forget(c); //~ ERROR E0991
    hide();
}
