// Adapted from rustc 1.96.0 compiler/rustc_codegen_gcc/tests/run/mut_ref.rs (MIT/Apache-2.0):
// printf -> pi, main(argc) -> run() with argc = black_box(1).
#![no_std]
include!("prelude.rs");
struct Test {
    field: isize,
}
fn test(num: isize) -> Test {
    Test { field: num + 1 }
}
fn update_num(num: &mut isize) {
    *num = *num + 5;
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let mut argc = core::hint::black_box(1isize);
    let mut test = test(argc);
    pi(test.field as i64);
    update_num(&mut test.field);
    pi(test.field as i64);
    update_num(&mut argc);
    pi(argc as i64);
    let refe = &mut argc;
    *refe = *refe + 5;
    pi(argc as i64);
}
