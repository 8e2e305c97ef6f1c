#![no_std]
include!("prelude.rs");
fn fib(n: u32) -> u64 { if n < 2 { n as u64 } else { fib(n - 1) + fib(n - 2) } }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let mut s = 0i64;
    for i in 0..20 { s += fib(i) as i64; pi(s); }
}
