#![no_std]
include!("prelude.rs");
// Trait object upcasting (stable since Rust 1.86): `&dyn Sub` to `&dyn Super`. The first
// supertrait's vtable is a prefix of the subtrait's; a later one (or one reached through a
// diamond) is a separate vtable the subtrait's vtable points to.
trait Named { fn name(&self) -> i64; }
trait Sized2 { fn area(&self) -> i64; fn scaled(&self, k: i64) -> i64 { self.area() * k } }
trait Shape: Named + Sized2 { fn sides(&self) -> i64; }
trait Top { fn top(&self) -> i64; }
trait Left: Top { fn left(&self) -> i64 { 10 + self.top() } }
trait Right: Top { fn right(&self) -> i64 { 20 + self.top() } }
trait Bottom: Left + Right { fn bottom(&self) -> i64; }

struct Rect(i64, i64);
struct Tri(i64);
impl Named for Rect { fn name(&self) -> i64 { 1 } }
impl Sized2 for Rect { fn area(&self) -> i64 { self.0 * self.1 } }
impl Shape for Rect { fn sides(&self) -> i64 { 4 } }
impl Named for Tri { fn name(&self) -> i64 { 2 } }
impl Sized2 for Tri { fn area(&self) -> i64 { self.0 * self.0 / 2 } fn scaled(&self, k: i64) -> i64 { -k } }
impl Shape for Tri { fn sides(&self) -> i64 { 3 } }

struct D(i64);
impl Top for D { fn top(&self) -> i64 { self.0 } }
impl Left for D {}
impl Right for D { fn right(&self) -> i64 { 200 + self.0 } }
impl Bottom for D { fn bottom(&self) -> i64 { self.left() + self.right() } }

struct Counter(i64);
impl Top for Counter { fn top(&self) -> i64 { self.0 } }
impl Left for Counter {}
impl Right for Counter {}
impl Bottom for Counter { fn bottom(&self) -> i64 { 0 } }

fn named(n: &dyn Named) -> i64 { n.name() }
fn sized(s: &dyn Sized2) -> i64 { s.area() * 100 + s.scaled(3) }
fn top(t: &dyn Top) -> i64 { t.top() }

#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let shapes: [&dyn Shape; 2] = [&Rect(3, 4), &Tri(6)];
    for s in shapes {
        pi(s.sides());
        pi(named(s)); // first supertrait: the same vtable
        pi(sized(s)); // second supertrait: its own vtable
        let s2: &dyn Sized2 = s;
        let n: &dyn Named = s;
        pi(s2.area() + n.name());
    }
    let ds: [&dyn Bottom; 2] = [&D(5), &Counter(7)];
    for d in ds {
        pi(d.bottom());
        let l: &dyn Left = d;
        let r: &dyn Right = d;
        pi(l.left());
        pi(r.right());
        pi(top(l) + top(r) + top(d));
    }
    // Through a raw pointer and with an auto trait dropped on the way.
    let d = D(9);
    let p: *const (dyn Bottom + Sync) = &d;
    let q: *const dyn Right = p;
    pi(unsafe { (*q).right() });
    let mut c = Counter(1);
    let m: &mut dyn Bottom = &mut c;
    let mt: &mut dyn Top = m;
    pi(mt.top());
}
