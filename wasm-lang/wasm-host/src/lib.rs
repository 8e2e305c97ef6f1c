//! Host support for modules built with the `wasm` crate, for embedders using Wasmtime.
//!
//! [`regions`]: the registry behind `wasm::memory::Region`. A guest asks the host to validate
//! a range of its linear memory (`wasmrust:memory/region_register`); the host checks it against
//! its [`RegionPolicy`] and the memory's bounds, records it, and host functions can then read or
//! write the region by id with bounds checks ([`Regions::read`], [`Regions::write`]) instead of
//! trusting raw guest pointers.
//!
//! [`threads`]: a wasi-threads host that runs `wasm32-wasip1-threads` command modules, so
//! `wasm::thread::scope` spawns real threads under Wasmtime.

pub mod regions;
pub mod threads;

pub use regions::{RegionAccess, RegionError, RegionInfo, RegionPolicy, Regions, add_to_linker};
