//! WIT text -> a checked `wit_parser::Resolve`, plus what glue generation needs from it:
//! core signatures, core import/export names (wit-component's legacy mangling) and the
//! `component-type` metadata section.

use crate::model::{Component, Func, Record};
use anyhow::{Context, Result, anyhow, bail};
use std::path::Path;
use wit_parser::abi::{AbiVariant, WasmType};
use wit_parser::{
    LiftLowerAbi, ManglingAndAbi, PackageId, Resolve, SizeAlign, WasmExport, WasmExportKind,
    WasmImport, WorldId, WorldItem, WorldKey,
};

/// A core wasm value type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CoreTy {
    I32,
    I64,
    F32,
    F64,
}

impl CoreTy {
    fn of(t: WasmType) -> CoreTy {
        match t {
            WasmType::I32 | WasmType::Pointer | WasmType::Length => CoreTy::I32,
            WasmType::I64 | WasmType::PointerOrI64 => CoreTy::I64,
            WasmType::F32 => CoreTy::F32,
            WasmType::F64 => CoreTy::F64,
        }
    }
}

/// Import or export, with the core names wit-component expects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Direction {
    /// `(import "<module>" "<field>" ...)`
    Import { module: String, field: String },
    /// `(export "<name>" ...)` plus the post-return export that frees the result.
    Export { name: String, post_return: String },
}

/// A function of the world with everything needed to generate its canonical-ABI glue.
#[derive(Debug, Clone)]
pub struct AbiFunc {
    pub dir: Direction,
    /// Interface name (`gfx`) when the function belongs to an interface, `None` at world level.
    pub interface: Option<String>,
    /// Full interface id (`wasmrust:gfx/gfx@2.1.0`).
    pub interface_id: Option<String>,
    pub func: Func,
    /// Records reachable from the function's signature.
    pub records: Vec<Record>,
    /// Core parameter types (includes the return pointer for imports with `retptr`).
    pub params: Vec<CoreTy>,
    /// Core result types.
    pub results: Vec<CoreTy>,
    /// Parameters are passed through a pointer to a tuple in memory.
    pub indirect_params: bool,
    /// The result travels through memory.
    pub retptr: bool,
    /// Size and alignment of the parameter tuple in memory (used when `indirect_params`).
    pub params_size: usize,
    pub params_align: usize,
    /// Size and alignment of the result in memory (used when `retptr`).
    pub result_size: usize,
    pub result_align: usize,
}

/// A parsed, resolved WIT package with one selected world.
pub struct Resolved {
    pub resolve: Resolve,
    pub package: PackageId,
    pub world: WorldId,
}

impl Resolved {
    /// Renders `c` to WIT and resolves it; returns the text too.
    pub fn from_component(c: &Component) -> Result<(Resolved, String)> {
        let text = crate::render::component(c);
        let r = Resolved::from_text(&format!("{}.wit", c.name), &text, Some(&c.name))
            .with_context(|| format!("generated WIT does not resolve:\n{text}"))?;
        Ok((r, text))
    }

    /// Resolves WIT source text; `world` picks a world when the package has several.
    pub fn from_text(label: &str, text: &str, world: Option<&str>) -> Result<Resolved> {
        let mut resolve = Resolve::new();
        let package = resolve.push_str(label, text)?;
        let world = resolve.select_world(&[package], world)?;
        Ok(Resolved { resolve, package, world })
    }

    /// Resolves a `.wit` file or a directory (with an optional `deps/`).
    pub fn from_path(path: &Path, world: Option<&str>) -> Result<Resolved> {
        let mut resolve = Resolve::new();
        let (package, _) = resolve
            .push_path(path)
            .with_context(|| format!("cannot load WIT from {}", path.display()))?;
        let world = resolve.select_world(&[package], world)?;
        Ok(Resolved { resolve, package, world })
    }

    /// `wasmrust:image-filter/image-filter@1.0.0`
    pub fn world_id(&self) -> String {
        let w = &self.resolve.worlds[self.world];
        self.resolve.id_of_name(self.package, &w.name)
    }

    /// The world's name (`image-filter`).
    pub fn world_name(&self) -> &str {
        &self.resolve.worlds[self.world].name
    }

    /// The encoded `component-type` custom section payload for this world.
    pub fn metadata(&self) -> Result<Vec<u8>> {
        wit_component::metadata::encode(
            &self.resolve,
            self.world,
            wit_component::StringEncoding::UTF8,
            None,
            false,
        )
    }

    /// The custom section name carrying [`Resolved::metadata`]; wit-component reads every
    /// section whose name starts with `component-type`.
    pub fn custom_section_name(&self) -> String {
        format!("component-type:wasmrust:{}:encoded world", self.world_id())
    }

    /// Prints the resolved package (and the packages it depends on, nested) as WIT text.
    pub fn to_wit(&self) -> Result<String> {
        let nested: Vec<PackageId> = self
            .resolve
            .topological_packages()
            .into_iter()
            .filter(|p| *p != self.package)
            .collect();
        let mut printer = wit_component::WitPrinter::default();
        printer.print(&self.resolve, self.package, &nested)?;
        Ok(printer.output.to_string())
    }

    /// Every function the world imports or exports, with its canonical-ABI facts.
    pub fn functions(&self) -> Result<Vec<AbiFunc>> {
        let mut sizes = SizeAlign::default();
        sizes.fill(&self.resolve)?;
        let world = &self.resolve.worlds[self.world];
        let mangling = ManglingAndAbi::Legacy(LiftLowerAbi::Sync);
        let mut out = Vec::new();
        for (is_import, items) in [(true, &world.imports), (false, &world.exports)] {
            for (key, item) in items {
                let (iface, funcs): (Option<(&WorldKey, wit_parser::InterfaceId)>, Vec<&wit_parser::Function>) =
                    match item {
                        WorldItem::Function(f) => (None, vec![f]),
                        WorldItem::Interface { id, .. } => {
                            (Some((key, *id)), self.resolve.interfaces[*id].functions.values().collect())
                        }
                        WorldItem::Type { .. } => continue,
                    };
                for f in funcs {
                    let mut records = Vec::new();
                    let func = crate::from_wit::func(&self.resolve, f, &mut records)
                        .with_context(|| format!("in WIT function `{}`", f.name))?;
                    let variant = if is_import { AbiVariant::GuestImport } else { AbiVariant::GuestExport };
                    let sig = self.resolve.wasm_signature(variant, f);
                    let key = iface.map(|(k, _)| k);
                    let dir = if is_import {
                        let (module, field) =
                            self.resolve.wasm_import_name(mangling, WasmImport::Func { interface: key, func: f });
                        Direction::Import { module, field }
                    } else {
                        let name = |kind| {
                            self.resolve.wasm_export_name(mangling, WasmExport::Func { interface: key, func: f, kind })
                        };
                        Direction::Export {
                            name: name(WasmExportKind::Normal),
                            post_return: name(WasmExportKind::PostReturn),
                        }
                    };
                    let params_info = sizes.record(f.params.iter().map(|p| &p.ty));
                    let (result_size, result_align) = match &f.result {
                        Some(t) => (sizes.size(t).size_wasm32(), sizes.align(t).align_wasm32()),
                        None => (0, 1),
                    };
                    out.push(AbiFunc {
                        dir,
                        interface: iface.map(|(_, id)| {
                            self.resolve.interfaces[id].name.clone().unwrap_or_default()
                        }),
                        interface_id: iface.and_then(|(_, id)| self.resolve.id_of(id)),
                        func,
                        records,
                        params: sig.params.iter().map(|t| CoreTy::of(*t)).collect(),
                        results: sig.results.iter().map(|t| CoreTy::of(*t)).collect(),
                        indirect_params: sig.indirect_params,
                        retptr: sig.retptr,
                        params_size: params_info.size.size_wasm32(),
                        params_align: params_info.align.align_wasm32(),
                        result_size,
                        result_align,
                    });
                }
            }
        }
        Ok(out)
    }

    /// Checks that the world imports nothing but interfaces and exports nothing else than
    /// functions and interfaces (what the glue generator supports).
    pub fn check_supported(&self) -> Result<()> {
        let world = &self.resolve.worlds[self.world];
        for (key, item) in &world.imports {
            if let WorldItem::Function(f) = item {
                let _ = key;
                bail!("not supported yet: functions imported directly by a world (`{}`); import an interface", f.name);
            }
        }
        self.functions().map(|_| ())
    }
}

/// Looks up a world-level record by name (for `#[wasm::component(wit = ...)]`).
pub fn find_record<'a>(funcs: &'a [AbiFunc], name: &str) -> Option<&'a Record> {
    funcs.iter().flat_map(|f| &f.records).find(|r| r.name == name)
}

impl std::str::FromStr for CoreTy {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<Self> {
        Ok(match s {
            "i32" => CoreTy::I32,
            "i64" => CoreTy::I64,
            "f32" => CoreTy::F32,
            "f64" => CoreTy::F64,
            _ => return Err(anyhow!("unknown core type {s}")),
        })
    }
}
