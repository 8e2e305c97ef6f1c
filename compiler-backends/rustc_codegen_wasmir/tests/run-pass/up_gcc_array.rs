// Adapted from rustc 1.96.0 compiler/rustc_codegen_gcc/tests/run/array.rs (MIT/Apache-2.0):
// printf -> the print imports, main(argc) -> run() with argc = black_box(1).
#![no_std]
include!("prelude.rs");
static mut ONE: usize = 1;
fn make_array() -> [u8; 3] {
    [42, 10, 5]
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let argc = core::hint::black_box(1i32);
    let array = [42, 7, 5];
    let array2 = make_array();
    unsafe {
        pi(array[ONE - 1]);
        pi(array[ONE]);
        pi(array[ONE + 1]);
        pi(array2[argc as usize] as u32 as i64);
    }
}
