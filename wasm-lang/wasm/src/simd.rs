//! 128-bit SIMD vectors.
//!
//! With `target_feature = "simd128"` on wasm32 they are `v128` values and every operation is
//! one `core::arch::wasm32` instruction; elsewhere (and on wasm32 without simd128) they are
//! plain arrays with the same API and results, so code using them builds everywhere.
#![allow(non_camel_case_types)]

use core::ops::{Add, Mul, Sub};

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
use core::arch::wasm32 as w;

/// Lane arithmetic with wasm semantics (integers wrap).
trait Lane: Copy {
    fn add(a: Self, b: Self) -> Self;
    #[allow(dead_code)]
    fn sub(a: Self, b: Self) -> Self;
    #[allow(dead_code)]
    fn mul(a: Self, b: Self) -> Self;
}

impl Lane for f32 {
    fn add(a: f32, b: f32) -> f32 { a + b }
    fn sub(a: f32, b: f32) -> f32 { a - b }
    fn mul(a: f32, b: f32) -> f32 { a * b }
}

impl Lane for i32 {
    fn add(a: i32, b: i32) -> i32 { a.wrapping_add(b) }
    fn sub(a: i32, b: i32) -> i32 { a.wrapping_sub(b) }
    fn mul(a: i32, b: i32) -> i32 { a.wrapping_mul(b) }
}

macro_rules! vector {
    ($name:ident, $elem:ty, $lanes:literal, $splat:ident, $add:ident, $sub:ident, $mul:ident) => {
        #[doc = concat!("A vector of ", stringify!($lanes), " `", stringify!($elem), "` lanes.")]
        #[derive(Clone, Copy)]
        #[repr(transparent)]
        pub struct $name(
            #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))] w::v128,
            #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))] [$elem; $lanes],
        );

        impl $name {
            /// All lanes set to `v`.
            #[inline]
            pub fn splat(v: $elem) -> Self {
                #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
                return $name(w::$splat(v));
                #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
                return $name([v; $lanes]);
            }

            /// From lane values.
            #[inline]
            pub fn from_array(a: [$elem; $lanes]) -> Self {
                #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
                // SAFETY: same size, both plain data.
                return $name(unsafe { core::mem::transmute::<[$elem; $lanes], w::v128>(a) });
                #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
                return $name(a);
            }

            /// Lane values.
            #[inline]
            pub fn to_array(self) -> [$elem; $lanes] {
                #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
                // SAFETY: same size, both plain data.
                return unsafe { core::mem::transmute::<w::v128, [$elem; $lanes]>(self.0) };
                #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
                return self.0;
            }

            /// Sum of the lanes.
            #[inline]
            pub fn reduce_sum(self) -> $elem {
                self.to_array().into_iter().fold(0 as $elem, Lane::add)
            }
        }

        impl Add for $name {
            type Output = Self;
            #[inline]
            fn add(self, o: Self) -> Self {
                #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
                return $name(w::$add(self.0, o.0));
                #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
                return $name(core::array::from_fn(|i| Lane::add(self.0[i], o.0[i])));
            }
        }

        impl Sub for $name {
            type Output = Self;
            #[inline]
            fn sub(self, o: Self) -> Self {
                #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
                return $name(w::$sub(self.0, o.0));
                #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
                return $name(core::array::from_fn(|i| Lane::sub(self.0[i], o.0[i])));
            }
        }

        impl Mul for $name {
            type Output = Self;
            #[inline]
            fn mul(self, o: Self) -> Self {
                #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
                return $name(w::$mul(self.0, o.0));
                #[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
                return $name(core::array::from_fn(|i| Lane::mul(self.0[i], o.0[i])));
            }
        }

        impl PartialEq for $name {
            fn eq(&self, o: &Self) -> bool {
                self.to_array() == o.to_array()
            }
        }

        impl core::fmt::Debug for $name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                write!(f, "{}{:?}", stringify!($name), self.to_array())
            }
        }
    };
}

vector!(f32x4, f32, 4, f32x4_splat, f32x4_add, f32x4_sub, f32x4_mul);
// Integer lanes wrap on overflow, as the wasm instructions do.
vector!(i32x4, i32, 4, i32x4_splat, i32x4_add, i32x4_sub, i32x4_mul);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lane_arithmetic() {
        let a = f32x4::from_array([1.0, 2.0, 3.0, 4.0]);
        let b = f32x4::splat(0.5);
        assert_eq!((a * b + b - b).to_array(), [0.5, 1.0, 1.5, 2.0]);
        assert_eq!(a.reduce_sum(), 10.0);
        assert_eq!((i32x4::splat(3) * i32x4::from_array([1, 2, 3, 4])).to_array(), [3, 6, 9, 12]);
    }
}
