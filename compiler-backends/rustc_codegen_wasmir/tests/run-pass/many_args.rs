// The calling convention: many mixed scalar arguments, scalar pairs, large structs passed and
// returned by value, nested calls, and function pointers with such signatures.
#![no_std]
include!("prelude.rs");
#[derive(Clone, Copy)]
struct Big { a: u8, b: u64, c: f32, d: [u16; 5], e: i32 }
fn mix(a: u8, b: i16, c: u32, d: i64, e: f32, f: f64, g: bool, h: char, i: usize, j: i8, k: u64, l: f32) -> f64 {
    a as f64 + b as f64 * 2.0 + c as f64 * 3.0 + d as f64 * 4.0 + e as f64 * 5.0 + f * 6.0
        + g as u8 as f64 * 7.0 + h as u32 as f64 * 8.0 + i as f64 * 9.0 + j as f64 * 10.0 + k as f64 * 11.0 + l as f64 * 12.0
}
fn pair(x: (u32, u64), s: &str, t: &[i16]) -> (u64, usize) { (x.0 as u64 + x.1 + t.len() as u64, s.len()) }
fn make_big(seed: u16) -> Big { Big { a: seed as u8, b: seed as u64 * 1000, c: seed as f32 / 4.0, d: [seed, seed + 1, seed + 2, seed + 3, seed + 4], e: -(seed as i32) } }
fn tweak(mut b: Big, k: u16) -> Big { b.a = b.a.wrapping_add(k as u8); for x in b.d.iter_mut() { *x *= k; } b.e -= 1; b }
fn sum_big(b: Big) -> f64 { b.a as f64 + b.b as f64 + b.c as f64 + b.d.iter().map(|&x| x as f64).sum::<f64>() + b.e as f64 }
fn apply(f: fn(Big, u16) -> Big, b: Big) -> Big { f(f(b, 2), 3) }
fn ret_tuple(x: i32) -> (i32, f64, bool, u8) { (x * 2, x as f64 / 2.0, x > 0, x as u8) }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    pf(mix(1, -2, 3, -4, 5.5, -6.25, true, 'A', 9, -10, 11, 0.5));
    let (a, b) = pair((7, 1 << 40), "héllo", &[1, 2, 3]);
    pi(a as i64); pi(b as i64);
    let big = make_big(10);
    pf(sum_big(big));
    let t = apply(tweak, big);
    pf(sum_big(t));
    pi(t.a as i64); pi(t.d[4] as i64); pi(t.e as i64);
    pf(sum_big(big));
    let (x, y, z, w) = ret_tuple(-7);
    pi(x as i64); pf(y); pi(z as i64); pi(w as i64);
    let arr = [make_big(1), make_big(2), make_big(3)];
    let mut s = 0.0;
    for b in arr { s += sum_big(tweak(b, 5)); }
    pf(s);
}
