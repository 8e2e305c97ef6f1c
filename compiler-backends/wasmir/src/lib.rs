//! WasmIR: the typed SSA IR at the stable boundary between the WasmRust front end
//! (`rustc_codegen_wasmir`) and its two code generators (`wasmir-cranelift`, `wasmir-llvm`).
//!
//! - [`ir`]: the data structures; [`builder`]: how a front end makes them;
//! - [`print`] / [`parse`]: the text format (round-trips; errors carry line:column);
//! - [`verify`]: types, SSA dominance, capabilities, linearity;
//! - [`interp`]: the reference interpreter (the test oracle);
//! - [`progen`]: a random well-typed program generator for differential testing;
//! - [`link`]: merging modules and dropping unreachable functions;
//! - [`objfile`]: lifting relocatable wasm object files (clang, wasi-libc) into WasmIR.

pub mod builder;
pub mod cfg;
pub mod progen;
pub mod interp;
pub mod ir;
pub mod link;
mod names;
pub mod objfile;
pub mod parse;
pub mod print;
pub mod verify;

pub use ir::*;
pub use parse::{ParseError, parse_module};
pub use print::print_module;
pub use verify::{VerifyError, VerifyErrors, verify_function, verify_module, verify_object};

/// Parses and verifies text in one step, with the error rendered as one line.
pub fn load(src: &str) -> Result<Module, String> {
    let m = parse_module(src).map_err(|e| e.to_string())?;
    verify_module(&m).map_err(|e| e.to_string())?;
    Ok(m)
}
