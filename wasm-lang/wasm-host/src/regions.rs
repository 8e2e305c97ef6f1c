//! The memory-region registry and its Wasmtime imports.

use std::collections::BTreeMap;
use wasmtime::{Caller, Extern, Linker};

/// The import module the `wasm` crate's `Region` uses.
pub const MODULE: &str = "wasmrust:memory";

/// What the guest allows the host to do with a region (the `access` argument).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegionAccess {
    Read,
    Write,
    ReadWrite,
}

impl RegionAccess {
    fn from_code(c: u32) -> Option<RegionAccess> {
        match c {
            1 => Some(RegionAccess::Read),
            2 => Some(RegionAccess::Write),
            3 => Some(RegionAccess::ReadWrite),
            _ => None,
        }
    }
    fn can_read(self) -> bool {
        matches!(self, RegionAccess::Read | RegionAccess::ReadWrite)
    }
    fn can_write(self) -> bool {
        matches!(self, RegionAccess::Write | RegionAccess::ReadWrite)
    }
}

/// What this host grants ("configurable" memory regions of the wasmtime profile).
#[derive(Clone, Debug)]
pub struct RegionPolicy {
    /// Whether regions are granted at all.
    pub allowed: bool,
    /// Most regions registered at once.
    pub max_regions: usize,
    /// Most bytes registered at once.
    pub max_bytes: u64,
}

impl Default for RegionPolicy {
    fn default() -> Self {
        RegionPolicy { allowed: true, max_regions: 64, max_bytes: 64 << 20 }
    }
}

/// A registered region.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RegionInfo {
    pub ptr: u32,
    pub len: u32,
    pub access: RegionAccess,
}

/// Why the host refused a registration or an access. The first four are the guest-visible
/// codes of `wasm::memory::RegionError`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RegionError {
    #[error("memory regions are not granted by this host")]
    NotAllowed,
    #[error("region {ptr:#x}+{len} is outside linear memory ({memory} bytes)")]
    OutOfMemoryBounds { ptr: u32, len: u32, memory: u64 },
    #[error("region {ptr:#x}+{len} overlaps region {other}")]
    Overlaps { ptr: u32, len: u32, other: u32 },
    #[error("region limit reached ({0})")]
    LimitReached(&'static str),
    #[error("no region {0}")]
    UnknownRegion(u32),
    #[error("invalid access code {0}")]
    BadAccess(u32),
    #[error("region {id} does not allow the host to {what}")]
    Denied { id: u32, what: &'static str },
    #[error("access {offset}+{len} is outside region {id} ({region_len} bytes)")]
    OutOfBounds { id: u32, offset: u64, len: u64, region_len: u32 },
    #[error("the module exports no memory named `memory`")]
    NoMemory,
}

impl RegionError {
    /// The negative code returned to the guest by `region_register`.
    pub fn guest_code(&self) -> i32 {
        match self {
            RegionError::NotAllowed => -1,
            RegionError::OutOfMemoryBounds { .. } | RegionError::BadAccess(_) => -2,
            RegionError::Overlaps { .. } => -3,
            RegionError::LimitReached(_) => -4,
            _ => -100,
        }
    }
}

/// The regions one instance has registered.
#[derive(Debug, Default)]
pub struct Regions {
    policy: RegionPolicy,
    map: BTreeMap<u32, RegionInfo>,
    next_id: u32,
    bytes: u64,
}

impl Regions {
    /// An empty registry under `policy`.
    pub fn new(policy: RegionPolicy) -> Regions {
        Regions { policy, ..Regions::default() }
    }

    /// Validates and records `ptr..ptr+len` of a memory of `memory_size` bytes.
    pub fn register(&mut self, ptr: u32, len: u32, access: u32, memory_size: u64) -> Result<u32, RegionError> {
        if !self.policy.allowed {
            return Err(RegionError::NotAllowed);
        }
        let access = RegionAccess::from_code(access).ok_or(RegionError::BadAccess(access))?;
        let end = ptr as u64 + len as u64;
        if len == 0 || end > memory_size {
            return Err(RegionError::OutOfMemoryBounds { ptr, len, memory: memory_size });
        }
        for (&id, r) in &self.map {
            if (ptr as u64) < r.ptr as u64 + r.len as u64 && (r.ptr as u64) < end {
                return Err(RegionError::Overlaps { ptr, len, other: id });
            }
        }
        if self.map.len() >= self.policy.max_regions {
            return Err(RegionError::LimitReached("regions"));
        }
        if self.bytes + len as u64 > self.policy.max_bytes {
            return Err(RegionError::LimitReached("bytes"));
        }
        let id = self.next_id;
        self.next_id = self.next_id.wrapping_add(1);
        self.map.insert(id, RegionInfo { ptr, len, access });
        self.bytes += len as u64;
        Ok(id)
    }

    /// Forgets region `id` (unknown ids are ignored: release is idempotent).
    pub fn release(&mut self, id: u32) {
        if let Some(r) = self.map.remove(&id) {
            self.bytes -= r.len as u64;
        }
    }

    /// The region registered as `id`.
    pub fn get(&self, id: u32) -> Option<RegionInfo> {
        self.map.get(&id).copied()
    }

    /// Number of regions registered.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether none is registered.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    fn range(&self, id: u32, offset: u64, len: u64, what: &'static str, ok: fn(RegionAccess) -> bool) -> Result<std::ops::Range<usize>, RegionError> {
        let r = self.get(id).ok_or(RegionError::UnknownRegion(id))?;
        if !ok(r.access) {
            return Err(RegionError::Denied { id, what });
        }
        match offset.checked_add(len) {
            Some(end) if end <= r.len as u64 => Ok((r.ptr as u64 + offset) as usize..(r.ptr as u64 + end) as usize),
            _ => Err(RegionError::OutOfBounds { id, offset, len, region_len: r.len }),
        }
    }

    /// The bytes `offset..offset+len` of region `id` in `memory` (the guest's linear memory).
    pub fn read<'m>(&self, memory: &'m [u8], id: u32, offset: u64, len: u64) -> Result<&'m [u8], RegionError> {
        let r = self.range(id, offset, len, "read", RegionAccess::can_read)?;
        memory.get(r).ok_or(RegionError::NoMemory)
    }

    /// Copies `data` into region `id` at `offset`.
    pub fn write(&self, memory: &mut [u8], id: u32, offset: u64, data: &[u8]) -> Result<(), RegionError> {
        let r = self.range(id, offset, data.len() as u64, "write", RegionAccess::can_write)?;
        memory.get_mut(r).ok_or(RegionError::NoMemory)?.copy_from_slice(data);
        Ok(())
    }
}

/// The size of the caller's exported `memory`.
fn memory_size<T>(caller: &mut Caller<'_, T>) -> Result<u64, RegionError> {
    match caller.get_export("memory") {
        Some(Extern::Memory(m)) => Ok(m.data_size(&*caller) as u64),
        Some(Extern::SharedMemory(m)) => Ok(m.data_size() as u64),
        _ => Err(RegionError::NoMemory),
    }
}

/// Defines `wasmrust:memory/region_register` and `region_release` in `linker`; `regions`
/// finds the instance's registry in the store data.
pub fn add_to_linker<T: 'static>(linker: &mut Linker<T>, regions: fn(&mut T) -> &mut Regions) -> anyhow::Result<()> {
    linker
        .func_wrap(MODULE, "region_register", move |mut caller: Caller<'_, T>, ptr: u32, len: u32, access: u32| -> i32 {
            let size = match memory_size(&mut caller) {
                Ok(s) => s,
                Err(e) => return e.guest_code(),
            };
            match regions(caller.data_mut()).register(ptr, len, access, size) {
                Ok(id) => id as i32,
                Err(e) => e.guest_code(),
            }
        })
        .map_err(anyhow::Error::from)?;
    linker
        .func_wrap(MODULE, "region_release", move |mut caller: Caller<'_, T>, id: u32| {
            regions(caller.data_mut()).release(id);
        })
        .map_err(anyhow::Error::from)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registration_checks_bounds_overlap_and_limits() {
        let mut r = Regions::new(RegionPolicy { allowed: true, max_regions: 2, max_bytes: 100 });
        assert!(matches!(r.register(65530, 10, 3, 65536), Err(RegionError::OutOfMemoryBounds { .. })));
        assert!(matches!(r.register(u32::MAX, 2, 3, 65536), Err(RegionError::OutOfMemoryBounds { .. })));
        assert!(matches!(r.register(0, 0, 3, 65536), Err(RegionError::OutOfMemoryBounds { .. })));
        assert_eq!(r.register(0, 4, 9, 65536), Err(RegionError::BadAccess(9)));
        let a = r.register(100, 50, 3, 65536).unwrap();
        assert!(matches!(r.register(149, 10, 3, 65536), Err(RegionError::Overlaps { other, .. }) if other == a));
        assert_eq!(r.register(150, 51, 3, 65536), Err(RegionError::LimitReached("bytes")));
        let b = r.register(150, 50, 1, 65536).unwrap();
        assert_eq!(r.register(300, 1, 3, 65536), Err(RegionError::LimitReached("regions")));
        r.release(a);
        r.release(a);
        assert_eq!(r.len(), 1);
        assert!(r.register(100, 50, 3, 65536).is_ok());
        assert_ne!(a, b);
    }

    #[test]
    fn host_access_is_checked_against_the_region() {
        let mut r = Regions::new(RegionPolicy::default());
        let mut mem = vec![0u8; 1024];
        let rw = r.register(16, 8, 3, 1024).unwrap();
        let ro = r.register(32, 8, 1, 1024).unwrap();
        r.write(&mut mem, rw, 4, &[1, 2, 3, 4]).unwrap();
        assert_eq!(&mem[20..24], &[1, 2, 3, 4]);
        assert_eq!(r.read(&mem, rw, 4, 4).unwrap(), &[1, 2, 3, 4]);
        assert!(matches!(r.write(&mut mem, rw, 5, &[0; 4]), Err(RegionError::OutOfBounds { .. })));
        assert!(matches!(r.read(&mem, rw, u64::MAX, 2), Err(RegionError::OutOfBounds { .. })));
        assert_eq!(r.write(&mut mem, ro, 0, &[1]), Err(RegionError::Denied { id: ro, what: "write" }));
        assert_eq!(r.read(&mem, 77, 0, 1), Err(RegionError::UnknownRegion(77)));
    }

    #[test]
    fn a_host_that_grants_nothing_says_so() {
        let mut r = Regions::new(RegionPolicy { allowed: false, ..RegionPolicy::default() });
        let e = r.register(0, 8, 3, 1024).unwrap_err();
        assert_eq!(e.guest_code(), -1);
    }
}
