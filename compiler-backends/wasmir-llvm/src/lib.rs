//! WasmRust's **release backend**: WasmIR -> LLVM IR -> LLVM's wasm32 target at -O2/-Oz ->
//! object -> `wasm-ld` -> layout fix-up -> `wasm-opt` (binaryen, [`wasm_opt`]) when available.
//!
//! The LLVM module is produced as textual IR ([`ir_text`]) and handed to LLVM through inkwell,
//! which parses, verifies, optimises (new pass manager, `default<O2>`/`default<Oz>`) and emits a
//! wasm32 object with `+reference-types,+simd128` and the other post-MVP features wasmtime and
//! browsers ship. `wasm-ld-22` links it; then [`finish`] gives the module the WasmIR memory
//! limits and data segments (WasmIR data lives at fixed addresses, which LLVM cannot express).
//!
//! Build requirement: inkwell's `llvm22-1` feature links `llvm-sys` 221 against Debian's
//! `libLLVM-22.so` (found through `llvm-config-22`, or `LLVM_SYS_221_PREFIX=/usr/lib/llvm-22`).

pub mod finish;
pub mod ir_text;
pub mod wasm_opt;

use inkwell::context::Context;
use inkwell::memory_buffer::MemoryBuffer;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::{CodeModel, FileType, InitializationConfig, RelocMode, Target, TargetTriple};
use inkwell::OptimizationLevel;
use std::path::PathBuf;
use std::process::Command;

/// LLVM optimisation pipeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OptLevel {
    O2,
    Oz,
}

/// Whether to run binaryen's `wasm-opt` after linking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WasmOpt {
    /// Never.
    Off,
    /// When [`wasm_opt::locate`] finds one (the default); otherwise the wasm-ld output is kept.
    Auto,
    /// Always; a missing `wasm-opt` is an error.
    Required,
}

/// Release-backend settings.
#[derive(Clone, Debug)]
pub struct Options {
    pub opt: OptLevel,
    /// `wasm-opt` after linking. Its output is validated; a failure or an invalid result is an
    /// error (never silently shipped, never silently dropped).
    pub wasm_opt: WasmOpt,
    /// The linker (default `wasm-ld-22`, or `$WASMIR_WASM_LD`).
    pub linker: PathBuf,
}

impl Default for Options {
    fn default() -> Self {
        Options { opt: OptLevel::O2, wasm_opt: WasmOpt::Auto, linker: std::env::var_os("WASMIR_WASM_LD").map_or_else(|| PathBuf::from("wasm-ld-22"), PathBuf::from) }
    }
}

/// Why compilation failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("invalid WasmIR:\n{0}")]
    Verify(#[from] wasmir::VerifyErrors),
    #[error(transparent)]
    Unsupported(#[from] ir_text::Unsupported),
    #[error("LLVM: {0}")]
    Llvm(String),
    #[error("linking with {linker}: {msg}")]
    Link { linker: String, msg: String },
    #[error("wasm-opt: {0}")]
    WasmOpt(String),
    #[error("finishing the linked module: {0}")]
    Finish(String),
    #[error("I/O: {0}")]
    Io(#[from] std::io::Error),
}

/// Time spent in each stage of one compilation (for the benchmark).
#[derive(Clone, Debug, Default)]
pub struct Timings {
    pub llvm: std::time::Duration,
    pub link: std::time::Duration,
    pub wasm_opt: std::time::Duration,
    /// Output size before `wasm-opt` (`None` when it did not run).
    pub size_before_wasm_opt: Option<usize>,
    /// Which `wasm-opt` ran.
    pub wasm_opt_bin: Option<PathBuf>,
    /// Non-fatal problems.
    pub warnings: Vec<String>,
}

/// Compiles a WasmIR module to a WebAssembly binary with LLVM.
/// Non-fatal problems are printed to stderr, one line each.
pub fn compile_module(m: &wasmir::Module, opts: &Options) -> Result<Vec<u8>, Error> {
    let (w, t) = compile_module_timed(m, opts)?;
    for w in t.warnings {
        eprintln!("warning: {}", w.lines().next().unwrap_or(""));
    }
    Ok(w)
}

/// [`compile_module`], also reporting where the time went.
pub fn compile_module_timed(m: &wasmir::Module, opts: &Options) -> Result<(Vec<u8>, Timings), Error> {
    wasmir::verify_module(m)?;
    let mut timings = Timings::default();
    let t0 = std::time::Instant::now();
    let ir = ir_text::module_ir(m)?;
    let obj = llvm_object(&ir, opts.opt)?;
    timings.llvm = t0.elapsed();
    let t1 = std::time::Instant::now();
    let dir = tempfile::tempdir()?;
    let obj_path = dir.path().join("module.o");
    let out_path = dir.path().join("module.wasm");
    std::fs::write(&obj_path, &obj)?;
    let out = Command::new(&opts.linker)
        .args(["--no-entry", "--allow-undefined", "--no-gc-sections", "--stack-first", "-z", "stack-size=4096", "--initial-memory=65536", "-o"])
        .arg(&out_path)
        .arg(&obj_path)
        .args(builtins_archive())
        .output()
        .map_err(|e| Error::Link { linker: opts.linker.display().to_string(), msg: e.to_string() })?;
    if !out.status.success() {
        return Err(Error::Link { linker: opts.linker.display().to_string(), msg: String::from_utf8_lossy(&out.stderr).trim().to_string() });
    }
    let linked = std::fs::read(&out_path)?;
    let mut wasm = finish::finish(&linked, m).map_err(Error::Finish)?;
    timings.link = t1.elapsed();
    let bin = match opts.wasm_opt {
        WasmOpt::Off => None,
        WasmOpt::Auto => wasm_opt::locate().ok(),
        WasmOpt::Required => Some(wasm_opt::locate().map_err(|e| Error::WasmOpt(e.to_string()))?),
    };
    if let Some(bin) = bin {
        let t2 = std::time::Instant::now();
        let level = if opts.opt == OptLevel::O2 { "-O2" } else { "-Oz" };
        let opt = wasm_opt::run(bin, &wasm, level, dir.path()).map_err(Error::WasmOpt)?;
        timings.size_before_wasm_opt = Some(wasm.len());
        timings.wasm_opt_bin = Some(bin.to_path_buf());
        wasm = opt;
        timings.wasm_opt = t2.elapsed();
    }
    Ok((wasm, timings))
}

/// LLVM IR text -> optimised wasm32 object bytes.
pub fn llvm_object(ir: &str, opt: OptLevel) -> Result<Vec<u8>, Error> {
    Target::initialize_webassembly(&InitializationConfig::default());
    let triple = TargetTriple::create("wasm32-unknown-unknown");
    let target = Target::from_triple(&triple).map_err(|e| Error::Llvm(e.to_string()))?;
    let features = "+reference-types,+simd128,+bulk-memory,+nontrapping-fptoint,+sign-ext,+mutable-globals,+multivalue";
    let tm = target
        .create_target_machine(&triple, "generic", features, if opt == OptLevel::O2 { OptimizationLevel::Default } else { OptimizationLevel::Aggressive }, RelocMode::Static, CodeModel::Default)
        .ok_or_else(|| Error::Llvm("cannot create a wasm32 target machine".into()))?;
    let ctx = Context::create();
    let buf = MemoryBuffer::create_from_memory_range_copy(ir.as_bytes(), "wasmir");
    let module = ctx.create_module_from_ir(buf).map_err(|e| Error::Llvm(format!("parsing generated IR: {}", e.to_string())))?;
    module.set_triple(&triple);
    module.set_data_layout(&tm.get_target_data().get_data_layout());
    module.verify().map_err(|e| Error::Llvm(format!("generated IR does not verify: {}", e.to_string())))?;
    let pipeline = if opt == OptLevel::O2 { "default<O2>" } else { "default<Oz>" };
    module.run_passes(pipeline, &tm, PassBuilderOptions::create()).map_err(|e| Error::Llvm(e.to_string()))?;
    let obj = tm.write_to_memory_buffer(&module, FileType::Object).map_err(|e| Error::Llvm(e.to_string()))?;
    Ok(obj.as_slice().to_vec())
}

/// compiler-rt's wasm32 builtins (`__multi3` and friends, which LLVM calls for 128-bit
/// arithmetic such as division by a 64-bit constant): `$WASMIR_WASM_BUILTINS`, or Debian's
/// `libclang-rt-22-dev-wasm32`.
fn builtins_archive() -> Option<PathBuf> {
    let p = std::env::var_os("WASMIR_WASM_BUILTINS").map_or_else(|| PathBuf::from("/usr/lib/llvm-22/lib/clang/22/lib/wasi/libclang_rt.builtins-wasm32.a"), PathBuf::from);
    p.exists().then_some(p)
}
