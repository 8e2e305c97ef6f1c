//! `wasm`: WasmRust's language extensions as a library.
//!
//! - WebAssembly-native types: [`ExternRef`]/[`FuncRef`] (wasm32 with reference types),
//!   [`SharedSlice`], [`Pod`] (+ `#[derive(Pod)]`), [`Handle`], [`memory::View`], SIMD
//!   vectors ([`f32x4`], [`i32x4`]).
//! - Memory: scoped arenas ([`memory::scope`]) and host-validated regions ([`memory::Region`]);
//!   a compact global allocator for wasm32 (`heap::CompactAlloc`).
//! - Threads: structured concurrency ([`thread::scope`], capability `threads`).
//! - JS interop: `#[wasm::js]` on functions (exports) and `extern "js"` blocks (imports);
//!   `wasm-js-glue` writes the JS glue and TypeScript declarations (runtime in [`js`], feature `js`).
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
// Scoped threads on web workers wait with `memory.atomic.wait32` (such builds need a nightly
// `-Zbuild-std` anyway).
#![cfg_attr(all(target_arch = "wasm32", target_os = "unknown", target_feature = "atomics", feature = "std"), feature(stdarch_wasm_atomic_wait))]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

pub use wasm_macros::{Pod, allow_leak, capability, component, export, import, js, linear};
/// Deprecated spelling of [`allow_leak`] (WR0001 in the deprecation registry); the WasmRust
/// compiler reports it with the replacement.
pub use wasm_macros::leak_ok;

#[cfg(feature = "alloc")]
pub mod abi;
#[cfg(feature = "js")]
pub mod js;
mod handle;
#[cfg(any(target_arch = "wasm32", test))]
pub mod heap;
mod linear;
pub mod memory;
mod pod;
pub mod reference;
mod shared;
#[cfg(feature = "simd")]
pub mod simd;
#[cfg(feature = "std")]
pub mod thread;

pub use handle::Handle;
pub use linear::Linear;
pub use pod::{Pod, bytes_of, cast_slice};
#[doc(hidden)]
pub use pod::__private;
pub use reference::{ExternRef, FuncRef};
/// Deprecated path of [`memory::SharedSlice`] (WR0004; removed 2027-04-01).
pub use shared::SharedSlice;
#[cfg(feature = "simd")]
pub use simd::{f32x4, i32x4};

/// Expands to nothing when the `js` feature is on; `#[wasm::js]` expansions call it so a
/// crate that forgot the feature gets one clear error.
#[cfg(feature = "js")]
#[doc(hidden)]
#[macro_export]
macro_rules! __require_js_feature {
    () => {};
}
#[cfg(not(feature = "js"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __require_js_feature {
    () => {
        compile_error!("#[wasm::js] needs the `js` feature of the wasm crate: wasm = { ..., features = [\"js\"] }");
    };
}

/// `cargo wasm build --release` asks for the compact allocator with this cfg (see [`heap`]);
/// it needs a target without threads, as it takes no locks.
#[cfg(all(target_arch = "wasm32", wasmrust_allocator = "compact", not(target_feature = "atomics")))]
#[global_allocator]
static COMPACT_ALLOC: heap::CompactAlloc = heap::CompactAlloc::new();

/// Lower-case alias matching the spec's `use wasm::externref` (an untyped host reference).
#[allow(non_camel_case_types)]
pub type externref = ExternRef<()>;
