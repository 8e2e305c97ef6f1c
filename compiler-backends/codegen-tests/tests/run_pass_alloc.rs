//! `core` and `alloc` through rustc_codegen_wasmir: builds the sysroot with the backend
//! (`rustc_codegen_wasmir/build-sysroot.sh`, cached under the cargo target dir and keyed by
//! the backend's identity; the time it took is printed), then builds every program under
//! `rustc_codegen_wasmir/tests/run-pass-alloc/` (Vec, String, format!, core::fmt, BTreeMap,
//! Box, sorting, parsing, searching, and tests from alloc's own suite) against it at
//! `-Copt-level=0` (dev backend) and `2` (release backend), and with the stock LLVM backend and
//! sysroot, runs all three under node and requires the same output.

use codegen_tests::*;

#[test]
fn run_pass_alloc() {
    let backend = require_backend();
    let (sysroot, took) = build_sysroot(&backend, Target::Unknown).unwrap();
    eprintln!("sysroot (core, compiler_builtins, alloc through rustc_codegen_wasmir): {} in {:.1} s", sysroot.display(), took.as_secs_f64());
    let tmp = std::env::temp_dir().join(format!("codegen-tests-alloc-{}", std::process::id()));
    let what = "with both the dev and the release backend on the WasmIR sysroot";
    let failures = run_pass_suite("run-pass-alloc", 5, &backend, Target::Unknown, Some(&sysroot), &tmp, what);
    let _ = std::fs::remove_dir_all(&tmp);
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n\n"));
}
