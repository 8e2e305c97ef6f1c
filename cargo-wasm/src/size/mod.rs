//! The size profiler behind `cargo wasm size`: where the bytes of a .wasm go, by section,
//! by crate, by function, and which generic functions were monomorphized many times.

pub mod dwarf;
pub mod names;
pub mod report;
pub mod treemap;

use anyhow::{Context, Result, bail};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// A section and its size on disk (id byte and size prefix included).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Section {
    /// `code`, `data`, `custom "name"`, …
    pub name: String,
    pub size: u64,
}

/// A defined function.
#[derive(Debug, Clone, Serialize)]
pub struct Function {
    /// Function index (imports first, as in the binary).
    pub index: u32,
    /// Demangled name without hashes, or `function[N]`.
    pub name: String,
    /// The name as the name section spells it (mangled).
    pub symbol: Option<String>,
    /// Size of the body in the code section (its size prefix included) plus its type-index
    /// entry in the function section — what twiggy calls the function's shallow size.
    pub size: u64,
    /// The crate it belongs to (from its name, else from DWARF).
    pub krate: String,
}

/// A crate's share of the code.
#[derive(Debug, Clone, Serialize)]
pub struct CrateSize {
    pub name: String,
    pub size: u64,
    pub functions: usize,
}

/// A generic function instantiated more than once.
#[derive(Debug, Clone, Serialize)]
pub struct Monomorphizations {
    /// The name with generic arguments erased.
    pub generic: String,
    pub instances: usize,
    pub total: u64,
    /// What sharing one body would save at most: total minus the largest instance (twiggy's
    /// "approximate bloat").
    pub bloat: u64,
    /// The instances, largest first.
    pub sizes: Vec<(String, u64)>,
}

/// The profile of one core module.
#[derive(Debug, Clone, Serialize)]
pub struct ModuleProfile {
    pub size: u64,
    pub sections: Vec<Section>,
    /// Largest first.
    pub functions: Vec<Function>,
    /// Largest first.
    pub crates: Vec<CrateSize>,
    /// Largest bloat first.
    pub monomorphizations: Vec<Monomorphizations>,
    /// Where the crate names came from: `names`, `names+dwarf` or `none`.
    pub attribution: String,
}

/// The profile of a file: one module, or a component's modules.
#[derive(Debug, Clone, Serialize)]
pub struct Profile {
    pub size: u64,
    pub component: bool,
    /// Top-level sections (for a component, its own sections).
    pub sections: Vec<Section>,
    /// The core modules (a module file has exactly one), largest first.
    pub modules: Vec<ModuleProfile>,
}

/// Profiles a module or component.
pub fn profile(bytes: &[u8]) -> Result<Profile> {
    let kind = crate::wasm_info::kind_of(bytes)?;
    let sections = raw_sections(bytes)?;
    let mut named = Vec::new();
    let mut modules = Vec::new();
    for s in &sections {
        named.push(Section { name: section_name(s, kind == crate::wasm_info::Kind::Component), size: s.total_len as u64 });
        if kind == crate::wasm_info::Kind::Component && s.id == 1 {
            let inner = &bytes[s.content.clone()];
            modules.push(profile_module(inner).context("a core module inside the component")?);
        }
    }
    if kind == crate::wasm_info::Kind::Module {
        modules.push(profile_module(bytes)?);
    }
    modules.sort_by(|a, b| b.size.cmp(&a.size));
    Ok(Profile { size: bytes.len() as u64, component: kind == crate::wasm_info::Kind::Component, sections: named, modules })
}

/// A section as laid out in the binary.
#[derive(Debug, Clone)]
struct RawSection {
    id: u8,
    /// For custom sections, the name.
    custom: Option<String>,
    content: std::ops::Range<usize>,
    total_len: usize,
}

fn read_leb(bytes: &[u8], pos: &mut usize) -> Result<u64> {
    let mut result = 0u64;
    let mut shift = 0;
    loop {
        let b = *bytes.get(*pos).context("truncated LEB128")?;
        *pos += 1;
        result |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Ok(result);
        }
        shift += 7;
        if shift > 35 {
            bail!("LEB128 too long");
        }
    }
}

fn raw_sections(bytes: &[u8]) -> Result<Vec<RawSection>> {
    let mut pos = 8;
    let mut out = Vec::new();
    while pos < bytes.len() {
        let start = pos;
        let id = bytes[pos];
        pos += 1;
        let len = read_leb(bytes, &mut pos)? as usize;
        let content = pos..pos.checked_add(len).filter(|e| *e <= bytes.len()).context("section runs past the end of the file")?;
        let custom = if id == 0 {
            let mut p = pos;
            let n = read_leb(bytes, &mut p)? as usize;
            Some(String::from_utf8_lossy(bytes.get(p..p + n).context("truncated custom section name")?).into_owned())
        } else {
            None
        };
        pos = content.end;
        out.push(RawSection { id, custom, total_len: pos - start, content });
    }
    Ok(out)
}

fn section_name(s: &RawSection, component: bool) -> String {
    if let Some(c) = &s.custom {
        return format!("custom \"{c}\"");
    }
    let names: &[&str] = if component {
        &["custom", "core module", "core instance", "core type", "component", "instance", "alias", "type", "canon", "start", "import", "export", "value"]
    } else {
        &["custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data", "data count", "tag"]
    };
    names.get(usize::from(s.id)).map(|n| n.to_string()).unwrap_or_else(|| format!("section {}", s.id))
}

/// Profiles one core module.
pub fn profile_module(bytes: &[u8]) -> Result<ModuleProfile> {
    let sections = raw_sections(bytes)?;
    let mut imported_funcs = 0u32;
    let mut bodies: Vec<(usize, usize)> = Vec::new(); // (offset in code section content, size with prefix)
    let mut code_start = 0usize;
    let mut symbols: HashMap<u32, String> = HashMap::new();
    // Each defined function's entry in the function section (its type index), which twiggy
    // counts as part of the function too.
    let mut type_entries: Vec<usize> = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(bytes) {
        match payload.context("invalid wasm")? {
            wasmparser::Payload::FunctionSection(r) => {
                for ty in r {
                    type_entries.push(leb_len(u64::from(ty?)));
                }
            }
            wasmparser::Payload::ImportSection(r) => {
                for imp in r.into_imports() {
                    if matches!(imp?.ty, wasmparser::TypeRef::Func(_) | wasmparser::TypeRef::FuncExact(_)) {
                        imported_funcs += 1;
                    }
                }
            }
            wasmparser::Payload::CodeSectionStart { unchecked_range, .. } => code_start = unchecked_range.start as usize,
            wasmparser::Payload::CodeSectionEntry(body) => {
                let r = body.range();
                let (start, len) = (r.start as usize, (r.end - r.start) as usize);
                // The body's size prefix sits just before its range.
                let prefix = leb_len(len as u64);
                bodies.push((start - prefix - code_start, len + prefix));
            }
            wasmparser::Payload::CustomSection(c) => {
                if let wasmparser::KnownCustom::Name(reader) = c.as_known() {
                    for sub in reader {
                        if let Ok(wasmparser::Name::Function(map)) = sub {
                            for n in map.into_iter().flatten() {
                                symbols.insert(n.index, n.name.to_string());
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let dwarf_units = dwarf::code_units(bytes).unwrap_or_default();
    let mut used_dwarf = false;
    let mut functions: Vec<Function> = bodies
        .iter()
        .enumerate()
        .map(|(i, &(offset, body_size))| {
            let size = body_size + type_entries.get(i).copied().unwrap_or(0);
            let index = imported_funcs + i as u32;
            let symbol = symbols.get(&index).cloned();
            let name = symbol.as_deref().map(names::demangle).unwrap_or_else(|| format!("function[{index}]"));
            let mut krate = if symbol.is_some() { names::crate_of(&name) } else { names::UNNAMED.to_string() };
            if krate == names::UNNAMED || krate == names::NO_CRATE {
                if let Some(c) = dwarf::crate_at(&dwarf_units, (offset + body_size / 2) as u64) {
                    krate = c;
                    used_dwarf = true;
                }
            }
            Function { index, name, symbol, size: size as u64, krate }
        })
        .collect();
    functions.sort_by(|a, b| b.size.cmp(&a.size).then(a.index.cmp(&b.index)));
    let mut by_crate: BTreeMap<String, (u64, usize)> = BTreeMap::new();
    for f in &functions {
        let e = by_crate.entry(f.krate.clone()).or_default();
        e.0 += f.size;
        e.1 += 1;
    }
    let mut crates: Vec<CrateSize> = by_crate.into_iter().map(|(name, (size, functions))| CrateSize { name, size, functions }).collect();
    crates.sort_by(|a, b| b.size.cmp(&a.size).then(a.name.cmp(&b.name)));
    let attribution = match (symbols.is_empty(), used_dwarf) {
        (false, false) => "names",
        (false, true) => "names+dwarf",
        (true, true) => "dwarf",
        (true, false) => "none",
    }
    .to_string();
    let sections = sections.iter().map(|s| Section { name: section_name(s, false), size: s.total_len as u64 }).collect();
    Ok(ModuleProfile { size: bytes.len() as u64, sections, monomorphizations: monomorphizations(&functions), functions, crates, attribution })
}

fn leb_len(mut v: u64) -> usize {
    let mut n = 1;
    while v >= 0x80 {
        v >>= 7;
        n += 1;
    }
    n
}

/// Groups named functions by [`names::generic_key`]; groups of two or more, most bloat first.
pub fn monomorphizations(functions: &[Function]) -> Vec<Monomorphizations> {
    let mut groups: BTreeMap<String, Vec<(String, u64)>> = BTreeMap::new();
    for f in functions.iter().filter(|f| f.symbol.is_some()) {
        let key = names::generic_key(&f.name);
        if key != f.name {
            groups.entry(key).or_default().push((f.name.clone(), f.size));
        }
    }
    let mut out: Vec<Monomorphizations> = groups
        .into_iter()
        .filter(|(_, v)| v.len() > 1)
        .map(|(generic, mut sizes)| {
            sizes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let total: u64 = sizes.iter().map(|s| s.1).sum();
            Monomorphizations { generic, instances: sizes.len(), total, bloat: total - sizes[0].1, sizes }
        })
        .collect();
    out.sort_by(|a, b| b.bloat.cmp(&a.bloat).then(b.total.cmp(&a.total)).then(a.generic.cmp(&b.generic)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_add_up_to_the_file() {
        // (module (func $a (export "a") (result i32) i32.const 1) (func $b i32.const 2 drop))
        let wasm = b"\0asm\x01\0\0\0\x01\x08\x02\x60\0\x01\x7f\x60\0\0\x03\x03\x02\x00\x01\x07\x05\x01\x01a\x00\x00\x0a\x0c\x02\x04\x00\x41\x01\x0b\x05\x00\x41\x02\x1a\x0b";
        let p = profile(wasm).unwrap();
        assert_eq!(8 + p.sections.iter().map(|s| s.size).sum::<u64>(), wasm.len() as u64);
        let m = &p.modules[0];
        assert_eq!(m.functions.len(), 2);
        assert_eq!(m.functions[0].size, 7); // type index + prefix + 5 bytes
        assert_eq!(m.functions[1].size, 6);
        assert_eq!(m.functions[0].name, "function[1]");
        assert_eq!(m.attribution, "none");
    }

    #[test]
    fn groups_instances() {
        let f = |name: &str, size| Function { index: 0, name: name.into(), symbol: Some(name.into()), size, krate: "core".into() };
        let fs = vec![
            f("core::ptr::drop_in_place::<alloc::string::String>", 30),
            f("core::ptr::drop_in_place::<alloc::vec::Vec<u8>>", 34),
            f("core::ptr::drop_in_place::<u8>", 3),
            f("solo::generic::<u8>", 10),
        ];
        let m = monomorphizations(&fs);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].generic, "core::ptr::drop_in_place");
        assert_eq!((m[0].instances, m[0].total, m[0].bloat), (3, 67, 33));
    }
}
