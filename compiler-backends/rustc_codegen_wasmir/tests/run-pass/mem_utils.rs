#![no_std]
include!("prelude.rs");
#[derive(Default, Clone, Copy)]
struct S { a: u32, b: u8 }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let mut a = 1; let mut b = 2; core::mem::swap(&mut a, &mut b); pi(a); pi(b);
    let mut o = Some(5); let t = o.take(); pi(t.unwrap_or(0)); pi(o.is_none() as i64);
    let mut v = 10; let old = core::mem::replace(&mut v, 20); pi(old); pi(v);
    let mut s = S { a: 7, b: 8 }; let d = core::mem::take(&mut s); pi(d.a as i64 + d.b as i64); pi(s.a as i64 + s.b as i64);
    let arr = [1u8, 2, 3, 4]; let x: u32 = u32::from_le_bytes(arr); pi(x as i64); pi(u32::from_be_bytes(arr) as i64);
    pi(f64::from_bits(0x4009_21FB_5444_2D18).to_bits() as i64); pf(f64::from_bits(0x4009_21FB_5444_2D18));
    let mut buf = [0u8; 8]; buf.copy_from_slice(&0x1122334455667788u64.to_le_bytes()); pi(buf[0] as i64); pi(buf[7] as i64);
    let mut z = [9u8; 10]; z.fill(3); z[2..5].copy_from_slice(&[1, 2, 3]); pi(z.iter().map(|&x| x as i64).sum());
    let p: *const u8 = arr.as_ptr(); pi(unsafe { *p.add(2) } as i64);
    let mut m = [1i32, 2, 3, 4, 5]; m.reverse(); pi(m[0] as i64); m.rotate_left(2); pi(m[0] as i64);
    let r: &mut [i32] = &mut m; r[1] = -1; pi(m.iter().sum::<i32>() as i64);
    pi(core::mem::size_of_val(&m) as i64); pi(core::mem::size_of_val("héllo") as i64);
    let raw = &s as *const S; pi(unsafe { (*raw).a } as i64);
}
