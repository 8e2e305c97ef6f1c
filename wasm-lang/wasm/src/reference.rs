//! Host references: `ExternRef<T>` and `FuncRef`.
//!
//! WebAssembly cannot store `externref`/`funcref` values in linear memory, so the crate keeps
//! them in two reference-typed tables (`__wasmrust_externref_table`, `__wasmrust_funcref_table`)
//! and Rust values hold a slot index. The tables and the `table.get/set/grow` accessors are
//! WebAssembly assembly (wasm32, WasmRust toolchain); slots are handed out from a free list,
//! so released slots are reused, and dropping an `ExternRef` clears its slot (the host may
//! then collect the object) and frees it.
//!
//! Hosts move references in and out through four exports per table, used by the generated
//! JS glue: `__wasmrust_externref_alloc() -> i32`, `__wasmrust_externref_set(i32, externref)`,
//! `__wasmrust_externref_get(i32) -> externref`, and the same with `funcref`.
//!
//! Elsewhere (host builds, stock rustc) the types exist but no reference can be created.

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

    /// Adopts a slot the host filled through `__wasmrust_externref_set`.
    ///
    /// # Safety
    /// `slot` must come from `__wasmrust_externref_alloc`, be filled, and not be owned by
    /// another `ExternRef`.
    pub unsafe fn from_slot(slot: u32) -> Self {
        ExternRef { slot, _marker: PhantomData }
    }
}

impl FuncRef {
    /// The table slot holding the reference.
    pub fn slot(&self) -> u32 {
        self.slot
    }

    /// Adopts a slot the host filled through `__wasmrust_funcref_set`.
    ///
    /// # Safety
    /// As for [`ExternRef::from_slot`].
    pub unsafe fn from_slot(slot: u32) -> Self {
        FuncRef { slot }
    }
}

impl<T> core::fmt::Debug for ExternRef<T> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "ExternRef(slot {})", self.slot)
    }
}

#[cfg(all(target_arch = "wasm32", wasmrust_toolchain, feature = "ref-tables"))]
mod table {
    use super::{ExternRef, FuncRef};
    use alloc::vec::Vec;
    use core::cell::UnsafeCell;

    macro_rules! table_asm {
        ($name:literal, $ty:literal, $null:literal) => {
            core::arch::global_asm!(concat!(
                ".tabletype __wasmrust_", $name, "_table, ", $ty, "\n",
                "__wasmrust_", $name, "_table:\n",
                "\n",
                ".globl __wasmrust_", $name, "_set\n",
                ".export_name __wasmrust_", $name, "_set, __wasmrust_", $name, "_set\n",
                ".type __wasmrust_", $name, "_set,@function\n",
                "__wasmrust_", $name, "_set:\n",
                ".functype __wasmrust_", $name, "_set (i32, ", $ty, ") -> ()\n",
                "local.get 0\n",
                "local.get 1\n",
                "table.set __wasmrust_", $name, "_table\n",
                "end_function\n",
                "\n",
                ".globl __wasmrust_", $name, "_get\n",
                ".export_name __wasmrust_", $name, "_get, __wasmrust_", $name, "_get\n",
                ".type __wasmrust_", $name, "_get,@function\n",
                "__wasmrust_", $name, "_get:\n",
                ".functype __wasmrust_", $name, "_get (i32) -> (", $ty, ")\n",
                "local.get 0\n",
                "table.get __wasmrust_", $name, "_table\n",
                "end_function\n",
                "\n",
                ".globl __wasmrust_", $name, "_clear\n",
                ".type __wasmrust_", $name, "_clear,@function\n",
                "__wasmrust_", $name, "_clear:\n",
                ".functype __wasmrust_", $name, "_clear (i32) -> ()\n",
                "local.get 0\n",
                $null, "\n",
                "table.set __wasmrust_", $name, "_table\n",
                "end_function\n",
                "\n",
                ".globl __wasmrust_", $name, "_grow\n",
                ".type __wasmrust_", $name, "_grow,@function\n",
                "__wasmrust_", $name, "_grow:\n",
                ".functype __wasmrust_", $name, "_grow (i32) -> (i32)\n",
                $null, "\n",
                "local.get 0\n",
                "table.grow __wasmrust_", $name, "_table\n",
                "end_function\n",
            ));
        };
    }
    table_asm!("externref", "externref", "ref.null_extern");
    table_asm!("funcref", "funcref", "ref.null_func");

    unsafe extern "C" {
        fn __wasmrust_externref_clear(slot: u32);
        fn __wasmrust_externref_grow(n: u32) -> i32;
        fn __wasmrust_funcref_clear(slot: u32);
        fn __wasmrust_funcref_grow(n: u32) -> i32;
    }

    /// Free-list slot allocator over one table.
    struct Slots {
        free: UnsafeCell<Vec<u32>>,
        len: UnsafeCell<u32>,
    }
    // SAFETY: wasm32 without the atomics feature has a single thread.
    unsafe impl Sync for Slots {}

    impl Slots {
        const fn new() -> Self {
            Slots { free: UnsafeCell::new(Vec::new()), len: UnsafeCell::new(0) }
        }
        /// A free slot, growing the table (doubling) when none is left.
        fn alloc(&self, grow: unsafe extern "C" fn(u32) -> i32) -> u32 {
            // SAFETY: single-threaded, no reentrancy inside these few lines.
            unsafe {
                let free = &mut *self.free.get();
                if let Some(s) = free.pop() {
                    return s;
                }
                let len = &mut *self.len.get();
                let add = (*len).max(8);
                let old = grow(add);
                assert!(old >= 0, "wasm: cannot grow the reference table");
                let old = old as u32;
                // Hand out `old`, keep the rest free (lowest first).
                for s in (old + 1..old + add).rev() {
                    free.push(s);
                }
                *len = old + add;
                old
            }
        }
        fn release(&self, slot: u32) {
            // SAFETY: as above.
            unsafe { (*self.free.get()).push(slot) }
        }
    }

    static EXTERNREFS: Slots = Slots::new();
    static FUNCREFS: Slots = Slots::new();

    /// Host side of moving an externref in: reserve a slot, then `__wasmrust_externref_set`.
    #[unsafe(export_name = "__wasmrust_externref_alloc")]
    extern "C" fn externref_alloc() -> u32 {
        EXTERNREFS.alloc(__wasmrust_externref_grow)
    }

    /// As [`externref_alloc`] for funcrefs.
    #[unsafe(export_name = "__wasmrust_funcref_alloc")]
    extern "C" fn funcref_alloc() -> u32 {
        FUNCREFS.alloc(__wasmrust_funcref_grow)
    }

    /// Number of slots the externref table has (for tests and diagnostics).
    pub fn externref_table_len() -> u32 {
        // SAFETY: single-threaded read.
        unsafe { *EXTERNREFS.len.get() }
    }

    impl<T> Drop for ExternRef<T> {
        fn drop(&mut self) {
            // SAFETY: the slot is ours; clearing it lets the host collect the object.
            unsafe { __wasmrust_externref_clear(self.slot) };
            EXTERNREFS.release(self.slot);
        }
    }

    impl Drop for FuncRef {
        fn drop(&mut self) {
            // SAFETY: as above.
            unsafe { __wasmrust_funcref_clear(self.slot) };
            FUNCREFS.release(self.slot);
        }
    }
}

#[cfg(all(target_arch = "wasm32", wasmrust_toolchain, feature = "ref-tables"))]
pub use table::externref_table_len;
