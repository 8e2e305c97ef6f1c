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
    let Some(build_dir) = toolchain_build_dir() else {
        panic!("the `wasmrust` toolchain is not built (no stage1 librustc_driver under the x.py build dir, or `rustc +wasmrust` does not run): run ci/toolchain first");
    };
    let mut node = std::process::Command::new("node");
    node.arg("--version");
    if let Err(e) = run(node) {
        panic!("node is needed to run the programs (ci/setup installs it): {e}");
    }
    let backend = build_backend(&build_dir).unwrap();
    let (sysroot, took) = build_sysroot(&backend).unwrap();
    eprintln!("sysroot (core, compiler_builtins, alloc through rustc_codegen_wasmir): {} in {:.1} s", sysroot.display(), took.as_secs_f64());
    let tmp = std::env::temp_dir().join(format!("codegen-tests-alloc-{}", std::process::id()));
    let progs = programs("run-pass-alloc");
    assert!(progs.len() >= 5, "run-pass-alloc programs missing");
    let results = parallel(progs.clone(), |src| run_pass_one(&backend, Some(&sysroot), &src, &tmp));
    let mut failures = Vec::new();
    let mut total = [0u64; 3];
    for r in &results {
        match r {
            Ok((name, sizes)) => {
                eprintln!("run-pass-alloc {name}: ok (dev {} B, release {} B, stock LLVM -O0 {} B)", sizes[0], sizes[1], sizes[2]);
                for k in 0..3 {
                    total[k] += sizes[k];
                }
            }
            Err(e) => failures.push(e.clone()),
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
    eprintln!(
        "run-pass-alloc: {} of {} programs pass with both the dev and the release backend on the WasmIR sysroot; total size of the passing ones: dev {} B, release {} B, stock LLVM -O0 {} B",
        results.iter().filter(|r| r.is_ok()).count(),
        results.len(),
        total[0],
        total[1],
        total[2]
    );
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n\n"));
}
