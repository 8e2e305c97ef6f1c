// A panic with panic=abort ends the program with a trap (wasi-libc's abort) after the
// output before it.
fn check(v: &[i32], i: usize) -> i32 {
    v[i]
}
fn main() {
    let v = vec![1, 2, 3];
    println!("ok: {}", check(&v, 1));
    let i = std::env::args().count() + 5;
    println!("out of bounds: {}", check(&v, i));
}
