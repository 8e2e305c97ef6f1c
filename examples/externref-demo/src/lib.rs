//! Holds host objects as `wasm::ExternRef`s. Build with
//! `cargo +wasmrust build --profile reftables --target wasm32-unknown-unknown -p externref-demo`
//! (no fat LTO: see the `ref-tables` feature of `wasm`). The host moves a reference in with
//! `__wasmrust_externref_alloc` + `__wasmrust_externref_set`, then hands the slot to `hold`.

use std::cell::RefCell;
use wasm::ExternRef;

/// A JS object (opaque to Rust).
pub struct JsObject;

thread_local! {
    static HELD: RefCell<Vec<Option<ExternRef<JsObject>>>> = const { RefCell::new(Vec::new()) };
}

/// Takes ownership of the reference in `slot`; returns a handle index.
#[unsafe(no_mangle)]
pub extern "C" fn hold(slot: u32) -> u32 {
    // SAFETY: the host just filled `slot` through __wasmrust_externref_set.
    let r = unsafe { ExternRef::from_slot(slot) };
    HELD.with_borrow_mut(|h| {
        h.push(Some(r));
        (h.len() - 1) as u32
    })
}

/// The table slot of a held reference (u32::MAX if released).
#[unsafe(no_mangle)]
pub extern "C" fn slot_of(index: u32) -> u32 {
    HELD.with_borrow(|h| h.get(index as usize).and_then(|r| r.as_ref()).map_or(u32::MAX, |r| r.slot()))
}

/// Drops a held reference: its slot is cleared and becomes free for reuse.
#[unsafe(no_mangle)]
pub extern "C" fn release(index: u32) {
    HELD.with_borrow_mut(|h| {
        if let Some(r) = h.get_mut(index as usize) {
            r.take();
        }
    })
}

/// Slots the externref table has grown to.
#[unsafe(no_mangle)]
pub extern "C" fn table_len() -> u32 {
    wasm::reference::externref_table_len()
}
