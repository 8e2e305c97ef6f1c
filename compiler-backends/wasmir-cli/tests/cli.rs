//! End-to-end: the `wasmir` binary on the hand-written corpus and on bad input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn wasmir(args: &[&str]) -> Output {
    wasmir_env(args, &[])
}

fn wasmir_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_wasmir"));
    c.args(args);
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("run wasmir")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../wasmir/tests/corpus");
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "wir")).collect();
    v.sort();
    assert!(v.len() >= 6);
    v
}

/// A failure: exit status 1, exactly one line on stderr starting with `error: `, no panic.
fn assert_one_line_error(o: &Output) -> String {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(1), "stderr: {err}");
    assert_eq!(err.lines().count(), 1, "not one line: {err:?}");
    assert!(err.starts_with("error: "), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    err
}

#[test]
fn check_and_print_the_corpus() {
    for f in corpus() {
        let p = f.to_str().unwrap();
        let o = wasmir(&["check", p]);
        assert!(o.status.success(), "{p}: {}", stderr(&o));
        assert!(stdout(&o).contains(": ok ("), "{}", stdout(&o));
        let o = wasmir(&["print", p]);
        assert!(o.status.success(), "{p}: {}", stderr(&o));
        // The printed text is the module: it parses back to what the file holds.
        let printed = wasmir::parse_module(&stdout(&o)).unwrap();
        let original = wasmir::load(&std::fs::read_to_string(&f).unwrap()).unwrap();
        assert_eq!(printed, original, "{p}");
    }
}

/// Every runner prints the same results for every corpus file.
#[test]
fn run_agrees_across_interpreter_and_backends() {
    for f in corpus() {
        let p = f.to_str().unwrap();
        let interp = wasmir(&["run", p]);
        assert!(interp.status.success(), "{p}: {}", stderr(&interp));
        let want = stdout(&interp);
        assert!(want.lines().any(|l| l.starts_with("test_")), "{p}: {want}");
        for args in [&["--backend", "dev"][..], &["--backend", "dev", "-O"], &["--backend", "release", "--wasm-opt", "never"]] {
            let mut a = vec!["run", p];
            a.extend_from_slice(args);
            let o = wasmir(&a);
            assert!(o.status.success(), "{p} {args:?}: {}", stderr(&o));
            assert_eq!(stdout(&o), want, "{p} {args:?}");
        }
    }
}

#[test]
fn run_invokes_one_export_with_arguments() {
    let hash = corpus().into_iter().find(|p| p.ends_with("hash.wir")).unwrap();
    let p = hash.to_str().unwrap();
    let interp = wasmir(&["run", p, "--invoke", "mix64", "--", "-12345"]);
    assert!(interp.status.success(), "{}", stderr(&interp));
    assert!(stdout(&interp).starts_with("mix64 = i64:"), "{}", stdout(&interp));
    let dev = wasmir(&["run", p, "--backend", "dev", "--invoke", "mix64", "--", "-12345"]);
    assert_eq!(stdout(&dev), stdout(&interp), "{}", stderr(&dev));
    let bad = wasmir(&["run", p, "--invoke", "mix64", "x"]);
    assert!(assert_one_line_error(&bad).contains("not a valid i64"));
    let arity = wasmir(&["run", p, "--invoke", "mix64"]);
    assert!(assert_one_line_error(&arity).contains("takes 1 argument"));
}

#[test]
fn compile_with_both_backends() {
    let dir = tempfile::tempdir().unwrap();
    for f in corpus() {
        let p = f.to_str().unwrap();
        let stem = f.file_stem().unwrap().to_str().unwrap();
        for (backend, extra) in [("dev", &[][..]), ("dev", &["-O"]), ("release", &["--wasm-opt", "never"]), ("release", &["--Oz", "--wasm-opt", "never"])] {
            let out = dir.path().join(format!("{stem}-{backend}-{}.wasm", extra.len()));
            let mut a = vec!["compile", "--backend", backend, "-o", out.to_str().unwrap(), p];
            a.extend_from_slice(extra);
            let o = wasmir(&a);
            assert!(o.status.success(), "{p} {backend} {extra:?}: {}", stderr(&o));
            let wasm = std::fs::read(&out).unwrap();
            wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all()).validate_all(&wasm).unwrap_or_else(|e| panic!("{p} {backend}: {e}"));
        }
    }
}

#[test]
fn release_with_wasm_opt() {
    if let Err(why) = wasmir_llvm::wasm_opt::locate() {
        println!("skipped: {why}");
        return;
    }
    let sort = corpus().into_iter().find(|p| p.ends_with("sort.wir")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (plain, opt) = (dir.path().join("plain.wasm"), dir.path().join("opt.wasm"));
    let o = wasmir(&["compile", "--backend", "release", "--wasm-opt", "never", "-o", plain.to_str().unwrap(), sort.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = wasmir(&["compile", "--backend", "release", "--wasm-opt", "always", "--stats", "-o", opt.to_str().unwrap(), sort.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let (a, b) = (std::fs::read(&plain).unwrap(), std::fs::read(&opt).unwrap());
    assert_ne!(a, b, "wasm-opt changed nothing");
    wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all()).validate_all(&b).unwrap();
}

#[test]
fn missing_wasm_opt_is_an_error_when_asked_for() {
    let sort = corpus().into_iter().find(|p| p.ends_with("sort.wir")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.wasm");
    let o = wasmir_env(&["compile", "--backend", "release", "--wasm-opt", "always", "-o", out.to_str().unwrap(), sort.to_str().unwrap()], &[("WASMIR_WASM_OPT", "/nonexistent/wasm-opt")]);
    let err = assert_one_line_error(&o);
    assert!(err.contains("/nonexistent/wasm-opt"), "{err}");
    assert!(!out.exists(), "a failed compile left {}", out.display());
}

#[test]
fn parse_errors_have_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("bad.wir");
    std::fs::write(&f, "module \"m\"\nfn $f() -> (i32) export \"f\" {\nb0():\n  v0: i32 = frobnicate 1\n  ret v0\n}\n").unwrap();
    for cmd in ["check", "print", "run", "compile"] {
        let o = wasmir(&[cmd, f.to_str().unwrap()]);
        let err = assert_one_line_error(&o);
        let at = format!("error: {}:4:", f.display());
        assert!(err.starts_with(&at), "{cmd}: {err}");
    }
    assert!(!dir.path().join("bad.wasm").exists());
}

#[test]
fn verifier_errors_name_the_function() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("ill-typed.wir");
    std::fs::write(&f, "module \"m\"\nfn $f() -> (i32) export \"f\" {\nb0():\n  v0: i64 = const 1\n  ret v0\n}\n").unwrap();
    let err = assert_one_line_error(&wasmir(&["check", f.to_str().unwrap()]));
    assert!(err.contains("in function $f"), "{err}");
}

#[test]
fn traps_and_missing_files_fail() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("trap.wir");
    std::fs::write(&f, "module \"m\"\nfn $boom() -> (i32) export \"boom\" {\nb0():\n  v0: i32 = const 1\n  v1: i32 = const 0\n  v2: i32 = div_s v0, v1\n  ret v2\n}\n").unwrap();
    for backend in ["interp", "dev", "release"] {
        let err = assert_one_line_error(&wasmir(&["run", f.to_str().unwrap(), "--backend", backend, "--wasm-opt", "never"]));
        assert!(err.contains("`boom` trapped"), "{backend}: {err}");
    }
    let err = assert_one_line_error(&wasmir(&["check", "/nonexistent/x.wir"]));
    assert!(err.contains("cannot read /nonexistent/x.wir"), "{err}");
    let usage = wasmir(&["compile", "--backend", "fast", f.to_str().unwrap()]);
    assert_eq!(usage.status.code(), Some(2));
    let err = stderr(&usage);
    assert_eq!(err.lines().count(), 1, "usage error not on one line: {err:?}");
    assert!(err.starts_with("error: invalid value 'fast'") && err.contains("dev, release"), "{err}");
}
