/// Marker implemented by `#[wasm::linear]` types.
///
/// A linear value must be consumed explicitly: the WasmRust compiler rejects code that drops
/// one implicitly (or leaks it without `#[wasm::allow_leak]`). Generic code can bound on this
/// trait to accept only such types.
///
/// # Safety
/// Only `#[wasm::linear]` implements it; the compiler's check is keyed on the attribute, so a
/// hand-written impl would claim a guarantee nothing enforces.
pub unsafe trait Linear {}
