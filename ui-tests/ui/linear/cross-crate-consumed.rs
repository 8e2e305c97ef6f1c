//@ check-pass
//@ aux-build: linear_canvas.rs
// A linear type from another crate, consumed with its method.
fn main() {
    linear_canvas::Canvas::open(1).close();
}
