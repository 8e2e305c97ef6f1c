// Adapted from rustc 1.96.0 compiler/rustc_codegen_gcc/tests/run/slice.rs (MIT/Apache-2.0):
// printf -> pi; also out-of-bounds index through the static, which must trap.
#![no_std]
include!("prelude.rs");
static mut TWO: usize = 2;
fn index_slice(s: &[u32]) -> u32 {
    unsafe { s[TWO] }
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let array = [42, 7, 5];
    pi(index_slice(&array) as i64);
    pi(index_slice(&array[1..]) as i64);
}
