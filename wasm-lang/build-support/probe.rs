// Shared by the build scripts of `wasm` and `wasm-macros` (pulled in with `include!`).
//
// Detects whether the crate is being compiled by the WasmRust toolchain: only that rustc
// registers the `wasmrust` tool attribute namespace, so a function carrying `#[wasmrust::probe]`
// compiles there and fails everywhere else (an outer attribute: inner tool attributes are
// feature-gated).

/// Runs `$RUSTC` on a one-line crate using the `wasmrust` tool namespace; emits
/// `cargo:rustc-cfg=wasmrust_toolchain` when it compiles.
fn probe_wasmrust_toolchain() {
    println!("cargo::rustc-check-cfg=cfg(wasmrust_toolchain)");
    println!("cargo::rerun-if-env-changed=RUSTC");
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let out_dir = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let src = out_dir.join("wasmrust_probe.rs");
    if std::fs::write(&src, "#[wasmrust::probe]\npub fn probe() {}\n").is_err() {
        return;
    }
    let status = std::process::Command::new(rustc)
        .args(["--crate-type", "lib", "--crate-name", "wasmrust_probe", "--emit", "metadata"])
        .arg("--out-dir")
        .arg(&out_dir)
        .arg(&src)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status();
    if matches!(status, Ok(s) if s.success()) {
        println!("cargo::rustc-cfg=wasmrust_toolchain");
    }
}
