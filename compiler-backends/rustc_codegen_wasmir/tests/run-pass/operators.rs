#![no_std]
include!("prelude.rs");
use core::ops::{Add, Mul, Neg, Index, IndexMut, Sub, AddAssign};
#[derive(Clone, Copy, PartialEq, Debug)]
struct V2 { x: i64, y: i64 }
impl Add for V2 { type Output = V2; fn add(self, o: V2) -> V2 { V2 { x: self.x + o.x, y: self.y + o.y } } }
impl Sub for V2 { type Output = V2; fn sub(self, o: V2) -> V2 { V2 { x: self.x - o.x, y: self.y - o.y } } }
impl Mul<i64> for V2 { type Output = V2; fn mul(self, k: i64) -> V2 { V2 { x: self.x * k, y: self.y * k } } }
impl Neg for V2 { type Output = V2; fn neg(self) -> V2 { V2 { x: -self.x, y: -self.y } } }
impl AddAssign for V2 { fn add_assign(&mut self, o: V2) { self.x += o.x; self.y += o.y; } }
struct Grid { cells: [u8; 12], w: usize }
impl Index<(usize, usize)> for Grid { type Output = u8; fn index(&self, (r, c): (usize, usize)) -> &u8 { &self.cells[r * self.w + c] } }
impl IndexMut<(usize, usize)> for Grid { fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut u8 { &mut self.cells[r * self.w + c] } }
#[derive(PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
struct Ver(u8, u16, u32);
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let a = V2 { x: 1, y: 2 }; let b = V2 { x: 10, y: -20 };
    let c = (a + b) * 3 - -a; pi(c.x); pi(c.y); let mut d = c; d += a; pi(d.x + d.y); pi((d == c) as i64);
    let mut g = Grid { cells: [0; 12], w: 4 };
    for r in 0..3 { for col in 0..4 { g[(r, col)] = (r * 10 + col) as u8; } } pi(g[(2, 3)] as i64); g[(1, 1)] += 100; pi(g[(1, 1)] as i64);
    let vs = [Ver(1, 2, 3), Ver(1, 10, 0), Ver(0, 99, 99)];
    pi((vs[0] < vs[1]) as i64); pi((vs[2] < vs[0]) as i64); pi(vs[0].cmp(&vs[1]) as i64); pi(vs.iter().max().map(|v| v.1 as i64).unwrap_or(0));
    pi(core::cmp::Ordering::Less as i64); pi((3.5f64).partial_cmp(&1.0).map_or(9, |o| o as i64));
}
