// Adapted from rustc 1.96.0 compiler/rustc_codegen_cranelift/example/example.rs (MIT/Apache-2.0):
// no_core/mini_core -> no_std/core, and a `run` that calls every function and prints results
// (the original is only compiled).
#![no_std]
#![feature(unboxed_closures, fn_traits, core_intrinsics)]
#![allow(dead_code, unnecessary_transmutes, internal_features)]
include!("prelude.rs");
use core::intrinsics;
pub fn abc(a: u8) -> u8 {
    a * 2
}

pub fn bcd(b: bool, a: u8) -> u8 {
    if b { a * 2 } else { a * 3 }
}

pub fn call() {
    abc(42);
}

pub fn indirect_call() {
    let f: fn() = call;
    f();
}

pub enum BoolOption {
    Some(bool),
    None,
}

pub fn option_unwrap_or(o: BoolOption, d: bool) -> bool {
    match o {
        BoolOption::Some(b) => b,
        BoolOption::None => d,
    }
}

pub fn ret_42() -> u8 {
    42
}

pub fn return_str() -> &'static str {
    "hello world"
}

pub fn promoted_val() -> &'static u8 {
    &(1 * 2)
}

pub fn cast_ref_to_raw_ptr(abc: &u8) -> *const u8 {
    abc as *const u8
}

pub fn cmp_raw_ptr(a: *const u8, b: *const u8) -> bool {
    a == b
}

pub fn int_cast(a: u16, b: i16) -> (u8, u16, u32, usize, i8, i16, i32, isize, u8, u32) {
    (
        a as u8, a as u16, a as u32, a as usize, a as i8, a as i16, a as i32, a as isize, b as u8,
        b as u32,
    )
}

pub fn char_cast(c: char) -> u8 {
    c as u8
}

pub struct DebugTuple(());

pub fn debug_tuple() -> DebugTuple {
    DebugTuple(())
}

pub fn use_size_of() -> usize {
    size_of::<u64>()
}

pub unsafe fn use_copy_intrinsic(src: *const u8, dst: *mut u8) {
    unsafe {
        intrinsics::copy::<u8>(src, dst, 1);
    }
}

pub unsafe fn use_copy_intrinsic_ref(src: *const u8, dst: *mut u8) {
    unsafe {
        let copy2 = &intrinsics::copy::<u8>;
        copy2(src, dst, 1);
    }
}

pub const ABC: u8 = 6 * 7;

pub fn use_const() -> u8 {
    ABC
}

pub fn call_closure_3arg() {
    (|_, _, _| {})(0u8, 42u16, 0u8)
}

pub fn call_closure_2arg() {
    (|_, _| {})(0u8, 42u16)
}

pub struct IsNotEmpty;

impl<'a, 'b> FnOnce<(&'a &'b [u16],)> for IsNotEmpty {
    type Output = (u8, u8);

    #[inline]
    extern "rust-call" fn call_once(mut self, arg: (&'a &'b [u16],)) -> (u8, u8) {
        self.call_mut(arg)
    }
}

impl<'a, 'b> FnMut<(&'a &'b [u16],)> for IsNotEmpty {
    #[inline]
    extern "rust-call" fn call_mut(&mut self, _arg: (&'a &'b [u16],)) -> (u8, u8) {
        (0, 42)
    }
}

pub fn call_is_not_empty() {
    IsNotEmpty.call_once((&(&[0u16] as &[_]),));
}

pub fn eq_char(a: char, b: char) -> bool {
    a == b
}

pub unsafe fn transmute(c: char) -> u32 {
    unsafe { intrinsics::transmute(c) }
}

pub unsafe fn deref_str_ptr(s: *const str) -> &'static str {
    unsafe { &*s }
}

pub fn use_array(arr: [u8; 3]) -> u8 {
    arr[1]
}

pub fn repeat_array() -> [u8; 3] {
    [0; 3]
}

pub fn array_as_slice(arr: &[u8; 3]) -> &[u8] {
    arr
}

pub unsafe fn use_ctlz_nonzero(a: u16) -> u32 {
    unsafe { intrinsics::ctlz_nonzero(a) }
}

pub fn ptr_as_usize(ptr: *const u8) -> usize {
    ptr as usize
}

pub fn float_cast(a: f32, b: f64) -> (f64, f32) {
    (a as f64, b as f32)
}

pub fn int_to_float(a: u8, b: i32) -> (f64, f32) {
    (a as f64, b as f32)
}

pub fn make_array() -> [u8; 3] {
    [42, 0, 5]
}

pub fn some_promoted_tuple() -> &'static (&'static str, &'static str) {
    &("abc", "some")
}

pub fn index_slice(s: &[u8]) -> u8 {
    s[2]
}

pub struct StrWrapper {
    s: str,
}

pub fn str_wrapper_get(w: &StrWrapper) -> &str {
    &w.s
}

pub fn i16_as_i8(a: i16) -> i8 {
    a as i8
}

pub struct Unsized(u8, str);

pub fn get_sized_field_ref_from_unsized_type(u: &Unsized) -> &u8 {
    &u.0
}

pub fn get_unsized_field_ref_from_unsized_type(u: &Unsized) -> &str {
    &u.1
}

pub fn reuse_byref_argument_storage(a: (u8, u16, u32)) -> u8 {
    a.0
}
#[unsafe(no_mangle)]
pub extern "C" fn run() {
    use core::hint::black_box as bb;
    pi(abc(bb(21)) as i64);
    pi(bcd(bb(true), 5) as i64);
    pi(bcd(bb(false), 5) as i64);
    call();
    indirect_call();
    pi(option_unwrap_or(BoolOption::Some(bb(false)), true) as i64);
    pi(option_unwrap_or(BoolOption::None, bb(true)) as i64);
    pi(ret_42() as i64);
    ps(return_str());
    pi(*promoted_val() as i64);
    let x = 9u8;
    pi((cmp_raw_ptr(cast_ref_to_raw_ptr(&x), &x) as i64) + 10 * (cmp_raw_ptr(&x, &ABC) as i64));
    let t = int_cast(bb(65000), bb(-2));
    pi(t.0 as i64); pi(t.1 as i64); pi(t.2 as i64); pi(t.3 as i64); pi(t.4 as i64);
    pi(t.5 as i64); pi(t.6 as i64); pi(t.7 as i64); pi(t.8 as i64); pi(t.9 as i64);
    pi(char_cast(bb('Z')) as i64);
    let _ = debug_tuple();
    pi(use_size_of() as i64);
    let mut dst = [0u8; 2];
    unsafe {
        use_copy_intrinsic(&7, &mut dst[0]);
        use_copy_intrinsic_ref(&8, &mut dst[1]);
    }
    pi(dst[0] as i64 * 100 + dst[1] as i64);
    pi(use_const() as i64);
    call_closure_3arg();
    call_closure_2arg();
    call_is_not_empty();
    let (a, b) = IsNotEmpty.call_once((&(&[0u16] as &[_]),));
    pi(a as i64 * 1000 + b as i64);
    pi(eq_char(bb('a'), 'a') as i64);
    pi(eq_char(bb('a'), 'b') as i64);
    pi(unsafe { transmute(bb('λ')) } as i64);
    ps(unsafe { deref_str_ptr("raw str" as *const str) });
    pi(use_array(bb([1, 2, 3])) as i64);
    let r = repeat_array();
    pi(r[0] as i64 + r[2] as i64);
    pi(array_as_slice(&[4, 5, 6]).len() as i64);
    pi(unsafe { use_ctlz_nonzero(bb(0x00f0)) } as i64);
    pi((ptr_as_usize(&x) != 0) as i64);
    let (f, g) = float_cast(bb(1.5), bb(2.25));
    pf(f); pf(g as f64);
    let (f, g) = int_to_float(bb(200), bb(-7));
    pf(f); pf(g as f64);
    let a = make_array();
    pi(a[0] as i64 + a[2] as i64);
    let p = some_promoted_tuple();
    ps(p.0); ps(p.1);
    pi(index_slice(&[9, 8, 7, 6]) as i64);
    pi(i16_as_i8(bb(-300)) as i64);
    pi(reuse_byref_argument_storage(bb((3, 4, 5))) as i64);
}
