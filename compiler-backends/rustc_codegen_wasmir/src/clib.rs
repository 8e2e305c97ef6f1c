//! C objects in the link: on wasm32-wasip1, `std` stands on wasi-libc (`crt1-command.o`'s
//! `_start`, `malloc`, `errno`, the WASI wrappers), which the toolchain ships as LLVM wasm
//! objects in `lib/rustlib/wasm32-wasip1/lib/self-contained/`. They are lifted to WasmIR
//! (`wasmir::objfile`) and merged with the crates' WasmIR like any other object, so the dev
//! and release backends compile the C code too and the program needs no `wasm-ld`.
//!
//! Archive members are pulled the way `wasm-ld` pulls them: a member joins when it defines a
//! symbol that is still undefined, until nothing changes. Weak definitions yield to strong
//! ones. `__wasm_call_ctors` (which `_start` calls) is synthesised from the objects'
//! constructors, as `wasm-ld` does.

use crate::object::{RelocTarget, WasmirObject};
use rustc_data_structures::fx::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::PathBuf;
use wasmir::objfile::{self, LiftedObject, MemberSymbols};
use wasmir::{Block, Function, Import, Inst, Module, Op, Signature, Terminator};

/// The C inputs of one link: startup objects (always linked) and archives (pulled on demand).
#[derive(Default)]
pub struct CInputs {
    pub startup: Vec<(String, Vec<u8>)>,
    pub archives: Vec<(String, Vec<u8>)>,
}

/// What the C side adds to the link.
pub struct Lifted {
    pub modules: Vec<Module>,
    /// The lifted data objects (their `module_text` is empty).
    pub objects: Vec<WasmirObject>,
    /// Data symbol → (data object, offset).
    pub aliases: HashMap<String, (String, u32)>,
    /// Weak references nobody defines: address 0.
    pub weak_undefined: HashSet<String>,
    /// The final module's exports as (function, export name): `_start` of a command.
    pub exports: Vec<(String, String)>,
}

/// Finds the C inputs of a wasm32-wasip1 link: the target's self-contained startup object for
/// an executable and the native libraries the crates ask for (`#[link(name = "c")]` in the
/// `libc` crate), searched in the self-contained directory, then the target's lib directory.
pub fn find_inputs(target_lib: &std::path::Path, executable: bool, libs: &[String]) -> Result<CInputs, String> {
    let dirs = [target_lib.join("self-contained"), target_lib.to_path_buf()];
    let read = |p: &PathBuf| std::fs::read(p).map_err(|e| format!("reading {}: {e}", p.display()));
    let mut inputs = CInputs::default();
    if executable {
        let crt = dirs[0].join("crt1-command.o");
        inputs.startup.push((crt.display().to_string(), read(&crt)?));
    }
    let mut seen = HashSet::default();
    for lib in libs {
        if !seen.insert(lib.clone()) {
            continue;
        }
        let file = format!("lib{lib}.a");
        let path = dirs.iter().map(|d| d.join(&file)).find(|p| p.is_file()).ok_or_else(|| {
            format!("native library `{lib}` not found ({file} in {} or {})", dirs[0].display(), dirs[1].display())
        })?;
        inputs.archives.push((path.display().to_string(), read(&path)?));
    }
    Ok(inputs)
}

/// What the Rust side of a link defines and refers to, by name.
/// Borrowed from the link's inputs: tens of thousands of names, not copied.
#[derive(Default)]
pub struct RustSymbols<'a> {
    /// Defined functions.
    pub defined: HashSet<&'a str>,
    /// Functions imported from the C side (`env`) or another object.
    pub undefined: Vec<&'a str>,
    /// Data objects whose addresses code takes (`@addr:` globals).
    pub addressed: Vec<&'a str>,
}

impl<'a> RustSymbols<'a> {
    /// Adds a module's functions (name, import module) and globals (names).
    pub fn add(&mut self, funcs: impl Iterator<Item = (&'a str, Option<&'a str>)>, globals: impl Iterator<Item = &'a str>) {
        for (name, import) in funcs {
            match import {
                None => {
                    self.defined.insert(name);
                }
                Some(m) if m == "env" || m == crate::driver::INTERNAL_IMPORT_MODULE => self.undefined.push(name),
                Some(_) => {}
            }
        }
        self.addressed.extend(globals.filter_map(|g| g.strip_prefix(crate::object::ADDR_PREFIX)));
    }

    /// The symbols of WasmIR modules.
    pub fn of_modules(modules: &'a [Module]) -> Self {
        let mut s = RustSymbols::default();
        for m in modules {
            s.add(m.funcs.iter().map(|f| (f.name.as_str(), f.import.as_ref().map(|i| i.module.as_str()))), m.globals.iter().map(|g| g.name.as_str()));
        }
        s
    }
}

/// Lifts the startup objects and the archive members the Rust side (`rust`) needs.
pub fn lift(inputs: &CInputs, rust: &RustSymbols<'_>, rust_objects: &[WasmirObject]) -> Result<Lifted, String> {
    let rust_data: HashSet<&str> = rust_objects.iter().flat_map(|o| o.data.iter().map(|d| d.name.as_str())).collect();
    // Strong definitions: the Rust side's functions and data and the C side's `c_strong`.
    let rust_defines = |name: &str| rust.defined.contains(name) || rust_data.contains(name);
    let mut c_strong: HashSet<String> = HashSet::default();
    let strong = |c_strong: &HashSet<String>, name: &String| rust_defines(name) || c_strong.contains(name);
    let mut undefined: Vec<String> = rust.undefined.iter().map(|s| s.to_string()).collect();
    undefined.extend(rust.addressed.iter().filter(|a| !rust_data.contains(*a)).map(|s| s.to_string()));
    // Pointers in Rust data to C data or functions (`libc::CLOCK_REALTIME` holds
    // `&_CLOCK_REALTIME`).
    for d in rust_objects.iter().flat_map(|o| o.data.iter()) {
        for (_, t) in &d.relocs {
            match t {
                RelocTarget::Data { name, .. } if !rust_data.contains(name.as_str()) => undefined.push(name.clone()),
                RelocTarget::Func { name } if !rust.defined.contains(name.as_str()) => undefined.push(name.clone()),
                _ => {}
            }
        }
    }
    let mut lifted: Vec<LiftedObject> = Vec::new();
    if !inputs.startup.is_empty() {
        // What `wasm-ld` calls around a command's entry point (see `command_start`).
        undefined.push(CALL_DTORS.into());
    }
    for (path, bytes) in &inputs.startup {
        let o = objfile::lift_object(bytes, &file_name(path)).map_err(|e| format!("{path}: {e}"))?;
        undefined.extend(o.undefined.iter().cloned());
        lifted.push(o);
    }
    for (path, bytes) in &inputs.archives {
        let members = objfile::archive_members(bytes).map_err(|e| format!("{path}: {e}"))?;
        let symbols: Vec<MemberSymbols> = members
            .iter()
            .map(|(name, b)| objfile::member_symbols(b).map_err(|e| format!("{path}({name}): {e}")))
            .collect::<Result<_, _>>()?;
        let lifted_defs: HashSet<&String> = lifted.iter().flat_map(|o| o.defined.iter()).collect();
        let wanted: Vec<String> = undefined.iter().filter(|u| !strong(&c_strong, u) && !lifted_defs.contains(u)).cloned().collect();
        for i in objfile::select_members(&symbols, &wanted) {
            let (name, b) = &members[i];
            let unit = format!("{}({name})", file_name(path));
            let o = objfile::lift_object(b, &unit).map_err(|e| format!("{unit}: {e}"))?;
            undefined.extend(o.undefined.iter().cloned());
            lifted.push(o);
        }
    }
    // Weak definitions yield to strong ones (and to an earlier weak one).
    for o in &lifted {
        c_strong.extend(o.defined.iter().filter(|d| !o.weak_defined.contains(d)).cloned());
    }
    let mut defined_once: HashSet<String> = c_strong.clone();
    for o in &mut lifted {
        for w in o.weak_defined.clone() {
            if rust_defines(&w) || !defined_once.insert(w.clone()) {
                if !o.drop_definition(&w) {
                    o.data.retain(|d| d.name != w);
                    o.aliases.retain(|a| a.name != w);
                }
            }
        }
    }
    let mut init: Vec<(u32, String)> = lifted.iter().flat_map(|o| o.init_funcs.iter().cloned()).collect();
    init.sort_by_key(|(p, _)| *p);
    let mut out = Lifted { modules: vec![], objects: vec![], aliases: Default::default(), weak_undefined: HashSet::default(), exports: vec![] };
    let defined_data: HashSet<String> = lifted.iter().flat_map(|o| o.data.iter().map(|d| d.name.clone()).chain(o.aliases.iter().map(|a| a.name.clone()))).collect();
    for o in lifted {
        out.weak_undefined.extend(o.weak_undefined.iter().filter(|w| !defined_data.contains(*w) && !rust_data.contains(w.as_str())).cloned());
        for a in o.aliases {
            out.aliases.insert(a.name, (a.target, a.offset));
        }
        out.objects.push(WasmirObject { data: o.data, ..Default::default() });
        out.modules.push(o.module);
    }
    if !inputs.startup.is_empty() {
        let has_dtors = out.modules.iter().any(|m| m.funcs.iter().any(|f| f.name == CALL_DTORS && f.import.is_none()));
        out.modules.push(command_start(&init, has_dtors));
        out.exports.push((START_WRAPPER.into(), "_start".into()));
    }
    Ok(out)
}

fn file_name(path: &str) -> String {
    std::path::Path::new(path).file_name().map_or_else(|| path.to_string(), |f| f.to_string_lossy().into_owned())
}

const CALL_CTORS: &str = "__wasm_call_ctors";
const CALL_DTORS: &str = "__wasm_call_dtors";
const START_WRAPPER: &str = "_start.command_export";

/// What `wasm-ld` synthesises for a command: `__wasm_call_ctors`, calling the objects'
/// constructors in priority order (wasi-libc's `environ` initialisation is one), and the
/// exported entry point, a wrapper that runs the constructors, crt1's `_start` (which calls
/// `__original_main` → `__main_void`, the Rust entry) and `__wasm_call_dtors`.
fn command_start(init: &[(u32, String)], has_dtors: bool) -> Module {
    let mut m = Module { name: CALL_CTORS.into(), ..Module::default() };
    // Function 0 is `__wasm_call_ctors` itself; the callees are imports resolved by name.
    m.funcs.push(function(CALL_CTORS, None, Some(CALL_CTORS.into()), vec![]));
    let call = |m: &mut Module, name: &str| {
        let id = match m.funcs.iter().position(|f| f.name == name) {
            Some(i) => i,
            None => {
                let import = Some(Import { module: crate::driver::INTERNAL_IMPORT_MODULE.into(), field: name.into() });
                m.funcs.push(function(name, import, None, vec![]));
                m.funcs.len() - 1
            }
        };
        Inst { op: Op::Call(wasmir::FuncId(id as u32), vec![]), result: None, loc: None }
    };
    let ctors: Vec<Inst> = init.iter().map(|(_, name)| call(&mut m, name)).collect();
    let mut start = vec![call(&mut m, CALL_CTORS), call(&mut m, "_start")];
    if has_dtors {
        start.push(call(&mut m, CALL_DTORS));
    }
    let body = |insts| vec![Block { params: vec![], insts, term: Terminator::Return(vec![]), term_loc: None }];
    m.funcs[0].blocks = body(ctors);
    m.funcs.push(function(START_WRAPPER, None, Some(START_WRAPPER.into()), body(start)));
    m
}

fn function(name: &str, import: Option<Import>, export: Option<String>, blocks: Vec<Block>) -> Function {
    let sig = Signature { params: vec![], results: vec![] };
    Function { name: name.into(), sig, import, export, cc: Default::default(), caps: vec![], values: vec![], blocks, loc: None, private_slots: vec![] }
}
