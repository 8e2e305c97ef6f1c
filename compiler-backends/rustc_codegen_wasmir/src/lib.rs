//! `rustc_codegen_wasmir`: a rustc codegen backend that lowers MIR to WasmIR and hands the
//! linked WasmIR to a WasmIR code generator. Loaded with
//! `rustc -Zcodegen-backend=path/to/librustc_codegen_wasmir.so --target wasm32-unknown-unknown`.
//!
//! Modules, one per MIR concern: [`driver`] (crate level), [`base`] (a function body),
//! [`place`] (places and operand values), [`rvalue`], [`call`], [`intrinsics`], [`constant`]
//! (constants, statics, data objects), [`abi`] (the calling convention), [`object`] (what the
//! object files carry) and [`link`] (merging crates into the final wasm).

#![feature(rustc_private)]

extern crate rustc_abi;
extern crate rustc_ast;
extern crate rustc_codegen_ssa;
extern crate rustc_data_structures;
extern crate rustc_hir;
extern crate rustc_index;
extern crate rustc_metadata;
extern crate rustc_middle;
extern crate rustc_session;
extern crate rustc_span;
extern crate rustc_symbol_mangling;
extern crate rustc_target;
// Links the backend against the compiler's own copy of everything above.
extern crate rustc_driver;

pub mod abi;
pub mod base;
pub mod builder;
pub mod call;
pub mod constant;
pub mod driver;
pub mod intrinsics;
pub mod lazy;
pub mod clib;
pub mod link;
pub mod link_precompiled;
pub mod object;
pub mod panic_paths;
pub mod place;
pub mod rvalue;
pub mod ssa;
pub mod wide;

use rustc_codegen_ssa::traits::CodegenBackend;
use rustc_codegen_ssa::{CompiledModule, CompiledModules, CrateInfo, ModuleKind, TargetConfig};
use rustc_data_structures::fx::FxIndexMap;
use rustc_middle::dep_graph::{WorkProduct, WorkProductId};
use rustc_middle::ty::TyCtxt;
use rustc_session::Session;
use rustc_session::config::{CrateType, OptLevel, OutputFilenames, OutputType};
use std::any::Any;

/// The backend.
pub struct WasmirBackend;

/// What `codegen_crate` hands to `join_codegen`: the crate's name and the worker thread that
/// makes the object (printing the WasmIR, compiling what the lowering did not), as rustc's
/// LLVM backend leaves optimisation and code generation to worker threads that
/// `join_codegen` waits for.
struct Ongoing {
    name: String,
    /// `None` when rustc asked for no code (`--emit=metadata`, as `cargo check` runs).
    object: Option<std::thread::JoinHandle<Result<object::WasmirObject, String>>>,
}

/// `-Cllvm-args=...` settings this backend understands.
struct Settings {
    backend: Option<link::Backend>,
    wasm_opt: Option<wasmir_llvm::WasmOpt>,
    emit_wasmir: Option<std::path::PathBuf>,
    precompile: Option<bool>,
}

/// `f` of every item, each on its own thread (the link's per-object work: a few dozen
/// objects of very different sizes), in the items' order.
pub(crate) fn map_on_threads<'a, T: Sync, R: Send>(items: &'a [T], f: impl Fn(&'a T) -> R + Sync) -> Vec<R> {
    std::thread::scope(|s| {
        let handles: Vec<_> = items.iter().map(|t| s.spawn(|| f(t))).collect();
        handles.into_iter().map(|h| h.join().expect("link worker thread panicked")).collect()
    })
}

/// Frees nothing: what lives until the end of `join_codegen` or the link (the crate's WasmIR
/// declarations, its compiled code, the object, a link's inputs) is dropped only as the rustc
/// process ends, so freeing it (hundreds of thousands of small allocations) would only delay
/// them, as rustc leaves its own arenas to the process exit. A body the lowering made is freed
/// once compiled: the lowering's later allocations reuse that memory instead of touching fresh
/// pages, which cost more than the frees (in a build, each fresh page is a page fault, and
/// with other compilers running beside, a slow one).
fn leak<T>(t: T) {
    std::mem::forget(t);
}

/// The object of a crate whose bodies were compiled as they were lowered
/// ([`driver::Precompile`]): the rest of the module compiled and gathered with them.
fn finish_precompiled(module: &wasmir::Module, mut object: object::WasmirObject, p: driver::Precompile) -> Result<object::WasmirObject, String> {
    let dev = |e: wasmir_cranelift::Error| format!("dev backend: {e}");
    if let Some(e) = p.error {
        return Err(dev(e));
    }
    if p.verify {
        wasmir::verify_object(module).map_err(|e| dev(e.into()))?;
    }
    let p = p.compiled.finish(module).map_err(dev)?;
    object.precompiled = Some(p.to_bytes().into());
    leak(p);
    Ok(object)
}

/// The rlibs of the crates a link uses, in link order.
fn upstream_rlibs(crate_info: &CrateInfo) -> Vec<std::path::PathBuf> {
    crate_info.used_crates.iter().filter_map(|cnum| crate_info.used_crate_source.get(cnum)?.rlib.clone()).collect()
}

/// Adds the object `read` from `from` to `objects`, if it is one of ours.
fn push_object(objects: &mut Vec<object::WasmirObject>, read: Result<Option<object::WasmirObject>, String>, from: &std::path::Path) -> Result<(), String> {
    if let Some(o) = read.map_err(|e| format!("{}: {e}", from.display()))? {
        objects.push(o);
    }
    Ok(())
}

/// The objects of `rlibs` (each member but the crate metadata, tens of megabytes for core).
fn read_upstream(rlibs: &[std::path::PathBuf], precompiled_only: bool) -> Result<Vec<object::WasmirObject>, String> {
    let mut objects = Vec::new();
    for rlib in rlibs {
        let not_metadata = |name: &[u8]| name != rustc_metadata::METADATA_FILENAME.as_bytes();
        let mut bad = Ok(());
        driver::rlib_members(rlib, not_metadata, |bytes| {
            if bad.is_ok() {
                // Never freed (see `leak`), so the objects borrow their code from it.
                let bytes: &'static [u8] = bytes.leak();
                bad = push_object(&mut objects, object::WasmirObject::from_static_wasm(bytes, precompiled_only), rlib);
            }
            Ok(())
        })
        .map_err(|e| format!("reading {}: {e}", rlib.display()))?;
        bad?;
    }
    Ok(objects)
}

/// Upstream objects, each with its precompiled code decoded for the dev link.
type Upstream = (Vec<object::WasmirObject>, Vec<wasmir_cranelift::reloc::Precompiled>);

type Prefetch = std::thread::JoinHandle<Result<Upstream, String>>;

/// The upstream objects a link of this process's crate will read, read and decoded on a thread
/// while the crate is lowered (a binary's link is the last step of a build, with nothing to
/// overlap).
static PREFETCHED: std::sync::Mutex<Option<Prefetch>> = std::sync::Mutex::new(None);

/// Starts reading the upstream objects for a dev link of this crate (an executable or cdylib
/// whose link, with `backend` and `emit_wasmir`, reads precompiled code).
fn prefetch_upstream(crate_info: &CrateInfo, backend: link::Backend, emit_wasmir: bool) {
    let links = crate_info.crate_types.iter().any(|t| matches!(t, CrateType::Executable | CrateType::Cdylib));
    if !links || !link::links_precompiled(backend, emit_wasmir) {
        return;
    }
    let rlibs = upstream_rlibs(crate_info);
    let reader = std::thread::Builder::new().name("wasmir-prefetch".into()).spawn(move || {
        let objects = read_upstream(&rlibs, true)?;
        let decoded = objects.iter().map(link_precompiled::part_of).collect::<Result<_, _>>()?;
        Ok((objects, decoded))
    });
    // Without the thread, the link reads them itself.
    if let Ok(h) = reader {
        *PREFETCHED.lock().unwrap_or_else(|e| e.into_inner()) = Some(h);
    }
}

fn take_prefetched() -> Option<Result<Upstream, String>> {
    let h = PREFETCHED.lock().unwrap_or_else(|e| e.into_inner()).take()?;
    Some(h.join().unwrap_or_else(|_| Err("reading the upstream objects: the thread panicked".into())))
}

/// Reads the settings; `warn_unknown` (once per session, from `init`) warns about
/// `-Cllvm-args` this backend does not understand (they would be LLVM options, and LLVM is not
/// involved the way it is in rustc's LLVM backend).
fn settings(sess: &Session, warn_unknown: bool) -> Settings {
    let mut s = Settings { backend: None, wasm_opt: None, emit_wasmir: None, precompile: None };
    for a in &sess.opts.cg.llvm_args {
        if let Some(v) = a.strip_prefix("wasmir-backend=") {
            s.backend = Some(match v {
                "dev" => link::Backend::Dev { optimize: false },
                "dev-opt" => link::Backend::Dev { optimize: true },
                "release" => link::Backend::Release { opt: release_opt(sess) },
                other => sess.dcx().fatal(format!("unknown wasmir-backend `{other}` (expected dev, dev-opt or release)")),
            });
        } else if let Some(v) = a.strip_prefix("wasmir-wasm-opt=") {
            s.wasm_opt = Some(match v {
                "auto" => wasmir_llvm::WasmOpt::Auto,
                "always" => wasmir_llvm::WasmOpt::Required,
                "never" => wasmir_llvm::WasmOpt::Off,
                other => sess.dcx().fatal(format!("unknown wasmir-wasm-opt `{other}` (expected auto, always or never)")),
            });
        } else if let Some(p) = a.strip_prefix("wasmir-emit=") {
            s.emit_wasmir = Some(p.into());
        } else if let Some(v) = a.strip_prefix("wasmir-precompile=") {
            s.precompile = Some(match v {
                "yes" => true,
                "no" => false,
                other => sess.dcx().fatal(format!("unknown wasmir-precompile `{other}` (expected yes or no)")),
            });
        } else if warn_unknown {
            sess.dcx().warn(format!(
                "-Cllvm-args={a} ignored: the WasmIR backend understands wasmir-backend=, wasmir-wasm-opt=, wasmir-emit= and wasmir-precompile="
            ));
        }
    }
    s
}

/// -Copt-level=0 -> dev (Cranelift, no mid-end), anything higher -> release (LLVM).
fn default_backend(sess: &Session) -> link::Backend {
    if sess.opts.optimize == OptLevel::No { link::Backend::Dev { optimize: false } } else { link::Backend::Release { opt: release_opt(sess) } }
}

/// The release backend's LLVM pipeline for `-Copt-level`: `s`/`z` optimise for size, every
/// other level (including 0, when `wasmir-backend=release` is asked for explicitly) for speed.
fn release_opt(sess: &Session) -> wasmir_llvm::OptLevel {
    match sess.opts.optimize {
        OptLevel::Size | OptLevel::SizeMin => wasmir_llvm::OptLevel::Oz,
        _ => wasmir_llvm::OptLevel::O2,
    }
}

impl CodegenBackend for WasmirBackend {
    fn name(&self) -> &'static str {
        "wasmir"
    }

    fn init(&self, sess: &Session) {
        if !sess.target.arch.to_string().starts_with("wasm32") {
            sess.dcx().fatal(format!("the WasmIR backend only targets wasm32 (target is `{}`)", sess.opts.target_triple));
        }
        let _ = settings(sess, true);
    }

    /// Makes rustc instantiate sysroot code in this crate instead of linking to the sysroot's
    /// (LLVM-compiled) copies: generic instances the sysroot exports, and inlinable functions
    /// whose MIR is available, are lowered here like local code.
    fn provide(&self, providers: &mut rustc_middle::util::Providers) {
        providers.extern_queries.upstream_monomorphizations_for = |tcx, def_id| {
            if driver::is_llvm_sysroot_crate(tcx, def_id.krate) { None } else { tcx.upstream_monomorphizations(()).get(&def_id) }
        };
        providers.extern_queries.is_reachable_non_generic = |tcx, def_id| {
            let reachable = tcx.reachable_non_generics(def_id.krate).contains_key(&def_id);
            reachable && !(driver::is_llvm_sysroot_crate(tcx, def_id.krate) && tcx.is_mir_available(def_id))
        };
    }

    fn target_config(&self, _sess: &Session) -> TargetConfig {
        TargetConfig {
            target_features: vec![],
            unstable_target_features: vec![],
            has_reliable_f16: false,
            has_reliable_f16_math: false,
            has_reliable_f128: false,
            has_reliable_f128_math: false,
        }
    }

    fn target_cpu(&self, sess: &Session) -> String {
        sess.opts.cg.target_cpu.clone().unwrap_or_else(|| sess.target.cpu.to_string())
    }

    fn codegen_crate<'tcx>(&self, tcx: TyCtxt<'tcx>, crate_info: &CrateInfo) -> Box<dyn Any> {
        let name = tcx.crate_name(rustc_hir::def_id::LOCAL_CRATE).to_string();
        // rustc asks a backend for code even when only metadata is wanted (`cargo check`):
        // like its LLVM backend, lower nothing then.
        if !tcx.sess.opts.output_types.should_codegen() {
            return Box::new(Ongoing { name, object: None });
        }
        let s = settings(tcx.sess, false);
        let backend = s.backend.unwrap_or(default_backend(tcx.sess));
        prefetch_upstream(crate_info, backend, s.emit_wasmir.is_some());
        // What the object carries: a crate compiled for the dev backend its precompiled code,
        // one compiled for the release backend its WasmIR text (what each kind of link reads
        // first); `wasmir-precompile=yes` both (the sysroot serves both), `=no` only the text.
        let precompile = s.precompile.unwrap_or(backend == link::Backend::Dev { optimize: false });
        let text = s.precompile.is_some() || !precompile;
        // Checking the WasmIR is for finding backend bugs (as rustc leaves LLVM's verifier to
        // -Zverify-llvm-ir): WASMIR_VERIFY=1 turns it on, as the tests do.
        let verify = std::env::var_os("WASMIR_VERIFY").is_some_and(|v| v != "0");
        let options = wasmir_cranelift::Options { optimize: false, verify_clif: false, debug_info: true, verify_input: verify };
        let spawn = |worker: Box<dyn FnOnce() -> Result<object::WasmirObject, String> + Send>| {
            std::thread::Builder::new()
                .name("wasmir-object".into())
                .stack_size(64 << 20)
                .spawn(worker)
                .unwrap_or_else(|e| tcx.sess.dcx().fatal(format!("starting the object worker thread: {e}")))
        };
        // Full paths: most "not supported yet" messages are only reported at link time, if at
        // all, and rustc's trimmed paths insist on a diagnostic being emitted once computed.
        let lower = |precompile| rustc_middle::ty::print::with_no_trimmed_paths!(driver::codegen_crate(tcx, precompile));
        let object = if precompile && !text {
            // Precompiled code only: each body compiles as soon as it is lowered.
            let compiled = wasmir_cranelift::reloc::Incremental::new(&options).unwrap_or_else(|e| tcx.sess.dcx().fatal(format!("dev backend: {e}")));
            let (module, object, p) = lower(Some(driver::Precompile { compiled, error: None, verify }));
            let p = p.expect("the lowering hands back what it precompiled");
            spawn(Box::new(move || {
                let module = std::mem::ManuallyDrop::new(module);
                finish_precompiled(&module, object, p)
            }))
        } else {
            let (module, mut object, _) = lower(None);
            spawn(Box::new(move || -> Result<object::WasmirObject, String> {
                // The module is not dropped either (see `leak`).
                let module = std::mem::ManuallyDrop::new(module);
                std::thread::scope(|scope| {
                    let printed = text.then(|| scope.spawn(|| wasmir::print_module(&module)));
                    if precompile {
                        let p = wasmir_cranelift::reloc::precompile(&module, &options).map_err(|e| format!("dev backend: {e}"))?;
                        object.precompiled = Some(p.to_bytes().into());
                        leak(p);
                    }
                    if let Some(t) = printed {
                        object.module_text = Some(t.join().map_err(|_| "printing WasmIR panicked".to_string())?);
                    }
                    Ok(object)
                })
            }))
        };
        Box::new(Ongoing { name, object: Some(object) })
    }

    fn join_codegen(&self, ongoing: Box<dyn Any>, sess: &Session, outputs: &OutputFilenames) -> (CompiledModules, FxIndexMap<WorkProductId, WorkProduct>) {
        let ongoing = ongoing.downcast::<Ongoing>().expect("join_codegen: not ours");
        let Some(object) = ongoing.object else {
            return (CompiledModules { modules: vec![], allocator_module: None }, FxIndexMap::default());
        };
        let cgu = format!("{}.wasmir", ongoing.name);
        let path = outputs.temp_path_for_cgu(OutputType::Object, &cgu, sess.invocation_temp.as_deref());
        let object = match object.join() {
            Ok(Ok(o)) => o,
            Ok(Err(e)) => sess.dcx().fatal(format!("compiling {}: {e}", ongoing.name)),
            Err(_) => sess.dcx().fatal(format!("compiling {}: the object worker thread panicked", ongoing.name)),
        };
        if let Err(e) = driver::write_atomically_with(&path, |w| object.write_wasm(w)) {
            sess.dcx().fatal(format!("writing {}: {e}", path.display()));
        }
        leak(object);
        let module = CompiledModule {
            name: cgu,
            kind: ModuleKind::Regular,
            object: Some(path),
            dwarf_object: None,
            bytecode: None,
            assembly: None,
            llvm_ir: None,
            links_from_incr_cache: vec![],
        };
        (CompiledModules { modules: vec![module], allocator_module: None }, FxIndexMap::default())
    }

    fn link(&self, sess: &Session, compiled: CompiledModules, mut crate_info: CrateInfo, metadata: rustc_metadata::EncodedMetadata, outputs: &OutputFilenames) {
        let s = settings(sess, false);
        let backend = s.backend.unwrap_or(default_backend(sess));
        // Without code (`--emit=metadata`) there is nothing to link, as in rustc's own linker.
        let linked = |t: &CrateType| *t != CrateType::Rlib && sess.opts.output_types.should_codegen();
        for &ct in crate_info.crate_types.iter().filter(|t| linked(t)) {
            match ct {
                CrateType::Cdylib | CrateType::Executable => {}
                other => sess.dcx().fatal(format!("not supported yet: crate type `{other:?}` with the WasmIR backend")),
            }
            let reading = std::time::Instant::now();
            let mut objects = Vec::new();
            // A dev link reads precompiled code where an object has it, not the text.
            let precompiled_only = link::links_precompiled(backend, s.emit_wasmir.is_some());
            for p in compiled.modules.iter().filter_map(|m| m.object.as_ref()) {
                let bytes = std::fs::read(p).unwrap_or_else(|e| sess.dcx().fatal(format!("reading {}: {e}", p.display())));
                push_object(&mut objects, object::WasmirObject::from_wasm(&bytes, precompiled_only), p).unwrap_or_else(|e| sess.dcx().fatal(e));
            }
            // Read while the crate was lowered (see `prefetch_upstream`), or now.
            let upstream = take_prefetched().unwrap_or_else(|| Ok((read_upstream(&upstream_rlibs(&crate_info), precompiled_only)?, vec![])));
            let (upstream, upstream_ready) = upstream.unwrap_or_else(|e| sess.dcx().fatal(e));
            // The crate's own objects are decoded by the link, the upstream ones may be ready.
            let mut ready: Vec<Option<wasmir_cranelift::reloc::Precompiled>> = objects.iter().map(|_| None).collect();
            ready.extend(upstream_ready.into_iter().map(Some));
            objects.extend(upstream);
            if std::env::var_os("WASMIR_LINK_TIMES").is_some() {
                eprintln!("wasmir link: read the objects and rlibs: {:.3} s", reading.elapsed().as_secs_f64());
            }
            let opts = link::LinkOptions {
                backend,
                wasm_opt: s.wasm_opt.unwrap_or(wasmir_llvm::WasmOpt::Auto),
                debug_info: sess.opts.debuginfo != rustc_session::config::DebugInfo::None,
                emit_wasmir: s.emit_wasmir.clone(),
                c_roots: if ct == CrateType::Executable { vec![sess.target.entry_name.to_string()] } else { vec![] },
            };
            // wasm32-wasip1: std stands on wasi-libc, linked from C objects (see clib.rs).
            let c_inputs = if sess.target.os == rustc_target::spec::Os::Wasi {
                let libs: Vec<String> = crate_info
                    .used_libraries
                    .iter()
                    .chain(crate_info.native_libraries.values().flatten())
                    .filter(|l| matches!(l.kind, rustc_hir::attrs::NativeLibKind::Static { .. } | rustc_hir::attrs::NativeLibKind::Unspecified))
                    .map(|l| l.name.to_string())
                    .collect();
                match clib::find_inputs(&sess.target_tlib_path.dir, ct == CrateType::Executable, &libs) {
                    Ok(c) => Some(c),
                    Err(e) => sess.dcx().fatal(e),
                }
            } else {
                None
            };
            let wasm = match link::link(&objects, ready, c_inputs.as_ref(), &opts) {
                Ok(w) => w,
                Err(e) => {
                    for line in e.lines() {
                        sess.dcx().err(line.to_string());
                    }
                    sess.dcx().abort_if_errors();
                    unreachable!("errors were reported")
                }
            };
            let out = rustc_session::output::out_filename(sess, ct, outputs, crate_info.local_crate_name);
            let out = out.as_path();
            if let Err(e) = driver::write_atomically(out, &wasm) {
                sess.dcx().fatal(format!("writing {}: {e}", out.display()));
            }
            leak(objects);
        }
        let rlib = crate_info.crate_types.contains(&CrateType::Rlib);
        // The objects were only the link's input: removed as rustc's `link_binary` does (which
        // also does it when it makes an rlib below), unless `-Csave-temps`.
        if !rlib && !sess.opts.cg.save_temps && sess.opts.output_types.should_link() {
            for obj in compiled.modules.iter().filter_map(|m| m.object.as_ref()) {
                rustc_codegen_ssa::back::link::ensure_removed(sess.dcx(), obj);
            }
        }
        if rlib {
            crate_info.crate_types = vec![CrateType::Rlib];
            rustc_codegen_ssa::back::link::link_binary(sess, &rustc_codegen_ssa::back::archive::ArArchiveBuilderBuilder, compiled, crate_info, metadata, outputs, self.name());
        }
    }
}

/// The entry point rustc looks up in a `-Zcodegen-backend` library.
#[unsafe(no_mangle)]
pub fn __rustc_codegen_backend() -> Box<dyn CodegenBackend> {
    Box::new(WasmirBackend)
}
