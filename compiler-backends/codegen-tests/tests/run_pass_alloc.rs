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
    run_pass_on_wasmir_sysroot("run-pass-alloc", 5, Target::Unknown, "std, with core and alloc");
}
