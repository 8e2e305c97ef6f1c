#![no_std]
include!("prelude.rs");
#[inline(never)]
fn add(a: u8, b: u8) -> u8 { a + b }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    pi(add(100, 100) as i64);
    pi(add(200, 100) as i64);
}
