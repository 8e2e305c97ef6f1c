use crate::Pod;
use alloc::boxed::Box;
use alloc::vec::Vec;
use core::fmt;
use core::ops::Deref;

/// An owned, immutable run of Pod values in linear memory.
///
/// On the component boundary a `View<T>` is a WIT `list<T>` passed without copying: the
/// canonical ABI lays a `list<u8>` out exactly as a `View<u8>` is laid out, so lifting one
/// takes ownership of the buffer the caller wrote and lowering one hands the buffer over.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct View<T: Pod>(Box<[T]>);

impl<T: Pod> View<T> {
    /// Takes ownership of `v`'s elements (shrinking its allocation to fit).
    pub fn from_vec(v: Vec<T>) -> Self {
        View(v.into_boxed_slice())
    }

    /// Gives the elements back as a `Vec`.
    pub fn into_vec(self) -> Vec<T> {
        self.0.into_vec()
    }

    /// The elements.
    pub fn as_slice(&self) -> &[T] {
        &self.0
    }

    /// Releases the buffer: (pointer, length). Re-own it with [`View::from_raw_parts`].
    pub fn into_raw_parts(self) -> (*mut T, usize) {
        let len = self.0.len();
        (Box::into_raw(self.0) as *mut T, len)
    }

    /// Re-owns a buffer.
    ///
    /// # Safety
    /// `ptr` must come from the global allocator with the layout of `[T; len]` (or be any
    /// aligned non-null pointer when `len == 0`), and must not be owned by anything else.
    pub unsafe fn from_raw_parts(ptr: *mut T, len: usize) -> Self {
        if len == 0 {
            return View(Box::new([]));
        }
        // SAFETY: caller guarantees the allocation matches a boxed slice of `len` T.
        View(unsafe { Box::from_raw(core::ptr::slice_from_raw_parts_mut(ptr, len)) })
    }
}

impl<T: Pod> Deref for View<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.0
    }
}

impl<T: Pod> From<Vec<T>> for View<T> {
    fn from(v: Vec<T>) -> Self {
        View::from_vec(v)
    }
}

impl<T: Pod> From<&[T]> for View<T> {
    fn from(v: &[T]) -> Self {
        View(v.into())
    }
}

impl<T: Pod + fmt::Debug> fmt::Debug for View<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("View").field(&&self.0[..]).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    #[test]
    fn raw_parts_round_trip() {
        let v = View::from_vec(vec![1u8, 2, 3]);
        let (p, n) = v.into_raw_parts();
        let back = unsafe { View::from_raw_parts(p, n) };
        assert_eq!(&*back, &[1, 2, 3]);
        let empty = unsafe { View::<u32>::from_raw_parts(core::ptr::NonNull::dangling().as_ptr(), 0) };
        assert!(empty.is_empty());
    }
}
