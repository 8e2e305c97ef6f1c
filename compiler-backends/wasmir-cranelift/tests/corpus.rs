//! The hand-written corpus through the dev backend: valid wasm, same results as the
//! interpreter (with and without the Cranelift mid-end), and snapshots of the wasm text.

mod common;
use common::*;
use wasmir_cranelift::{compile_module, Options};

#[test]
fn corpus_runs_like_the_interpreter() {
    let engine = engine();
    for (name, m) in corpus() {
        let calls = test_exports(&m);
        assert!(!calls.is_empty(), "{name} has no test_ exports");
        let want = run_interp(&m, &calls).expect("corpus programs terminate");
        for optimize in [false, true] {
            let wasm = compile_module(&m, &Options { optimize, ..Options::default() }).unwrap_or_else(|e| panic!("{name}: {e}"));
            validate(&wasm).unwrap_or_else(|e| panic!("{name} (opt={optimize}): {e}"));
            let got = run_wasm(&engine, &wasm, &calls).unwrap();
            for ((call, w), g) in calls.iter().zip(&want).zip(&got) {
                assert!(same(w, g), "{name}::{} (opt={optimize}): interpreter {w:?}, dev backend {g:?}", call.0);
            }
        }
    }
}

/// `dev_*`: with the mid-end (through CLIF); `dev_o0_*`: without (straight from WasmIR).
#[test]
fn wasm_text_snapshots() {
    for (name, m) in corpus() {
        for (prefix, optimize) in [("dev", true), ("dev_o0", false)] {
            let wasm = compile_module(&m, &Options { debug_info: false, optimize, ..Options::default() }).unwrap();
            let text = wasmprinter::print_bytes(&wasm).unwrap();
            insta::assert_snapshot!(format!("{prefix}_{name}"), text);
        }
    }
}

#[test]
fn emits_function_names_and_dwarf_lines() {
    let (_, m) = corpus().into_iter().find(|(n, _)| n == "loops").unwrap();
    let wasm = compile_module(&m, &Options::default()).unwrap();
    let mut customs = Vec::new();
    for p in wasmparser::Parser::new(0).parse_all(&wasm) {
        if let wasmparser::Payload::CustomSection(c) = p.unwrap() {
            customs.push(c.name().to_string());
        }
    }
    assert!(customs.iter().any(|c| c == "name"), "{customs:?}");
    assert!(customs.iter().any(|c| c == ".debug_line"), "{customs:?}");
    let text = wasmprinter::print_bytes(&wasm).unwrap();
    assert!(text.contains("(func $sum_to"), "names section not applied");
}
