//! `cargo wasm build --backend dev|release`: a #![no_std] crate (with a path dependency)
//! compiled through rustc_codegen_wasmir, built by `build.sh` on first use, validated with
//! wasmparser and run in Wasmtime (`cargo wasm run --invoke`), with the same results as the
//! toolchain's LLVM backend; a std program built against the std sysroot compiled through the
//! backend (`build-sysroot.sh`, on first use) prints what the LLVM build prints and passes its
//! unit tests; where it cannot link it fails with the backend's "not supported yet": on
//! wasm32-wasip1-threads (no WasmIR sysroot) and for a binary on wasm32-unknown-unknown (whose
//! WasmIR sysroot has std for cdylibs, but no entry point for a `main`).
//!
//! Needs the wasmrust toolchain and its x.py build dir (the backend is built against the
//! stage1 compiler's crates); says "skipped: …" when either is missing.

use std::path::{Path, PathBuf};
use std::process::Command;

mod common;

use common::{cargo_target, run};

/// The x.py build dir `build.sh` uses (`$WASMRUST_BUILD_DIR` or its default), if it holds a
/// stage1 compiler.
fn build_dir_available() -> bool {
    let dir = match std::env::var_os("WASMRUST_BUILD_DIR") {
        Some(d) => PathBuf::from(d),
        None => match std::env::var_os("HOME") {
            Some(h) => PathBuf::from(h).join(".cache/wasmrust/rustc-1.96.0/build"),
            None => return false,
        },
    };
    std::fs::read_dir(dir.join("host/stage1/lib"))
        .into_iter()
        .flatten()
        .flatten()
        .any(|e| e.file_name().to_string_lossy().starts_with("librustc_driver-"))
}

macro_rules! need_toolchain_and_build_dir {
    ($name:expr) => {
        need_toolchain!($name);
        if !build_dir_available() {
            eprintln!("skipped: the toolchain's x.py build dir (stage1 compiler crates) is missing, so the WasmIR backend cannot be built ({})", $name);
            println!("skipped: the toolchain's x.py build dir (stage1 compiler crates) is missing, so the WasmIR backend cannot be built ({})", $name);
            return;
        }
    };
}

fn cargo_wasm(args: &[&str], target_dir: &Path) -> Command {
    let mut c = common::cargo_wasm_command(args, target_dir);
    // The backend is built once per cargo target dir, where codegen-tests builds it too
    // (unless the environment names another place).
    if std::env::var_os("WASMRUST_BACKEND_TARGET_DIR").is_none() {
        c.env("WASMRUST_BACKEND_TARGET_DIR", cargo_target().join("rustc_codegen_wasmir"));
    }
    c.env_remove("WASMRUST_CODEGEN_BACKEND");
    c
}

fn fixture() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/nostd-wasmir/Cargo.toml").display().to_string()
}

/// `cargo wasm build --message-format json <args>` → the one artifact's JSON.
fn build(args: &[&str], target_dir: &Path) -> serde_json::Value {
    let manifest = fixture();
    let mut all = vec!["build", "--message-format", "json", "--manifest-path", manifest.as_str()];
    all.extend_from_slice(args);
    let o = run(cargo_wasm(&all, target_dir));
    assert!(o.status.success(), "cargo wasm build {args:?} failed");
    let arts: Vec<serde_json::Value> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|v| v["reason"] == "wasm-artifact")
        .collect();
    assert_eq!(arts.len(), 1, "one artifact: {arts:?}");
    arts.into_iter().next().unwrap()
}

/// `cargo wasm run --wasm <path> --invoke <func> -- <args>`: stdout, or `trap` (`--invoke`
/// reports a trap as "error: `func` trapped: …" with exit status 1).
fn invoke(wasm: &str, func: &str, args: &[&str], target_dir: &Path) -> String {
    let mut all = vec!["run", "--wasm", wasm, "--invoke", func, "--"];
    all.extend_from_slice(args);
    let o = run(cargo_wasm(&all, target_dir));
    let err = String::from_utf8_lossy(&o.stderr);
    match o.status.code() {
        Some(0) => String::from_utf8(o.stdout).unwrap().trim().to_string(),
        Some(1) if err.starts_with(&format!("error: `{func}` trapped")) => "trap".to_string(),
        other => panic!("{func}{args:?}: unexpected exit {other:?}: {err}"),
    }
}

/// Calls and the results they must give (the LLVM build must agree too).
const CALLS: &[(&str, &[&str], &str)] = &[
    ("primes_below", &["100"], "25"),
    ("primes_below", &["10000"], "1229"),
    // 871 has the longest chain below 1000 (179 terms): 871 << 32 | 179.
    ("collatz", &["1000"], "3740916514995"),
    // areas 105 + 49 + 15 + 0, names 4 + 6 + 3 + 3.
    ("shapes_checksum", &["5"], "169016"),
    ("divide", &["-9", "2"], "-4"),
    ("divide", &["7", "0"], "trap"),
];

/// The builds each program is compared across: a target-dir name and `cargo wasm` flags (the
/// stock LLVM build first, the one the others must match).
const BACKEND_CONFIGS: [(&str, &[&str]); 4] = [
    ("llvm", &["--backend", "llvm"]),
    ("dev", &["--backend", "dev"]),
    ("release", &["--backend", "release"]),
    ("release-profile", &["--release", "--backend", "release"]),
];

#[test]
fn nostd_crate_runs_through_the_dev_and_release_backends() {
    need_toolchain_and_build_dir!("nostd_crate_runs_through_the_dev_and_release_backends");
    let root = cargo_target().join("cargo-wasm-backend");
    let mut sizes = Vec::new();
    for (name, args) in BACKEND_CONFIGS {
        let dir = root.join(name);
        let a = build(args, &dir);
        let path = a["path"].as_str().unwrap().to_string();
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(bytes.len() as u64, a["size"].as_u64().unwrap(), "{name}: reported size is the file's");
        wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all()).validate_all(&bytes).unwrap_or_else(|e| panic!("{name}: invalid wasm: {e}"));
        if name != "llvm" {
            // The WasmIR link step names its function table; LLVM's output has no such export.
            let exports: Vec<String> = wasmparser::Parser::new(0)
                .parse_all(&bytes)
                .filter_map(|p| match p.unwrap() {
                    wasmparser::Payload::ExportSection(s) => Some(s.into_iter().map(|e| e.unwrap().name.to_string()).collect::<Vec<_>>()),
                    _ => None,
                })
                .flatten()
                .collect();
            for f in ["primes_below", "collatz", "shapes_checksum", "divide"] {
                assert!(exports.iter().any(|e| e == f), "{name}: export {f} missing: {exports:?}");
            }
        }
        for (func, args, want) in CALLS {
            let got = invoke(&path, func, args, &dir);
            assert_eq!(&got, want, "{name}: {func}{args:?}");
        }
        sizes.push(format!("{name} {} B", bytes.len()));
    }
    eprintln!("sizes: {}", sizes.join(", "));
}

/// A std program in a fresh temporary project.
fn std_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("Cargo.toml"), "[package]\nname = \"uses-std\"\nversion = \"0.1.0\"\nedition = \"2024\"\n[workspace]\n").unwrap();
    std::fs::create_dir(dir.path().join("src")).unwrap();
    std::fs::write(dir.path().join("src/main.rs"), STD_PROGRAM).unwrap();
    dir
}

/// Collections, formatting, the heap, arguments and both output streams of WASI.
const STD_PROGRAM: &str = r#"use std::collections::{BTreeMap, HashMap};
fn main() {
    let v: Vec<u32> = (1..5).collect();
    println!("{v:?}");
    let mut counts = HashMap::new();
    for w in "the quick brown fox jumps over the lazy dog the end".split(' ') {
        *counts.entry(w).or_insert(0) += 1;
    }
    let sorted: BTreeMap<_, _> = counts.into_iter().collect();
    println!("{sorted:?}");
    println!("{:>8.3}|{:#x}|{}|{:e}", 3.14159f64, 255u32, i64::MIN, 1.5e-7f32);
    let args: Vec<String> = std::env::args().skip(1).collect();
    println!("args: {}", args.join(","));
    let text: String = args.iter().rev().map(|a| a.to_uppercase()).collect::<Vec<_>>().join(" ");
    eprintln!("stderr: {text}");
}

#[cfg(test)]
mod tests {
    #[test]
    fn sorts_words() {
        let mut w = vec!["wasm", "ir", "dev"];
        w.sort();
        assert_eq!(w.join(" "), "dev ir wasm");
    }
}
"#;

#[test]
fn std_program_runs_through_the_dev_and_release_backends() {
    need_toolchain_and_build_dir!("std_program_runs_through_the_dev_and_release_backends");
    let project = std_project();
    let manifest = project.path().join("Cargo.toml").display().to_string();
    let root = cargo_target().join("cargo-wasm-backend").join("std");
    let mut outputs = Vec::new();
    for (name, args) in BACKEND_CONFIGS {
        let mut all = vec!["run", "--manifest-path", manifest.as_str()];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--", "wasm", "ir"]);
        let o = run(cargo_wasm(&all, &root.join(name)));
        assert!(o.status.success(), "{name}: cargo wasm run failed");
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert!(stderr.lines().any(|l| l == "stderr: IR WASM"), "{name}: the program's stderr line is missing:\n{stderr}");
        outputs.push((name, String::from_utf8(o.stdout).unwrap()));
    }
    let (_, want) = &outputs[0];
    assert!(want.contains("args: wasm,ir") && want.contains("\"the\": 3"), "the LLVM build's output: {want}");
    for (name, got) in &outputs[1..] {
        assert_eq!(got, want, "{name} prints what the LLVM build prints");
    }
    // libtest (in the sysroot too) runs the program's unit tests.
    let o = run(cargo_wasm(&["test", "--backend", "dev", "--manifest-path", manifest.as_str()], &root.join("dev")));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "cargo wasm test --backend dev failed");
    assert!(out.contains("test tests::sorts_words ... ok") && out.contains("test result: ok. 1 passed"), "libtest's report: {out}");
}

#[test]
fn std_program_where_it_cannot_link_fails_with_not_supported_yet() {
    need_toolchain_and_build_dir!("std_program_where_it_cannot_link_fails_with_not_supported_yet");
    let project = std_project();
    let manifest = project.path().join("Cargo.toml").display().to_string();
    for backend in ["dev", "release"] {
        let o = run(cargo_wasm(&["build", "--backend", backend, "--target", "wasm32-wasip1-threads", "--manifest-path", &manifest], &cargo_target().join("cargo-wasm-backend").join("threads")));
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(4), "{backend}: a compile error exits with 4");
        assert!(!err.contains("panicked") && !err.contains("internal compiler error"), "{backend}: the compiler crashed:\n{err}");
        let line = err.lines().find(|l| l.contains("not supported yet: ")).unwrap_or_else(|| panic!("{backend}: no `not supported yet` error:\n{err}"));
        assert!(line.contains(" in "), "{backend}: the error names the function: {line}");
        let last = err.lines().last().unwrap();
        assert!(last.starts_with("error: `cargo +wasmrust build"), "{backend}: cargo wasm's own one-line summary last: {last}");
    }
    // wasm32-unknown-unknown's WasmIR sysroot has std (cdylibs use it), but a binary's entry
    // point links on wasm32-wasip1 only.
    let o = run(cargo_wasm(&["build", "--backend", "dev", "--target", "wasm32-unknown-unknown", "--manifest-path", &manifest], &cargo_target().join("cargo-wasm-backend").join("unknown-std")));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(4), "a compile error exits with 4");
    assert!(err.contains("not supported yet: the entry point of a binary for target `wasm32-unknown-unknown`"), "names what is missing:\n{err}");
}
