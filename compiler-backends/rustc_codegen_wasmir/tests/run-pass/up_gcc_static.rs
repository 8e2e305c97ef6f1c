// Adapted from rustc 1.96.0 compiler/rustc_codegen_gcc/tests/run/static.rs (MIT/Apache-2.0):
// printf -> pi, main(argc) -> run() with argc = black_box(1).
#![no_std]
#![allow(static_mut_refs)]
include!("prelude.rs");
struct Test {
    field: isize,
}
struct WithRef {
    refe: &'static Test,
}
static mut CONSTANT: isize = 10;
static mut TEST: Test = Test { field: 12 };
static mut TEST2: Test = Test { field: 14 };
static mut WITH_REF: WithRef = WithRef { refe: unsafe { &TEST } };
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let argc = core::hint::black_box(1isize);
    unsafe {
        pi(CONSTANT as i64);
        pi(TEST2.field as i64);
        TEST2.field = argc;
        pi(TEST2.field as i64);
        pi(WITH_REF.refe.field as i64);
        WITH_REF.refe = &TEST2;
        pi(TEST.field as i64);
        pi(WITH_REF.refe.field as i64);
    }
}
