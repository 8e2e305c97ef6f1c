use core::fmt;

/// An opaque handle to a host-owned object (a resource index the host hands out).
///
/// A `Handle` is a capability: it is neither `Copy` nor `Clone`, so only one owner can use
/// or give it back. Wrap it in a `#[wasm::linear]` type to make forgetting to release it a
/// compile-time error under the WasmRust toolchain.
#[repr(transparent)]
#[derive(PartialEq, Eq, Hash)]
pub struct Handle(u32);

impl Handle {
    /// Wraps a raw handle value received from the host.
    pub const fn from_raw(raw: u32) -> Self {
        Handle(raw)
    }

    /// The raw handle value (to pass back to the host).
    pub const fn raw(&self) -> u32 {
        self.0
    }

    /// Gives up ownership, returning the raw value.
    pub fn into_raw(self) -> u32 {
        self.0
    }
}

impl fmt::Debug for Handle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Handle({})", self.0)
    }
}
