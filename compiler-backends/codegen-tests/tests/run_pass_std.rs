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
    let backend = require_backend();
    let (sysroot, took) = build_sysroot(&backend, Target::Wasip1).unwrap();
    eprintln!("sysroot (std for wasm32-wasip1 through rustc_codegen_wasmir): {} in {:.1} s", sysroot.display(), took.as_secs_f64());
    let tmp = std::env::temp_dir().join(format!("codegen-tests-std-{}", std::process::id()));
    let what = "with both the dev and the release backend on the WasmIR std sysroot";
    let failures = run_pass_suite("run-pass-std", 5, &backend, Target::Wasip1, Some(&sysroot), &tmp, what);
    let _ = std::fs::remove_dir_all(&tmp);
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n\n"));
}
