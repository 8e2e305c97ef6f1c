//! Linking WasmIR: merge several modules into one (imports resolved against other modules'
//! exports by name) and drop functions unreachable from exports and tables.

use crate::ir::*;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Why modules could not be merged.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum LinkError {
    #[error("function ${0} is defined in more than one module")]
    DuplicateFunction(String),
    #[error("export {0:?} is defined in more than one module")]
    DuplicateExport(String),
    #[error("more than one module declares a memory; not supported yet")]
    TwoMemories,
    #[error("import {module}.{field} of ${name} resolves to ${target} with a different signature")]
    SignatureMismatch { module: String, field: String, name: String, target: String },
}

/// Merges modules into one. An import `"m" "f"` whose field matches another module's export
/// `f` becomes a call to that function; other imports stay imports (deduplicated by name).
/// Globals and tables are renamed `module.name` when two modules use the same name.
/// The modules are moved into the result, not copied (a program's link merges megabytes).
pub fn merge(mut modules: Vec<Module>) -> Result<Module, LinkError> {
    let mut out = Module { name: modules.first().map_or("linked".into(), |m| m.name.clone()), ..Module::default() };
    let mut exports: HashMap<String, Signature> = HashMap::default();
    for m in &modules {
        for f in &m.funcs {
            if let (Some(e), false) = (&f.export, f.is_import()) {
                if exports.insert(e.clone(), f.sig.clone()).is_some() {
                    return Err(LinkError::DuplicateExport(e.clone()));
                }
            }
        }
        if m.memory.is_some() {
            if out.memory.is_some() {
                return Err(LinkError::TwoMemories);
            }
            out.memory = m.memory;
        }
    }
    // First pass: lay out every defined function and record where each module's ids go.
    let mut by_name: HashMap<String, FuncId> = HashMap::default();
    let mut maps: Vec<Vec<Option<FuncId>>> = Vec::new();
    // Per module: its imports (by index) and where its defined functions start in `out`.
    let mut imports: Vec<Vec<(usize, Function)>> = Vec::new();
    let mut first_defined: Vec<usize> = Vec::new();
    for m in &mut modules {
        let funcs = std::mem::take(&mut m.funcs);
        let mut map = vec![None; funcs.len()];
        let mut imps = Vec::new();
        first_defined.push(out.funcs.len());
        for (i, f) in funcs.into_iter().enumerate() {
            if f.is_import() {
                imps.push((i, f));
                continue;
            }
            if by_name.contains_key(&f.name) {
                return Err(LinkError::DuplicateFunction(f.name));
            }
            let id = FuncId(out.funcs.len() as u32);
            by_name.insert(f.name.clone(), id);
            map[i] = Some(id);
            out.funcs.push(f);
        }
        maps.push(map);
        imports.push(imps);
    }
    first_defined.push(out.funcs.len());
    let export_ids: HashMap<String, FuncId> = out.funcs.iter().enumerate().filter_map(|(i, f)| f.export.clone().map(|e| (e, FuncId(i as u32)))).collect();
    for (mi, imps) in imports.into_iter().enumerate() {
        for (i, f) in imps {
            let Some(imp) = &f.import else { continue };
            let id = if let Some(&target) = export_ids.get(&imp.field) {
                if out.funcs[target.0 as usize].sig != f.sig {
                    return Err(LinkError::SignatureMismatch { module: imp.module.clone(), field: imp.field.clone(), name: f.name.clone(), target: out.funcs[target.0 as usize].name.clone() });
                }
                target
            } else if let Some(&id) = by_name.get(&f.name) {
                id
            } else {
                let id = FuncId(out.funcs.len() as u32);
                by_name.insert(f.name.clone(), id);
                out.funcs.push(f);
                id
            };
            maps[mi][i] = Some(id);
        }
    }
    // Second pass: rewrite references.
    let mut global_names: HashSet<String> = HashSet::default();
    let mut table_names: HashSet<String> = HashSet::default();
    for (mi, m) in modules.into_iter().enumerate() {
        let file_base = out.files.len() as u32;
        out.files.extend(m.files);
        let gbase = out.globals.len() as u32;
        for mut g in m.globals {
            if !global_names.insert(g.name.clone()) {
                g.name = format!("{}.{}", m.name, g.name);
                global_names.insert(g.name.clone());
            }
            out.globals.push(g);
        }
        let tbase = out.tables.len() as u32;
        let fmap = |f: FuncId| maps[mi][f.0 as usize].unwrap_or(f);
        for mut t in m.tables {
            if !table_names.insert(t.name.clone()) {
                t.name = format!("{}.{}", m.name, t.name);
                table_names.insert(t.name.clone());
            }
            for (_, fs) in &mut t.elems {
                for f in fs.iter_mut() {
                    *f = fmap(*f);
                }
            }
            out.tables.push(t);
        }
        out.data.extend(m.data);
        for nf in &mut out.funcs[first_defined[mi]..first_defined[mi + 1]] {
            let reloc = |l: &mut Option<SrcLoc>| {
                if let Some(l) = l {
                    l.file += file_base;
                }
            };
            reloc(&mut nf.loc);
            for b in &mut nf.blocks {
                reloc(&mut b.term_loc);
                for inst in &mut b.insts {
                    reloc(&mut inst.loc);
                    match &mut inst.op {
                        Op::Call(c, _) | Op::RefFunc(c) => *c = fmap(*c),
                        Op::GlobalGet(g) | Op::GlobalSet(g, _) => g.0 += gbase,
                        Op::CallIndirect { table, .. } => table.0 += tbase,
                        _ => {}
                    }
                }
            }
        }
    }
    Ok(out)
}

/// Removes functions not reachable from exports, element segments or `ref.func`, renumbering
/// the rest. Returns how many were removed.
pub fn eliminate_dead_functions(m: &mut Module) -> usize {
    let n = m.funcs.len();
    let mut live = vec![false; n];
    let mut work: Vec<usize> = Vec::new();
    let mark = |f: usize, live: &mut Vec<bool>, work: &mut Vec<usize>| {
        if f < live.len() && !live[f] {
            live[f] = true;
            work.push(f);
        }
    };
    for (i, f) in m.funcs.iter().enumerate() {
        if f.export.is_some() {
            mark(i, &mut live, &mut work);
        }
    }
    for t in &m.tables {
        for (_, fs) in &t.elems {
            for f in fs {
                mark(f.0 as usize, &mut live, &mut work);
            }
        }
    }
    while let Some(f) = work.pop() {
        for b in &m.funcs[f].blocks {
            for inst in &b.insts {
                if let Op::Call(c, _) | Op::RefFunc(c) = inst.op {
                    mark(c.0 as usize, &mut live, &mut work);
                }
            }
        }
    }
    let mut remap = vec![FuncId(u32::MAX); n];
    let mut k = 0;
    for i in 0..n {
        if live[i] {
            remap[i] = FuncId(k);
            k += 1;
        }
    }
    let funcs = std::mem::take(&mut m.funcs);
    m.funcs = funcs.into_iter().enumerate().filter(|(i, _)| live[*i]).map(|(_, f)| f).collect();
    for f in &mut m.funcs {
        for b in &mut f.blocks {
            for inst in &mut b.insts {
                if let Op::Call(c, _) | Op::RefFunc(c) = &mut inst.op {
                    *c = remap[c.0 as usize];
                }
            }
        }
    }
    for t in &mut m.tables {
        for (_, fs) in &mut t.elems {
            for f in fs.iter_mut() {
                *f = remap[f.0 as usize];
            }
        }
    }
    n - k as usize
}
