// `#[wasm::linear]` on an enum.
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

#[wasm::linear]
enum Connection {
    Open(Handle),
    Closed,
}

fn main() {
    let c = Connection::Open(Handle(1));
    let d = Connection::Closed;
    match d {
        Connection::Open(handle) => drop(handle),
        Connection::Closed => {}
    }
} //~ ERROR E0990
