//! Crate-level driving: which items to lower, the module being built, the object written.

use crate::abi::FnAbi;
use crate::object::{ADDR_PREFIX, DataObject, FN_PREFIX, STACK_POINTER, WasmirObject};
use rustc_data_structures::fx::{FxHashMap, FxHashSet};
use rustc_hir::attrs::Linkage;
use rustc_hir::def_id::{CrateNum, DefId, LOCAL_CRATE};
use rustc_middle::middle::codegen_fn_attrs::CodegenFnAttrFlags;
use rustc_middle::mir::interpret::AllocId;
use rustc_middle::mono::MonoItem;
use rustc_middle::ty::layout::LayoutCx;
use rustc_middle::ty::{self, Instance, TyCtxt};
use std::path::Path;
use wasmir::{CallConv, Const, FuncId, Function, GlobalId, Import, Op, Signature, Type};

/// Import module of functions defined in another object's WasmIR (resolved by name at link
/// time).
pub use wasmir::objfile::INTERNAL_MODULE as INTERNAL_IMPORT_MODULE;

/// Crates of the sysroot (by name; the crate being compiled counts when it is one, as when
/// the sysroot itself is built through this backend). Their diverging functions are the panic
/// machinery, lowered as traps.
pub fn is_sysroot_crate(tcx: TyCtxt<'_>, cnum: CrateNum) -> bool {
    tcx.is_compiler_builtins(cnum)
        || matches!(
            tcx.crate_name(cnum).as_str(),
            "core" | "alloc" | "std" | "panic_abort" | "panic_unwind" | "unwind" | "std_detect"
                | "rustc_std_workspace_core" | "rustc_std_workspace_alloc" | "hashbrown" | "cfg_if"
                | "libc" | "wasi" | "dlmalloc" | "rustc_demangle" | "memchr" | "adler2"
                | "miniz_oxide" | "object" | "gimli" | "addr2line"
        )
}

/// Whether a diverging function is part of the panic machinery, whose calls are traps and
/// whose bodies are not lowered: diverging functions of the sysroot, except those that end the
/// program on purpose (`std::process::exit`/`abort` and `std::sys`'s, C's `exit`, `abort`).
pub fn is_panic_machinery(tcx: TyCtxt<'_>, def_id: DefId) -> bool {
    if !is_sysroot_crate(tcx, def_id.krate) || tcx.is_foreign_item(def_id) {
        return false;
    }
    let path = tcx.def_path(def_id).to_string_no_crate_verbose();
    !(tcx.crate_name(def_id.krate).as_str() == "std" && (path.starts_with("::process::") || path.starts_with("::sys::")))
}

/// Sysroot crates whose objects carry no WasmIR (the toolchain's LLVM-compiled sysroot): the
/// backend lowers private copies of their code that has MIR, and calls into the rest are
/// errors. A sysroot built by `build-sysroot.sh` carries WasmIR and is linked like any crate.
///
/// Only crates loaded from a sysroot directory count: while cargo builds the sysroot itself
/// (`build-sysroot.sh … wasm32-wasip1`), `core` and friends come from the target dir, and with
/// pipelining their rlibs may not exist yet when a dependent crate is compiled.
pub fn is_llvm_sysroot_crate(tcx: TyCtxt<'_>, cnum: CrateNum) -> bool {
    cnum != LOCAL_CRATE && is_sysroot_crate(tcx, cnum) && loaded_from_sysroot(tcx, cnum) && !crate_has_wasmir(tcx, cnum)
}

fn loaded_from_sysroot(tcx: TyCtxt<'_>, cnum: CrateNum) -> bool {
    let src = tcx.used_crate_source(cnum);
    let paths = src.rlib.iter().chain(src.rmeta.iter()).chain(src.dylib.iter());
    paths.into_iter().any(|p| tcx.sess.opts.sysroot.all_paths().any(|s| p.starts_with(s)))
}

/// Whether an upstream crate's rlib holds one of this backend's objects (member names end in
/// `.wasmir.rcgu.o`, see `join_codegen`). Cached per rlib path: the provider hooks ask often.
pub fn crate_has_wasmir(tcx: TyCtxt<'_>, cnum: CrateNum) -> bool {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static CACHE: OnceLock<Mutex<HashMap<std::path::PathBuf, bool>>> = OnceLock::new();
    let src = tcx.used_crate_source(cnum);
    let Some(rlib) = src.rlib.as_ref() else { return false };
    let cache = CACHE.get_or_init(Default::default);
    if let Some(&b) = cache.lock().unwrap().get(rlib) {
        return b;
    }
    // Only the member names are looked at (none is read).
    let mut has = false;
    let _ = rlib_members(rlib, |name| { has |= name.windows(8).any(|w| w == b".wasmir."); false }, |_| Ok(()));
    cache.lock().unwrap().insert(rlib.clone(), has);
    has
}

/// Calls `read(data)` for each member of the archive at `path` whose name `want` accepts, and
/// returns how many there were. The others are skipped without reading them (an
/// rlib's `lib.rmeta` is tens of megabytes for `core`).
pub fn rlib_members(
    path: &Path,
    mut want: impl FnMut(&[u8]) -> bool,
    mut read: impl FnMut(Vec<u8>) -> std::io::Result<()>,
) -> std::io::Result<usize> {
    use std::io::{Read, Seek, SeekFrom};
    let mut ar = ::ar::Archive::new(std::fs::File::open(path)?);
    let mut wanted = 0;
    for i in 0..ar.count_entries()? {
        let mut entry = ar.jump_to_entry(i)?;
        if want(entry.header().identifier()) {
            // Presized, but not trusting a damaged header's size for an allocation.
            let mut data = Vec::with_capacity(entry.header().size().min(1 << 26) as usize);
            entry.read_to_end(&mut data)?;
            read(data)?;
            wanted += 1;
        } else {
            // Dropping an entry reads what is left of it; skip to its end instead.
            entry.seek(SeekFrom::End(0))?;
        }
    }
    Ok(wanted)
}

/// A crate's code precompiled as it is lowered: each finished body is compiled at once, on
/// the lowering thread, while it is still in the cache, and then freed. (rustc runs one such
/// thread per crate and cargo one rustc per jobserver token, so a second thread here would only
/// take a core from another crate's compilation.)
pub struct Precompile {
    pub compiled: wasmir_cranelift::reloc::Incremental,
    /// The first body that failed to verify or compile.
    pub error: Option<wasmir_cranelift::Error>,
    /// Check each body before it is compiled, and keep it for the whole module's check.
    pub verify: bool,
}

/// Module-level state while one crate is lowered.
pub struct ModCx<'tcx> {
    pub tcx: TyCtxt<'tcx>,
    pub lcx: LayoutCx<'tcx>,
    pub module: wasmir::Module,
    funcs: FxHashMap<String, FuncId>,
    globals: FxHashMap<String, GlobalId>,
    pub data: Vec<DataObject>,
    pub allocs: FxHashMap<AllocId, String>,
    pub statics_done: FxHashSet<DefId>,
    pub exports: Vec<String>,
    /// Items defined in this crate: instance -> wasmir function name.
    pub local: FxHashMap<Instance<'tcx>, String>,
    /// Unique prefix for this crate's internal names.
    pub prefix: String,
    pub table_declared: bool,
    pub debug_info: bool,
    /// Source files already in `module.files`, by where rustc's source map starts them.
    pub file_ids: FxHashMap<rustc_span::BytePos, u32>,
    /// Source location of each span start seen (many statements share a span, and
    /// `lookup_char_pos` also measures the line's display width).
    pub span_locs: FxHashMap<rustc_span::BytePos, wasmir::SrcLoc>,
    /// What calls to a sysroot function are, by the callee's (monomorphic) type: whether it
    /// diverges depends on its generic arguments ([`crate::panic_paths`]).
    pub call_kinds: std::cell::RefCell<FxHashMap<ty::Ty<'tcx>, crate::panic_paths::CallKind>>,
    /// Whether a `core` function is one of `core::fmt`'s pure constructors, by definition.
    pub fmt_ctors: std::cell::RefCell<FxHashMap<DefId, bool>>,
    /// Callee ABIs by (signature, passes a caller location): a crate makes thousands of calls
    /// to a few hundred signatures, and normalising one is a trait query.
    fn_abis: FxHashMap<(ty::PolyFnSig<'tcx>, bool), Result<std::rc::Rc<FnAbi<'tcx>>, String>>,
    /// A callee type's signature and, for a function item, its resolved instance: a crate calls
    /// each callee type from many sites, and instantiating the signature folds it.
    callee_types: FxHashMap<ty::Ty<'tcx>, (ty::PolyFnSig<'tcx>, Option<Instance<'tcx>>)>,
    /// Normalised signatures, for the same reason.
    fn_sigs: FxHashMap<ty::PolyFnSig<'tcx>, ty::FnSig<'tcx>>,
    /// What [`ModCx::func_for_instance`] answered, by callee: a crate calls the same few
    /// thousand instances from tens of thousands of sites, and each answer starts with the
    /// instance's symbol name.
    callees: FxHashMap<Instance<'tcx>, FuncId>,
    /// Sysroot instances lowered on demand (their MIR is available), waiting for a body.
    pub pending: Vec<(Instance<'tcx>, FuncId, FnAbi<'tcx>)>,
    /// Functions whose lowering failed (body: a trap) with their error message.
    pub poisoned: Vec<(String, String)>,
    /// Set when bodies are compiled as they are finished ([`ModCx::define`]).
    precompile: Option<Precompile>,
}

impl<'tcx> ModCx<'tcx> {
    /// [`FnAbi::for_fn_sig`], once per signature.
    pub fn fn_abi_for_sig(&mut self, sig: ty::PolyFnSig<'tcx>, caller_location: bool) -> Result<std::rc::Rc<FnAbi<'tcx>>, String> {
        if let Some(a) = self.fn_abis.get(&(sig, caller_location)) {
            return a.clone();
        }
        let a = FnAbi::for_fn_sig(&self.lcx, self.tcx, sig, caller_location).map(std::rc::Rc::new);
        self.fn_abis.insert((sig, caller_location), a.clone());
        a
    }

    /// The signature of a callee of (monomorphic) type `fty` and, for a function item, the
    /// instance it resolves to; once per callee type.
    pub fn callee_type(&mut self, fty: ty::Ty<'tcx>, span: rustc_span::Span) -> (ty::PolyFnSig<'tcx>, Option<Instance<'tcx>>) {
        let tcx = self.tcx;
        *self.callee_types.entry(fty).or_insert_with(|| {
            let inst = match *fty.kind() {
                ty::FnDef(def_id, args) => Some(Instance::expect_resolve(tcx, ty::TypingEnv::fully_monomorphized(), def_id, args, span)),
                _ => None,
            };
            (fty.fn_sig(tcx), inst)
        })
    }

    /// A signature with regions erased and projections normalised, once per signature.
    pub fn normalized_sig(&mut self, sig: ty::PolyFnSig<'tcx>) -> ty::FnSig<'tcx> {
        let tcx = self.tcx;
        *self.fn_sigs.entry(sig).or_insert_with(|| tcx.normalize_erasing_late_bound_regions(ty::TypingEnv::fully_monomorphized(), sig))
    }

    /// Stores the body of function `id`, or compiles it (the module keeps the header).
    pub fn define(&mut self, id: FuncId, func: Function) {
        let ModCx { module, precompile, .. } = self;
        let Some(p) = precompile else {
            module.funcs[id.0 as usize] = func;
            return;
        };
        module.funcs[id.0 as usize].loc = func.loc;
        if p.verify && p.error.is_none() {
            p.error = wasmir::verify_function(module, &func).err().map(Into::into);
        }
        if p.error.is_none() {
            p.error = p.compiled.compile(module, &func, id).err();
        }
        if p.verify {
            module.funcs[id.0 as usize] = func;
        }
    }

    pub fn new(tcx: TyCtxt<'tcx>) -> Self {
        let name = tcx.crate_name(LOCAL_CRATE).to_string();
        let prefix = format!("{}.{:x}", name, tcx.stable_crate_id(LOCAL_CRATE).as_u64());
        ModCx {
            tcx,
            lcx: LayoutCx::new(tcx, ty::TypingEnv::fully_monomorphized()),
            module: wasmir::Module { name, ..Default::default() },
            funcs: Default::default(),
            globals: Default::default(),
            data: vec![],
            allocs: Default::default(),
            statics_done: Default::default(),
            exports: vec![],
            local: Default::default(),
            prefix,
            table_declared: false,
            pending: vec![],
            poisoned: vec![],
            debug_info: tcx.sess.opts.debuginfo != rustc_session::config::DebugInfo::None,
            file_ids: Default::default(),
            span_locs: Default::default(),
            call_kinds: Default::default(),
            fmt_ctors: Default::default(),
            fn_abis: Default::default(),
            callee_types: Default::default(),
            fn_sigs: Default::default(),
            callees: Default::default(),
            precompile: None,
        }
    }

    fn global(&mut self, name: String, mutable: bool) -> GlobalId {
        if let Some(&g) = self.globals.get(&name) {
            return g;
        }
        self.module.globals.push(wasmir::Global { name: name.clone(), ty: Type::I32, mutable, init: Const::I32(0) });
        let id = GlobalId(self.module.globals.len() as u32 - 1);
        self.globals.insert(name, id);
        id
    }
    pub fn stack_pointer(&mut self) -> GlobalId {
        self.global(STACK_POINTER.into(), true)
    }
    /// The global holding the address of a data object.
    pub fn data_addr(&mut self, data_name: &str) -> GlobalId {
        self.global(format!("{ADDR_PREFIX}{data_name}"), false)
    }
    /// The global holding the table index of a function.
    pub fn fn_index(&mut self, func_name: &str) -> GlobalId {
        self.global(format!("{FN_PREFIX}{func_name}"), false)
    }
    pub fn table(&mut self) -> wasmir::TableId {
        if !self.table_declared {
            self.module.tables.push(wasmir::Table { name: crate::link::TABLE_NAME.into(), min: 0, max: None, elems: vec![] });
            self.table_declared = true;
        }
        wasmir::TableId(0)
    }

    pub fn func_id(&self, name: &str) -> Option<FuncId> {
        self.funcs.get(name).copied()
    }

    /// Declares a function header (defined later, or imported when `import` is set).
    pub fn declare(&mut self, name: String, sig: Signature, import: Option<Import>) -> FuncId {
        if let Some(&id) = self.funcs.get(&name) {
            return id;
        }
        self.module.funcs.push(Function {
            name: name.clone(),
            sig,
            import,
            export: None,
            cc: CallConv::Core,
            caps: vec![],
            values: vec![],
            blocks: vec![],
            loc: None,
            private_slots: vec![],
        });
        let id = FuncId(self.module.funcs.len() as u32 - 1);
        self.funcs.insert(name, id);
        id
    }

    /// The function to call for `instance`: a local definition or an import resolved at link
    /// time. Errors (as "not supported yet" text) for sysroot code not compiled through WasmIR.
    pub fn func_for_instance(&mut self, instance: Instance<'tcx>, caller_abi: &FnAbi<'tcx>) -> Result<FuncId, String> {
        if let Some(&id) = self.callees.get(&instance) {
            return Ok(id);
        }
        let id = self.resolve_callee(instance, caller_abi)?;
        self.callees.insert(instance, id);
        Ok(id)
    }

    /// [`ModCx::func_for_instance`] the first time `instance` is asked for. A name is declared
    /// once (later declarations return the first id), so the answer does not change.
    fn resolve_callee(&mut self, instance: Instance<'tcx>, caller_abi: &FnAbi<'tcx>) -> Result<FuncId, String> {
        if let Some(name) = self.local.get(&instance) {
            return Ok(self.funcs[name]);
        }
        let tcx = self.tcx;
        let def_id = instance.def_id();
        let symbol = tcx.symbol_name(instance).name.to_string();
        let std_internal = || tcx.codegen_fn_attrs(def_id).flags.contains(CodegenFnAttrFlags::RUSTC_STD_INTERNAL_SYMBOL);
        if tcx.is_foreign_item(def_id) && (tcx.fn_sig(def_id).skip_binder().abi() == rustc_abi::ExternAbi::Rust || std_internal()) {
            // `extern "Rust"` items (`__rust_alloc`, `__rust_no_alloc_shim_is_unstable_v2`, ...)
            // and the sysroot's internal `extern "C"` ones (`__rust_panic_cleanup`) are defined
            // in Rust by another crate or by the allocator shim: linked by symbol, lowered with
            // the same convention on both sides.
            return Ok(self.declare(symbol.clone(), caller_abi.signature(), Some(Import { module: INTERNAL_IMPORT_MODULE.into(), field: symbol })));
        }
        if tcx.is_foreign_item(def_id) {
            if !caller_abi.is_c_compatible() {
                return Err(format!("extern function `{}` with aggregate parameters or result", tcx.def_path_str(def_id)));
            }
            let attrs = tcx.codegen_fn_attrs(def_id);
            let module = tcx.wasm_import_module_map(def_id.krate).get(&def_id).cloned().unwrap_or_else(|| "env".to_string());
            let field = attrs.symbol_name.map(|s| s.to_string()).unwrap_or_else(|| tcx.item_name(def_id).to_string());
            return Ok(self.declare(symbol, caller_abi.signature(), Some(Import { module, field })));
        }
        let has_mir = !matches!(instance.def, ty::InstanceKind::Item(_)) || tcx.is_mir_available(def_id);
        let lowerable = has_mir && !matches!(instance.def, ty::InstanceKind::Intrinsic(_) | ty::InstanceKind::Virtual(..));
        if !is_llvm_sysroot_crate(tcx, def_id.krate) && lowerable {
            // An instance no other object defines (a shim or generic instance its crate does
            // not export, an inlinable function) that the collector did not hand us, e.g. one
            // reached only through a vtable, or called from a block that is dead but not
            // visibly so before optimisation (`if T::IS_ZST { conjure_zst::<T>() }` behind an
            // inlined call): a private copy, where LLVM's backend would declare the symbol and
            // rely on its optimiser to delete the dead call.
            let upstream = if def_id.is_local() {
                false
            } else {
                match instance.def {
                    ty::InstanceKind::Item(_) if instance.args.non_erasable_generics().next().is_none() => tcx.is_reachable_non_generic(def_id),
                    _ => instance.upstream_monomorphization(tcx).is_some(),
                }
            };
            if !upstream {
                let abi = crate::base::callee_abi(self, instance)?;
                let name = format!("{}${}", self.prefix, symbol);
                let id = self.declare(name.clone(), abi.signature(), None);
                self.local.insert(instance, name);
                self.pending.push((instance, id, abi));
                return Ok(id);
            }
        }
        if is_llvm_sysroot_crate(tcx, def_id.krate) {
            // Code the collector expected to link from the LLVM-compiled sysroot but that has
            // MIR (shims, inlinable and generic functions): lower a private copy here.
            if lowerable {
                let abi = crate::base::callee_abi(self, instance)?;
                let name = format!("{}${}", self.prefix, symbol);
                let id = self.declare(name.clone(), abi.signature(), None);
                self.local.insert(instance, name);
                self.pending.push((instance, id, abi));
                return Ok(id);
            }
            return Err(format!(
                "call to `{}` (crate `{}` of the sysroot is not compiled through WasmIR yet)",
                tcx.def_path_str_with_args(def_id, instance.args),
                tcx.crate_name(def_id.krate)
            ));
        }
        Ok(self.declare(symbol.clone(), caller_abi.signature(), Some(Import { module: INTERNAL_IMPORT_MODULE.into(), field: symbol })))
    }
}

/// Lowers the whole crate: its WasmIR module and the rest of its object (`module_text`
/// empty: printing it is left to the caller's worker thread). With `precompile`, each
/// finished body is compiled into it instead of kept in the module.
pub fn codegen_crate(tcx: TyCtxt<'_>, precompile: Option<Precompile>) -> (wasmir::Module, WasmirObject, Option<Precompile>) {
    let mut cx = ModCx::new(tcx);
    cx.precompile = precompile;
    // `compiler_builtins` (which rustc links into every crate graph) holds the libcalls LLVM
    // emits (`__multi3`, soft floats, `memcpy`...): this backend lowers those operations itself
    // and brings its own memory primitives (`runtime.wir`), and no Rust code calls the crate, so
    // its object carries an empty module (its `#[no_mangle]` functions would otherwise become
    // the program's exports).
    if tcx.is_compiler_builtins(LOCAL_CRATE) {
        return (cx.module, WasmirObject::default(), cx.precompile);
    }
    let cgus = tcx.collect_and_partition_mono_items(()).codegen_units;
    let mut fns = Vec::new();
    let mut statics = Vec::new();
    for cgu in cgus {
        for (item, data) in cgu.items_in_deterministic_order(tcx) {
            match item {
                MonoItem::Fn(instance) => {
                    if cx.local.contains_key(&instance) {
                        continue;
                    }
                    let symbol = tcx.symbol_name(instance).name.to_string();
                    // Copies of other crates' non-generic code stay private to this crate.
                    let upstream_copy = !instance.def_id().is_local() && instance.args.non_erasable_generics().next().is_none();
                    let internal = data.linkage == Linkage::Internal || upstream_copy;
                    let name = if internal { format!("{}${}", cx.prefix, symbol) } else { symbol.clone() };
                    cx.local.insert(instance, name.clone());
                    fns.push((instance, name, internal, symbol));
                }
                MonoItem::Static(def_id) => statics.push(def_id),
                MonoItem::GlobalAsm(_) => {
                    tcx.dcx().err("not supported yet: global_asm! in the WasmIR backend");
                }
            }
        }
    }
    // Declare every local function first so calls find them whatever the order.
    let mut todo = Vec::new();
    for (instance, name, internal, symbol) in fns {
        match crate::base::callee_abi(&cx, instance) {
            Ok(abi) => {
                let id = cx.declare(name.clone(), abi.signature(), None);
                if !internal {
                    cx.module.funcs[id.0 as usize].export = Some(symbol.clone());
                }
                let attrs = tcx.codegen_instance_attrs(instance.def);
                // `#[rustc_std_internal_symbol]` functions (the global allocator's `__rust_alloc`,
                // ...) are linked by symbol between crates but are not the module's exports.
                let std_internal = attrs.flags.contains(CodegenFnAttrFlags::RUSTC_STD_INTERNAL_SYMBOL);
                if !std_internal && (attrs.flags.contains(CodegenFnAttrFlags::NO_MANGLE) || attrs.symbol_name.is_some()) {
                    if !abi.is_c_compatible() {
                        tcx.dcx().err(format!("not supported yet: exported function `{symbol}` with aggregate parameters or result"));
                    }
                    cx.exports.push(name.clone());
                }
                todo.push((instance, id, abi));
            }
            Err(e) => {
                // Not declared: a caller fails to lower (and is poisoned) in turn.
                cx.local.remove(&instance);
                cx.poisoned.push((name, format!("not supported yet: {e} in the signature of `{}`", tcx.def_path_str(instance.def_id()))));
            }
        }
    }
    for (instance, id, abi) in todo {
        crate::base::lower_function(&mut cx, instance, id, &abi);
    }
    while let Some((instance, id, abi)) = cx.pending.pop() {
        crate::base::lower_function(&mut cx, instance, id, &abi);
    }
    allocator_shim(&mut cx);
    for def_id in statics {
        crate::constant::define_static(&mut cx, def_id);
    }
    entry_wrapper(&mut cx);
    tcx.dcx().abort_if_errors();
    (cx.module, WasmirObject { data: cx.data, exports: cx.exports, poisoned: cx.poisoned, ..Default::default() }, cx.precompile)
}

/// A binary's C entry point (`__main_void` on wasm32-wasip1, the target's `entry_name`),
/// which calls std's `lang_start::<T>(main, argc, argv, sigpipe)` as rustc_codegen_ssa's
/// `maybe_create_entry_wrapper` does; wasi-libc's `_start` calls it.
fn entry_wrapper(cx: &mut ModCx<'_>) {
    let tcx = cx.tcx;
    let Some((main_def, rustc_session::config::EntryFnType::Main { sigpipe })) = tcx.entry_fn(()) else { return };
    if !tcx.crate_types().contains(&rustc_session::config::CrateType::Executable) {
        return;
    }
    if tcx.sess.target.main_needs_argc_argv {
        tcx.dcx().err(format!("not supported yet: the entry point of a binary for target `{}` (only wasm32-wasip1's `int main(void)` form)", tcx.sess.opts.target_triple));
        return;
    }
    let typing_env = ty::TypingEnv::fully_monomorphized();
    let main_ret = tcx.normalize_erasing_regions(typing_env, tcx.fn_sig(main_def).no_bound_vars().unwrap().output().no_bound_vars().unwrap());
    let start_def = tcx.require_lang_item(rustc_hir::LangItem::Start, rustc_span::DUMMY_SP);
    let start = Instance::expect_resolve(tcx, typing_env, start_def, tcx.mk_args(&[main_ret.into()]), rustc_span::DUMMY_SP);
    let main = Instance::mono(tcx, main_def);
    let (Some(main_name), Ok(start_abi)) = (cx.local.get(&main).cloned(), crate::base::callee_abi(cx, start)) else {
        tcx.dcx().err("internal error: the entry point's `main` or `lang_start` was not collected");
        return;
    };
    let start_fn = match cx.func_for_instance(start, &start_abi) {
        Ok(f) => f,
        Err(e) => {
            tcx.dcx().err(format!("not supported yet: {e} in the entry point"));
            return;
        }
    };
    let name = tcx.sess.target.entry_name.to_string();
    let id = cx.declare(name.clone(), Signature { params: vec![], results: vec![Type::I32] }, None);
    cx.module.funcs[id.0 as usize].import = None;
    // Linked by name with the C runtime's `_start`; not a module export by itself.
    cx.module.funcs[id.0 as usize].export = Some(name);
    let main_index = cx.fn_index(&main_name);
    let mut b = crate::builder::FnBuilder::new(cx.module.funcs[id.0 as usize].clone());
    let entry = b.create_block();
    b.switch_to(entry);
    let main_ptr = b.ins1(Op::GlobalGet(main_index), Type::I32);
    let argc = b.i32c(0);
    let argv = b.i32c(0);
    let sigpipe = b.i32c(sigpipe as i64);
    let r = b.ins1(Op::Call(start_fn, vec![main_ptr, argc, argv, sigpipe]), Type::I32);
    b.terminate(wasmir::Terminator::Return(vec![r]));
    cx.module.funcs[id.0 as usize] = b.func;
}

/// Writes `bytes` to `path` through a temporary file and a rename.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    write_atomically_with(path, |w| w.write_all(bytes))
}

/// Writes what `write` writes to `path` (buffered) through a temporary file and a rename.
pub fn write_atomically_with(path: &Path, write: impl FnOnce(&mut std::io::BufWriter<std::fs::File>) -> std::io::Result<()>) -> std::io::Result<()> {
    use std::io::Write;
    let tmp = path.with_extension(format!("{}.tmp", std::process::id()));
    let mut w = std::io::BufWriter::with_capacity(1 << 16, std::fs::File::create(&tmp)?);
    write(&mut w)?;
    w.flush()?;
    drop(w);
    std::fs::rename(&tmp, path)
}

/// The allocator shim, which rustc leaves to the codegen backend (as rustc_codegen_ssa's and
/// rustc_codegen_cranelift's `codegen_allocator` do): in the crate that links `alloc`, the
/// `__rust_*` methods that no `#[global_allocator]` defines forward to the default `__rdl_*`
/// ones, `__rust_alloc_error_handler` traps (every panic is a trap here) and
/// `__rust_no_alloc_shim_is_unstable_v2` is an empty function.
fn allocator_shim(cx: &mut ModCx<'_>) {
    use rustc_ast::expand::allocator::{AllocatorTy, NO_ALLOC_SHIM_IS_UNSTABLE, default_fn_name, global_fn_name};
    let tcx = cx.tcx;
    let Some(kind) = rustc_codegen_ssa::base::allocator_kind_for_codegen(tcx) else { return };
    let mangle = |s: &str| rustc_symbol_mangling::mangle_internal_symbol(tcx, s);
    for method in rustc_codegen_ssa::base::allocator_shim_contents(tcx, kind) {
        let mut params = Vec::new();
        for input in method.inputs {
            match input.ty {
                AllocatorTy::Layout => params.extend([Type::I32, Type::I32]),
                _ => params.push(Type::I32),
            }
        }
        let results = if matches!(method.output, AllocatorTy::ResultPtr) { vec![Type::I32] } else { vec![] };
        let sig = Signature { params: params.clone(), results: results.clone() };
        let name = mangle(&global_fn_name(method.name));
        let id = cx.declare(name.clone(), sig.clone(), None);
        // Code lowered above may have declared it as an import already: define it here.
        cx.module.funcs[id.0 as usize].import = None;
        cx.module.funcs[id.0 as usize].export = Some(name);
        let mut b = crate::builder::FnBuilder::new(cx.module.funcs[id.0 as usize].clone());
        let entry = b.create_block();
        b.switch_to(entry);
        let args: Vec<wasmir::Value> = params.iter().map(|&t| b.block_param(entry, t)).collect();
        if matches!(method.output, AllocatorTy::Never) {
            b.terminate(wasmir::Terminator::Unreachable);
        } else {
            let target = mangle(&default_fn_name(method.name));
            let f = cx.declare(target.clone(), sig, Some(Import { module: INTERNAL_IMPORT_MODULE.into(), field: target }));
            let r = b.ins(wasmir::Op::Call(f, args), results.first().copied());
            b.terminate(wasmir::Terminator::Return(r.into_iter().collect()));
        }
        cx.module.funcs[id.0 as usize] = b.func;
    }
    let name = mangle(NO_ALLOC_SHIM_IS_UNSTABLE);
    let id = cx.declare(name.clone(), Signature { params: vec![], results: vec![] }, None);
    cx.module.funcs[id.0 as usize].import = None;
    cx.module.funcs[id.0 as usize].export = Some(name);
    let mut b = crate::builder::FnBuilder::new(cx.module.funcs[id.0 as usize].clone());
    let entry = b.create_block();
    b.switch_to(entry);
    b.terminate(wasmir::Terminator::Return(vec![]));
    cx.module.funcs[id.0 as usize] = b.func;
}
