//! Differential testing: random well-typed WasmIR modules (structured and irreducible control
//! flow, memory traffic, direct and indirect calls, globals, SIMD, i64/float edge values) are
//! compiled by the dev backend (with and without Cranelift's mid-end) and the release backend,
//! validated with wasmparser, run in wasmtime, and compared call by call with the reference
//! interpreter. Each proptest case is one module of many functions, so one instantiation
//! covers many programs; a failure is shrunk by proptest (the generator reads a shrinkable
//! list of decisions).
//!
//! `WASMIR_DIFF_CASES` sets the number of modules (default 80). Every
//! `WASMIR_DIFF_WASM_OPT_EVERY`-th module (default 10; 0 = never) also goes through the release
//! pipeline with `wasm-opt` (binaryen), when one is installed: binaryen from npm runs in Node and
//! costs about a second per module, too much for every case.

// Shared with the dev backend's tests (same helpers: instantiate, run, compare).
#[path = "../../wasmir-cranelift/tests/common/mod.rs"]
mod common;
use common::*;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRunner};
use wasmir::interp::Val;
use wasmir::progen::{gen_args, gen_module, Choices};
use wasmir_llvm::WasmOpt;

const FUNCS_PER_MODULE: usize = 40;

fn check(funcs: &[Vec<u32>], argdata: &[u32], engine: &wasmtime::Engine, with_wasm_opt: bool, stats: &mut Stats) -> Result<(), TestCaseError> {
    let m = gen_module(funcs);
    wasmir::verify_module(&m).map_err(|e| TestCaseError::fail(format!("generator made invalid WasmIR: {e}")))?;
    let text = wasmir::print_module(&m);
    let reparsed = wasmir::parse_module(&text);
    prop_assert_eq!(reparsed.as_ref(), Ok(&m), "text round-trip");
    let mut c = Choices::new(argdata);
    let calls: Vec<(String, Vec<Val>)> = (0..funcs.len()).map(|i| {
        let f = m.func(m.func_by_export(&format!("f{i}")).unwrap());
        (format!("f{i}"), gen_args(&mut c, &f.sig))
    }).collect();
    let Some(want) = run_interp(&m, &calls) else {
        stats.skipped += 1;
        return Ok(());
    };
    let dev_plain = wasmir_cranelift::compile_module(&m, &wasmir_cranelift::Options { optimize: false, ..Default::default() });
    let dev_opt = wasmir_cranelift::compile_module(&m, &wasmir_cranelift::Options { optimize: true, ..Default::default() });
    let release = wasmir_llvm::compile_module(&m, &wasmir_llvm::Options { wasm_opt: WasmOpt::Off, ..Default::default() });
    let mut outputs = vec![("dev", dev_plain.map_err(|e| e.to_string())), ("dev+opt", dev_opt.map_err(|e| e.to_string())), ("release", release.map_err(|e| e.to_string()))];
    if with_wasm_opt {
        let r = wasmir_llvm::compile_module(&m, &wasmir_llvm::Options { wasm_opt: WasmOpt::Required, ..Default::default() });
        outputs.push(("release+wasm-opt", r.map_err(|e| e.to_string())));
        stats.wasm_opt_modules += 1;
    }
    for (name, wasm) in outputs {
        let wasm = wasm.map_err(|e| TestCaseError::fail(format!("{name} backend failed: {e}\n{text}")))?;
        validate(&wasm).map_err(|e| TestCaseError::fail(format!("{name}: {e}\n{text}")))?;
        let got = run_wasm(engine, &wasm, &calls).map_err(|e| TestCaseError::fail(format!("{name}: {e}")))?;
        for ((call, w), g) in calls.iter().zip(&want).zip(&got) {
            if !same(w, g) {
                return Err(TestCaseError::fail(format!(
                    "{name}: {}({}) = {g:?}, interpreter says {w:?}\nmodule:\n{text}",
                    call.0,
                    call.1.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(", ")
                )));
            }
        }
    }
    stats.functions += funcs.len();
    stats.traps += want.iter().filter(|o| o.is_err()).count();
    stats.modules += 1;
    Ok(())
}

#[derive(Default, Debug)]
struct Stats {
    modules: usize,
    functions: usize,
    traps: usize,
    skipped: usize,
    wasm_opt_modules: usize,
}

#[test]
fn backends_agree_with_the_interpreter() {
    let cases: u32 = std::env::var("WASMIR_DIFF_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(80);
    let engine = engine();
    let start = std::time::Instant::now();
    // Shrinking recompiles with all three backends per step: bound it so a failure reports in minutes.
    let mut runner = TestRunner::new(Config { cases, failure_persistence: None, max_shrink_time: 120_000, max_shrink_iters: 2000, ..Config::default() });
    let strategy = (prop::collection::vec(prop::collection::vec(any::<u32>(), 0..400), FUNCS_PER_MODULE), prop::collection::vec(any::<u32>(), 0..256));
    let stats = std::cell::RefCell::new(Stats::default());
    let every: usize = std::env::var("WASMIR_DIFF_WASM_OPT_EVERY").ok().and_then(|s| s.parse().ok()).unwrap_or(10);
    let every = match wasmir_llvm::wasm_opt::locate() {
        Ok(_) => every,
        Err(why) => {
            println!("skipped: release+wasm-opt in the differential test: {why}");
            0
        }
    };
    let case = std::cell::Cell::new(0usize);
    // Once a case fails, proptest shrinks it: keep the pipeline of the failing case (with or
    // without wasm-opt) for every shrink step, or a wasm-opt failure could not shrink.
    let failing_with_wasm_opt = std::cell::Cell::new(None::<bool>);
    let result = runner.run(&strategy, |(funcs, args)| {
        case.set(case.get() + 1);
        let with_wasm_opt = failing_with_wasm_opt.get().unwrap_or(every != 0 && case.get() % every == 1 % every);
        let r = check(&funcs, &args, &engine, with_wasm_opt, &mut stats.borrow_mut());
        if r.is_err() && failing_with_wasm_opt.get().is_none() {
            failing_with_wasm_opt.set(Some(with_wasm_opt));
        }
        r
    });
    let s = stats.into_inner();
    println!(
        "differential: {} modules, {} functions x 3 backends ({} of the modules also through wasm-opt) agreed with the interpreter ({} calls trapped, {} modules skipped for fuel) in {:.1}s",
        s.modules, s.functions, s.wasm_opt_modules, s.traps, s.skipped, start.elapsed().as_secs_f64()
    );
    if let Err(e) = result {
        panic!("{e}");
    }
    assert!(s.functions >= (cases as usize / 2) * FUNCS_PER_MODULE, "too many skipped cases: {s:?}");
}

/// The generator really produces irreducible control flow (so the dispatch-loop path of the
/// dev backend is exercised by the differential test).
#[test]
fn generator_covers_irreducible_control_flow() {
    let mut runner = TestRunner::deterministic();
    let mut irreducible = 0;
    for _ in 0..50 {
        let funcs = prop::collection::vec(prop::collection::vec(any::<u32>(), 0..160), 8).new_tree(&mut runner).unwrap().current();
        let m = gen_module(&funcs);
        for f in m.funcs.iter().filter(|f| !f.blocks.is_empty()) {
            let succs = wasmir::cfg::successors(f);
            let dt = wasmir::cfg::DomTree::compute(&succs, 0);
            if !wasmir::cfg::is_reducible(&succs, &dt) {
                irreducible += 1;
            }
        }
    }
    assert!(irreducible > 10, "only {irreducible} irreducible functions generated");
}
