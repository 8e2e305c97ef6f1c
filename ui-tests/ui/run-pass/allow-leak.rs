//@ run-pass
// A function allowed to leak hands the value to the "host".
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

#[wasm::allow_leak]
fn hand_to_host(c: Canvas) {
    println!("leaked on purpose");
    std::mem::forget(c);
}

fn main() {
    hand_to_host(Canvas::open(5));
}
