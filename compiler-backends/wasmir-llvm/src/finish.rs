//! After `wasm-ld`: give the module WasmIR's memory limits and fixed-address data segments.
//! Sections are copied raw; only the memory section is replaced and a data section put after
//! the code. LLVM-generated data in linear memory would collide with WasmIR's fixed layout, so
//! it is rejected rather than silently overlapped.

use wasm_encoder::{ConstExpr, DataSection, MemorySection, MemoryType, RawSection, SectionId};
use wasmparser::{Parser, Payload};

/// Rewrites the linked module `wasm` for WasmIR module `m`.
pub fn finish(wasm: &[u8], m: &wasmir::Module) -> Result<Vec<u8>, String> {
    // LLVM cannot give wasm globals (addrspace 1) an initial value: they come out as zero.
    // Find ours by their symbol names (`g.N`) and restore WasmIR's initialisers.
    let mut global_names: std::collections::HashMap<u32, String> = std::collections::HashMap::new();
    for p in Parser::new(0).parse_all(wasm) {
        if let Ok(Payload::CustomSection(c)) = p {
            if let wasmparser::KnownCustom::Name(reader) = c.as_known() {
                for sub in reader {
                    if let Ok(wasmparser::Name::Global(map)) = sub {
                        for n in map.into_iter().flatten() {
                            global_names.insert(n.index, n.name.to_string());
                        }
                    }
                }
            }
        }
    }
    let mut out = wasm_encoder::Module::new();
    let mut customs: Vec<(String, Vec<u8>)> = Vec::new();
    for p in Parser::new(0).parse_all(wasm) {
        let p = p.map_err(|e| e.to_string())?;
        match &p {
            Payload::CustomSection(c) => {
                customs.push((c.name().to_string(), c.data().to_vec()));
                continue;
            }
            Payload::ImportSection(r) => {
                for imp in r.clone().into_imports() {
                    let imp = imp.map_err(|e| e.to_string())?;
                    let ours = m.funcs.iter().any(|f| f.import.as_ref().is_some_and(|i| i.module == imp.module && i.field == imp.name));
                    if !ours {
                        return Err(format!("the linked module needs `{}`, a compiler-rt builtin: install libclang-rt-22-dev-wasm32 or set WASMIR_WASM_BUILTINS", imp.name));
                    }
                }
            }
            Payload::DataSection(r) if r.count() > 0 => {
                return Err("not supported yet: LLVM placed data in linear memory (it would overlap WasmIR's fixed data layout)".into());
            }
            _ => {}
        }
        if let Payload::GlobalSection(reader) = &p {
            let mut gs = wasm_encoder::GlobalSection::new();
            for (i, g) in reader.clone().into_iter().enumerate() {
                let g = g.map_err(|e| e.to_string())?;
                let ty = wasm_encoder::GlobalType { val_type: val_type(g.ty.content_type)?, mutable: g.ty.mutable, shared: false };
                let ours = global_names.get(&(i as u32)).and_then(|n| n.strip_prefix("g.")).and_then(|n| n.parse::<usize>().ok()).and_then(|n| m.globals.get(n));
                let init = match ours {
                    // A WasmIR global must come out with its own type (ir_text makes LLVM keep
                    // it); never pair an initialiser with a global LLVM retyped.
                    Some(wg) if ty.val_type != val_type(wasmparser_type(wg.ty))? || !ty.mutable && wg.mutable => {
                        return Err(format!("LLVM changed global `{}` to {:?} (WasmIR declares {})", global_names[&(i as u32)], g.ty.content_type, wg.ty));
                    }
                    Some(wg) => const_expr(wg.init),
                    None => {
                        let mut ops = g.init_expr.get_operators_reader();
                        match ops.read().map_err(|e| e.to_string())? {
                            wasmparser::Operator::I32Const { value } => ConstExpr::i32_const(value),
                            wasmparser::Operator::I64Const { value } => ConstExpr::i64_const(value),
                            other => return Err(format!("unexpected global initialiser {other:?}")),
                        }
                    }
                };
                gs.global(ty, &init);
            }
            out.section(&gs);
            continue;
        }
        let Some((id, range)) = p.as_section() else { continue };
        match id {
            x if x == SectionId::Memory as u8 => {
                let mut ms = MemorySection::new();
                let (min, max) = m.memory.map_or((1, None), |x| (x.min, x.max));
                ms.memory(MemoryType { minimum: min as u64, maximum: max.map(u64::from), memory64: false, shared: false, page_size_log2: None });
                out.section(&ms);
            }
            x if x == SectionId::Data as u8 || x == SectionId::DataCount as u8 => {}
            x if x == SectionId::Code as u8 => {
                out.section(&RawSection { id, data: &wasm[range.start..range.end] });
                if !m.data.is_empty() {
                    let mut ds = DataSection::new();
                    for d in &m.data {
                        ds.active(0, &ConstExpr::i32_const(d.offset as i32), d.bytes.iter().copied());
                    }
                    out.section(&ds);
                }
            }
            _ => {
                out.section(&RawSection { id, data: &wasm[range.start..range.end] });
            }
        }
    }
    for (name, data) in &customs {
        out.section(&wasm_encoder::CustomSection { name: name.into(), data: data.into() });
    }
    Ok(out.finish())
}

fn val_type(t: wasmparser::ValType) -> Result<wasm_encoder::ValType, String> {
    Ok(match t {
        wasmparser::ValType::I32 => wasm_encoder::ValType::I32,
        wasmparser::ValType::I64 => wasm_encoder::ValType::I64,
        wasmparser::ValType::F32 => wasm_encoder::ValType::F32,
        wasmparser::ValType::F64 => wasm_encoder::ValType::F64,
        wasmparser::ValType::V128 => wasm_encoder::ValType::V128,
        other => return Err(format!("not supported yet: global of type {other:?}")),
    })
}

fn wasmparser_type(t: wasmir::Type) -> wasmparser::ValType {
    match t {
        wasmir::Type::I32 => wasmparser::ValType::I32,
        wasmir::Type::I64 => wasmparser::ValType::I64,
        wasmir::Type::F32 => wasmparser::ValType::F32,
        wasmir::Type::F64 => wasmparser::ValType::F64,
        wasmir::Type::V128 => wasmparser::ValType::V128,
        wasmir::Type::ExternRef => wasmparser::ValType::EXTERNREF,
        wasmir::Type::FuncRef => wasmparser::ValType::FUNCREF,
    }
}

fn const_expr(c: wasmir::Const) -> ConstExpr {
    match c {
        wasmir::Const::I32(x) => ConstExpr::i32_const(x),
        wasmir::Const::I64(x) => ConstExpr::i64_const(x),
        wasmir::Const::F32(x) => ConstExpr::f32_const(f32::from_bits(x).into()),
        wasmir::Const::F64(x) => ConstExpr::f64_const(f64::from_bits(x).into()),
        wasmir::Const::V128(x) => ConstExpr::v128_const(x as i128),
    }
}
