//@ aux: mathlib.rs
#![no_std]
extern crate mathlib;
include!("prelude.rs");
use mathlib::Describe;
struct Mine;
impl Describe for Mine { fn code(&self) -> u32 { 7 } }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let mut a = mathlib::Acc::new();
    for x in [4, 8, 15, 16, 23, 42] { a.push(x); }
    pi(a.total); pi(a.mean());
    pi(mathlib::gcd(1071, 462) as i64);
    pi(mathlib::largest(&[3, 9, 2]) as i64); pf(mathlib::largest(&[0.5, -1.0]));
    pi(mathlib::square(12) as i64);
    for p in mathlib::PRIMES { pi(p as i64); }
    pi(mathlib::codes(&[&5u8, &Mine]) as i64);
}
