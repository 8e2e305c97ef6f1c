//! The opcode-0 path ([`wasmir_cranelift::direct`]): values kept on the wasm stack instead
//! of locals must not change which effects happen, or in which order.

mod common;
use common::*;
use wasmir::interp::Val;
use wasmir_cranelift::Options;

/// `$tick` counts its calls and returns the new count.
const EFFECTS: &str = r#"module "effects"
memory 1 1
global $count: i32 mut = 0
fn $tick() -> (i32) {
b0():
  v0: i32 = global.get $count
  v1: i32 = const 1
  v2: i32 = add v0, v1
  global.set $count, v2
  ret v2
}
fn $branch_arg(i32) -> (i32) export "branch_arg" {
b0(v0: i32):
  v1: i32 = call $tick()
  br_if v0, b1(v1), b2()
b1(v2: i32):
  ret v2
b2():
  v3: i32 = global.get $count
  ret v3
}
fn $table_arg(i32) -> (i32) export "table_arg" {
b0(v0: i32):
  v1: i32 = call $tick()
  v2: i32 = const 1
  v3: i32 = add v1, v2
  br_table v0, [b1(v3)], b2()
b1(v4: i32):
  ret v4
b2():
  v5: i32 = global.get $count
  ret v5
}
fn $order() -> (i32) export "order" {
b0():
  v0: i32 = call $tick()
  v1: i32 = call $tick()
  v2: i32 = const 10
  v3: i32 = mul v0, v2
  v4: i32 = sub v3, v1
  ret v4
}
fn $unused_user() -> (i32) export "unused_user" {
b0():
  v0: i32 = call $tick()
  v1: i32 = const 5
  v2: i32 = xor v0, v1
  v3: i32 = global.get $count
  ret v3
}
fn $unused_param() -> (i32) export "unused_param" {
b0():
  v0: i32 = call $tick()
  br b1(v0)
b1(v1: i32):
  v2: i32 = global.get $count
  ret v2
}
fn $store_between(i32) -> (i32) export "store_between" {
b0(v0: i32):
  v1: i32 = const 16
  v2: i32 = load v1 align=4
  store v1, v0 align=4
  v3: i32 = load v1 align=4
  v4: i32 = sub v3, v2
  ret v4
}
"#;

#[test]
fn stack_values_keep_effects_and_their_order() {
    let m = wasmir::parse_module(EFFECTS).unwrap();
    let calls: Vec<(String, Vec<Val>)> = vec![
        ("branch_arg".into(), vec![Val::I32(0)]),
        ("branch_arg".into(), vec![Val::I32(1)]),
        ("table_arg".into(), vec![Val::I32(1)]),
        ("table_arg".into(), vec![Val::I32(0)]),
        ("order".into(), vec![]),
        ("unused_user".into(), vec![]),
        ("unused_param".into(), vec![]),
        ("store_between".into(), vec![Val::I32(9)]),
        ("store_between".into(), vec![Val::I32(20)]),
    ];
    let want = run_interp(&m, &calls).unwrap();
    // The call happens whichever way the branch goes, when its result's only user is unused,
    // and when its result goes to a block parameter nothing reads; ticks 1..9; 10*5-6;
    // 9-0, 20-9.
    let i = |x| Ok(Some(Val::I32(x)));
    assert_eq!(want, vec![i(1), i(2), i(3), i(5), i(44), i(7), i(8), i(9), i(11)]);
    for optimize in [false, true] {
        let wasm = wasmir_cranelift::compile_module(&m, &Options { optimize, ..Options::default() }).unwrap();
        validate(&wasm).unwrap();
        assert_eq!(run_wasm(&engine(), &wasm, &calls).unwrap(), want, "optimize={optimize}");
    }
}
