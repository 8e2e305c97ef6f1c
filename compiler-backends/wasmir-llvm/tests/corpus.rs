//! The hand-written corpus through the release backend: valid wasm, same results as the
//! interpreter at -O2 and -Oz.

// Shared with the dev backend's tests (same helpers: instantiate, run, compare).
#[path = "../../wasmir-cranelift/tests/common/mod.rs"]
mod common;
use common::*;
use wasmir_llvm::{compile_module, OptLevel, Options};

#[test]
fn corpus_runs_like_the_interpreter() {
    let engine = engine();
    for (name, m) in corpus() {
        let calls = test_exports(&m);
        let want = run_interp(&m, &calls).expect("corpus programs terminate");
        for opt in [OptLevel::O2, OptLevel::Oz] {
            let wasm = compile_module(&m, &Options { opt, ..Options::default() }).unwrap_or_else(|e| panic!("{name}: {e}"));
            validate(&wasm).unwrap_or_else(|e| panic!("{name} ({opt:?}): {e}"));
            let got = run_wasm(&engine, &wasm, &calls).unwrap();
            for ((call, w), g) in calls.iter().zip(&want).zip(&got) {
                assert!(same(w, g), "{name}::{} ({opt:?}): interpreter {w:?}, release backend {g:?}", call.0);
            }
        }
    }
}
