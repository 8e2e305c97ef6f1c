//@ run-pass
// Every iteration consumes its value.
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
    let mut total = 0;
    for i in 0..3 {
        let c = Canvas::open(i);
        total += c.close();
    }
    println!("total {total}");
}
