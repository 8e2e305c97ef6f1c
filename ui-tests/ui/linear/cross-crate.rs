//@ aux-build: linear_canvas.rs
// A linear type defined in another crate.
fn main() {
    let c = linear_canvas::Canvas::open(1);
} //~ ERROR E0990
