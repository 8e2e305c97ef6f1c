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
