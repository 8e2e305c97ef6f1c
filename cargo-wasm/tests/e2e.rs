//! End-to-end tests of every `cargo wasm` command on real parts: the wasmrust toolchain,
//! the repository's examples, wasm-opt, wit-component, Wasmtime and twiggy. Tests that need
//! the toolchain say "skipped: wasmrust toolchain not installed" when it is missing.

mod common;

use common::{repo, run};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Shared by all tests so build-std's std is built once: next to the test binary.
fn target_dir() -> PathBuf {
    common::cargo_target().join("cargo-wasm-e2e")
}

fn cargo_wasm(args: &[&str]) -> Command {
    common::cargo_wasm_command(args, &target_dir())
}

fn ok(c: Command) -> String {
    let o = run(c);
    assert!(o.status.success(), "command failed");
    String::from_utf8(o.stdout).unwrap()
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("exited")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn example(name: &str) -> String {
    repo().join("examples").join(name).join("Cargo.toml").display().to_string()
}

/// The `wasm-artifact` lines of `--message-format json`.
fn artifacts(stdout: &str) -> Vec<serde_json::Value> {
    stdout
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|v| v["reason"] == "wasm-artifact")
        .collect()
}

fn build_json(args: &[&str]) -> serde_json::Value {
    let mut all = vec!["build", "--message-format", "json"];
    all.extend_from_slice(args);
    let out = ok(cargo_wasm(&all));
    let a = artifacts(&out);
    assert_eq!(a.len(), 1, "one artifact expected: {out}");
    let a = a.into_iter().next().unwrap();
    let path = PathBuf::from(a["path"].as_str().unwrap());
    assert_eq!(std::fs::metadata(&path).unwrap().len(), a["size"].as_u64().unwrap(), "reported size is the file's");
    a
}

#[test]
fn release_build_is_smaller_and_still_runs() {
    need_toolchain!("release_build_is_smaller_and_still_runs");
    let debug = build_json(&["--manifest-path", &example("hello-wasi")]);
    let rel = build_json(&["--release", "--manifest-path", &example("hello-wasi")]);
    assert_eq!(rel["component"], false);
    assert!(rel["wasm_opt"].is_string(), "release runs wasm-opt: {rel}");
    assert!(rel["optimized_size"].as_u64().unwrap() < rel["core_size"].as_u64().unwrap());
    assert!(rel["size"].as_u64().unwrap() < debug["size"].as_u64().unwrap());
    assert!(rel["path"].as_str().unwrap().ends_with("wasm/wasm32-wasip1/release/hello-wasi.wasm"), "{rel}");
    let out = ok({
        let mut c = cargo_wasm(&["run", "--wasm", rel["path"].as_str().unwrap(), "--", "one", "two"]);
        c.stdin(Stdio::null());
        c
    });
    assert!(out.contains("Hello from WasmRust on wasm32-wasip1!"), "{out}");
    assert!(out.contains("args: one two"), "{out}");
}

/// `tests/fixtures/heap-churn` copied to a temporary crate with `extra` appended to its
/// manifest and `suffix` to its main.rs.
fn heap_churn_variant(extra: &str, suffix: &str) -> tempfile::TempDir {
    let src = repo().join("cargo-wasm/tests/fixtures/heap-churn");
    let dir = tempfile::tempdir().unwrap();
    let wasm = repo().join("wasm-lang/wasm");
    let manifest = std::fs::read_to_string(src.join("Cargo.toml")).unwrap().replace("../../../../wasm-lang/wasm", wasm.to_str().unwrap());
    std::fs::write(dir.path().join("Cargo.toml"), format!("{manifest}\n{extra}\n")).unwrap();
    std::fs::create_dir(dir.path().join("src")).unwrap();
    let main = std::fs::read_to_string(src.join("src/main.rs")).unwrap();
    std::fs::write(dir.path().join("src/main.rs"), format!("{main}{suffix}")).unwrap();
    dir
}

fn run_output(path: &str) -> String {
    let out = ok(cargo_wasm(&["run", "--wasm", path]));
    out.lines().find(|l| l.starts_with("live ")).unwrap_or_else(|| panic!("no result line: {out}")).to_string()
}

#[test]
fn release_builds_use_the_compact_allocator_unless_told_otherwise() {
    need_toolchain!("release_builds_use_the_compact_allocator_unless_told_otherwise");
    let manifest = repo().join("cargo-wasm/tests/fixtures/heap-churn/Cargo.toml").display().to_string();
    // Debug: std's allocator. Release: wasm's compact one. Same program, same result.
    let debug = build_json(&["--manifest-path", &manifest]);
    let compact = build_json(&["--release", "--manifest-path", &manifest]);
    let expected = run_output(debug["path"].as_str().unwrap());
    assert_eq!(run_output(compact["path"].as_str().unwrap()), expected);
    let system_crate = heap_churn_variant("[package.metadata.wasm]\nallocator = \"system\"", "");
    let system = build_json(&["--release", "--manifest-path", system_crate.path().join("Cargo.toml").to_str().unwrap()]);
    assert_eq!(run_output(system["path"].as_str().unwrap()), expected);
    // wasi-libc's dlmalloc is about 10 KB of code; the compact allocator a few hundred bytes.
    let (c, s) = (compact["size"].as_u64().unwrap(), system["size"].as_u64().unwrap());
    assert!(c + 5000 < s, "compact {c} B vs system {s} B: is the compact allocator installed?");
    // A crate with its own allocator: rustc's error, then our line naming the setting.
    let own = heap_churn_variant("", "#[global_allocator]\nstatic A: std::alloc::System = std::alloc::System;\n");
    let o = run(cargo_wasm(&["build", "--release", "--manifest-path", own.path().join("Cargo.toml").to_str().unwrap()]));
    assert_eq!(code(&o), 4);
    let e = stderr(&o);
    assert!(e.contains("conflicts with global allocator") && e.contains("allocator = \"system\""), "{e}");
}

#[test]
fn run_builds_the_crate_and_passes_arguments() {
    need_toolchain!("run_builds_the_crate_and_passes_arguments");
    let out = ok(cargo_wasm(&["run", "--manifest-path", &example("hello-wasi"), "--", "x"]));
    assert!(out.contains("Hello from WasmRust") && out.contains("args: x"), "{out}");
}

#[test]
fn wasip1_threads_target_runs_scoped_threads_in_wasmtime() {
    need_toolchain!("wasip1_threads_target_runs_scoped_threads_in_wasmtime");
    let args = ["run", "--target", "wasm32-wasip1-threads", "--host", "wasmtime", "--manifest-path", &example("threads-wasi"), "--", "sum", "1000", "3"];
    let out = ok(cargo_wasm(&args));
    assert!(out.contains("sum 500500") && out.contains("threads 3"), "{out}");
}

#[test]
fn wasip2_target_gives_a_runnable_component() {
    need_toolchain!("wasip2_target_gives_a_runnable_component");
    let a = build_json(&["--target", "wasm32-wasip2", "--manifest-path", &example("hello-wasi")]);
    assert_eq!(a["component"], true);
    let path = a["path"].as_str().unwrap();
    let bytes = std::fs::read(path).unwrap();
    assert!(wasmparser::Parser::is_component(&bytes));
    let out = ok(cargo_wasm(&["run", "--wasm", path, "--", "p2"]));
    assert!(out.contains("Hello from WasmRust") && out.contains("args: p2"), "{out}");
    let wit = ok(cargo_wasm(&["wit", path]));
    assert!(wit.contains("export wasi:cli/run@"), "{wit}");
}

#[test]
fn component_crate_is_wrapped_and_its_wit_printed() {
    need_toolchain!("component_crate_is_wrapped_and_its_wit_printed");
    let manifest = repo().join("examples/Cargo.toml").display().to_string();
    let a = build_json(&["--release", "--manifest-path", &manifest, "-p", "image-filter"]);
    assert_eq!(a["component"], true, "#[wasm::component] crates become components: {a}");
    let path = a["path"].as_str().unwrap();
    let bytes = std::fs::read(path).unwrap();
    wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all()).validate_all(&bytes).unwrap();
    let wit = ok(cargo_wasm(&["wit", path]));
    assert!(wit.contains("gfx"), "imports gfx@2.1: {wit}");
    assert!(wit.contains("export sharpen: func("), "{wit}");
    // The crate itself (built, then read) gives the same world.
    let wit2 = ok(cargo_wasm(&["wit", "--release", "--manifest-path", &manifest, "-p", "image-filter"]));
    assert_eq!(wit, wit2);
}

#[test]
fn cdylib_exports_can_be_invoked() {
    need_toolchain!("cdylib_exports_can_be_invoked");
    let out = ok(cargo_wasm(&["run", "--target", "wasm32-unknown-unknown", "--manifest-path", &example("add-cdylib"), "--invoke", "add", "--", "2", "40"]));
    assert_eq!(out.trim(), "42");
}

#[test]
fn program_exit_status_is_passed_on() {
    need_toolchain!("program_exit_status_is_passed_on");
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/programs/Cargo.toml").display().to_string();
    let mut c = cargo_wasm(&["run", "--manifest-path", &manifest, "-p", "json-roundtrip"]);
    c.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = c.spawn().unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(b"{ not json").unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(code(&o), 1, "the program's own exit status: {}", stderr(&o));
    assert!(stderr(&o).contains("error: invalid order"), "{}", stderr(&o));

    let mut c = cargo_wasm(&["run", "--manifest-path", &manifest, "-p", "json-roundtrip"]);
    c.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = c.spawn().unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(br#"{"id":7,"customer":"Ada","items":[{"name":"pen","quantity":3,"unit_price_cents":150}]}"#)
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains(r#""total_cents":450"#));
}

#[test]
fn test_command_runs_wasm_tests_in_wasmtime() {
    need_toolchain!("test_command_runs_wasm_tests_in_wasmtime");
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tested/Cargo.toml").display().to_string();
    let o = run(cargo_wasm(&["test", "--manifest-path", &manifest]));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "tests pass");
    assert!(out.contains("test result: ok. 3 passed; 0 failed; 1 ignored"), "{out}");
    assert!(stderr(&o).contains("Running") && stderr(&o).contains("(wasmtime)"));
    // A failing test makes the command fail with the tests-failed code.
    let o = run(cargo_wasm(&["test", "--manifest-path", &manifest, "--", "--ignored"]));
    assert_eq!(code(&o), 5, "exit code for failed tests");
    assert!(stderr(&o).contains("gcd(10, 4) is 2"), "the panic message is shown");
}

#[test]
fn size_matches_twiggy_on_the_same_binary() {
    need_toolchain!("size_matches_twiggy_on_the_same_binary");
    // The debug build keeps the name section.
    let a = build_json(&["--manifest-path", &example("hello-wasi")]);
    let path = a["path"].as_str().unwrap();
    let json: serde_json::Value = serde_json::from_str(&ok(cargo_wasm(&["size", path, "--format", "json"]))).unwrap();
    let m = &json["modules"][0];
    // Several functions can share a demangled name (hashes stripped): keep every size.
    let mut ours: std::collections::HashMap<String, Vec<u64>> = std::collections::HashMap::new();
    for f in m["functions"].as_array().unwrap() {
        ours.entry(f["name"].as_str().unwrap().to_string()).or_default().push(f["size"].as_u64().unwrap());
    }
    // Sections add up to the file.
    let sections: u64 = json["sections"].as_array().unwrap().iter().map(|s| s["size"].as_u64().unwrap()).sum();
    assert_eq!(sections + 8, json["size"].as_u64().unwrap());
    let Some(twiggy) = which("twiggy") else {
        eprintln!("skipped: twiggy not installed (cargo install twiggy) — comparison part");
        println!("skipped: twiggy not installed (cargo install twiggy) — comparison part");
        return;
    };
    let top = Command::new(&twiggy).args(["top", "-n", "40", "-f", "json", path]).output().unwrap();
    assert!(top.status.success());
    let top: serde_json::Value = serde_json::from_slice(&top.stdout).unwrap();
    let mut compared = 0;
    for item in top.as_array().unwrap() {
        let name = strip_hashes(item["name"].as_str().unwrap());
        if let Some(sizes) = ours.get(&name) {
            let theirs = item["shallow_size"].as_u64().unwrap();
            assert!(sizes.contains(&theirs), "size of {name} vs twiggy: ours {sizes:?}, twiggy {theirs}");
            compared += 1;
        }
    }
    assert!(compared >= 10, "at least 10 of twiggy's top items are functions we size: {compared}");
    // Monomorphization groups: same total bytes as twiggy's for the groups both report.
    let monos = Command::new(&twiggy).args(["monos", "-f", "json", "-n", "1000", path]).output().unwrap();
    let monos: serde_json::Value = serde_json::from_slice(&monos.stdout).unwrap();
    let ours: std::collections::HashMap<String, u64> = m["monomorphizations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| (g["generic"].as_str().unwrap().to_string(), g["total"].as_u64().unwrap()))
        .collect();
    let mut matched = 0;
    for g in monos.as_array().unwrap() {
        // twiggy 0.7's JSON: `generic` and `total_size` (older versions: `name`, `size`).
        let Some(name) = g["generic"].as_str().or(g["name"].as_str()) else { continue };
        let key = strip_hashes(name).trim_end_matches("::").to_string();
        if let Some(total) = ours.get(&key) {
            let theirs = g["total_size"].as_u64().or(g["size"].as_u64()).unwrap();
            assert_eq!(*total, theirs, "monomorphizations of {key} vs twiggy");
            matched += 1;
        }
    }
    assert!(matched >= 1, "twiggy and we agree on at least one generic function: {monos}");
}

/// `core[df7205a96ecfff97]::fmt` -> `core::fmt` (twiggy prints v0 crate hashes).
fn strip_hashes(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '[' {
            let rest: String = chars.clone().take_while(|&c| c != ']').collect();
            if !rest.is_empty() && rest.chars().all(|c| c.is_ascii_hexdigit()) {
                for _ in 0..=rest.len() {
                    chars.next();
                }
                continue;
            }
        }
        out.push(c);
    }
    out
}

fn which(p: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?).map(|d| d.join(p)).find(|p| p.is_file())
}

#[test]
fn size_writes_a_treemap() {
    need_toolchain!("size_writes_a_treemap");
    let a = build_json(&["--manifest-path", &example("hello-wasi")]);
    let svg = target_dir().join("hello-treemap.svg");
    let table = ok(cargo_wasm(&["size", a["path"].as_str().unwrap(), "--svg", svg.to_str().unwrap(), "--top", "5"]));
    for heading in ["By section", "By crate", "By function", "Monomorphizations"] {
        assert!(table.contains(heading), "{heading}: {table}");
    }
    assert!(table.contains("std") && table.contains("core"), "{table}");
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(text.starts_with("<svg") && text.trim_end().ends_with("</svg>"));
    assert!(text.matches("<rect").count() > 20, "crates and their functions are drawn");
}

#[test]
fn bad_target_and_compile_errors_fail_clearly() {
    need_toolchain!("bad_target_and_compile_errors_fail_clearly");
    // `--backend dev|release` on a std crate: tests/backend.rs.
    let o = run(cargo_wasm(&["build", "--target", "wasm64-unknown-unknown", "--manifest-path", &example("hello-wasi")]));
    assert_eq!(code(&o), 1);
    assert_eq!(stderr(&o).lines().count(), 1, "one line: {}", stderr(&o));
    // A compile error: cargo's diagnostics, then our one line, exit code 4.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("Cargo.toml"), "[package]\nname = \"broken\"\nversion = \"0.1.0\"\nedition = \"2024\"\n[workspace]\n").unwrap();
    std::fs::create_dir(dir.path().join("src")).unwrap();
    std::fs::write(dir.path().join("src/main.rs"), "fn main() { let x: u32 = \"no\"; }\n").unwrap();
    let o = run(cargo_wasm(&["build", "--manifest-path", dir.path().join("Cargo.toml").to_str().unwrap()]));
    assert_eq!(code(&o), 4);
    assert!(stderr(&o).contains("mismatched types"));
    // Bad [package.metadata.wasm]: the file and the key are named.
    std::fs::write(dir.path().join("Cargo.toml"), "[package]\nname = \"broken\"\nversion = \"0.1.0\"\nedition = \"2024\"\n[package.metadata.wasm]\nhots = \"node\"\n[workspace]\n").unwrap();
    let o = run(cargo_wasm(&["build", "--manifest-path", dir.path().join("Cargo.toml").to_str().unwrap()]));
    assert_eq!(code(&o), 1);
    let e = stderr(&o);
    assert!(e.contains("Cargo.toml") && e.contains("hots") && e.lines().count() == 1, "{e}");
}

#[test]
fn host_profile_reaches_the_compiler() {
    need_toolchain!("host_profile_reaches_the_compiler");
    // image-filter declares a component; the embedded profile provides `component`, so it
    // builds there too, while an unknown profile name is refused by clap.
    let manifest = repo().join("examples/Cargo.toml").display().to_string();
    let a = build_json(&["--host", "embedded", "--manifest-path", &manifest, "-p", "image-filter"]);
    assert_eq!(a["host"], "embedded");
    let o = run(cargo_wasm(&["build", "--host", "mars"]));
    assert_eq!(code(&o), 2);
}

#[test]
fn missing_toolchain_says_what_to_do() {
    let mut c = cargo_wasm(&["build"]);
    c.env("WASMRUST_TOOLCHAIN", "no-such-toolchain-here");
    let o = run(c);
    assert_eq!(code(&o), 3);
    let e = stderr(&o);
    assert!(e.contains("no-such-toolchain-here") && e.contains("cargo wasm setup"), "{e}");
    assert_eq!(e.lines().count(), 1);
    let mut c = cargo_wasm(&["setup"]);
    c.env("WASMRUST_TOOLCHAIN", "no-such-toolchain-here");
    let o = run(c);
    assert_eq!(code(&o), 3);
    assert!(String::from_utf8_lossy(&o.stdout).contains("missing"));
}

#[test]
fn setup_reports_the_toolchain() {
    need_toolchain!("setup_reports_the_toolchain");
    let out = ok(cargo_wasm(&["setup"]));
    assert!(out.contains("toolchain `wasmrust`") && out.contains("std for wasm32-wasip1"), "{out}");
}

#[test]
fn bad_files_and_colour_settings() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("notes.txt");
    std::fs::write(&f, "not wasm").unwrap();
    let o = run(cargo_wasm(&["size", f.to_str().unwrap()]));
    assert_eq!(code(&o), 1);
    let e = stderr(&o);
    assert!(e.contains("notes.txt") && e.contains("not a WebAssembly binary") && e.lines().count() == 1, "{e}");
    assert!(!e.contains('\x1b'), "no colour when stderr is not a terminal");
    let mut c = cargo_wasm(&["size", f.to_str().unwrap()]);
    c.env("CARGO_TERM_COLOR", "always");
    assert!(stderr(&run(c)).contains("\x1b[1;31merror"), "forced colour");
    let mut c = cargo_wasm(&["size", f.to_str().unwrap()]);
    c.env("CARGO_TERM_COLOR", "always").env("NO_COLOR", "1");
    assert!(!stderr(&run(c)).contains('\x1b'), "NO_COLOR wins");
    let o = run(cargo_wasm(&["wit", dir.path().join("missing.wasm").to_str().unwrap()]));
    assert_eq!(code(&o), 1);
    assert!(stderr(&o).contains("missing.wasm"));
    let o = run(cargo_wasm(&["frobnicate"]));
    assert_eq!(code(&o), 2);
}
