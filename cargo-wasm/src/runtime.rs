//! Running wasm in Wasmtime (the `wasmtime` crate): WASI preview1 command modules (with
//! wasi-threads for wasm32-wasip1-threads, through `wasm-host`), core
//! modules' exported functions, and `wasi:cli/run` components.

use crate::wasm_info::Kind;
use anyhow::{Context, Result, bail};
use std::path::{Path, PathBuf};
use wasmtime::component::ResourceTable;
use wasmtime::{Engine, Linker, Module, Store, Val};
use wasmtime_wasi::p1::WasiP1Ctx;
use wasmtime_wasi::{FsPerms, I32Exit, WasiCtx, WasiCtxBuilder, WasiCtxView, WasiView};

/// wasmtime's error type -> anyhow.
fn wt<T>(r: wasmtime::Result<T>) -> Result<T> {
    r.map_err(anyhow::Error::from)
}

/// What the guest sees.
#[derive(Debug, Clone, Default)]
pub struct RunConfig {
    /// argv, program name first.
    pub args: Vec<String>,
    /// Preopened directories: host path, guest path.
    pub dirs: Vec<(PathBuf, String)>,
    /// Environment variables.
    pub env: Vec<(String, String)>,
}

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The program exited (0 = success).
    Exit(i32),
    /// The program trapped; the message includes wasmtime's wasm backtrace.
    Trap(String),
}

fn builder(cfg: &RunConfig) -> Result<WasiCtxBuilder> {
    let mut b = WasiCtx::builder();
    b.inherit_stdio().args(&cfg.args).envs(&cfg.env);
    for (host, guest) in &cfg.dirs {
        wt(b.preopened_dir(host, guest, FsPerms::ReadWrite).map(|_| ()))
            .with_context(|| format!("{}: cannot preopen (give an existing directory to --dir)", host.display()))?;
    }
    Ok(b)
}

fn classify(e: anyhow::Error) -> Result<Outcome> {
    if let Some(exit) = e.downcast_ref::<I32Exit>() {
        return Ok(Outcome::Exit(exit.0));
    }
    if e.downcast_ref::<wasmtime::Trap>().is_some() {
        return Ok(Outcome::Trap(format!("{e:?}")));
    }
    Err(e)
}

/// Runs a command module (`_start`) or component (`wasi:cli/run`).
pub fn run_command(path: &Path, bytes: &[u8], kind: Kind, cfg: &RunConfig) -> Result<Outcome> {
    match kind {
        Kind::Module => run_module(path, bytes, cfg),
        Kind::Component => run_component(path, bytes, cfg),
    }
}

fn run_module(path: &Path, bytes: &[u8], cfg: &RunConfig) -> Result<Outcome> {
    let engine = wasm_host::threads::engine()?;
    let module = wt(Module::new(&engine, bytes)).with_context(|| format!("{}: wasmtime cannot compile it", path.display()))?;
    if wasm_host::threads::uses_wasi_threads(&module) {
        // wasm32-wasip1-threads: every thread is an instance on the shared memory.
        let cfg = cfg.clone();
        let ctx = std::sync::Arc::new(move || Ok(builder(&cfg)?.build_p1()));
        return Ok(match wasm_host::threads::run_module(&engine, module, ctx).with_context(|| format!("{}: cannot run it", path.display()))? {
            wasm_host::threads::Outcome::Exit(code) => Outcome::Exit(code),
            wasm_host::threads::Outcome::Trap(msg) => Outcome::Trap(msg),
        });
    }
    if module.get_export("_start").is_none() {
        bail!("{}: not a command (no `_start` export): build a bin target, or call an export with --invoke <name>", path.display());
    }
    let mut linker: Linker<WasiP1Ctx> = Linker::new(&engine);
    wt(wasmtime_wasi::p1::add_to_linker_sync(&mut linker, |t| t))?;
    let mut store = Store::new(&engine, builder(cfg)?.build_p1());
    let instance = wt(linker.instantiate(&mut store, &module)).with_context(|| format!("{}: cannot instantiate", path.display()))?;
    let start = wt(instance.get_typed_func::<(), ()>(&mut store, "_start"))?;
    match wt(start.call(&mut store, ())) {
        Ok(()) => Ok(Outcome::Exit(0)),
        Err(e) => classify(e),
    }
}

struct P2Host {
    ctx: WasiCtx,
    table: ResourceTable,
}

impl WasiView for P2Host {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.ctx, table: &mut self.table }
    }
}

fn run_component(path: &Path, bytes: &[u8], cfg: &RunConfig) -> Result<Outcome> {
    use wasmtime::component::{Component, Linker as CLinker};
    let mut config = wasmtime::Config::new();
    config.wasm_component_model(true);
    let engine = wt(Engine::new(&config))?;
    let component = wt(Component::new(&engine, bytes)).with_context(|| format!("{}: wasmtime rejects the component", path.display()))?;
    let mut linker = CLinker::<P2Host>::new(&engine);
    wt(wasmtime_wasi::p2::add_to_linker_sync(&mut linker))?;
    let mut store = Store::new(&engine, P2Host { ctx: builder(cfg)?.build(), table: ResourceTable::new() });
    let command = match wt(wasmtime_wasi::p2::bindings::sync::Command::instantiate(&mut store, &component, &linker)) {
        Ok(c) => c,
        Err(e) => {
            return Err(e.context(format!(
                "{}: not a runnable component (it must export wasi:cli/run and import only WASI); see its world with `cargo wasm wit {}`",
                path.display(),
                path.display()
            )));
        }
    };
    match wt(command.wasi_cli_run().call_run(&mut store)) {
        Ok(Ok(())) => Ok(Outcome::Exit(0)),
        Ok(Err(())) => Ok(Outcome::Exit(1)),
        Err(e) => classify(e),
    }
}

/// Calls an exported function of a core module with numeric arguments; returns the results
/// printed as text.
pub fn invoke(path: &Path, bytes: &[u8], func: &str, args: &[String], cfg: &RunConfig) -> Result<Vec<String>> {
    let engine = Engine::default();
    let module = wt(Module::new(&engine, bytes)).with_context(|| format!("{}: wasmtime cannot compile it", path.display()))?;
    let mut linker: Linker<WasiP1Ctx> = Linker::new(&engine);
    wt(wasmtime_wasi::p1::add_to_linker_sync(&mut linker, |t| t))?;
    let mut store = Store::new(&engine, builder(cfg)?.build_p1());
    let instance = wt(linker.instantiate(&mut store, &module)).with_context(|| format!("{}: cannot instantiate", path.display()))?;
    // A reactor's constructors run in `_initialize`.
    if let Ok(init) = wt(instance.get_typed_func::<(), ()>(&mut store, "_initialize")) {
        wt(init.call(&mut store, ()))?;
    }
    let f = instance
        .get_func(&mut store, func)
        .with_context(|| format!("{}: no exported function `{func}`", path.display()))?;
    let ty = f.ty(&store);
    let params: Vec<_> = ty.params().collect();
    if params.len() != args.len() {
        bail!("`{func}` takes {} argument(s), {} given", params.len(), args.len());
    }
    let vals = params
        .iter()
        .zip(args)
        .map(|(t, a)| parse_val(t, a).with_context(|| format!("argument `{a}` of `{func}`")))
        .collect::<Result<Vec<Val>>>()?;
    let mut results: Vec<Val> = ty.results().map(|_| Val::I32(0)).collect();
    wt(f.call(&mut store, &vals, &mut results)).with_context(|| format!("`{func}` trapped"))?;
    Ok(results.iter().map(show_val).collect())
}

fn parse_val(t: &wasmtime::ValType, a: &str) -> Result<Val> {
    use wasmtime::ValType;
    Ok(match t {
        ValType::I32 => Val::I32(a.parse::<i64>().map(|v| v as i32).context("expected an i32")?),
        ValType::I64 => Val::I64(a.parse().context("expected an i64")?),
        ValType::F32 => Val::F32(a.parse::<f32>().context("expected an f32")?.to_bits()),
        ValType::F64 => Val::F64(a.parse::<f64>().context("expected an f64")?.to_bits()),
        other => bail!("not supported yet: passing a {other} from the command line"),
    })
}

fn show_val(v: &Val) -> String {
    match v {
        Val::I32(x) => x.to_string(),
        Val::I64(x) => x.to_string(),
        Val::F32(x) => f32::from_bits(*x).to_string(),
        Val::F64(x) => f64::from_bits(*x).to_string(),
        other => format!("{other:?}"),
    }
}
