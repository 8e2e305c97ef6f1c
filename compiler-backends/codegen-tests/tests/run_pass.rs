//! Builds every program under `rustc_codegen_wasmir/tests/run-pass/` with the WasmRust
//! toolchain three times: through rustc_codegen_wasmir at `-Copt-level=0` (its dev backend)
//! and at `-Copt-level=2` (its release backend: LLVM, then wasm-opt when binaryen is found),
//! and through the stock LLVM backend; runs them under node and requires the same output from
//! all three. Programs under `tests/compile-fail/` must fail with their `//@ error:` messages.
//! Fails with a clear message where the toolchain has not been built.

use codegen_tests::*;

#[test]
fn run_pass_and_compile_fail() {
    let backend = require_backend();
    let tmp = std::env::temp_dir().join(format!("codegen-tests-{}", std::process::id()));
    let what = "with both the dev (-Copt-level=0) and the release (-Copt-level=2) backend";
    let mut failures = run_pass_suite("run-pass", 10, &backend, Target::Unknown, None, &tmp, what);
    for src in programs("compile-fail") {
        let name = src.file_stem().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&src).unwrap();
        let expected = expected_errors(&text);
        assert!(!expected.is_empty(), "{name}: no //@ error: line");
        let d = tmp.join("fail").join(&name);
        std::fs::create_dir_all(&d).unwrap();
        match build(Codegen::Wasmir(&backend), Target::Unknown, None, &src, &d) {
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
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n\n"));
}

/// MIR blocks reached only by an unconditional jump (here: the return edges of calls) are
/// lowered into their predecessor's WasmIR block, so a straight-line function of calls is one
/// block. `merged_blocks.rs` itself runs in the suite above (its output against LLVM's).
#[test]
fn call_return_blocks_are_merged() {
    let backend = require_backend();
    let tmp = std::env::temp_dir().join(format!("codegen-tests-merged-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let src = backend_dir().join("tests/run-pass/merged_blocks.rs");
    let wir = tmp.join("merged_blocks.wir");
    let mut c = rustc(Codegen::Wasmir(&backend), Target::Unknown);
    c.args(["--crate-type", "cdylib", "-Coverflow-checks=off", "-Cllvm-args=wasmir-precompile=yes"])
        .arg(format!("-Cllvm-args=wasmir-emit={}", wir.display()))
        .arg("-o")
        .arg(tmp.join("merged_blocks.wasm"))
        .arg(&src);
    run(c).unwrap_or_else(|e| panic!("building merged_blocks.rs: {e}"));
    let text = std::fs::read_to_string(&wir).unwrap();
    let body: Vec<&str> = text
        .lines()
        .skip_while(|l| !(l.starts_with("fn ") && l.contains("13merged_blocks5chain")))
        .take_while(|l| *l != "}")
        .collect();
    assert!(!body.is_empty(), "no `chain` in the emitted WasmIR:\n{text}");
    let blocks = body.iter().filter(|l| l.starts_with('b') && l.contains("):")).count();
    let calls = body.iter().filter(|l| l.contains("= call ")).count();
    assert_eq!(calls, 4, "`chain` should call `id` four times:\n{}", body.join("\n"));
    assert_eq!(blocks, 1, "`chain` (four calls, no branches) should be one block:\n{}", body.join("\n"));
    let _ = std::fs::remove_dir_all(&tmp);
}
