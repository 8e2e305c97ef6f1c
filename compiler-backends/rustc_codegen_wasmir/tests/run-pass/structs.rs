#![no_std]
include!("prelude.rs");
#[derive(Clone, Copy, PartialEq, Debug)]
struct P { x: i32, y: i32 }
#[derive(Clone, Copy)]
struct Big { a: u8, b: u64, c: [u16; 5], p: P, f: f32 }
impl P { fn add(self, o: P) -> P { P { x: self.x + o.x, y: self.y + o.y } } fn norm1(&self) -> i32 { self.x.abs() + self.y.abs() } }
#[inline(never)]
fn make(i: u8) -> Big { Big { a: i, b: (i as u64) << 40, c: [i as u16; 5], p: P { x: i as i32, y: -(i as i32) }, f: i as f32 * 0.5 } }
#[inline(never)]
fn sum(b: Big) -> i64 { let mut s = b.a as i64 + (b.b >> 30) as i64 + b.p.norm1() as i64 + b.f as i64; for c in b.c { s += c as i64; } s }
#[inline(never)]
fn bump(b: &mut Big) { b.a += 1; b.c[2] *= 3; b.p = b.p.add(P { x: 10, y: 20 }); }
struct Pair(i64, u8);
#[inline(never)]
fn pair(x: i64) -> Pair { Pair(x * 2, x as u8) }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let mut total = 0;
    for i in 0..10u8 { let mut b = make(i); total += sum(b); bump(&mut b); total += sum(b); pi(total); }
    let p = P { x: 3, y: 4 }; let q = p; pi((p == q) as i64); pi(p.add(q).norm1() as i64);
    let t = pair(21); pi(t.0); pi(t.1 as i64);
    let tup = (1u8, 2u16, 3u32, 4u64, -5i8); pi(tup.0 as i64 + tup.1 as i64 + tup.2 as i64 + tup.3 as i64 + tup.4 as i64);
}
