//! Host-validated memory regions: a range of linear memory the host has checked and
//! registered, so host functions can read or write it directly (zero-copy I/O, shared
//! buffers) while the guest keeps bounds-checked access.
//!
//! Only hosts whose profile has memory regions provide them (the wasmtime profile; the
//! capability is `memory_regions`): the WasmRust compiler rejects calls to
//! [`Region::register`] when building for the browser, node or embedded profiles (E0993).
//! At run time the host still decides: a host that does not grant regions, or refuses a range,
//! makes `register` return a [`RegionError`]; a host that does not provide the imports at
//! all fails at instantiation (unknown import `wasmrust:memory/region_register`).
//!
//! The host ABI (module `wasmrust:memory`), implemented for Wasmtime by the `wasm-host` crate:
//! - `region_register(ptr: i32, len: i32, access: i32) -> i32`: a region id (>= 0), or a
//!   negative [`RegionError`] code; the host checks the range lies in linear memory and does
//!   not overlap another registered region.
//! - `region_release(id: i32)`: the host forgets the region (it must not touch it afterwards).

use alloc::boxed::Box;
use alloc::vec;
use core::fmt;
use core::ops::Range;

use crate::Pod;

/// What the host may do with a region.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum Access {
    /// The host reads the region (the guest fills it).
    Read = 1,
    /// The host writes the region (the guest reads what it wrote).
    Write = 2,
    /// Both.
    ReadWrite = 3,
}

/// Why a region could not be registered or accessed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RegionError {
    /// The host does not grant memory regions (its policy, or this profile).
    NotAllowed,
    /// The host found the range outside linear memory.
    OutOfMemoryBounds,
    /// The range overlaps a region that is already registered.
    Overlaps,
    /// The host's limit on regions (count or bytes) is reached.
    LimitReached,
    /// Memory regions need a wasm32 host; this build runs natively.
    Unsupported,
    /// An access outside the region: `offset..offset+len` is not within `0..region_len`.
    OutOfBounds { offset: usize, len: usize, region_len: usize },
    /// The host returned a code this crate does not know.
    Host(i32),
}

impl RegionError {
    /// The error a negative host return code stands for.
    pub fn from_code(code: i32) -> RegionError {
        match code {
            -1 => RegionError::NotAllowed,
            -2 => RegionError::OutOfMemoryBounds,
            -3 => RegionError::Overlaps,
            -4 => RegionError::LimitReached,
            other => RegionError::Host(other),
        }
    }

    /// The host ABI code of a registration error (the inverse of [`RegionError::from_code`]).
    pub fn code(&self) -> i32 {
        match self {
            RegionError::NotAllowed => -1,
            RegionError::OutOfMemoryBounds => -2,
            RegionError::Overlaps => -3,
            RegionError::LimitReached => -4,
            RegionError::Unsupported => -5,
            RegionError::OutOfBounds { .. } => -6,
            RegionError::Host(c) => *c,
        }
    }
}

impl fmt::Display for RegionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RegionError::NotAllowed => f.write_str("the host does not grant memory regions"),
            RegionError::OutOfMemoryBounds => f.write_str("the host found the region outside linear memory"),
            RegionError::Overlaps => f.write_str("the region overlaps a registered region"),
            RegionError::LimitReached => f.write_str("the host's region limit is reached"),
            RegionError::Unsupported => {
                f.write_str("not supported: memory regions need a wasm32 host providing wasmrust:memory")
            }
            RegionError::OutOfBounds { offset, len, region_len } => write!(
                f,
                "access {offset}..{} is outside the region of {region_len} bytes",
                offset.saturating_add(*len)
            ),
            RegionError::Host(c) => write!(f, "the host refused the region (code {c})"),
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for RegionError {}

/// A buffer in linear memory registered with (and validated by) the host.
///
/// The region owns its buffer, so the range stays valid while the host knows it; dropping
/// the region tells the host to forget it before the memory is freed. Guest access is
/// bounds-checked and returns [`RegionError::OutOfBounds`] instead of panicking.
pub struct Region {
    buf: Box<[u8]>,
    id: u32,
    access: Access,
}

/// The range `offset..offset+len` if it lies within `0..region_len`.
pub fn checked_range(offset: usize, len: usize, region_len: usize) -> Result<Range<usize>, RegionError> {
    match offset.checked_add(len) {
        Some(end) if end <= region_len => Ok(offset..end),
        _ => Err(RegionError::OutOfBounds { offset, len, region_len }),
    }
}

impl Region {
    /// Allocates `len` zeroed bytes and registers them with the host for `access`.
    #[cfg_attr(wasmrust_toolchain, wasmrust::capability(memory_regions))]
    pub fn register(len: usize, access: Access) -> Result<Region, RegionError> {
        Self::register_buffer(vec![0u8; len].into_boxed_slice(), access)
    }

    /// Registers an existing buffer with the host for `access`.
    #[cfg_attr(wasmrust_toolchain, wasmrust::capability(memory_regions))]
    pub fn register_buffer(buf: Box<[u8]>, access: Access) -> Result<Region, RegionError> {
        let id = host::register(buf.as_ptr(), buf.len(), access)?;
        Ok(Region { buf, id, access })
    }

    /// The id the host knows this region by (host functions take it).
    pub fn id(&self) -> u32 {
        self.id
    }

    /// The access granted to the host.
    pub fn access(&self) -> Access {
        self.access
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.buf.len()
    }

    /// Whether the region has no bytes.
    pub fn is_empty(&self) -> bool {
        self.buf.is_empty()
    }

    /// The bytes at `offset..offset+len`.
    pub fn bytes(&self, offset: usize, len: usize) -> Result<&[u8], RegionError> {
        Ok(&self.buf[checked_range(offset, len, self.buf.len())?])
    }

    /// The bytes at `offset..offset+len`, mutably.
    pub fn bytes_mut(&mut self, offset: usize, len: usize) -> Result<&mut [u8], RegionError> {
        let r = checked_range(offset, len, self.buf.len())?;
        Ok(&mut self.buf[r])
    }

    /// Copies `data` into the region at `offset`.
    pub fn write(&mut self, offset: usize, data: &[u8]) -> Result<(), RegionError> {
        self.bytes_mut(offset, data.len())?.copy_from_slice(data);
        Ok(())
    }

    /// Reads a `T` at `offset` (no alignment needed).
    pub fn get<T: Pod>(&self, offset: usize) -> Result<T, RegionError> {
        let src = self.bytes(offset, core::mem::size_of::<T>())?;
        // SAFETY: `src` has size_of::<T>() bytes and every bit pattern is a valid Pod value.
        Ok(unsafe { core::ptr::read_unaligned(src.as_ptr() as *const T) })
    }

    /// Writes `value` at `offset` (no alignment needed).
    pub fn put<T: Pod>(&mut self, offset: usize, value: T) -> Result<(), RegionError> {
        self.write(offset, crate::bytes_of(&value))
    }

    /// Unregisters the region and gives the buffer back.
    pub fn into_inner(self) -> Box<[u8]> {
        let mut me = core::mem::ManuallyDrop::new(self);
        host::release(me.id);
        core::mem::take(&mut me.buf)
    }
}

impl Drop for Region {
    fn drop(&mut self) {
        host::release(self.id);
    }
}

impl fmt::Debug for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Region").field("id", &self.id).field("len", &self.buf.len()).field("access", &self.access).finish()
    }
}

#[cfg(target_arch = "wasm32")]
mod host {
    use super::{Access, RegionError};

    #[link(wasm_import_module = "wasmrust:memory")]
    unsafe extern "C" {
        fn region_register(ptr: *const u8, len: usize, access: u32) -> i32;
        fn region_release(id: u32);
    }

    pub fn register(ptr: *const u8, len: usize, access: Access) -> Result<u32, RegionError> {
        // SAFETY: the host only records the range (and checks it).
        let r = unsafe { region_register(ptr, len, access as u32) };
        if r < 0 { Err(RegionError::from_code(r)) } else { Ok(r as u32) }
    }

    pub fn release(id: u32) {
        // SAFETY: `id` came from region_register.
        unsafe { region_release(id) }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod host {
    use super::{Access, RegionError};

    pub fn register(_ptr: *const u8, _len: usize, _access: Access) -> Result<u32, RegionError> {
        Err(RegionError::Unsupported)
    }

    pub fn release(_id: u32) {}
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    #[test]
    fn ranges_are_checked_without_overflow() {
        assert_eq!(checked_range(0, 4, 4), Ok(0..4));
        assert_eq!(checked_range(4, 0, 4), Ok(4..4));
        assert_eq!(checked_range(1, 4, 4), Err(RegionError::OutOfBounds { offset: 1, len: 4, region_len: 4 }));
        assert!(checked_range(usize::MAX, 2, 4).is_err());
    }

    #[test]
    fn codes_round_trip() {
        for e in [RegionError::NotAllowed, RegionError::OutOfMemoryBounds, RegionError::Overlaps, RegionError::LimitReached] {
            assert_eq!(RegionError::from_code(e.code()), e);
        }
        assert_eq!(RegionError::from_code(-99), RegionError::Host(-99));
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    #[crate::capability(memory_regions)]
    fn native_builds_say_regions_are_unsupported() {
        let e = Region::register(16, Access::Read).unwrap_err();
        assert_eq!(e, RegionError::Unsupported);
        assert!(e.to_string().starts_with("not supported"));
    }
}
