// Enum layouts: explicit discriminants (negative, large, u8/i64 reprs), niche-optimized
// options of references/bools/chars/enums, C-like enum casts, nested enums, enums with
// many variants and matching on them.
#![no_std]
include!("prelude.rs");
use core::mem::size_of;
#[repr(i8)] #[derive(Clone, Copy)] enum Small { A = -3, B = 0, C = 100 }
#[repr(i64)] #[derive(Clone, Copy)] enum Wide { X = -5_000_000_000, Y = 7, Z }
#[repr(u8)] #[derive(Clone, Copy, PartialEq)] enum Color { Red = 1, Green = 2, Blue = 4 }
#[derive(Clone, Copy)] enum Shape { Dot, Circle(f32), Rect { w: u16, h: u16 }, Poly(u8, [i16; 3]) }
#[derive(Clone, Copy)] enum Outer { In(Option<Color>), Num(i32), Nothing }
fn area(s: Shape) -> f64 {
    match s {
        Shape::Dot => 0.0,
        Shape::Circle(r) => 3.0 * r as f64 * r as f64,
        Shape::Rect { w, h } if w == h => -(w as f64) * h as f64,
        Shape::Rect { w, h } => w as f64 * h as f64,
        Shape::Poly(n, pts) => n as f64 + pts.iter().map(|&p| p as f64).sum::<f64>(),
    }
}
fn outer(o: Outer) -> i64 {
    match o { Outer::In(Some(c)) => c as i64, Outer::In(None) => -1, Outer::Num(n) => n as i64 * 10, Outer::Nothing => -2 }
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    for s in [Small::A, Small::B, Small::C] { pi(s as i8 as i64); }
    for w in [Wide::X, Wide::Y, Wide::Z] { pi(w as i64); }
    for c in [Color::Red, Color::Green, Color::Blue] { pi(c as u8 as i64); pi((c == Color::Green) as i64); }
    pi(size_of::<Option<&u8>>() as i64); pi(size_of::<Option<bool>>() as i64); pi(size_of::<Option<char>>() as i64);
    pi(size_of::<Option<Color>>() as i64); pi(size_of::<Option<Option<bool>>>() as i64); pi(size_of::<Shape>() as i64);
    let shapes = [Shape::Dot, Shape::Circle(1.5), Shape::Rect { w: 3, h: 4 }, Shape::Rect { w: 5, h: 5 }, Shape::Poly(3, [1, -2, 30])];
    for s in shapes { pf(area(s)); }
    for o in [Outer::In(Some(Color::Blue)), Outer::In(None), Outer::Num(-4), Outer::Nothing] { pi(outer(o)); }
    let ob: [Option<bool>; 3] = [Some(true), Some(false), None];
    for b in ob { pi(match b { Some(true) => 1, Some(false) => 0, None => -1 }); }
    let oc = [Some('x'), None, Some('\u{10FFFF}')];
    for c in oc { pi(c.map(|c| c as i64).unwrap_or(-1)); }
    let r = 5u8;
    let orf: [Option<&u8>; 2] = [Some(&r), None];
    for x in orf { pi(x.map(|v| *v as i64).unwrap_or(-1)); }
    let oo: [Option<Option<bool>>; 4] = [None, Some(None), Some(Some(false)), Some(Some(true))];
    for x in oo { pi(match x { None => 0, Some(None) => 1, Some(Some(false)) => 2, Some(Some(true)) => 3 }); }
}
