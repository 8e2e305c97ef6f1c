#![no_std]
// Locals kept in SSA values instead of frame slots: arguments, call results read in later
// blocks, values defined in loop bodies, halves of pairs (slices, overflow checks), narrow
// integers from calls and arguments, structs and raw pointers built from their fields, next to
// locals that must stay in memory (assigned twice, borrowed, read before a loop assigns them).
include!("prelude.rs");
#[inline(never)]
fn id(x: i64) -> i64 { x }
#[inline(never)]
fn byte(x: u32) -> u8 { x as u8 }
#[inline(never)]
fn small(x: i32) -> i8 { x as i8 }
#[inline(never)]
fn mix(a: u32, b: u32) -> u32 { let c = a ^ b; let d = c.rotate_left(5); d.wrapping_mul(31).wrapping_add(a) }
#[inline(never)]
fn across_blocks(n: i64) -> i64 {
    let base = id(n * 3);
    let r = if n > 2 { id(base + 1) } else { id(base - 1) };
    let mut acc = 0;
    for i in 0..n {
        let sq = id(i * i);
        acc += sq + base;
    }
    acc + r
}
#[inline(never)]
fn halves(s: &[u16]) -> u32 {
    let (head, tail) = s.split_at(s.len() / 2);
    let mut t = 0u32;
    for (i, x) in head.iter().enumerate() { t = t.wrapping_add(*x as u32 * i as u32); }
    for x in tail { t = t.wrapping_mul(3).wrapping_add(*x as u32); }
    t
}
#[inline(never)]
fn narrow(x: u32) -> i64 {
    let b = byte(x);
    let s = small(x as i32);
    let c = b.wrapping_add(200);
    (b as i64) * 1000 + (s as i64) * 10 + c as i64
}
#[derive(Clone, Copy)]
struct Meters(u32);
#[derive(Clone, Copy)]
struct Span { lo: u32, hi: u32 }
#[inline(never)]
fn structs(a: u32, b: u32) -> u32 {
    let m = Meters(a + 1);
    let s = Span { lo: a.min(b), hi: a.max(b) };
    let w = (s, m);
    (w.0).hi - (w.0).lo + (w.1).0
}
#[inline(never)]
fn raw_parts(v: &[i32]) -> i32 {
    let p = core::ptr::slice_from_raw_parts(v.as_ptr(), v.len() - 1);
    let s = unsafe { &*p };
    s.iter().sum()
}
#[inline(never)]
fn memory_ones(n: i32) -> i32 {
    let mut twice = n;
    twice += 1;
    let borrowed = n * 2;
    let r = &borrowed;
    let mut later = 0;
    let mut k = 0;
    while k < n { later += *r + twice; k += 1; }
    later
}
#[inline(never)]
fn checked(a: i32, b: i32) -> i32 {
    let s = a + b;
    let p = s * 3;
    let q = p / (b | 1);
    q - a
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    pi(mix(0x1234_5678, 0x9abc_def0) as i64);
    pi(across_blocks(5));
    pi(across_blocks(1));
    pi(halves(&[1, 2, 3, 4, 5, 6, 7]) as i64);
    pi(narrow(0x1ff));
    pi(narrow(0x80));
    pi(structs(9, 4) as i64);
    pi(raw_parts(&[4, 5, 6, 100]) as i64);
    pi(memory_ones(4) as i64);
    pi(checked(7, -9) as i64);
}
