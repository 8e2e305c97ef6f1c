// Adapted from rustc 1.96.0 compiler/rustc_codegen_gcc/tests/run/abort1.rs and abort2.rs (MIT/Apache-2.0):
// intrinsics::abort -> core::arch::wasm32::unreachable (both trap); output before it is kept.
#![no_std]
include!("prelude.rs");
fn test_fail() -> ! {
    core::arch::wasm32::unreachable()
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    ps("before");
    if core::hint::black_box(true) {
        test_fail();
    }
    ps("not reached");
}
