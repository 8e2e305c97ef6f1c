#![no_std]
include!("prelude.rs");
#[inline(never)]
fn f(a: f64, b: f64) { pf(a + b); pf(a - b); pf(a * b); pf(a / b); pi((a < b) as i64); pi((a == b) as i64); pi((a >= b) as i64); pf(a.min(b)); pf(a.max(b)); pf(-a); }
#[inline(never)]
fn g(a: f32) { pf(a as f64); pf((a * 3.5) as f64); pi(a as i32 as i64); pi(a as u8 as i64); pi(a as i64); pi(a as u64 as i64); pf(a.to_bits() as f64); pf(f32::from_bits(a.to_bits() ^ 1) as f64); }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let xs = [0.0f64, -0.0, 1.5, -2.25, 1e300, -1e-300, f64::INFINITY, f64::NAN, 3.0];
    for &a in &xs { for &b in &xs { f(a, b); } }
    let ys = [0.0f32, 1.9, -1.9, 300.7, -300.7, 3e9, -3e9, 1e20, f32::NAN, f32::NEG_INFINITY, 255.5];
    for &a in &ys { g(a); }
    for i in -5..5 { pf(i as f64 / 3.0); pf((i as f32 * 0.1) as f64); pi((i as f64 * 1.7) as i64); }
    let mut x = 2.0f64; for _ in 0..6 { x = (x + 2.0 / x) * 0.5; } pf(x);
    pf(1.0f64.copysign(-3.0));
}
