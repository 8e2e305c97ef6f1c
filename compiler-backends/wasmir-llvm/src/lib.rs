//! WasmRust's **release backend**: WasmIR -> LLVM IR -> LLVM's wasm32 target at -O2/-Oz ->
//! object -> `wasm-ld` -> layout fix-up -> `wasm-opt` (binaryen) when available.
//!
//! The LLVM module is produced as textual IR ([`ir_text`]) and handed to LLVM through inkwell,
//! which parses, verifies, optimises (new pass manager, `default<O2>`/`default<Oz>`) and emits a
//! wasm32 object with `+reference-types,+simd128` and the other post-MVP features wasmtime and
//! browsers ship. `wasm-ld-22` links it; then [`finish`] gives the module the WasmIR memory
//! limits and data segments (WasmIR data lives at fixed addresses, which LLVM cannot express).
//!
//! Build requirement: inkwell's `llvm21-1` feature links `llvm-sys` 211, which accepts the
//! newer Debian LLVM 22 when pointed at it: `export LLVM_SYS_211_PREFIX=/usr/lib/llvm-22`.

pub mod finish;
pub mod ir_text;

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

/// Release-backend settings.
#[derive(Clone, Debug)]
pub struct Options {
    pub opt: OptLevel,
    /// Run binaryen's `wasm-opt` after linking (default: only when `$WASMIR_WASM_OPT` names
    /// the binary). Debian's binaryen 108 rejects or mangles part of LLVM 22's output, so its
    /// result is validated and dropped (with a warning) when it fails.
    pub wasm_opt: bool,
    /// The linker (default `wasm-ld-22`, or `$WASMIR_WASM_LD`).
    pub linker: PathBuf,
}

impl Default for Options {
    fn default() -> Self {
        Options { opt: OptLevel::O2, wasm_opt: std::env::var_os("WASMIR_WASM_OPT").is_some(), linker: std::env::var_os("WASMIR_WASM_LD").map_or_else(|| PathBuf::from("wasm-ld-22"), PathBuf::from) }
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
    /// Non-fatal problems (a failed `wasm-opt` run).
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
    if opts.wasm_opt {
        let t2 = std::time::Instant::now();
        // Debian's binaryen (108) predates some encodings LLVM 22 emits and sometimes rejects
        // valid modules; then the (valid, LLVM-optimised) wasm-ld output is kept and it is said.
        match run_wasm_opt(&wasm, opts.opt, dir.path()) {
            Ok(Some(opt)) => match wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all()).validate_all(&opt) {
                Ok(_) => wasm = opt,
                Err(e) => timings.warnings.push(format!("wasm-opt produced invalid wasm ({e}); kept the wasm-ld output")),
            },
            Ok(None) => {}
            Err(e) => timings.warnings.push(format!("{e}; kept the wasm-ld output")),
        }
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

fn run_wasm_opt(wasm: &[u8], opt: OptLevel, dir: &std::path::Path) -> Result<Option<Vec<u8>>, Error> {
    let input = dir.join("in.wasm");
    let output = dir.join("out.wasm");
    std::fs::write(&input, wasm)?;
    let flags = ["--enable-reference-types", "--enable-simd", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext", "--enable-mutable-globals", "--enable-multivalue"];
    let bin = std::env::var_os("WASMIR_WASM_OPT").filter(|v| !v.is_empty() && v != "1").unwrap_or_else(|| "wasm-opt".into());
    let r = Command::new(bin).arg(if opt == OptLevel::O2 { "-O2" } else { "-Oz" }).args(flags).arg(&input).arg("-o").arg(&output).output();
    match r {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::WasmOpt(e.to_string())),
        Ok(o) if !o.status.success() => Err(Error::WasmOpt(String::from_utf8_lossy(&o.stderr).trim().to_string())),
        Ok(_) => Ok(Some(std::fs::read(&output)?)),
    }
}
