//! The test suites of crates from crates.io, compiled through rustc_codegen_wasmir for
//! wasm32-wasip1 and run under node (the way rustc_codegen_cranelift's build system runs the
//! regex and rand suites): `cargo test` on the published crate's sources, with the WasmIR std
//! sysroot (libtest included) and `tests/wasi-runner.mjs` as the target runner. Every test
//! binary must report `test result: ok`.
//!
//! Left out, with the reason: serde_json's `compiletest` (trybuild runs cargo, which a wasm
//! program cannot), `lexical` (it casts `u128` to floats, not supported yet by the backend) and
//! `test_deserialize_from_stream` (a TcpListener and a thread: wasm32-wasip1 has neither, the
//! stock LLVM build traps there too).

use codegen_tests::*;
use std::path::{Path, PathBuf};

/// The registry sources of `name` at the version the regex-serde fixture locks.
fn registry_source(name: &str) -> PathBuf {
    let fixture = regex_serde_fixture();
    let lock = std::fs::read_to_string(fixture.join("Cargo.lock")).unwrap();
    let version = lock
        .split("[[package]]")
        .find(|p| p.contains(&format!("name = \"{name}\"\n")))
        .and_then(|p| p.lines().find_map(|l| l.strip_prefix("version = \"")).map(|v| v.trim_end_matches('"').to_string()))
        .unwrap_or_else(|| panic!("{name} not in the fixture's lock file"));
    let home = std::env::var_os("CARGO_HOME").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap()).join(".cargo"));
    std::fs::read_dir(home.join("registry/src"))
        .unwrap()
        .flatten()
        .map(|d| d.path().join(format!("{name}-{version}")))
        .find(|p| p.is_dir())
        .unwrap_or_else(|| panic!("{name}-{version} not in cargo's registry sources"))
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let t = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &t);
        } else {
            std::fs::copy(e.path(), &t).unwrap();
        }
    }
}

/// Runs `cargo test` for wasm32-wasip1 through the backend in a copy of the crate's sources;
/// returns the number of tests that passed.
fn run_suite(name: &str, tests: &[&str], skip: &[&str]) -> usize {
    let backend = require_backend();
    let (sysroot, _) = build_sysroot(&backend, Target::Wasip1).unwrap();
    let src = registry_source(name);
    let dir = target_root().join("codegen-tests-suites").join(name);
    let _ = std::fs::remove_dir_all(dir.join("src"));
    copy_dir(&src, &dir);
    let rustflags = format!("{} -Cpanic=abort", wasmir_rustflags(&backend, &sysroot));
    let mut c = wasip1_cargo("test", &dir, &dir.join("target"), &rustflags);
    for t in tests {
        c.args(["--test", t]);
    }
    c.arg("--");
    for s in skip {
        c.args(["--skip", s]);
    }
    c.env("CARGO_TARGET_WASM32_WASIP1_RUNNER", format!("node {}", backend_dir().join("tests/wasi-runner.mjs").display()));
    let out = c.output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let results: Vec<&str> = stdout.lines().filter(|l| l.starts_with("test result:")).collect();
    for r in &results {
        eprintln!("{name}: {r}");
    }
    assert!(
        out.status.success() && results.len() == tests.len() && results.iter().all(|r| r.starts_with("test result: ok.")),
        "{name}'s suite failed through the backend:\n{}\n{}",
        stdout.lines().filter(|l| !l.ends_with("... ok")).collect::<Vec<_>>().join("\n"),
        String::from_utf8_lossy(&out.stderr).lines().filter(|l| !l.trim_start().starts_with("Compiling")).collect::<Vec<_>>().join("\n")
    );
    results.iter().map(|r| r.split(' ').nth(3).and_then(|n| n.parse::<usize>().ok()).unwrap_or(0)).sum()
}

#[test]
fn serde_json_suite() {
    let passed = run_suite("serde_json", &["test", "debug", "map", "stream", "regression"], &["test_deserialize_from_stream"]);
    eprintln!("serde_json: {passed} tests passed through rustc_codegen_wasmir");
    assert!(passed > 100, "only {passed} serde_json tests ran");
}
