// `#[wasmrust::linear]` (what the `wasm` crate expands to) is the same check.
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

#[wasmrust::linear]
struct Socket(Handle);

fn main() {
    let s = Socket(Handle(3));
} //~ ERROR E0990
