// Adapted from rustc 1.96.0 compiler/rustc_codegen_gcc/tests/run/fun_ptr.rs (MIT/Apache-2.0):
// printf -> pi, main(argc) -> run() over several arguments.
#![no_std]
include!("prelude.rs");
fn i16_as_i8(a: i16) -> i8 {
    a as i8
}
fn call_func(func: fn(i16) -> i8, param: i16) -> i8 {
    func(param)
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    for argc in [1i32, 127, 128, 255, 256, -1, 300, -129] {
        let result = call_func(i16_as_i8, core::hint::black_box(argc) as i16) as isize;
        pi(result as i64);
    }
}
