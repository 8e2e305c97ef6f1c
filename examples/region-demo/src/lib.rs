//! A guest using host-validated memory regions. Build with
//! `cargo +wasmrust build --release --target wasm32-unknown-unknown -p region-demo`; the host
//! (wasm-lang/component-tests/tests/regions.rs) provides `wasmrust:memory` through the
//! `wasm-host` crate and two functions that work on a region by id.
//!
//! Exports return a negative `wasm::memory::RegionError` code on failure.

use std::cell::RefCell;
use wasm::memory::{Access, Region, RegionError};

#[link(wasm_import_module = "host")]
unsafe extern "C" {
    /// The host writes `seed, seed+1, ...` (bytes, wrapping) over the whole region.
    fn fill(region: u32, seed: u32) -> i32;
    /// The host's sum of the region's bytes (negative: the host refused).
    fn sum(region: u32) -> i64;
}

thread_local! {
    static REGION: RefCell<Option<Region>> = const { RefCell::new(None) };
}

fn with_region<R>(f: impl FnOnce(&mut Region) -> Result<R, RegionError>) -> Result<R, RegionError> {
    REGION.with_borrow_mut(|r| match r {
        Some(r) => f(r),
        None => Err(RegionError::Host(-100)),
    })
}

/// Registers a zeroed region of `len` bytes with access 1 (read), 2 (write) or 3 (both);
/// returns its id.
#[unsafe(no_mangle)]
pub extern "C" fn open(len: u32, access: u32) -> i32 {
    let access = match access {
        1 => Access::Read,
        2 => Access::Write,
        _ => Access::ReadWrite,
    };
    match Region::register(len as usize, access) {
        Ok(r) => {
            let id = r.id() as i32;
            REGION.set(Some(r));
            id
        }
        Err(e) => e.code(),
    }
}

/// Lets the host fill the region, then reads the little-endian `u32` at `offset` with a
/// bounds-checked access.
#[unsafe(no_mangle)]
pub extern "C" fn host_fill_then_read(seed: u32, offset: u32) -> i64 {
    let r = with_region(|r| {
        // SAFETY: a plain host call; the host only touches the registered range.
        let rc = unsafe { fill(r.id(), seed) };
        if rc < 0 {
            return Err(RegionError::Host(rc));
        }
        r.get::<u32>(offset as usize)
    });
    r.map_or_else(|e| e.code() as i64, |v| u32::from_le(v) as i64)
}

/// Writes `value` over the region from the guest side, then asks the host for its sum.
#[unsafe(no_mangle)]
pub extern "C" fn guest_write_then_host_sum(value: u32) -> i64 {
    let r = with_region(|r| {
        let n = r.len();
        r.bytes_mut(0, n)?.fill(value as u8);
        // SAFETY: a plain host call.
        Ok(unsafe { sum(r.id()) })
    });
    r.unwrap_or_else(|e| e.code() as i64)
}

/// Drops the region (the host forgets it).
#[unsafe(no_mangle)]
pub extern "C" fn close() {
    REGION.set(None);
}
