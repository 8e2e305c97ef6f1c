//! Module assembly: lowers, optimises and emits every function in parallel, then writes the
//! sections (types, imports, functions, table, memory, globals, exports, elements, code, data,
//! names, DWARF line info).

use crate::emit::{self, FuncBody, ModuleCtx};
use crate::{lower, Error, Options};
use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::OnceLock;
use wasm_encoder::{
    CodeSection, ConstExpr, DataSection, ElementSection, Elements, EntityType, ExportKind, ExportSection, Function, FunctionSection, GlobalSection, GlobalType, ImportSection, IndirectNameMap, MemorySection, MemoryType, NameMap, NameSection, RefType, TableSection, TableType, TypeSection, ValType,
};
use wasmir::ir::*;

fn isa(optimize: bool, verify: bool) -> Result<OwnedTargetIsa, Error> {
    let mut flags = settings::builder();
    let set = |f: &mut settings::Builder, k: &str, v: &str| f.set(k, v).map_err(|e| Error::Internal(format!("cranelift setting {k}: {e}")));
    set(&mut flags, "opt_level", if optimize { "speed" } else { "none" })?;
    set(&mut flags, "enable_verifier", if verify { "true" } else { "false" })?;
    let builder = cranelift_native::builder().map_err(|e| Error::Internal(format!("no Cranelift ISA for this host: {e}")))?;
    builder.finish(settings::Flags::new(flags)).map_err(|e| Error::Internal(format!("Cranelift ISA: {e}")))
}

/// A thread pool with large stacks: structuring recurses along dominator-tree chains.
fn pool() -> &'static rayon::ThreadPool {
    static POOL: OnceLock<rayon::ThreadPool> = OnceLock::new();
    POOL.get_or_init(|| rayon::ThreadPoolBuilder::new().stack_size(64 << 20).thread_name(|i| format!("wasmir-dev-{i}")).build().expect("thread pool"))
}

fn val_type(t: Type) -> ValType {
    match t {
        Type::I32 => ValType::I32,
        Type::I64 => ValType::I64,
        Type::F32 => ValType::F32,
        Type::F64 => ValType::F64,
        Type::V128 => ValType::V128,
        Type::ExternRef => ValType::EXTERNREF,
        Type::FuncRef => ValType::FUNCREF,
    }
}

fn const_expr(c: Const) -> ConstExpr {
    match c {
        Const::I32(x) => ConstExpr::i32_const(x),
        Const::I64(x) => ConstExpr::i64_const(x),
        Const::F32(x) => ConstExpr::f32_const(f32::from_bits(x).into()),
        Const::F64(x) => ConstExpr::f64_const(f64::from_bits(x).into()),
        Const::V128(x) => ConstExpr::v128_const(x as i128),
    }
}

/// Compiles a WasmIR module to a WebAssembly binary with the dev backend.
///
/// Every defined function is lowered to CLIF, optionally optimised by Cranelift's egraph
/// mid-end, and emitted as structured wasm, in parallel. Exports keep their names; the memory
/// (if any) is exported as `memory`.
pub fn compile_module(m: &Module, opts: &Options) -> Result<Vec<u8>, Error> {
    if opts.verify_input {
        wasmir::verify_module(m)?;
    }
    let isa = isa(opts.optimize, opts.verify_clif)?;
    // Index spaces: imports first.
    let imports: Vec<FuncId> = (0..m.funcs.len() as u32).map(FuncId).filter(|f| m.func(*f).is_import()).collect();
    let defined: Vec<FuncId> = (0..m.funcs.len() as u32).map(FuncId).filter(|f| !m.func(*f).is_import()).collect();
    let mut func_index = vec![0u32; m.funcs.len()];
    for (i, f) in imports.iter().chain(&defined).enumerate() {
        func_index[f.0 as usize] = i as u32;
    }
    let mut types: Vec<Signature> = Vec::new();
    let mut type_index: HashMap<Signature, u32> = HashMap::new();
    let mut intern = |s: &Signature, types: &mut Vec<Signature>| -> u32 {
        *type_index.entry(s.clone()).or_insert_with(|| {
            types.push(s.clone());
            (types.len() - 1) as u32
        })
    };
    for f in &m.funcs {
        intern(&f.sig, &mut types);
    }
    let mut ref_funcs = Vec::new();
    for f in &m.funcs {
        for b in &f.blocks {
            for inst in &b.insts {
                match &inst.op {
                    Op::CallIndirect { sig, .. } => {
                        intern(sig, &mut types);
                    }
                    Op::RefFunc(r) => ref_funcs.push(func_index[r.0 as usize]),
                    _ => {}
                }
            }
        }
    }
    let ctx = ModuleCtx { func_index: func_index.clone(), type_index: type_index.clone() };
    let config = isa.frontend_config();

    let bodies: Vec<Result<FuncBody, Error>> = pool().install(|| {
        defined
            .par_iter()
            .map(|&fid| {
                let wrap = |e: Error| Error::InFunction { func: m.func(fid).name.clone(), source: Box::new(e) };
                let lowered = lower::lower_function(m, fid, config);
                let mut cctx = cranelift_codegen::Context::for_function(lowered.func);
                cctx.optimize(&*isa, &mut ControlPlane::default()).map_err(|e| Error::Cranelift { func: m.func(fid).name.clone(), msg: format!("{e:?}") })?;
                let lowered = lower::Lowered { func: cctx.func, locs: lowered.locs, indirect: lowered.indirect };
                emit::emit_function(&lowered, m, fid, &ctx).map_err(wrap)
            })
            .collect()
    });
    let bodies: Vec<FuncBody> = bodies.into_iter().collect::<Result<_, _>>()?;

    let mut module = wasm_encoder::Module::new();
    let mut ts = TypeSection::new();
    for s in &types {
        ts.ty().function(s.params.iter().map(|t| val_type(*t)), s.results.iter().map(|t| val_type(*t)));
    }
    module.section(&ts);
    if !imports.is_empty() {
        let mut is = ImportSection::new();
        for f in &imports {
            let func = m.func(*f);
            let imp = func.import.as_ref().expect("import");
            is.import(&imp.module, &imp.field, EntityType::Function(type_index[&func.sig]));
        }
        module.section(&is);
    }
    let mut fs = FunctionSection::new();
    for f in &defined {
        fs.function(type_index[&m.func(*f).sig]);
    }
    module.section(&fs);
    if !m.tables.is_empty() {
        let mut tsec = TableSection::new();
        for t in &m.tables {
            tsec.table(TableType { element_type: RefType::FUNCREF, minimum: t.min as u64, maximum: t.max.map(u64::from), table64: false, shared: false });
        }
        module.section(&tsec);
    }
    if let Some(mem) = m.memory {
        let mut ms = MemorySection::new();
        ms.memory(MemoryType { minimum: mem.min as u64, maximum: mem.max.map(u64::from), memory64: false, shared: false, page_size_log2: None });
        module.section(&ms);
    }
    if !m.globals.is_empty() {
        let mut gs = GlobalSection::new();
        for g in &m.globals {
            gs.global(GlobalType { val_type: val_type(g.ty), mutable: g.mutable, shared: false }, &const_expr(g.init));
        }
        module.section(&gs);
    }
    let mut es = ExportSection::new();
    for (i, f) in m.funcs.iter().enumerate() {
        if let Some(name) = &f.export {
            es.export(name, ExportKind::Func, func_index[i]);
        }
    }
    if m.memory.is_some() {
        es.export("memory", ExportKind::Memory, 0);
    }
    module.section(&es);
    let has_elems = m.tables.iter().any(|t| !t.elems.is_empty()) || !ref_funcs.is_empty();
    if has_elems {
        let mut el = ElementSection::new();
        for (ti, t) in m.tables.iter().enumerate() {
            for (off, funcs) in &t.elems {
                let idx: Vec<u32> = funcs.iter().map(|f| func_index[f.0 as usize]).collect();
                el.active(Some(ti as u32), &ConstExpr::i32_const(*off as i32), Elements::Functions(idx.into()));
            }
        }
        if !ref_funcs.is_empty() {
            ref_funcs.sort_unstable();
            ref_funcs.dedup();
            el.declared(Elements::Functions(ref_funcs.into()));
        }
        module.section(&el);
    }
    // Code: keep each body's offset within the section for DWARF.
    let mut code = CodeSection::new();
    let mut fn_ranges = Vec::with_capacity(bodies.len());
    let mut offset = leb_len(bodies.len() as u64);
    for b in &bodies {
        let mut f = Function::new_with_locals_types(b.locals.iter().copied());
        let header = f.byte_len();
        f.raw(b.code.iter().copied());
        let body_len = f.byte_len();
        let start = offset + leb_len(body_len as u64);
        fn_ranges.push((start, header, body_len));
        offset = start + body_len;
        code.function(&f);
    }
    module.section(&code);
    if !m.data.is_empty() {
        let mut ds = DataSection::new();
        for d in &m.data {
            ds.active(0, &ConstExpr::i32_const(d.offset as i32), d.bytes.iter().copied());
        }
        module.section(&ds);
    }
    if opts.debug_info {
        for (name, data) in crate::module::dwarf::line_sections(m, &defined, &bodies, &fn_ranges)? {
            module.section(&wasm_encoder::CustomSection { name: name.into(), data: data.into() });
        }
    }
    let mut names = NameSection::new();
    names.module(&m.name);
    let mut fnames = NameMap::new();
    for f in imports.iter().chain(&defined) {
        fnames.append(func_index[f.0 as usize], &m.func(*f).name);
    }
    names.functions(&fnames);
    let _ = IndirectNameMap::new();
    module.section(&names);
    Ok(module.finish())
}

fn leb_len(mut x: u64) -> usize {
    let mut n = 1;
    while x >= 0x80 {
        x >>= 7;
        n += 1;
    }
    n
}

mod dwarf {
    //! `.debug_line` (plus the minimal `.debug_info`/`.debug_abbrev`/`.debug_str` a consumer
    //! needs to find it) from WasmIR source locations. Addresses are code-section offsets, as
    //! the WebAssembly DWARF convention requires.
    use super::*;
    use gimli::write::{Address, AttributeValue, DwarfUnit, EndianVec, LineProgram, LineString, Sections};
    use gimli::{Encoding, Format, LineEncoding, RunTimeEndian};

    pub(super) fn line_sections(m: &Module, defined: &[FuncId], bodies: &[FuncBody], ranges: &[(usize, usize, usize)]) -> Result<Vec<(String, Vec<u8>)>, Error> {
        if bodies.iter().all(|b| b.lines.is_empty()) || m.files.is_empty() {
            return Ok(vec![]);
        }
        let encoding = Encoding { format: Format::Dwarf32, version: 4, address_size: 4 };
        let mut dwarf = DwarfUnit::new(encoding);
        let comp_file = m.files[0].as_bytes();
        let mut program = LineProgram::new(encoding, LineEncoding::default(), LineString::String(b".".to_vec()), None, LineString::String(comp_file.to_vec()), None);
        let dir = program.default_directory();
        let files: Vec<_> = m.files.iter().map(|f| program.add_file(LineString::String(f.as_bytes().to_vec()), dir, None)).collect();
        for (i, b) in bodies.iter().enumerate() {
            if b.lines.is_empty() {
                continue;
            }
            let (start, header, len) = ranges[i];
            program.begin_sequence(Some(Address::Constant(start as u64)));
            for (off, loc) in &b.lines {
                let Some(file) = files.get(loc.file as usize) else { continue };
                let row = program.row();
                row.address_offset = (header + *off as usize) as u64;
                row.file = *file;
                row.line = loc.line as u64;
                row.column = loc.col as u64;
                program.generate_row();
            }
            program.end_sequence(len as u64);
            let _ = defined;
        }
        dwarf.unit.line_program = program;
        let root = dwarf.unit.root();
        let name = dwarf.strings.add(m.name.as_bytes());
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
