// `?` leaves the function with the value alive.
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

fn fallible(x: u32) -> Result<u32, String> {
    if x > 1 { Ok(x) } else { Err("small".into()) }
}

fn f(x: u32) -> Result<(), String> {
    let c = Canvas::open(x);
    fallible(x)?;
    c.close();
    Ok(())
} //~ ERROR E0990

fn main() {
    let _ = f(2);
}
