#![no_std]
include!("prelude.rs");
#[inline(never)]
fn popcnt_loop(mut x: u64) -> u32 { let mut n = 0; while x != 0 { x &= x - 1; n += 1; } n }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let xs = [0u64, 1, 0xff, 0x8000_0000_0000_0000, 0xdead_beef_cafe_f00d, u64::MAX];
    for &x in &xs { pi(popcnt_loop(x) as i64); pi(x.count_ones() as i64); pi(x.leading_zeros() as i64); pi(x.trailing_zeros() as i64); pi(x.rotate_left(17) as i64); pi(x.swap_bytes() as i64); pi(x.reverse_bits() as i64); pi((x as u32).reverse_bits() as i64); pi((x as u8).leading_zeros() as i64); }
    pi(0b1011_0000u8.trailing_zeros() as i64); pi(1u32.checked_shl(40).is_none() as i64); pi((-8i32 >> 1) as i64); pi((0x8000_0000u32 >> 31) as i64);
    pi(u16::MAX.checked_next_power_of_two().is_none() as i64); pi(37u32.next_power_of_two() as i64); pi(64u32.is_power_of_two() as i64);
    pi(i8::MIN.checked_abs().is_none() as i64); pi((-128i8).wrapping_abs() as i64); pi(200u8.overflowing_add(100).0 as i64); pi(200u8.overflowing_add(100).1 as i64);
    pi(i64::MAX.overflowing_mul(2).1 as i64); pi(u64::MAX.overflowing_sub(1).0 as i64); pi((5u64).saturating_sub(9) as i64); pi(i16::MAX.saturating_add(9) as i64);
}
