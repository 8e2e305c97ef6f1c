//! `std` for wasm32-unknown-unknown through rustc_codegen_wasmir: builds the WasmIR sysroot for
//! that target (`build-sysroot.sh`: std over no OS, dlmalloc for the heap), then builds every
//! program under `rustc_codegen_wasmir/tests/run-pass-std-unknown/` (cdylibs exporting `run`,
//! as a browser crate is) against it at `-Copt-level=0` (dev backend) and `2` (release backend),
//! and with the stock LLVM backend and sysroot, runs all three under node and requires the same
//! output.

use codegen_tests::*;

#[test]
fn run_pass_std_unknown() {
    run_pass_on_wasmir_sysroot("run-pass-std-unknown", 2, Target::Unknown, "std");
}
