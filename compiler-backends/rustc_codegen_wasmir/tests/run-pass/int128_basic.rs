#![no_std]
include!("../run-pass/prelude.rs");
#[inline(never)]
fn mul(a: u128, b: u128) -> u128 { a.wrapping_mul(b) }
#[unsafe(no_mangle)]
pub extern "C" fn run() { pi(mul(3, 4) as i64); }
