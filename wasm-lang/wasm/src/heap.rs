//! [`CompactAlloc`]: a small size-class allocator for single-threaded wasm32.
//!
//! The allocator std uses on wasm32-wasip1 is wasi-libc's dlmalloc, about 10 KB of code: most
//! of a small component. This one is a few hundred bytes: every request is rounded up to a
//! power of two (at least 8 bytes) and each size class keeps a free list of released
//! blocks; new blocks are carved from the end of linear memory, which grows with
//! `memory.grow`. Allocation and release are O(1); the price is memory: up to half a block
//! can be padding and free blocks are never merged or returned, so it suits the short-lived
//! instances components and plugins run in, not long-running programs with shifting sizes.
//!
//! `cargo wasm build --release` installs it as the global allocator of crates that depend on
//! `wasm` (the `wasmrust_allocator = "compact"` cfg; `allocator = "system"` in
//! `[package.metadata.wasm]` keeps std's). It is never installed on targets with threads
//! (`+atomics`): it takes no locks.

use core::alloc::Layout;
#[cfg(target_arch = "wasm32")]
use core::{alloc::GlobalAlloc, cell::UnsafeCell};
use core::ptr;

/// Size classes 2^3 ..= 2^31.
const CLASSES: usize = 32;
const MIN_CLASS: u32 = 3;
/// New blocks are aligned to their size up to this; bigger alignments skip the free lists.
const MAX_CARVE_ALIGN: usize = 4096;
const PAGE: usize = 65536;

/// Where fresh memory comes from: linear memory on wasm32, a test buffer elsewhere.
pub(crate) trait Pages {
    /// Grows by `pages` 64 KiB pages; the previous end address, or `None` when refused.
    fn grow(&mut self, pages: usize) -> Option<usize>;
}

/// The allocator's state, generic over where pages come from.
pub(crate) struct Heap<P> {
    free: [*mut u8; CLASSES],
    /// Next unused byte and end of the memory this heap owns.
    bump: usize,
    end: usize,
    pages: P,
}

impl<P: Pages> Heap<P> {
    pub(crate) const fn new(pages: P) -> Self {
        Heap { free: [ptr::null_mut(); CLASSES], bump: 0, end: 0, pages }
    }

    /// The size class of `layout`, `None` for requests over 2 GiB.
    fn class(layout: Layout) -> Option<usize> {
        let size = layout.size().max(layout.align()).max(1 << MIN_CLASS);
        let class = size.checked_next_power_of_two()?.trailing_zeros() as usize;
        (class < CLASSES).then_some(class)
    }

    pub(crate) unsafe fn alloc(&mut self, layout: Layout) -> *mut u8 {
        let Some(class) = Self::class(layout) else { return ptr::null_mut() };
        let head = self.free[class];
        if !head.is_null() && layout.align() <= MAX_CARVE_ALIGN {
            // SAFETY: a free block starts with the next block's address.
            self.free[class] = unsafe { head.cast::<*mut u8>().read() };
            return head;
        }
        self.carve(1 << class, layout.align().max((1usize << class).min(MAX_CARVE_ALIGN)))
    }

    /// A fresh block of `size` bytes aligned to `align`, from the end of memory.
    fn carve(&mut self, size: usize, align: usize) -> *mut u8 {
        let start = (self.bump + align - 1) & !(align - 1);
        if self.bump != 0 && start + size <= self.end {
            self.bump = start + size;
            return start as *mut u8;
        }
        // Growth normally continues at `end`; fresh memory starts page-aligned.
        let want = if self.bump == 0 { size + if align > PAGE { align } else { 0 } } else { start + size - self.end };
        let pages = want.div_ceil(PAGE);
        let Some(old_end) = self.pages.grow(pages) else { return ptr::null_mut() };
        if old_end != self.end {
            // First use, or someone else grew memory meanwhile: continue after it.
            self.bump = old_end;
        }
        self.end = old_end + pages * PAGE;
        self.carve(size, align)
    }

    pub(crate) unsafe fn dealloc(&mut self, block: *mut u8, layout: Layout) {
        let Some(class) = Self::class(layout) else { return };
        // SAFETY: the block is at least 8 bytes and 8-aligned (classes start at 2^3).
        unsafe { block.cast::<*mut u8>().write(self.free[class]) };
        self.free[class] = block;
    }

    pub(crate) unsafe fn realloc(&mut self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller guarantees new_size rounded to align does not overflow.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        if Self::class(layout) == Self::class(new_layout) {
            return block;
        }
        // SAFETY: forwarded from GlobalAlloc::realloc's contract.
        unsafe {
            let fresh = self.alloc(new_layout);
            if !fresh.is_null() {
                ptr::copy_nonoverlapping(block, fresh, layout.size().min(new_size));
                self.dealloc(block, layout);
            }
            fresh
        }
    }
}

/// Linear memory 0 of the running module.
#[cfg(target_arch = "wasm32")]
pub struct LinearMemory;

#[cfg(target_arch = "wasm32")]
impl Pages for LinearMemory {
    fn grow(&mut self, pages: usize) -> Option<usize> {
        let old = core::arch::wasm32::memory_grow(0, pages);
        (old != usize::MAX).then(|| old * PAGE)
    }
}

/// The compact allocator; see the [module docs](self).
#[cfg(target_arch = "wasm32")]
pub struct CompactAlloc(UnsafeCell<Heap<LinearMemory>>);

// SAFETY: only used where the target has no threads (see `lib.rs`), so no access is concurrent.
#[cfg(target_arch = "wasm32")]
unsafe impl Sync for CompactAlloc {}

#[cfg(target_arch = "wasm32")]
impl CompactAlloc {
    /// An empty heap; memory is claimed on first use.
    pub const fn new() -> Self {
        CompactAlloc(UnsafeCell::new(Heap::new(LinearMemory)))
    }
}

#[cfg(target_arch = "wasm32")]
impl Default for CompactAlloc {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(target_arch = "wasm32")]
unsafe impl GlobalAlloc for CompactAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: single-threaded, and the heap never calls back into the allocator.
        unsafe { (*self.0.get()).alloc(layout) }
    }
    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { (*self.0.get()).dealloc(block, layout) }
    }
    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as above.
        unsafe { (*self.0.get()).realloc(block, layout, new_size) }
    }
}

#[cfg(all(test, feature = "std"))]
mod tests {
    use super::*;
    extern crate std;
    use std::vec::Vec;

    /// Pages from one preallocated, page-aligned buffer; `limit` pages at most.
    struct Buffer {
        base: usize,
        used: usize,
        limit: usize,
        _mem: Vec<u8>,
    }

    impl Buffer {
        fn new(limit: usize) -> Self {
            let mem = std::vec![0u8; (limit + 1) * PAGE];
            let base = (mem.as_ptr() as usize + PAGE - 1) & !(PAGE - 1);
            Buffer { base, used: 0, limit, _mem: mem }
        }
    }

    impl Pages for Buffer {
        fn grow(&mut self, pages: usize) -> Option<usize> {
            if self.used + pages > self.limit {
                return None;
            }
            let old = self.base + self.used * PAGE;
            self.used += pages;
            Some(old)
        }
    }

    fn layout(size: usize, align: usize) -> Layout {
        Layout::from_size_align(size, align).unwrap()
    }

    #[test]
    fn blocks_are_aligned_disjoint_and_reused() {
        let mut h = Heap::new(Buffer::new(256));
        let mut live: Vec<(usize, Layout)> = Vec::new();
        // A deterministic mix of sizes and alignments, freeing every third block.
        let mut seed = 20261201u32;
        for i in 0..3000 {
            seed = seed.wrapping_mul(1664525).wrapping_add(1013904223);
            let size = 1 + (seed >> 8) as usize % 3000;
            let align = 1 << ((seed >> 4) % 8);
            let l = layout(size, align);
            let p = unsafe { h.alloc(l) } as usize;
            assert_ne!(p, 0, "allocation {i} failed");
            assert_eq!(p % align, 0, "misaligned block for {l:?}");
            for &(q, ql) in &live {
                assert!(p + size <= q || q + ql.size() <= p, "{l:?} at {p:#x} overlaps {ql:?} at {q:#x}");
            }
            unsafe { ptr::write_bytes(p as *mut u8, i as u8, size) };
            live.push((p, l));
            if i % 3 == 2 {
                let (q, ql) = live.remove((seed as usize) % live.len());
                unsafe { h.dealloc(q as *mut u8, ql) };
            }
        }
        // A freed block of a class is what the next request of that class gets.
        let (q, ql) = live.pop().unwrap();
        unsafe { h.dealloc(q as *mut u8, ql) };
        assert_eq!(unsafe { h.alloc(ql) } as usize, q);
    }

    #[test]
    fn realloc_keeps_contents_and_stays_in_place_within_a_class() {
        let mut h = Heap::new(Buffer::new(4));
        let l = layout(20, 4);
        let p = unsafe { h.alloc(l) };
        unsafe { ptr::copy_nonoverlapping(b"0123456789abcdefghij".as_ptr(), p, 20) };
        assert_eq!(unsafe { h.realloc(p, l, 30) }, p, "20 and 30 bytes share the 32-byte class");
        let q = unsafe { h.realloc(p, layout(30, 4), 100) };
        assert_ne!(q, p);
        assert_eq!(unsafe { core::slice::from_raw_parts(q, 20) }, b"0123456789abcdefghij");
    }

    #[test]
    fn exhaustion_and_huge_requests_return_null() {
        let mut h = Heap::new(Buffer::new(3));
        assert!(!unsafe { h.alloc(layout(100_000, 8)) }.is_null(), "a 128 KiB block: two pages");
        assert!(unsafe { h.alloc(layout(100_000, 8)) }.is_null(), "only one page is left");
        assert!(unsafe { h.alloc(layout(1 << 31, 8)) }.is_null());
        assert!(!unsafe { h.alloc(layout(16, 8)) }.is_null(), "small blocks still fit in the last page");
    }

    #[test]
    fn large_alignments_get_fresh_aligned_blocks() {
        let mut h = Heap::new(Buffer::new(8));
        let l = layout(16384, 16384);
        let p = unsafe { h.alloc(l) } as usize;
        assert_eq!(p % 16384, 0);
        unsafe { h.dealloc(p as *mut u8, l) };
        let q = unsafe { h.alloc(layout(16384, 8)) } as usize;
        assert_eq!(q, p, "reused for a smaller alignment");
    }
}
