// Unions, repr(C) and repr(packed) layouts, transmutes between same-size types, raw pointer
// reads/writes (ptr::read/write/copy, read_unaligned), offsets of fields, MaybeUninit.
#![no_std]
include!("prelude.rs");
use core::mem::{MaybeUninit, size_of, align_of, offset_of};
#[repr(C)] union Bits { f: f32, u: u32, b: [u8; 4] }
#[repr(C)] struct Header { tag: u8, len: u32, flag: u16 }
#[repr(C, packed)] struct Packed { tag: u8, len: u32, flag: u16 }
#[repr(C)] #[derive(Clone, Copy)] struct Rgb { r: u8, g: u8, b: u8 }
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    let mut x = Bits { f: 1.0 };
    unsafe {
        pi(x.u as i64);
        x.b[3] ^= 0x80;
        pf(x.f as f64);
        x.u = 0x4049_0fdb;
        pf(x.f as f64);
    }
    pi(size_of::<Header>() as i64); pi(align_of::<Header>() as i64); pi(offset_of!(Header, len) as i64); pi(offset_of!(Header, flag) as i64);
    pi(size_of::<Packed>() as i64); pi(offset_of!(Packed, flag) as i64);
    let p = Packed { tag: 1, len: 0xdead_beef, flag: 7 };
    let len = p.len;
    pi(len as i64); pi({ p.flag } as i64 + p.tag as i64);
    let bytes: [u8; 8] = unsafe { core::mem::transmute(0x0102_0304_0506_0708u64) };
    for b in bytes { pi(b as i64); }
    let back: u64 = unsafe { core::mem::transmute(bytes) };
    pi(back as i64);
    let f: u64 = unsafe { core::mem::transmute(-2.5f64) };
    pi(f as i64);
    let raw = [0x11u8, 0x22, 0x33, 0x44, 0x55, 0x66];
    let v = unsafe { core::ptr::read_unaligned(raw.as_ptr().add(1) as *const u32) };
    pi(v as i64);
    let mut dst = [0u16; 4];
    unsafe {
        core::ptr::write(dst.as_mut_ptr().add(2), 999);
        core::ptr::copy_nonoverlapping([5u16, 6].as_ptr(), dst.as_mut_ptr(), 2);
        core::ptr::copy(dst.as_ptr(), dst.as_mut_ptr().add(1), 3);
        pi(core::ptr::read(dst.as_ptr().add(3)) as i64);
    }
    for d in dst { pi(d as i64); }
    let mut m: MaybeUninit<Rgb> = MaybeUninit::uninit();
    let c = unsafe { m.as_mut_ptr().write(Rgb { r: 10, g: 20, b: 30 }); m.assume_init() };
    pi(c.r as i64 + c.g as i64 * 100 + c.b as i64 * 10000);
    let mut arr: [MaybeUninit<u32>; 4] = [MaybeUninit::uninit(); 4];
    for (i, a) in arr.iter_mut().enumerate() { a.write(i as u32 * 7); }
    let vals: [u32; 4] = unsafe { core::mem::transmute(arr) };
    pi(vals.iter().sum::<u32>() as i64);
    let p1 = &raw[0] as *const u8; let p2 = &raw[5] as *const u8;
    pi(unsafe { p2.offset_from(p1) } as i64);
    pi((p1.wrapping_add(5) == p2) as i64);
    pi(core::ptr::null::<u8>().is_null() as i64);
}
