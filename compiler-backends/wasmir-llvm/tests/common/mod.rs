//! Shared by the backend test suites: run wasm in wasmtime and compare with the interpreter.
#![allow(dead_code)]

use wasmir::interp::{Instance, Trap, Val};
use wasmir::Module;

/// One call's outcome: a value, or a trap (wasm trap kinds are compared loosely).
pub type Outcome = Result<Option<Val>, String>;

fn to_wt(v: Val) -> wasmtime::Val {
    match v {
        Val::I32(x) => wasmtime::Val::I32(x),
        Val::I64(x) => wasmtime::Val::I64(x),
        Val::F32(x) => wasmtime::Val::F32(x),
        Val::F64(x) => wasmtime::Val::F64(x),
        Val::V128(x) => wasmtime::Val::V128(x.into()),
        Val::ExternRef(_) => wasmtime::Val::ExternRef(None),
        Val::FuncRef(_) => wasmtime::Val::FuncRef(None),
    }
}

fn from_wt(v: &wasmtime::Val) -> Val {
    match v {
        wasmtime::Val::I32(x) => Val::I32(*x),
        wasmtime::Val::I64(x) => Val::I64(*x),
        wasmtime::Val::F32(x) => Val::F32(*x),
        wasmtime::Val::F64(x) => Val::F64(*x),
        wasmtime::Val::V128(x) => Val::V128(x.as_u128()),
        wasmtime::Val::ExternRef(r) => Val::ExternRef(r.as_ref().map(|_| 0)),
        wasmtime::Val::FuncRef(r) => Val::FuncRef(r.as_ref().map(|_| wasmir::FuncId(0))),
        _ => Val::I32(i32::MIN),
    }
}

/// Validates `wasm` with wasmparser (all features the backends use).
pub fn validate(wasm: &[u8]) -> Result<(), String> {
    wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all()).validate_all(wasm).map(|_| ()).map_err(|e| format!("invalid wasm: {e}"))
}

/// Runs `calls` in order in one instance of `wasm`; a trap starts a fresh instance.
pub fn run_wasm(engine: &wasmtime::Engine, wasm: &[u8], calls: &[(String, Vec<Val>)]) -> Result<Vec<Outcome>, String> {
    let module = wasmtime::Module::new(engine, wasm).map_err(|e| format!("wasmtime rejected the module: {e:?}"))?;
    let linker = wasmtime::Linker::<()>::new(engine);
    let new_instance = || -> Result<(wasmtime::Store<()>, wasmtime::Instance), String> {
        let mut store = wasmtime::Store::new(engine, ());
        let inst = linker.instantiate(&mut store, &module).map_err(|e| format!("instantiate: {e:?}"))?;
        Ok((store, inst))
    };
    let (mut store, mut inst) = new_instance()?;
    let mut out = Vec::new();
    for (name, args) in calls {
        let f = inst.get_func(&mut store, name).ok_or_else(|| format!("no export {name}"))?;
        let nres = f.ty(&store).results().len();
        let mut res = vec![wasmtime::Val::I32(0); nres];
        let a: Vec<wasmtime::Val> = args.iter().map(|v| to_wt(*v)).collect();
        match f.call(&mut store, &a, &mut res) {
            Ok(()) => out.push(Ok(res.first().map(from_wt))),
            Err(e) => {
                out.push(Err(format!("{}", e.downcast_ref::<wasmtime::Trap>().map(|t| t.to_string()).unwrap_or_else(|| format!("{e:?}")))));
                (store, inst) = new_instance()?;
            }
        }
    }
    Ok(out)
}

/// Runs `calls` in the reference interpreter with the same fresh-instance-after-trap rule.
/// `None` if the interpreter ran out of fuel (the case is skipped).
pub fn run_interp(m: &Module, calls: &[(String, Vec<Val>)]) -> Option<Vec<Outcome>> {
    let mut inst = Instance::new(m);
    let mut out = Vec::new();
    for (name, args) in calls {
        match inst.invoke(name, args) {
            Ok(v) => out.push(Ok(v)),
            Err(Trap::OutOfFuel) | Err(Trap::StackOverflow) => return None,
            Err(t) => {
                out.push(Err(t.to_string()));
                inst = Instance::new(m);
            }
        }
    }
    Some(out)
}

/// Whether two outcomes agree: equal values (NaNs equal), or both trapped.
pub fn same(a: &Outcome, b: &Outcome) -> bool {
    match (a, b) {
        (Ok(Some(x)), Ok(Some(y))) => x.same(*y),
        (Ok(None), Ok(None)) => true,
        (Err(_), Err(_)) => true,
        _ => false,
    }
}

pub fn engine() -> wasmtime::Engine {
    let mut c = wasmtime::Config::new();
    c.wasm_simd(true);
    wasmtime::Engine::new(&c).expect("wasmtime engine")
}

pub fn corpus_dir() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/../wasmir/tests/corpus").to_string()
}

/// The corpus files: (stem, parsed and verified module).
pub fn corpus() -> Vec<(String, Module)> {
    let mut v: Vec<_> = std::fs::read_dir(corpus_dir()).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "wir")).collect();
    v.sort();
    v.into_iter().map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), wasmir::load(&std::fs::read_to_string(&p).unwrap()).unwrap())).collect()
}

/// The zero-argument `test_*` exports of a module.
pub fn test_exports(m: &Module) -> Vec<(String, Vec<Val>)> {
    m.funcs.iter().filter_map(|f| f.export.clone().filter(|e| e.starts_with("test_") && f.sig.params.is_empty())).map(|e| (e, vec![])).collect()
}
