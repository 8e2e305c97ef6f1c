//! Detects the WasmRust toolchain so the crate's own capability-needing functions carry
//! `#[wasmrust::capability(..)]` there (and nothing on stock rustc).
include!("../build-support/probe.rs");

fn main() {
    probe_wasmrust_toolchain();
}
