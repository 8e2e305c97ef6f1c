//! rustc_codegen_wasmir's own unit tests (the `#[cfg(test)]` modules beside its code). The
//! crate builds only against the stage1 compiler's rlibs, which `cargo test` in this workspace
//! cannot provide, so `build.sh --unit-tests` builds the test harness the way it builds the
//! backend and runs it; this test runs that and checks the harness's summary.

use codegen_tests::*;

#[test]
fn backend_unit_tests_pass() {
    let Some(build_dir) = toolchain_build_dir() else {
        panic!("the `wasmrust` toolchain is not built: run ci/toolchain first");
    };
    let out = run_backend_unit_tests(&build_dir).unwrap_or_else(|e| panic!("the backend's unit tests failed:\n{e}"));
    let summary = out.lines().find(|l| l.starts_with("test result:")).unwrap_or_else(|| panic!("no test summary in:\n{out}"));
    println!("{}", out.lines().filter(|l| l.starts_with("test ")).collect::<Vec<_>>().join("\n"));
    let passed: usize = summary.split_once("ok. ").and_then(|(_, r)| r.split(' ').next()).and_then(|n| n.parse().ok()).unwrap_or(0);
    assert!(passed >= 4, "expected the backend's unit tests to run, got: {summary}");
}
