//! Detects the WasmRust toolchain (see `../build-support/probe.rs`) and records the cargo
//! target directory, where `#[wasm::component]` writes the WIT worlds it generates.
include!("../build-support/probe.rs");

fn main() {
    probe_wasmrust_toolchain();
    // OUT_DIR is <target-dir>/[<triple>/]<profile>/build/<pkg>-<hash>/out; host build
    // artifacts (this proc macro) never carry a triple, so the target dir is 4 levels up.
    if let Some(out) = std::env::var_os("OUT_DIR") {
        let out = std::path::PathBuf::from(out);
        if let Some(target) = out.ancestors().nth(4) {
            println!("cargo::rustc-env=WASM_MACROS_TARGET_DIR={}", target.display());
        }
    }
}
