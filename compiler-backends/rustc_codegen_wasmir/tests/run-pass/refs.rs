#![no_std]
include!("prelude.rs");
struct Node { val: i32, next: Option<usize> }
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str { if a.len() >= b.len() { a } else { b } }
fn inc_all(xs: &mut [i32]) { for x in xs.iter_mut() { *x += 1; } }
fn split_first_mut(xs: &mut [i32]) -> Option<(&mut i32, &mut [i32])> { xs.split_first_mut() }
#[inline(never)]
fn deep(r: &&&i64) -> i64 { ***r * 2 }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let nodes = [Node { val: 1, next: Some(2) }, Node { val: 2, next: None }, Node { val: 3, next: Some(1) }];
    let mut cur = Some(0); let mut s = 0; while let Some(i) = cur { s = s * 10 + nodes[i].val; cur = nodes[i].next; } pi(s as i64);
    ps(longest("abc", "de")); ps(longest("x", "yz"));
    let mut v = [1, 2, 3]; inc_all(&mut v); pi(v.iter().sum::<i32>() as i64);
    if let Some((h, t)) = split_first_mut(&mut v) { *h = 100; t[0] = 200; } pi(v[0] as i64 + v[1] as i64 + v[2] as i64);
    let x = 21i64; let r1 = &x; let r2 = &r1; pi(deep(&r2));
    let mut a = [0u8; 4]; { let (l, r) = a.split_at_mut(2); l[0] = 1; r[1] = 9; } pi(a[0] as i64 * 10 + a[3] as i64);
    let mut p = (1, 2); { let (ref mut x, ref y) = p; *x += *y; } pi(p.0 as i64);
    let opt = &Some(5); if let Some(n) = opt { pi(*n as i64); }
    let raw = &mut v[1] as *mut i32; unsafe { *raw = -4; *raw.offset(1) = -5; } pi(v[1] as i64 + v[2] as i64);
    pi(core::ptr::eq(&v[0], &v[0]) as i64); pi((&v[0] as *const i32 == &v[1] as *const i32) as i64);
}
