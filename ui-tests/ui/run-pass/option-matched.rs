//@ run-pass
// An `Option<Canvas>` matched and consumed on both arms.
struct Handle(u32);

#[wasm::linear]
struct Canvas(Handle);

impl Canvas {
    fn open(id: u32) -> Canvas {
        println!("open {id}");
        Canvas(Handle(id))
    }
    fn close(self) -> u32 {
        let Canvas(handle) = self;
        let Handle(id) = handle;
        println!("close {id}");
        id
    }
}

fn maybe(x: u32) -> Option<Canvas> {
    if x % 2 == 0 { Some(Canvas::open(x)) } else { None }
}

fn main() {
    for x in 0..3 {
        match maybe(x) {
            Some(c) => { c.close(); }
            None => println!("none {x}"),
        }
    }
}
