//@ run-pass
// Generic code that moves a linear `T` through.
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

fn pass_through<T>(value: T) -> T {
    value
}

fn main() {
    let c = pass_through(Canvas::open(7));
    println!("{}", c.close() * 2);
}
