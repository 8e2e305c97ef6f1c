//@ run-pass
// A closure that captures a canvas and closes it when called.
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

fn main() {
    let c = Canvas::open(3);
    let finish = move || c.close();
    println!("closed {}", finish());
}
