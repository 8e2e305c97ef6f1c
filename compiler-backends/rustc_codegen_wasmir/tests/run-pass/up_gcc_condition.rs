// Adapted from rustc 1.96.0 compiler/rustc_codegen_gcc/tests/run/condition.rs (MIT/Apache-2.0):
// printf -> ps, main(argc) -> a loop over argc = 0..7.
#![no_std]
include!("prelude.rs");
fn body(argc: i32) {
    if argc == 1 {
        ps("true");
    }
    let string = match argc {
        1 => b"1",
        2 => b"2",
        3 => b"3",
        4 => b"4",
        5 => b"5",
        _ => b"_",
    };
    ps(unsafe { core::str::from_utf8_unchecked(string) });
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    for argc in 0..7 {
        body(core::hint::black_box(argc));
    }
}
