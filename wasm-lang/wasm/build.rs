//! Detects the WasmRust toolchain so the crate's own capability-needing functions carry
//! `#[wasmrust::capability(..)]` there (and nothing on stock rustc).
include!("../build-support/probe.rs");

fn main() {
    probe_wasmrust_toolchain();
    // Set by `cargo wasm build --release` (see src/heap.rs).
    println!("cargo::rustc-check-cfg=cfg(wasmrust_allocator, values(\"compact\", \"system\"))");
}
