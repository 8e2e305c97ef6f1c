//! WasmRust's **dev backend**: WasmIR -> structured wasm, fast.
//!
//! Without optimisation (opt-level 0, [`Options::optimize`] off) each function body is
//! written straight from WasmIR ([`direct`]): WasmIR's operations are wasm's, so only the
//! shape (structured control flow, locals, the wasm stack) is made. With optimisation the body
//! goes through Cranelift's IR ([`lower`]) and its egraph mid-end, run in the context of the
//! host ISA (only for its verifier and optimiser settings), and our emission ([`emit`]) writes
//! the wasm, as Cranelift has no WebAssembly ISA. Functions compile in parallel with rayon.
//!
//! ```no_run
//! let m = wasmir::load(&std::fs::read_to_string("prog.wir").unwrap()).unwrap();
//! let wasm = wasmir_cranelift::compile_module(&m, &wasmir_cranelift::Options::default()).unwrap();
//! ```

pub mod direct;
pub mod emit;
pub mod lower;
mod module;
pub mod reloc;
pub mod slots;
mod structure;

pub use module::compile_module;

/// Dev-backend settings.
#[derive(Clone, Debug)]
pub struct Options {
    /// Run Cranelift's mid-end (egraph: GVN, LICM, constant folding, algebraic rewrites);
    /// without it no Cranelift IR is made at all.
    pub optimize: bool,
    /// Run Cranelift's IR verifier on each function (catches lowering bugs; costs time).
    pub verify_clif: bool,
    /// Emit `.debug_*` DWARF sections with line info from WasmIR source locations.
    pub debug_info: bool,
    /// Verify the WasmIR module first (recommended unless the caller just did).
    pub verify_input: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { optimize: true, verify_clif: cfg!(debug_assertions), debug_info: true, verify_input: true }
    }
}

/// Why compilation failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("invalid WasmIR:\n{0}")]
    Verify(#[from] wasmir::VerifyErrors),
    #[error("in function ${func}: Cranelift: {msg}")]
    Cranelift { func: String, msg: String },
    #[error("not supported yet: {0}")]
    Unsupported(String),
    #[error("internal error in the dev backend: {0}")]
    Internal(String),
    #[error("in function ${func}: {source}")]
    InFunction { func: String, source: Box<Error> },
}
