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

/// The WasmIR of function `func` (a mangled-name fragment) in run-pass program `program`,
/// as the dev backend's lowering emits it.
fn wasmir_body(program: &str, func: &str) -> Vec<String> {
    let backend = require_backend();
    let tmp = std::env::temp_dir().join(format!("codegen-tests-{program}-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let src = backend_dir().join(format!("tests/run-pass/{program}.rs"));
    let wir = tmp.join(format!("{program}.wir"));
    let mut c = rustc(Codegen::Wasmir(&backend), Target::Unknown);
    c.args(["--crate-type", "cdylib", "-Coverflow-checks=off", "-Cllvm-args=wasmir-precompile=yes"])
        .arg(format!("-Cllvm-args=wasmir-emit={}", wir.display()))
        .arg("-o")
        .arg(tmp.join(format!("{program}.wasm")))
        .arg(&src);
    run(c).unwrap_or_else(|e| panic!("building {program}.rs: {e}"));
    let text = std::fs::read_to_string(&wir).unwrap();
    let body: Vec<String> = text
        .lines()
        .skip_while(|l| !(l.starts_with("fn ") && l.contains(func)))
        .take_while(|l| *l != "}")
        .map(str::to_string)
        .collect();
    assert!(!body.is_empty(), "no `{func}` in the emitted WasmIR:\n{text}");
    let _ = std::fs::remove_dir_all(&tmp);
    body
}

/// MIR blocks reached only by an unconditional jump (here: the return edges of calls) are
/// lowered into their predecessor's WasmIR block, so a straight-line function of calls is one
/// block. `merged_blocks.rs` itself runs in the suite above (its output against LLVM's).
#[test]
fn call_return_blocks_are_merged() {
    let body = wasmir_body("merged_blocks", "13merged_blocks5chain");
    let blocks = body.iter().filter(|l| l.starts_with('b') && l.contains("):")).count();
    let calls = body.iter().filter(|l| l.contains("= call ")).count();
    assert_eq!(calls, 4, "`chain` should call `id` four times:\n{}", body.join("\n"));
    assert_eq!(blocks, 1, "`chain` (four calls, no branches) should be one block:\n{}", body.join("\n"));
}

/// Scalar locals defined once and never borrowed live in SSA values: `mix` (arguments, call
/// results, arithmetic) touches no memory and, without a frame, leaves the stack pointer
/// alone, while `memory_ones` keeps its borrowed and reassigned locals in frame slots.
/// `ssa_locals.rs` runs in the suite above.
#[test]
fn scalar_locals_stay_out_of_memory() {
    let memory_ops = |body: &[String]| body.iter().filter(|l| l.contains(" load") || l.contains(" store")).count();
    let sp_writes = |body: &[String]| body.iter().filter(|l| l.contains("global.set $__stack_pointer")).count();
    let mix = wasmir_body("ssa_locals", "10ssa_locals3mix");
    assert_eq!(memory_ops(&mix), 0, "`mix` should not touch memory:\n{}", mix.join("\n"));
    assert_eq!(sp_writes(&mix), 0, "`mix` has no frame:\n{}", mix.join("\n"));
    let kept = wasmir_body("ssa_locals", "10ssa_locals11memory_ones");
    assert!(memory_ops(&kept) > 0, "`memory_ones` borrows a local, which needs memory:\n{}", kept.join("\n"));
    assert_eq!(sp_writes(&kept), 2, "`memory_ones` sets up and tears down a frame:\n{}", kept.join("\n"));
}
