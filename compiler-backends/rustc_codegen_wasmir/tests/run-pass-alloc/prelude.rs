// Shared by the run-pass-alloc programs (`include!`d): the run-pass prelude (host printing, a
// trapping panic handler), `alloc`, and a bump allocator over a static heap (freed memory is
// not reused; the programs are small). Both backends build the same allocator.
extern crate alloc;
include!("../run-pass/prelude.rs");

mod bump {
    use core::alloc::{GlobalAlloc, Layout};
    use core::cell::UnsafeCell;
    const HEAP_SIZE: usize = 8 << 20;
    #[repr(C, align(16))]
    struct Heap(UnsafeCell<[u8; HEAP_SIZE]>, UnsafeCell<usize>);
    unsafe impl Sync for Heap {}
    static HEAP: Heap = Heap(UnsafeCell::new([0; HEAP_SIZE]), UnsafeCell::new(0));
    pub struct Bump;
    unsafe impl GlobalAlloc for Bump {
        unsafe fn alloc(&self, l: Layout) -> *mut u8 {
            unsafe {
                let next = &mut *HEAP.1.get();
                let base = HEAP.0.get() as *mut u8;
                let start = (base as usize + *next).next_multiple_of(l.align()) - base as usize;
                if start + l.size() > HEAP_SIZE {
                    return core::ptr::null_mut();
                }
                *next = start + l.size();
                base.add(start)
            }
        }
        unsafe fn dealloc(&self, _: *mut u8, _: Layout) {}
    }
    #[global_allocator]
    static A: Bump = Bump;
}

#[allow(dead_code)]
fn pstr(s: &alloc::string::String) {
    ps(s.as_str())
}
