//! Baseline for the call-overhead benchmark (wasm-lang/component-tests/benches/js_overhead.rs):
//! the same functions as js-demo, exported with wasm-bindgen.

use wasm_bindgen::prelude::*;

/// Adds two numbers (wrapping).
#[wasm_bindgen]
pub fn add(a: i32, b: i32) -> i32 {
    a.wrapping_add(b)
}

/// Returns the string it is given.
#[wasm_bindgen]
pub fn echo(s: &str) -> String {
    s.to_string()
}

/// Sum of the bytes.
#[wasm_bindgen]
pub fn sum_bytes(bytes: &[u8]) -> u32 {
    bytes.iter().map(|&b| b as u32).sum()
}
