//! Finding a wasm-opt that accepts the toolchain's output and running it.
//!
//! Debian's binaryen 108 may reject what LLVM 22 emits; npm's `binaryen` (v116+) reads it. The
//! candidates are tried in order and the first that succeeds wins: `$WASM_OPT` first, then
//! the others newest version first — `wasm-opt` on PATH and `node_modules/binaryen/bin/wasm-opt`
//! in the project or (for a cargo-wasm built from a WasmRust checkout) the checkout, where
//! `ci/setup` installs npm binaryen under `compiler-backends/binaryen`.

use crate::error::Failure;
use anyhow::{Result, bail};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The wasm-opt programs to try, best first.
pub fn candidates(project: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    if let Some(p) = crate::toolchain::which("wasm-opt") {
        found.push(p);
    }
    let checkout = Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf);
    for root in project.ancestors().map(Path::to_path_buf).chain(checkout) {
        for sub in ["node_modules", "compiler-backends/binaryen/node_modules", "wasm-lang/component-tests/js/node_modules"] {
            let p = root.join(sub).join("binaryen/bin/wasm-opt");
            if p.is_file() && !found.contains(&p) {
                found.push(p);
            }
        }
    }
    // Newest first: an old binaryen may "succeed" on a module it does not fully understand.
    let mut versioned: Vec<(u32, PathBuf)> = found.into_iter().map(|p| (version(&p).as_deref().and_then(version_number).unwrap_or(0), p)).collect();
    versioned.sort_by(|a, b| b.0.cmp(&a.0));
    let mut v: Vec<PathBuf> = std::env::var_os("WASM_OPT").filter(|p| !p.is_empty()).map(PathBuf::from).into_iter().collect();
    v.extend(versioned.into_iter().map(|(_, p)| p).filter(|p| !v.contains(p)).collect::<Vec<_>>());
    v
}

/// `wasm-opt version 132 (version_132)` -> 132.
pub fn version_number(version: &str) -> Option<u32> {
    let rest = version.split("version").nth(1)?.trim_start();
    rest.split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
}

/// `wasm-opt --version` of a candidate.
pub fn version(program: &Path) -> Option<String> {
    let out = Command::new(program).arg("--version").output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// The result of an optimisation.
#[derive(Debug, Clone)]
pub struct Optimized {
    pub bytes: Vec<u8>,
    /// The wasm-opt that did it (path and version).
    pub tool: String,
}

/// Runs `wasm-opt <flags> input -o <tmp>` with the first candidate that succeeds.
pub fn optimize(input: &Path, flags: &[String], project: &Path) -> Result<Optimized> {
    let cands = candidates(project);
    if cands.is_empty() {
        return Err(Failure::MissingTool(
            "wasm-opt not found: install binaryen (`apt-get install binaryen` or `npm install binaryen`), set WASM_OPT=/path/to/wasm-opt, or set `wasm-opt = false` in [package.metadata.wasm]".into(),
        )
        .into());
    }
    let dir = tempfile::tempdir()?;
    let out_path = dir.path().join("out.wasm");
    let mut failures = Vec::new();
    for c in &cands {
        let out = Command::new(c).args(flags).arg(input).arg("-o").arg(&out_path).output();
        match out {
            Ok(o) if o.status.success() && out_path.is_file() => {
                let bytes = std::fs::read(&out_path)?;
                let tool = format!("{} ({})", c.display(), version(c).unwrap_or_else(|| "unknown version".into()));
                return Ok(Optimized { bytes, tool });
            }
            Ok(o) => {
                let err = String::from_utf8_lossy(&o.stderr);
                let first = err.lines().find(|l| !l.trim().is_empty()).unwrap_or("failed").trim().to_string();
                failures.push(format!("{}: {first}", c.display()));
            }
            Err(e) => failures.push(format!("{}: {e}", c.display())),
        }
    }
    bail!(
        "{}: no wasm-opt accepted it ({}); install a newer binaryen (`npm install binaryen`) and set WASM_OPT, or set `wasm-opt = false` in [package.metadata.wasm]",
        input.display(),
        failures.join("; ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_version_numbers() {
        assert_eq!(version_number("wasm-opt version 132 (version_132)"), Some(132));
        assert_eq!(version_number("wasm-opt version 108"), Some(108));
        assert_eq!(version_number("something else"), None);
    }
}
