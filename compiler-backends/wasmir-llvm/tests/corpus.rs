//! The hand-written corpus through the release backend: valid wasm, same results as the
//! interpreter at -O2 and -Oz, and at -Oz followed by binaryen's `wasm-opt -Oz` (one level
//! only: binaryen from npm is a Node program that costs about a second per run; the
//! differential test covers `wasm-opt -O2`).

// Shared with the dev backend's tests (same helpers: instantiate, run, compare).
#[path = "../../wasmir-cranelift/tests/common/mod.rs"]
mod common;
use common::*;
use wasmir_llvm::{compile_module_timed, OptLevel, Options, WasmOpt};

#[test]
fn corpus_runs_like_the_interpreter() {
    let engine = engine();
    let mut configs = vec![(OptLevel::O2, WasmOpt::Off), (OptLevel::Oz, WasmOpt::Off)];
    match wasmir_llvm::wasm_opt::locate() {
        Ok(_) => configs.push((OptLevel::Oz, WasmOpt::Required)),
        Err(why) => println!("skipped: the corpus through wasm-opt: {why}"),
    }
    for (name, m) in corpus() {
        let calls = test_exports(&m);
        let want = run_interp(&m, &calls).expect("corpus programs terminate");
        for &(opt, w) in &configs {
            let (wasm, t) = compile_module_timed(&m, &Options { opt, wasm_opt: w, ..Options::default() }).unwrap_or_else(|e| panic!("{name} ({opt:?}, {w:?}): {e}"));
            assert_eq!(t.size_before_wasm_opt.is_some(), w == WasmOpt::Required, "{name}: wasm-opt ran iff required");
            validate(&wasm).unwrap_or_else(|e| panic!("{name} ({opt:?}, {w:?}): {e}"));
            let got = run_wasm(&engine, &wasm, &calls).unwrap();
            for ((call, w0), g) in calls.iter().zip(&want).zip(&got) {
                assert!(same(w0, g), "{name}::{} ({opt:?}, {w:?}): interpreter {w0:?}, release backend {g:?}", call.0);
            }
        }
    }
}

/// Asking for `wasm-opt` when the one named cannot run is an error, not a silent skip.
#[test]
fn required_wasm_opt_that_cannot_run_is_an_error() {
    let m = wasmir::load("module \"m\"\nfn $f() -> (i32) export \"f\" {\nb0():\n  v0: i32 = const 1\n  ret v0\n}\n").unwrap();
    let bin = std::path::Path::new("/nonexistent/wasm-opt");
    let e = wasmir_llvm::wasm_opt::run(bin, &wasmir_llvm::compile_module(&m, &Options { wasm_opt: WasmOpt::Off, ..Options::default() }).unwrap(), "-O2", tempfile::tempdir().unwrap().path()).unwrap_err();
    assert!(e.contains("/nonexistent/wasm-opt"), "{e}");
}
