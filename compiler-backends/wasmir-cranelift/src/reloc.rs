//! Relocatable compilation: a module's functions compiled once into wasm bodies whose
//! references to functions, types and globals are relocation sites ([`precompile`]), and the
//! assembly of compiled bodies from any number of such modules into one wasm module
//! ([`assemble`]), which only copies bytes and fills in indices.
//!
//! This is what lets a program's crates be compiled separately (each rustc invocation
//! precompiles its crate) while the link step stays a copy: like a wasm object file with
//! `R_WASM_*_LEB` relocations, every site is written as a padded 5-byte LEB128; unlike
//! `wasm-ld`, the assembler re-encodes each index at its minimal length, so the output is the
//! same as compiling the whole module at once.

use crate::emit::FuncBody;
use crate::{emit, lower, Error, Options};
use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::isa::TargetIsa;
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use wasm_encoder::{
    ConstExpr, Encode, DataSection, ElementSection, Elements, EntityType, ExportKind, ExportSection, Function as WasmFunction, FunctionSection, GlobalSection, GlobalType, ImportSection, MemorySection, MemoryType, NameMap, NameSection, RefType, TableSection, TableType, TypeSection, ValType,
};
use wasmir::ir::*;

/// What a relocation site holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelocKind {
    /// `call F`: the index is a function of the module.
    Call,
    /// `ref.func F`.
    RefFunc,
    /// `call_indirect T 0`: the index is a signature of [`Precompiled::sigs`].
    CallIndirect,
    /// `global.get G`: the index is a global of the module; the assembler may turn the site
    /// into an `i32.const` (a global whose value is a link-time constant, such as an address).
    GlobalGet,
    /// `global.set G`.
    GlobalSet,
}

impl RelocKind {
    /// The site's opcode.
    pub fn opcode(self) -> u8 {
        match self {
            RelocKind::Call => 0x10,
            RelocKind::RefFunc => 0xd2,
            RelocKind::CallIndirect => 0x11,
            RelocKind::GlobalGet => 0x23,
            RelocKind::GlobalSet => 0x24,
        }
    }

    fn from_opcode(b: u8) -> Option<Self> {
        Some(match b {
            0x10 => RelocKind::Call,
            0xd2 => RelocKind::RefFunc,
            0x11 => RelocKind::CallIndirect,
            0x23 => RelocKind::GlobalGet,
            0x24 => RelocKind::GlobalSet,
            _ => return None,
        })
    }
}

/// A relocation site: the opcode at `offset`, then a padded 5-byte LEB128.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reloc {
    pub offset: u32,
    pub kind: RelocKind,
    /// A function, signature or global of the precompiled module, as `kind` says.
    pub index: u32,
}

/// Bytes of a relocation site (opcode + padded LEB128).
pub const SITE_LEN: usize = 6;

/// Appends `v` as a 5-byte LEB128 (the padding keeps a site's length fixed).
pub fn push_padded_leb(out: &mut Vec<u8>, v: u32) {
    for i in 0..5 {
        let b = ((v >> (7 * i)) & 0x7f) as u8;
        out.push(if i < 4 { b | 0x80 } else { b });
    }
}

/// A function of a precompiled module: a declaration, and a body where it is defined.
#[derive(Clone, Debug, PartialEq)]
pub struct PFunc {
    pub name: String,
    /// Index into [`Precompiled::sigs`].
    pub sig: u32,
    pub import: Option<Import>,
    pub export: Option<String>,
    pub body: Option<FuncBody>,
}

/// A WasmIR module compiled to relocatable wasm function bodies.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Precompiled {
    pub name: String,
    /// Every function of the module, in [`FuncId`] order.
    pub funcs: Vec<PFunc>,
    /// The module's globals, in [`GlobalId`] order.
    pub globals: Vec<Global>,
    /// The signatures the functions and `call_indirect`s use.
    pub sigs: Vec<Signature>,
    /// The module's source files (what line info refers to).
    pub files: Vec<String>,
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

/// Compiles one function into a wasm body whose `call_indirect` relocations index its own
/// [`FuncBody::indirect_sigs`]: through CLIF and Cranelift's mid-end when there is an `isa`
/// to run it under, else straight from WasmIR.
fn compile_one(env: &dyn lower::Decls, f: &Function, fid: FuncId, isa: Option<&dyn TargetIsa>) -> Result<FuncBody, Error> {
    let name = || f.name.clone();
    let Some(isa) = isa else {
        return crate::direct::emit_function(f).map_err(|e| Error::InFunction { func: name(), source: Box::new(e) });
    };
    let lowered = lower::lower_function(env, f, fid, isa.frontend_config());
    let mut cctx = cranelift_codegen::Context::for_function(lowered.func);
    cctx.optimize(isa, &mut ControlPlane::default()).map_err(|e| Error::Cranelift { func: name(), msg: format!("{e:?}") })?;
    let lowered = lower::Lowered { func: cctx.func, locs: lowered.locs, indirect: lowered.indirect };
    let body = emit::emit_function(&lowered).map_err(|e| Error::InFunction { func: name(), source: Box::new(e) });
    lower::recycle(lowered.func);
    body
}

/// The defined functions of `m`.
fn defined(m: &Module) -> Vec<FuncId> {
    (0..m.funcs.len() as u32).map(FuncId).filter(|f| !m.func(*f).is_import()).collect()
}

/// Compiles every defined function of `m` (in parallel) into a relocatable body.
/// [`Options::verify_input`] checks `m` as an object of a link ([`wasmir::verify_object`]).
pub fn precompile(m: &Module, opts: &Options) -> Result<Precompiled, Error> {
    precompile_some(m, opts, &vec![true; m.funcs.len()])
}

/// [`precompile`] for the defined functions `f` with `keep[f]`; the others get no body (an
/// assembly must leave them out).
pub fn precompile_some(m: &Module, opts: &Options, keep: &[bool]) -> Result<Precompiled, Error> {
    if opts.verify_input {
        wasmir::verify_object(m)?;
    }
    let isa = crate::module::mid_end_isa(opts)?;
    let defined: Vec<FuncId> = defined(m).into_iter().filter(|f| keep[f.0 as usize]).collect();
    let mut bodies: Vec<Option<FuncBody>> = (0..m.funcs.len()).map(|_| None).collect();
    compile_into(m, &defined, isa.as_deref(), &mut bodies)?;
    Ok(gather(m, bodies))
}

/// Compiles the functions `fs` of `m` in parallel into `bodies` (indexed by function).
fn compile_into(m: &Module, fs: &[FuncId], isa: Option<&dyn TargetIsa>, bodies: &mut [Option<FuncBody>]) -> Result<(), Error> {
    let compiled: Vec<Result<FuncBody, Error>> = crate::module::pool().install(|| fs.par_iter().map(|&f| compile_one(m, m.func(f), f, isa)).collect());
    for (f, b) in fs.iter().zip(compiled) {
        bodies[f.0 as usize] = Some(b?);
    }
    Ok(())
}

/// [`precompile`] for a compiler that hands over each function as soon as it is built, while
/// it still declares others: the functions compile one at a time on the caller's thread
/// (overlapping the compiler's work on another), and [`Incremental::finish`] gathers them
/// with the final module's declarations. The result is the one [`precompile`] gives.
pub struct Incremental {
    /// Cranelift's mid-end runs under it; `None`: no optimisation.
    isa: Option<cranelift_codegen::isa::OwnedTargetIsa>,
    bodies: Vec<Option<FuncBody>>,
}

impl Incremental {
    pub fn new(opts: &Options) -> Result<Self, Error> {
        Ok(Incremental { isa: crate::module::mid_end_isa(opts)?, bodies: Vec::new() })
    }

    /// Compiles `f`, the body of function `fid`; `decls` must already declare every function
    /// and global it uses.
    pub fn compile(&mut self, decls: &dyn lower::Decls, f: &Function, fid: FuncId) -> Result<(), Error> {
        let body = compile_one(decls, f, fid, self.isa.as_deref())?;
        let i = fid.0 as usize;
        if self.bodies.len() <= i {
            self.bodies.resize_with(i + 1, || None);
        }
        self.bodies[i] = Some(body);
        Ok(())
    }

    /// The module's declarations with the bodies compiled so far; its defined functions that
    /// were not handed over (their bodies are in `m`) are compiled now, in parallel.
    pub fn finish(mut self, m: &Module) -> Result<Precompiled, Error> {
        self.bodies.resize_with(m.funcs.len(), || None);
        let rest: Vec<FuncId> = defined(m).into_iter().filter(|f| self.bodies[f.0 as usize].is_none()).collect();
        compile_into(m, &rest, self.isa.as_deref(), &mut self.bodies)?;
        Ok(gather(m, self.bodies))
    }
}

/// `m`'s declarations as a [`Precompiled`] without bodies: what a link needs to resolve names
/// before it knows which functions to compile. Its signature numbering is that of
/// [`precompile_some`]'s result.
pub fn declarations(m: &Module) -> Precompiled {
    gather(m, (0..m.funcs.len()).map(|_| None).collect())
}

/// The module's bodies (`None` for imports) as a [`Precompiled`]: signatures interned in
/// function order, then the bodies' `call_indirect` signatures, so the result does not depend
/// on which thread compiled what.
fn gather(m: &Module, mut bodies: Vec<Option<FuncBody>>) -> Precompiled {
    let mut sigs: Vec<Signature> = Vec::new();
    let mut index: HashMap<Signature, u32> = HashMap::default();
    let mut intern = |s: &Signature, sigs: &mut Vec<Signature>| -> u32 {
        *index.entry(s.clone()).or_insert_with(|| {
            sigs.push(s.clone());
            (sigs.len() - 1) as u32
        })
    };
    let func_sigs: Vec<u32> = m.funcs.iter().map(|f| intern(&f.sig, &mut sigs)).collect();
    for b in bodies.iter_mut().flatten() {
        let map: Vec<u32> = b.indirect_sigs.iter().map(|s| intern(s, &mut sigs)).collect();
        for r in b.relocs.iter_mut().filter(|r| r.kind == RelocKind::CallIndirect) {
            r.index = map[r.index as usize];
        }
        b.indirect_sigs.clear();
    }
    let funcs = m
        .funcs
        .iter()
        .zip(func_sigs)
        .zip(bodies)
        .map(|((f, sig), body)| PFunc { name: f.name.clone(), sig, import: f.import.clone(), export: f.export.clone(), body })
        .collect();
    Precompiled { name: m.name.clone(), funcs, globals: m.globals.clone(), sigs, files: m.files.clone() }
}

/// What a `global.get` of a precompiled module's global becomes in the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GlobalUse {
    /// The output's global with this index.
    Global(u32),
    /// This constant (an address fixed by the link); the global must be read-only.
    Const(i32),
}

/// A table of the output (function indices are the output's).
#[derive(Clone, Debug, Default)]
pub struct TableOut {
    pub min: u32,
    pub max: Option<u32>,
    pub elems: Vec<(u32, Vec<u32>)>,
}

/// Everything [`assemble`] needs beyond the bodies: which functions go where, what each
/// global becomes, and the module-level items the link decided.
pub struct Assembly<'a> {
    /// The output's module name (name section).
    pub name: &'a str,
    pub parts: &'a [Precompiled],
    /// Imported functions in index order: (part, function), whose [`PFunc::import`] says
    /// what is imported.
    pub imports: Vec<(usize, u32)>,
    /// Defined functions in index order (after the imports): (part, function).
    pub defined: Vec<(usize, u32)>,
    /// Per part, per function: its index in the output (`u32::MAX`: not in the output, and no
    /// body in the output refers to it).
    pub func_index: Vec<Vec<u32>>,
    /// Per part, per global.
    pub global_use: Vec<Vec<GlobalUse>>,
    /// The output's globals.
    pub globals: Vec<Global>,
    pub tables: Vec<TableOut>,
    /// Exported as `memory` when present.
    pub memory: Option<Memory>,
    /// (export name, output function index).
    pub exports: Vec<(String, u32)>,
    pub data: Vec<Data>,
    /// Emit DWARF line info from the bodies' source locations.
    pub debug_info: bool,
}

/// A body with its relocation sites filled in: code, and line info moved to the new offsets.
fn relocate(a: &Assembly<'_>, part: usize, body: &FuncBody, types: &[Vec<u32>]) -> Result<(Vec<u8>, Vec<(u32, SrcLoc)>), Error> {
    let mut code = Vec::with_capacity(body.code.len());
    let mut lines = Vec::with_capacity(body.lines.len());
    let mut line = body.lines.iter().peekable();
    let mut at = 0usize;
    let mut shift = 0usize;
    let fidx = |i: u32| -> Result<u32, Error> {
        match a.func_index[part].get(i as usize) {
            Some(&x) if x != u32::MAX => Ok(x),
            _ => Err(Error::Internal(format!("{}: body refers to function {i}, which is not in the output", a.parts[part].name))),
        }
    };
    for r in &body.relocs {
        let off = r.offset as usize;
        while let Some((o, l)) = line.next_if(|(o, _)| (*o as usize) <= off) {
            lines.push((*o - shift as u32, *l));
        }
        code.extend_from_slice(&body.code[at..off]);
        let before = code.len();
        // The opcode again, then the index at its minimal length (a `call_indirect`'s table
        // index follows in the copied code).
        let op = r.kind.opcode();
        match r.kind {
            RelocKind::Call | RelocKind::RefFunc => {
                code.push(op);
                fidx(r.index)?.encode(&mut code);
            }
            RelocKind::CallIndirect => {
                code.push(op);
                types[part][r.index as usize].encode(&mut code);
            }
            RelocKind::GlobalGet | RelocKind::GlobalSet => match a.global_use[part][r.index as usize] {
                GlobalUse::Global(g) => {
                    code.push(op);
                    g.encode(&mut code);
                }
                GlobalUse::Const(c) if r.kind == RelocKind::GlobalGet => wasm_encoder::Instruction::I32Const(c).encode(&mut code),
                GlobalUse::Const(_) => return Err(Error::Internal(format!("{}: write to the constant global {}", a.parts[part].name, r.index))),
            },
        }
        shift += SITE_LEN - (code.len() - before);
        at = off + SITE_LEN;
    }
    code.extend_from_slice(&body.code[at..]);
    lines.extend(line.map(|(o, l)| (*o - shift as u32, *l)));
    Ok((code, lines))
}

/// Writes the output module: the precompiled bodies of [`Assembly::defined`], relocated,
/// with the sections the assembly describes.
pub fn assemble(a: &Assembly<'_>) -> Result<Vec<u8>, Error> {
    let body = |(p, f): (usize, u32)| -> Result<&FuncBody, Error> {
        a.parts[p].funcs[f as usize].body.as_ref().ok_or_else(|| Error::Internal(format!("{}: function {f} has no body", a.parts[p].name)))
    };
    // Types: the signatures the output uses, in (part, signature) order.
    let mut used: Vec<Vec<bool>> = a.parts.iter().map(|p| vec![false; p.sigs.len()]).collect();
    let mut ref_funcs = Vec::new();
    for &(p, f) in a.imports.iter().chain(&a.defined) {
        used[p][a.parts[p].funcs[f as usize].sig as usize] = true;
    }
    for &(p, f) in &a.defined {
        for r in &body((p, f))?.relocs {
            match r.kind {
                RelocKind::CallIndirect => used[p][r.index as usize] = true,
                RelocKind::RefFunc => ref_funcs.push(a.func_index[p][r.index as usize]),
                _ => {}
            }
        }
    }
    let mut types: Vec<&Signature> = Vec::new();
    let mut type_of: HashMap<&Signature, u32> = HashMap::default();
    let mut part_types: Vec<Vec<u32>> = Vec::with_capacity(a.parts.len());
    for (p, part) in a.parts.iter().enumerate() {
        part_types.push(
            part.sigs
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    if !used[p][i] {
                        return u32::MAX;
                    }
                    *type_of.entry(s).or_insert_with(|| {
                        types.push(s);
                        types.len() as u32 - 1
                    })
                })
                .collect(),
        );
    }
    let sig_of = |(p, f): (usize, u32)| part_types[p][a.parts[p].funcs[f as usize].sig as usize];
    // Bodies relocate independently: on all cores.
    let relocated: Vec<Result<(Vec<u8>, Vec<(u32, SrcLoc)>), Error>> =
        crate::module::pool().install(|| a.defined.par_iter().map(|&(p, f)| relocate(a, p, body((p, f))?, &part_types)).collect());

    let mut module = wasm_encoder::Module::new();
    let mut ts = TypeSection::new();
    for s in &types {
        ts.ty().function(s.params.iter().map(|t| crate::direct::val_type(*t)), s.results.iter().map(|t| crate::direct::val_type(*t)));
    }
    module.section(&ts);
    if !a.imports.is_empty() {
        let mut is = ImportSection::new();
        for &(p, f) in &a.imports {
            let func = &a.parts[p].funcs[f as usize];
            let imp = func.import.as_ref().ok_or_else(|| Error::Internal(format!("`{}` is not an import", func.name)))?;
            is.import(&imp.module, &imp.field, EntityType::Function(sig_of((p, f))));
        }
        module.section(&is);
    }
    let mut fs = FunctionSection::new();
    for &pf in &a.defined {
        fs.function(sig_of(pf));
    }
    module.section(&fs);
    if !a.tables.is_empty() {
        let mut tsec = TableSection::new();
        for t in &a.tables {
            tsec.table(TableType { element_type: RefType::FUNCREF, minimum: t.min as u64, maximum: t.max.map(u64::from), table64: false, shared: false });
        }
        module.section(&tsec);
    }
    if let Some(mem) = a.memory {
        let mut ms = MemorySection::new();
        ms.memory(MemoryType { minimum: mem.min as u64, maximum: mem.max.map(u64::from), memory64: false, shared: false, page_size_log2: None });
        module.section(&ms);
    }
    if !a.globals.is_empty() {
        let mut gs = GlobalSection::new();
        for g in &a.globals {
            gs.global(GlobalType { val_type: crate::direct::val_type(g.ty), mutable: g.mutable, shared: false }, &const_expr(g.init));
        }
        module.section(&gs);
    }
    let mut es = ExportSection::new();
    for (name, f) in &a.exports {
        es.export(name, ExportKind::Func, *f);
    }
    if a.memory.is_some() {
        es.export("memory", ExportKind::Memory, 0);
    }
    module.section(&es);
    if a.tables.iter().any(|t| !t.elems.is_empty()) || !ref_funcs.is_empty() {
        let mut el = ElementSection::new();
        for (ti, t) in a.tables.iter().enumerate() {
            for (off, funcs) in &t.elems {
                el.active(Some(ti as u32), &ConstExpr::i32_const(*off as i32), Elements::Functions(funcs.as_slice().into()));
            }
        }
        if !ref_funcs.is_empty() {
            ref_funcs.sort_unstable();
            ref_funcs.dedup();
            el.declared(Elements::Functions(ref_funcs.into()));
        }
        module.section(&el);
    }
    // Code: one section built at its final size (the bodies are most of the output), each
    // body's offset within it kept for DWARF.
    let relocated: Vec<(Vec<u8>, Vec<(u32, SrcLoc)>)> = relocated.into_iter().collect::<Result<_, _>>()?;
    let headers: Vec<Vec<u8>> = a.defined.iter().map(|&pf| Ok(WasmFunction::new_with_locals_types(body(pf)?.locals.iter().copied()).into_raw_body())).collect::<Result<_, Error>>()?;
    let size = 5 + headers.iter().zip(&relocated).map(|(h, (b, _))| 5 + h.len() + b.len()).sum::<usize>();
    let mut code = Vec::with_capacity(size);
    (a.defined.len() as u32).encode(&mut code);
    let mut fn_ranges = Vec::with_capacity(a.defined.len());
    for (h, (bytes, _)) in headers.iter().zip(&relocated) {
        let body_len = h.len() + bytes.len();
        (body_len as u32).encode(&mut code);
        fn_ranges.push((code.len(), h.len(), body_len));
        code.extend_from_slice(h);
        code.extend_from_slice(bytes);
    }
    module.section(&wasm_encoder::RawSection { id: wasm_encoder::SectionId::Code as u8, data: &code });
    if !a.data.is_empty() {
        let mut ds = DataSection::new();
        for d in &a.data {
            ds.active(0, &ConstExpr::i32_const(d.offset as i32), d.bytes.iter().copied());
        }
        module.section(&ds);
    }
    // The line tables and the function names side by side.
    let dwarf = || -> Result<Vec<(String, Vec<u8>)>, Error> {
        if !a.debug_info {
            return Ok(vec![]);
        }
        // One file table for all parts: each part's files at a base.
        let mut files: Vec<&str> = Vec::new();
        let mut base = Vec::with_capacity(a.parts.len());
        for p in a.parts {
            base.push(files.len() as u32);
            files.extend(p.files.iter().map(String::as_str));
        }
        let lines: Vec<Vec<(u32, SrcLoc)>> = a
            .defined
            .iter()
            .zip(&relocated)
            .map(|(&(p, _), (_, ls))| {
                let n = a.parts[p].files.len() as u32;
                ls.iter().map(|&(o, l)| (o, SrcLoc { file: if l.file < n { l.file + base[p] } else { u32::MAX }, ..l })).collect()
            })
            .collect();
        crate::module::dwarf::line_sections(a.name, &files, &lines, &fn_ranges)
    };
    let names = || {
        let mut names = NameSection::new();
        names.module(a.name);
        let mut fnames = NameMap::new();
        for (i, &(p, f)) in a.imports.iter().chain(&a.defined).enumerate() {
            fnames.append(i as u32, &a.parts[p].funcs[f as usize].name);
        }
        names.functions(&fnames);
        names
    };
    let (dwarf, names) = crate::module::pool().install(|| rayon::join(dwarf, names));
    for (name, data) in dwarf? {
        module.section(&wasm_encoder::CustomSection { name: name.into(), data: data.into() });
    }
    module.section(&names);
    Ok(module.finish())
}

// ---- serialisation ------------------------------------------------------------------------
//
// A compact binary form for object files: LEB128 numbers, length-prefixed strings. Read back
// with the checks a file from disk needs (every index is bounds-checked when used).

struct Writer(Vec<u8>);

impl Writer {
    fn u32(&mut self, v: u32) {
        crate::structure::push_uleb(&mut self.0, v.into());
    }
    fn u64(&mut self, v: u64) {
        crate::structure::push_uleb(&mut self.0, v);
    }
    /// Length-prefixed, as `wasm_encoder` writes a byte vector.
    fn bytes(&mut self, b: &[u8]) {
        self.u32(b.len() as u32);
        self.0.extend_from_slice(b);
    }
    fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }
    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => {
                self.0.push(1);
                self.str(s);
            }
            None => self.0.push(0),
        }
    }
    fn ty(&mut self, t: Type) {
        self.0.push(match t {
            Type::I32 => 0,
            Type::I64 => 1,
            Type::F32 => 2,
            Type::F64 => 3,
            Type::V128 => 4,
            Type::ExternRef => 5,
            Type::FuncRef => 6,
        });
    }
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

fn bad(what: &str) -> Error {
    Error::Internal(format!("malformed precompiled module: {what}"))
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, Error> {
        let b = *self.b.get(self.at).ok_or_else(|| bad("unexpected end"))?;
        self.at += 1;
        Ok(b)
    }
    fn u64(&mut self) -> Result<u64, Error> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(bad("number too long"))
    }
    fn u32(&mut self) -> Result<u32, Error> {
        u32::try_from(self.u64()?).map_err(|_| bad("number out of range"))
    }
    fn bytes(&mut self) -> Result<&'a [u8], Error> {
        let n = self.u32()? as usize;
        let s = self.b.get(self.at..self.at + n).ok_or_else(|| bad("unexpected end"))?;
        self.at += n;
        Ok(s)
    }
    fn str(&mut self) -> Result<String, Error> {
        std::str::from_utf8(self.bytes()?).map(str::to_string).map_err(|_| bad("name is not UTF-8"))
    }
    fn ty(&mut self) -> Result<Type, Error> {
        Ok(match self.byte()? {
            0 => Type::I32,
            1 => Type::I64,
            2 => Type::F32,
            3 => Type::F64,
            4 => Type::V128,
            5 => Type::ExternRef,
            6 => Type::FuncRef,
            _ => return Err(bad("unknown type")),
        })
    }
    fn count(&mut self) -> Result<usize, Error> {
        let n = self.u32()? as usize;
        // Every item takes at least a byte: a corrupt count cannot allocate past the input.
        if n > self.b.len() - self.at {
            return Err(bad("count larger than the input"));
        }
        Ok(n)
    }
}

const LOCAL_TYPES: [(ValType, u8); 7] =
    [(ValType::I32, 0), (ValType::I64, 1), (ValType::F32, 2), (ValType::F64, 3), (ValType::V128, 4), (ValType::EXTERNREF, 5), (ValType::FUNCREF, 6)];

/// The module name at the start of a precompiled module's binary form (for messages).
pub fn module_name(bytes: &[u8]) -> Option<String> {
    Reader { b: bytes, at: 0 }.str().ok()
}

impl Precompiled {
    /// The binary form (what an object file carries).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer(Vec::with_capacity(self.funcs.iter().map(|f| f.name.len() + f.body.as_ref().map_or(0, |b| b.code.len() + 4 * b.relocs.len() + 6 * b.lines.len())).sum::<usize>() + 1024));
        w.str(&self.name);
        w.u32(self.files.len() as u32);
        for f in &self.files {
            w.str(f);
        }
        w.u32(self.sigs.len() as u32);
        for s in &self.sigs {
            w.u32(s.params.len() as u32);
            s.params.iter().for_each(|t| w.ty(*t));
            w.u32(s.results.len() as u32);
            s.results.iter().for_each(|t| w.ty(*t));
        }
        w.u32(self.globals.len() as u32);
        for g in &self.globals {
            w.str(&g.name);
            w.ty(g.ty);
            w.0.push(g.mutable as u8);
            match g.init {
                Const::I32(x) => w.u64(x as u32 as u64),
                Const::I64(x) => w.u64(x as u64),
                Const::F32(x) => w.u64(x as u64),
                Const::F64(x) => w.u64(x),
                Const::V128(x) => {
                    w.u64(x as u64);
                    w.u64((x >> 64) as u64);
                }
            }
        }
        w.u32(self.funcs.len() as u32);
        for f in &self.funcs {
            w.str(&f.name);
            w.u32(f.sig);
            // An import's field and an export are mostly the function's own name (its symbol):
            // tag 2 says so instead of repeating it (names are half of a crate's section).
            match &f.import {
                Some(i) => {
                    let own_name = i.field == f.name;
                    w.0.push(if own_name { 2 } else { 1 });
                    w.str(&i.module);
                    if !own_name {
                        w.str(&i.field);
                    }
                }
                None => w.0.push(0),
            }
            match f.export.as_deref() {
                Some(e) if e == f.name => w.0.push(2),
                e => w.opt_str(e),
            }
            let Some(b) = &f.body else {
                w.0.push(0);
                continue;
            };
            w.0.push(1);
            w.u32(b.locals.len() as u32);
            for l in &b.locals {
                w.0.push(LOCAL_TYPES.iter().find(|(t, _)| t == l).map_or(0xff, |(_, c)| *c));
            }
            w.bytes(&b.code);
            // Sites are in code order and have their opcode in the code: offsets as deltas.
            w.u32(b.relocs.len() as u32);
            let mut last = 0;
            for r in &b.relocs {
                w.u32(r.offset - last);
                w.u32(r.index);
                last = r.offset;
            }
            w.u32(b.lines.len() as u32);
            let mut last = 0;
            for (o, l) in &b.lines {
                w.u32(o - last);
                w.u32(l.file);
                w.u32(l.line);
                w.u32(l.col);
                last = *o;
            }
        }
        w.0
    }

    /// Reads the binary form back.
    pub fn from_bytes(bytes: &[u8]) -> Result<Precompiled, Error> {
        let mut r = Reader { b: bytes, at: 0 };
        let name = r.str()?;
        let files = (0..r.count()?).map(|_| r.str()).collect::<Result<_, _>>()?;
        let mut sigs = Vec::new();
        for _ in 0..r.count()? {
            let params = (0..r.count()?).map(|_| r.ty()).collect::<Result<_, _>>()?;
            let results = (0..r.count()?).map(|_| r.ty()).collect::<Result<_, _>>()?;
            sigs.push(Signature { params, results });
        }
        let mut globals = Vec::new();
        for _ in 0..r.count()? {
            let name = r.str()?;
            let ty = r.ty()?;
            let mutable = r.byte()? != 0;
            let init = match ty {
                Type::I32 => Const::I32(r.u64()? as u32 as i32),
                Type::I64 => Const::I64(r.u64()? as i64),
                Type::F32 => Const::F32(r.u64()? as u32),
                Type::F64 => Const::F64(r.u64()?),
                Type::V128 => {
                    let lo = r.u64()? as u128;
                    Const::V128(lo | (r.u64()? as u128) << 64)
                }
                _ => return Err(bad("reference-typed global")),
            };
            globals.push(Global { name, ty, mutable, init });
        }
        let nfuncs = r.count()?;
        let mut funcs = Vec::with_capacity(nfuncs);
        for _ in 0..nfuncs {
            let name = r.str()?;
            let sig = r.u32()?;
            if sig as usize >= sigs.len() {
                return Err(bad("signature index out of range"));
            }
            let import = match r.byte()? {
                0 => None,
                1 => Some(Import { module: r.str()?, field: r.str()? }),
                2 => Some(Import { module: r.str()?, field: name.clone() }),
                _ => return Err(bad("unknown import tag")),
            };
            let export = match r.byte()? {
                0 => None,
                1 => Some(r.str()?),
                2 => Some(name.clone()),
                _ => return Err(bad("unknown export tag")),
            };
            let body = if r.byte()? == 1 {
                let locals = (0..r.count()?)
                    .map(|_| {
                        let c = r.byte()?;
                        LOCAL_TYPES.iter().find(|(_, x)| *x == c).map(|(t, _)| *t).ok_or_else(|| bad("unknown local type"))
                    })
                    .collect::<Result<_, _>>()?;
                let code = r.bytes()?.to_vec();
                let mut relocs = Vec::new();
                let mut last = 0u32;
                for _ in 0..r.count()? {
                    let offset = last.checked_add(r.u32()?).ok_or_else(|| bad("relocation offset"))?;
                    let index = r.u32()?;
                    if offset as usize + SITE_LEN > code.len() || (!relocs.is_empty() && offset < last + SITE_LEN as u32) {
                        return Err(bad("relocation outside the body"));
                    }
                    let kind = RelocKind::from_opcode(code[offset as usize]).ok_or_else(|| bad("relocation at an unknown opcode"))?;
                    let limit = match kind {
                        RelocKind::Call | RelocKind::RefFunc => nfuncs,
                        RelocKind::CallIndirect => sigs.len(),
                        RelocKind::GlobalGet | RelocKind::GlobalSet => globals.len(),
                    };
                    if index as usize >= limit {
                        return Err(bad("relocation index out of range"));
                    }
                    relocs.push(Reloc { offset, kind, index });
                    last = offset;
                }
                let mut lines = Vec::new();
                let mut last = 0u32;
                for _ in 0..r.count()? {
                    let o = last.checked_add(r.u32()?).ok_or_else(|| bad("line offset"))?;
                    lines.push((o, SrcLoc { file: r.u32()?, line: r.u32()?, col: r.u32()? }));
                    last = o;
                }
                Some(FuncBody { locals, code, lines, relocs, indirect_sigs: vec![] })
            } else {
                None
            };
            funcs.push(PFunc { name, sig, import, export, body });
        }
        if r.at != bytes.len() {
            return Err(bad("trailing bytes"));
        }
        Ok(Precompiled { name, funcs, globals, sigs, files })
    }
}
