//! `wasmrust-sync`: keeps the WasmRust patch queue on upstream rustc.
//!
//! The queue (`patches/series` + `NNNN-*.patch`) is applied to `rustc-src/`, a git repository
//! whose first commit is the pinned upstream tree (tag `upstream/<version>`); each patch is one
//! commit on branch `wasmrust`. `refresh` writes the commits back; `build` turns the checkout
//! into the `wasmrust` rustup toolchain.

pub mod build;
pub mod footprint;
pub mod git;
pub mod import;
pub mod job;
pub mod patchfile;
pub mod pin;
pub mod progress;
pub mod project;
pub mod queue;
pub mod rebase;
pub mod status;
pub mod treebuild;
