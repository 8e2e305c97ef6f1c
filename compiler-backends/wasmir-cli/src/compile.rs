//! Compiling with either backend and writing the output without ever leaving half a file.

use crate::{Backend, CodegenArgs, WasmOptChoice};
use anyhow::{bail, Context};
use std::io::Write;
use std::path::Path;

/// Compiles `m` with `backend`.
pub fn compile(m: &wasmir::Module, backend: Backend, args: &CodegenArgs) -> anyhow::Result<Vec<u8>> {
    match backend {
        Backend::Dev => {
            if args.oz {
                bail!("--Oz applies to the release backend only (use --backend release)");
            }
            if args.wasm_opt == WasmOptChoice::Always {
                bail!("--wasm-opt always applies to the release backend only (use --backend release)");
            }
            let opts = wasmir_cranelift::Options { optimize: args.optimize, debug_info: !args.no_debug_info, verify_input: false, ..Default::default() };
            wasmir_cranelift::compile_module(m, &opts).context("dev backend")
        }
        Backend::Release => {
            let opts = wasmir_llvm::Options {
                opt: if args.oz { wasmir_llvm::OptLevel::Oz } else { wasmir_llvm::OptLevel::O2 },
                wasm_opt: match args.wasm_opt {
                    WasmOptChoice::Auto => wasmir_llvm::WasmOpt::Auto,
                    WasmOptChoice::Always => wasmir_llvm::WasmOpt::Required,
                    WasmOptChoice::Never => wasmir_llvm::WasmOpt::Off,
                },
                ..Default::default()
            };
            let (wasm, t) = wasmir_llvm::compile_module_timed(m, &opts).context("release backend")?;
            for w in t.warnings {
                eprintln!("warning: {}", crate::one_line(&w));
            }
            Ok(wasm)
        }
    }
}

/// Writes `bytes` to `path` through a temporary file in the same directory and a rename.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir).with_context(|| format!("cannot create a file in {}", dir.display()))?;
    tmp.write_all(bytes).with_context(|| format!("cannot write {}", path.display()))?;
    tmp.persist(path).map_err(|e| e.error).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}
