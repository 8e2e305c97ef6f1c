//! Plain old data: types any bit pattern of the right size is a valid value of, with no
//! padding, so they can be viewed as bytes and shared with the host or other threads.

/// Plain old data.
///
/// # Safety
/// Every bit pattern must be a valid value, the type must have no padding bytes and no
/// pointers/references. Derive it with `#[derive(wasm::Pod)]`, which checks all of this at
/// compile time for `#[repr(C)]`/`#[repr(transparent)]` structs.
pub unsafe trait Pod: Copy + 'static {}

macro_rules! pod {
    ($($t:ty)*) => { $(unsafe impl Pod for $t {})* };
}
pod!(u8 u16 u32 u64 u128 i8 i16 i32 i64 i128 f32 f64);
unsafe impl<T: Pod, const N: usize> Pod for [T; N] {}

/// The bytes of a Pod value.
pub fn bytes_of<T: Pod>(v: &T) -> &[u8] {
    // SAFETY: T is Pod: no padding, so every byte is initialised.
    unsafe { core::slice::from_raw_parts(v as *const T as *const u8, core::mem::size_of::<T>()) }
}

/// Reinterprets a slice of one Pod type as another; `None` if the length or alignment does
/// not fit.
pub fn cast_slice<A: Pod, B: Pod>(a: &[A]) -> Option<&[B]> {
    let bytes = core::mem::size_of_val(a);
    let size_b = core::mem::size_of::<B>();
    if size_b == 0 || bytes % size_b != 0 || (a.as_ptr() as usize) % core::mem::align_of::<B>() != 0 {
        return None;
    }
    // SAFETY: size and alignment checked; B is Pod so any bits are valid.
    Some(unsafe { core::slice::from_raw_parts(a.as_ptr() as *const B, bytes / size_b) })
}

#[doc(hidden)]
pub mod __private {
    /// Used by `#[derive(Pod)]`: a non-Pod field fails here with a bound error on its span.
    pub const fn assert_pod<T: super::Pod>() {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cast_u32_to_bytes_and_back() {
        let v = [1u32, 0x0102_0304];
        let b: &[u8] = cast_slice(&v).unwrap();
        assert_eq!(b.len(), 8);
        let back: &[u32] = cast_slice(b).unwrap();
        assert_eq!(back, &v);
        assert!(cast_slice::<u8, u32>(&b[1..]).is_none());
        assert_eq!(bytes_of(&0x0403_0201u32), &[1, 2, 3, 4]);
    }
}
