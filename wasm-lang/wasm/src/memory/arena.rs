use alloc::alloc::{Layout, alloc, dealloc, handle_alloc_error};
use alloc::vec::Vec;
use core::cell::{Cell, RefCell};
use core::marker::PhantomData;
use core::ptr::NonNull;

const FIRST_CHUNK: usize = 4096;

/// A bump allocator whose memory is released all at once.
///
/// Allocation is a pointer bump; there is no per-object free. Values stored in an arena are
/// never dropped, so only types without drop glue are accepted (checked at compile time):
/// nothing is leaked silently.
pub struct Arena {
    chunks: RefCell<Vec<(NonNull<u8>, Layout)>>,
    cur: Cell<usize>,
    end: Cell<usize>,
    used: Cell<usize>,
    // Not Sync: the bump pointer is a Cell.
    _not_sync: PhantomData<*mut u8>,
}

/// Runs `f` with a fresh arena; everything allocated in it is freed when `f` returns.
///
/// References into the arena cannot escape `f` (they borrow the arena).
pub fn scope<R>(f: impl FnOnce(&Arena) -> R) -> R {
    let arena = Arena::new();
    f(&arena)
}

impl Default for Arena {
    fn default() -> Self {
        Self::new()
    }
}

impl Arena {
    /// An empty arena (allocates its first chunk on first use).
    pub const fn new() -> Self {
        Arena {
            chunks: RefCell::new(Vec::new()),
            cur: Cell::new(0),
            end: Cell::new(0),
            used: Cell::new(0),
            _not_sync: PhantomData,
        }
    }

    /// Moves `value` into the arena.
    pub fn alloc<T>(&self, value: T) -> &mut T {
        const { assert!(!core::mem::needs_drop::<T>(), "wasm::memory::Arena only holds types without Drop (they are freed at once, never dropped)") };
        let p = self.raw(Layout::new::<T>()) as *mut T;
        // SAFETY: p is fresh, aligned and sized for T, and unique to this call.
        unsafe {
            p.write(value);
            &mut *p
        }
    }

    /// Copies a slice into the arena.
    pub fn alloc_slice_copy<T: Copy>(&self, src: &[T]) -> &mut [T] {
        let layout = Layout::array::<T>(src.len()).expect("arena slice too large");
        let p = self.raw(layout) as *mut T;
        // SAFETY: fresh allocation of src.len() Ts.
        unsafe {
            core::ptr::copy_nonoverlapping(src.as_ptr(), p, src.len());
            core::slice::from_raw_parts_mut(p, src.len())
        }
    }

    /// Copies a string into the arena.
    pub fn alloc_str(&self, s: &str) -> &mut str {
        let bytes = self.alloc_slice_copy(s.as_bytes());
        // SAFETY: copied from a str.
        unsafe { core::str::from_utf8_unchecked_mut(bytes) }
    }

    /// Bytes handed out so far (including alignment padding).
    pub fn allocated_bytes(&self) -> usize {
        self.used.get()
    }

    /// Number of chunks obtained from the global allocator.
    pub fn chunk_count(&self) -> usize {
        self.chunks.borrow().len()
    }

    fn raw(&self, layout: Layout) -> *mut u8 {
        if layout.size() == 0 {
            return layout.align() as *mut u8;
        }
        let start = self.cur.get().next_multiple_of(layout.align());
        if self.cur.get() != 0 && start + layout.size() <= self.end.get() {
            self.used.set(self.used.get() + (start + layout.size() - self.cur.get()));
            self.cur.set(start + layout.size());
            return start as *mut u8;
        }
        // New chunk: double the last one, big enough for this request.
        let last = self.chunks.borrow().last().map_or(FIRST_CHUNK / 2, |c| c.1.size());
        let size = (last * 2).max(layout.size() + layout.align());
        let chunk = Layout::from_size_align(size, 16.max(layout.align())).expect("arena chunk");
        // SAFETY: non-zero size.
        let base = unsafe { alloc(chunk) };
        let Some(base) = NonNull::new(base) else { handle_alloc_error(chunk) };
        self.chunks.borrow_mut().push((base, chunk));
        let start = (base.as_ptr() as usize).next_multiple_of(layout.align());
        self.cur.set(start + layout.size());
        self.end.set(base.as_ptr() as usize + size);
        self.used.set(self.used.get() + layout.size());
        start as *mut u8
    }
}

impl Drop for Arena {
    fn drop(&mut self) {
        for (p, layout) in self.chunks.get_mut().drain(..) {
            // SAFETY: allocated in `raw` with this layout.
            unsafe { dealloc(p.as_ptr(), layout) };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_live_until_scope_end() {
        let total = scope(|a| {
            let xs: Vec<&mut u64> = (0..10_000u64).map(|i| a.alloc(i)).collect();
            let s = a.alloc_str("hello");
            s.make_ascii_uppercase();
            assert_eq!(s, "HELLO");
            assert!(a.chunk_count() > 1, "10k u64 need more than one 4 KiB chunk");
            xs.iter().map(|x| **x).sum::<u64>()
        });
        assert_eq!(total, (0..10_000u64).sum());
    }

    #[test]
    fn alignment_is_respected() {
        let a = Arena::new();
        let _b = a.alloc(1u8);
        let x = a.alloc(7u128);
        assert_eq!((x as *mut u128 as usize) % core::mem::align_of::<u128>(), 0);
        let big = a.alloc_slice_copy(&[3u32; 5000]);
        assert_eq!(big.len(), 5000);
        assert!(a.allocated_bytes() >= 20_000);
    }
}
