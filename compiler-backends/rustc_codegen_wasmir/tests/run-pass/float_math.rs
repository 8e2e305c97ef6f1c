// f32/f64 arithmetic and core's float functions: sqrt, floor, ceil, trunc, round_ties_even,
// round, abs, copysign, min/max (with NaN), clamp, to_bits/from_bits,
// saturating float-to-int casts, classification.
#![no_std]
#![feature(core_float_math)]
include!("prelude.rs");
use core::f64::math as m;
use core::hint::black_box as bb;
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let xs = [0.0f64, -0.0, 1.5, -2.5, 2.5, 1e300, -1e-300, f64::INFINITY, f64::NEG_INFINITY, f64::NAN, 3.999, -7.25];
    for &x in xs.iter() {
        let x = bb(x);
        pf(m::sqrt(x)); pf(m::floor(x)); pf(m::ceil(x)); pf(m::trunc(x)); pf(m::round_ties_even(x)); pf(m::round(x)); pf(x.abs());
        pf(x.copysign(-1.0)); pf(x.min(1.0)); pf(x.max(1.0)); pf(x.clamp(-3.0, 3.0));
        pi(x as i32 as i64); pi(x as u8 as i64); pi(x as i64); pi(x as u64 as i64);
        pi(x.is_nan() as i64 * 8 + x.is_infinite() as i64 * 4 + x.is_finite() as i64 * 2 + x.is_sign_negative() as i64);
        pi(x.to_bits() as i64);
        let y = x as f32;
        pf(y as f64); pf(core::f32::math::sqrt(y) as f64); pf(core::f32::math::round(y) as f64); pf(core::f32::math::floor(y) as f64); pf((y * 3.0 - 1.0) as f64); pi(y.to_bits() as i64); pi(y as i16 as i64);
    }
    pf(f64::from_bits(bb(0x4009_21fb_5444_2d18)));
    pf(f32::from_bits(bb(0x4049_0fdb)) as f64);
    pf(bb(1.0f64) / 3.0);
    pf((bb(2.0f32) / 3.0 * 3.0) as f64);
    pf(bb(0.1f64) + 0.2);
    pf(bb(-0.0f64) * 0.0);
    pf(bb(5.5f64) % 2.0);
    pf(bb(-5.5f32) as f64 % 2.0);
    pi((bb(f64::NAN) == f64::NAN) as i64);
    pi((bb(0.0f64) == -0.0) as i64);
    pi(bb(1.0f64).total_cmp(&-0.0) as i64);
    pi(bb(u64::MAX) as f64 as u64 as i64);
    pf(bb(u64::MAX) as f32 as f64);
    pf(bb(i64::MIN) as f64);
    pf(bb(16777217i32) as f32 as f64);
}
