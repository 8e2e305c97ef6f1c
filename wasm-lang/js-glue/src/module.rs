//! Reading the wasm module: the `wasmrust.js` section, the core signatures the glue relies on
//! (checked against the metadata), and the module without the section.

use crate::meta::{self, Func, Kind, Num, Ty};
use anyhow::{Context, Result, bail};
use wasmparser::{ExternalKind, Parser, Payload, TypeRef, ValType};

/// Exports the glue calls besides the functions: the `wasm` crate's `js` runtime.
pub const RUNTIME_EXPORTS: &[&str] = &["__wasm_js_alloc", "__wasm_js_realloc", "__wasm_js_free", "__wasm_js_ret"];

/// A core function type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoreSig {
    pub params: Vec<ValType>,
    pub results: Vec<ValType>,
}

impl std::fmt::Display for CoreSig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let l = |v: &[ValType]| v.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(", ");
        write!(f, "({}) -> ({})", l(&self.params), l(&self.results))
    }
}

fn num_core(n: Num) -> ValType {
    match n {
        Num::I64 | Num::U64 => ValType::I64,
        Num::F32 => ValType::F32,
        Num::F64 => ValType::F64,
        _ => ValType::I32,
    }
}

/// The core signature `#[wasm::js]` gives `f` (see the `wasm` crate's `js` module).
pub fn expected_sig(f: &Func) -> CoreSig {
    let mut params = Vec::new();
    for p in &f.params {
        match (p.ty, f.kind) {
            (Ty::Bool, _) => params.push(ValType::I32),
            (Ty::Num(n), _) => params.push(num_core(n)),
            (Ty::Str | Ty::String, Kind::Export) => params.extend([ValType::I32; 3]),
            (Ty::Str | Ty::String, Kind::Import) => params.extend([ValType::I32; 2]),
            (Ty::Slice(_) | Ty::SliceMut(_) | Ty::Vec(_), _) => params.extend([ValType::I32; 2]),
            (Ty::Unit, _) => {}
        }
    }
    let mut results = Vec::new();
    match f.ret {
        Ty::Bool => results.push(ValType::I32),
        Ty::Num(n) => results.push(num_core(n)),
        Ty::String | Ty::Vec(_) if f.kind == Kind::Import => params.push(ValType::I32),
        _ => {}
    }
    CoreSig { params, results }
}

/// What the glue needs to know about a module.
#[derive(Debug)]
pub struct Module {
    pub funcs: Vec<Func>,
    /// The module without the `wasmrust.js` section.
    pub stripped: Vec<u8>,
}

/// Reads `bytes`, checks every `#[wasm::js]` function against the module's imports and
/// exports, and strips the metadata section.
pub fn read(bytes: &[u8]) -> Result<Module> {
    let mut types: Vec<CoreSig> = Vec::new();
    let mut func_types: Vec<u32> = Vec::new();
    let mut imports: Vec<(String, String, u32)> = Vec::new();
    let mut exports: Vec<(String, ExternalKind, u32)> = Vec::new();
    let mut meta_data: Vec<u8> = Vec::new();
    let mut found = false;
    let mut out = wasm_encoder::Module::new();
    for payload in Parser::new(0).parse_all(bytes) {
        let payload = payload.context("not a valid WebAssembly module")?;
        match &payload {
            Payload::Version { encoding: wasmparser::Encoding::Component, .. } => {
                bail!("this is a component; wasm-js-glue works on core modules built for wasm32-unknown-unknown")
            }
            Payload::TypeSection(r) => {
                for ty in r.clone().into_iter_err_on_gc_types() {
                    let ty = ty.context("reading the type section")?;
                    types.push(CoreSig { params: ty.params().to_vec(), results: ty.results().to_vec() });
                }
            }
            Payload::ImportSection(r) => {
                for imp in r.clone().into_imports() {
                    let imp = imp.context("reading the import section")?;
                    if let TypeRef::Func(t) = imp.ty {
                        imports.push((imp.module.to_string(), imp.name.to_string(), t));
                        func_types.push(t);
                    }
                }
            }
            Payload::FunctionSection(r) => {
                for t in r.clone() {
                    func_types.push(t.context("reading the function section")?);
                }
            }
            Payload::ExportSection(r) => {
                for e in r.clone() {
                    let e = e.context("reading the export section")?;
                    exports.push((e.name.to_string(), e.kind, e.index));
                }
            }
            Payload::CustomSection(c) if c.name() == meta::SECTION => {
                found = true;
                meta_data.extend_from_slice(c.data());
                continue;
            }
            _ => {}
        }
        if let Some((id, range)) = payload.as_section() {
            out.section(&wasm_encoder::RawSection { id, data: &bytes[range.start as usize..range.end as usize] });
        }
    }
    if !found {
        bail!("the module has no `{}` section: no #[wasm::js] items were compiled into it", meta::SECTION);
    }
    let funcs = meta::parse(&meta_data)?;
    let sig_of = |f: u32| func_types.get(f as usize).and_then(|t| types.get(*t as usize));
    if !exports.iter().any(|(n, k, _)| n == "memory" && *k == ExternalKind::Memory) {
        bail!("the module exports no memory named `memory`");
    }
    for rt in RUNTIME_EXPORTS {
        if !exports.iter().any(|(n, k, _)| n == rt && *k == ExternalKind::Func) {
            bail!("the module does not export `{rt}`: enable the `js` feature of the wasm crate");
        }
    }
    for f in &funcs {
        let want = expected_sig(f);
        let have = match f.kind {
            Kind::Export => {
                let Some((_, _, idx)) = exports.iter().find(|(n, k, _)| *n == f.js_name && *k == ExternalKind::Func) else {
                    bail!("#[wasm::js] export `{}` is not exported by the module (was it removed by the linker?)", f.js_name);
                };
                sig_of(*idx)
            }
            Kind::Import => match imports.iter().find(|(m, n, _)| m == "wasmrust:js" && *n == f.name) {
                Some((_, _, t)) => types.get(*t as usize),
                // An import nothing calls is dropped by the linker; the glue still offers it.
                None => continue,
            },
        };
        match have {
            Some(have) if *have == want => {}
            Some(have) => bail!("`{}`: the module's signature {have} differs from the metadata's {want} (mismatched wasm crate version?)", f.js_name),
            None => bail!("`{}`: the module's function has no type", f.js_name),
        }
    }
    for (m, n, _) in &imports {
        if m != "wasmrust:js" {
            bail!("the module imports `{m}::{n}`, which the JS glue cannot provide (only #[wasm::js] imports)");
        }
    }
    Ok(Module { funcs, stripped: out.finish() })
}
