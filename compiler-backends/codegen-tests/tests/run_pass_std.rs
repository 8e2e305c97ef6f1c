//! `std` for wasm32-wasip1 through rustc_codegen_wasmir: builds std and its dependencies with
//! the backend (`build-sysroot.sh … wasm32-wasip1`, cached under the cargo target dir; the
//! time it took is printed), then builds every program under
//! `rustc_codegen_wasmir/tests/run-pass-std/` (println!, files, args and environment through
//! WASI, collections, formatting, exit codes, panics) as a binary against it at
//! `-Copt-level=0` (dev backend) and `2` (release backend), and with the stock LLVM backend and
//! sysroot; runs all three as WASI commands under node and requires the same stdout and exit
//! status. wasi-libc (`crt1-command.o`, `libc.a`) is lifted to WasmIR by the backend's link.

use codegen_tests::*;

#[test]
fn run_pass_std() {
    run_pass_on_wasmir_sysroot("run-pass-std", 5, Target::Wasip1, "std for wasm32-wasip1");
}
