//! The dev backend's link. Crates compiled for the dev backend carry precompiled code
//! (`wasmir.dev`, see [`crate::object`]): relocatable wasm bodies made when rustc compiled
//! the crate, so the link only resolves names, keeps what the exports reach, lays out data and
//! the table, and copies the bodies with their indices filled in
//! ([`wasmir_cranelift::reloc::assemble`]). What no rustc compiled for the dev backend (the C
//! objects, the runtime, crates built for the release backend, such as dependencies optimised
//! in a dev profile) is compiled here.
//!
//! The rules are those of [`crate::link::link`] (which links WasmIR text): names resolve
//! like [`wasmir::link::merge`] (an import matches an export by field, then a definition by
//! name; the first definition of a name wins, as the lazy selection of the text link keeps the
//! first), reachability runs through calls, `@fn:`/`@addr:` globals and data relocations, and
//! only reachable functions get table slots.

use crate::link::{DataLayout, LinkOptions, PhaseTimer};
use crate::object::{ADDR_PREFIX, DataObject, FN_PREFIX, RelocTarget, STACK_POINTER, WasmirObject};
use rustc_data_structures::fx::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::collections::BTreeSet;
use wasmir::Const;
use wasmir_cranelift::reloc::{self, GlobalUse, Precompiled, RelocKind};

/// A function reference once names are resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Target {
    /// The definition: (part, function).
    Def(usize, u32),
    /// An import no part defines: the first (part, function) declaring it.
    Import(usize, u32),
}

/// Name resolution over a set of precompiled parts.
struct Symbols<'a> {
    parts: &'a [Precompiled],
    by_name: HashMap<&'a str, (usize, u32)>,
    /// Per part, per function.
    target: Vec<Vec<Target>>,
}

impl<'a> Symbols<'a> {
    fn new(parts: &'a [Precompiled]) -> Self {
        let funcs: usize = parts.iter().map(|p| p.funcs.len()).sum();
        let mut by_name: HashMap<&str, (usize, u32)> = HashMap::with_capacity_and_hasher(funcs, Default::default());
        let mut by_export: HashMap<&str, (usize, u32)> = HashMap::default();
        for (p, part) in parts.iter().enumerate() {
            for (i, f) in part.funcs.iter().enumerate().filter(|(_, f)| f.import.is_none()) {
                by_name.entry(&f.name).or_insert((p, i as u32));
                if let Some(e) = &f.export {
                    by_export.entry(e).or_insert((p, i as u32));
                }
            }
        }
        let mut import_by_name: HashMap<&str, (usize, u32)> = HashMap::default();
        let target = parts
            .iter()
            .enumerate()
            .map(|(p, part)| {
                part.funcs
                    .iter()
                    .enumerate()
                    .map(|(i, f)| match &f.import {
                        None => {
                            let (dp, di) = by_name[f.name.as_str()];
                            Target::Def(dp, di)
                        }
                        Some(imp) => match by_export.get(imp.field.as_str()).or_else(|| by_name.get(f.name.as_str())) {
                            Some(&(dp, di)) => Target::Def(dp, di),
                            None => {
                                let (ip, ii) = *import_by_name.entry(&f.name).or_insert((p, i as u32));
                                Target::Import(ip, ii)
                            }
                        },
                    })
                    .collect()
            })
            .collect();
        Symbols { parts, by_name, target }
    }

    fn def(&self, name: &str) -> Option<(usize, u32)> {
        self.by_name.get(name).copied()
    }
}

/// What the roots reach.
#[derive(Default)]
struct Reach {
    /// Per part, per function: a reached definition.
    live: Vec<Vec<bool>>,
    /// Reached definitions in the order found.
    defs: Vec<(usize, u32)>,
    imports: HashSet<(usize, u32)>,
    data: HashSet<String>,
    /// Functions whose table slot is taken (`@fn:` globals, data relocations).
    address_taken: BTreeSet<String>,
}

/// Walks the call graph from `roots` (function names) through relocation sites and data.
/// `data_target` maps a data symbol to the object holding it (`None`: no object, e.g. a linker
/// symbol). `wasmir[p]`: the WasmIR of a part that has declarations only.
fn reach<'a>(
    s: &Symbols<'a>,
    wasmir: &[Option<&wasmir::Module>],
    roots: impl IntoIterator<Item = &'a str>,
    data: &HashMap<&str, &DataObject>,
    data_target: &dyn Fn(&str) -> Option<String>,
) -> Result<Reach, String> {
    let mut r = Reach { live: s.parts.iter().map(|p| vec![false; p.funcs.len()]).collect(), ..Default::default() };
    let mut fwork: Vec<(usize, u32)> = Vec::new();
    let mut dwork: Vec<String> = Vec::new();
    fn visit(r: &mut Reach, work: &mut Vec<(usize, u32)>, t: Target) {
        match t {
            Target::Def(p, f) => {
                if !r.live[p][f as usize] {
                    r.live[p][f as usize] = true;
                    r.defs.push((p, f));
                    work.push((p, f));
                }
            }
            Target::Import(p, f) => {
                r.imports.insert((p, f));
            }
        }
    }
    let by_name = |name: &str| s.def(name).map(|(p, f)| Target::Def(p, f)).ok_or_else(|| format!("address of undefined function `{name}`"));
    for name in roots {
        let t = s.def(name).ok_or_else(|| format!("exported function `{name}` is not defined"))?;
        visit(&mut r, &mut fwork, Target::Def(t.0, t.1));
    }
    loop {
        if let Some((p, f)) = fwork.pop() {
            let part = &s.parts[p];
            // A compiled body's references are its relocations; a part not compiled yet (the
            // C objects) is walked in its WasmIR.
            let refs: Vec<(RelocKind, u32)> = match (&part.funcs[f as usize].body, wasmir.get(p).copied().flatten()) {
                (Some(body), _) => body.relocs.iter().map(|rl| (rl.kind, rl.index)).collect(),
                (None, Some(m)) => m.funcs[f as usize]
                    .blocks
                    .iter()
                    .flat_map(|b| &b.insts)
                    .filter_map(|i| match &i.op {
                        wasmir::Op::Call(c, _) => Some((RelocKind::Call, c.0)),
                        wasmir::Op::RefFunc(c) => Some((RelocKind::RefFunc, c.0)),
                        wasmir::Op::GlobalGet(g) => Some((RelocKind::GlobalGet, g.0)),
                        _ => None,
                    })
                    .collect(),
                (None, None) => continue,
            };
            for (kind, index) in refs {
                match kind {
                    RelocKind::Call | RelocKind::RefFunc => visit(&mut r, &mut fwork, s.target[p][index as usize]),
                    RelocKind::GlobalGet => {
                        let g = &part.globals[index as usize].name;
                        if let Some(fname) = g.strip_prefix(FN_PREFIX) {
                            let t = by_name(fname)?;
                            r.address_taken.insert(fname.to_string());
                            visit(&mut r, &mut fwork, t);
                        } else if let Some(d) = g.strip_prefix(ADDR_PREFIX).and_then(data_target) {
                            if r.data.insert(d.clone()) {
                                dwork.push(d);
                            }
                        }
                    }
                    RelocKind::CallIndirect | RelocKind::GlobalSet => {}
                }
            }
        } else if let Some(d) = dwork.pop() {
            let obj = data.get(d.as_str()).ok_or_else(|| format!("undefined data object `{d}`"))?;
            for (_, t) in &obj.relocs {
                match t {
                    RelocTarget::Func { name } => {
                        let t = by_name(name)?;
                        r.address_taken.insert(name.clone());
                        visit(&mut r, &mut fwork, t);
                    }
                    RelocTarget::Data { name, .. } => {
                        if let Some(t) = data_target(name) {
                            if r.data.insert(t.clone()) {
                                dwork.push(t);
                            }
                        }
                    }
                }
            }
        } else {
            return Ok(r);
        }
    }
}

/// Options for compiling the parts no rustc precompiled (C objects, the runtime, text-only
/// objects): verified under `WASMIR_VERIFY=1`, like the crates.
fn dev_options() -> wasmir_cranelift::Options {
    let verify = std::env::var_os("WASMIR_VERIFY").is_some_and(|v| v != "0");
    wasmir_cranelift::Options { optimize: false, verify_clif: false, debug_info: true, verify_input: verify }
}

/// An object's code for the link: its precompiled code decoded, or (an object of a crate
/// compiled for the release backend, with WasmIR text only) compiled now, like the C objects.
pub(crate) fn part_of(o: &WasmirObject) -> Result<Precompiled, String> {
    match (&o.precompiled, &o.module_text) {
        (Some(p), _) => Precompiled::from_bytes(p).map_err(|e| format!("reading a precompiled object: {e}")),
        (None, Some(t)) => {
            let m = wasmir::parse_module(t).map_err(|e| format!("reading WasmIR object: {e}"))?;
            reloc::precompile(&m, &dev_options()).map_err(|e| format!("dev backend: {e}"))
        }
        (None, None) => Err("an object with neither WasmIR nor precompiled code".into()),
    }
}

/// Links through the objects' precompiled code, compiling what has none (see the module
/// docs). `ready[i]`, where present, is [`part_of`]`(&objects[i])` made ahead of the link.
pub fn link(objects: &[WasmirObject], ready: Vec<Option<Precompiled>>, c: Option<&crate::clib::CInputs>, opts: &LinkOptions) -> Result<Vec<u8>, String> {
    let mut timer = PhaseTimer::new();
    let mut ready = ready.into_iter();
    let mut parts: Vec<Option<Precompiled>> = objects.iter().map(|_| ready.next().flatten()).collect();
    let todo: Vec<usize> = (0..objects.len()).filter(|&i| parts[i].is_none()).collect();
    for (i, p) in todo.iter().zip(crate::map_on_threads(&todo, |&i| part_of(&objects[i]))) {
        parts[*i] = Some(p?);
    }
    let mut parts: Vec<Precompiled> = parts.into_iter().flatten().collect();
    timer.note(|| {
        let funcs: usize = parts.iter().map(|p| p.funcs.len()).sum();
        let bytes: usize = objects.iter().map(|o| o.precompiled.as_ref().map_or(0, |p| p.len())).sum();
        format!("{} objects, {bytes} bytes of precompiled code, {funcs} functions", objects.len())
    });
    timer.phase("read precompiled code (compile text-only objects)");
    // The C objects: lifted for what the Rust side declares (as the text link does: every
    // import and address global of the crates, reachable or not), then compiled with the
    // runtime.
    let mut lifted = match c {
        Some(c) => {
            let mut needed = crate::clib::RustSymbols::default();
            needed.defined.reserve(parts.iter().map(|p| p.funcs.len()).sum());
            for p in &parts {
                needed.add(p.funcs.iter().map(|f| (f.name.as_str(), f.import.as_ref().map(|i| i.module.as_str()))), p.globals.iter().map(|g| g.name.as_str()));
            }
            // Functions whose address Rust takes and no crate defines.
            for p in &parts {
                let fns = p.globals.iter().filter_map(|g| g.name.strip_prefix(FN_PREFIX));
                needed.undefined.extend(fns.filter(|f| !needed.defined.contains(*f)).collect::<Vec<_>>());
            }
            Some(crate::clib::lift(c, &needed, objects)?)
        }
        None => None,
    };
    // C objects and the runtime: only what the program reaches is compiled (after
    // reachability, which walks their WasmIR).
    let mut modules: Vec<wasmir::Module> = lifted.as_mut().map_or(vec![], |l| std::mem::take(&mut l.modules));
    modules.push(wasmir::parse_module(crate::link::RUNTIME).map_err(|e| format!("runtime: {e}"))?);
    let c_parts = parts.len()..parts.len() + modules.len();
    parts.extend(modules.iter().map(reloc::declarations));
    let wasmir_of: Vec<Option<&wasmir::Module>> = (0..parts.len()).map(|p| c_parts.contains(&p).then(|| &modules[p - c_parts.start])).collect();
    timer.phase("lift C objects");
    let objects: Vec<&WasmirObject> = objects.iter().chain(lifted.iter().flat_map(|l| l.objects.iter())).collect();
    let csym = crate::link::CSymbols { lifted: lifted.as_ref() };
    let (aliases, weak_undefined, data_target) = (csym.aliases(), |n: &str| csym.weak_undefined(n), |n: &str| csym.data_target(n));
    let data_by_name: HashMap<&str, &DataObject> = objects.iter().flat_map(|o| o.data.iter()).map(|d| (d.name.as_str(), d)).collect();

    // Exports: the crates' (under their own names) and the C runtime's entry point.
    let s = Symbols::new(&parts);
    let c_exports = lifted.iter().flat_map(|l| l.exports.iter().map(|(f, e)| (f.as_str(), e.as_str())));
    let exports: Vec<(&str, &str)> = objects.iter().flat_map(|o| o.exports.iter().map(|e| (e.as_str(), e.as_str()))).chain(c_exports).collect();
    let r = reach(&s, &wasmir_of, exports.iter().map(|(f, _)| *f), &data_by_name, &data_target)?;
    timer.note(|| format!("{} functions reachable", r.defs.len() + r.imports.len()));
    timer.phase("reachability");
    let mut imports: Vec<(usize, u32)> = r.imports.iter().copied().collect();
    imports.sort_unstable();
    let import_of = |&(p, f): &(usize, u32)| parts[p].funcs[f as usize].import.as_ref().map(|i| (parts[p].funcs[f as usize].name.as_str(), i));
    crate::link::check_imports(imports.iter().filter_map(import_of), lifted.is_some())?;
    crate::link::check_poisoned(&objects, &r.defs.iter().map(|&(p, f)| parts[p].funcs[f as usize].name.as_str()).collect())?;

    // Function indices: imports first, then the definitions in part order.
    let mut defined: Vec<(usize, u32)> = r.defs.clone();
    defined.sort_unstable();
    let mut index_of: HashMap<Target, u32> = HashMap::default();
    for (i, &(p, f)) in imports.iter().enumerate() {
        index_of.insert(Target::Import(p, f), i as u32);
    }
    for (i, &(p, f)) in defined.iter().enumerate() {
        index_of.insert(Target::Def(p, f), (imports.len() + i) as u32);
    }
    let func_index: Vec<Vec<u32>> = s.target.iter().map(|ts| ts.iter().map(|t| index_of.get(t).copied().unwrap_or(u32::MAX)).collect()).collect();
    let final_index = |name: &str| -> u32 {
        let (p, f) = s.def(name).expect("reached functions are defined");
        index_of[&Target::Def(p, f)]
    };
    // The table: slot 0 stays null.
    let elems: Vec<u32> = r.address_taken.iter().map(|n| final_index(n)).collect();
    let slot_of: HashMap<String, u32> = r.address_taken.iter().enumerate().map(|(i, n)| (n.clone(), i as u32 + 1)).collect();
    let table_size = elems.len() as u32 + 1;
    let tables = vec![reloc::TableOut { min: table_size, max: Some(table_size), elems: vec![(1, elems)] }];

    let layout = DataLayout::new(&objects, &r.data, aliases, &weak_undefined)?;
    let data = layout.segments(&objects, &r.data, &slot_of)?;
    timer.phase("layout");

    let mut export_list: Vec<(String, u32)> = Vec::new();
    for (f, e) in &exports {
        let i = final_index(f);
        export_list.retain(|(_, j)| *j != i);
        export_list.push((e.to_string(), i));
    }
    export_list.sort_by_key(|(_, i)| *i);

    let jobs: Vec<(usize, &wasmir::Module)> = c_parts.clone().zip(&modules).collect();
    let compiled: Vec<Result<Precompiled, String>> =
        crate::map_on_threads(&jobs, |&(p, m)| reloc::precompile_some(m, &dev_options(), &r.live[p]).map_err(|e| format!("dev backend: {e}")));
    // Not freed (see `crate::leak`), like the parts below.
    crate::leak(s);
    for (i, c) in compiled.into_iter().enumerate() {
        parts[c_parts.start + i] = c?;
    }
    timer.note(|| {
        let reached = r.defs.iter().filter(|(p, _)| c_parts.contains(p)).count();
        let all: usize = modules.iter().map(|m| m.funcs.iter().filter(|f| !f.is_import()).count()).sum();
        format!("C objects and runtime: {reached} of {all} functions reachable and compiled")
    });
    timer.phase("compile C objects");

    // Globals: addresses become constants, the stack pointer is one global, any other global
    // is its part's own; only globals reachable code uses are kept.
    let mut globals: Vec<wasmir::Global> = Vec::new();
    let mut stack_pointer: Option<u32> = None;
    let mut global_use: Vec<Vec<GlobalUse>> = parts.iter().map(|p| vec![GlobalUse::Const(0); p.globals.len()]).collect();
    let mut assigned: Vec<Vec<bool>> = parts.iter().map(|p| vec![false; p.globals.len()]).collect();
    for &(p, f) in &defined {
        for rl in parts[p].funcs[f as usize].body.iter().flat_map(|b| &b.relocs) {
            if !matches!(rl.kind, RelocKind::GlobalGet | RelocKind::GlobalSet) || assigned[p][rl.index as usize] {
                continue;
            }
            assigned[p][rl.index as usize] = true;
            let g = &parts[p].globals[rl.index as usize];
            let linked = crate::link::linked_global_value(&g.name, &layout, &slot_of);
            global_use[p][rl.index as usize] = if crate::link::is_address_global(g) {
                GlobalUse::Const(linked.expect("address globals have a linked value"))
            } else if g.name == STACK_POINTER {
                GlobalUse::Global(*stack_pointer.get_or_insert_with(|| {
                    globals.push(wasmir::Global { init: Const::I32(layout.stack_top as i32), ..g.clone() });
                    globals.len() as u32 - 1
                }))
            } else {
                globals.push(wasmir::Global { init: linked.map_or(g.init, Const::I32), ..g.clone() });
                GlobalUse::Global(globals.len() as u32 - 1)
            };
        }
    }
    let name = parts.first().map_or("linked".to_string(), |p| p.name.clone());
    let assembly = reloc::Assembly {
        name: &name,
        parts: &parts,
        imports,
        defined,
        func_index,
        global_use,
        globals,
        tables,
        memory: Some(wasmir::Memory { min: layout.pages, max: None }),
        exports: export_list,
        data,
        debug_info: opts.debug_info,
    };
    let wasm = reloc::assemble(&assembly).map_err(|e| format!("dev backend: {e}"))?;
    timer.phase("assemble");
    // Not freed (see `crate::leak`); what borrows the parts and the lifted C objects goes first.
    crate::leak((assembly, data_by_name, objects));
    crate::leak((parts, modules, lifted, r, index_of));
    Ok(wasm)
}
