//! Runtime of `#[wasm::js]` (feature `js`): the allocator and return-area exports the generated
//! JS glue (`wasm-js-glue`) calls, and the helpers the macro's export/import shims use.
//!
//! Values crossing the boundary:
//! - numbers and `bool` are passed as core wasm values (`i64`/`u64` as JS `BigInt`);
//! - strings and slices coming in are written by the glue into memory it allocated with
//!   `__wasm_js_alloc` and handed over as `(ptr, len[, cap])`; Rust takes ownership;
//! - `String`/`Vec<T>` going out are left in memory and described in the return area
//!   (`__wasm_js_ret`: `[ptr, len, cap, is_err, err_ptr, err_len, err_cap]`); the glue copies
//!   them into JS values and frees them with `__wasm_js_free`.
//!
//! The return area is one static: wasm32 modules built without the atomics feature have a
//! single thread.

#[doc(hidden)]
pub mod __rt {
    #[cfg(target_arch = "wasm32")]
    use alloc::alloc::{Layout, alloc, dealloc, realloc};
    use alloc::string::{String, ToString};
    use alloc::vec::Vec;
    use core::cell::UnsafeCell;
    use core::fmt::Display;

    /// `[ptr, len, cap, is_err, err_ptr, err_len, err_cap]`.
    #[repr(C, align(8))]
    pub struct RetArea(UnsafeCell<[u32; 8]>);
    // SAFETY: single-threaded wasm32 (no atomics); the glue reads it right after each call.
    unsafe impl Sync for RetArea {}

    pub static RET: RetArea = RetArea(UnsafeCell::new([0; 8]));

    fn ret() -> *mut u32 {
        RET.0.get() as *mut u32
    }

    #[cfg(target_arch = "wasm32")]
    fn layout(size: usize, align: usize) -> Layout {
        match Layout::from_size_align(size, align.max(1)) {
            Ok(l) => l,
            // The glue only passes the sizes and alignments of Rust types.
            Err(_) => core::arch::wasm32::unreachable(),
        }
    }

    /// `__wasm_js_alloc(size, align) -> ptr` (a dangling aligned pointer for size 0).
    #[cfg(target_arch = "wasm32")]
    #[unsafe(export_name = "__wasm_js_alloc")]
    pub extern "C" fn js_alloc(size: usize, align: usize) -> *mut u8 {
        if size == 0 {
            return align.max(1) as *mut u8;
        }
        // SAFETY: non-zero size.
        let p = unsafe { alloc(layout(size, align)) };
        if p.is_null() {
            alloc::alloc::handle_alloc_error(layout(size, align));
        }
        p
    }

    /// `__wasm_js_realloc(ptr, old_size, align, new_size) -> ptr`.
    #[cfg(target_arch = "wasm32")]
    #[unsafe(export_name = "__wasm_js_realloc")]
    pub unsafe extern "C" fn js_realloc(ptr: *mut u8, old: usize, align: usize, new: usize) -> *mut u8 {
        if old == 0 {
            return js_alloc(new, align);
        }
        // SAFETY: the glue passes a block it got from js_alloc with this size.
        let p = unsafe { realloc(ptr, layout(old, align), new) };
        if p.is_null() {
            alloc::alloc::handle_alloc_error(layout(new, align));
        }
        p
    }

    /// `__wasm_js_free(ptr, size, align)`.
    #[cfg(target_arch = "wasm32")]
    #[unsafe(export_name = "__wasm_js_free")]
    pub unsafe extern "C" fn js_free(ptr: *mut u8, size: usize, align: usize) {
        if size != 0 {
            // SAFETY: the glue frees what a shim handed out (or it allocated) with its size.
            unsafe { dealloc(ptr, layout(size, align)) }
        }
    }

    /// `__wasm_js_ret() -> ptr`: the address of the return area.
    #[cfg(target_arch = "wasm32")]
    #[unsafe(export_name = "__wasm_js_ret")]
    pub extern "C" fn js_ret() -> *mut u32 {
        ret()
    }

    /// Takes ownership of a UTF-8 string the glue wrote.
    ///
    /// # Safety
    /// `(ptr, len, cap)` must come from the glue: `cap` bytes from `__wasm_js_alloc(cap, 1)`,
    /// the first `len` valid UTF-8 (the glue encodes with `TextEncoder`).
    pub unsafe fn take_string(ptr: *mut u8, len: usize, cap: usize) -> String {
        // SAFETY: see above.
        unsafe { String::from_raw_parts(ptr, len, cap) }
    }

    /// Takes ownership of `len` values of `T` the glue wrote.
    ///
    /// # Safety
    /// `ptr` must come from `__wasm_js_alloc(len * size_of::<T>(), align_of::<T>())`, filled.
    pub unsafe fn take_vec<T: crate::Pod>(ptr: *mut T, len: usize) -> Vec<T> {
        // SAFETY: see above.
        unsafe { Vec::from_raw_parts(ptr, len, len) }
    }

    /// Borrows `len` values the glue wrote (and copies back and frees after the call).
    ///
    /// # Safety
    /// As for [`take_vec`]; the glue keeps ownership.
    pub unsafe fn borrow_mut<'a, T: crate::Pod>(ptr: *mut T, len: usize) -> &'a mut [T] {
        if len == 0 {
            return &mut [];
        }
        // SAFETY: see above.
        unsafe { core::slice::from_raw_parts_mut(ptr, len) }
    }

    fn put3(at: usize, ptr: usize, len: usize, cap: usize) {
        // SAFETY: single-threaded; `at + 2 < 8`.
        unsafe {
            *ret().add(at) = ptr as u32;
            *ret().add(at + 1) = len as u32;
            *ret().add(at + 2) = cap as u32;
        }
    }

    /// Returns a string to the glue (which frees it).
    pub fn put_string(s: String) {
        let mut s = core::mem::ManuallyDrop::new(s);
        put3(0, s.as_mut_ptr() as usize, s.len(), s.capacity());
    }

    /// Returns a vector to the glue (which frees it).
    pub fn put_vec<T: crate::Pod>(v: Vec<T>) {
        let mut v = core::mem::ManuallyDrop::new(v);
        put3(0, v.as_mut_ptr() as usize, v.len(), v.capacity());
    }

    /// Marks the call as successful (for functions returning `Result`).
    pub fn put_ok() {
        // SAFETY: single-threaded.
        unsafe { *ret().add(3) = 0 }
    }

    /// Marks the call as failed with `e`'s message; the glue throws an `Error`.
    pub fn put_err(e: impl Display) {
        let mut s = core::mem::ManuallyDrop::new(e.to_string());
        put3(4, s.as_mut_ptr() as usize, s.len(), s.capacity());
        // SAFETY: single-threaded.
        unsafe { *ret().add(3) = 1 }
    }

    /// A three-word slot an import's glue fills with `(ptr, len, cap)`.
    #[repr(C)]
    pub struct ImportRet(pub [usize; 3]);

    impl ImportRet {
        pub const fn new() -> Self {
            ImportRet([0; 3])
        }
        /// The string the glue wrote.
        ///
        /// # Safety
        /// The import's glue must have filled the slot as for [`take_string`].
        pub unsafe fn into_string(self) -> String {
            // SAFETY: see above.
            unsafe { take_string(self.0[0] as *mut u8, self.0[1], self.0[2]) }
        }
        /// The values the glue wrote.
        ///
        /// # Safety
        /// The import's glue must have filled the slot with `(ptr, len, len)`.
        pub unsafe fn into_vec<T: crate::Pod>(self) -> Vec<T> {
            // SAFETY: see above.
            unsafe { Vec::from_raw_parts(self.0[0] as *mut T, self.0[1], self.0[2]) }
        }
    }

    impl Default for ImportRet {
        fn default() -> Self {
            Self::new()
        }
    }

    /// What imported functions do outside wasm32.
    #[cold]
    pub fn not_wasm(name: &str) -> ! {
        panic!("not supported: the JS import `{name}` can only be called from wasm32 with its generated glue")
    }
}
