// 128-bit integers: arithmetic, shifts, comparisons, casts, division, formatting, parsing.
#![no_std]
include!("prelude.rs");
use alloc::format;
#[inline(never)]
fn mul(a: u128, b: u128) -> u128 { a.wrapping_mul(b) }
#[inline(never)]
fn div(a: i128, b: i128) -> (i128, i128) { (a / b, a % b) }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let a: u128 = 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210;
    let b: u128 = 0xffff_ffff_ffff_ffff_0000_0000_0000_0001;
    for x in [a.wrapping_add(b), a.wrapping_sub(b), mul(a, b), a & b, a | b, a ^ b, !a, a << 3, a << 64, a << 100, a >> 7, a >> 64, a >> 127, b.rotate_left(5)] {
        pi(x as u64 as i64);
        pi((x >> 64) as u64 as i64);
    }
    let n: i128 = -170141183460469231731687303715884105728;
    pi((n >> 100) as i64);
    pi((n / 3) as i64);
    let (q, r) = div(-1_000_000_000_000_000_000_000_007, 12345678901234567);
    pi(q as i64);
    pi(r as i64);
    pi((a / 1_000_000_007) as i64);
    pi((a % 1_000_000_007) as i64);
    pi((a < b) as i64);
    pi((n < 5) as i64);
    pi(a.cmp(&b) as i64);
    pi(a.leading_zeros() as i64);
    pi(b.trailing_zeros() as i64);
    pi(a.count_ones() as i64);
    pi(a.checked_add(b).is_none() as i64);
    pi(u128::MAX.checked_mul(2).is_none() as i64);
    pi((-5i64 as i128 * 7) as i64);
    pi((u64::MAX as u128 + 1 >> 32) as i64);
    pstr(&format!("{} {} {}", a, n, u128::MAX));
    pstr(&format!("{:x} {:?} {}", b, -42i128, 0u128));
    pi("340282366920938463463374607431768211455".parse::<u128>().map(|v| (v == u128::MAX) as i64).unwrap_or(-1));
    pi("-12345678901234567890123".parse::<i128>().map(|v| (v / 1000000000000) as i64).unwrap_or(-1));
    match a {
        0 => ps("zero"),
        0x0123_4567_89ab_cdef_fedc_ba98_7654_3210 => ps("a"),
        _ => ps("other"),
    }
}
