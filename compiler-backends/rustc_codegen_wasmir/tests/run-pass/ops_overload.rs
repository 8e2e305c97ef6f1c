// Operator overloading: Add/Sub/Mul/Neg/Index/IndexMut/AddAssign/PartialEq/PartialOrd on
// a 2-D vector and a complex number; Mandelbrot iteration counts with them.
#![no_std]
include!("prelude.rs");
use core::ops::{Add, AddAssign, Index, IndexMut, Mul, Neg, Sub};
#[derive(Clone, Copy, PartialEq, PartialOrd, Debug, Default)]
struct V2 { x: f64, y: f64 }
impl Add for V2 { type Output = V2; fn add(self, o: V2) -> V2 { V2 { x: self.x + o.x, y: self.y + o.y } } }
impl Sub for V2 { type Output = V2; fn sub(self, o: V2) -> V2 { V2 { x: self.x - o.x, y: self.y - o.y } } }
impl Mul<f64> for V2 { type Output = V2; fn mul(self, k: f64) -> V2 { V2 { x: self.x * k, y: self.y * k } } }
impl Neg for V2 { type Output = V2; fn neg(self) -> V2 { V2 { x: -self.x, y: -self.y } } }
impl AddAssign for V2 { fn add_assign(&mut self, o: V2) { self.x += o.x; self.y += o.y; } }
impl Index<usize> for V2 { type Output = f64; fn index(&self, i: usize) -> &f64 { if i == 0 { &self.x } else { &self.y } } }
impl IndexMut<usize> for V2 { fn index_mut(&mut self, i: usize) -> &mut f64 { if i == 0 { &mut self.x } else { &mut self.y } } }
#[derive(Clone, Copy)]
struct C(f64, f64);
impl Mul for C { type Output = C; fn mul(self, o: C) -> C { C(self.0 * o.0 - self.1 * o.1, self.0 * o.1 + self.1 * o.0) } }
impl Add for C { type Output = C; fn add(self, o: C) -> C { C(self.0 + o.0, self.1 + o.1) } }
fn mandel(c: C) -> u32 {
    let mut z = C(0.0, 0.0);
    for i in 0..100 {
        if z.0 * z.0 + z.1 * z.1 > 4.0 { return i; }
        z = z * z + c;
    }
    100
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let mut p = V2 { x: 1.0, y: 2.0 };
    let v = V2 { x: 0.5, y: -0.25 };
    for _ in 0..10 { p += v * 2.0; }
    pf(p.x); pf(p.y);
    let q = -(p - v) + V2::default();
    pf(q[0]); pf(q[1]);
    p[1] = 7.5;
    pf(p.y);
    pi((p == p) as i64); pi((p < q) as i64); pi((q < p) as i64);
    pi(p.partial_cmp(&V2 { x: f64::NAN, y: 0.0 }).is_none() as i64);
    let mut line = [b' '; 48];
    for row in 0..12 {
        for col in 0..48 {
            let c = C(-2.2 + col as f64 * 0.065, -1.2 + row as f64 * 0.2);
            let n = mandel(c);
            line[col] = if n >= 100 { b'#' } else if n > 10 { b'+' } else if n > 4 { b'.' } else { b' ' };
        }
        pb(&line);
    }
}
