//! The test suites of crates from crates.io, compiled through rustc_codegen_wasmir for
//! wasm32-wasip1 and run under node (the way rustc_codegen_cranelift's build system runs the
//! regex and rand suites): `cargo test` on the published crate's sources (at the version the
//! regex-serde fixture locks), with the WasmIR std sysroot (libtest included) and
//! `tests/wasi-runner.mjs` as the target runner. Every test binary must report
//! `test result: ok`; each suite prints how long compiling and running its tests took.
//!
//! Left out of serde_json's suite, with the reason: its `compiletest` (trybuild runs cargo,
//! which a wasm program cannot) and `test_deserialize_from_stream` (a TcpListener and a thread:
//! wasm32-wasip1 has neither, the stock LLVM build traps there too).

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

/// One crate's test suite, run by [`run_suite`].
struct Suite<'a> {
    /// The crate (messages, and the build directory under the target dir).
    name: &'a str,
    /// Its sources; the suite runs in a copy.
    src: PathBuf,
    /// The test targets: `lib` is the library's unit tests (`--lib`), anything else an
    /// integration test (`--test NAME`). Each must report `test result: ok`.
    tests: &'a [&'a str],
    /// Tests left out (`--skip`), each with its reason in the test's doc comment.
    skip: &'a [&'a str],
    /// RUSTFLAGS besides the backend's.
    rustflags: &'a str,
    /// Arguments for `cargo test` (`--features ...`).
    args: &'a [&'a str],
    /// Files the published crate leaves out but its tests declare (`mod x;`), created empty in
    /// the copy.
    empty_files: &'a [&'a str],
}

/// Runs `cargo test` for wasm32-wasip1 through the backend in a copy of the suite's sources
/// (compiling first, then running, and printing how long each took); returns the number of
/// tests that passed.
fn run_suite(s: &Suite<'_>) -> usize {
    let backend = require_backend();
    let (sysroot, _) = build_sysroot(&backend, Target::Wasip1).unwrap();
    let dir = target_root().join("codegen-tests-suites").join(s.name);
    let _ = std::fs::remove_dir_all(dir.join("src"));
    let _ = std::fs::remove_dir_all(dir.join("tests"));
    copy_dir(&s.src, &dir);
    for f in s.empty_files {
        std::fs::create_dir_all(dir.join(f).parent().unwrap()).unwrap();
        std::fs::write(dir.join(f), "").unwrap();
    }
    let rustflags = format!("{} -Cpanic=abort {}", wasmir_rustflags(&backend, &sysroot), s.rustflags);
    let cargo = |no_run: bool| {
        let mut c = wasip1_cargo("test", &dir, &dir.join("target"), &rustflags);
        if dir.join("Cargo.lock").exists() {
            c.arg("--locked");
        }
        c.args(s.args);
        for t in s.tests {
            match *t {
                "lib" => c.arg("--lib"),
                t => c.args(["--test", t]),
            };
        }
        if no_run {
            c.arg("--no-run");
        } else {
            c.arg("--");
            for skip in s.skip {
                c.args(["--skip", skip]);
            }
        }
        c.env("CARGO_TARGET_WASM32_WASIP1_RUNNER", format!("node {}", backend_dir().join("tests/wasi-runner.mjs").display()));
        c
    };
    let start = std::time::Instant::now();
    let built = cargo(true).output().unwrap();
    let compile = start.elapsed();
    assert!(built.status.success(), "{}'s tests do not build through the backend:\n{}", s.name, String::from_utf8_lossy(&built.stderr));
    let start = std::time::Instant::now();
    let out = cargo(false).output().unwrap();
    let ran = start.elapsed();
    eprintln!("{}: compiling the tests took {:.1} s, running them {:.1} s", s.name, compile.as_secs_f64(), ran.as_secs_f64());
    let stdout = String::from_utf8_lossy(&out.stdout);
    let results: Vec<&str> = stdout.lines().filter(|l| l.starts_with("test result:")).collect();
    for r in &results {
        eprintln!("{}: {r}", s.name);
    }
    assert!(
        out.status.success() && results.len() == s.tests.len() && results.iter().all(|r| r.starts_with("test result: ok.")),
        "{}'s suite failed through the backend:\n{}\n{}",
        s.name,
        stdout.lines().filter(|l| !l.ends_with("... ok")).collect::<Vec<_>>().join("\n"),
        String::from_utf8_lossy(&out.stderr).lines().filter(|l| !l.trim_start().starts_with("Compiling")).collect::<Vec<_>>().join("\n")
    );
    results.iter().map(|r| r.split(' ').nth(3).and_then(|n| n.parse::<usize>().ok()).unwrap_or(0)).sum()
}

#[test]
fn serde_json_suite() {
    let passed = run_suite(&Suite {
        name: "serde_json",
        src: registry_source("serde_json"),
        tests: &["test", "debug", "map", "stream", "regression", "lexical"],
        skip: &["test_deserialize_from_stream"],
        rustflags: "",
        args: &[],
        empty_files: &[],
    });
    eprintln!("serde_json: {passed} tests passed through rustc_codegen_wasmir");
    assert!(passed > 100, "only {passed} serde_json tests ran");
}

/// regex's own suite: the library's unit tests and the `integration` test (`tests/lib.rs`,
/// which runs the TOML test data of `testdata/` through the regex-test crate for `Regex`,
/// `bytes::Regex` and the `RegexSet`s, plus the API, replacement and regression tests).
///
/// * The published crate leaves `tests/fuzz/mod.rs` out of its package (the fuzzers' crash
///   inputs it reads are not published either) though `tests/lib.rs` declares `mod fuzz;`: the
///   copy gets an empty one, so those regression tests do not run.
/// * regex's `[profile.dev]` and `[profile.test]` set `opt-level = 3` (and `debug = 2`),
///   which would pick the release backend (LLVM, minutes per crate). The suite keeps the
///   crate's profile, which is what its authors test (MIR optimisations on, debug assertions
///   off, debug info on), and picks the dev backend with `-Cllvm-args=wasmir-backend=dev`
///   instead of forcing `opt-level = 0`: the build takes about as long either way (86 s against
///   71 s, measured once each on a loaded machine), but the integration test runs about 4×
///   faster on the optimised MIR (13 s against 54 s).
/// * Skipped: `regression_big_regex_overflow` passes, but node 20.20 then crashes (SIGSEGV in
///   V8's `KeyedLoadIC_Megamorphic`, before the program's `proc_exit`) when the binary exits;
///   the stock LLVM build of the same test crashes the same way. The `should_panic` tests are
///   ignored by libtest on wasm (no processes to catch a panic in), and `fuzz1` is
///   `#[ignore]`d by the crate itself (too slow without optimisations).
#[test]
fn regex_suite() {
    let passed = run_suite(&Suite {
        name: "regex",
        src: registry_source("regex"),
        tests: &["lib", "integration"],
        skip: &["regression_big_regex_overflow"],
        rustflags: "-Cllvm-args=wasmir-backend=dev",
        args: &[],
        empty_files: &["tests/fuzz/mod.rs"],
    });
    eprintln!("regex: {passed} tests passed through rustc_codegen_wasmir");
    assert!(passed >= 55, "only {passed} regex tests ran");
}

/// serde's own suite: `test_suite/` of the serde repository (crates.io does not publish it),
/// pinned in `fixtures/serde-test-suite` (see its README.md: the commit, the licence, what is
/// left out) with its own lock file, against the serde, serde_core and serde_derive releases
/// that the regex-serde fixture locks (1.0.229, from crates.io). Every test target runs, with
/// `--features unstable` as serde's CI runs it on nightly (the toolchain's crates build with
/// `RUSTC_BOOTSTRAP=1`); several targets only check that derived code compiles and report 0
/// tests. Left out: `compiletest` (trybuild runs cargo and rustc, which a wasm program cannot)
/// and its `tests/ui/` files.
#[test]
fn serde_suite() {
    let passed = run_suite(&Suite {
        name: "serde",
        src: manifest_dir().join("fixtures/serde-test-suite"),
        tests: &[
            "regression",
            "test_annotations",
            "test_borrow",
            "test_de",
            "test_de_error",
            "test_deprecated",
            "test_enum_adjacently_tagged",
            "test_enum_internally_tagged",
            "test_enum_untagged",
            "test_gen",
            "test_identifier",
            "test_ignored_any",
            "test_macros",
            "test_remote",
            "test_roundtrip",
            "test_self",
            "test_ser",
            "test_serde_path",
            "test_unstable",
            "test_value",
        ],
        skip: &[],
        rustflags: "",
        args: &["--features", "unstable"],
        empty_files: &[],
    });
    eprintln!("serde: {passed} tests passed through rustc_codegen_wasmir");
    assert!(passed > 400, "only {passed} serde tests ran");
}
