#![no_std]
include!("prelude.rs");
#[inline(never)]
fn ops8(a: i8, b: i8) { pi(a.wrapping_add(b) as i64); pi(a.wrapping_mul(b) as i64); pi((a as u8 >> 3) as i64); pi((a >> 2) as i64); pi(a.wrapping_neg() as i64); pi(!a as i64); }
#[inline(never)]
fn ops16(a: u16, b: u16) { pi(a.wrapping_sub(b) as i64); pi((a / b.max(1)) as i64); pi((a % b.max(1)) as i64); pi(a.rotate_left(5) as i64); pi(a.leading_zeros() as i64); pi(a.trailing_zeros() as i64); pi(a.count_ones() as i64); pi(a.swap_bytes() as i64); }
#[inline(never)]
fn ops32(a: i32, b: i32) { pi(a.wrapping_mul(b) as i64); pi((a ^ b) as i64); pi((a | b) as i64); pi((a & b) as i64); pi(a.wrapping_shl(b as u32) as i64); pi((a as u32).wrapping_shr(7) as i64); pi(a.checked_add(b).map_or(-1, |x| x as i64)); pi(a.saturating_add(b) as i64); pi(a.saturating_sub(b) as i64); pi(a.rotate_right(13) as i64); pi(a.abs_diff(b) as i64); }
#[inline(never)]
fn ops64(a: i64, b: i64) { pi(a.wrapping_mul(b)); pi(a.wrapping_div(b | 1)); pi(a.wrapping_rem(b | 1)); pi(a.checked_mul(b).unwrap_or(7)); pi((a as u64).checked_mul(b as u64).map_or(9, |x| x as i64)); pi(a.leading_zeros() as i64); pi(a.count_ones() as i64); pi((a as u64 >> 60) as i64); pi(a.signum()); pi(a.pow(3)); }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let v8 = [0i8, 1, -1, 127, -128, 55, -77];
    for &a in &v8 { for &b in &v8 { ops8(a, b); } }
    let v16 = [0u16, 1, 65535, 300, 4096, 12345];
    for &a in &v16 { for &b in &v16 { ops16(a, b); } }
    let v32 = [0i32, 1, -1, i32::MAX, i32::MIN, 123456, -98765, 31];
    for &a in &v32 { for &b in &v32 { ops32(a, b); } }
    let v64 = [0i64, 1, -1, i64::MAX, i64::MIN, 1 << 40, -(1 << 33) + 5, 3037000499];
    for &a in &v64 { for &b in &v64 { ops64(a, b); } }
    pi(u32::MAX as i64); pi(-5i32 as u32 as i64); pi(300i32 as u8 as i64); pi(-1i64 as u16 as i64); pi(200u8 as i8 as i64); pi(u64::MAX as i32 as i64);
    pi((7u32).pow(5) as i64); pi(i32::MIN.wrapping_abs() as i64); pi((-17i32).rem_euclid(5) as i64); pi((-17i32).div_euclid(5) as i64);
}
