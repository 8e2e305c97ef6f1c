#![no_std]
include!("prelude.rs");
trait Animal { fn legs(&self) -> u32; fn name(&self) -> &'static str; fn describe(&self) -> u32 { self.legs() * 10 + self.name().len() as u32 } }
struct Dog; struct Bird { wings: u8 }
impl Animal for Dog { fn legs(&self) -> u32 { 4 } fn name(&self) -> &'static str { "dog" } }
impl Animal for Bird { fn legs(&self) -> u32 { 2 } fn name(&self) -> &'static str { "bird" } fn describe(&self) -> u32 { self.wings as u32 } }
trait Shape { fn area(&self) -> f64; }
struct Sq(f64); struct Ci(f64);
impl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } }
impl Shape for Ci { fn area(&self) -> f64 { 3.0 * self.0 * self.0 } }
#[inline(never)]
fn total(shapes: &[&dyn Shape]) -> f64 { shapes.iter().map(|s| s.area()).sum() }
#[inline(never)]
fn gen_desc<A: Animal>(a: &A) -> u32 { a.describe() + a.legs() }
trait Zero { fn zero() -> Self; }
impl Zero for i32 { fn zero() -> i32 { 0 } }
impl Zero for f64 { fn zero() -> f64 { 0.0 } }
#[inline(never)]
fn sum_all<T: Zero + core::ops::Add<Output = T> + Copy>(xs: &[T]) -> T { let mut s = T::zero(); for &x in xs { s = s + x; } s }
struct Counter { n: u32 }
impl Iterator for Counter { type Item = u32; fn next(&mut self) -> Option<u32> { if self.n < 6 { self.n += 1; Some(self.n) } else { None } } }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let zoo: [&dyn Animal; 3] = [&Dog, &Bird { wings: 7 }, &Dog];
    for a in zoo { pi(a.describe() as i64); ps(a.name()); }
    pi(gen_desc(&Dog) as i64); pi(gen_desc(&Bird { wings: 1 }) as i64);
    pf(total(&[&Sq(2.0), &Ci(1.0), &Sq(0.5)]));
    pi(sum_all(&[1, 2, 3, 4]) as i64); pf(sum_all(&[0.5, 0.25]));
    pi(Counter { n: 0 }.zip(Counter { n: 2 }).map(|(a, b)| a * b).sum::<u32>() as i64);
    pi(Counter { n: 0 }.filter(|x| x % 2 == 1).count() as i64);
    pi(core::cmp::max(3, 9) as i64); pi([4, 1, 8].iter().max().copied().unwrap_or(0) as i64);
    pi((3u8..9).rev().step_by(2).fold(0u32, |a, b| a * 10 + b as u32) as i64);
}
