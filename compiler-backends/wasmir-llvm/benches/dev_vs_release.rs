//! Dev (Cranelift) vs release (LLVM -O2) backend, side by side in one run, on the WasmIR corpus
//! and on a large generated module: compile time per module and per function, output size,
//! and run time of the corpus `test_*` exports in wasmtime, with ratios.
//!
//! `cargo bench -p wasmir-llvm --bench dev_vs_release` (needs `LLVM_SYS_211_PREFIX`).

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};
use wasmir::Module;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time_compile(reps: usize, mut f: impl FnMut() -> Vec<u8>) -> (Duration, Vec<u8>) {
    let mut out = Vec::new();
    let times = (0..reps)
        .map(|_| {
            let t = Instant::now();
            out = f();
            t.elapsed()
        })
        .collect();
    (median(times), out)
}

fn run_time(engine: &wasmtime::Engine, wasm: &[u8], export: &str, reps: usize) -> Duration {
    let module = wasmtime::Module::new(engine, wasm).unwrap();
    let mut times = Vec::new();
    for _ in 0..reps {
        let mut store = wasmtime::Store::new(engine, ());
        let inst = wasmtime::Instance::new(&mut store, &module, &[]).unwrap();
        let f = inst.get_func(&mut store, export).unwrap();
        let mut res = vec![wasmtime::Val::I32(0); f.ty(&store).results().len()];
        let t = Instant::now();
        f.call(&mut store, &[], &mut res).unwrap();
        times.push(t.elapsed());
    }
    median(times)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    let engine = common::engine();
    let dev_opts = wasmir_cranelift::Options { verify_clif: false, ..Default::default() };
    let rel_opts = wasmir_llvm::Options { opt: wasmir_llvm::OptLevel::O2, wasm_opt: false, ..Default::default() };
    let mut modules: Vec<(String, Module)> = common::corpus();
    // A large module: 300 random functions (as the differential tests generate them).
    let mut x = 0x1234_5678u32;
    let funcs: Vec<Vec<u32>> = (0..300)
        .map(|_| {
            (0..400)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 17;
                    x ^= x << 5;
                    x
                })
                .collect()
        })
        .collect();
    modules.push(("generated-300".into(), wasmir::progen::gen_module(&funcs)));

    println!("dev = wasmir-cranelift (Cranelift egraph opts, our wasm emission); release = wasmir-llvm (LLVM -O2 + wasm-ld, no wasm-opt)");
    println!("compile times: median of 5 runs, this machine, one process; run times: wasmtime, median of 5 calls\n");
    println!("{:<15} {:>5} | {:>9} {:>9} {:>7} | {:>9} {:>9} | {:>8} {:>8} {:>6} | {:>9} {:>9} {:>6}", "module", "funcs", "dev ms", "rel ms", "rel/dev", "dev us/fn", "rel us/fn", "dev B", "rel B", "rel/dev", "dev run", "rel run", "dev/rel");
    let (mut tot_dev, mut tot_rel) = (Duration::ZERO, Duration::ZERO);
    for (name, m) in &modules {
        let nf = m.funcs.iter().filter(|f| !f.is_import()).count();
        let (dev_t, dev_wasm) = time_compile(5, || wasmir_cranelift::compile_module(m, &dev_opts).unwrap());
        let (rel_t, rel_wasm) = time_compile(5, || wasmir_llvm::compile_module(m, &rel_opts).unwrap());
        tot_dev += dev_t;
        tot_rel += rel_t;
        let tests = common::test_exports(m);
        let (dev_run, rel_run) = tests.iter().fold((Duration::ZERO, Duration::ZERO), |(a, b), (e, _)| (a + run_time(&engine, &dev_wasm, e, 5), b + run_time(&engine, &rel_wasm, e, 5)));
        let run_cols = if tests.is_empty() { format!("{:>9} {:>9} {:>6}", "-", "-", "-") } else { format!("{:>7.3}ms {:>7.3}ms {:>6.2}", ms(dev_run), ms(rel_run), dev_run.as_secs_f64() / rel_run.as_secs_f64()) };
        println!(
            "{:<15} {:>5} | {:>9.2} {:>9.2} {:>6.1}x | {:>9.1} {:>9.1} | {:>8} {:>8} {:>6.2} | {}",
            name,
            nf,
            ms(dev_t),
            ms(rel_t),
            rel_t.as_secs_f64() / dev_t.as_secs_f64(),
            dev_t.as_secs_f64() * 1e6 / nf as f64,
            rel_t.as_secs_f64() * 1e6 / nf as f64,
            dev_wasm.len(),
            rel_wasm.len(),
            rel_wasm.len() as f64 / dev_wasm.len() as f64,
            run_cols
        );
    }
    // Where release time goes, on the big module.
    let (_, big) = modules.last().unwrap();
    let (_, t) = wasmir_llvm::compile_module_timed(big, &rel_opts).unwrap();
    println!("\ntotal compile: dev {:.1} ms, release {:.1} ms: release/dev = {:.1}x", ms(tot_dev), ms(tot_rel), tot_rel.as_secs_f64() / tot_dev.as_secs_f64());
    println!("release split on generated-300: LLVM (parse+O2+codegen) {:.1} ms, wasm-ld + fix-up {:.1} ms", ms(t.llvm), ms(t.link));
    let single = wasmir_cranelift::Options { optimize: false, ..dev_opts.clone() };
    let (dev_noopt, _) = time_compile(5, || wasmir_cranelift::compile_module(big, &single).unwrap());
    println!("dev without the Cranelift mid-end on generated-300: {:.1} ms", ms(dev_noopt));
}
