#![no_std]
include!("prelude.rs");
#[inline(never)]
fn idx(v: &[i32], i: usize) -> i32 { v[i] }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let v = [1, 2, 3];
    pi(idx(&v, 2) as i64);
    pi(idx(&v, 5) as i64);
    pi(99);
}
