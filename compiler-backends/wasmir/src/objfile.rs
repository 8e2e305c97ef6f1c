//! Lifting relocatable wasm object files (what clang and LLVM emit for wasm32, e.g. wasi-libc's
//! `libc.a` members and `crt1-command.o`) into WasmIR, so the WasmIR link step can consume C
//! code. The object format is the one of
//! <https://github.com/WebAssembly/tool-conventions/blob/main/Linking.md>: a wasm module whose
//! `linking` section holds the symbol table and whose `reloc.CODE` / `reloc.DATA` sections say
//! which immediates and data words are addresses.
//!
//! What comes out uses the conventions of `rustc_codegen_wasmir`'s objects:
//!
//! * the address of data object `X` is `global.get $"@addr:X"`, the table slot of function `F`
//!   is `global.get $"@fn:F"` (immutable `i32` globals the link step fills in);
//! * the shadow stack pointer is the mutable global `__stack_pointer`; `call_indirect` goes
//!   through the table `__indirect_function_table`;
//! * functions of other objects are imports `"wasmir" "NAME"` (resolved by name when merging);
//!   functions the object imports from a host module (`wasi_snapshot_preview1.fd_write`) stay
//!   imports of that module;
//! * every data segment becomes one [`LiftedData`] with its relocations; symbols inside a
//!   segment are [`DataAlias`]es;
//! * local (`static`) symbols and segments are renamed `"{unit}:{name}"` so several objects
//!   merge without clashes.
//!
//! The lifted module has no memory (the link step adds one); to verify a lifted module on its
//! own, give it one first.
//!
//! Function bodies go from the stack machine to SSA directly: every WasmIR block made for a
//! wasm label takes the locals the function writes plus the values the label carries as block
//! parameters, and each branch passes their current values; parameters that always receive
//! the same value are then removed. Supported: the MVP instruction set, sign extension,
//! saturating float-to-int conversion, `memory.copy` / `memory.fill` (calls of the link step's
//! `__wasmir_memmove` / `__wasmir_memset`), and position-independent code's `GOT.*` globals
//! and `*_REL_SLEB` relocations (taking `__memory_base` = `__table_base` = 0). Anything else
//! (SIMD, atomics, thread-local data, reference types, multi-value blocks and functions, tail
//! calls, exceptions, 64-bit memory) is an error `not supported yet: ...`, never wrong code.

use crate::builder::{FunctionBuilder, ModuleBuilder};
use crate::ir::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeMap;
use wasmparser::{
    BlockType, CompositeInnerType, DataKind, FunctionBody, KnownCustom, Linking, Operator, Parser, Payload, RelocationType as R,
    SegmentFlags, SymbolFlags, SymbolInfo, TypeRef, ValType,
};

/// Prefix of the globals holding data addresses.
pub const ADDR_PREFIX: &str = "@addr:";
/// Prefix of the globals holding function table slots.
pub const FN_PREFIX: &str = "@fn:";
/// The shadow stack pointer global.
pub const STACK_POINTER: &str = "__stack_pointer";
/// The table every `call_indirect` goes through.
pub const TABLE_NAME: &str = "__indirect_function_table";
/// Import module of functions resolved by name at link time.
pub const INTERNAL_MODULE: &str = "wasmir";

/// Why an object could not be lifted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ObjError {
    /// Valid input using something this lifter does not handle (yet).
    #[error("not supported yet: {0}")]
    Unsupported(String),
    /// Malformed input.
    #[error("{0}")]
    Invalid(String),
}

/// One object file lifted to WasmIR.
#[derive(Clone, Debug)]
pub struct LiftedObject {
    /// Lifted functions (those the object defines, plus thunks for function aliases) and
    /// imports (functions of other objects and of the host), globals and the table.
    pub module: Module,
    /// One data object per data segment.
    pub data: Vec<LiftedData>,
    /// Data symbols that live inside a segment object at an offset.
    pub aliases: Vec<DataAlias>,
    /// `(priority, function name)` of the object's constructors (`INIT_FUNCS`).
    pub init_funcs: Vec<(u32, String)>,
    /// Global (non-local) function and data symbols the object defines, weak ones included.
    pub defined: Vec<String>,
    /// Function and data symbols it needs from other objects (weak references and functions
    /// the host provides excluded).
    pub undefined: Vec<String>,
    /// The subset of `defined` that is weak: a strong definition elsewhere wins (turn the
    /// function into an import with [`LiftedObject::drop_definition`], drop the data object).
    pub weak_defined: Vec<String>,
    /// Weak references: a null address / trap when nothing defines them.
    pub weak_undefined: Vec<String>,
}

/// A data object: one data segment with the pointers stored in it.
#[derive(Clone, Debug, PartialEq)]
pub struct LiftedData {
    pub name: String,
    /// Alignment in bytes.
    pub align: u64,
    /// Whether the program may write it (false for `.rodata*` segments).
    pub mutable: bool,
    /// Contents (zeros for `.bss` segments).
    pub bytes: Vec<u8>,
    /// `(offset, target)`: a 32-bit little-endian pointer stored at `offset`.
    pub relocs: Vec<(u32, LiftedReloc)>,
}

/// What a pointer stored in data points at.
#[derive(Clone, Debug, PartialEq)]
pub enum LiftedReloc {
    /// The address of data object (or alias) `name`, plus `addend`.
    Data { name: String, addend: i64 },
    /// The table slot of function `name`.
    Func { name: String },
}

/// Data symbol `name` is at `offset` in data object `target`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataAlias {
    pub name: String,
    pub target: String,
    pub offset: u32,
}

impl LiftedObject {
    /// Turns the definition of function `name` into an import resolved by name (for a weak
    /// definition that a strong one elsewhere overrides). Returns whether it was defined here.
    pub fn drop_definition(&mut self, name: &str) -> bool {
        match self.module.funcs.iter_mut().find(|f| f.name == name && f.import.is_none()) {
            Some(f) => {
                f.import = Some(Import { module: INTERNAL_MODULE.into(), field: name.into() });
                f.blocks.clear();
                f.values.clear();
                true
            }
            None => false,
        }
    }
}

type Res<T> = Result<T, ObjError>;

fn invalid(unit: &str, e: impl std::fmt::Display) -> ObjError {
    ObjError::Invalid(format!("{unit}: invalid object: {e}"))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SymKind {
    Func,
    Data,
    Global,
    Other,
}

/// A symbol table entry, names resolved.
#[derive(Clone, Debug)]
struct Sym {
    kind: SymKind,
    /// The name in the object (for undefined functions/globals without an explicit name: the
    /// import field).
    name: String,
    flags: SymbolFlags,
    /// Function / global index, or data segment index.
    index: u32,
    /// For defined data: offset and size within the segment.
    offset: u32,
    size: u32,
}

impl Sym {
    fn defined(&self) -> bool {
        !self.flags.contains(SymbolFlags::UNDEFINED)
    }
    fn local(&self) -> bool {
        self.flags.contains(SymbolFlags::BINDING_LOCAL)
    }
    fn weak(&self) -> bool {
        self.flags.contains(SymbolFlags::BINDING_WEAK)
    }
}

type GlobalInfo = (Option<(String, String)>, Type, bool, Const);

struct FuncImport {
    module: String,
    field: String,
    ty: u32,
}

/// The parts of an object file the lifter reads.
#[derive(Default)]
struct Obj<'a> {
    types: Vec<Option<Signature>>,
    func_imports: Vec<FuncImport>,
    /// `(import module and field or None, type, mutable, init)` per global index.
    globals: Vec<GlobalInfo>,
    has_table: bool,
    func_types: Vec<u32>,
    bodies: Vec<FunctionBody<'a>>,
    code_start: usize,
    data_start: usize,
    /// `(file offset of the bytes, bytes)` per segment.
    segments: Vec<(usize, &'a [u8])>,
    seg_info: Vec<(String, u32, SegmentFlags)>,
    syms: Vec<Sym>,
    init_funcs: Vec<(u32, u32)>,
    code_relocs: BTreeMap<usize, Vec<(R, u32, i64)>>,
    data_relocs: Vec<(usize, R, u32, i64)>,
}

fn val_type(t: ValType) -> Option<Type> {
    Some(match t {
        ValType::I32 => Type::I32,
        ValType::I64 => Type::I64,
        ValType::F32 => Type::F32,
        ValType::F64 => Type::F64,
        _ => return None,
    })
}

fn zero(t: Type) -> Const {
    match t {
        Type::I64 => Const::I64(0),
        Type::F32 => Const::F32(0),
        Type::F64 => Const::F64(0),
        _ => Const::I32(0),
    }
}

/// Reads an object; with `symbols_only`, only what the symbol table needs.
fn read_obj<'a>(bytes: &'a [u8], unit: &str, symbols_only: bool) -> Res<Obj<'a>> {
    let inv = |e: wasmparser::BinaryReaderError| invalid(unit, e);
    let unsup = |what: &str| ObjError::Unsupported(format!("{what} ({unit})"));
    let mut o = Obj::default();
    let mut linking_seen = false;
    for payload in Parser::new(0).parse_all(bytes) {
        match payload.map_err(inv)? {
            Payload::ImportSection(r) => {
                for imp in r.into_imports() {
                    let imp = imp.map_err(inv)?;
                    match imp.ty {
                        TypeRef::Func(ty) => o.func_imports.push(FuncImport { module: imp.module.into(), field: imp.name.into(), ty }),
                        TypeRef::Global(g) => {
                            let t = val_type(g.content_type).ok_or_else(|| unsup(&format!("global import {} of type {:?}", imp.name, g.content_type)))?;
                            o.globals.push((Some((imp.module.into(), imp.name.into())), t, g.mutable, zero(t)));
                        }
                        TypeRef::Memory(m) if m.memory64 => return Err(unsup("64-bit memory")),
                        TypeRef::Memory(_) => {}
                        TypeRef::Table(_) => o.has_table = true,
                        _ => return Err(unsup(&format!("import {}.{} of kind {:?}", imp.module, imp.name, imp.ty))),
                    }
                }
            }
            Payload::CustomSection(c) if c.name() == "linking" => {
                linking_seen = true;
                let KnownCustom::Linking(l) = c.as_known() else { return Err(invalid(unit, "unreadable linking section")) };
                if l.version() != 2 {
                    return Err(unsup(&format!("linking section version {}", l.version())));
                }
                for sub in l.subsections() {
                    match sub.map_err(inv)? {
                        Linking::SymbolTable(map) => {
                            for s in map {
                                o.syms.push(match s.map_err(inv)? {
                                    SymbolInfo::Func { flags, index, name } => Sym { kind: SymKind::Func, name: name.unwrap_or("").into(), flags, index, offset: 0, size: 0 },
                                    SymbolInfo::Global { flags, index, name } => Sym { kind: SymKind::Global, name: name.unwrap_or("").into(), flags, index, offset: 0, size: 0 },
                                    SymbolInfo::Data { flags, name, symbol } => {
                                        let d = symbol.map(|d| (d.index, d.offset, d.size)).unwrap_or((0, 0, 0));
                                        Sym { kind: SymKind::Data, name: name.into(), flags, index: d.0, offset: d.1, size: d.2 }
                                    }
                                    SymbolInfo::Section { flags, section } => Sym { kind: SymKind::Other, name: String::new(), flags, index: section, offset: 0, size: 0 },
                                    SymbolInfo::Event { flags, index, name } | SymbolInfo::Table { flags, index, name } => {
                                        Sym { kind: SymKind::Other, name: name.unwrap_or("").into(), flags, index, offset: 0, size: 0 }
                                    }
                                });
                            }
                        }
                        Linking::SegmentInfo(map) => {
                            for s in map {
                                let s = s.map_err(inv)?;
                                o.seg_info.push((s.name.into(), s.alignment, s.flags));
                            }
                        }
                        Linking::InitFuncs(map) => {
                            for f in map {
                                let f = f.map_err(inv)?;
                                o.init_funcs.push((f.priority, f.symbol_index));
                            }
                        }
                        Linking::ComdatInfo(_) | Linking::Unknown { .. } => {}
                    }
                }
            }
            _ if symbols_only => {}
            Payload::TypeSection(r) => {
                for group in r {
                    for st in group.map_err(inv)?.into_types() {
                        o.types.push(match &st.composite_type.inner {
                            CompositeInnerType::Func(ft) => {
                                let p: Option<Vec<Type>> = ft.params().iter().map(|t| val_type(*t)).collect();
                                let r: Option<Vec<Type>> = ft.results().iter().map(|t| val_type(*t)).collect();
                                match (p, r) {
                                    (Some(params), Some(results)) if results.len() <= 1 => Some(Signature { params, results }),
                                    _ => None, // an error where it is used
                                }
                            }
                            _ => None,
                        });
                    }
                }
            }
            Payload::FunctionSection(r) => {
                for t in r {
                    o.func_types.push(t.map_err(inv)?);
                }
            }
            Payload::GlobalSection(r) => {
                for g in r {
                    let g = g.map_err(inv)?;
                    let t = val_type(g.ty.content_type).ok_or_else(|| unsup("global of a reference or vector type"))?;
                    let mut ops = g.init_expr.get_operators_reader();
                    let init = match ops.read().map_err(inv)? {
                        Operator::I32Const { value } => Const::I32(value),
                        Operator::I64Const { value } => Const::I64(value),
                        Operator::F32Const { value } => Const::F32(value.bits()),
                        Operator::F64Const { value } => Const::F64(value.bits()),
                        op => return Err(unsup(&format!("global initialiser {op:?}"))),
                    };
                    o.globals.push((None, t, g.ty.mutable, init));
                }
            }
            Payload::TableSection(_) => o.has_table = true,
            Payload::CodeSectionStart { range, .. } => o.code_start = range.start,
            Payload::CodeSectionEntry(body) => o.bodies.push(body),
            Payload::DataSection(r) => {
                o.data_start = r.range().start;
                for d in r {
                    let d = d.map_err(inv)?;
                    if !matches!(d.kind, DataKind::Active { memory_index: 0, .. }) {
                        return Err(unsup("passive data segment"));
                    }
                    o.segments.push((d.data.as_ptr() as usize - bytes.as_ptr() as usize, d.data));
                }
            }
            Payload::CustomSection(c) if c.name() == "reloc.CODE" || c.name() == "reloc.DATA" => {
                let KnownCustom::Reloc(r) = c.as_known() else { return Err(invalid(unit, "unreadable relocation section")) };
                for e in r.entries() {
                    let e = e.map_err(inv)?;
                    if c.name() == "reloc.CODE" {
                        o.code_relocs.entry(e.offset as usize).or_default().push((e.ty, e.index, e.addend));
                    } else {
                        o.data_relocs.push((e.offset as usize, e.ty, e.index, e.addend));
                    }
                }
            }
            Payload::StartSection { .. } => return Err(unsup("start function")),
            // Objects list their address-taken functions in an element segment; the slots
            // themselves come from the table-index relocations.
            Payload::ElementSection(_) => {}
            Payload::TagSection(_) => return Err(unsup("exception tags")),
            _ => {}
        }
    }
    if !linking_seen {
        return Err(invalid(unit, "no `linking` section (not a relocatable object)"));
    }
    // Names of undefined functions and globals without an explicit name come from the import.
    let nglobal_imports = o.globals.iter().filter(|g| g.0.is_some()).count();
    for s in &mut o.syms {
        if s.name.is_empty() && !s.defined() {
            match s.kind {
                SymKind::Func => s.name = o.func_imports.get(s.index as usize).map(|i| i.field.clone()).unwrap_or_default(),
                SymKind::Global if (s.index as usize) < nglobal_imports => s.name = o.globals[s.index as usize].0.clone().unwrap_or_default().1,
                _ => {}
            }
        }
        if s.flags.contains(SymbolFlags::TLS) {
            return Err(unsup(&format!("thread-local symbol `{}`", s.name)));
        }
        if s.flags.contains(SymbolFlags::ABSOLUTE) {
            return Err(unsup(&format!("absolute symbol `{}`", s.name)));
        }
    }
    Ok(o)
}

impl Obj<'_> {
    /// Whether an undefined function symbol is provided by the host (an import from a module
    /// other than `env`, or with an explicit `import_name` that differs from the symbol).
    fn host_import(&self, s: &Sym) -> bool {
        s.kind == SymKind::Func && !s.defined() && self.func_imports.get(s.index as usize).is_some_and(|i| i.module != "env" || i.field != s.name)
    }

    /// `(defined, weak defined, undefined, weak undefined)` global function and data symbols;
    /// host imports are not undefined.
    fn symbol_lists(&self) -> [Vec<String>; 4] {
        let mut l: [Vec<String>; 4] = Default::default();
        for s in self.syms.iter().filter(|s| matches!(s.kind, SymKind::Func | SymKind::Data) && !s.local() && !self.host_import(s)) {
            if s.defined() {
                l[0].push(s.name.clone());
            }
            let k = match (s.defined(), s.weak()) {
                (true, true) => 1,
                (false, false) => 2,
                (false, true) => 3,
                (true, false) => continue,
            };
            l[k].push(s.name.clone());
        }
        l
    }
}

/// Global function and data symbols an object defines (weak ones included); reads only the
/// symbol table (for indexing archives).
pub fn defined_symbols(bytes: &[u8]) -> Result<Vec<String>, ObjError> {
    Ok(member_symbols(bytes)?.defined)
}

/// What an archive member defines and needs, for [`select_members`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MemberSymbols {
    /// Global function and data symbols defined (weak ones included).
    pub defined: Vec<String>,
    /// Function and data symbols referenced but not defined (weak references excluded).
    pub undefined: Vec<String>,
}

/// Reads a member's symbol table (cheap: no code is lifted).
pub fn member_symbols(bytes: &[u8]) -> Result<MemberSymbols, ObjError> {
    let [defined, _, undefined, _] = read_obj(bytes, "object", true)?.symbol_lists();
    Ok(MemberSymbols { defined, undefined })
}

/// The members of an `ar` archive (such as `libc.a`): `(name, bytes)` in archive order.
pub fn archive_members(bytes: &[u8]) -> Result<Vec<(String, Vec<u8>)>, ObjError> {
    use std::io::Read;
    let mut a = ar::Archive::new(bytes);
    let mut out = Vec::new();
    while let Some(e) = a.next_entry() {
        let mut e = e.map_err(|e| ObjError::Invalid(format!("reading archive: {e}")))?;
        let name = String::from_utf8_lossy(e.header().identifier()).into_owned();
        let mut buf = Vec::new();
        e.read_to_end(&mut buf).map_err(|err| ObjError::Invalid(format!("reading archive member {name}: {err}")))?;
        out.push((name, buf));
    }
    Ok(out)
}

/// Classic archive member selection: starting from the symbols `initially_undefined`, pull
/// every member that defines a currently undefined symbol (weak definitions count), add what
/// it needs, and repeat until nothing changes. Returns the chosen members' indices in the
/// order they were pulled in.
pub fn select_members(members: &[MemberSymbols], initially_undefined: &[String]) -> Vec<usize> {
    let mut defined: HashSet<&str> = HashSet::default();
    let mut undefined: HashSet<&str> = initially_undefined.iter().map(|s| s.as_str()).collect();
    let mut chosen = Vec::new();
    let mut taken = vec![false; members.len()];
    loop {
        let mut changed = false;
        for (i, m) in members.iter().enumerate() {
            if taken[i] || !m.defined.iter().any(|s| undefined.contains(s.as_str())) {
                continue;
            }
            taken[i] = true;
            changed = true;
            chosen.push(i);
            for s in &m.defined {
                defined.insert(s);
                undefined.remove(s.as_str());
            }
            for s in &m.undefined {
                if !defined.contains(s.as_str()) {
                    undefined.insert(s);
                }
            }
        }
        if !changed {
            return chosen;
        }
    }
}

/// How code refers to a symbol.
#[derive(Clone, Debug)]
enum SymRef {
    Func(FuncId),
    /// Data object name plus offset.
    Data(String, u32),
    Global(GlobalId),
    None,
}

/// Lifts one relocatable wasm object. `unit` names it in local symbols and messages, e.g.
/// `libc.a(dlmalloc.o)`; it must be unique among the objects linked together.
pub fn lift_object(bytes: &[u8], unit: &str) -> Result<LiftedObject, ObjError> {
    let o = read_obj(bytes, unit, false)?;
    let unsup = |what: String| ObjError::Unsupported(format!("{what} ({unit})"));
    let local = |n: &str| format!("{unit}:{n}");
    let nimp = o.func_imports.len();
    if o.bodies.len() != o.func_types.len() {
        return Err(invalid(unit, "function and code sections disagree"));
    }
    let sig_of = |ty: u32, what: &str| -> Res<Signature> {
        match o.types.get(ty as usize) {
            Some(Some(s)) => Ok(s.clone()),
            Some(None) => Err(unsup(format!("signature of {what} (multiple results or non-numeric types)"))),
            None => Err(invalid(unit, format!("type index {ty} out of range"))),
        }
    };
    let mut mb = ModuleBuilder::new(unit);
    let mut used_names: HashSet<String> = HashSet::default();
    let mut unique = |name: String, sym: usize| -> String {
        if used_names.insert(name.clone()) {
            name
        } else {
            let n = format!("{name}#{sym}");
            used_names.insert(n.clone());
            n
        }
    };

    // Functions: imports (one per imported function), definitions, alias thunks.
    let mut func_name: Vec<Option<String>> = vec![None; nimp + o.func_types.len()];
    let mut aliases_f: Vec<(usize, String)> = Vec::new(); // (symbol, name) of extra names
    for (si, s) in o.syms.iter().enumerate().filter(|(_, s)| s.kind == SymKind::Func) {
        let name = if s.local() { local(&s.name) } else { s.name.clone() };
        match func_name.get_mut(s.index as usize) {
            None => return Err(invalid(unit, format!("symbol `{}` names function {} out of range", s.name, s.index))),
            Some(slot @ None) => *slot = Some(unique(name, si)),
            // A second name of a defined function becomes a thunk (a second name of an import
            // just calls the import).
            Some(Some(_)) if s.defined() => aliases_f.push((si, unique(name, si))),
            Some(Some(_)) => {}
        }
    }
    let mut fid_of_index = Vec::new();
    for (i, imp) in o.func_imports.iter().enumerate() {
        let name = func_name[i].clone().unwrap_or_else(|| imp.field.clone());
        let sig = sig_of(imp.ty, &format!("import `{name}`"))?;
        let host = o.syms.iter().any(|s| s.kind == SymKind::Func && !s.defined() && s.index as usize == i && o.host_import(s))
            || (func_name[i].is_none() && imp.module != "env");
        let (module, field) = if host { (imp.module.as_str(), imp.field.as_str()) } else { (INTERNAL_MODULE, name.as_str()) };
        fid_of_index.push(mb.import_function(&name, sig, module, field));
    }
    for (d, ty) in o.func_types.iter().enumerate() {
        let name = func_name[nimp + d].clone().unwrap_or_else(|| unique(local(&format!("func{}", nimp + d)), usize::MAX - d));
        let sig = sig_of(*ty, &format!("function `{name}`"))?;
        fid_of_index.push(mb.declare_function(&name, sig));
    }
    let mut sym_func: HashMap<usize, FuncId> = HashMap::default();
    for (si, s) in o.syms.iter().enumerate().filter(|(_, s)| s.kind == SymKind::Func) {
        sym_func.insert(si, fid_of_index[s.index as usize]);
    }
    let mut thunks = Vec::new();
    for (si, name) in &aliases_f {
        let target = fid_of_index[o.syms[*si].index as usize];
        let f = mb.declare_function(name, mb.module().func(target).sig.clone());
        sym_func.insert(*si, f);
        thunks.push((f, target));
    }

    // Globals: one per wasm global, named by its symbol. The GOT entries of position-
    // independent code (`GOT.mem.X` / `GOT.func.F`) become address globals where used.
    let mut global_ids = Vec::new();
    for (gi, (imp, t, mutable, init)) in o.globals.iter().enumerate() {
        if imp.as_ref().is_some_and(|(m, _)| m == "GOT.mem" || m == "GOT.func") {
            global_ids.push(None);
            continue;
        }
        let sym = o.syms.iter().find(|s| s.kind == SymKind::Global && s.index as usize == gi);
        let name = match (sym, imp) {
            (Some(s), _) if s.local() => local(&s.name),
            (Some(s), _) => s.name.clone(),
            (None, Some((_, f))) => f.clone(),
            (None, None) => local(&format!("global{gi}")),
        };
        if name == STACK_POINTER && (*t != Type::I32 || !mutable) {
            return Err(invalid(unit, "__stack_pointer is not a mutable i32"));
        }
        global_ids.push(Some(mb.add_global(&name, *mutable, *init)));
    }

    // Data segments: names, aliases, relocations.
    let mut data = Vec::new();
    let mut aliases = Vec::new();
    let mut seg_names = Vec::new();
    let mut seg_used: HashSet<String> = HashSet::default();
    for (i, (_, bytes)) in o.segments.iter().enumerate() {
        let (sname, align_log2, flags) = o.seg_info.get(i).cloned().unwrap_or((format!("segment{i}"), 0, SegmentFlags::empty()));
        if flags.contains(SegmentFlags::TLS) {
            return Err(unsup(format!("thread-local data segment {sname}")));
        }
        let syms: Vec<&Sym> = o.syms.iter().filter(|s| s.kind == SymKind::Data && s.defined() && s.index as usize == i).collect();
        let sym_name = |s: &Sym| if s.local() { local(&s.name) } else { s.name.clone() };
        let name = match syms.as_slice() {
            [s] if s.offset == 0 && s.size as usize == bytes.len() && !seg_used.contains(&sym_name(s)) => sym_name(s),
            _ => {
                let mut n = local(&sname);
                if seg_used.contains(&n) {
                    n = format!("{n}#{i}");
                }
                for s in &syms {
                    aliases.push(DataAlias { name: sym_name(s), target: n.clone(), offset: s.offset });
                }
                n
            }
        };
        seg_used.insert(name.clone());
        seg_names.push(name.clone());
        data.push(LiftedData {
            name,
            align: 1u64 << align_log2.min(31),
            mutable: !sname.starts_with(".rodata"),
            bytes: bytes.to_vec(),
            relocs: vec![],
        });
    }
    // How a relocation refers to a symbol. Weak definitions are referred to by name, so a
    // strong definition elsewhere can replace them.
    let sym_ref = |si: u32| -> Res<SymRef> {
        let s = o.syms.get(si as usize).ok_or_else(|| invalid(unit, format!("relocation against symbol {si} out of range")))?;
        Ok(match s.kind {
            SymKind::Func => SymRef::Func(*sym_func.get(&(si as usize)).ok_or_else(|| invalid(unit, "bad function symbol"))?),
            SymKind::Data if !s.defined() || s.weak() => SymRef::Data(s.name.clone(), 0),
            SymKind::Data => SymRef::Data(
                seg_names.get(s.index as usize).cloned().ok_or_else(|| invalid(unit, format!("data symbol `{}` in a missing segment", s.name)))?,
                s.offset,
            ),
            SymKind::Global => SymRef::Global(global_ids.get(s.index as usize).copied().flatten().ok_or_else(|| invalid(unit, "global symbol out of range"))?),
            SymKind::Other => SymRef::None,
        })
    };
    for &(off, ty, si, addend) in &o.data_relocs {
        let abs = o.data_start + off;
        let seg = o.segments.iter().position(|(start, b)| abs >= *start && abs + 4 <= start + b.len());
        let Some(seg) = seg else { return Err(invalid(unit, format!("data relocation at {off:#x} outside every segment"))) };
        let at = (abs - o.segments[seg].0) as u32;
        let target = match (ty, sym_ref(si)?) {
            (R::MemoryAddrI32, SymRef::Data(name, o)) => LiftedReloc::Data { name, addend: o as i64 + addend },
            (R::TableIndexI32, SymRef::Func(f)) => LiftedReloc::Func { name: mb.module().func(f).name.clone() },
            (ty, _) => return Err(unsup(format!("data relocation {ty:?} against `{}`", o.syms[si as usize].name))),
        };
        data[seg].relocs.push((at, target));
    }

    // Address globals, created up front (the function builder borrows the module).
    let mut addr_globals: HashMap<String, GlobalId> = HashMap::default();
    for relocs in o.code_relocs.values() {
        for &(ty, si, _) in relocs {
            let name = match (ty, sym_ref(si)?) {
                (R::MemoryAddrLeb | R::MemoryAddrSleb | R::MemoryAddrRelSleb | R::GlobalIndexLeb, SymRef::Data(n, _)) => format!("{ADDR_PREFIX}{n}"),
                (R::TableIndexSleb | R::TableIndexRelSleb | R::GlobalIndexLeb, SymRef::Func(f)) => format!("{FN_PREFIX}{}", mb.module().func(f).name),
                _ => continue,
            };
            addr_globals.entry(name).or_insert_with_key(|name| mb.add_global(name, false, Const::I32(0)));
        }
    }
    let table = o.has_table.then(|| mb.add_table(TABLE_NAME, 0, None));
    // Runtime helpers for bulk memory, when a body uses it.
    let mut helpers: HashMap<&str, FuncId> = HashMap::default();
    let mut scans = Vec::new();
    for body in &o.bodies {
        let s = prescan(body).map_err(|e| invalid(unit, e))?;
        for (used, name) in [(s.copy, "__wasmir_memmove"), (s.fill, "__wasmir_memset")] {
            if used && !helpers.contains_key(name) {
                let sig = Signature { params: vec![Type::I32; 3], results: vec![] };
                helpers.insert(name, mb.import_function(name, sig, INTERNAL_MODULE, name));
            }
        }
        scans.push(s.written);
    }

    let (sigs, names) = mb.module().funcs.iter().map(|f| (f.sig.clone(), f.name.clone())).unzip();
    let cx = Ctx { o: &o, unit, sym_ref: &sym_ref, fid_of_index: &fid_of_index, global_ids: &global_ids, addr_globals: &addr_globals, table, helpers: &helpers, sigs, names };
    for (d, body) in o.bodies.iter().enumerate() {
        let fid = fid_of_index[nimp + d];
        let f = mb.module().func(fid);
        let (name, sig) = (f.name.clone(), f.sig.clone());
        mb.define(fid, |fb| FnLifter::run(&cx, fb, body, &scans[d], &name, sig.results))?;
    }
    for (f, target) in thunks {
        mb.define(f, |fb| {
            let (_, params) = fb.entry_block();
            let r = fb.call(target, &params);
            fb.ret(r);
        });
    }

    let mut init_funcs = Vec::new();
    for &(prio, si) in &o.init_funcs {
        match sym_ref(si)? {
            SymRef::Func(f) => init_funcs.push((prio, mb.module().func(f).name.clone())),
            _ => return Err(invalid(unit, "init function is not a function symbol")),
        }
    }
    let [defined, weak_defined, undefined, weak_undefined] = o.symbol_lists();
    let mut module = mb.finish();
    for f in module.funcs.iter_mut().filter(|f| !f.is_import()) {
        simplify_block_params(f);
    }
    Ok(LiftedObject { module, data, aliases, init_funcs, defined, undefined, weak_defined, weak_undefined })
}

/// Removes block parameters that always receive the same value (the lifter passes every
/// written local to every label; most pass through unchanged), then renumbers the values.
fn simplify_block_params(f: &mut Function) {
    loop {
        let n = f.blocks.len();
        let mut incoming: Vec<Vec<Vec<Value>>> = f.blocks.iter().map(|b| vec![vec![]; b.params.len()]).collect();
        for b in &f.blocks {
            for t in b.term.targets() {
                for (k, a) in t.args.iter().enumerate() {
                    if let Some(list) = incoming.get_mut(t.block.0 as usize).and_then(|l| l.get_mut(k)) {
                        list.push(*a);
                    }
                }
            }
        }
        let mut repl: HashMap<Value, Value> = HashMap::default();
        let resolve = |repl: &HashMap<Value, Value>, mut v: Value| {
            for _ in 0..=repl.len() {
                match repl.get(&v) {
                    Some(&w) => v = w,
                    None => break,
                }
            }
            v
        };
        let mut removed: Vec<Vec<usize>> = vec![vec![]; n];
        for bi in 1..n {
            for (k, &p) in f.blocks[bi].params.iter().enumerate() {
                let mut others = incoming[bi][k].iter().copied().filter(|&a| a != p);
                let Some(v) = others.next() else { continue };
                if others.all(|a| a == v) {
                    let v = resolve(&repl, v);
                    if v != p {
                        repl.insert(p, v);
                        removed[bi].push(k);
                    }
                }
            }
        }
        if repl.is_empty() {
            break;
        }
        for (bi, ks) in removed.iter().enumerate() {
            for &k in ks.iter().rev() {
                f.blocks[bi].params.remove(k);
            }
        }
        for b in &mut f.blocks {
            for inst in &mut b.insts {
                inst.op.values_mut(|v| *v = resolve(&repl, *v));
            }
            b.term.values_mut(|v| *v = resolve(&repl, *v));
            let drop_args = |t: &mut Target| {
                for &k in removed[t.block.0 as usize].iter().rev() {
                    t.args.remove(k);
                }
            };
            match &mut b.term {
                Terminator::Br(t) => drop_args(t),
                Terminator::BrIf(_, a, c) => {
                    drop_args(a);
                    drop_args(c);
                }
                Terminator::BrTable(_, ts, d) => {
                    ts.iter_mut().for_each(drop_args);
                    drop_args(d);
                }
                Terminator::Return(_) | Terminator::Unreachable => {}
            }
        }
    }
    // Dense value numbers in definition order.
    let mut map: Vec<Option<Value>> = vec![None; f.values.len()];
    let mut values = Vec::new();
    for b in &f.blocks {
        for v in b.params.iter().chain(b.insts.iter().filter_map(|i| i.result.as_ref())) {
            map[v.0 as usize] = Some(Value(values.len() as u32));
            values.push(f.values[v.0 as usize]);
        }
    }
    let m = |v: &mut Value| *v = map[v.0 as usize].unwrap_or(*v);
    for b in &mut f.blocks {
        b.params.iter_mut().for_each(m);
        for inst in &mut b.insts {
            inst.result.iter_mut().for_each(m);
            inst.op.values_mut(m);
        }
        b.term.values_mut(m);
    }
    f.values = values;
}

struct Ctx<'a, 'o> {
    o: &'a Obj<'o>,
    unit: &'a str,
    sym_ref: &'a dyn Fn(u32) -> Res<SymRef>,
    fid_of_index: &'a [FuncId],
    global_ids: &'a [Option<GlobalId>],
    addr_globals: &'a HashMap<String, GlobalId>,
    table: Option<TableId>,
    helpers: &'a HashMap<&'static str, FuncId>,
    /// Signatures and names by function id.
    sigs: Vec<Signature>,
    names: Vec<String>,
}

struct Scan {
    written: Vec<u32>,
    copy: bool,
    fill: bool,
}

/// Which locals a body writes and whether it uses bulk memory.
fn prescan(body: &FunctionBody) -> wasmparser::Result<Scan> {
    let mut s = Scan { written: vec![], copy: false, fill: false };
    let mut seen = HashSet::default();
    let mut r = body.get_operators_reader()?;
    while !r.eof() {
        match r.read()? {
            Operator::LocalSet { local_index } | Operator::LocalTee { local_index } if seen.insert(local_index) => s.written.push(local_index),
            Operator::MemoryCopy { .. } => s.copy = true,
            Operator::MemoryFill { .. } => s.fill = true,
            _ => {}
        }
    }
    s.written.sort_unstable();
    Ok(s)
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Func,
    Block,
    Loop,
    If,
    Else,
}

struct Frame {
    kind: Kind,
    /// Operand stack height at entry.
    height: usize,
    results: Vec<Type>,
    /// Where a branch to this label goes: the loop header, or the continuation after `end`
    /// (created on the first branch).
    target: Option<BlockId>,
    /// For `if`: the else path and the locals at the `if`.
    else_block: Option<BlockId>,
    else_locals: Vec<Value>,
    /// Opened in unreachable code: no blocks exist for it.
    dead: bool,
}


struct FnLifter<'l, 'c, 'b, 'o> {
    cx: &'l Ctx<'c, 'o>,
    fb: &'l mut FunctionBuilder<'b>,
    name: &'l str,
    locals: Vec<Value>,
    local_tys: Vec<Type>,
    /// Locals the body writes: the ones that travel as block parameters.
    written: &'l [u32],
    stack: Vec<Value>,
    frames: Vec<Frame>,
    /// Parameters of the blocks made for labels.
    params: HashMap<BlockId, Vec<Value>>,
    reachable: bool,
    /// Relocations of the operator being lifted, not yet consumed.
    relocs: Vec<(R, u32, i64)>,
    /// The function's result types.
    results: Vec<Type>,
}

/// The variant name of an operator, for messages.
fn op_name(op: &Operator) -> String {
    let s = format!("{op:?}");
    s.split([' ', '{', '(']).next().unwrap_or("").to_string()
}

impl<'l, 'c, 'b, 'o> FnLifter<'l, 'c, 'b, 'o> {
    fn run(cx: &'l Ctx<'c, 'o>, fb: &'l mut FunctionBuilder<'b>, body: &FunctionBody<'o>, written: &'l [u32], name: &'l str, results: Vec<Type>) -> Res<()> {
        let (_, params) = fb.entry_block();
        let local_tys = params.iter().map(|p| fb.ty(*p)).collect();
        let mut l = FnLifter { cx, fb, name, locals: params, local_tys, written, stack: vec![], frames: vec![], params: HashMap::default(), reachable: true, relocs: vec![], results: results.clone() };
        l.lift(body, results)
    }

    fn inv(&self, e: impl std::fmt::Display) -> ObjError {
        invalid(self.cx.unit, format!("in function {}: {e}", self.name))
    }

    fn unsup(&self, what: &str) -> ObjError {
        ObjError::Unsupported(format!("{what} in {} ({})", self.name, self.cx.unit))
    }

    fn lift(&mut self, body: &FunctionBody<'o>, results: Vec<Type>) -> Res<()> {
        let mut lr = body.get_locals_reader().map_err(|e| self.inv(e))?;
        let mut zeros: HashMap<Type, Value> = HashMap::default();
        for _ in 0..lr.get_count() {
            let (n, t) = lr.read().map_err(|e| self.inv(e))?;
            let t = val_type(t).ok_or_else(|| self.unsup(&format!("local of type {t:?}")))?;
            if self.locals.len() + n as usize > 50_000 {
                return Err(self.unsup("more than 50000 locals"));
            }
            let z = *zeros.entry(t).or_insert_with(|| self.fb.constant(zero(t)));
            self.locals.extend(std::iter::repeat_n(z, n as usize));
            self.local_tys.extend(std::iter::repeat_n(t, n as usize));
        }
        if self.written.iter().any(|&i| i as usize >= self.locals.len()) {
            return Err(self.inv("local index out of range"));
        }
        self.frames.push(Frame { kind: Kind::Func, height: 0, results, target: None, else_block: None, else_locals: vec![], dead: false });
        let mut r = body.get_operators_reader().map_err(|e| self.inv(e))?;
        let code_start = self.cx.o.code_start;
        while !r.eof() {
            let (op, start) = r.read_with_offset().map_err(|e| self.inv(e))?;
            let end = r.original_position();
            self.relocs.clear();
            for (_, rs) in self.cx.o.code_relocs.range(start.saturating_sub(code_start)..end.saturating_sub(code_start)) {
                self.relocs.extend(rs.iter().copied());
            }
            let live = self.reachable;
            self.op(op)?;
            if live && !self.relocs.is_empty() {
                return Err(self.unsup(&format!("relocation {:?} at this operator", self.relocs[0].0)));
            }
            if self.frames.is_empty() {
                return if r.eof() { Ok(()) } else { Err(self.inv("operators after the final `end`")) };
            }
        }
        Err(self.inv("function body ends without `end`"))
    }

    fn pop(&mut self) -> Res<Value> {
        let floor = self.frames.last().map_or(0, |f| f.height);
        if self.stack.len() <= floor {
            return Err(self.inv("operand stack underflow"));
        }
        Ok(self.stack.pop().unwrap_or(Value(0)))
    }

    fn popn(&mut self, n: usize) -> Res<Vec<Value>> {
        let mut v = (0..n).map(|_| self.pop()).collect::<Res<Vec<_>>>()?;
        v.reverse();
        Ok(v)
    }

    fn emit(&mut self, op: Op, ty: Type) -> Value {
        self.fb.ins(op, Some(ty)).unwrap_or(Value(0))
    }

    fn push_op(&mut self, op: Op, ty: Type) {
        let v = self.emit(op, ty);
        self.stack.push(v);
    }

    fn take_reloc(&mut self, kinds: &[R]) -> Option<(R, u32, i64)> {
        let i = self.relocs.iter().position(|r| kinds.contains(&r.0))?;
        Some(self.relocs.remove(i))
    }

    fn block_results(&self, bt: BlockType) -> Res<Vec<Type>> {
        match bt {
            BlockType::Empty => Ok(vec![]),
            BlockType::Type(t) => Ok(vec![val_type(t).ok_or_else(|| self.unsup(&format!("block of type {t:?}")))?]),
            BlockType::FuncType(i) => match self.cx.o.types.get(i as usize) {
                Some(Some(s)) if s.params.is_empty() => Ok(s.results.clone()),
                _ => Err(self.unsup("multi-value block type")),
            },
        }
    }

    /// A block for a label: the written locals, then `extra` values.
    fn label_block(&mut self, extra: &[Type]) -> BlockId {
        let b = self.fb.create_block();
        let tys: Vec<Type> = self.written.iter().map(|&i| self.local_tys[i as usize]).chain(extra.iter().copied()).collect();
        let ps = tys.into_iter().map(|t| self.fb.block_param(b, t)).collect();
        self.params.insert(b, ps);
        b
    }

    /// Continues in `b`, a label block: its parameters become the locals and stack values.
    fn enter(&mut self, b: BlockId) {
        self.fb.switch_to(b);
        let ps = self.params.get(&b).cloned().unwrap_or_default();
        for (k, &i) in self.written.iter().enumerate() {
            self.locals[i as usize] = ps[k];
        }
        self.stack.extend_from_slice(&ps[self.written.len()..]);
        self.reachable = true;
    }

    /// The branch to the label `depth` levels out, with the values it carries.
    fn label(&mut self, depth: u32) -> Res<Target> {
        let idx = self.frames.len().checked_sub(1 + depth as usize).ok_or_else(|| self.inv("branch depth out of range"))?;
        let (kind, results) = (self.frames[idx].kind, self.frames[idx].results.clone());
        let carried = if kind == Kind::Loop { vec![] } else { results };
        if self.stack.len() < carried.len() {
            return Err(self.inv("operand stack underflow at a branch"));
        }
        let mut args: Vec<Value> = self.written.iter().map(|&i| self.locals[i as usize]).collect();
        args.extend_from_slice(&self.stack[self.stack.len() - carried.len()..]);
        let block = match self.frames[idx].target {
            Some(b) => b,
            None => {
                let b = self.label_block(&carried);
                self.frames[idx].target = Some(b);
                b
            }
        };
        Ok(Target { block, args })
    }

    fn terminate(&mut self, t: Terminator) {
        self.fb.terminate(t);
        self.reachable = false;
    }

    /// Switches an `if` frame to its else path.
    fn switch_to_else(&mut self) -> Res<()> {
        let err = self.inv("`else` without `if`");
        let f = self.frames.last_mut().ok_or_else(|| err.clone())?;
        let eb = f.else_block.take().ok_or(err)?;
        f.kind = Kind::Else;
        self.locals = std::mem::take(&mut f.else_locals);
        let h = f.height;
        self.stack.truncate(h);
        self.fb.switch_to(eb);
        self.reachable = true;
        Ok(())
    }

    fn end(&mut self) -> Res<()> {
        let f = self.frames.last().ok_or_else(|| self.inv("unbalanced `end`"))?;
        if f.dead {
            let h = f.height;
            self.frames.pop();
            self.stack.truncate(h);
            return Ok(());
        }
        if f.kind == Kind::If {
            if self.reachable {
                let t = self.label(0)?;
                self.terminate(Terminator::Br(t));
            }
            self.switch_to_else()?;
        }
        let f = self.frames.last().ok_or_else(|| self.inv("unbalanced `end`"))?;
        let (kind, height, target) = (f.kind, f.height, f.target);
        match target {
            Some(b) if kind != Kind::Loop => {
                if self.reachable {
                    let t = self.label(0)?;
                    self.terminate(Terminator::Br(t));
                }
                self.frames.pop();
                self.stack.truncate(height);
                self.enter(b);
            }
            // No branch reached the label (or it is a loop's): code after `end` continues the
            // current block.
            _ => {
                self.frames.pop();
                if !self.reachable {
                    self.stack.truncate(height);
                }
            }
        }
        if kind == Kind::Func && self.reachable {
            let vals = self.popn(self.results.len())?;
            self.terminate(Terminator::Return(vals));
        }
        Ok(())
    }

    fn un(&mut self, op: UnOp) -> Res<()> {
        let a = self.pop()?;
        let t = if op == UnOp::Eqz { Type::I32 } else { self.fb.ty(a) };
        self.push_op(Op::Unary(op, a), t);
        Ok(())
    }

    fn bin(&mut self, op: BinOp) -> Res<()> {
        let b = self.pop()?;
        let a = self.pop()?;
        let t = self.fb.ty(a);
        self.push_op(Op::Binary(op, a, b), t);
        Ok(())
    }

    fn cmp(&mut self, op: CmpOp) -> Res<()> {
        let b = self.pop()?;
        let a = self.pop()?;
        self.push_op(Op::Cmp(op, a, b), Type::I32);
        Ok(())
    }

    fn conv(&mut self, op: ConvOp, to: Type) -> Res<()> {
        let a = self.pop()?;
        self.push_op(Op::Convert(op, a), to);
        Ok(())
    }

    /// Sign-extends the low `64 - shift` (or `32 - shift`) bits by shifting up and back.
    fn sext(&mut self, t: Type, shift: i64) -> Res<()> {
        let a = self.pop()?;
        let k = self.fb.constant(if t == Type::I32 { Const::I32(shift as i32) } else { Const::I64(shift) });
        let up = self.emit(Op::Binary(BinOp::Shl, a, k), t);
        self.push_op(Op::Binary(BinOp::ShrS, up, k), t);
        Ok(())
    }

    /// Saturating float-to-int conversion, branch-free: convert a value known to be in range
    /// and pick the bound (or 0 for NaN) otherwise.
    fn trunc_sat(&mut self, signed: bool, to: Type) -> Res<()> {
        let x = self.pop()?;
        let ft = self.fb.ty(x);
        let bits = if to == Type::I32 { 32 } else { 64 };
        // The range that converts without trapping is [lo, hi), both exact powers of two.
        let (lo, hi) = if signed { (-(2f64.powi(bits - 1)), 2f64.powi(bits - 1)) } else { (0.0, 2f64.powi(bits)) };
        let fc = |v: f64| if ft == Type::F32 { Const::F32((v as f32).to_bits()) } else { Const::F64(v.to_bits()) };
        let ic = |v: i128| if to == Type::I32 { Const::I32(v as i32) } else { Const::I64(v as i64) };
        let (klo, khi, kzero) = (self.fb.constant(fc(lo)), self.fb.constant(fc(hi)), self.fb.constant(fc(0.0)));
        let ge = self.emit(Op::Cmp(CmpOp::Ge, x, klo), Type::I32);
        let lt = self.emit(Op::Cmp(CmpOp::Lt, x, khi), Type::I32);
        let ok = self.emit(Op::Binary(BinOp::And, ge, lt), Type::I32);
        let safe = self.emit(Op::Select(ok, x, kzero), ft);
        let t = self.emit(Op::Convert(if signed { ConvOp::TruncS } else { ConvOp::TruncU }, safe), to);
        let (imin, imax) = if signed { (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1) } else { (0, (1i128 << bits) - 1) };
        let (vmin, vmax, vzero) = (self.fb.constant(ic(imin)), self.fb.constant(ic(imax)), self.fb.constant(ic(0)));
        let big = self.emit(Op::Cmp(CmpOp::Ge, x, khi), Type::I32);
        let nan = self.emit(Op::Cmp(CmpOp::Ne, x, x), Type::I32);
        let small = self.emit(Op::Select(nan, vzero, vmin), to);
        let out = self.emit(Op::Select(big, vmax, small), to);
        self.push_op(Op::Select(ok, t, out), to);
        Ok(())
    }

    /// The address of the data symbol a relocation names, plus `addend`.
    fn data_addr(&mut self, si: u32, addend: i64) -> Res<Value> {
        let SymRef::Data(name, off) = (self.cx.sym_ref)(si)? else { return Err(self.inv("memory relocation against a non-data symbol")) };
        self.addr_of(&name, off as i64 + addend)
    }

    /// The table slot of function `f`.
    fn fn_slot(&mut self, f: FuncId) -> Res<Value> {
        let name = format!("{FN_PREFIX}{}", self.cx.names[f.0 as usize]);
        let g = *self.cx.addr_globals.get(&name).ok_or_else(|| self.inv("missing table slot global"))?;
        Ok(self.emit(Op::GlobalGet(g), Type::I32))
    }

    /// The address of data object `name` plus `k`.
    fn addr_of(&mut self, name: &str, k: i64) -> Res<Value> {
        let g = *self.cx.addr_globals.get(&format!("{ADDR_PREFIX}{name}")).ok_or_else(|| self.inv("missing address global"))?;
        let v = self.emit(Op::GlobalGet(g), Type::I32);
        if k == 0 {
            return Ok(v);
        }
        let c = self.fb.iconst32(k as i32);
        Ok(self.emit(Op::Binary(BinOp::Add, v, c), Type::I32))
    }

    /// The address operand and static offset of an access (a relocated offset is folded into
    /// the address).
    fn mem_addr(&mut self, addr: Value, m: &wasmparser::MemArg, size: u32) -> Res<(Value, MemArg)> {
        if m.memory != 0 {
            return Err(self.unsup("multiple memories"));
        }
        let align = 1u32.checked_shl(m.align as u32).filter(|a| *a <= size).ok_or_else(|| self.inv("bad alignment"))?;
        if let Some((_, si, addend)) = self.take_reloc(&[R::MemoryAddrLeb]) {
            let base = self.data_addr(si, addend)?;
            let a = self.emit(Op::Binary(BinOp::Add, addr, base), Type::I32);
            return Ok((a, MemArg { offset: 0, align, bounds: Bounds::Trap }));
        }
        let offset = u32::try_from(m.offset).map_err(|_| self.unsup("64-bit memory offset"))?;
        Ok((addr, MemArg { offset, align, bounds: Bounds::Trap }))
    }

    fn load(&mut self, kind: LoadKind, ty: Type, m: &wasmparser::MemArg) -> Res<()> {
        let addr = self.pop()?;
        let (addr, mem) = self.mem_addr(addr, m, kind.bytes(ty))?;
        self.push_op(Op::Load { kind, addr, mem }, ty);
        Ok(())
    }

    fn store(&mut self, kind: StoreKind, m: &wasmparser::MemArg) -> Res<()> {
        let value = self.pop()?;
        let addr = self.pop()?;
        let (addr, mem) = self.mem_addr(addr, m, kind.bytes(self.fb.ty(value)))?;
        self.fb.ins(Op::Store { kind, addr, value, mem }, None);
        Ok(())
    }

    fn call(&mut self, f: FuncId) -> Res<()> {
        let sig = self.cx.sigs.get(f.0 as usize).cloned().ok_or_else(|| self.inv("callee out of range"))?;
        let args = self.popn(sig.params.len())?;
        let r = self.fb.ins(Op::Call(f, args), sig.results.first().copied());
        self.stack.extend(r);
        Ok(())
    }

    fn helper(&mut self, name: &str) -> Res<()> {
        let f = *self.cx.helpers.get(name).ok_or_else(|| self.inv("missing helper"))?;
        self.call(f)
    }

    /// The global a `global.get`/`global.set` names, or for a GOT entry of position-independent
    /// code, the symbol whose address it holds.
    fn global(&mut self, index: u32) -> Res<Result<GlobalId, SymRef>> {
        if let Some((_, si, _)) = self.take_reloc(&[R::GlobalIndexLeb]) {
            return match (self.cx.sym_ref)(si)? {
                SymRef::Global(g) => Ok(Ok(g)),
                SymRef::None => Err(self.inv("global relocation against a section symbol")),
                got => Ok(Err(got)),
            };
        }
        self.cx.global_ids.get(index as usize).copied().flatten().map(Ok).ok_or_else(|| self.inv("global index out of range"))
    }

    fn local(&self, i: u32) -> Res<usize> {
        if (i as usize) < self.locals.len() { Ok(i as usize) } else { Err(self.inv("local index out of range")) }
    }

    fn op(&mut self, op: Operator) -> Res<()> {
        use Operator as O;
        use Type::{F32, F64, I32, I64};
        match op {
            O::Block { blockty } | O::Loop { blockty } | O::If { blockty } => {
                let results = self.block_results(blockty)?;
                let mut f = Frame { kind: Kind::Block, height: self.stack.len(), results, target: None, else_block: None, else_locals: vec![], dead: !self.reachable };
                if self.reachable {
                    if let O::Loop { .. } = op {
                        let h = self.label_block(&[]);
                        let args = self.written.iter().map(|&i| self.locals[i as usize]).collect();
                        self.fb.terminate(Terminator::Br(Target { block: h, args }));
                        self.enter(h);
                        (f.kind, f.target) = (Kind::Loop, Some(h));
                    } else if let O::If { .. } = op {
                        let c = self.pop()?;
                        let (tb, eb) = (self.fb.create_block(), self.fb.create_block());
                        self.fb.terminate(Terminator::BrIf(c, Target { block: tb, args: vec![] }, Target { block: eb, args: vec![] }));
                        self.fb.switch_to(tb);
                        (f.kind, f.height, f.else_block, f.else_locals) = (Kind::If, self.stack.len(), Some(eb), self.locals.clone());
                    }
                }
                self.frames.push(f);
            }
            O::Else => {
                let f = self.frames.last().ok_or_else(|| self.inv("`else` outside a block"))?;
                if !f.dead {
                    if f.kind != Kind::If {
                        return Err(self.inv("`else` without `if`"));
                    }
                    if self.reachable {
                        let t = self.label(0)?;
                        self.terminate(Terminator::Br(t));
                    }
                    self.switch_to_else()?;
                }
            }
            O::End => self.end()?,
            _ if !self.reachable => {}
            O::Unreachable => self.terminate(Terminator::Unreachable),
            O::Nop => {}
            O::Br { relative_depth } => {
                let t = self.label(relative_depth)?;
                self.terminate(Terminator::Br(t));
            }
            O::BrIf { relative_depth } => {
                let c = self.pop()?;
                let t = self.label(relative_depth)?;
                let fall = self.fb.create_block();
                self.fb.terminate(Terminator::BrIf(c, t, Target { block: fall, args: vec![] }));
                self.fb.switch_to(fall);
            }
            O::BrTable { targets } => {
                let i = self.pop()?;
                let depths = targets.targets().collect::<Result<Vec<u32>, _>>().map_err(|e| self.inv(e))?;
                let ts = depths.into_iter().map(|d| self.label(d)).collect::<Res<Vec<_>>>()?;
                let d = self.label(targets.default())?;
                self.terminate(Terminator::BrTable(i, ts, d));
            }
            O::Return => {
                let vals = self.stack.len().checked_sub(self.results.len()).map(|k| self.stack[k..].to_vec()).ok_or_else(|| self.inv("operand stack underflow at return"))?;
                self.terminate(Terminator::Return(vals));
            }
            O::Call { function_index } => {
                let f = match self.take_reloc(&[R::FunctionIndexLeb]) {
                    Some((_, si, _)) => match (self.cx.sym_ref)(si)? {
                        SymRef::Func(f) => f,
                        _ => return Err(self.inv("call relocation against a non-function symbol")),
                    },
                    None => *self.cx.fid_of_index.get(function_index as usize).ok_or_else(|| self.inv("function index out of range"))?,
                };
                self.call(f)?;
            }
            O::CallIndirect { type_index, table_index } => {
                self.take_reloc(&[R::TypeIndexLeb]);
                self.take_reloc(&[R::TableNumberLeb]);
                let table = self.cx.table.filter(|_| table_index == 0).ok_or_else(|| self.unsup("call_indirect through a table other than the function table"))?;
                let sig = match self.cx.o.types.get(type_index as usize) {
                    Some(Some(s)) => s.clone(),
                    _ => return Err(self.unsup("call_indirect with a multi-value or unknown type")),
                };
                let index = self.pop()?;
                let args = self.popn(sig.params.len())?;
                let r = sig.results.first().copied();
                let v = self.fb.ins(Op::CallIndirect { table, sig: Box::new(sig), index, args }, r);
                self.stack.extend(v);
            }
            O::Drop => {
                self.pop()?;
            }
            O::Select | O::TypedSelect { .. } => {
                let c = self.pop()?;
                let b = self.pop()?;
                let a = self.pop()?;
                let t = self.fb.ty(a);
                self.push_op(Op::Select(c, a, b), t);
            }
            O::LocalGet { local_index } => {
                let i = self.local(local_index)?;
                self.stack.push(self.locals[i]);
            }
            O::LocalSet { local_index } => {
                let i = self.local(local_index)?;
                self.locals[i] = self.pop()?;
            }
            O::LocalTee { local_index } => {
                let i = self.local(local_index)?;
                let v = self.pop()?;
                self.locals[i] = v;
                self.stack.push(v);
            }
            O::GlobalGet { global_index } => {
                let v = match self.global(global_index)? {
                    Ok(g) => self.fb.global_get(g),
                    Err(SymRef::Func(f)) => self.fn_slot(f)?,
                    Err(SymRef::Data(name, off)) => self.addr_of(&name, off as i64)?,
                    Err(_) => return Err(self.inv("bad GOT relocation")),
                };
                self.stack.push(v);
            }
            O::GlobalSet { global_index } => {
                let Ok(g) = self.global(global_index)? else { return Err(self.inv("global.set of a GOT entry")) };
                let v = self.pop()?;
                self.fb.ins(Op::GlobalSet(g, v), None);
            }
            O::I32Const { value } => {
                // The `Rel` forms of position-independent code are relative to `__memory_base` /
                // `__table_base`, which a static link defines as 0.
                if let Some((ty, si, addend)) = self.take_reloc(&[R::MemoryAddrSleb, R::TableIndexSleb, R::MemoryAddrRelSleb, R::TableIndexRelSleb]) {
                    let v = if matches!(ty, R::MemoryAddrSleb | R::MemoryAddrRelSleb) {
                        self.data_addr(si, addend)?
                    } else {
                        let SymRef::Func(f) = (self.cx.sym_ref)(si)? else { return Err(self.inv("table index relocation against a non-function")) };
                        self.fn_slot(f)?
                    };
                    self.stack.push(v);
                } else {
                    self.push_op(Op::Const(Const::I32(value)), I32);
                }
            }
            O::I64Const { value } => self.push_op(Op::Const(Const::I64(value)), I64),
            O::F32Const { value } => self.push_op(Op::Const(Const::F32(value.bits())), F32),
            O::F64Const { value } => self.push_op(Op::Const(Const::F64(value.bits())), F64),
            O::I32Load { memarg } => self.load(LoadKind::Full, I32, &memarg)?,
            O::I64Load { memarg } => self.load(LoadKind::Full, I64, &memarg)?,
            O::F32Load { memarg } => self.load(LoadKind::Full, F32, &memarg)?,
            O::F64Load { memarg } => self.load(LoadKind::Full, F64, &memarg)?,
            O::I32Load8S { memarg } => self.load(LoadKind::I8S, I32, &memarg)?,
            O::I32Load8U { memarg } => self.load(LoadKind::I8U, I32, &memarg)?,
            O::I32Load16S { memarg } => self.load(LoadKind::I16S, I32, &memarg)?,
            O::I32Load16U { memarg } => self.load(LoadKind::I16U, I32, &memarg)?,
            O::I64Load8S { memarg } => self.load(LoadKind::I8S, I64, &memarg)?,
            O::I64Load8U { memarg } => self.load(LoadKind::I8U, I64, &memarg)?,
            O::I64Load16S { memarg } => self.load(LoadKind::I16S, I64, &memarg)?,
            O::I64Load16U { memarg } => self.load(LoadKind::I16U, I64, &memarg)?,
            O::I64Load32S { memarg } => self.load(LoadKind::I32S, I64, &memarg)?,
            O::I64Load32U { memarg } => self.load(LoadKind::I32U, I64, &memarg)?,
            O::I32Store { memarg } | O::I64Store { memarg } | O::F32Store { memarg } | O::F64Store { memarg } => self.store(StoreKind::Full, &memarg)?,
            O::I32Store8 { memarg } | O::I64Store8 { memarg } => self.store(StoreKind::I8, &memarg)?,
            O::I32Store16 { memarg } | O::I64Store16 { memarg } => self.store(StoreKind::I16, &memarg)?,
            O::I64Store32 { memarg } => self.store(StoreKind::I32, &memarg)?,
            O::MemorySize { mem: 0 } => self.push_op(Op::MemorySize, I32),
            O::MemoryGrow { mem: 0 } => {
                let a = self.pop()?;
                self.push_op(Op::MemoryGrow(a), I32);
            }
            O::MemoryCopy { dst_mem: 0, src_mem: 0 } => self.helper("__wasmir_memmove")?,
            O::MemoryFill { mem: 0 } => self.helper("__wasmir_memset")?,
            O::I32Eqz | O::I64Eqz => self.un(UnOp::Eqz)?,
            O::I32Clz | O::I64Clz => self.un(UnOp::Clz)?,
            O::I32Ctz | O::I64Ctz => self.un(UnOp::Ctz)?,
            O::I32Popcnt | O::I64Popcnt => self.un(UnOp::Popcnt)?,
            O::F32Neg | O::F64Neg => self.un(UnOp::Neg)?,
            O::F32Abs | O::F64Abs => self.un(UnOp::Abs)?,
            O::F32Sqrt | O::F64Sqrt => self.un(UnOp::Sqrt)?,
            O::F32Ceil | O::F64Ceil => self.un(UnOp::Ceil)?,
            O::F32Floor | O::F64Floor => self.un(UnOp::Floor)?,
            O::F32Trunc | O::F64Trunc => self.un(UnOp::Trunc)?,
            O::F32Nearest | O::F64Nearest => self.un(UnOp::Nearest)?,
            O::I32Add | O::I64Add | O::F32Add | O::F64Add => self.bin(BinOp::Add)?,
            O::I32Sub | O::I64Sub | O::F32Sub | O::F64Sub => self.bin(BinOp::Sub)?,
            O::I32Mul | O::I64Mul | O::F32Mul | O::F64Mul => self.bin(BinOp::Mul)?,
            O::I32DivS | O::I64DivS => self.bin(BinOp::DivS)?,
            O::I32DivU | O::I64DivU => self.bin(BinOp::DivU)?,
            O::I32RemS | O::I64RemS => self.bin(BinOp::RemS)?,
            O::I32RemU | O::I64RemU => self.bin(BinOp::RemU)?,
            O::I32And | O::I64And => self.bin(BinOp::And)?,
            O::I32Or | O::I64Or => self.bin(BinOp::Or)?,
            O::I32Xor | O::I64Xor => self.bin(BinOp::Xor)?,
            O::I32Shl | O::I64Shl => self.bin(BinOp::Shl)?,
            O::I32ShrS | O::I64ShrS => self.bin(BinOp::ShrS)?,
            O::I32ShrU | O::I64ShrU => self.bin(BinOp::ShrU)?,
            O::I32Rotl | O::I64Rotl => self.bin(BinOp::Rotl)?,
            O::I32Rotr | O::I64Rotr => self.bin(BinOp::Rotr)?,
            O::F32Div | O::F64Div => self.bin(BinOp::Div)?,
            O::F32Min | O::F64Min => self.bin(BinOp::Min)?,
            O::F32Max | O::F64Max => self.bin(BinOp::Max)?,
            O::F32Copysign | O::F64Copysign => self.bin(BinOp::Copysign)?,
            O::I32Eq | O::I64Eq | O::F32Eq | O::F64Eq => self.cmp(CmpOp::Eq)?,
            O::I32Ne | O::I64Ne | O::F32Ne | O::F64Ne => self.cmp(CmpOp::Ne)?,
            O::I32LtS | O::I64LtS => self.cmp(CmpOp::LtS)?,
            O::I32LtU | O::I64LtU => self.cmp(CmpOp::LtU)?,
            O::I32GtS | O::I64GtS => self.cmp(CmpOp::GtS)?,
            O::I32GtU | O::I64GtU => self.cmp(CmpOp::GtU)?,
            O::I32LeS | O::I64LeS => self.cmp(CmpOp::LeS)?,
            O::I32LeU | O::I64LeU => self.cmp(CmpOp::LeU)?,
            O::I32GeS | O::I64GeS => self.cmp(CmpOp::GeS)?,
            O::I32GeU | O::I64GeU => self.cmp(CmpOp::GeU)?,
            O::F32Lt | O::F64Lt => self.cmp(CmpOp::Lt)?,
            O::F32Gt | O::F64Gt => self.cmp(CmpOp::Gt)?,
            O::F32Le | O::F64Le => self.cmp(CmpOp::Le)?,
            O::F32Ge | O::F64Ge => self.cmp(CmpOp::Ge)?,
            O::I32WrapI64 => self.conv(ConvOp::Wrap, I32)?,
            O::I64ExtendI32S => self.conv(ConvOp::ExtendS, I64)?,
            O::I64ExtendI32U => self.conv(ConvOp::ExtendU, I64)?,
            O::I32TruncF32S | O::I32TruncF64S => self.conv(ConvOp::TruncS, I32)?,
            O::I32TruncF32U | O::I32TruncF64U => self.conv(ConvOp::TruncU, I32)?,
            O::I64TruncF32S | O::I64TruncF64S => self.conv(ConvOp::TruncS, I64)?,
            O::I64TruncF32U | O::I64TruncF64U => self.conv(ConvOp::TruncU, I64)?,
            O::F32ConvertI32S | O::F32ConvertI64S => self.conv(ConvOp::ConvertS, F32)?,
            O::F32ConvertI32U | O::F32ConvertI64U => self.conv(ConvOp::ConvertU, F32)?,
            O::F64ConvertI32S | O::F64ConvertI64S => self.conv(ConvOp::ConvertS, F64)?,
            O::F64ConvertI32U | O::F64ConvertI64U => self.conv(ConvOp::ConvertU, F64)?,
            O::F32DemoteF64 => self.conv(ConvOp::Demote, F32)?,
            O::F64PromoteF32 => self.conv(ConvOp::Promote, F64)?,
            O::I32ReinterpretF32 => self.conv(ConvOp::Reinterpret, I32)?,
            O::I64ReinterpretF64 => self.conv(ConvOp::Reinterpret, I64)?,
            O::F32ReinterpretI32 => self.conv(ConvOp::Reinterpret, F32)?,
            O::F64ReinterpretI64 => self.conv(ConvOp::Reinterpret, F64)?,
            O::I32TruncSatF32S | O::I32TruncSatF64S => self.trunc_sat(true, I32)?,
            O::I32TruncSatF32U | O::I32TruncSatF64U => self.trunc_sat(false, I32)?,
            O::I64TruncSatF32S | O::I64TruncSatF64S => self.trunc_sat(true, I64)?,
            O::I64TruncSatF32U | O::I64TruncSatF64U => self.trunc_sat(false, I64)?,
            O::I32Extend8S => self.sext(I32, 24)?,
            O::I32Extend16S => self.sext(I32, 16)?,
            O::I64Extend8S => self.sext(I64, 56)?,
            O::I64Extend16S => self.sext(I64, 48)?,
            O::I64Extend32S => self.sext(I64, 32)?,
            op => return Err(self.unsup(&op_name(&op))),
        }
        Ok(())
    }
}
