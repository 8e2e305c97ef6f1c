//! Small facts about a wasm binary read with wasmparser.

use anyhow::{Context, Result, bail};
use std::path::Path;

/// What kind of binary a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Module,
    Component,
}

/// Reads a file that must be wasm; the error names the file and what to give instead.
pub fn read_wasm(path: &Path) -> Result<(Vec<u8>, Kind)> {
    let bytes = std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
    let kind = kind_of(&bytes).with_context(|| format!("{}: not a WebAssembly binary (give a .wasm module or component)", path.display()))?;
    Ok((bytes, kind))
}

/// Module or component, from the header.
pub fn kind_of(bytes: &[u8]) -> Result<Kind> {
    if bytes.len() < 8 || &bytes[..4] != b"\0asm" {
        bail!("missing the \\0asm header");
    }
    Ok(if wasmparser::Parser::is_component(bytes) { Kind::Component } else { Kind::Module })
}

/// Facts about a core module.
#[derive(Debug, Clone, Default)]
pub struct ModuleFacts {
    /// It carries a `component-type*` custom section (a `#[wasm::component]` crate or
    /// wit-bindgen output).
    pub has_component_type: bool,
    /// It exports `_start` (a WASI command).
    pub is_command: bool,
    /// Import module names.
    pub import_modules: Vec<String>,
}

/// Reads the facts of a core module.
pub fn module_facts(bytes: &[u8]) -> Result<ModuleFacts> {
    let mut f = ModuleFacts::default();
    for payload in wasmparser::Parser::new(0).parse_all(bytes) {
        match payload? {
            wasmparser::Payload::CustomSection(c) if c.name().starts_with("component-type") => f.has_component_type = true,
            wasmparser::Payload::ImportSection(r) => {
                for imp in r.into_imports() {
                    let m = imp?.module.to_string();
                    if !f.import_modules.contains(&m) {
                        f.import_modules.push(m);
                    }
                }
            }
            wasmparser::Payload::ExportSection(r) => {
                for e in r {
                    if e?.name == "_start" {
                        f.is_command = true;
                    }
                }
            }
            _ => {}
        }
    }
    Ok(f)
}

/// Validates with every feature wasmparser knows.
pub fn validate(bytes: &[u8]) -> Result<()> {
    wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all())
        .validate_all(bytes)
        .map(|_| ())
        .context("wasmparser rejects the binary")
}

/// Writes `bytes` to `path` through a temporary file and a rename, so a failure never leaves
/// a half-written file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).with_context(|| format!("{}: cannot create directory", dir.display()))?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir).with_context(|| format!("{}: cannot create a temporary file", dir.display()))?;
    std::io::Write::write_all(&mut tmp, bytes).with_context(|| format!("{}: cannot write", path.display()))?;
    tmp.persist(path).with_context(|| format!("{}: cannot write", path.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_non_wasm() {
        assert!(kind_of(b"hello world").is_err());
        assert_eq!(kind_of(b"\0asm\x01\0\0\0").unwrap(), Kind::Module);
        assert_eq!(kind_of(b"\0asm\x0d\0\x01\0").unwrap(), Kind::Component);
    }

    #[test]
    fn atomic_write_replaces() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("a/b.wasm");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(p.parent().unwrap()).unwrap().count(), 1);
    }
}
