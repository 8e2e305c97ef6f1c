//! Real crates from crates.io through rustc_codegen_wasmir: `fixtures/regex-serde` (regex,
//! serde with derive, serde_json and their dependencies: regex-automata, regex-syntax,
//! memchr, aho-corasick, itoa, ryu, ...) built by cargo for wasm32-wasip1 against the WasmIR
//! std sysroot, in the dev profile (dev backend) and the release profile (release backend),
//! and with the toolchain's stock LLVM backend; all three run as WASI commands under node and
//! must print the same report. The proc macros (serde_derive) are host crates, built by the
//! host compiler as usual.

use codegen_tests::*;

#[test]
fn regex_serde_and_serde_json_build_and_run_through_the_backend() {
    let backend = require_backend();
    let (sysroot, _) = build_sysroot(&backend, Target::Wasip1).unwrap();
    let fixture = regex_serde_fixture();
    let builds = target_root().join("codegen-tests-regex-serde");
    let ours = wasmir_rustflags(&backend, &sysroot);
    let mut outputs = Vec::new();
    for (name, profile, flags) in [("llvm", "dev", String::new()), ("wasmir", "dev", ours.clone()), ("wasmir", "release", ours)] {
        let mut c = wasip1_cargo("build", &fixture, &builds.join(name), &flags);
        c.args(["--locked", "--profile", profile]);
        let out = c.output().unwrap();
        assert!(out.status.success(), "{name} {profile} build failed:\n{}", String::from_utf8_lossy(&out.stderr));
        let dir = if profile == "dev" { "debug" } else { "release" };
        let wasm = builds.join(name).join("wasm32-wasip1").join(dir).join("regex-serde.wasm");
        let printed = run_wasm(&wasm, Target::Wasip1).unwrap();
        eprintln!("{name} {profile}: {} B, {} lines of output", std::fs::metadata(&wasm).unwrap().len(), printed.lines().count());
        outputs.push((format!("{name} {profile}"), printed));
    }
    let (base_name, base) = &outputs[0];
    assert!(base.contains("round trip ok: 5 entries, 306 ms") && base.ends_with("exit 0\n"), "unexpected output of {base_name}:\n{base}");
    for (name, out) in &outputs[1..] {
        assert_eq!(out, base, "{name} prints something else than {base_name}");
    }
}

/// `cargo check` with the backend's flags (as an editor or a `cargo check` after `cargo wasm
/// build` runs it): rustc asks the backend for code even when it only wants metadata; the
/// backend makes none, so the check passes and leaves no rlib, object or program behind.
#[test]
fn cargo_check_through_the_backend_makes_no_code() {
    let backend = require_backend();
    let (sysroot, _) = build_sysroot(&backend, Target::Wasip1).unwrap();
    let fixture = regex_serde_fixture();
    let target = target_root().join("codegen-tests-regex-serde").join("check");
    let _ = std::fs::remove_dir_all(&target);
    let mut c = wasip1_cargo("check", &fixture, &target, &wasmir_rustflags(&backend, &sysroot));
    let out = c.arg("--locked").output().unwrap();
    assert!(out.status.success(), "cargo check through the backend failed:\n{}", String::from_utf8_lossy(&out.stderr));
    let deps = target.join("wasm32-wasip1/debug/deps");
    let names: Vec<String> = std::fs::read_dir(&deps).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert!(names.iter().any(|n| n.starts_with("libregex_automata-") && n.ends_with(".rmeta")), "no metadata was written: {names:?}");
    let code: Vec<&String> = names.iter().filter(|n| n.ends_with(".rlib") || n.ends_with(".o") || n.ends_with(".wasm")).collect();
    assert!(code.is_empty(), "cargo check left code behind: {code:?}");
}
