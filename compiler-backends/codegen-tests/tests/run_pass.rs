//! Builds every program under `rustc_codegen_wasmir/tests/run-pass/` with the WasmRust
//! toolchain three times: through rustc_codegen_wasmir at `-Copt-level=0` (its dev backend)
//! and at `-Copt-level=2` (its release backend: LLVM, then wasm-opt when binaryen is found),
//! and through the stock LLVM backend; runs them under node and requires the same output from
//! all three. Programs under `tests/compile-fail/` must fail with their `//@ error:` messages.
//! Fails with a clear message where the toolchain has not been built.

use codegen_tests::*;

#[test]
fn run_pass_and_compile_fail() {
    // Like the ui suite: CI builds the toolchain first (ci/toolchain), so its absence is an
    // error, not a silent pass.
    let Some(build_dir) = toolchain_build_dir() else {
        panic!("the `wasmrust` toolchain is not built (no stage1 librustc_driver under the x.py build dir, or `rustc +wasmrust` does not run): run ci/toolchain first");
    };
    let mut node = std::process::Command::new("node");
    node.arg("--version");
    if let Err(e) = run(node) {
        panic!("node is needed to run the programs (ci/setup installs it): {e}");
    }
    let backend = build_backend(&build_dir).unwrap();
    let tmp = std::env::temp_dir().join(format!("codegen-tests-{}", std::process::id()));
    let progs = programs("run-pass");
    assert!(progs.len() >= 10, "run-pass programs missing");
    let results = parallel(progs.clone(), |src| run_pass_one(&backend, None, &src, &tmp));
    let mut failures = Vec::new();
    let mut total = [0u64; 3];
    for r in &results {
        match r {
            Ok((name, sizes)) => {
                eprintln!("run-pass {name}: ok (dev {} B, release {} B, stock LLVM -O0 {} B)", sizes[0], sizes[1], sizes[2]);
                for k in 0..3 {
                    total[k] += sizes[k];
                }
            }
            Err(e) => failures.push(e.clone()),
        }
    }
    for src in programs("compile-fail") {
        let name = src.file_stem().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&src).unwrap();
        let expected = expected_errors(&text);
        assert!(!expected.is_empty(), "{name}: no //@ error: line");
        let d = tmp.join("fail").join(&name);
        std::fs::create_dir_all(&d).unwrap();
        match build(Codegen::Wasmir(&backend), None, &src, &d) {
            Ok(_) => failures.push(format!("{name}: compiled, but must fail")),
            Err(stderr) => {
                if stderr.contains("panicked") || stderr.contains("internal compiler error") {
                    failures.push(format!("{name}: the compiler crashed:\n{stderr}"));
                }
                for e in &expected {
                    if !stderr.contains(e.as_str()) {
                        failures.push(format!("{name}: expected error {e:?}, got:\n{stderr}"));
                    }
                }
                eprintln!("compile-fail {name}: ok");
            }
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
    eprintln!(
        "run-pass: {} of {} programs pass with both the dev (-Copt-level=0) and the release (-Copt-level=2) backend; total size of the passing ones: dev {} B, release {} B, stock LLVM -O0 {} B",
        results.iter().filter(|r| r.is_ok()).count(),
        results.len(),
        total[0],
        total[1],
        total[2]
    );
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n\n"));
}
