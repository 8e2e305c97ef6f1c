//! Frame slots in variables: which slots the dev backend keeps out of memory, and that a
//! function compiled with its slots promoted computes what it computes with them in memory.

mod common;
use common::*;
use wasmir::interp::Val;
use wasmir::Value;
use wasmir_cranelift::slots::{promotable, Field};
use wasmir_cranelift::Options;

/// `$frame` uses five slots: v5 (a counter at 0 and a flag byte at 4), v7 (an i64 at 0), v9
/// (passed to a call), v11 (an i64 at 0 also read as an i32 at 4) and v13 (one byte read
/// signed and unsigned).
const FRAME: &str = r#"module "frame"
memory 1 1
global $sp: i32 mut = 1024
fn $touch(i32) -> () {
b0(v0: i32):
  v1: i32 = const 1
  store v0, v1 align=1
  ret
}
fn $frame(i32) -> (i64) export "frame" {
b0(v0: i32):
  v1: i32 = const 48
  v2: i32 = global.get $sp
  v3: i32 = sub v2, v1
  global.set $sp, v3
  v4: i32 = const 8
  v5: i32 = add v3, v4
  v6: i32 = const 16
  v7: i32 = add v3, v6
  v8: i32 = const 24
  v9: i32 = add v3, v8
  v10: i32 = const 32
  v11: i32 = add v3, v10
  v12: i32 = const 40
  v13: i32 = add v3, v12
  v14: i32 = const 0
  store v5, v14 align=1
  v15: i64 = const 0
  store v7, v15 align=1
  call $touch(v9)
  v16: i64 = const 4294967303
  store v11, v16 align=1
  v17: i32 = const 200
  store8 v13, v17 align=1
  br b1()
b1():
  v18: i32 = load v5 align=1
  v19: i32 = lt_s v18, v0
  store8 v5, v19 offset=4 align=1
  v20: i32 = load8_u v5 offset=4 align=1
  br_if v20, b2(), b3()
b2():
  v21: i64 = load v7 align=1
  v22: i64 = extend_u v18
  v23: i64 = add v21, v22
  store v7, v23 align=1
  v24: i32 = const 1
  v25: i32 = add v18, v24
  store v5, v25 align=1
  br b1()
b3():
  v26: i64 = load v7 align=1
  v27: i32 = load v9 align=1
  v28: i32 = load v11 offset=4 align=1
  v29: i32 = load8_s v13 align=1
  v30: i32 = load8_u v13 align=1
  v31: i32 = add v27, v28
  v32: i32 = add v31, v29
  v33: i32 = add v32, v30
  v34: i64 = extend_u v33
  v35: i64 = add v26, v34
  v36: i32 = add v3, v1
  global.set $sp, v36
  ret v35
}
"#;

/// The module with `$frame`'s slots named as the rustc lowering names them.
fn frame_module() -> wasmir::Module {
    let mut m = wasmir::parse_module(FRAME).unwrap();
    m.funcs[1].private_slots = [5, 7, 9, 11, 13].into_iter().map(Value).collect();
    m
}

#[test]
fn only_slots_used_as_addresses_of_disjoint_fields_are_promoted() {
    let m = frame_module();
    let p = promotable(&m.funcs[1]);
    let field = |slot: u32, off: u32| p.of.get(&(Value(slot), off)).map(|&i| p.fields[i as usize]);
    assert_eq!(field(5, 0), Some(Field { ty: wasmir::Type::I32, bytes: 4 }));
    assert_eq!(field(5, 4), Some(Field { ty: wasmir::Type::I32, bytes: 1 }), "a narrow field keeps the stored i32");
    assert_eq!(field(7, 0), Some(Field { ty: wasmir::Type::I64, bytes: 8 }));
    assert_eq!(field(13, 0), Some(Field { ty: wasmir::Type::I32, bytes: 1 }), "signed and unsigned loads of one byte");
    assert_eq!(field(9, 0), None, "a slot passed to a call stays in memory");
    assert_eq!((field(11, 0), field(11, 4)), (None, None), "overlapping accesses keep the slot in memory");
    assert_eq!(p.fields.len(), 4);
    // Without the producer's word, nothing is promoted.
    assert!(promotable(&wasmir::parse_module(FRAME).unwrap().funcs[1]).fields.is_empty());
}

/// Loads and stores in the function bodies of `wasm`.
fn memory_accesses(wasm: &[u8]) -> usize {
    let mut n = 0;
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        if let wasmparser::Payload::CodeSectionEntry(body) = payload.unwrap() {
            let mut ops = body.get_operators_reader().unwrap();
            while !ops.eof() {
                let name = format!("{:?}", ops.read().unwrap());
                n += (name.contains("Load") || name.contains("Store")) as usize;
            }
        }
    }
    n
}

/// With and without the mid-end: at opt-level 0 the body is written straight from WasmIR
/// ([`wasmir_cranelift::direct`]), the promoted fields becoming wasm locals.
#[test]
fn promoted_slots_compute_what_memory_slots_compute() {
    for optimize in [false, true] {
        let opts = Options { optimize, ..Options::default() };
        let plain = wasmir_cranelift::compile_module(&wasmir::parse_module(FRAME).unwrap(), &opts).unwrap();
        let promoted = wasmir_cranelift::compile_module(&frame_module(), &opts).unwrap();
        validate(&promoted).unwrap();
        let calls: Vec<(String, Vec<Val>)> = [0, 1, 5, 100].into_iter().map(|n| ("frame".to_string(), vec![Val::I32(n)])).collect();
        let want = run_interp(&wasmir::parse_module(FRAME).unwrap(), &calls).unwrap();
        // sum of 0..n, plus 1 (the call's store) + 1 (high word of the i64) - 56 + 200.
        assert_eq!(want[2], Ok(Some(Val::I64(10 + 146))));
        assert_eq!(run_wasm(&engine(), &plain, &calls).unwrap(), want, "optimize={optimize}");
        assert_eq!(run_wasm(&engine(), &promoted, &calls).unwrap(), want, "optimize={optimize}");
        let (before, after) = (memory_accesses(&plain), memory_accesses(&promoted));
        assert!(after + 10 <= before, "optimize={optimize}: promotion should remove the promoted fields' 11 accesses: {before} -> {after}");
    }
}

/// A load of a promoted field read after a later store to that field must give the value from
/// before the store: the opcode-0 path may move a promoted load to its use only when no
/// store to the field comes in between (`swap`), and may when none does (`bump`, which also
/// loads a field it never uses).
const REORDER: &str = r#"module "reorder"
memory 1 1
fn $swap(i32, i32) -> (i32) export "swap" {
b0(v0: i32, v1: i32):
  v2: i32 = const 64
  store v2, v0 align=4
  v3: i32 = load v2 align=4
  store v2, v1 align=4
  v4: i32 = load v2 align=4
  v5: i32 = const 100
  v6: i32 = mul v3, v5
  v7: i32 = add v6, v4
  ret v7
}
fn $bump(i32) -> (i32) export "bump" {
b0(v0: i32):
  v1: i32 = const 128
  store v1, v0 align=4
  v2: i32 = load v1 align=4
  v3: i32 = const 1
  v4: i32 = add v2, v3
  store v1, v4 align=4
  v5: i32 = load v1 align=4
  v6: i32 = load v1 align=4
  ret v5
}
"#;

#[test]
fn a_promoted_load_is_not_moved_past_a_store_to_its_field() {
    let mut m = wasmir::parse_module(REORDER).unwrap();
    m.funcs[0].private_slots = vec![Value(2)];
    m.funcs[1].private_slots = vec![Value(1)];
    assert_eq!(promotable(&m.funcs[0]).fields.len(), 1);
    let calls = vec![("swap".to_string(), vec![Val::I32(3), Val::I32(4)]), ("bump".to_string(), vec![Val::I32(41)])];
    let want = run_interp(&wasmir::parse_module(REORDER).unwrap(), &calls).unwrap();
    assert_eq!(want, vec![Ok(Some(Val::I32(304))), Ok(Some(Val::I32(42)))]);
    for optimize in [false, true] {
        let wasm = wasmir_cranelift::compile_module(&m, &Options { optimize, ..Options::default() }).unwrap();
        validate(&wasm).unwrap();
        assert_eq!(run_wasm(&engine(), &wasm, &calls).unwrap(), want, "optimize={optimize}");
        assert_eq!(memory_accesses(&wasm), 0, "optimize={optimize}: the slots are promoted");
    }
}
