//! JS glue for a core wasm module: an ES module that instantiates it (creating any imported
//! memory itself, shared when the module asks for shared memory, which is what threads need)
//! and re-exports its functions with their signatures.

use anyhow::{Context, Result};
use std::fmt::Write as _;

/// An exported function and its signature (wasm value type names).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FuncExport {
    /// The export name.
    pub name: String,
    /// Parameter types (`i32`, `i64`, `f32`, `f64`, `v128`, `externref`, ...).
    pub params: Vec<String>,
    /// Result types.
    pub results: Vec<String>,
}

/// A memory the module imports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemoryImport {
    /// Import module.
    pub module: String,
    /// Import name.
    pub name: String,
    /// Initial pages.
    pub initial: u64,
    /// Maximum pages (shared memories always have one).
    pub maximum: Option<u64>,
    /// Whether the memory is shared (threads).
    pub shared: bool,
}

/// What the glue needs to know about a module.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ModuleInfo {
    /// Exported functions, in export order.
    pub functions: Vec<FuncExport>,
    /// Imported memories.
    pub memories: Vec<MemoryImport>,
    /// Other imports (`module.name`), which the page must provide.
    pub other_imports: Vec<String>,
}

fn type_name(t: wasmparser::ValType) -> String {
    use wasmparser::ValType::*;
    match t {
        I32 => "i32".into(),
        I64 => "i64".into(),
        F32 => "f32".into(),
        F64 => "f64".into(),
        V128 => "v128".into(),
        Ref(r) => r.to_string().trim_start_matches('(').trim_end_matches(')').replace("ref null ", "").replace(' ', "_"),
    }
}

/// Reads a core module's exports and imports.
pub fn inspect(wasm: &[u8]) -> Result<ModuleInfo> {
    if !wasmparser::Parser::is_core_wasm(wasm) {
        anyhow::bail!(
            "not a core wasm module{}: the dev server serves browser modules (build with --target wasm32-unknown-unknown)",
            if wasmparser::Parser::is_component(wasm) { " (it is a component)" } else { "" }
        );
    }
    let mut types: Vec<wasmparser::FuncType> = Vec::new();
    let mut func_types: Vec<u32> = Vec::new();
    let mut info = ModuleInfo::default();
    let mut exports = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        match payload.context("malformed wasm module")? {
            wasmparser::Payload::TypeSection(r) => {
                for group in r {
                    for sub in group?.into_types() {
                        // Non-function types (GC structs/arrays) keep the index space aligned.
                        types.push(match &sub.composite_type.inner {
                            wasmparser::CompositeInnerType::Func(f) => f.clone(),
                            _ => wasmparser::FuncType::new([], []),
                        });
                    }
                }
            }
            wasmparser::Payload::ImportSection(r) => {
                for imp in r.into_imports() {
                    let imp = imp?;
                    match imp.ty {
                        wasmparser::TypeRef::Func(t) => {
                            func_types.push(t);
                            info.other_imports.push(format!("{}.{}", imp.module, imp.name));
                        }
                        wasmparser::TypeRef::Memory(m) => info.memories.push(MemoryImport {
                            module: imp.module.to_string(),
                            name: imp.name.to_string(),
                            initial: m.initial,
                            maximum: m.maximum,
                            shared: m.shared,
                        }),
                        _ => info.other_imports.push(format!("{}.{}", imp.module, imp.name)),
                    }
                }
            }
            wasmparser::Payload::FunctionSection(r) => {
                for t in r {
                    func_types.push(t?);
                }
            }
            wasmparser::Payload::ExportSection(r) => {
                for e in r {
                    let e = e?;
                    if e.kind == wasmparser::ExternalKind::Func {
                        exports.push((e.name.to_string(), e.index));
                    }
                }
            }
            _ => {}
        }
    }
    for (name, index) in exports {
        let ty = func_types
            .get(index as usize)
            .and_then(|t| types.get(*t as usize))
            .with_context(|| format!("export `{name}` refers to a missing function"))?;
        info.functions.push(FuncExport {
            name,
            params: ty.params().iter().map(|t| type_name(*t)).collect(),
            results: ty.results().iter().map(|t| type_name(*t)).collect(),
        });
    }
    Ok(info)
}

/// Whether `name` can be a named ES export without clashing with the glue's own names.
fn js_identifier(name: &str) -> bool {
    const RESERVED: &[&str] = &[
        "init", "call", "instance", "signatures", "break", "case", "catch", "class", "const", "continue", "debugger",
        "default", "delete", "do", "else", "export", "extends", "finally", "for", "function", "if", "import", "in",
        "instanceof", "new", "return", "super", "switch", "this", "throw", "try", "typeof", "var", "void", "while",
        "with", "yield", "let", "static", "enum", "await", "implements", "package", "protected", "interface",
        "private", "public", "null", "true", "false", "arguments", "eval",
    ];
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
        && !RESERVED.contains(&name)
}

/// A JSON/JS string literal.
pub fn js_string(s: &str) -> String {
    serde_json::to_string(s).expect("strings serialise")
}

/// Generates the glue ES module for `info`, loading the wasm from `wasm_url` (relative to the
/// glue's own URL).
pub fn generate(info: &ModuleInfo, wasm_url: &str) -> String {
    let mut js = String::new();
    let _ = writeln!(js, "// Generated by wasm-devserver: instantiates the module and re-exports its functions.");
    let _ = writeln!(js, "const wasmUrl = new URL({}, import.meta.url);", js_string(wasm_url));
    let _ = writeln!(js, "export let instance = null;");
    let _ = writeln!(js, "/** Export name -> {{params, results}} (wasm value types). */");
    let _ = write!(js, "export const signatures = {{");
    for f in &info.functions {
        let list = |v: &[String]| v.iter().map(|t| js_string(t)).collect::<Vec<_>>().join(", ");
        let _ = write!(js, "\n  {}: {{ params: [{}], results: [{}] }},", js_string(&f.name), list(&f.params), list(&f.results));
    }
    let _ = writeln!(js, "\n}};");
    let _ = writeln!(js, "/** Imports the page must pass to init() (memories are created here). */");
    let _ = writeln!(js, "export const requiredImports = [{}];", info.other_imports.iter().map(|s| js_string(s)).collect::<Vec<_>>().join(", "));
    let _ = writeln!(js, "export async function init(imports = {{}}) {{");
    let _ = writeln!(js, "  imports = Object.fromEntries(Object.entries(imports).map(([k, v]) => [k, {{ ...v }}]));");
    for m in &info.memories {
        let max = m.maximum.map(|x| format!(", maximum: {x}")).unwrap_or_default();
        let _ = writeln!(js, "  imports[{0}] ??= {{}};", js_string(&m.module));
        let _ = writeln!(
            js,
            "  imports[{}][{}] ??= new WebAssembly.Memory({{ initial: {}{max}, shared: {} }});",
            js_string(&m.module),
            js_string(&m.name),
            m.initial,
            m.shared
        );
    }
    let _ = writeln!(js, "  const response = fetch(wasmUrl, {{ cache: 'no-store' }});");
    let _ = writeln!(js, "  ({{ instance }} = await WebAssembly.instantiateStreaming(response, imports));");
    let _ = writeln!(js, "  return instance.exports;");
    let _ = writeln!(js, "}}");
    let _ = writeln!(js, "/** Calls an export by name, converting i64 arguments to BigInt. */");
    let _ = writeln!(js, "export function call(name, ...args) {{");
    let _ = writeln!(js, "  if (!instance) throw new Error('call init() first');");
    let _ = writeln!(js, "  const sig = signatures[name];");
    let _ = writeln!(js, "  if (!sig) throw new Error(`the module exports no function named ${{name}}`);");
    let _ = writeln!(js, "  if (args.length !== sig.params.length) throw new Error(`${{name}} takes ${{sig.params.length}} arguments, got ${{args.length}}`);");
    let _ = writeln!(js, "  return instance.exports[name](...args.map((a, i) => sig.params[i] === 'i64' ? BigInt(a) : a));");
    let _ = writeln!(js, "}}");
    for f in info.functions.iter().filter(|f| js_identifier(&f.name)) {
        let _ = writeln!(js, "export function {0}(...args) {{ return call({1}, ...args); }}", f.name, js_string(&f.name));
    }
    js
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module() -> Vec<u8> {
        wat::parse_str(
            r#"(module
                 (import "env" "memory" (memory 1 16 shared))
                 (import "env" "log" (func $log (param i32)))
                 (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
                 (func (export "wide") (param i64) (result f64) f64.const 1)
                 (func (export "with-dash")))"#,
        )
        .unwrap()
    }

    #[test]
    fn exports_and_imports_are_read() {
        let info = inspect(&module()).unwrap();
        assert_eq!(
            info.functions[0],
            FuncExport { name: "add".into(), params: vec!["i32".into(), "i32".into()], results: vec!["i32".into()] }
        );
        assert_eq!(info.functions[1].params, ["i64"]);
        assert_eq!(info.memories[0], MemoryImport { module: "env".into(), name: "memory".into(), initial: 1, maximum: Some(16), shared: true });
        assert_eq!(info.other_imports, ["env.log"]);
    }

    #[test]
    fn glue_creates_shared_memory_and_names_exports() {
        let js = generate(&inspect(&module()).unwrap(), "./app.wasm");
        assert!(js.contains("new WebAssembly.Memory({ initial: 1, maximum: 16, shared: true })"), "{js}");
        assert!(js.contains("export function add(...args)"));
        assert!(!js.contains("export function with-dash"), "non-identifiers are reachable through call() only");
        assert!(js.contains("\"with-dash\": { params: [], results: [] }"));
        assert!(js.contains("export const requiredImports = [\"env.log\"]"));
    }

    #[test]
    fn components_are_refused_with_the_reason() {
        let e = inspect(b"\0asm\x0d\0\x01\0").unwrap_err().to_string();
        assert!(e.contains("component"), "{e}");
        assert!(inspect(b"hello").is_err());
    }
}
