//! Helpers for the end-to-end component tests: build the example crates with the wasmrust
//! toolchain, turn core modules into components, compose them, run them in Wasmtime, and a
//! plain-Rust reference of the image filter to compare with.

pub mod build;
pub mod componentize;
pub mod pgm;
pub mod run;
pub mod threads;

pub use build::{Toolchain, build_examples};
