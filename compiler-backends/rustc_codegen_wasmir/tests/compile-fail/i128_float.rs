//@ error: not supported yet: 128-bit integers (`u128` in an operation on one wasm value)
#![no_std]
include!("../run-pass/prelude.rs");
#[inline(never)]
fn to_float(a: u128) -> f64 { a as f64 }
#[unsafe(no_mangle)]
pub extern "C" fn run() { pf(to_float(3 << 100)); }
