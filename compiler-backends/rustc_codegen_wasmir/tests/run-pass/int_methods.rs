// core's integer methods: checked/wrapping/saturating/overflowing arithmetic, bit queries,
// byte conversions, pow, abs, signum, rem_euclid.
#![no_std]
include!("prelude.rs");
use core::hint::black_box as bb;
fn opt(x: Option<i64>) { match x { Some(v) => pi(v), None => ps("none") } }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    opt(bb(i32::MAX).checked_add(1).map(|x| x as i64));
    opt(bb(100i32).checked_mul(7).map(|x| x as i64));
    opt(bb(5u8).checked_sub(6).map(|x| x as i64));
    opt(bb(-128i8).checked_div(-1).map(|x| x as i64));
    opt(bb(7u32).checked_rem(0).map(|x| x as i64));
    opt(bb(3i64).checked_pow(39));
    opt(bb(3i64).checked_pow(40));
    pi(bb(250u8).wrapping_add(10) as i64);
    pi(bb(-128i8).wrapping_neg() as i64);
    pi(bb(i16::MIN).wrapping_abs() as i64);
    pi(bb(200u8).saturating_add(100) as i64);
    pi(bb(-100i8).saturating_sub(100) as i64);
    pi(bb(i64::MAX).saturating_mul(2));
    let (r, o) = bb(u32::MAX).overflowing_add(2);
    pi(r as i64); pi(o as i64);
    let (r, o) = bb(i32::MIN).overflowing_sub(1);
    pi(r as i64); pi(o as i64);
    let (r, o) = bb(0x1_0000_0001u64).overflowing_mul(0x1_0000_0001);
    pi(r as i64); pi(o as i64);
    pi(bb(0b1011_0000u8).leading_zeros() as i64);
    pi(bb(0b1011_0000u8).trailing_zeros() as i64);
    pi(bb(-1i16).count_ones() as i64);
    pi(bb(0u64).leading_zeros() as i64);
    pi(bb(1u32 << 31).trailing_zeros() as i64);
    pi(bb(0x12345678u32).swap_bytes() as i64);
    pi(bb(0x1234u16).rotate_left(4) as i64);
    pi(bb(0x8000_0000_0000_0001u64).rotate_right(1) as i64);
    pi(i64::from_le_bytes(bb([1, 2, 3, 4, 5, 6, 7, 8])));
    let b = bb(0x0102_0304u32).to_be_bytes();
    pi(b[0] as i64 * 1000 + b[3] as i64);
    pi(bb(-7i32).rem_euclid(3) as i64);
    pi(bb(-7i32).div_euclid(3) as i64);
    pi((bb(-7i32) % 3) as i64);
    pi(bb(-9i64).abs());
    pi(bb(-9i64).signum());
    pi(bb(0i8).signum() as i64);
    pi(bb(2u64).pow(63) as i64);
    pi(bb(10i32).pow(9) as i64);
    pi(bb(17u32).is_power_of_two() as i64);
    pi(bb(17u32).next_power_of_two() as i64);
    pi(bb(1000u16).abs_diff(3000) as i64);
    pi(bb(-5i32).unsigned_abs() as i64);
    pi(i32::BITS as i64 + u8::MAX as i64);
    pi(bb(255u8).checked_next_power_of_two().is_none() as i64);
}
