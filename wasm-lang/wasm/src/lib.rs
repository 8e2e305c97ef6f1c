//! `wasm`: WasmRust's language extensions as a library.
//!
//! - WebAssembly-native types: [`ExternRef`]/[`FuncRef`] (wasm32 with reference types),
//!   [`SharedSlice`], [`Pod`] (+ `#[derive(Pod)]`), [`Handle`], [`memory::View`], SIMD
//!   vectors ([`f32x4`], [`i32x4`]).
//! - Memory: scoped arenas ([`memory::scope`]).
//! - Threads: structured concurrency ([`thread::scope`], capability `threads`).
//! - Component Model: `#[wasm::component]`, `#[wasm::export]`, `#[wasm::import("pkg@ver")]`,
//!   with the canonical-ABI runtime in [`abi`].
//! - Compiler-checked attributes: `#[wasm::linear]`, `#[wasm::capability(..)]`,
//!   `#[wasm::allow_leak]`; on the WasmRust toolchain they expand to the `wasmrust::` tool
//!   attributes its checks read, on stock rustc to nothing (the arguments are still checked).
//!
//! Works without `std` (`default-features = false`); the component glue needs `alloc`.
#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![cfg_attr(all(target_arch = "wasm32", wasmrust_toolchain, feature = "ref-tables"), feature(asm_experimental_arch))]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

pub use wasm_macros::{Pod, allow_leak, capability, component, export, import, linear};

#[cfg(feature = "alloc")]
pub mod abi;
mod handle;
mod linear;
pub mod memory;
mod pod;
pub mod reference;
mod shared;
pub mod simd;
#[cfg(feature = "std")]
pub mod thread;

pub use handle::Handle;
pub use linear::Linear;
pub use pod::{Pod, bytes_of, cast_slice};
#[doc(hidden)]
pub use pod::__private;
pub use reference::{ExternRef, FuncRef};
pub use shared::SharedSlice;
pub use simd::{f32x4, i32x4};

/// Lower-case alias matching the spec's `use wasm::externref` (an untyped host reference).
#[allow(non_camel_case_types)]
pub type externref = ExternRef<()>;
