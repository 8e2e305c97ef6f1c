//! Host references: `ExternRef<T>` and `FuncRef`.
//!
//! Not supported yet: the reference-typed table that holds them (wasm32 `externref`/`funcref`
//! tables driven through `table.get`/`table.set`/`table.grow`) is not written, so these
//! types cannot be created yet. They are declared so signatures can name them.

use core::marker::PhantomData;

/// A reference to a host object of type `T`, held in a slot of the crate's externref table.
#[repr(transparent)]
pub struct ExternRef<T> {
    slot: u32,
    _marker: PhantomData<T>,
}

/// A reference to a function, held in a slot of the crate's funcref table.
#[repr(transparent)]
pub struct FuncRef {
    slot: u32,
}

impl<T> ExternRef<T> {
    /// The table slot holding the reference.
    pub fn slot(&self) -> u32 {
        self.slot
    }
}

impl FuncRef {
    /// The table slot holding the reference.
    pub fn slot(&self) -> u32 {
        self.slot
    }
}
