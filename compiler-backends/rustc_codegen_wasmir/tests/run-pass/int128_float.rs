// 128-bit integers to and from floats (`as`, rounded to nearest-even / saturating): edge cases
// of the rounding (ties, a sticky bit only in the low half), the bounds, NaN and infinities,
// and a few thousand pseudo-random values folded into checksums of the results' bits.
#![no_std]
include!("../run-pass/prelude.rs");
use core::hint::black_box;

#[inline(never)]
fn u2d(x: u128) -> f64 { x as f64 }
#[inline(never)]
fn u2f(x: u128) -> f32 { x as f32 }
#[inline(never)]
fn i2d(x: i128) -> f64 { x as f64 }
#[inline(never)]
fn i2f(x: i128) -> f32 { x as f32 }
#[inline(never)]
fn d2u(x: f64) -> u128 { x as u128 }
#[inline(never)]
fn d2i(x: f64) -> i128 { x as i128 }
#[inline(never)]
fn f2u(x: f32) -> u128 { x as u128 }
#[inline(never)]
fn f2i(x: f32) -> i128 { x as i128 }

fn p128(x: u128) {
    pi(x as u64 as i64);
    pi((x >> 64) as u64 as i64);
}

fn ints(x: u128) {
    pi(u2d(black_box(x)).to_bits() as i64);
    pi(u2f(black_box(x)).to_bits() as i64);
    pi(i2d(black_box(x as i128)).to_bits() as i64);
    pi(i2f(black_box(x as i128)).to_bits() as i64);
}

fn floats(x: f64) {
    p128(d2u(black_box(x)));
    p128(d2i(black_box(x)) as u128);
    p128(f2u(black_box(x as f32)));
    p128(f2i(black_box(x as f32)) as u128);
}

#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let edges: [u128; 22] = [
        0,
        1,
        (1 << 53) + 1,
        (1 << 64) - 1,
        1 << 64,
        (1 << 64) + 1,
        (1 << 64) + (1 << 11),
        (1 << 64) + (1 << 11) + 1,
        (1 << 64) + (3 << 11),
        (1 << 65) + (1 << 12) + 1,
        (1 << 100) + (1 << 47),
        (1 << 100) + (1 << 47) + 1,
        (1 << 100) + (1 << 76),
        (1 << 100) + (1 << 76) + 1,
        1 << 127,
        (1 << 127) - 1,
        u128::MAX,
        u128::MAX - (1 << 103),
        u128::MAX << 24,
        (u128::MAX << 104) >> 1,
        0x1234_5678_9abc_def0_0fed_cba9_8765_4321,
        (-5i128) as u128,
    ];
    for x in edges {
        ints(x);
    }
    let fl: [f64; 24] = [
        0.0,
        -0.0,
        0.5,
        -0.99,
        1.5,
        -1.5,
        18446744073709551615.0,
        18446744073709551616.0,
        36893488147419103232.0 + 8192.0,
        1e30,
        -1e30,
        1.7014118346046923e38,
        -1.7014118346046923e38,
        3.402823669209385e38,
        3.4e38,
        -3.4e38,
        1e300,
        -1e300,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        f64::MAX,
        f64::MIN_POSITIVE,
        123456789012345678901234567890.0,
    ];
    for x in fl {
        floats(x);
    }
    // xorshift128+ over the whole range and over values of every width.
    let (mut s0, mut s1) = (0x9e37_79b9_7f4a_7c15u64, 0xbf58_476d_1ce4_e5b9u64);
    let mut next = || {
        let mut x = s0;
        let y = s1;
        s0 = y;
        x ^= x << 23;
        s1 = x ^ y ^ (x >> 17) ^ (y >> 26);
        s1.wrapping_add(y)
    };
    let (mut a, mut b, mut c, mut d) = (0u64, 0u64, 0u64, 0u64);
    let (mut e, mut f) = (0u128, 0u128);
    for i in 0..4000u32 {
        let x = ((next() as u128) << 64 | next() as u128) >> (i % 128);
        a = a.rotate_left(5) ^ u2d(black_box(x)).to_bits();
        b = b.rotate_left(5) ^ u2f(black_box(x)).to_bits() as u64;
        c = c.rotate_left(5) ^ i2d(black_box(x as i128)).to_bits();
        d = d.rotate_left(5) ^ i2f(black_box(x as i128)).to_bits() as u64;
        let y = f64::from_bits(next() >> 1 | (next() & (1 << 63)));
        let y = if y.is_nan() { 1.0 } else { y } * 1.0;
        let z = (x as f64) * if i % 2 == 0 { 1.0 } else { -1.0 };
        e = e.rotate_left(7) ^ d2u(black_box(y)) ^ d2i(black_box(z)) as u128;
        f = f.rotate_left(7) ^ f2u(black_box(z as f32)) ^ f2i(black_box(y as f32)) as u128;
    }
    pi(a as i64);
    pi(b as i64);
    pi(c as i64);
    pi(d as i64);
    p128(e);
    p128(f);
}
