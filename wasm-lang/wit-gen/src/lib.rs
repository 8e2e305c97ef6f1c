//! The WIT side of WasmRust components.
//!
//! `#[wasm::component]` describes a component with Rust signatures; this crate turns that
//! description ([`model::Component`]) into a WIT world ([`render`]), checks it with
//! `wit-parser` ([`resolve`]), computes the canonical-ABI core signatures and names the glue
//! must use, and encodes the `component-type` custom section `wit-component` reads
//! ([`resolve::Resolved::metadata`]). In the other direction, [`from_wit`] reads an existing
//! `.wit` package so a component can implement or consume interfaces written by others.
//!
//! The proc macros and `cargo wasm` both use it, so there is one definition of how a Rust
//! signature maps to WIT.

pub mod from_wit;
pub mod import_spec;
pub mod model;
pub mod names;
pub mod render;
pub mod resolve;

pub use import_spec::ImportSpec;
pub use model::{Component, Field, Func, Interface, Param, Record, Ty};
pub use resolve::Resolved;
