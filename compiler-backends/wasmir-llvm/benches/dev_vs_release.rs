//! Dev (Cranelift) vs release (LLVM -O2) backend, side by side in one run, on the WasmIR corpus
//! and on a large generated module: compile time per module and per function, output size
//! (release before and after binaryen's `wasm-opt`), and run time of the corpus `test_*`
//! exports in wasmtime, with ratios.
//!
//! `cargo bench -p wasmir-llvm --bench dev_vs_release` (`source ci/env.sh` first).

#[path = "../../wasmir-cranelift/tests/common/mod.rs"]
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
    let rel_opts = wasmir_llvm::Options { opt: wasmir_llvm::OptLevel::O2, wasm_opt: wasmir_llvm::WasmOpt::Off, ..Default::default() };
    let wopt = wasmir_llvm::wasm_opt::locate();
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

    println!("dev = wasmir-cranelift (Cranelift egraph opts, our wasm emission); rel = wasmir-llvm (LLVM default<O2> + wasm-ld-22); +wo = rel then wasm-opt -O2");
    match &wopt {
        Ok(bin) => println!("wasm-opt: {}", bin.display()),
        Err(why) => println!("wasm-opt: not measured ({why})"),
    }
    println!("compile: median of 5 runs in this process (rel excludes wasm-opt; its time is its own column); run: sum over the test_* exports, median of 5 calls each, wasmtime\n");
    println!(
        "{:<13} {:>5} | {:>8} {:>8} {:>6} | {:>8} {:>8} | {:>8} | {:>7} {:>7} {:>7} | {:>8} {:>8} {:>8}",
        "module", "funcs", "dev ms", "rel ms", "rel/dev", "dev us/f", "rel us/f", "wo ms", "dev B", "rel B", "+wo B", "dev run", "rel run", "+wo run"
    );
    let (mut tot_dev, mut tot_rel, mut tot_wo) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    let (mut tot_fns, mut sizes) = (0usize, [0usize; 3]);
    for (name, m) in &modules {
        let nf = m.funcs.iter().filter(|f| !f.is_import()).count();
        tot_fns += nf;
        let (dev_t, dev_wasm) = time_compile(5, || wasmir_cranelift::compile_module(m, &dev_opts).unwrap());
        let (rel_t, rel_wasm) = time_compile(5, || wasmir_llvm::compile_module(m, &rel_opts).unwrap());
        let wo = wopt.as_ref().ok().map(|_| {
            let (w, t) = wasmir_llvm::compile_module_timed(m, &wasmir_llvm::Options { wasm_opt: wasmir_llvm::WasmOpt::Required, ..rel_opts.clone() }).unwrap();
            (t.wasm_opt, w)
        });
        tot_dev += dev_t;
        tot_rel += rel_t;
        sizes[0] += dev_wasm.len();
        sizes[1] += rel_wasm.len();
        if let Some((t, w)) = &wo {
            tot_wo += *t;
            sizes[2] += w.len();
        }
        let tests = common::test_exports(m);
        let run = |w: &[u8]| tests.iter().map(|(e, _)| run_time(&engine, w, e, 5)).sum::<Duration>();
        let run_col = |w: Option<&[u8]>| match w {
            Some(w) if !tests.is_empty() => format!("{:>6.3}ms", ms(run(w))),
            _ => format!("{:>8}", "-"),
        };
        println!(
            "{:<13} {:>5} | {:>8.2} {:>8.2} {:>6.1}x | {:>8.1} {:>8.1} | {:>8} | {:>7} {:>7} {:>7} | {} {} {}",
            name,
            nf,
            ms(dev_t),
            ms(rel_t),
            rel_t.as_secs_f64() / dev_t.as_secs_f64(),
            dev_t.as_secs_f64() * 1e6 / nf as f64,
            rel_t.as_secs_f64() * 1e6 / nf as f64,
            wo.as_ref().map_or("-".to_string(), |(t, _)| format!("{:.0}", ms(*t))),
            dev_wasm.len(),
            rel_wasm.len(),
            wo.as_ref().map_or("-".to_string(), |(_, w)| w.len().to_string()),
            run_col(Some(&dev_wasm)),
            run_col(Some(&rel_wasm)),
            run_col(wo.as_ref().map(|(_, w)| w.as_slice())),
        );
    }
    let ratio = tot_rel.as_secs_f64() / tot_dev.as_secs_f64();
    println!(
        "\ntotal compile ({} functions): dev {:.1} ms ({:.1} us/function), release -O2 {:.1} ms ({:.1} us/function): dev is {:.1}x faster (issue asks >= 5x: {})",
        tot_fns,
        ms(tot_dev),
        tot_dev.as_secs_f64() * 1e6 / tot_fns as f64,
        ms(tot_rel),
        tot_rel.as_secs_f64() * 1e6 / tot_fns as f64,
        ratio,
        if ratio >= 5.0 { "met" } else { "NOT met" }
    );
    if wopt.is_ok() {
        println!("wasm-opt -O2 on top: {:.0} ms in all (a Node process per module); with it release/dev = {:.1}x", ms(tot_wo), (tot_rel + tot_wo).as_secs_f64() / tot_dev.as_secs_f64());
        println!("total size: dev {} B, release {} B ({:.2}x dev), release+wasm-opt {} B ({:.2}x dev, {:+.1}% vs release)", sizes[0], sizes[1], sizes[1] as f64 / sizes[0] as f64, sizes[2], sizes[2] as f64 / sizes[0] as f64, (sizes[2] as f64 / sizes[1] as f64 - 1.0) * 100.0);
    } else {
        println!("total size: dev {} B, release {} B ({:.2}x dev)", sizes[0], sizes[1], sizes[1] as f64 / sizes[0] as f64);
    }
    // Where release time goes, on the big module.
    let (_, big) = modules.last().unwrap();
    let (_, t) = wasmir_llvm::compile_module_timed(big, &rel_opts).unwrap();
    println!("release split on generated-300: LLVM (parse+O2+codegen) {:.1} ms, wasm-ld + fix-up {:.1} ms", ms(t.llvm), ms(t.link));
    let single = wasmir_cranelift::Options { optimize: false, ..dev_opts.clone() };
    let (dev_noopt, _) = time_compile(5, || wasmir_cranelift::compile_module(big, &single).unwrap());
    println!("dev without the Cranelift mid-end on generated-300: {:.1} ms", ms(dev_noopt));
}
