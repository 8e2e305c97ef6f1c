// Adapted from rustc 1.96.0 compiler/rustc_codegen_gcc/tests/run/structs.rs and tuple.rs (MIT/Apache-2.0):
// printf -> pi.
#![no_std]
include!("prelude.rs");
struct Test {
    field: isize,
}
struct Two {
    two: isize,
}
fn one() -> isize {
    1
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let test = Test { field: one() };
    let two = Two { two: 2 };
    pi(test.field as i64);
    pi(two.two as i64);
    let test: (isize, isize, isize) = (3, 1, 4);
    pi(test.0 as i64);
    pi(test.2 as i64);
}
