//@ check-pass
// Ordinary types drop as usual.
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

struct Plain(Handle);

fn main() {
    let p = Plain(Handle(1));
    let v = vec![Plain(Handle(2))];
    let _ = (p, v);
}
