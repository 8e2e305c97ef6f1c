//! binaryen's `wasm-opt`, the last stage of the release pipeline.
//!
//! Which binary: `$WASMIR_WASM_OPT` if set; else the npm build pinned in
//! `compiler-backends/binaryen` (`npm ci` there, which `ci/setup` runs); else a `wasm-opt` on
//! `PATH` whose version is at least [`MIN_VERSION`]. Debian's binaryen 108 is too old for LLVM
//! 22's output (it rejects the `target_features` section's encodings and some opcodes), so it is
//! never picked up silently.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The oldest `wasm-opt` found on `PATH` that is used automatically.
pub const MIN_VERSION: u32 = 116;

/// The npm package's launcher, relative to this crate.
const NPM_BIN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../binaryen/node_modules/.bin/wasm-opt");

/// Features the LLVM target machine enables; wasm-opt must accept (and keep to) the same set.
const FEATURES: [&str; 7] = ["--enable-reference-types", "--enable-simd", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext", "--enable-mutable-globals", "--enable-multivalue"];

/// Finds the `wasm-opt` to use, or says why there is none. Looked up once per process.
pub fn locate() -> Result<&'static Path, &'static str> {
    static FOUND: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    FOUND
        .get_or_init(|| {
            if let Some(p) = std::env::var_os("WASMIR_WASM_OPT").filter(|v| !v.is_empty()) {
                return Ok(PathBuf::from(p));
            }
            if Path::new(NPM_BIN).exists() {
                return Ok(PathBuf::from(NPM_BIN));
            }
            match path_version("wasm-opt") {
                Some(v) if v >= MIN_VERSION => Ok(PathBuf::from("wasm-opt")),
                Some(v) => Err(format!("wasm-opt on PATH is binaryen {v}, older than {MIN_VERSION} (too old for LLVM 22 output); run `npm ci` in compiler-backends/binaryen or set WASMIR_WASM_OPT")),
                None => Err("wasm-opt not found: run `npm ci` in compiler-backends/binaryen (binaryen 132 from npm) or set WASMIR_WASM_OPT".to_string()),
            }
        })
        .as_ref()
        .map(|p| p.as_path())
        .map_err(|e| e.as_str())
}

/// `wasm-opt --version` of a binary on PATH: "wasm-opt version 108 (...)" -> 108.
fn path_version(bin: &str) -> Option<u32> {
    let out = Command::new(bin).arg("--version").output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    text.split_whitespace().skip_while(|w| *w != "version").nth(1)?.parse().ok()
}

/// Runs `bin -O2|-Oz` on `wasm` inside `dir`; the result is validated with wasmparser.
pub fn run(bin: &Path, wasm: &[u8], level: &str, dir: &Path) -> Result<Vec<u8>, String> {
    let input = dir.join("pre-wasm-opt.wasm");
    let output = dir.join("wasm-opt.wasm");
    std::fs::write(&input, wasm).map_err(|e| format!("writing {}: {e}", input.display()))?;
    let out = Command::new(bin).arg(level).args(FEATURES).arg(&input).arg("-o").arg(&output).output().map_err(|e| format!("running {}: {e}", bin.display()))?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        return Err(format!("{} failed: {}", bin.display(), err.lines().find(|l| !l.trim().is_empty()).unwrap_or("(no message)").trim()));
    }
    let opt = std::fs::read(&output).map_err(|e| format!("reading {}: {e}", output.display()))?;
    wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all()).validate_all(&opt).map_err(|e| format!("{} produced invalid wasm: {e}", bin.display()))?;
    Ok(opt)
}
