//! `wasmrust-migrate`: the WasmRust deprecation registry and the tool that migrates user crates
//! off deprecated WasmRust spellings within their six-month window.
//!
//! - [`registry`]: `deprecations.toml`, its validation, its generated form for rustc, and the
//!   draft entries `wasmrust-sync` files on collisions.
//! - [`collision`]: finds upstream additions that collide with WasmRust's reserved names.
//! - [`rewrite`]: applies rules to Rust sources and manifests as minimal edits.
//! - [`workspace`], [`plan`], [`apply`]: find the crates, plan every edit, write atomically.

pub mod apply;
pub mod cli;
pub mod collision;
pub mod date;
pub mod fsutil;
pub mod plan;
pub mod registry;
pub mod rewrite;
pub mod workspace;
