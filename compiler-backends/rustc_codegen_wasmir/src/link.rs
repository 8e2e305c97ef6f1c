//! The link step: merge the crates' WasmIR (plus the runtime), lay out data, build the
//! function table, drop what is unreachable, run a code generator and return the wasm.
//!
//! Memory layout (stack first, like `wasm-ld --stack-first`): `[0, 4096)` is left to the
//! release backend's own shadow stack, the Rust stack grows down from `4096 + STACK_SIZE`, data
//! objects follow it. Table slot 0 stays null so a null function pointer is 0.

use crate::object::{ADDR_PREFIX, DataObject, FN_PREFIX, RelocTarget, STACK_POINTER, WasmirObject};
use rustc_data_structures::fx::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeSet;
use wasmir::{Const, GlobalId, Module, Op, Table, TableId};

pub const STACK_BASE: u32 = 4096;
pub const STACK_SIZE: u32 = 1 << 20;
pub use wasmir::objfile::TABLE_NAME;

/// Which code generator turns the linked WasmIR into wasm.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// Cranelift-based dev backend, without (false) or with (true) its egraph optimiser.
    Dev { optimize: bool },
    /// LLVM-based release backend (`wasmir-llvm`) with the given pipeline, then `wasm-opt`
    /// as [`LinkOptions::wasm_opt`] says.
    Release { opt: wasmir_llvm::OptLevel },
}

/// Link options.
pub struct LinkOptions {
    pub backend: Backend,
    /// Whether the release backend runs binaryen's `wasm-opt` (found by `wasmir_llvm::wasm_opt`).
    pub wasm_opt: wasmir_llvm::WasmOpt,
    pub debug_info: bool,
    /// Keep the linked WasmIR text here as well (for inspection).
    pub emit_wasmir: Option<std::path::PathBuf>,
    /// Functions the C runtime calls (a binary's entry point, `__main_void` on wasm32-wasip1).
    pub c_roots: Vec<String>,
}

pub(crate) const RUNTIME: &str = include_str!("runtime.wir");

fn align_to(x: u64, a: u64) -> u64 {
    x.div_ceil(a.max(1)) * a.max(1)
}

/// The data symbols the linker defines for the C runtime (as `wasm-ld` does), at their
/// addresses once the layout is known: heap start and end (end of initial memory), stack top.
fn linker_symbol(name: &str, heap_base: u64, heap_end: u64, stack_top: u64) -> Option<u64> {
    match name {
        "__heap_base" | "__data_end" => Some(heap_base),
        "__heap_end" => Some(heap_end),
        "__stack_low" | "__dso_handle" => Some(STACK_BASE as u64),
        "__stack_high" | "__global_base" => Some(stack_top),
        _ => None,
    }
}

/// The reachable imports (function name, import) other than host imports are functions
/// nobody compiled: an error naming the first. `with_c`: the C libraries were linked, so an
/// `env` import is a C symbol none of them defines.
pub(crate) fn check_imports<'a>(imports: impl IntoIterator<Item = (&'a str, &'a wasmir::Import)>, with_c: bool) -> Result<(), String> {
    for (name, imp) in imports {
        if imp.module == crate::driver::INTERNAL_IMPORT_MODULE {
            return Err(format!("undefined function `{name}`: it is defined in a crate that was not compiled by the WasmIR backend"));
        }
        if with_c && imp.module == "env" {
            return Err(format!("undefined symbol `{}`: no Rust crate and no C library of the link defines it", imp.field));
        }
    }
    Ok(())
}

/// Functions that failed to lower are errors only where the program can still reach them
/// (`live`: the names of the reachable functions): their messages, once each.
pub(crate) fn check_poisoned(objects: &[&WasmirObject], live: &HashSet<&str>) -> Result<(), String> {
    let mut errors: Vec<String> = Vec::new();
    for o in objects {
        for (f, msg) in &o.poisoned {
            if live.contains(f.as_str()) && !errors.contains(msg) {
                errors.push(msg.clone());
            }
        }
    }
    if errors.is_empty() { Ok(()) } else { Err(errors.join("\n")) }
}

/// What the link sets one of the backend's globals to once the layout is known: the stack
/// pointer's start, a data object's address (`@addr:`), a function's table slot (`@fn:`);
/// `None` for any other global. Unreachable data and functions get 0: only dead code reads
/// their globals (functions reachable only through such a global were kept by the table).
pub(crate) fn linked_global_value(name: &str, layout: &DataLayout<'_>, slot_of: &HashMap<String, u32>) -> Option<i32> {
    if name == STACK_POINTER {
        Some(layout.stack_top as i32)
    } else if let Some(d) = name.strip_prefix(ADDR_PREFIX) {
        Some(layout.address(d).unwrap_or(0) as i32)
    } else {
        name.strip_prefix(FN_PREFIX).map(|f| slot_of.get(f).copied().unwrap_or(0) as i32)
    }
}

/// Whether reads of a global become constants once the layout is fixed: the read-only
/// address globals (`@addr:`, `@fn:`).
pub(crate) fn is_address_global(g: &wasmir::Global) -> bool {
    !g.mutable && (g.name.starts_with(ADDR_PREFIX) || g.name.starts_with(FN_PREFIX))
}

/// The data symbols of a link with (or without) lifted C objects.
pub(crate) struct CSymbols<'a> {
    pub lifted: Option<&'a crate::clib::Lifted>,
}

impl<'a> CSymbols<'a> {
    /// C data symbols that are an offset into another data object.
    pub fn aliases(&self) -> &'a HashMap<String, (String, u32)> {
        static NONE: std::sync::OnceLock<HashMap<String, (String, u32)>> = std::sync::OnceLock::new();
        self.lifted.map_or_else(|| NONE.get_or_init(HashMap::default), |l| &l.aliases)
    }
    /// A weak reference nobody defines (its address is 0).
    pub fn weak_undefined(&self, name: &str) -> bool {
        self.lifted.is_some_and(|l| l.weak_undefined.contains(name))
    }
    /// The data object a data symbol lives in: itself, or the object a C alias points into;
    /// `None` for a symbol with no object (a linker symbol, an undefined weak reference).
    pub fn data_target(&self, name: &str) -> Option<String> {
        match self.aliases().get(name) {
            Some((t, _)) => Some(t.clone()),
            None if linker_symbol(name, 0, 0, 0).is_some() || self.weak_undefined(name) => None,
            None => Some(name.to_string()),
        }
    }
}

/// Where the live data objects go (after the stack, in object order), and the addresses of
/// the symbols the linker defines.
pub(crate) struct DataLayout<'a> {
    addr_of: HashMap<&'a str, u64>,
    aliases: &'a HashMap<String, (String, u32)>,
    weak_undefined: &'a dyn Fn(&str) -> bool,
    heap_base: u64,
    /// Initial memory, in 64 KiB pages.
    pub pages: u32,
    pub stack_top: u32,
}

impl<'a> DataLayout<'a> {
    /// Lays out the data objects named in `live`; `aliases` are C data symbols inside other
    /// objects, `weak_undefined` says which symbols nobody defines (address 0).
    pub(crate) fn new(
        objects: &[&'a WasmirObject],
        live: &HashSet<String>,
        aliases: &'a HashMap<String, (String, u32)>,
        weak_undefined: &'a dyn Fn(&str) -> bool,
    ) -> Result<Self, String> {
        let stack_top = STACK_BASE + STACK_SIZE;
        let mut addr_of: HashMap<&str, u64> = HashMap::default();
        let mut next = stack_top as u64;
        for o in objects {
            for d in o.data.iter().filter(|d| live.contains(&d.name)) {
                next = align_to(next, d.align);
                addr_of.insert(&d.name, next);
                next += d.bytes.len().max(1) as u64;
            }
        }
        if next > u32::MAX as u64 / 2 {
            return Err("data does not fit in a 32-bit address space".into());
        }
        let heap_base = align_to(next, 16);
        let pages = (align_to(heap_base, 65536) / 65536) as u32 + 1;
        Ok(DataLayout { addr_of, aliases, weak_undefined, heap_base, pages, stack_top })
    }

    /// The address of a data symbol (`None`: not placed).
    pub(crate) fn address(&self, name: &str) -> Option<u64> {
        if let Some((t, off)) = self.aliases.get(name) {
            return self.addr_of.get(t.as_str()).map(|a| a + *off as u64);
        }
        if let Some(a) = linker_symbol(name, self.heap_base, self.pages as u64 * 65536, self.stack_top as u64) {
            return Some(a);
        }
        if (self.weak_undefined)(name) { Some(0) } else { self.addr_of.get(name).copied() }
    }

    /// The data segments: the live objects' bytes with their pointers filled in (`slot_of`:
    /// a function's table slot).
    pub(crate) fn segments(&self, objects: &[&WasmirObject], live: &HashSet<String>, slot_of: &HashMap<String, u32>) -> Result<Vec<wasmir::Data>, String> {
        let mut out = Vec::new();
        for o in objects {
            for d in o.data.iter().filter(|d| live.contains(&d.name)) {
                let mut bytes = d.bytes.clone();
                for (off, t) in &d.relocs {
                    let v: u32 = match t {
                        RelocTarget::Data { name, addend } => {
                            let a = self.address(name).ok_or_else(|| format!("data object `{}` points at undefined `{name}`", d.name))?;
                            (a as i64 + addend) as u32
                        }
                        RelocTarget::Func { name } => *slot_of.get(name).ok_or_else(|| format!("function `{name}` not in the table"))?,
                    };
                    bytes[*off as usize..*off as usize + 4].copy_from_slice(&v.to_le_bytes());
                }
                // Memory starts zeroed: trailing zero bytes (all of a zero-initialised static,
                // such as an allocator's heap array) need no data segment.
                let len = bytes.iter().rposition(|&b| b != 0).map_or(0, |i| i + 1);
                bytes.truncate(len);
                if !bytes.is_empty() {
                    out.push(wasmir::Data { offset: self.addr_of[d.name.as_str()] as u32, bytes });
                }
            }
        }
        Ok(out)
    }
}

/// Whether a link with `backend` links through precompiled code ([`crate::link_precompiled`]):
/// the dev backend without its optimiser, unless the linked WasmIR text is asked for.
pub fn links_precompiled(backend: Backend, emit_wasmir: bool) -> bool {
    backend == (Backend::Dev { optimize: false }) && !emit_wasmir
}

/// Links the objects (and the C objects they need, `c`) into one wasm module.
///
/// With the dev backend the link copies precompiled code ([`crate::link_precompiled`]);
/// otherwise (the release backend, `dev-opt`, `wasmir-emit=`) it merges and compiles the
/// crates' WasmIR text.
/// `ready`: the dev link's decoded code of some objects (see [`crate::link_precompiled::link`]).
pub fn link(objects: &[WasmirObject], ready: Vec<Option<wasmir_cranelift::reloc::Precompiled>>, c: Option<&crate::clib::CInputs>, opts: &LinkOptions) -> Result<Vec<u8>, String> {
    if links_precompiled(opts.backend, opts.emit_wasmir.is_some()) {
        return crate::link_precompiled::link(objects, ready, c, opts);
    }
    if let Some(o) = objects.iter().find(|o| o.module_text.is_none()) {
        let name = o.precompiled.as_deref().and_then(wasmir_cranelift::reloc::module_name).unwrap_or_default();
        return Err(format!(
            "crate `{name}` was compiled for the dev backend and carries no WasmIR text, which this link needs: rebuild it with -Cllvm-args=wasmir-precompile=yes (keeps both) or for this link's backend"
        ));
    }
    let mut timer = PhaseTimer::new();
    let mut modules = Vec::new();
    // The crates' texts are independent: parsed on all cores (core and std are the big ones).
    let texts = crate::lazy::reachable_texts(objects, opts.c_roots.iter().cloned());
    timer.phase("select reachable functions");
    for m in crate::map_on_threads(&texts, |t| wasmir::parse_module(t)) {
        modules.push(m.map_err(|e| format!("reading WasmIR object: {e}"))?);
    }
    timer.note(|| {
        let all: usize = objects.iter().map(|o| o.module_text.as_ref().map_or(0, String::len)).sum();
        let kept: usize = texts.iter().map(|t| t.len()).sum();
        let funcs: usize = modules.iter().map(|m| m.funcs.len()).sum();
        format!("{} objects, {all} bytes of WasmIR text, {kept} bytes parsed, {funcs} functions", objects.len())
    });
    timer.phase("parse WasmIR");
    let lifted = match c {
        Some(c) => {
            let mut l = crate::clib::lift(c, &crate::clib::RustSymbols::of_modules(&modules), objects)?;
            modules.append(&mut l.modules);
            Some(l)
        }
        None => None,
    };
    let objects: Vec<&WasmirObject> = objects.iter().chain(lifted.iter().flat_map(|l| l.objects.iter())).collect();
    let csym = CSymbols { lifted: lifted.as_ref() };
    let (aliases, weak_undefined, data_target) = (csym.aliases(), |n: &str| csym.weak_undefined(n), |n: &str| csym.data_target(n));
    modules.push(wasmir::parse_module(RUNTIME).map_err(|e| format!("runtime: {e}"))?);
    let module_names: Vec<String> = modules.iter().map(|m| m.name.clone()).collect();
    timer.phase("lift C objects");
    let mut m = wasmir::link::merge(modules).map_err(|e| format!("linking WasmIR: {e}"))?;
    timer.phase("merge");
    unify_globals(&mut m, &module_names);
    for f in &mut m.funcs {
        f.export = None;
    }
    // Function names to indices (a linked program has thousands of functions).
    let func_index: HashMap<String, usize> = m.funcs.iter().enumerate().map(|(i, f)| (f.name.clone(), i)).collect();
    // (function, export name): the crates' exports, and the C runtime's entry point.
    let c_exports = lifted.iter().flat_map(|l| l.exports.iter().map(|(f, e)| (f, e)));
    for (f, e) in objects.iter().flat_map(|o| o.exports.iter().map(|e| (e, e))).chain(c_exports) {
        let id = *func_index.get(f.as_str()).ok_or_else(|| format!("exported function `{f}` is not defined"))?;
        m.funcs[id].export = Some(e.clone());
    }
    // Reachability from the exports through calls, function addresses (`@fn:` globals) and
    // data (`@addr:` globals, then relocations): only reachable functions get a table slot and
    // only reachable data gets memory, so dead code (e.g. `Debug` impls used only on panic
    // paths, which are traps) keeps nothing alive.
    let data_by_name: HashMap<&str, &DataObject> = objects.iter().flat_map(|o| o.data.iter()).map(|d| (d.name.as_str(), d)).collect();
    let mut live_f = vec![false; m.funcs.len()];
    let mut live_d: HashSet<String> = HashSet::default();
    let mut address_taken: BTreeSet<String> = BTreeSet::new();
    let mut fwork: Vec<usize> = Vec::new();
    let mut dwork: Vec<String> = Vec::new();
    for (i, f) in m.funcs.iter().enumerate() {
        if f.export.is_some() {
            live_f[i] = true;
            fwork.push(i);
        }
    }
    let by_name = |name: &str| func_index.get(name).copied().ok_or_else(|| format!("address of undefined function `{name}`"));
    loop {
        let mut newly: Vec<usize> = Vec::new();
        if let Some(fi) = fwork.pop() {
            for b in &m.funcs[fi].blocks {
                for inst in &b.insts {
                    match &inst.op {
                        Op::Call(c, _) | Op::RefFunc(c) => newly.push(c.0 as usize),
                        Op::GlobalGet(g) => {
                            let gname = &m.globals[g.0 as usize].name;
                            if let Some(f) = gname.strip_prefix(FN_PREFIX) {
                                address_taken.insert(f.to_string());
                                newly.push(by_name(f)?);
                            } else if let Some(d) = gname.strip_prefix(ADDR_PREFIX).and_then(|d| data_target(d)) {
                                if live_d.insert(d.clone()) {
                                    dwork.push(d);
                                }
                            }
                        }
                        _ => {}
                    }
                }
            }
        } else if let Some(d) = dwork.pop() {
            let obj = data_by_name.get(d.as_str()).ok_or_else(|| format!("undefined data object `{d}`"))?;
            for (_, t) in &obj.relocs {
                match t {
                    RelocTarget::Func { name } => {
                        address_taken.insert(name.clone());
                        newly.push(by_name(name)?);
                    }
                    RelocTarget::Data { name, .. } => {
                        if let Some(t) = data_target(name) {
                            if live_d.insert(t.clone()) {
                                dwork.push(t);
                            }
                        }
                    }
                }
            }
        } else {
            break;
        }
        for f in newly {
            if !live_f[f] {
                live_f[f] = true;
                fwork.push(f);
            }
        }
    }
    let elems: Vec<wasmir::FuncId> = address_taken.iter().map(|n| wasmir::FuncId(func_index[n.as_str()] as u32)).collect();
    let table_size = elems.len() as u32 + 1;
    m.tables = vec![Table { name: TABLE_NAME.into(), min: table_size, max: Some(table_size), elems: vec![(1, elems)] }];
    for f in &mut m.funcs {
        for b in &mut f.blocks {
            for i in &mut b.insts {
                if let Op::CallIndirect { table, .. } = &mut i.op {
                    *table = TableId(0);
                }
            }
        }
    }
    wasmir::link::eliminate_dead_functions(&mut m);
    timer.note(|| format!("{} functions reachable", m.funcs.len()));
    timer.phase("reachability");
    check_imports(m.funcs.iter().filter_map(|f| f.import.as_ref().map(|i| (f.name.as_str(), i))), lifted.is_some())?;
    check_poisoned(&objects, &m.funcs.iter().map(|f| f.name.as_str()).collect())?;
    let slot_of: HashMap<String, u32> =
        m.tables[0].elems[0].1.iter().enumerate().map(|(i, f)| (m.funcs[f.0 as usize].name.clone(), i as u32 + 1)).collect();

    let layout = DataLayout::new(&objects, &live_d, aliases, &weak_undefined)?;
    m.data.extend(layout.segments(&objects, &live_d, &slot_of)?);
    for g in &mut m.globals {
        if let Some(v) = linked_global_value(&g.name, &layout, &slot_of) {
            g.init = Const::I32(v);
        }
    }
    fold_address_globals(&mut m);
    m.memory = Some(wasmir::Memory { min: layout.pages, max: None });
    timer.phase("layout");
    wasmir::verify_module(&m).map_err(|e| format!("internal error: linked WasmIR does not verify:\n{e}"))?;
    timer.phase("verify");
    if let Some(path) = &opts.emit_wasmir {
        crate::driver::write_atomically(path, wasmir::print_module(&m).as_bytes()).map_err(|e| format!("writing {}: {e}", path.display()))?;
    }
    let wasm = match opts.backend {
        Backend::Dev { optimize } => {
            let o = wasmir_cranelift::Options { optimize, verify_clif: false, debug_info: opts.debug_info, verify_input: false };
            wasmir_cranelift::compile_module(&m, &o).map_err(|e| format!("dev backend: {e}"))?
        }
        Backend::Release { opt } => {
            let o = wasmir_llvm::Options { opt, wasm_opt: opts.wasm_opt, ..Default::default() };
            let (wasm, timings) = wasmir_llvm::compile_module_timed(&m, &o).map_err(|e| format!("release backend: {e}"))?;
            for w in timings.warnings {
                eprintln!("warning: release backend: {}", w.lines().next().unwrap_or(""));
            }
            wasm
        }
    };
    timer.phase("code generation");
    Ok(wasm)
}

/// `WASMIR_LINK_TIMES=1` prints how long each phase of the link took (to stderr), the link
/// step's counterpart of `-Ztime-passes`.
pub(crate) struct PhaseTimer {
    on: bool,
    last: std::time::Instant,
}

impl PhaseTimer {
    pub(crate) fn new() -> Self {
        PhaseTimer { on: std::env::var_os("WASMIR_LINK_TIMES").is_some(), last: std::time::Instant::now() }
    }
    /// Prints a figure about the link (sizes, counts) when timing is on.
    pub(crate) fn note(&self, what: impl FnOnce() -> String) {
        if self.on {
            eprintln!("wasmir link: {}", what());
        }
    }
    pub(crate) fn phase(&mut self, name: &str) {
        if self.on {
            eprintln!("wasmir link: {name}: {:.3} s", self.last.elapsed().as_secs_f64());
        }
        self.last = std::time::Instant::now();
    }
}

/// Once the layout is fixed, the address globals (`@addr:` data, `@fn:` table slots) are
/// constants: their reads become `const`s and the globals go, as do unused globals. Both code generators then see
/// addresses they can fold (the release backend accesses wasm globals only through volatile
/// loads, which LLVM never folds), and the output carries no global per data object.
fn fold_address_globals(m: &mut Module) {
    let consts: Vec<Option<Const>> = m.globals.iter().map(|g| is_address_global(g).then_some(g.init)).collect();
    for f in &mut m.funcs {
        for b in &mut f.blocks {
            for i in &mut b.insts {
                if let Op::GlobalGet(g) = i.op {
                    if let Some(c) = consts[g.0 as usize] {
                        i.op = Op::Const(c);
                    }
                }
            }
        }
    }
    // Globals nothing reads or writes any more go too (the release backend's LLVM aborts on
    // a module whose only global is unused: "Aggregate globals not yet implemented").
    let mut used = vec![false; m.globals.len()];
    for f in &m.funcs {
        for b in &f.blocks {
            for i in &b.insts {
                if let Op::GlobalGet(g) | Op::GlobalSet(g, _) = &i.op {
                    used[g.0 as usize] = true;
                }
            }
        }
    }
    let mut remap = vec![u32::MAX; m.globals.len()];
    let mut kept = Vec::new();
    for (i, g) in std::mem::take(&mut m.globals).into_iter().enumerate() {
        if consts[i].is_none() && used[i] {
            remap[i] = kept.len() as u32;
            kept.push(g);
        }
    }
    m.globals = kept;
    renumber_globals(m, &remap);
}

/// Points every `global.get`/`global.set` at `remap[old id]`.
fn renumber_globals(m: &mut Module, remap: &[u32]) {
    for f in &mut m.funcs {
        for b in &mut f.blocks {
            for i in &mut b.insts {
                if let Op::GlobalGet(g) | Op::GlobalSet(g, _) = &mut i.op {
                    *g = GlobalId(remap[g.0 as usize]);
                }
            }
        }
    }
}

/// The merge renames same-named globals `module.name`; the backend's globals (stack pointer,
/// addresses) mean the same thing in every module, so they become one global each.
fn unify_globals(m: &mut Module, module_names: &[String]) {
    let canonical = |name: &str| -> String {
        for mn in module_names {
            if let Some(rest) = name.strip_prefix(mn.as_str()).and_then(|r| r.strip_prefix('.')) {
                if rest == STACK_POINTER || rest.starts_with(ADDR_PREFIX) || rest.starts_with(FN_PREFIX) {
                    return rest.to_string();
                }
            }
        }
        name.to_string()
    };
    let mut new_globals: Vec<wasmir::Global> = Vec::new();
    let mut by_name: HashMap<String, u32> = HashMap::default();
    let mut remap = Vec::new();
    for g in &m.globals {
        let name = canonical(&g.name);
        let id = *by_name.entry(name.clone()).or_insert_with(|| {
            let mut g = g.clone();
            g.name = name.clone();
            new_globals.push(g);
            new_globals.len() as u32 - 1
        });
        remap.push(id);
    }
    m.globals = new_globals;
    renumber_globals(m, &remap);
}

#[cfg(test)]
mod tests {
    #[test]
    fn runtime_parses() {
        let m = wasmir::parse_module(super::RUNTIME).unwrap();
        assert_eq!(m.funcs.len(), 7);
    }
}
