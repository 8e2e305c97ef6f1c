//! Whole-module compilation: every function precompiled in parallel ([`reloc::precompile`]),
//! then the module assembled around the bodies ([`reloc::assemble`]); plus the shared pieces
//! (the Cranelift ISA, the thread pool, DWARF line info).

use crate::{reloc, Error, Options};
use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use std::sync::OnceLock;
use wasmir::ir::*;

/// The host ISA whose settings Cranelift's mid-end runs under, when [`Options::optimize`] asks
/// for it (without it no Cranelift IR is made, so no ISA is needed).
pub(crate) fn mid_end_isa(opts: &Options) -> Result<Option<OwnedTargetIsa>, Error> {
    if !opts.optimize {
        return Ok(None);
    }
    let mut flags = settings::builder();
    let set = |f: &mut settings::Builder, k: &str, v: &str| f.set(k, v).map_err(|e| Error::Internal(format!("cranelift setting {k}: {e}")));
    set(&mut flags, "opt_level", "speed")?;
    set(&mut flags, "enable_verifier", if opts.verify_clif { "true" } else { "false" })?;
    let builder = cranelift_native::builder().map_err(|e| Error::Internal(format!("no Cranelift ISA for this host: {e}")))?;
    builder.finish(settings::Flags::new(flags)).map(Some).map_err(|e| Error::Internal(format!("Cranelift ISA: {e}")))
}

/// A thread pool with large stacks: structuring recurses along dominator-tree chains.
pub(crate) fn pool() -> &'static rayon::ThreadPool {
    static POOL: OnceLock<rayon::ThreadPool> = OnceLock::new();
    POOL.get_or_init(|| rayon::ThreadPoolBuilder::new().stack_size(64 << 20).thread_name(|i| format!("wasmir-dev-{i}")).build().expect("thread pool"))
}

/// Compiles a WasmIR module to a WebAssembly binary with the dev backend.
///
/// Every defined function is lowered to CLIF, optionally optimised by Cranelift's egraph
/// mid-end, and emitted as structured wasm, in parallel ([`crate::reloc::precompile`]); the
/// module is then assembled around the bodies. Exports keep their names; the memory (if any)
/// is exported as `memory`.
pub fn compile_module(m: &Module, opts: &Options) -> Result<Vec<u8>, Error> {
    if opts.verify_input {
        wasmir::verify_module(m)?;
    }
    let part = reloc::precompile(m, &Options { verify_input: false, ..opts.clone() })?;
    // Index spaces: imports first.
    let imports: Vec<(usize, u32)> = (0..m.funcs.len() as u32).filter(|f| m.funcs[*f as usize].is_import()).map(|f| (0, f)).collect();
    let defined: Vec<(usize, u32)> = (0..m.funcs.len() as u32).filter(|f| !m.funcs[*f as usize].is_import()).map(|f| (0, f)).collect();
    let mut func_index = vec![0u32; m.funcs.len()];
    for (i, (_, f)) in imports.iter().chain(&defined).enumerate() {
        func_index[*f as usize] = i as u32;
    }
    let tables = m
        .tables
        .iter()
        .map(|t| reloc::TableOut { min: t.min, max: t.max, elems: t.elems.iter().map(|(off, fs)| (*off, fs.iter().map(|f| func_index[f.0 as usize]).collect())).collect() })
        .collect();
    let exports = m.funcs.iter().enumerate().filter_map(|(i, f)| f.export.clone().map(|e| (e, func_index[i]))).collect();
    let parts = [part];
    reloc::assemble(&reloc::Assembly {
        name: &m.name,
        parts: &parts,
        imports,
        defined,
        func_index: vec![func_index],
        global_use: vec![(0..m.globals.len() as u32).map(reloc::GlobalUse::Global).collect()],
        globals: m.globals.clone(),
        tables,
        memory: m.memory,
        exports,
        data: m.data.clone(),
        debug_info: opts.debug_info,
    })
}

pub(crate) mod dwarf {
    //! `.debug_line` (plus the minimal `.debug_info`/`.debug_abbrev`/`.debug_str` a consumer
    //! needs to find it) from WasmIR source locations. Addresses are code-section offsets, as
    //! the WebAssembly DWARF convention requires.
    use super::*;
    use gimli::write::{Address, AttributeValue, DwarfUnit, EndianVec, LineProgram, LineString, Sections};
    use gimli::{Encoding, Format, LineEncoding, RunTimeEndian};

    /// The sections for a module named `name` with source `files`; `lines[i]` are the
    /// (body offset, location) rows of the i-th code body, `ranges[i]` its (offset in the code
    /// section, header length, length).
    pub(crate) fn line_sections(name: &str, files: &[&str], lines: &[Vec<(u32, SrcLoc)>], ranges: &[(usize, usize, usize)]) -> Result<Vec<(String, Vec<u8>)>, Error> {
        if lines.iter().all(|b| b.is_empty()) || files.is_empty() {
            return Ok(vec![]);
        }
        let encoding = Encoding { format: Format::Dwarf32, version: 4, address_size: 4 };
        let mut dwarf = DwarfUnit::new(encoding);
        let comp_file = files[0].as_bytes();
        let mut program = LineProgram::new(encoding, LineEncoding::default(), LineString::String(b".".to_vec()), None, LineString::String(comp_file.to_vec()), None);
        let dir = program.default_directory();
        let files: Vec<_> = files.iter().map(|f| program.add_file(LineString::String(f.as_bytes().to_vec()), dir, None)).collect();
        for (i, b) in lines.iter().enumerate() {
            if b.is_empty() {
                continue;
            }
            let (start, header, len) = ranges[i];
            program.begin_sequence(Some(Address::Constant(start as u64)));
            for (off, loc) in b {
                let Some(file) = files.get(loc.file as usize) else { continue };
                let row = program.row();
                row.address_offset = (header + *off as usize) as u64;
                row.file = *file;
                row.line = loc.line as u64;
                row.column = loc.col as u64;
                program.generate_row();
            }
            program.end_sequence(len as u64);
        }
        dwarf.unit.line_program = program;
        let root = dwarf.unit.root();
        let name = dwarf.strings.add(name.as_bytes());
        let entry = dwarf.unit.get_mut(root);
        entry.set(gimli::DW_AT_name, AttributeValue::StringRef(name));
        entry.set(gimli::DW_AT_producer, AttributeValue::String(b"wasmir-cranelift".to_vec()));
        entry.set(gimli::DW_AT_low_pc, AttributeValue::Address(Address::Constant(0)));
        let mut sections = Sections::new(EndianVec::new(RunTimeEndian::Little));
        dwarf.write(&mut sections).map_err(|e| Error::Internal(format!("DWARF: {e}")))?;
        let mut out = Vec::new();
        sections
            .for_each(|id, data| -> Result<(), Error> {
                if !data.slice().is_empty() {
                    out.push((id.name().to_string(), data.slice().to_vec()));
                }
                Ok(())
            })
            .map_err(|e| Error::Internal(format!("DWARF: {e}")))?;
        Ok(out)
    }
}
