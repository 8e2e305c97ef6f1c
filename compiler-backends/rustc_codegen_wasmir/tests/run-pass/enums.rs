#![no_std]
include!("prelude.rs");
#[derive(Clone, Copy)]
enum Shape { Circle(f64), Rect { w: i32, h: i32 }, Empty, Tri(u8, u8, u8) }
#[repr(u8)] #[derive(Clone, Copy)] enum Color { Red = 3, Green = 7, Blue = 200 }
#[derive(Clone, Copy)] enum Sign { Neg = -1, Zero = 0, Pos = 1 }
#[inline(never)]
fn area(s: Shape) -> i64 { match s { Shape::Circle(r) => (r * r * 3.0) as i64, Shape::Rect { w, h } => (w * h) as i64, Shape::Empty => 0, Shape::Tri(a, b, c) => a as i64 + b as i64 + c as i64 } }
#[inline(never)]
fn opt(x: i32) -> Option<i32> { if x % 3 == 0 { None } else { Some(x * 2) } }
#[inline(never)]
fn optref(v: &[u32], i: usize) -> Option<&u32> { v.get(i) }
#[inline(never)]
fn res(x: i32) -> Result<u16, i8> { if x < 0 { Err(x as i8) } else { Ok(x as u16) } }
#[inline(never)]
fn nested(x: u8) -> Option<Option<bool>> { match x % 3 { 0 => None, 1 => Some(None), _ => Some(Some(x > 4)) } }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let shapes = [Shape::Circle(2.0), Shape::Rect { w: 3, h: 5 }, Shape::Empty, Shape::Tri(1, 2, 250)];
    for s in shapes { pi(area(s)); }
    for c in [Color::Red, Color::Green, Color::Blue] { pi(c as u8 as i64); pi(c as i32 as i64); }
    for s in [Sign::Neg, Sign::Zero, Sign::Pos] { pi(s as i64); }
    for i in 0..7 { pi(opt(i).unwrap_or(-1) as i64); pi(opt(i).map(|v| v + 1).is_some() as i64); }
    let v = [5u32, 6, 7];
    for i in 0..5 { match optref(&v, i) { Some(&x) => pi(x as i64), None => pi(-9) } }
    for x in [-3, 0, 70000, 12] { match res(x) { Ok(v) => pi(v as i64), Err(e) => pi(100 + e as i64) } }
    for x in 0..7 { match nested(x) { None => pi(0), Some(None) => pi(1), Some(Some(b)) => pi(2 + b as i64) } }
    let c: Option<char> = Some('λ'); pi(c.map(|c| c as i64).unwrap_or(0));
    let b: Option<bool> = None; pi(b.is_none() as i64);
}
