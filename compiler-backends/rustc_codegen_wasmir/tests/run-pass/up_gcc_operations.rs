// Adapted from rustc 1.96.0 compiler/rustc_codegen_gcc/tests/run/operations.rs (MIT/Apache-2.0):
// printf -> pi, main(argc) -> run() over several argc values.
#![no_std]
include!("prelude.rs");
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    for argc in [1i32, -3, 7, 1000] {
        let argc = core::hint::black_box(argc);
        pi((40 + argc) as i64);
        pi((40 - argc) as i64);
        pi((10 * argc) as i64);
    }
}
