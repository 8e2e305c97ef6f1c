//! Builds every program under `rustc_codegen_wasmir/tests/run-pass/` with the WasmRust
//! toolchain three times: through rustc_codegen_wasmir at `-Copt-level=0` (its dev backend)
//! and at `-Copt-level=2` (its release backend: LLVM, then wasm-opt when binaryen is found),
//! and through the stock LLVM backend; runs them under node and requires the same output from
//! all three. Programs under `tests/compile-fail/` must fail with their `//@ error:` messages.
//! Fails with a clear message where the toolchain has not been built.

use codegen_tests::*;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

fn programs(dir: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(backend_dir().join("tests").join(dir))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs") && p.file_name().unwrap() != "prelude.rs")
        .collect();
    v.sort();
    v
}

fn build(cg: Codegen<'_>, src: &Path, out_dir: &Path) -> Result<PathBuf, String> {
    let text = std::fs::read_to_string(src).unwrap();
    for aux in aux_files(&text) {
        let mut c = rustc(cg);
        c.args(["--crate-type", "rlib"]).arg(src.parent().unwrap().join("aux").join(&aux)).arg("--out-dir").arg(out_dir);
        run(c).map_err(|e| format!("aux {aux}: {e}"))?;
    }
    let wasm = out_dir.join(src.file_stem().unwrap()).with_extension("wasm");
    let mut c = rustc(cg);
    c.args(["--crate-type", "cdylib", "-L"]).arg(out_dir).arg(src).arg("-o").arg(&wasm);
    run(c)?;
    Ok(wasm)
}

fn parallel<T: Send, R: Send>(items: Vec<T>, f: impl Fn(T) -> R + Sync) -> Vec<R> {
    let queue = Mutex::new(items.into_iter().enumerate().collect::<Vec<_>>());
    let results = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get()).min(4);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let Some((i, item)) = queue.lock().unwrap().pop() else { break };
                let r = f(item);
                results.lock().unwrap().push((i, r));
            });
        }
    });
    let mut r = results.into_inner().unwrap();
    r.sort_by_key(|(i, _)| *i);
    r.into_iter().map(|(_, r)| r).collect()
}

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
    let results = parallel(progs.clone(), |src| {
        let name = src.file_stem().unwrap().to_string_lossy().into_owned();
        let (dw, dr, dl) = (tmp.join("wasmir").join(&name), tmp.join("release").join(&name), tmp.join("llvm").join(&name));
        for d in [&dw, &dr, &dl] {
            std::fs::create_dir_all(d).unwrap();
        }
        let base = build(Codegen::Llvm, &src, &dl).map_err(|e| format!("{name}: LLVM backend: {e}"))?;
        let b = run_wasm(&base)?;
        if b.trim().is_empty() || b.contains("error:") {
            return Err(format!("{name}: the LLVM build printed nothing useful: {b:?}"));
        }
        let mut sizes = [0u64; 3];
        sizes[2] = std::fs::metadata(&base).unwrap().len();
        // -Copt-level=0 (dev backend) and -Copt-level=2 (release backend), each against LLVM.
        for (k, (cg, dir, what)) in [(Codegen::Wasmir(&backend), &dw, "dev"), (Codegen::WasmirRelease(&backend), &dr, "release")].into_iter().enumerate() {
            let ours = build(cg, &src, dir).map_err(|e| format!("{name}: WasmIR backend ({what}): {e}"))?;
            sizes[k] = std::fs::metadata(&ours).unwrap().len();
            let a = run_wasm(&ours)?;
            if a != b {
                let diff: Vec<String> = a.lines().zip(b.lines()).enumerate().filter(|(_, (x, y))| x != y).take(5).map(|(i, (x, y))| format!("  line {}: wasmir {x:?} vs llvm {y:?}", i + 1)).collect();
                return Err(format!("{name}: outputs differ, {what} backend vs LLVM ({} vs {} lines)\n{}", a.lines().count(), b.lines().count(), diff.join("\n")));
            }
        }
        Ok((name, sizes))
    });
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
        match build(Codegen::Wasmir(&backend), &src, &d) {
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
