//! The bootstrap.toml the toolchain is built with.

use std::path::Path;

use crate::pin::Pin;

/// Renders bootstrap.toml for the pinned build. `stage0_rustc`/`stage0_cargo` are the bootstrap
/// compiler's binaries, `build_dir` the cached build directory, `wasi_root` the prepared WASI root.
pub fn bootstrap_toml(pin: &Pin, stage0_rustc: &Path, stage0_cargo: &Path, build_dir: &Path, wasi_root: &Path) -> String {
    let targets: Vec<String> = pin.toolchain.targets.iter().map(|t| format!("{t:?}")).collect();
    let host = "x86_64-unknown-linux-gnu";
    let mut out = format!(
        r#"# Written by `wasmrust-sync build`; edits are overwritten.
change-id = "ignore"

[build]
rustc = {stage0_rustc:?}
cargo = {stage0_cargo:?}
build-dir = {build_dir:?}
host = [{host:?}]
target = [{targets}]
vendor = false
submodules = false
optimized-compiler-builtins = false
docs = false
extended = false
description = {name:?}

[llvm]
download-ci-llvm = false
link-shared = true

[rust]
channel = "nightly"
deny-warnings = false
download-rustc = false
lld = false

[target.{host}]
llvm-config = {llvm_config:?}
"#,
        targets = targets.join(", "),
        name = pin.toolchain.name,
        llvm_config = pin.llvm.config,
    );
    for target in ["wasm32-wasip1", super::sysroot::THREADS_TARGET] {
        if pin.toolchain.targets.iter().any(|t| t == target) {
            out.push_str(&format!("\n[target.{target}]\nwasi-root = {wasi_root:?}\n"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_every_target_and_the_wasi_root() {
        let pin = Pin::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../upstream.toml")).unwrap();
        let text = bootstrap_toml(&pin, Path::new("/s/rustc"), Path::new("/s/cargo"), Path::new("/c/build"), Path::new("/c/wasi"));
        assert!(text.contains(r#"target = ["x86_64-unknown-linux-gnu", "wasm32-unknown-unknown", "wasm32-wasip1", "wasm32-wasip1-threads"]"#));
        assert!(text.contains("[target.wasm32-wasip1]\nwasi-root = \"/c/wasi\""));
        assert!(text.contains("[target.wasm32-wasip1-threads]\nwasi-root = \"/c/wasi\""));
        assert!(text.contains("llvm-config = \"/usr/bin/llvm-config-22\""));
        let parsed: toml::Table = toml::from_str(&text).unwrap();
        assert_eq!(parsed["rust"]["channel"].as_str(), Some("nightly"));
    }
}
