//! The generator on hand-built modules: signatures are checked against the metadata, runtime
//! exports are required, and a good module yields glue and declarations.

use js_glue::{Target, generate};
use wasm_encoder::{CodeSection, CustomSection, ExportKind, ExportSection, Function, FunctionSection, Instruction, MemorySection, MemoryType, Module, TypeSection, ValType};

const ADD: &str = r#"{"kind":"export","name":"add","js_name":"add","doc":"Adds.","params":[{"name":"a","ty":"i32"},{"name":"b","ty":"i32"}],"ret":"i32","fallible":false}"#;

/// A module exporting memory, the four runtime functions and `add` with `add_params` params.
fn module(add_params: usize, with_runtime: bool, meta: &str) -> Vec<u8> {
    let mut types = TypeSection::new();
    types.ty().function(vec![ValType::I32; add_params], [ValType::I32]);
    let mut funcs = FunctionSection::new();
    let mut code = CodeSection::new();
    let mut exports = ExportSection::new();
    let mut body = Function::new([]);
    body.instruction(&Instruction::I32Const(0)).instruction(&Instruction::End);
    let names: &[&str] = if with_runtime { &["add", "__wasm_js_alloc", "__wasm_js_realloc", "__wasm_js_free", "__wasm_js_ret"] } else { &["add"] };
    for (i, n) in names.iter().enumerate() {
        funcs.function(0);
        code.function(&body);
        exports.export(n, ExportKind::Func, i as u32);
    }
    let mut mems = MemorySection::new();
    mems.memory(MemoryType { minimum: 1, maximum: None, memory64: false, shared: false, page_size_log2: None });
    exports.export("memory", ExportKind::Memory, 0);
    let mut m = Module::new();
    m.section(&types).section(&funcs).section(&mems).section(&exports).section(&code);
    m.section(&CustomSection { name: "wasmrust.js".into(), data: meta.as_bytes().into() });
    m.finish()
}

#[test]
fn a_good_module_gets_glue_and_declarations() {
    let g = generate(&module(2, true, ADD), "m", Target::Web).unwrap();
    assert!(g.js.contains("export function add(a, b) {"), "{}", g.js);
    assert!(g.js.contains("fetch(input)"));
    assert!(g.dts.contains("/**\n * Adds.\n */\nexport function add(a: number, b: number): number;"), "{}", g.dts);
    assert!(g.dts.contains("export default function init(input?: InitInput, imports?: Imports)"));
    wasmparser::Validator::new().validate_all(&g.wasm).unwrap();
    assert!(!g.wasm.windows(11).any(|w| w == b"wasmrust.js"));
    let node = generate(&module(2, true, ADD), "m", Target::Node).unwrap();
    assert!(node.js.contains("readFile(input)"));
}

#[test]
fn signature_mismatches_are_reported() {
    let e = format!("{:#}", generate(&module(1, true, ADD), "m", Target::Web).unwrap_err());
    assert!(e.contains("`add`: the module's signature (i32) -> (i32) differs from the metadata's (i32, i32) -> (i32)"), "{e}");
}

#[test]
fn the_runtime_exports_are_required() {
    let e = format!("{:#}", generate(&module(2, false, ADD), "m", Target::Web).unwrap_err());
    assert!(e.contains("enable the `js` feature of the wasm crate"), "{e}");
}

#[test]
fn missing_exports_and_garbage_are_errors() {
    let ghost = ADD.replace("\"js_name\":\"add\"", "\"js_name\":\"ghost\"");
    let e = format!("{:#}", generate(&module(2, true, &ghost), "m", Target::Web).unwrap_err());
    assert!(e.contains("export `ghost` is not exported"), "{e}");
    let e = format!("{:#}", generate(b"not wasm", "m", Target::Web).unwrap_err());
    assert!(e.contains("not a valid WebAssembly module"), "{e}");
}
