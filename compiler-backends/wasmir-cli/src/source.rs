//! Reading a WasmIR file: parse errors as `FILE:LINE:COL: message`, verifier findings as
//! `FILE: in function $f, block bN: message`.

use anyhow::{anyhow, Context};
use std::path::Path;

/// Reads, parses and verifies `path`.
pub fn load(path: &Path) -> anyhow::Result<wasmir::Module> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let m = wasmir::parse_module(&text).map_err(|e| anyhow!("{}:{}:{}: {}", path.display(), e.line, e.col, e.msg))?;
    if let Err(errs) = wasmir::verify_module(&m) {
        let more = errs.0.len() - 1;
        let first = &errs.0[0];
        let suffix = if more > 0 { format!(" (and {more} more problem{})", if more == 1 { "" } else { "s" }) } else { String::new() };
        return Err(anyhow!("{}: invalid WasmIR: {first}{suffix}", path.display()));
    }
    Ok(m)
}
