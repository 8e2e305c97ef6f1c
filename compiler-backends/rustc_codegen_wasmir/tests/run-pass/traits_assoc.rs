// Traits: associated types and constants, default methods, generic methods, blanket impls,
// supertraits, static dispatch through generics and dynamic dispatch through &dyn.
#![no_std]
include!("prelude.rs");
trait Shape { const SIDES: u32; fn area(&self) -> f64; fn name(&self) -> &'static str { "shape" } }
struct Sq(f64);
struct Tri(f64, f64);
impl Shape for Sq { const SIDES: u32 = 4; fn area(&self) -> f64 { self.0 * self.0 } fn name(&self) -> &'static str { "square" } }
impl Shape for Tri { const SIDES: u32 = 3; fn area(&self) -> f64 { self.0 * self.1 / 2.0 } }
fn describe<S: Shape>(s: &S) { ps(s.name()); pi(S::SIDES as i64); pf(s.area()); }
trait Container { type Item; fn get(&self, i: usize) -> Option<&Self::Item>; fn first(&self) -> Option<&Self::Item> { self.get(0) } fn size(&self) -> usize; }
struct Stack { items: [i32; 8], n: usize }
impl Container for Stack { type Item = i32; fn get(&self, i: usize) -> Option<&i32> { if i < self.n { Some(&self.items[i]) } else { None } } fn size(&self) -> usize { self.n } }
fn total<C: Container<Item = i32>>(c: &C) -> i64 { (0..c.size()).filter_map(|i| c.get(i)).map(|&x| x as i64).sum() }
trait Double { fn double(&self) -> Self; }
impl<T: Copy + core::ops::Add<Output = T>> Double for T { fn double(&self) -> T { *self + *self } }
trait Named { fn id(&self) -> u32; }
trait Greeter: Named { fn greet(&self) -> u32 { self.id() * 100 + 1 } }
struct P(u32);
impl Named for P { fn id(&self) -> u32 { self.0 } }
impl Greeter for P {}
trait Visitor { fn visit<T: Into<i64> + Copy>(&mut self, x: T); }
struct Sum(i64);
impl Visitor for Sum { fn visit<T: Into<i64> + Copy>(&mut self, x: T) { self.0 += x.into(); } }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    describe(&Sq(3.0));
    describe(&Tri(3.0, 5.0));
    let st = Stack { items: [5, -2, 9, 0, 0, 0, 0, 0], n: 3 };
    pi(total(&st)); pi(*st.first().unwrap() as i64); pi(st.get(5).is_none() as i64);
    pi(21i32.double() as i64); pf(1.25f64.double()); pi(100u8.double() as i64);
    let gs: [&dyn Greeter; 2] = [&P(3), &P(8)];
    for g in gs { pi(g.greet() as i64); pi(g.id() as i64); }
    let mut v = Sum(0);
    v.visit(5u8); v.visit(-3i16); v.visit(100000u32); v.visit(true as u8);
    pi(v.0);
}
