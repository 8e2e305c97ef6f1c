//! `cargo wasm run`: builds the crate (or takes a .wasm) and runs it in Wasmtime.

use super::build::{BuildOpts, Plan, build};
use crate::error::Failure;
use crate::runtime::{Outcome, RunConfig, invoke, run_command};
use crate::ui::Ui;
use crate::wasm_info::read_wasm;
use anyhow::{Context, Result, bail};
use std::path::PathBuf;

/// `cargo wasm run`.
#[derive(Debug, Clone, clap::Args)]
pub struct RunArgs {
    #[command(flatten)]
    pub opts: BuildOpts,
    /// Run this .wasm (module or component) instead of building the crate.
    #[arg(long, value_name = "FILE")]
    pub wasm: Option<PathBuf>,
    /// Which bin target to run when the package has several.
    #[arg(long, value_name = "NAME")]
    pub bin: Option<String>,
    /// Call this exported function of a core module with numeric arguments (the program
    /// arguments) and print its results.
    #[arg(long, value_name = "FUNC")]
    pub invoke: Option<String>,
    /// Give the guest a host directory: `HOST` (same path inside) or `HOST::GUEST`.
    #[arg(long = "dir", value_name = "HOST[::GUEST]")]
    pub dirs: Vec<String>,
    /// Environment variable for the guest: `NAME=VALUE`.
    #[arg(long = "env", value_name = "NAME=VALUE")]
    pub env: Vec<String>,
    /// Arguments for the program (after `--`).
    #[arg(last = true)]
    pub args: Vec<String>,
}

/// `cargo wasm run`.
pub fn run(args: RunArgs) -> Result<()> {
    let ui = Ui::new(false);
    let path = match &args.wasm {
        Some(p) => p.clone(),
        None => {
            let plan = Plan::new(&args.opts)?;
            let outputs = build(&plan, &args.opts, &[], &ui)?;
            let want_kind = if args.invoke.is_some() { "cdylib" } else { "bin" };
            let mut cands: Vec<_> = outputs.iter().filter(|o| o.kind == want_kind || args.invoke.is_none() && o.component).collect();
            if let Some(b) = &args.bin {
                cands.retain(|o| &o.target_name == b);
            }
            match cands.as_slice() {
                [one] => one.path.clone(),
                [] => bail!("{}: no {want_kind} target to run (use --bin NAME, or --invoke FUNC for a cdylib)", plan.packages[0].manifest_path.display()),
                many => bail!(
                    "several targets could run ({}): pick one with --bin NAME",
                    many.iter().map(|o| o.target_name.as_str()).collect::<Vec<_>>().join(", ")
                ),
            }
        }
    };
    let (bytes, kind) = read_wasm(&path)?;
    let mut cfg = RunConfig { args: vec![path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default()], ..Default::default() };
    cfg.args.extend(args.args.iter().cloned());
    for d in &args.dirs {
        let (host, guest) = d.split_once("::").unwrap_or((d, d));
        cfg.dirs.push((PathBuf::from(host), guest.to_string()));
    }
    for e in &args.env {
        let (k, v) = e.split_once('=').with_context(|| format!("--env {e}: expected NAME=VALUE"))?;
        cfg.env.push((k.into(), v.into()));
    }
    if let Some(func) = &args.invoke {
        if kind != crate::wasm_info::Kind::Module {
            return Err(Failure::Unsupported(format!("--invoke on a component ({}); run components that export wasi:cli/run, or build with --no-component", path.display())).into());
        }
        for r in invoke(&path, &bytes, func, &args.args, &cfg)? {
            println!("{r}");
        }
        return Ok(());
    }
    ui.status("Running", format!("{} (wasmtime)", path.display()));
    match run_command(&path, &bytes, kind, &cfg)? {
        Outcome::Exit(0) => Ok(()),
        Outcome::Exit(code) => Err(Failure::ProgramExit(code).into()),
        Outcome::Trap(msg) => Err(Failure::Trap(format!("{}: wasm trap: {}", path.display(), msg.lines().next().unwrap_or("trap"))).into()),
    }
}
