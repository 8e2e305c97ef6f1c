//! The toolchain itself: version, std for wasm32-wasip1, a no_std cdylib, the attribute namespace.

use wasmrust_ui_tests::*;

#[test]
fn reports_the_pinned_version_and_llvm_22() {
    require_toolchain();
    let out = run_ok(tool("rustc").arg("-vV")).unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("release: 1.96.0"), "{text}");
    assert!(text.contains("LLVM version: 22."), "{text}");
}

#[test]
fn hello_world_for_wasip1_runs_under_node() {
    require_toolchain();
    let dir = tempfile::tempdir().unwrap();
    let src = repo_root().join("examples/hello-wasi");
    run_ok(
        tool("cargo")
            .args(["build", "--quiet", "--target", "wasm32-wasip1", "--manifest-path"])
            .arg(src.join("Cargo.toml"))
            .arg("--target-dir")
            .arg(dir.path()),
    )
    .unwrap();
    let wasm = dir.path().join("wasm32-wasip1/debug/hello-wasi.wasm");
    validate(&std::fs::read(&wasm).unwrap()).unwrap();
    let out = node_wasi(&wasm, &["one", "two"]).unwrap();
    assert_eq!(out, "Hello from WasmRust on wasm32-wasip1!\nargs: one two\n");
}

#[test]
fn no_std_cdylib_exports_add() {
    require_toolchain();
    let dir = tempfile::tempdir().unwrap();
    let src = repo_root().join("examples/add-cdylib");
    run_ok(
        tool("cargo")
            .args(["build", "--quiet", "--release", "--target", "wasm32-unknown-unknown", "--manifest-path"])
            .arg(src.join("Cargo.toml"))
            .arg("--target-dir")
            .arg(dir.path()),
    )
    .unwrap();
    let wasm = dir.path().join("wasm32-unknown-unknown/release/add_cdylib.wasm");
    let bytes = std::fs::read(&wasm).unwrap();
    validate(&bytes).unwrap();
    let exports: Vec<String> = wasmparser::Parser::new(0)
        .parse_all(&bytes)
        .filter_map(|p| match p.unwrap() {
            wasmparser::Payload::ExportSection(s) => Some(s.into_iter().map(|e| e.unwrap().name.to_string()).collect::<Vec<_>>()),
            _ => None,
        })
        .flatten()
        .collect();
    assert!(exports.iter().any(|e| e == "add"), "exports: {exports:?}");
    assert_eq!(node_call(&wasm, "add", &[2, 40]).unwrap(), "42");
    assert_eq!(node_call(&wasm, "add", &[i32::MAX as i64, 1]).unwrap(), i32::MIN.to_string());
}

#[test]
fn std_threads_fail_cleanly_on_wasip1() {
    // Debian's wasi-libc lacks pthreads; the toolchain's WASI root carries stubs so programs
    // that mention threads link, and spawning returns an error instead of failing to link.
    require_toolchain();
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("t.rs");
    std::fs::write(&src, "fn main() { let r = std::thread::Builder::new().spawn(|| 1); println!(\"{}\", r.is_err()); }").unwrap();
    let wasm = dir.path().join("t.wasm");
    run_ok(tool("rustc").args(["--target", "wasm32-wasip1", "-o"]).arg(&wasm).arg(&src)).unwrap();
    assert_eq!(node_wasi(&wasm, &[]).unwrap(), "true\n");
}

#[test]
fn the_wasm_attribute_namespace_reaches_rustc() {
    require_toolchain();
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("attrs.rs");
    std::fs::write(
        &src,
        "#[wasm::linear] pub struct Canvas(pub u32);\n#[wasm::capability(threads)] pub fn work() {}\n#[wasm::allow_leak] pub fn leaky() {}\n#[wasmrust::linear] pub struct Other;\n",
    )
    .unwrap();
    run_ok(tool("rustc").args(["--crate-type", "lib", "--emit", "metadata", "--out-dir"]).arg(dir.path()).arg(&src)).unwrap();
    // An unknown tool is still rejected: only our namespaces were added.
    std::fs::write(&src, "#[wasmx::linear] pub struct Canvas;\n").unwrap();
    let out = tool("rustc").args(["--crate-type", "lib", "--emit", "metadata", "--out-dir"]).arg(dir.path()).arg(&src).output().unwrap();
    assert!(!out.status.success());
}

#[test]
fn a_crate_named_wasm_shadows_the_tool_and_wasmrust_stays_reachable() {
    // rustc resolves extern crates before tool modules: with a crate named `wasm` in scope,
    // `wasm::…` paths name the crate (its macros and items), and `wasmrust::…` is the tool.
    require_toolchain();
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("wasm.rs");
    std::fs::write(&lib, "pub mod thread { pub fn spawn() -> u32 { 7 } }\n").unwrap();
    run_ok(tool("rustc").args(["--crate-type", "rlib", "--crate-name", "wasm", "--edition", "2024", "--out-dir"]).arg(dir.path()).arg(&lib)).unwrap();
    let extern_arg = format!("wasm={}", dir.path().join("libwasm.rlib").display());
    let user = dir.path().join("user.rs");
    std::fs::write(
        &user,
        "#[wasmrust::linear] pub struct Canvas(pub u32);\n#[wasmrust::capability(threads)] pub fn go() -> u32 { wasm::thread::spawn() }\n",
    )
    .unwrap();
    run_ok(tool("rustc").args(["--crate-type", "lib", "--edition", "2024", "--emit", "metadata", "--extern", &extern_arg, "--out-dir"]).arg(dir.path()).arg(&user)).unwrap();
    std::fs::write(&user, "#[wasm::linear] pub struct Canvas(pub u32);\n").unwrap();
    let out = tool("rustc").args(["--crate-type", "lib", "--edition", "2024", "--emit", "metadata", "--extern", &extern_arg, "--out-dir"]).arg(dir.path()).arg(&user).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(err.contains("could not find `linear` in `wasm`"), "{err}");
}
