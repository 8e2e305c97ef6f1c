#![no_std]
include!("prelude.rs");
trait State { fn next(&self, input: u8) -> usize; fn accepting(&self) -> bool { false } }
struct Start; struct InNum; struct Done;
impl State for Start { fn next(&self, c: u8) -> usize { if c.is_ascii_digit() { 1 } else { 0 } } }
impl State for InNum { fn next(&self, c: u8) -> usize { if c.is_ascii_digit() { 1 } else { 2 } } }
impl State for Done { fn next(&self, _: u8) -> usize { 2 } fn accepting(&self) -> bool { true } }
static STATES: [&(dyn State + Sync); 3] = [&Start, &InNum, &Done];
trait Visitor { fn visit(&mut self, x: i64); fn result(&self) -> i64; }
struct SumV(i64); struct MaxV(i64);
impl Visitor for SumV { fn visit(&mut self, x: i64) { self.0 += x } fn result(&self) -> i64 { self.0 } }
impl Visitor for MaxV { fn visit(&mut self, x: i64) { if x > self.0 { self.0 = x } } fn result(&self) -> i64 { self.0 } }
fn walk(xs: &[i64], v: &mut dyn Visitor) -> i64 { for &x in xs { v.visit(x) } v.result() }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    for input in ["abc", "ab12x", "99", "x1y"] { let mut s = 0; for b in input.bytes() { s = STATES[s].next(b); } pi(s as i64); pi(STATES[s].accepting() as i64); }
    let xs = [3, -7, 12, 5]; pi(walk(&xs, &mut SumV(0))); pi(walk(&xs, &mut MaxV(i64::MIN)));
    let vs: [&mut dyn Visitor; 2] = [&mut SumV(100), &mut MaxV(0)]; for v in vs { v.visit(42); pi(v.result()); }
    pi(core::mem::size_of::<&dyn Visitor>() as i64);
}
