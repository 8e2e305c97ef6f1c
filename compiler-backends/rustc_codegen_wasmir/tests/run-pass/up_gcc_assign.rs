// Adapted from rustc 1.96.0 compiler/rustc_codegen_gcc/tests/run/assign.rs (MIT/Apache-2.0):
// printf -> the print imports, main(argc) -> run() with argc = black_box(1).
#![no_std]
include!("prelude.rs");
fn inc_ref(num: &mut isize) -> isize {
    *num = *num + 5;
    *num + 1
}
fn inc(num: isize) -> isize {
    num + 1
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let mut argc = core::hint::black_box(1isize);
    argc = inc(argc);
    pi(argc as i64);
    let b = inc_ref(&mut argc);
    pi(argc as i64);
    pi(b as i64);
    argc = 10;
    pi(argc as i64);
}
