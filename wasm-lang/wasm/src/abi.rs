//! The canonical ABI runtime used by the glue `#[wasm::component]` generates.
//!
//! Every boundary type implements [`Abi`] (its size, alignment and flat value count in the
//! canonical ABI), [`Lower`] (move a value into flat core values or into memory) and
//! [`Lift`] (take one back). Lowering *moves*: a list's buffer is handed over, not copied,
//! and lifting re-owns it, so `lift(lower(x))` is `x` with no allocation in between.
//!
//! Flat values travel as raw bits in a `u64` each. The canonical ABI joins variant payloads
//! of different core types by bit reinterpretation and zero extension, which is exactly
//! what storing `f32::to_bits()`/`u32` zero-extended into a `u64` does, so variants need no
//! special casing.
//!
//! Memory layouts are the canonical ABI's 32-bit ones; pointers stored in memory are 32 bits,
//! so list/string memory forms only work on wasm32 (where the glue runs).

use alloc::alloc::Layout;
use alloc::string::String;
use alloc::vec::Vec;

use crate::memory::View;
use crate::Pod;

/// Runs the module's static constructors once, from the first exported call.
///
/// Referencing `__wasm_call_ctors` ourselves tells wasm-ld the module manages its
/// constructors, so it does not wrap every export in a "command" wrapper that runs the
/// constructors before and the destructors (atexit handlers, stdio flush) after each call, which
/// is wrong for a component that is called many times.
#[cfg(target_arch = "wasm32")]
pub fn run_ctors_once() {
    use core::sync::atomic::{AtomicBool, Ordering};
    unsafe extern "C" {
        fn __wasm_call_ctors();
    }
    static RAN: AtomicBool = AtomicBool::new(false);
    if !RAN.swap(true, Ordering::Relaxed) {
        // SAFETY: linker-provided; runs once, before any user code of the export.
        unsafe { __wasm_call_ctors() }
    }
}

/// Stops on a canonical-ABI violation (a host handing over an invalid value, or glue
/// disagreeing with its signature). On wasm32 this is a bare `unreachable` trap, so the glue
/// pulls in no panic formatting or printing; elsewhere it panics with `msg`.
#[cfg_attr(target_arch = "wasm32", inline(always))]
#[cfg_attr(not(target_arch = "wasm32"), cold, inline(never))]
pub fn trap(msg: &str) -> ! {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = msg;
        core::arch::wasm32::unreachable()
    }
    #[cfg(not(target_arch = "wasm32"))]
    panic!("{msg}")
}

/// Most flat values a function's parameters may use before they go through memory.
pub const MAX_FLAT_PARAMS: usize = 16;

/// Size, alignment and flattening of a boundary type.
///
/// # Safety
/// The constants must match the canonical ABI for the WIT type the implementation stands for,
/// and `CANONICAL_LAYOUT` may only be true when the Rust layout equals the canonical one and
/// values hold nothing to convert (plain numbers).
pub unsafe trait Abi: Sized {
    /// Size in linear memory.
    const SIZE: usize;
    /// Alignment in linear memory.
    const ALIGN: usize;
    /// Number of flat core values.
    const FLAT: usize;
    /// Rust layout == canonical layout, so a `list<T>` buffer can be adopted as `[T]`.
    const CANONICAL_LAYOUT: bool = false;
}

/// Moving a value out to the canonical ABI.
pub trait Lower: Abi {
    /// Appends exactly `Self::FLAT` values; ownership of any buffer moves into them.
    fn lower(self, out: &mut FlatWriter);
    /// Writes the value at `ptr`; ownership of any buffer moves into the memory form.
    ///
    /// # Safety
    /// `ptr` must be valid for `SIZE` bytes and aligned to `ALIGN`.
    unsafe fn store(self, ptr: *mut u8);
}

/// Taking a value in from the canonical ABI.
pub trait Lift: Abi {
    /// Reads exactly `Self::FLAT` values, adopting any buffers they own.
    ///
    /// # Safety
    /// The values must be a valid lowering of `Self` whose buffers nobody else owns.
    unsafe fn lift(src: &mut FlatReader<'_>) -> Self;
    /// Reads the memory form at `ptr`, adopting any buffers it owns.
    ///
    /// # Safety
    /// As for [`Lift::lift`], with `ptr` valid for `SIZE` bytes and aligned.
    unsafe fn load(ptr: *const u8) -> Self;
}

/// Flat values being produced.
pub struct FlatWriter {
    vals: [u64; MAX_FLAT_PARAMS],
    len: usize,
}

impl Default for FlatWriter {
    fn default() -> Self {
        Self::new()
    }
}

impl FlatWriter {
    /// Empty.
    pub const fn new() -> Self {
        FlatWriter { vals: [0; MAX_FLAT_PARAMS], len: 0 }
    }
    /// Appends raw bits.
    #[inline]
    pub fn push(&mut self, bits: u64) {
        match self.vals.get_mut(self.len) {
            Some(v) => *v = bits,
            None => trap("canonical ABI: more than 16 flat values"),
        }
        self.len += 1;
    }
    /// Appends `n` zero values (variant payload padding).
    #[inline]
    pub fn pad(&mut self, n: usize) {
        for _ in 0..n {
            self.push(0);
        }
    }
    /// The values written so far.
    pub fn as_slice(&self) -> &[u64] {
        self.vals.get(..self.len).unwrap_or(&[])
    }
    /// Value `i` (0 if never written).
    #[inline]
    pub fn get(&self, i: usize) -> u64 {
        match self.vals.get(i) {
            Some(v) => *v,
            None => trap("canonical ABI: flat value index out of range"),
        }
    }
}

/// Flat values being consumed.
pub struct FlatReader<'a> {
    vals: &'a [u64],
    pos: usize,
}

impl<'a> FlatReader<'a> {
    /// Reads from `vals`.
    pub fn new(vals: &'a [u64]) -> Self {
        FlatReader { vals, pos: 0 }
    }
    /// Next raw value.
    #[inline]
    pub fn next(&mut self) -> u64 {
        let Some(v) = self.vals.get(self.pos) else { trap("canonical ABI: too few flat values") };
        self.pos += 1;
        *v
    }
    /// Skips `n` values (variant payload padding).
    #[inline]
    pub fn skip(&mut self, n: usize) {
        self.pos += n;
    }
}

/// Core value -> flat bits.
#[inline]
pub fn from_i32(v: i32) -> u64 {
    v as u32 as u64
}
/// Core value -> flat bits.
#[inline]
pub fn from_i64(v: i64) -> u64 {
    v as u64
}
/// Core value -> flat bits.
#[inline]
pub fn from_f32(v: f32) -> u64 {
    v.to_bits() as u64
}
/// Core value -> flat bits.
#[inline]
pub fn from_f64(v: f64) -> u64 {
    v.to_bits()
}
/// Flat bits -> core value.
#[inline]
pub fn to_i32(v: u64) -> i32 {
    v as u32 as i32
}
/// Flat bits -> core value.
#[inline]
pub fn to_i64(v: u64) -> i64 {
    v as i64
}
/// Flat bits -> core value.
#[inline]
pub fn to_f32(v: u64) -> f32 {
    f32::from_bits(v as u32)
}
/// Flat bits -> core value.
#[inline]
pub fn to_f64(v: u64) -> f64 {
    f64::from_bits(v)
}

/// Rounds `n` up to a multiple of `align`.
pub const fn align_to(n: usize, align: usize) -> usize {
    n.div_ceil(align) * align
}

/// Larger of two.
pub const fn max(a: usize, b: usize) -> usize {
    if a > b { a } else { b }
}

/// The canonical allocator (`cabi_realloc`): `#[wasm::component]` exports it.
///
/// # Safety
/// `old`/`old_size`/`align` must describe a live allocation from this allocator (or
/// `old_size == 0`).
pub unsafe fn realloc(old: *mut u8, old_size: usize, align: usize, new_size: usize) -> *mut u8 {
    if new_size == 0 {
        if old_size != 0 {
            // SAFETY: caller's contract.
            unsafe { alloc::alloc::dealloc(old, Layout::from_size_align_unchecked(old_size, align)) };
        }
        return align as *mut u8;
    }
    let p = if old_size == 0 {
        // SAFETY: non-zero size; align is a power of two per the canonical ABI.
        unsafe { alloc::alloc::alloc(Layout::from_size_align_unchecked(new_size, align)) }
    } else {
        // SAFETY: caller's contract.
        unsafe { alloc::alloc::realloc(old, Layout::from_size_align_unchecked(old_size, align), new_size) }
    };
    if p.is_null() {
        trap("canonical ABI: out of memory");
    }
    p
}

/// Allocates a `size`-byte, `align`-aligned area (a return or parameter area).
pub fn alloc_area(size: usize, align: usize) -> *mut u8 {
    // SAFETY: fresh allocation.
    unsafe { realloc(core::ptr::null_mut(), 0, align, size) }
}

/// Frees an area from [`alloc_area`] (or one the host allocated with `cabi_realloc`).
///
/// # Safety
/// `ptr` must be such an area of exactly this size and alignment.
pub unsafe fn free_area(ptr: *mut u8, size: usize, align: usize) {
    if size != 0 {
        // SAFETY: caller's contract.
        unsafe { alloc::alloc::dealloc(ptr, Layout::from_size_align_unchecked(size, align)) };
    }
}

#[inline]
unsafe fn store_ptr(at: *mut u8, p: usize) {
    if usize::BITS != 32 {
        trap("canonical ABI memory forms of lists need 32-bit pointers (wasm32)");
    }
    // SAFETY: caller guarantees 4 writable, aligned bytes.
    unsafe { (at as *mut u32).write(p as u32) }
}

#[inline]
unsafe fn load_ptr(at: *const u8) -> usize {
    if usize::BITS != 32 {
        trap("canonical ABI memory forms of lists need 32-bit pointers (wasm32)");
    }
    // SAFETY: caller guarantees 4 readable, aligned bytes.
    unsafe { (at as *const u32).read() as usize }
}

macro_rules! number {
    ($($t:ty => $size:literal, $to:expr, $from:expr;)*) => {$(
        unsafe impl Abi for $t {
            const SIZE: usize = $size;
            const ALIGN: usize = $size;
            const FLAT: usize = 1;
            const CANONICAL_LAYOUT: bool = true;
        }
        impl Lower for $t {
            #[inline]
            fn lower(self, out: &mut FlatWriter) {
                let f: fn($t) -> u64 = $to;
                out.push(f(self));
            }
            #[inline]
            unsafe fn store(self, ptr: *mut u8) {
                // SAFETY: caller's contract; canonical layout of numbers is the Rust one.
                unsafe { (ptr as *mut $t).write(self) }
            }
        }
        impl Lift for $t {
            #[inline]
            unsafe fn lift(src: &mut FlatReader<'_>) -> Self {
                let f: fn(u64) -> $t = $from;
                f(src.next())
            }
            #[inline]
            unsafe fn load(ptr: *const u8) -> Self {
                // SAFETY: caller's contract.
                unsafe { (ptr as *const $t).read() }
            }
        }
    )*};
}

// Integers narrower than 32 bits travel as i32: sign- or zero-extended when lowered,
// truncated when lifted (the canonical ABI's rules).
number! {
    u8 => 1, |v| v as u64, |v| v as u8;
    i8 => 1, |v| v as i32 as u32 as u64, |v| v as i8;
    u16 => 2, |v| v as u64, |v| v as u16;
    i16 => 2, |v| v as i32 as u32 as u64, |v| v as i16;
    u32 => 4, |v| v as u64, |v| v as u32;
    i32 => 4, |v| v as u32 as u64, |v| v as u32 as i32;
    u64 => 8, |v| v, |v| v;
    i64 => 8, |v| v as u64, |v| v as i64;
    f32 => 4, |v| v.to_bits() as u64, |v| f32::from_bits(v as u32);
    f64 => 8, |v| v.to_bits(), f64::from_bits;
}

unsafe impl Abi for bool {
    const SIZE: usize = 1;
    const ALIGN: usize = 1;
    const FLAT: usize = 1;
}
impl Lower for bool {
    fn lower(self, out: &mut FlatWriter) {
        out.push(self as u64);
    }
    unsafe fn store(self, ptr: *mut u8) {
        // SAFETY: caller's contract.
        unsafe { ptr.write(self as u8) }
    }
}
impl Lift for bool {
    unsafe fn lift(src: &mut FlatReader<'_>) -> Self {
        src.next() as u32 != 0
    }
    unsafe fn load(ptr: *const u8) -> Self {
        // SAFETY: caller's contract.
        unsafe { ptr.read() != 0 }
    }
}

unsafe impl Abi for char {
    const SIZE: usize = 4;
    const ALIGN: usize = 4;
    const FLAT: usize = 1;
}
impl Lower for char {
    fn lower(self, out: &mut FlatWriter) {
        out.push(self as u32 as u64);
    }
    unsafe fn store(self, ptr: *mut u8) {
        // SAFETY: caller's contract.
        unsafe { (ptr as *mut u32).write(self as u32) }
    }
}
impl Lift for char {
    unsafe fn lift(src: &mut FlatReader<'_>) -> Self {
        char::from_u32(src.next() as u32).unwrap_or_else(|| trap("canonical ABI: invalid char"))
    }
    unsafe fn load(ptr: *const u8) -> Self {
        // SAFETY: caller's contract.
        char::from_u32(unsafe { (ptr as *const u32).read() }).unwrap_or_else(|| trap("canonical ABI: invalid char"))
    }
}

unsafe impl Abi for () {
    const SIZE: usize = 0;
    const ALIGN: usize = 1;
    const FLAT: usize = 0;
}
impl Lower for () {
    fn lower(self, _: &mut FlatWriter) {}
    unsafe fn store(self, _: *mut u8) {}
}
impl Lift for () {
    unsafe fn lift(_: &mut FlatReader<'_>) -> Self {}
    unsafe fn load(_: *const u8) -> Self {}
}

// ---- lists ---------------------------------------------------------------------------

/// Hands a vector's buffer over as (ptr, len), converting elements whose Rust layout is not
/// the canonical one into a freshly allocated canonical buffer.
fn list_into_raw<T: Lower>(v: Vec<T>) -> (usize, usize) {
    let len = v.len();
    if T::CANONICAL_LAYOUT {
        let mut v = core::mem::ManuallyDrop::new(v);
        if v.capacity() == len {
            return (v.as_mut_ptr() as usize, len);
        }
        // The buffer must be exactly `len` long to be freed from (ptr, len) later; copy
        // (through the trapping allocator, so no panic machinery is linked in).
        let buf = alloc_area(T::SIZE * len, T::ALIGN);
        // SAFETY: both regions hold len * SIZE bytes; canonical layout == Rust layout.
        unsafe {
            core::ptr::copy_nonoverlapping(v.as_ptr() as *const u8, buf, T::SIZE * len);
            drop(core::mem::ManuallyDrop::into_inner(v));
        }
        return (buf as usize, len);
    }
    let buf = alloc_area(T::SIZE * len, T::ALIGN);
    for (i, x) in v.into_iter().enumerate() {
        // SAFETY: buf holds len elements of SIZE bytes.
        unsafe { x.store(buf.add(i * T::SIZE)) };
    }
    (buf as usize, len)
}

/// Adopts a canonical (ptr, len) list buffer as a vector.
unsafe fn list_from_raw<T: Lift>(ptr: usize, len: usize) -> Vec<T> {
    if len == 0 {
        return Vec::new();
    }
    if T::CANONICAL_LAYOUT {
        // SAFETY: allocated with Layout::array::<T>(len) by cabi_realloc or list_into_raw.
        return unsafe { Vec::from_raw_parts(ptr as *mut T, len, len) };
    }
    let mut out = Vec::new();
    if out.try_reserve_exact(len).is_err() {
        trap("canonical ABI: list too long");
    }
    for i in 0..len {
        // SAFETY: element i of the canonical buffer.
        out.push(unsafe { T::load((ptr as *const u8).add(i * T::SIZE)) });
    }
    // SAFETY: the buffer had this size and alignment.
    unsafe { free_area(ptr as *mut u8, T::SIZE * len, T::ALIGN) };
    out
}

macro_rules! list_abi {
    () => {
        const SIZE: usize = 8;
        const ALIGN: usize = 4;
        const FLAT: usize = 2;
    };
}

unsafe impl<T: Abi> Abi for Vec<T> {
    list_abi!();
}
impl<T: Lower> Lower for Vec<T> {
    fn lower(self, out: &mut FlatWriter) {
        let (p, n) = list_into_raw(self);
        out.push(p as u64);
        out.push(n as u64);
    }
    unsafe fn store(self, ptr: *mut u8) {
        let (p, n) = list_into_raw(self);
        // SAFETY: caller's contract: 8 bytes, 4-aligned.
        unsafe {
            store_ptr(ptr, p);
            store_ptr(ptr.add(4), n);
        }
    }
}
impl<T: Lift> Lift for Vec<T> {
    unsafe fn lift(src: &mut FlatReader<'_>) -> Self {
        let p = src.next() as usize;
        let n = src.next() as usize;
        // SAFETY: caller's contract.
        unsafe { list_from_raw(p, n) }
    }
    unsafe fn load(ptr: *const u8) -> Self {
        // SAFETY: caller's contract.
        unsafe { list_from_raw(load_ptr(ptr), load_ptr(ptr.add(4))) }
    }
}

unsafe impl<T: Abi + Pod> Abi for View<T> {
    list_abi!();
}
impl<T: Lower + Pod> Lower for View<T> {
    fn lower(self, out: &mut FlatWriter) {
        self.into_vec().lower(out)
    }
    unsafe fn store(self, ptr: *mut u8) {
        // SAFETY: forwarded.
        unsafe { self.into_vec().store(ptr) }
    }
}
impl<T: Lift + Pod> Lift for View<T> {
    unsafe fn lift(src: &mut FlatReader<'_>) -> Self {
        let p = src.next() as usize;
        let n = src.next() as usize;
        // SAFETY: caller's contract.
        unsafe { view_from_raw(p, n) }
    }
    unsafe fn load(ptr: *const u8) -> Self {
        // SAFETY: caller's contract.
        unsafe { view_from_raw(load_ptr(ptr), load_ptr(ptr.add(4))) }
    }
}

/// Adopts a lifted list as a `View`. A canonical buffer is exactly `len` elements, so it
/// becomes the boxed slice as it is: going through `Vec::into_boxed_slice` would link its
/// shrink-and-panic path (std's panic machinery, and with it WASI imports).
unsafe fn view_from_raw<T: Lift + Pod>(ptr: usize, len: usize) -> View<T> {
    if T::CANONICAL_LAYOUT {
        // SAFETY: allocated with Layout::array::<T>(len) by cabi_realloc or list_into_raw.
        unsafe { View::from_raw_parts(ptr as *mut T, len) }
    } else {
        // SAFETY: forwarded.
        View::from_vec(unsafe { list_from_raw(ptr, len) })
    }
}

unsafe impl Abi for String {
    list_abi!();
}
impl Lower for String {
    fn lower(self, out: &mut FlatWriter) {
        self.into_bytes().lower(out)
    }
    unsafe fn store(self, ptr: *mut u8) {
        // SAFETY: forwarded.
        unsafe { self.into_bytes().store(ptr) }
    }
}
impl Lift for String {
    unsafe fn lift(src: &mut FlatReader<'_>) -> Self {
        // SAFETY: forwarded.
        String::from_utf8(unsafe { Vec::<u8>::lift(src) }).unwrap_or_else(|_| trap("canonical ABI: string is not UTF-8"))
    }
    unsafe fn load(ptr: *const u8) -> Self {
        // SAFETY: forwarded.
        String::from_utf8(unsafe { Vec::<u8>::load(ptr) }).unwrap_or_else(|_| trap("canonical ABI: string is not UTF-8"))
    }
}

// ---- option / result -----------------------------------------------------------------

unsafe impl<T: Abi> Abi for Option<T> {
    const ALIGN: usize = max(1, T::ALIGN);
    const SIZE: usize = align_to(align_to(1, T::ALIGN) + T::SIZE, Self::ALIGN);
    const FLAT: usize = 1 + T::FLAT;
}
impl<T: Lower> Lower for Option<T> {
    fn lower(self, out: &mut FlatWriter) {
        match self {
            None => {
                out.push(0);
                out.pad(T::FLAT);
            }
            Some(v) => {
                out.push(1);
                v.lower(out);
            }
        }
    }
    unsafe fn store(self, ptr: *mut u8) {
        // SAFETY: caller's contract; payload offset per the canonical layout.
        unsafe {
            match self {
                None => ptr.write(0),
                Some(v) => {
                    ptr.write(1);
                    v.store(ptr.add(align_to(1, T::ALIGN)));
                }
            }
        }
    }
}
impl<T: Lift> Lift for Option<T> {
    unsafe fn lift(src: &mut FlatReader<'_>) -> Self {
        match src.next() as u32 {
            0 => {
                src.skip(T::FLAT);
                None
            }
            // SAFETY: forwarded.
            1 => Some(unsafe { T::lift(src) }),
            _ => trap("canonical ABI: invalid option discriminant"),
        }
    }
    unsafe fn load(ptr: *const u8) -> Self {
        // SAFETY: caller's contract.
        unsafe {
            match ptr.read() {
                0 => None,
                1 => Some(T::load(ptr.add(align_to(1, T::ALIGN)))),
                _ => trap("canonical ABI: invalid option discriminant"),
            }
        }
    }
}

unsafe impl<T: Abi, E: Abi> Abi for Result<T, E> {
    const ALIGN: usize = max(1, max(T::ALIGN, E::ALIGN));
    const SIZE: usize = align_to(align_to(1, Self::ALIGN) + max(T::SIZE, E::SIZE), Self::ALIGN);
    const FLAT: usize = 1 + max(T::FLAT, E::FLAT);
}
impl<T: Lower, E: Lower> Lower for Result<T, E> {
    fn lower(self, out: &mut FlatWriter) {
        let payload = max(T::FLAT, E::FLAT);
        match self {
            Ok(v) => {
                out.push(0);
                v.lower(out);
                out.pad(payload - T::FLAT);
            }
            Err(e) => {
                out.push(1);
                e.lower(out);
                out.pad(payload - E::FLAT);
            }
        }
    }
    unsafe fn store(self, ptr: *mut u8) {
        let off = align_to(1, Self::ALIGN);
        // SAFETY: caller's contract.
        unsafe {
            match self {
                Ok(v) => {
                    ptr.write(0);
                    v.store(ptr.add(off));
                }
                Err(e) => {
                    ptr.write(1);
                    e.store(ptr.add(off));
                }
            }
        }
    }
}
impl<T: Lift, E: Lift> Lift for Result<T, E> {
    unsafe fn lift(src: &mut FlatReader<'_>) -> Self {
        let payload = max(T::FLAT, E::FLAT);
        match src.next() as u32 {
            0 => {
                // SAFETY: forwarded.
                let v = unsafe { T::lift(src) };
                src.skip(payload - T::FLAT);
                Ok(v)
            }
            1 => {
                // SAFETY: forwarded.
                let e = unsafe { E::lift(src) };
                src.skip(payload - E::FLAT);
                Err(e)
            }
            _ => trap("canonical ABI: invalid result discriminant"),
        }
    }
    unsafe fn load(ptr: *const u8) -> Self {
        let off = align_to(1, Self::ALIGN);
        // SAFETY: caller's contract.
        unsafe {
            match ptr.read() {
                0 => Ok(T::load(ptr.add(off))),
                1 => Err(E::load(ptr.add(off))),
                _ => trap("canonical ABI: invalid result discriminant"),
            }
        }
    }
}

// ---- tuples, arrays, records ---------------------------------------------------------

/// Layout helper for records and tuples: the offset of the next field.
pub const fn field_offset(end_of_previous: usize, align: usize) -> usize {
    align_to(end_of_previous, align)
}

macro_rules! tuple {
    ($($name:ident)+) => {
        unsafe impl<$($name: Abi),+> Abi for ($($name,)+) {
            const ALIGN: usize = { let mut a = 1; $(a = max(a, $name::ALIGN);)+ a };
            const SIZE: usize = {
                let mut off = 0;
                $(off = align_to(off, $name::ALIGN) + $name::SIZE;)+
                align_to(off, Self::ALIGN)
            };
            const FLAT: usize = 0 $(+ $name::FLAT)+;
        }
        #[allow(non_snake_case)]
        impl<$($name: Lower),+> Lower for ($($name,)+) {
            fn lower(self, out: &mut FlatWriter) {
                let ($($name,)+) = self;
                $($name.lower(out);)+
            }
            unsafe fn store(self, ptr: *mut u8) {
                let ($($name,)+) = self;
                let mut off = 0;
                $(
                    off = align_to(off, <$name as Abi>::ALIGN);
                    // SAFETY: within SIZE by construction.
                    unsafe { $name.store(ptr.add(off)) };
                    off += <$name as Abi>::SIZE;
                )+
                let _ = off;
            }
        }
        #[allow(non_snake_case)]
        impl<$($name: Lift),+> Lift for ($($name,)+) {
            unsafe fn lift(src: &mut FlatReader<'_>) -> Self {
                // SAFETY: forwarded, fields in order.
                unsafe { ($($name::lift(src),)+) }
            }
            unsafe fn load(ptr: *const u8) -> Self {
                let mut off = 0;
                $(
                    off = align_to(off, $name::ALIGN);
                    // SAFETY: within SIZE by construction.
                    let $name = unsafe { $name::load(ptr.add(off)) };
                    off += $name::SIZE;
                )+
                let _ = off;
                ($($name,)+)
            }
        }
    };
}
tuple!(A);
tuple!(A B);
tuple!(A B C);
tuple!(A B C D);
tuple!(A B C D E);
tuple!(A B C D E F);
tuple!(A B C D E F G);
tuple!(A B C D E F G H);
tuple!(A B C D E F G H I);
tuple!(A B C D E F G H I J);
tuple!(A B C D E F G H I J K);
tuple!(A B C D E F G H I J K L);
tuple!(A B C D E F G H I J K L M);
tuple!(A B C D E F G H I J K L M N);
tuple!(A B C D E F G H I J K L M N O);
tuple!(A B C D E F G H I J K L M N O P);
tuple!(A B C D E F G H I J K L M N O P Q);

// `[T; N]` is the WIT `tuple<T, T, ..>` of N elements (WIT has no stable fixed-size list).
unsafe impl<T: Abi, const N: usize> Abi for [T; N] {
    const ALIGN: usize = T::ALIGN;
    const SIZE: usize = T::SIZE * N;
    const FLAT: usize = T::FLAT * N;
}
impl<T: Lower, const N: usize> Lower for [T; N] {
    fn lower(self, out: &mut FlatWriter) {
        for x in self {
            x.lower(out);
        }
    }
    unsafe fn store(self, ptr: *mut u8) {
        for (i, x) in self.into_iter().enumerate() {
            // SAFETY: element i is within SIZE.
            unsafe { x.store(ptr.add(i * T::SIZE)) };
        }
    }
}
impl<T: Lift, const N: usize> Lift for [T; N] {
    unsafe fn lift(src: &mut FlatReader<'_>) -> Self {
        // SAFETY: forwarded, in order.
        core::array::from_fn(|_| unsafe { T::lift(src) })
    }
    unsafe fn load(ptr: *const u8) -> Self {
        // SAFETY: element i is within SIZE.
        core::array::from_fn(|i| unsafe { T::load(ptr.add(i * T::SIZE)) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;
    use alloc::vec;

    fn round_trip_flat<T: Lower + Lift>(v: T) -> T {
        let mut w = FlatWriter::new();
        v.lower(&mut w);
        assert_eq!(w.as_slice().len(), T::FLAT);
        unsafe { T::lift(&mut FlatReader::new(w.as_slice())) }
    }

    fn round_trip_mem<T: Lower + Lift>(v: T) -> T {
        let p = alloc_area(T::SIZE, T::ALIGN);
        unsafe {
            v.store(p);
            let back = T::load(p);
            free_area(p, T::SIZE, T::ALIGN);
            back
        }
    }

    #[test]
    fn layouts_match_the_canonical_abi() {
        assert_eq!((<Option<u64>>::SIZE, <Option<u64>>::ALIGN, <Option<u64>>::FLAT), (16, 8, 2));
        assert_eq!((<Result<(), u8>>::SIZE, <Result<(), u8>>::FLAT), (2, 2));
        assert_eq!(<(u8, u32, u8)>::SIZE, 12);
        assert_eq!((<[f32; 9]>::SIZE, <[f32; 9]>::FLAT), (36, 9));
        assert_eq!(<Result<Vec<u8>, String>>::FLAT, 3);
    }

    #[test]
    fn flat_round_trips() {
        assert_eq!(round_trip_flat(-5i8), -5);
        assert_eq!(round_trip_flat(u64::MAX), u64::MAX);
        assert_eq!(round_trip_flat('é'), 'é');
        assert_eq!(round_trip_flat(Some(1.5f32)), Some(1.5));
        assert_eq!(round_trip_flat::<Result<f32, u64>>(Ok(2.5)), Ok(2.5));
        assert_eq!(round_trip_flat::<Result<f32, u64>>(Err(7)), Err(7));
        assert_eq!(round_trip_flat([1.0f32, -1.0, 5.0]), [1.0, -1.0, 5.0]);
        assert_eq!(round_trip_flat(vec![1u8, 2, 3]), vec![1, 2, 3]);
        assert_eq!(round_trip_flat("héllo".to_string()), "héllo");
        assert_eq!(round_trip_flat(View::from_vec(vec![9u32, 8])).as_slice(), &[9, 8]);
    }

    #[test]
    fn lowering_moves_the_buffer_without_copying() {
        let v = vec![1u8, 2, 3];
        let p = v.as_ptr() as u64;
        let mut w = FlatWriter::new();
        v.lower(&mut w);
        assert_eq!(w.get(0), p);
        let back = unsafe { Vec::<u8>::lift(&mut FlatReader::new(w.as_slice())) };
        assert_eq!(back.as_ptr() as u64, p);
    }

    #[test]
    fn variant_join_reinterprets_bits() {
        // result<f32, u32> joins f32/i32 into one i32 slot holding the float's bits.
        let mut w = FlatWriter::new();
        Ok::<f32, u32>(1.0).lower(&mut w);
        assert_eq!(w.as_slice(), &[0, 1.0f32.to_bits() as u64]);
    }

    #[test]
    fn memory_round_trips_of_scalars() {
        assert_eq!(round_trip_mem((1u8, 2u32, true, 'x')), (1, 2, true, 'x'));
        assert_eq!(round_trip_mem(Some((3u16, 4.5f64))), Some((3, 4.5)));
        assert_eq!(round_trip_mem::<Result<(), i64>>(Err(-9)), Err(-9));
        assert_eq!(round_trip_mem([7i32; 9]), [7; 9]);
    }
}
