#![no_std]
// Control flow around merged MIR blocks (a block lowered into its only predecessor's WasmIR
// block): call return edges, overflow asserts, drops, a function whose start block is a loop
// header, loops entered right after a call, matches that rejoin, early returns.
include!("prelude.rs");
struct Noisy(i64);
impl Drop for Noisy {
    fn drop(&mut self) { pi(-self.0) }
}
#[inline(never)]
fn id(x: i64) -> i64 { x }
#[inline(never)]
fn chain(x: i64) -> i64 { let a = id(x); let b = id(a + 1); let c = id(b * 2); id(c - a) }
#[inline(never)]
fn starts_with_loop(mut n: u32) -> u32 {
    let mut acc = 0;
    loop {
        if n == 0 { return acc }
        acc += n;
        n -= 1;
    }
}
#[inline(never)]
fn loop_after_call(n: i64) -> i64 {
    let start = id(n);
    let mut i = 0;
    let mut s = 0;
    while i < start { s += id(i); i += 1; }
    s
}
#[inline(never)]
fn drops(k: i64) -> i64 {
    let a = Noisy(k);
    let b = Noisy(k + 1);
    if k > 2 { drop(b); return id(a.0) }
    let c = Noisy(id(k + 2));
    c.0 + b.0
}
#[inline(never)]
fn rejoin(x: u8) -> i64 {
    let v = match x { 0 => id(10), 1 | 2 => id(20) + 1, _ => { let t = id(x as i64); t * t } };
    id(v + 1)
}
#[inline(never)]
fn checked(a: i32, b: i32) -> i32 { let s = a + b; let p = s * 3; p - a }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    pi(chain(5));
    pi(starts_with_loop(10) as i64);
    pi(starts_with_loop(0) as i64);
    pi(loop_after_call(6));
    pi(drops(1));
    pi(drops(7));
    for x in 0..5 { pi(rejoin(x)); }
    pi(checked(7, 9) as i64);
}
