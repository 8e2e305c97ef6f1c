//@ check-pass
// `#[wasm::allow_leak]` permits leaking, also in closures inside the function.
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

#[wasm::allow_leak]
fn hand_to_host(c: Canvas) {
    std::mem::forget(c);
}

#[wasm::allow_leak]
fn leak_later(c: Canvas) {
    let hide = move || std::mem::forget(c);
    hide();
}

fn main() {
    hand_to_host(Canvas::open(1));
    leak_later(Canvas::open(2));
}
