// Adapted from rustc 1.96.0 compiler/rustc_codegen_gcc/tests/run/closure.rs (MIT/Apache-2.0):
// printf with a format string -> ps(format) + pi(value), main(argc) -> run().
#![no_std]
include!("prelude.rs");
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let argc = core::hint::black_box(1isize);
    let string = "Arg:";
    let closure = || {
        ps(string);
        pi(argc as i64);
    };
    closure();
    let closure = || {
        ps("Argument:");
        pi(argc as i64);
    };
    closure();
    let closure = |string| {
        ps(string);
        pi(argc as i64);
    };
    closure("String arg:");
    let closure = |arg: isize| {
        ps("Int argument:");
        pi(arg as i64);
    };
    closure(argc + 1);
    let closure = |string, arg: isize| {
        ps(string);
        pi(arg as i64);
    };
    closure("Both args:", argc + 10);
}
