use crate::Pod;
use core::marker::PhantomData;

/// A slice of Pod values in linear memory that other agents (the host, other threads) may
/// write to while it is alive.
///
/// No Rust reference to the elements is ever created; every access is a volatile read or
/// write of a whole element, so concurrent writers cannot invalidate aliasing assumptions.
/// Because `T: Pod`, any bits read are a valid `T`.
pub struct SharedSlice<'a, T: Pod> {
    ptr: *const T,
    len: usize,
    _marker: PhantomData<&'a [T]>,
}

// SAFETY: elements are Pod and only accessed by value through volatile operations.
unsafe impl<T: Pod> Send for SharedSlice<'_, T> {}
unsafe impl<T: Pod> Sync for SharedSlice<'_, T> {}

impl<'a, T: Pod> SharedSlice<'a, T> {
    /// Views `slice` as shared (read-only through this value).
    pub fn new(slice: &'a [T]) -> Self {
        SharedSlice { ptr: slice.as_ptr(), len: slice.len(), _marker: PhantomData }
    }

    /// Wraps memory the host shares with us.
    ///
    /// # Safety
    /// `ptr..ptr+len` must stay allocated, aligned for `T`, for `'a`.
    pub unsafe fn from_raw_parts(ptr: *const T, len: usize) -> Self {
        SharedSlice { ptr, len, _marker: PhantomData }
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the slice is empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Reads element `i` (a snapshot: another agent may change it right after).
    pub fn get(&self, i: usize) -> Option<T> {
        // SAFETY: in bounds; volatile read of a Pod value.
        (i < self.len).then(|| unsafe { self.ptr.add(i).read_volatile() })
    }

    /// Copies the current contents into `out` (which must have the same length).
    pub fn copy_to(&self, out: &mut [T]) {
        assert_eq!(out.len(), self.len, "SharedSlice::copy_to: length mismatch");
        for (i, o) in out.iter_mut().enumerate() {
            // SAFETY: i < len.
            *o = unsafe { self.ptr.add(i).read_volatile() };
        }
    }

    /// Iterates over snapshots of the elements.
    pub fn iter(&self) -> impl Iterator<Item = T> + '_ {
        (0..self.len).map(|i| self.get(i).expect("in bounds"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_bounds() {
        let data = [1u16, 2, 3];
        let s = SharedSlice::new(&data);
        assert_eq!(s.len(), 3);
        assert_eq!(s.get(2), Some(3));
        assert_eq!(s.get(3), None);
        let mut out = [0u16; 3];
        s.copy_to(&mut out);
        assert_eq!(out, data);
        assert_eq!(s.iter().sum::<u16>(), 6);
    }
}
