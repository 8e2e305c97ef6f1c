//! `wasmir run`: call exports in the reference interpreter or, compiled by a backend, in
//! wasmtime. Results print the same way for every runner (`name = i32:42`), so outputs can be
//! compared across backends.

use crate::{values, Backend, CodegenArgs, Runner};
use anyhow::{anyhow, bail, Context};
use wasmir::interp::{Instance, Val};

/// One call to make.
#[derive(Debug, Clone)]
pub struct Call {
    pub export: String,
    pub args: Vec<Val>,
}

/// `--invoke NAME ARGS...`, or every export without parameters in declaration order.
pub fn plan_calls(m: &wasmir::Module, invoke: Option<&str>, args: &[String]) -> anyhow::Result<Vec<Call>> {
    match invoke {
        Some(name) => {
            let f = m.func_by_export(name).map(|id| m.func(id)).ok_or_else(|| anyhow!("the module has no export `{name}`"))?;
            if f.sig.params.len() != args.len() {
                bail!("`{name}` takes {} argument{} ({}), {} given", f.sig.params.len(), if f.sig.params.len() == 1 { "" } else { "s" }, f.sig.params.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(", "), args.len());
            }
            let vals = args.iter().zip(&f.sig.params).enumerate().map(|(i, (a, t))| values::parse(a, *t).with_context(|| format!("argument {} of `{name}`", i + 1))).collect::<anyhow::Result<_>>()?;
            Ok(vec![Call { export: name.to_string(), args: vals }])
        }
        None => {
            if !args.is_empty() {
                bail!("arguments given without --invoke NAME");
            }
            let calls: Vec<Call> = m.funcs.iter().filter(|f| f.sig.params.is_empty()).filter_map(|f| f.export.clone()).map(|export| Call { export, args: vec![] }).collect();
            if calls.is_empty() {
                bail!("the module exports no function without parameters; name one with --invoke");
            }
            Ok(calls)
        }
    }
}

/// Makes `calls` in one instance, printing each result; stops with an error at a trap.
pub fn run(m: &wasmir::Module, runner: Runner, codegen: &CodegenArgs, calls: &[Call]) -> anyhow::Result<()> {
    match runner {
        Runner::Interp => {
            let mut inst = Instance::new(m);
            for c in calls {
                let r = inst.invoke(&c.export, &c.args).map_err(|t| anyhow!("`{}` trapped: {t}", c.export))?;
                report(c, r);
            }
            Ok(())
        }
        Runner::Dev | Runner::Release => {
            let backend = if runner == Runner::Dev { Backend::Dev } else { Backend::Release };
            let wasm = crate::compile::compile(m, backend, codegen)?;
            run_wasm(&wasm, calls)
        }
    }
}

fn run_wasm(wasm: &[u8], calls: &[Call]) -> anyhow::Result<()> {
    let engine = wasmtime::Engine::default();
    let module = wasmtime::Module::new(&engine, wasm).map_err(|e| anyhow!("wasmtime rejected the compiled module: {e}"))?;
    if let Some(imp) = module.imports().next() {
        bail!("not supported yet: running a module with imports (it imports `{}`.`{}`)", imp.module(), imp.name());
    }
    let mut store = wasmtime::Store::new(&engine, ());
    let inst = wasmtime::Instance::new(&mut store, &module, &[]).map_err(|e| anyhow!("instantiating: {e}"))?;
    for c in calls {
        let f = inst.get_func(&mut store, &c.export).ok_or_else(|| anyhow!("the compiled module has no export `{}`", c.export))?;
        let args = c.args.iter().map(|v| values::to_wasmtime(*v)).collect::<anyhow::Result<Vec<_>>>()?;
        let mut res = vec![wasmtime::Val::I32(0); f.ty(&store).results().len()];
        if let Err(e) = f.call(&mut store, &args, &mut res) {
            let why = e.downcast_ref::<wasmtime::Trap>().map(|t| t.to_string()).unwrap_or_else(|| e.to_string());
            bail!("`{}` trapped: {why}", c.export);
        }
        let r = res.first().map(values::from_wasmtime).transpose()?;
        report(c, r);
    }
    Ok(())
}

fn report(c: &Call, r: Option<Val>) {
    match r {
        Some(v) => println!("{} = {v}", c.export),
        None => println!("{} = ()", c.export),
    }
}
