#![no_std]
pub struct Acc { pub total: i64, count: u32 }
impl Acc {
    pub fn new() -> Acc { Acc { total: 0, count: 0 } }
    pub fn push(&mut self, x: i64) { self.total += x; self.count += 1; }
    pub fn mean(&self) -> i64 { if self.count == 0 { 0 } else { self.total / self.count as i64 } }
}
pub fn gcd(a: u64, b: u64) -> u64 { if b == 0 { a } else { gcd(b, a % b) } }
pub fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T { let mut m = xs[0]; for &x in xs { if x > m { m = x; } } m }
#[inline]
pub fn square(x: i32) -> i32 { x * x }
pub static PRIMES: [u32; 5] = [2, 3, 5, 7, 11];
pub trait Describe { fn code(&self) -> u32; }
impl Describe for u8 { fn code(&self) -> u32 { *self as u32 + 1000 } }
pub fn codes(xs: &[&dyn Describe]) -> u32 { xs.iter().map(|d| d.code()).sum() }
