// Adapted from rustc 1.96.0 compiler/rustc_codegen_gcc/tests/run/ptr_cast.rs and return-tuple.rs (MIT/Apache-2.0):
// printf -> pi, every field of the tuple printed.
#![no_std]
include!("prelude.rs");
fn int_cast(a: u16, b: i16) -> (u8, u16, u32, usize, i8, i16, i32, isize, u8, u32) {
    (
        a as u8, a as u16, a as u32, a as usize, a as i8, a as i16, a as i32, a as isize, b as u8,
        b as u32,
    )
}
static mut ONE: usize = 1;
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    for (x, y) in [(10u16, 42i16), (65535, -1), (300, -300), (40000, 32767)] {
        let (a, b, c, d, e, f, g, h, i, j) = int_cast(core::hint::black_box(x), core::hint::black_box(y));
        pi(a as i64); pi(b as i64); pi(c as i64); pi(d as i64); pi(e as i64);
        pi(f as i64); pi(g as i64); pi(h as i64); pi(i as i64); pi(j as i64);
    }
    unsafe {
        let ptr = ONE as *mut usize;
        let value = ptr as usize;
        pi(value as i64);
    }
}
