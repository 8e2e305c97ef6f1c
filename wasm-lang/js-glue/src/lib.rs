//! `wasm-js-glue`: the JS side of `#[wasm::js]`.
//!
//! Reads a wasm32 module built with `#[wasm::js]` items, checks the functions its
//! `wasmrust.js` section describes against the module's real imports and exports, and writes
//! three files: `<name>.js` (an ES module: `init`/`initSync` and one function per export),
//! `<name>.d.ts` (TypeScript declarations) and `<name>.wasm` (the module without the
//! metadata section).

pub mod dts;
pub mod js;
pub mod meta;
pub mod module;

use anyhow::{Context, Result};
use std::path::{Path, PathBuf};

pub use js::Target;

/// The generated files, in memory.
#[derive(Debug)]
pub struct Glue {
    pub js: String,
    pub dts: String,
    pub wasm: Vec<u8>,
}

/// Generates the glue for `wasm` (the module's bytes), to be published as `<name>.*`.
pub fn generate(wasm: &[u8], name: &str, target: Target) -> Result<Glue> {
    let m = module::read(wasm)?;
    Ok(Glue { js: js::render(name, &m.funcs, target), dts: dts::render(name, &m.funcs), wasm: m.stripped })
}

/// Reads `input`, generates and writes `<out_dir>/<name>.{js,d.ts,wasm}` (each written to a
/// temporary file first and renamed). Returns the three paths.
pub fn write(input: &Path, out_dir: &Path, name: &str, target: Target) -> Result<[PathBuf; 3]> {
    let bytes = std::fs::read(input).with_context(|| format!("cannot read {}", input.display()))?;
    let glue = generate(&bytes, name, target).with_context(|| format!("{}", input.display()))?;
    std::fs::create_dir_all(out_dir).with_context(|| format!("cannot create {}", out_dir.display()))?;
    let files = [
        (out_dir.join(format!("{name}.wasm")), glue.wasm),
        (out_dir.join(format!("{name}.js")), glue.js.into_bytes()),
        (out_dir.join(format!("{name}.d.ts")), glue.dts.into_bytes()),
    ];
    for (path, data) in &files {
        let tmp = path.with_extension("tmp~");
        std::fs::write(&tmp, data).with_context(|| format!("cannot write {}", tmp.display()))?;
        std::fs::rename(&tmp, path).with_context(|| format!("cannot write {}", path.display()))?;
    }
    let [(a, _), (b, _), (c, _)] = files;
    Ok([b, c, a])
}

/// The default output name for `input`: its file stem.
pub fn default_name(input: &Path) -> Result<String> {
    input
        .file_stem()
        .and_then(|s| s.to_str())
        .map(str::to_string)
        .with_context(|| format!("cannot derive a name from {}; pass --name", input.display()))
}
