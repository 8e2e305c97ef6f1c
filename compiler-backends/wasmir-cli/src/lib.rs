//! The `wasmir` command line: check, print, run and compile WasmIR text files.
//!
//! ```text
//! wasmir check prog.wir                      # parse + verify
//! wasmir print prog.wir                      # canonical text (what the parser round-trips)
//! wasmir run prog.wir [--backend interp|dev|release] [--invoke NAME ARGS...]
//! wasmir compile prog.wir --backend dev|release [-O] [--Oz] [--wasm-opt auto|always|never] -o out.wasm
//! ```
//!
//! Every failure is one line on stderr (`error: FILE:LINE:COL: ...` for parse errors) and a
//! non-zero exit status: 1 for bad input or a failed compilation or run, 2 for bad usage.

pub mod compile;
pub mod exec;
pub mod source;
pub mod values;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Command-line arguments.
#[derive(Parser, Debug)]
#[command(name = "wasmir", version, about = "Check, print, run and compile WasmIR text files")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// Which code generator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Backend {
    /// wasmir-cranelift: fast compilation.
    Dev,
    /// wasmir-llvm: LLVM -O2/-Oz, wasm-ld, wasm-opt.
    Release,
}

/// What executes `run`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Runner {
    /// The reference interpreter (no compilation).
    Interp,
    /// Compile with the dev backend, run in wasmtime.
    Dev,
    /// Compile with the release backend, run in wasmtime.
    Release,
}

/// `--wasm-opt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum WasmOptChoice {
    /// When binaryen's wasm-opt (new enough for LLVM 22) is installed.
    Auto,
    /// Always; an error when wasm-opt is missing.
    Always,
    /// Never.
    Never,
}

/// How to compile (shared by `compile` and `run`).
#[derive(clap::Args, Debug, Clone)]
pub struct CodegenArgs {
    /// Optimise: the dev backend runs Cranelift's mid-end (the release backend always optimises).
    #[arg(short = 'O')]
    pub optimize: bool,
    /// Optimise for size (release backend: LLVM -Oz and wasm-opt -Oz).
    #[arg(long = "Oz")]
    pub oz: bool,
    /// Run binaryen's wasm-opt after the release backend.
    #[arg(long, value_enum, default_value = "auto")]
    pub wasm_opt: WasmOptChoice,
    /// Leave out DWARF line info (dev backend).
    #[arg(long)]
    pub no_debug_info: bool,
}

/// Subcommands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Parse and verify a WasmIR file.
    Check { file: PathBuf },
    /// Print a WasmIR file in canonical form.
    Print { file: PathBuf },
    /// Run exported functions: `--invoke NAME ARGS...`, or every export without parameters.
    Run {
        file: PathBuf,
        #[arg(long, value_enum, default_value = "interp")]
        backend: Runner,
        /// The export to call; its arguments follow (`5`, `-1`, `0x10`, `1.5`, `nan`).
        #[arg(long)]
        invoke: Option<String>,
        #[arg(allow_negative_numbers = true)]
        args: Vec<String>,
        #[command(flatten)]
        codegen: CodegenArgs,
    },
    /// Compile a WasmIR file to a WebAssembly binary.
    Compile {
        file: PathBuf,
        #[arg(long, value_enum, default_value = "dev")]
        backend: Backend,
        /// Output file (default: the input with a .wasm extension).
        #[arg(short = 'o')]
        output: Option<PathBuf>,
        /// Print the compile time and output size on stderr.
        #[arg(long)]
        stats: bool,
        #[command(flatten)]
        codegen: CodegenArgs,
    },
}

/// Runs the command line; returns the process exit status.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        // --help and --version print as clap renders them; a usage error is one line too.
        Err(e) if !e.use_stderr() => {
            let _ = e.print();
            return 0;
        }
        Err(e) => {
            eprintln!("{}", usage_error_line(&e.render().to_string()));
            return 2;
        }
    };
    match run(cli) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("error: {}", one_line(&format!("{e:#}")));
            1
        }
    }
}

/// Executes a parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Check { file } => {
            let m = source::load(&file)?;
            let defined = m.funcs.iter().filter(|f| !f.is_import()).count();
            println!("{}: ok ({} functions, {} imported)", file.display(), defined, m.funcs.len() - defined);
            Ok(())
        }
        Command::Print { file } => {
            let m = source::load(&file)?;
            print!("{}", wasmir::print_module(&m));
            Ok(())
        }
        Command::Run { file, backend, invoke, args, codegen } => {
            let m = source::load(&file)?;
            let calls = exec::plan_calls(&m, invoke.as_deref(), &args)?;
            exec::run(&m, backend, &codegen, &calls)
        }
        Command::Compile { file, backend, output, stats, codegen } => {
            let m = source::load(&file)?;
            let out = output.unwrap_or_else(|| file.with_extension("wasm"));
            let t = std::time::Instant::now();
            let wasm = compile::compile(&m, backend, &codegen)?;
            let elapsed = t.elapsed();
            compile::write_atomically(&out, &wasm)?;
            if stats {
                eprintln!("{}: {} bytes in {:.1} ms ({:?} backend)", out.display(), wasm.len(), elapsed.as_secs_f64() * 1e3, backend);
            }
            Ok(())
        }
    }
}

/// clap's usage error on one line: its lines joined, without the "For more information" hint
/// (`error: invalid value 'fast' for '--backend <BACKEND>' [possible values: dev, release]`).
pub fn usage_error_line(rendered: &str) -> String {
    let parts: Vec<&str> = rendered.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with("For more information")).collect();
    let line = parts.join(" ");
    if line.starts_with("error:") { line } else { format!("error: {line}") }
}

/// Errors are reported on one line: a multi-line message keeps its first line and says how
/// many more there were.
pub fn one_line(msg: &str) -> String {
    let lines: Vec<&str> = msg.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    match lines.len() {
        0 => "unknown error".into(),
        1 => lines[0].into(),
        n => format!("{} (and {} more line{})", lines[0], n - 1, if n == 2 { "" } else { "s" }),
    }
}
