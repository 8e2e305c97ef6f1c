//! Relocatable compilation: precompiled modules survive their binary form, and bodies from
//! separately compiled modules assemble into one working wasm module.

mod common;
use common::*;
use wasmir_cranelift::reloc::{assemble, precompile, Assembly, GlobalUse, Precompiled};
use wasmir_cranelift::Options;

#[test]
fn precompiled_modules_round_trip() {
    for (name, m) in corpus() {
        let p = precompile(&m, &Options::default()).unwrap_or_else(|e| panic!("{name}: {e}"));
        let bytes = p.to_bytes();
        assert_eq!(Precompiled::from_bytes(&bytes).unwrap(), p, "{name}");
        // Damaged input is an error, never a panic.
        for cut in [0, 1, bytes.len() / 3, bytes.len() / 2, bytes.len() - 1] {
            assert!(Precompiled::from_bytes(&bytes[..cut]).is_err(), "{name}: cut at {cut}");
        }
        for i in (0..bytes.len()).step_by(7) {
            let mut b = bytes.clone();
            b[i] ^= 0x55;
            let _ = Precompiled::from_bytes(&b);
        }
    }
}

/// How rustc's objects name things: an import's field and an export are the function's own
/// symbol, which the binary form writes once; other fields and exports are written out.
#[test]
fn names_equal_to_the_symbol_round_trip_once() {
    let src = r#"module "m"
fn $_RNvCs1_3lib4used() -> (i32) import "env" "_RNvCs1_3lib4used"
fn $other() -> (i32) import "env" "elsewhere"
fn $_RNvCs1_3lib4main() -> (i32) export "_RNvCs1_3lib4main" {
b0():
  v0: i32 = call $_RNvCs1_3lib4used()
  v1: i32 = call $other()
  v2: i32 = add v0, v1
  ret v2
}
fn $renamed() -> (i32) export "exported_as" {
b0():
  v0: i32 = const 1
  ret v0
}
"#;
    let m = wasmir::parse_module(src).unwrap();
    let p = precompile(&m, &Options::default()).unwrap();
    let bytes = p.to_bytes();
    assert_eq!(Precompiled::from_bytes(&bytes).unwrap(), p);
    let count = |s: &str| bytes.windows(s.len()).filter(|w| *w == s.as_bytes()).count();
    assert_eq!(count("_RNvCs1_3lib4used"), 1, "an import whose field is its name");
    assert_eq!(count("_RNvCs1_3lib4main"), 1, "an export under the function's name");
    assert_eq!((count("elsewhere"), count("exported_as")), (1, 1));
}

const CALLER: &str = r#"module "a"
global $"@addr:x": i32 = 0
global $g: i32 mut = 5
fn $add1(i32) -> (i32) import "wasmir" "add1"
fn $main() -> (i32) export "test_main" {
b0():
  v0: i32 = global.get $"@addr:x"
  v1: i32 = call $add1(v0)
  v2: i32 = global.get $g
  v3: i32 = add v1, v2
  global.set $g, v3
  ret v3
}
"#;

const CALLEE: &str = r#"module "b"
fn $unused() -> (i32) {
b0():
  v0: i32 = const 7
  ret v0
}
fn $add1(i32) -> (i32) {
b0(v0: i32):
  v1: i32 = const 1
  v2: i32 = add v0, v1
  ret v2
}
"#;

#[test]
fn separately_compiled_parts_assemble() {
    let opts = Options { verify_input: false, ..Options::default() };
    let a = wasmir::parse_module(CALLER).unwrap();
    let b = wasmir::parse_module(CALLEE).unwrap();
    let parts = [precompile(&a, &opts).unwrap(), precompile(&b, &opts).unwrap()];
    // `add1` (part 1, function 1) becomes function 0, `main` function 1; `unused` is left out.
    let g = a.globals[1].clone();
    let wasm = assemble(&Assembly {
        name: "linked",
        parts: &parts,
        imports: vec![],
        defined: vec![(1, 1), (0, 1)],
        func_index: vec![vec![0, 1], vec![u32::MAX, 0]],
        global_use: vec![vec![GlobalUse::Const(100), GlobalUse::Global(0)], vec![]],
        globals: vec![g],
        tables: vec![],
        memory: None,
        exports: vec![("test_main".into(), 1)],
        data: vec![],
        debug_info: false,
    })
    .unwrap();
    validate(&wasm).unwrap();
    let calls = vec![("test_main".to_string(), vec![]), ("test_main".to_string(), vec![])];
    let got = run_wasm(&engine(), &wasm, &calls).unwrap();
    assert_eq!(got, vec![Ok(Some(wasmir::interp::Val::I32(106))), Ok(Some(wasmir::interp::Val::I32(207)))]);
    // Indices re-encode at their minimal length: the code section is smaller than the padded
    // bodies it holds.
    let padded: usize = [(1, 1), (0, 1)].iter().map(|&(p, f): &(usize, usize)| parts[p].funcs[f].body.as_ref().unwrap().code.len()).sum();
    let code = wasmparser::Parser::new(0)
        .parse_all(&wasm)
        .find_map(|p| match p.unwrap() {
            wasmparser::Payload::CodeSectionStart { range, .. } => Some(range.len()),
            _ => None,
        })
        .unwrap();
    assert!(code < padded, "code section {code} bytes, padded bodies {padded}");
}

#[test]
fn a_body_referring_to_a_missing_function_is_an_error() {
    let opts = Options { verify_input: false, ..Options::default() };
    let a = wasmir::parse_module(CALLER).unwrap();
    let parts = [precompile(&a, &opts).unwrap()];
    let err = assemble(&Assembly {
        name: "linked",
        parts: &parts,
        imports: vec![],
        defined: vec![(0, 1)],
        func_index: vec![vec![u32::MAX, 0]],
        global_use: vec![vec![GlobalUse::Const(0), GlobalUse::Global(0)]],
        globals: vec![a.globals[1].clone()],
        tables: vec![],
        memory: None,
        exports: vec![],
        data: vec![],
        debug_info: false,
    })
    .unwrap_err();
    assert!(err.to_string().contains("not in the output"), "{err}");
}

/// Declarations seen through [`Decls`] only (as a compiler streaming its functions has them),
/// growing as the bodies are handed over.
struct Seen {
    sigs: Vec<wasmir::ir::Signature>,
    globals: Vec<wasmir::ir::Type>,
}

impl wasmir_cranelift::lower::Decls for Seen {
    fn func_sig(&self, f: wasmir::ir::FuncId) -> wasmir::ir::Signature {
        self.sigs[f.0 as usize].clone()
    }
    fn global_type(&self, g: wasmir::ir::GlobalId) -> wasmir::ir::Type {
        self.globals[g.0 as usize]
    }
}

#[test]
fn functions_handed_over_one_at_a_time_give_what_precompile_gives() {
    use wasmir_cranelift::reloc::Incremental;
    for (name, m) in corpus() {
        let opts = Options { optimize: false, verify_clif: true, ..Options::default() };
        let whole = precompile(&m, &opts).unwrap_or_else(|e| panic!("{name}: {e}"));
        let decls = Seen { sigs: m.funcs.iter().map(|f| f.sig.clone()).collect(), globals: m.globals.iter().map(|g| g.ty).collect() };
        // Every other defined function is handed over (in reverse order); the module keeps only
        // its header, and `finish` compiles the rest from the module.
        let mut headers = m.clone();
        let mut inc = Incremental::new(&opts).unwrap();
        let defined: Vec<usize> = (0..m.funcs.len()).filter(|&i| !m.funcs[i].is_import()).collect();
        for &i in defined.iter().rev().step_by(2) {
            let f = std::mem::replace(&mut headers.funcs[i].blocks, vec![]);
            headers.funcs[i].values.clear();
            let mut body = m.funcs[i].clone();
            body.blocks = f;
            inc.compile(&decls, &body, wasmir::ir::FuncId(i as u32)).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
        let streamed = inc.finish(&headers).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(streamed.to_bytes(), whole.to_bytes(), "{name}");
    }
}
