//@ build-pass
//@ compile-flags: -C panic=unwind
// Drops on unwinding paths are not errors: a panic while `c` is alive drops it.
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

fn may_panic(x: u32) {
    if x > 10 {
        panic!("too big");
    }
}

fn main() {
    let c = Canvas::open(1);
    may_panic(1);
    c.close();
}
