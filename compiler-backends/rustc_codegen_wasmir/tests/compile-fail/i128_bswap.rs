//@ error: not supported yet: 128-bit integers (`u128` in an operation on one wasm value)
#![no_std]
include!("../run-pass/prelude.rs");
#[inline(never)]
fn swap(a: u128) -> u128 { a.swap_bytes() }
#[unsafe(no_mangle)]
pub extern "C" fn run() { pi(swap(3 << 100) as i64); }
