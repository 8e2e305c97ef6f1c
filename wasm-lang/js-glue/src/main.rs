//! `wasm-js-glue <module.wasm> --out-dir <dir> [--name N] [--target web|node]`.

use clap::Parser;
use std::path::PathBuf;

/// Writes the JS glue and TypeScript declarations for a wasm module built with #[wasm::js].
#[derive(Parser)]
#[command(version, about)]
struct Args {
    /// The wasm32-unknown-unknown module (a cdylib built with the wasm crate's `js` feature).
    input: PathBuf,
    /// Directory for <name>.js, <name>.d.ts and <name>.wasm.
    #[arg(long, short)]
    out_dir: PathBuf,
    /// Base name of the output files (default: the input's file stem).
    #[arg(long)]
    name: Option<String>,
    /// How init() loads the module by default.
    #[arg(long, value_enum, default_value = "web")]
    target: js_glue::Target,
}

fn main() {
    let args = Args::parse();
    let run = || -> anyhow::Result<()> {
        let name = match args.name {
            Some(n) => n,
            None => js_glue::default_name(&args.input)?,
        };
        for p in js_glue::write(&args.input, &args.out_dir, &name, args.target)? {
            println!("{}", p.display());
        }
        Ok(())
    };
    if let Err(e) = run() {
        eprintln!("wasm-js-glue: {e:#}");
        std::process::exit(1);
    }
}
