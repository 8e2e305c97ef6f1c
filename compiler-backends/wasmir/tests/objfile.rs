//! The object-file lifter against real objects: every member of the wasm32-wasip1 `libc.a`
//! (and `crt1-command.o`) lifts and verifies, and C programs compiled by clang and lifted run
//! in the interpreter exactly as the same objects linked by `wasm-ld` run under node.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;
use wasmir::interp::{Host, Instance, Trap, Val};
use wasmir::objfile::*;
use wasmir::*;

/// The wasm32-wasip1 self-contained libc directory of the wasmrust (or stable) toolchain.
fn libc_dir() -> Option<PathBuf> {
    for tc in ["+wasmrust", "+stable"] {
        let Ok(out) = Command::new("rustc").args([tc, "--print", "sysroot"]).output() else { continue };
        if !out.status.success() {
            continue;
        }
        let dir = Path::new(String::from_utf8_lossy(&out.stdout).trim()).join("lib/rustlib/wasm32-wasip1/lib/self-contained");
        if dir.join("libc.a").exists() {
            return Some(dir);
        }
    }
    None
}

/// compiler-rt's builtins for wasm32 (`__multi3`, long double arithmetic), which libc needs.
fn builtins_archive() -> Option<PathBuf> {
    let p = std::env::var_os("WASMIR_WASM_BUILTINS").map_or_else(|| PathBuf::from("/usr/lib/llvm-22/lib/clang/22/lib/wasi/libclang_rt.builtins-wasm32.a"), PathBuf::from);
    p.exists().then_some(p)
}

fn libc_members(dir: &Path) -> Vec<(String, Vec<u8>)> {
    archive(&dir.join("libc.a"))
}

/// Archive members with unique unit names (`libc.a(name)`, `libc.a(name#k)` for repeats).
fn archive(path: &Path) -> Vec<(String, Vec<u8>)> {
    let file = path.file_name().unwrap().to_string_lossy().into_owned();
    let bytes = std::fs::read(path).unwrap();
    let mut seen: HashMap<String, usize> = HashMap::new();
    archive_members(&bytes)
        .unwrap()
        .into_iter()
        .map(|(name, b)| {
            let k = seen.entry(name.clone()).or_insert(0);
            *k += 1;
            let unit = if *k == 1 { format!("{file}({name})") } else { format!("{file}({name}#{k})") };
            (unit, b)
        })
        .collect()
}

/// Verifies a lifted module on its own (lifted modules have no memory: the link adds it) and
/// checks that the text round-trips.
fn check_module(m: &Module) -> Result<(), String> {
    let mut m = m.clone();
    m.memory = Some(Memory { min: 0, max: None });
    verify_module(&m).map_err(|e| e.to_string())?;
    let back = parse_module(&print_module(&m)).map_err(|e| format!("re-parsing: {e}"))?;
    if back != m {
        return Err("text does not round-trip".into());
    }
    Ok(())
}

#[test]
fn lifts_every_libc_member() {
    let Some(dir) = libc_dir() else {
        println!("skipped: no wasm32-wasip1 self-contained libc.a (rustc +wasmrust / +stable)");
        return;
    };
    let mut members = libc_members(&dir);
    for crt in ["crt1-command.o", "crt1-reactor.o"] {
        if let Ok(b) = std::fs::read(dir.join(crt)) {
            members.push((crt.to_string(), b));
        }
    }
    let (mut funcs, mut data, mut failures) = (0, 0, Vec::new());
    let (mut blocks, mut params, mut insts) = (0, 0, 0);
    for (unit, bytes) in &members {
        match lift_object(bytes, unit) {
            Ok(o) => {
                if let Err(e) = check_module(&o.module) {
                    failures.push(format!("{unit}: lifted module is invalid: {e}"));
                }
                funcs += o.module.funcs.iter().filter(|f| !f.is_import()).count();
                data += o.data.len();
                for f in &o.module.funcs {
                    blocks += f.blocks.len();
                    params += f.blocks.iter().skip(1).map(|b| b.params.len()).sum::<usize>();
                    insts += f.blocks.iter().map(|b| b.insts.len()).sum::<usize>();
                }
                let syms = member_symbols(bytes).unwrap();
                assert_eq!(syms.defined, o.defined, "{unit}: symbol-table-only reading disagrees");
                assert_eq!(syms.undefined, o.undefined, "{unit}");
                for d in &o.data {
                    for (off, _) in &d.relocs {
                        assert!(*off as usize + 4 <= d.bytes.len(), "{unit}: relocation outside {}", d.name);
                    }
                }
            }
            Err(e) => failures.push(e.to_string()),
        }
    }
    println!("lifted {} objects: {funcs} functions ({blocks} blocks, {params} block parameters, {insts} instructions), {data} data objects; {} failed", members.len(), failures.len());
    assert!(members.len() > 700, "libc.a has only {} members", members.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn lifts_compiler_rt_builtins() {
    let Some(path) = builtins_archive() else {
        println!("skipped: no libclang_rt.builtins-wasm32.a (libclang-rt-22-dev-wasm32)");
        return;
    };
    let (mut ok, mut funcs, mut unsupported) = (0, 0, Vec::new());
    for (unit, bytes) in archive(&path) {
        match lift_object(&bytes, &unit) {
            Ok(o) => {
                check_module(&o.module).unwrap_or_else(|e| panic!("{unit}: {e}"));
                funcs += o.module.funcs.iter().filter(|f| !f.is_import()).count();
                ok += 1;
            }
            // Only the clear "not supported yet" form is acceptable.
            Err(ObjError::Unsupported(m)) => unsupported.push(m),
            Err(e) => panic!("{e}"),
        }
    }
    println!("compiler-rt builtins: {ok} objects ({funcs} functions) lifted; not supported yet: {unsupported:?}");
    assert!(ok > 100);
}

#[test]
fn crt1_start_calls_main_and_exit() {
    let Some(dir) = libc_dir() else {
        println!("skipped: no wasm32-wasip1 self-contained libc.a");
        return;
    };
    let o = lift_object(&std::fs::read(dir.join("crt1-command.o")).unwrap(), "crt1-command.o").unwrap();
    let start = o.module.func(o.module.func_by_name("_start").unwrap());
    assert!(start.export.is_none());
    assert!(o.defined.contains(&"_start".to_string()));
    let calls: Vec<&str> = start.blocks.iter().flat_map(|b| &b.insts).filter_map(|i| if let Op::Call(f, _) = i.op { Some(o.module.func(f).name.as_str()) } else { None }).collect();
    assert!(calls.contains(&"exit"), "{calls:?}");
    for name in &calls {
        let f = o.module.func(o.module.func_by_name(name).unwrap());
        assert_eq!(f.import.as_ref().unwrap().module, INTERNAL_MODULE);
        assert!(o.undefined.contains(&name.to_string()));
    }
}

#[test]
fn bad_input_is_an_error() {
    assert!(lift_object(b"not wasm", "x.o").is_err());
    assert!(lift_object(b"\0asm\x01\0\0\0", "x.o").unwrap_err().to_string().contains("not a relocatable object"));
    assert!(archive_members(b"!<arch>\nbroken").is_err());
    let Some(dir) = libc_dir() else { return };
    // Truncated objects: an error at every cut, never a panic.
    let bytes = std::fs::read(dir.join("crt1-command.o")).unwrap();
    for cut in (0..bytes.len()).step_by(7) {
        let _ = lift_object(&bytes[..cut], "cut.o");
    }
    // Corrupted members (a few bytes overwritten, deterministic): an error or a module, never
    // a panic; what lifts must verify or fail verification cleanly (no panic either).
    let members = libc_members(&dir);
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for name in ["libc.a(dlmalloc.o)", "libc.a(vfprintf.o)", "libc.a(qsort.o)", "libc.a(strtol.o)"] {
        let Some((_, orig)) = members.iter().find(|(u, _)| u == name) else { continue };
        for _ in 0..60 {
            let mut b = orig.clone();
            for _ in 0..1 + next() % 4 {
                let at = (next() % b.len() as u64) as usize;
                b[at] = next() as u8;
            }
            if let Ok(mut o) = lift_object(&b, name) {
                o.module.memory = Some(Memory { min: 0, max: None });
                let _ = verify_module(&o.module);
            }
        }
    }
}

#[test]
fn archive_selection_is_transitive() {
    let m = |d: &[&str], u: &[&str]| MemberSymbols { defined: d.iter().map(|s| s.to_string()).collect(), undefined: u.iter().map(|s| s.to_string()).collect() };
    let members = vec![m(&["a"], &["b"]), m(&["unused"], &[]), m(&["c"], &[]), m(&["b"], &["c"])];
    assert_eq!(select_members(&members, &["a".to_string()]), vec![0, 3, 2]);
    assert_eq!(select_members(&members, &["zzz".to_string()]), Vec::<usize>::new());
}

// ---------------------------------------------------------------------------------------
// Behaviour: C compiled by clang, lifted, linked and interpreted vs. wasm-ld + node.

const CLANG: &str = "clang-22";

fn have(tool: &str) -> bool {
    Command::new(tool).arg("--version").output().is_ok_and(|o| o.status.success())
}

fn compile_c(dir: &Path, name: &str, src: &str) -> PathBuf {
    compile_c_opt(dir, name, src, "-O2")
}

fn compile_c_opt(dir: &Path, name: &str, src: &str, opt: &str) -> PathBuf {
    let c = dir.join(format!("{name}.c"));
    let o = dir.join(format!("{name}.o"));
    std::fs::write(&c, src).unwrap();
    let out = Command::new(CLANG).args(["--target=wasm32-wasip1", opt, "-c"])
        // Debian's wasi-libc headers (the target triple's own include directory may be absent).
        .args(["-nostdlibinc", "-isystem", "/usr/include/wasm32-wasi"]).arg(&c).arg("-o").arg(&o).output().unwrap();
    assert!(out.status.success(), "clang failed: {}", String::from_utf8_lossy(&out.stderr));
    o
}

/// A test-side link: merge the lifted objects, lay out data (stack below 64 KiB, data from
/// there, heap after it), fill the table and the address globals, export `exports`.
struct Linked {
    module: Module,
    heap_base: u32,
}

fn link(objs: &[LiftedObject], exports: &[&str]) -> Linked {
    let names: Vec<String> = objs.iter().map(|o| o.module.name.clone()).collect();
    let mut modules: Vec<Module> = objs.iter().map(|o| o.module.clone()).collect();
    modules.push(load(RUNTIME).unwrap());
    let mut m = link::merge(modules).unwrap();
    // Merge renames same-named globals `unit.name`: stack pointer and address globals are one
    // global each.
    let canon = |n: &str| -> String {
        for mn in &names {
            if let Some(rest) = n.strip_prefix(mn.as_str()).and_then(|r| r.strip_prefix('.')) {
                return rest.to_string();
            }
        }
        n.to_string()
    };
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut globals = Vec::new();
    let remap: Vec<u32> = m
        .globals
        .iter()
        .map(|g| {
            let n = canon(&g.name);
            *ids.entry(n.clone()).or_insert_with(|| {
                globals.push(Global { name: n, ..g.clone() });
                globals.len() as u32 - 1
            })
        })
        .collect();
    m.globals = globals;
    let table_fixups = |m: &mut Module| {
        for f in &mut m.funcs {
            for b in &mut f.blocks {
                for i in &mut b.insts {
                    match &mut i.op {
                        Op::GlobalGet(g) | Op::GlobalSet(g, _) => g.0 = remap[g.0 as usize],
                        Op::CallIndirect { table, .. } => *table = TableId(0),
                        _ => {}
                    }
                }
            }
        }
    };
    table_fixups(&mut m);
    // Data layout.
    let mut addr: HashMap<String, u32> = HashMap::new();
    let mut next = 65536u32;
    for d in objs.iter().flat_map(|o| &o.data) {
        next = next.div_ceil(d.align as u32) * d.align as u32;
        addr.insert(d.name.clone(), next);
        next += d.bytes.len() as u32;
    }
    for a in objs.iter().flat_map(|o| &o.aliases) {
        let t = addr[&a.target];
        addr.entry(a.name.clone()).or_insert(t + a.offset);
    }
    let heap_base = next.div_ceil(16) * 16;
    for (n, v) in [("__heap_base", heap_base), ("__data_end", next), ("__dso_handle", 0)] {
        addr.entry(n.to_string()).or_insert(v);
    }
    for w in objs.iter().flat_map(|o| &o.weak_undefined) {
        addr.entry(w.clone()).or_insert(0);
    }
    // Table: every function whose address is taken.
    let mut taken: BTreeSet<String> = m.globals.iter().filter_map(|g| g.name.strip_prefix(FN_PREFIX).map(str::to_string)).collect();
    for d in objs.iter().flat_map(|o| &o.data) {
        for (_, r) in &d.relocs {
            if let LiftedReloc::Func { name } = r {
                taken.insert(name.clone());
            }
        }
    }
    // An undefined weak function's address is null.
    let defined: BTreeSet<&String> = objs.iter().flat_map(|o| &o.defined).collect();
    let null: BTreeSet<String> = objs.iter().flat_map(|o| &o.weak_undefined).filter(|w| !defined.contains(w)).cloned().collect();
    taken.retain(|n| !null.contains(n));
    let elems: Vec<FuncId> = taken.iter().map(|n| m.func_by_name(n).unwrap_or_else(|| panic!("address of unknown function {n}"))).collect();
    let mut slot: HashMap<String, u32> = taken.iter().enumerate().map(|(i, n)| (n.clone(), i as u32 + 1)).collect();
    slot.extend(null.iter().map(|n| (n.clone(), 0)));
    m.tables = vec![Table { name: TABLE_NAME.into(), min: elems.len() as u32 + 1, max: None, elems: vec![(1, elems)] }];
    let lookup = |n: &str| *addr.get(n).unwrap_or_else(|| panic!("undefined data symbol {n}"));
    for g in &mut m.globals {
        if g.name == STACK_POINTER {
            g.init = Const::I32(65536);
        } else if let Some(n) = g.name.strip_prefix(ADDR_PREFIX) {
            g.init = Const::I32(lookup(n) as i32);
        } else if let Some(n) = g.name.strip_prefix(FN_PREFIX) {
            g.init = Const::I32(slot[n] as i32);
        }
    }
    for d in objs.iter().flat_map(|o| &o.data) {
        let mut bytes = d.bytes.clone();
        for (off, r) in &d.relocs {
            let v = match r {
                LiftedReloc::Data { name, addend } => (lookup(name) as i64 + addend) as u32,
                LiftedReloc::Func { name } => slot[name],
            };
            bytes[*off as usize..*off as usize + 4].copy_from_slice(&v.to_le_bytes());
        }
        m.data.push(Data { offset: addr[&d.name], bytes });
    }
    m.memory = Some(Memory { min: heap_base.div_ceil(65536) + 16, max: None });
    for e in exports {
        let f = m.func_by_name(e).unwrap_or_else(|| panic!("no function {e}"));
        m.funcs[f.0 as usize].export = Some(e.to_string());
    }
    if let Err(e) = verify_module(&m) {
        panic!("linked module does not verify:\n{e}");
    }
    Linked { module: m, heap_base }
}

/// What the link step provides for bulk memory operations (byte loops).
const RUNTIME: &str = r#"
module "rt"
memory 1

fn $__wasmir_memmove(i32, i32, i32) -> () export "__wasmir_memmove" {
b0(v0: i32, v1: i32, v2: i32):
  v3: i32 = gt_u v0, v1
  v4: i32 = const 0
  br_if v3, b3(v2), b1(v4)
b1(v5: i32):
  v6: i32 = lt_u v5, v2
  br_if v6, b2(), b5()
b2():
  v7: i32 = add v1, v5
  v8: i32 = load8_u v7 offset=0 align=1
  v9: i32 = add v0, v5
  store8 v9, v8 offset=0 align=1
  v10: i32 = const 1
  v11: i32 = add v5, v10
  br b1(v11)
b3(v12: i32):
  v13: i32 = eqz v12
  br_if v13, b5(), b4()
b4():
  v14: i32 = const 1
  v15: i32 = sub v12, v14
  v16: i32 = add v1, v15
  v17: i32 = load8_u v16 offset=0 align=1
  v18: i32 = add v0, v15
  store8 v18, v17 offset=0 align=1
  br b3(v15)
b5():
  ret
}

fn $__wasmir_memset(i32, i32, i32) -> () export "__wasmir_memset" {
b0(v0: i32, v1: i32, v2: i32):
  v3: i32 = const 0
  br b1(v3)
b1(v4: i32):
  v5: i32 = lt_u v4, v2
  br_if v5, b2(), b3()
b2():
  v6: i32 = add v0, v4
  store8 v6, v1 offset=0 align=1
  v7: i32 = const 1
  v8: i32 = add v4, v7
  br b1(v8)
b3():
  ret
}
"#;

/// Lifts the program objects plus the libc members they need.
fn lift_with_libc(progs: &[(String, Vec<u8>)], libc: &[(String, Vec<u8>)], roots: &[&str]) -> Vec<LiftedObject> {
    let mut objs: Vec<LiftedObject> = progs.iter().map(|(u, b)| lift_object(b, u).unwrap()).collect();
    let syms: Vec<MemberSymbols> = libc.iter().map(|(_, b)| member_symbols(b).unwrap()).collect();
    let mut need: Vec<String> = objs.iter().flat_map(|o| o.undefined.clone()).chain(roots.iter().map(|r| r.to_string())).collect();
    let defined: BTreeSet<String> = objs.iter().flat_map(|o| o.defined.clone()).collect();
    need.retain(|s| !defined.contains(s));
    for i in select_members(&syms, &need) {
        objs.push(lift_object(&libc[i].1, &libc[i].0).unwrap());
    }
    objs
}

/// The host: the functions under test need no WASI call, so every import traps.
struct NoHost;

impl Host for NoHost {
    fn call(&mut self, imp: &Import, _args: &[Val]) -> Result<Option<Val>, Trap> {
        Err(Trap::MissingImport(format!("{}.{}", imp.module, imp.field)))
    }
}

const PROGRAM: &str = r#"
#include <stdint.h>
#include <string.h>
#include <stdio.h>
#include <stdlib.h>
#include <math.h>

typedef int32_t (*binop)(int32_t, int32_t);
static int32_t add(int32_t a, int32_t b) { return a + b; }
static int32_t sub(int32_t a, int32_t b) { return a - b; }
static int32_t mul(int32_t a, int32_t b) { return a * b; }
static int32_t xor_(int32_t a, int32_t b) { return a ^ b; }
/* data with function pointers and pointers into other data (data relocations) */
static binop ops[] = { add, sub, mul, xor_ };
static const char *names[] = { "add", "sub", "mul", "xor" };
struct node { int32_t v; const struct node *next; };
static const struct node n3 = { 30, 0 }, n2 = { 20, &n3 }, n1 = { 10, &n2 };
int32_t counter = 5;

__attribute__((noinline)) int32_t apply(int32_t k, int32_t a, int32_t b) { return ops[k & 3](a, b); }
int32_t fnptr(int32_t a, int32_t b) { int32_t s = 0; for (int i = 0; i < 4; i++) s = s * 31 + apply(i, a, b); return s; }
int32_t names_len(void) { int32_t n = 0; for (int i = 0; i < 4; i++) n = n * 10 + (int32_t)strlen(names[i]) + names[i][0]; return n; }
int32_t list_sum(void) { int32_t s = 0; for (const struct node *p = &n1; p; p = p->next) s += p->v; return s; }
int32_t bump(int32_t d) { counter += d; return counter; }
int32_t collatz(int32_t n) { int32_t steps = 0; while (n != 1 && steps < 10000) { n = (n & 1) ? 3 * n + 1 : n / 2; steps++; } return steps; }
int32_t classify(int32_t x) {
    switch (x) { case 0: return 11; case 1: return 23; case 2: return 37; case 3: return 41; case 4: return 59;
                 case 5: return 61; case 7: return 79; case 9: return 97; default: return -1; }
}
int32_t fib(int32_t n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
int64_t mix64(int64_t a, int64_t b) { uint64_t h = (uint64_t)a * 0x9E3779B97F4A7C15ull; h ^= h >> 29; h += (uint64_t)b << 7; return (int64_t)(h / 3 + h % 1000003) - (a >> 3); }
double poly(double x) { double s = 0; for (int i = 0; i < 10; i++) s = s * x + 1.0 / (i + 1); return s + sqrt(x < 0 ? -x : x); }
int32_t fconv(double x) { float f = (float)x; return (int32_t)(f * 3.5f) + (int32_t)(x / 7) + (int32_t)(uint32_t)(x * 2); }
static int cmp_int(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
int32_t sort_sum(int32_t seed) {
    int a[37]; uint32_t s = (uint32_t)seed;
    for (int i = 0; i < 37; i++) { s = s * 1103515245u + 12345u; a[i] = (int)(s >> 8) % 1000 - 500; }
    qsort(a, 37, sizeof a[0], cmp_int);
    int32_t h = 0; for (int i = 0; i < 37; i++) h = h * 17 + a[i]; return h;
}
static char buf[256];
char *scratch(void) { return buf; }
int32_t fmt(int32_t x, double d) {
    int n = snprintf(buf, sizeof buf, "x=%d hex=%#x s=%s d=%.3f e=%g|", x, (unsigned)x, names[x & 3], d, d * 1e10);
    int32_t h = n; for (int i = 0; buf[i]; i++) h = h * 33 + buf[i]; return h;
}
int32_t parse(int32_t base) { char *end; long v = strtol("  -7fz19", &end, base); return (int32_t)v * 100 + (int32_t)(end - "  -7fz19"); }
struct big { int32_t a[40]; };
static struct big g;
/* memory.fill / memory.copy (bulk memory, clang's default) and sign extension */
int32_t copyfill(int32_t k, int32_t n) {
    struct big x, y; memset(&x, k, sizeof x); x.a[k & 31] = n; y = x; g = y;
    memmove(&g.a[1], &g.a[0], (n & 15) * 4); int32_t s = 0; for (int i = 0; i < 40; i++) s = s * 3 + g.a[i]; return s;
}
int32_t sext(int32_t x) { return (int8_t)x * 1000 + (int16_t)(x >> 3); }
int64_t sext64(int64_t x) { return (int64_t)(int8_t)x + (int64_t)(int32_t)(x >> 5) + (int16_t)(x >> 17); }
int32_t heap(int32_t n) {
    int32_t *p = malloc(n * sizeof *p); if (!p) return -1;
    for (int i = 0; i < n; i++) p[i] = i * i;
    p = realloc(p, 2 * n * sizeof *p); int32_t s = 0; for (int i = 0; i < n; i++) s += p[i];
    free(p); return s;
}
"#;

/// `(export, arguments)` of the calls compared between the two runs.
fn cases() -> Vec<(&'static str, Vec<Val>)> {
    let i = Val::I32;
    let mut v: Vec<(&str, Vec<Val>)> = vec![
        ("fnptr", vec![i(7), i(3)]),
        ("fnptr", vec![i(-100), i(12345)]),
        ("names_len", vec![]),
        ("list_sum", vec![]),
        ("bump", vec![i(3)]),
        ("bump", vec![i(-10)]),
        ("fib", vec![i(15)]),
        ("collatz", vec![i(27)]),
        ("collatz", vec![i(97)]),
        ("mix64", vec![Val::I64(-3), Val::I64(0x1234_5678_9abc)]),
        ("mix64", vec![Val::I64(i64::MAX), Val::I64(i64::MIN)]),
        ("poly", vec![Val::F64(1.5f64.to_bits())]),
        ("poly", vec![Val::F64((-0.25f64).to_bits())]),
        ("fconv", vec![Val::F64(1234.567f64.to_bits())]),
        ("sort_sum", vec![i(1)]),
        ("sort_sum", vec![i(99)]),
        ("fmt", vec![i(42), Val::F64(1.61803f64.to_bits())]),
        ("fmt", vec![i(-7), Val::F64((-2.5e-3f64).to_bits())]),
        ("parse", vec![i(10)]),
        ("parse", vec![i(16)]),
        ("parse", vec![i(36)]),
        ("copyfill", vec![i(7), i(1234567)]),
        ("copyfill", vec![i(200), i(-5)]),
        ("sext", vec![i(0x1234_56f7)]),
        ("sext", vec![i(-77777)]),
        ("sext64", vec![Val::I64(-0x1234_5678_9abc_def0)]),
        ("sext64", vec![Val::I64(0x7fff_0000_ffff_0080)]),
        ("heap", vec![i(10)]),
        ("heap", vec![i(1000)]),
    ];
    for x in -1..12 {
        v.push(("classify", vec![i(x)]));
    }
    v
}

fn show(v: Option<Val>) -> String {
    match v {
        None => "void".into(),
        Some(Val::I32(x)) => format!("i32:{x}"),
        Some(Val::I64(x)) => format!("i64:{x}"),
        Some(Val::F32(b)) => format!("f32:{b}"),
        Some(Val::F64(b)) => format!("f64:{b}"),
        Some(other) => format!("{other}"),
    }
}

/// Runs the calls on the wasm-ld-linked module under node; one line per call as [`show`].
fn run_node(wasm: &Path, calls: &[(&str, Vec<Val>)], m: &Module, dir: &Path) -> Vec<String> {
    let mut js = String::from(
        "const fs=require('fs');const m=new WebAssembly.Module(fs.readFileSync(process.argv[2]));\n\
         const imports={};for(const i of WebAssembly.Module.imports(m)){(imports[i.module]??={})[i.name]=()=>{throw new Error('import '+i.name)};}\n\
         const x=new WebAssembly.Instance(m,imports).exports;const f64=new Float64Array(1),u64=new BigUint64Array(f64.buffer);\n\
         const show=(t,v)=>{if(t==='f64'){f64[0]=v;return 'f64:'+u64[0]}return v===undefined?'void':t+':'+v};\n",
    );
    for (name, args) in calls {
        let a: Vec<String> = args
            .iter()
            .map(|v| match v {
                Val::I32(x) => x.to_string(),
                Val::I64(x) => format!("{x}n"),
                Val::F64(b) => format!("(u64[0]={b}n,f64[0])"),
                other => panic!("argument {other}"),
            })
            .collect();
        let ty = m.func(m.func_by_export(name).unwrap()).sig.results.first().map_or("void", |t| t.name());
        js.push_str(&format!("console.log(show('{ty}',x.{name}({})));\n", a.join(",")));
    }
    let path = dir.join("run.js");
    std::fs::write(&path, js).unwrap();
    let out = Command::new("node").arg(&path).arg(wasm).output().unwrap();
    assert!(out.status.success(), "node: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().lines().map(str::to_string).collect()
}

#[test]
fn c_programs_behave_like_wasm_ld_output() {
    if !have(CLANG) {
        println!("skipped: {CLANG} not found");
        return;
    }
    let Some(libc_dir) = libc_dir() else {
        println!("skipped: no wasm32-wasip1 libc.a");
        return;
    };
    let tmp = std::env::temp_dir().join(format!("wasmir-objfile-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let mut libc = libc_members(&libc_dir);
    let builtins = builtins_archive();
    libc.extend(builtins.iter().flat_map(|b| archive(b)));
    let calls = cases();
    let extra = ["strlen", "memcmp", "strtol", "scratch"];
    let exports: BTreeSet<&str> = calls.iter().map(|c| c.0).collect();
    let exports: Vec<&str> = exports.into_iter().chain(extra).collect();
    let mut linked = None;
    let mut mine = Vec::new();
    // -O2 last: its linked module serves the direct libc calls below.
    for opt in ["-O0", "-Os", "-O2"] {
        let obj = compile_c_opt(&tmp, "prog", PROGRAM, opt);
        let objs = lift_with_libc(&[("prog.o".to_string(), std::fs::read(&obj).unwrap())], &libc, &extra);
        println!("{opt}: linked {} objects ({} from libc.a and compiler-rt)", objs.len(), objs.len() - 1);
        let l = link(&objs, &exports);
        assert!(l.heap_base > 65536);
        // For trying the code generators on lifted code by hand (`wasmir run FILE --backend dev`).
        if let Some(path) = std::env::var_os("WASMIR_OBJFILE_DUMP") {
            std::fs::write(path, print_module(&l.module)).unwrap();
        }
        let mut inst = Instance::new(&l.module).with_host(NoHost);
        inst.fuel = 200_000_000;
        mine = calls.iter().map(|(f, a)| inst.invoke(f, a).map(show).unwrap_or_else(|t| format!("trap {f}: {t}"))).collect();
        drop(inst);
        // The same object linked by wasm-ld against the same archives, run by node.
        if have("wasm-ld-22") && have("node") {
            let wasm = tmp.join("prog.wasm");
            let mut cmd = Command::new("wasm-ld-22");
            cmd.args(["--no-entry", "-o"]).arg(&wasm).arg(&obj).arg(libc_dir.join("libc.a")).args(&builtins);
            for e in &exports {
                cmd.arg(format!("--export={e}"));
            }
            let o = cmd.output().unwrap();
            assert!(o.status.success(), "wasm-ld: {}", String::from_utf8_lossy(&o.stderr));
            let theirs = run_node(&wasm, &calls, &l.module, &tmp);
            for (k, (c, (a, b))) in calls.iter().zip(mine.iter().zip(&theirs)).enumerate() {
                assert_eq!(a, b, "{opt}: call {k}: {}({:?})", c.0, c.1);
            }
            assert_eq!(mine.len(), theirs.len());
            println!("{opt}: {} calls agree with wasm-ld + node", mine.len());
        } else {
            println!("skipped the wasm-ld/node comparison: tools not found");
        }
        linked = Some(l);
    }
    let linked = linked.unwrap();
    let mut inst = Instance::new(&linked.module).with_host(NoHost);
    // Values computed independently here.
    assert_eq!(mine[2], format!("i32:{}", ((((3 + 97) * 10 + 3 + 115) * 10 + 3 + 109) * 10) + 3 + 120));
    assert_eq!(mine[3], "i32:60");
    assert_eq!(mine[6], "i32:610");
    assert_eq!(mine[7], "i32:111");

    // libc functions called directly with inputs written into memory.
    let buf = match inst.invoke("scratch", &[]).unwrap() {
        Some(Val::I32(p)) => p as usize,
        other => panic!("scratch returned {other:?}"),
    };
    let put = |inst: &mut Instance, at: usize, s: &[u8]| inst.memory[buf + at..buf + at + s.len()].copy_from_slice(s);
    put(&mut inst, 0, b"hello, lifted world\0");
    assert_eq!(inst.invoke("strlen", &[Val::I32(buf as i32)]).unwrap(), Some(Val::I32(19)));
    put(&mut inst, 100, b"hello, lifted World\0");
    let r = inst.invoke("memcmp", &[Val::I32(buf as i32), Val::I32(buf as i32 + 100), Val::I32(20)]).unwrap();
    assert!(matches!(r, Some(Val::I32(x)) if x > 0), "memcmp gave {r:?}");
    assert_eq!(inst.invoke("memcmp", &[Val::I32(buf as i32), Val::I32(buf as i32 + 100), Val::I32(14)]).unwrap(), Some(Val::I32(0)));
    put(&mut inst, 0, b"  -0x1F2e rest\0");
    let end_ptr = buf as i32 + 200;
    assert_eq!(inst.invoke("strtol", &[Val::I32(buf as i32), Val::I32(end_ptr), Val::I32(16)]).unwrap(), Some(Val::I32(-0x1f2e)));
    let end = i32::from_le_bytes(inst.memory[end_ptr as usize..end_ptr as usize + 4].try_into().unwrap());
    assert_eq!(end - buf as i32, 9);
    // snprintf's output checked byte for byte.
    inst.invoke("fmt", &[Val::I32(42), Val::F64(1.61803f64.to_bits())]).unwrap();
    let text: Vec<u8> = inst.memory[buf..].iter().take_while(|&&b| b != 0).copied().collect();
    assert_eq!(String::from_utf8(text).unwrap(), format!("x=42 hex=0x2a s=mul d=1.618 e=1.61803e+10|"));
    let _ = std::fs::remove_dir_all(&tmp);
}

const SYMBOLS: &str = r#"
#include <stdint.h>
__attribute__((weak)) int32_t weak_fn(int32_t x) { return x + 1; }
__attribute__((noinline)) int32_t use_weak(int32_t x) { return weak_fn(x); }
int32_t strong_impl(int32_t x) { return x * 2; }
extern int32_t alias_fn(int32_t x) __attribute__((alias("strong_impl")));
extern int32_t maybe(int32_t) __attribute__((weak));
int32_t call_maybe(int32_t x) { return maybe ? maybe(x) : -1; }
static volatile int32_t init_count;
__attribute__((constructor)) static void ctor(void) { init_count += 7; }
int32_t get_init(void) { return init_count; }
int32_t pair[2] = { 3, 4 };
extern int32_t pair_alias[2] __attribute__((alias("pair")));
int32_t *ptrs[] = { &pair[1], &pair_alias[0] };
int32_t deref(int32_t i) { return *ptrs[i & 1]; }
"#;

const OVERRIDE: &str = "#include <stdint.h>\nint32_t weak_fn(int32_t x) { return x + 100; }\n";

#[test]
fn symbols_weak_aliases_constructors() {
    if !have(CLANG) {
        println!("skipped: {CLANG} not found");
        return;
    }
    let tmp = std::env::temp_dir().join(format!("wasmir-objfile-syms-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let bytes = std::fs::read(compile_c(&tmp, "syms", SYMBOLS)).unwrap();
    let o = lift_object(&bytes, "syms.o").unwrap();
    check_module(&o.module).unwrap();
    for d in ["weak_fn", "use_weak", "strong_impl", "alias_fn", "pair", "pair_alias", "ptrs"] {
        assert!(o.defined.contains(&d.to_string()), "{d} not in {:?}", o.defined);
    }
    assert_eq!(o.weak_defined, vec!["weak_fn".to_string()]);
    assert_eq!(o.weak_undefined, vec!["maybe".to_string()]);
    assert!(!o.undefined.contains(&"maybe".to_string()));
    assert_eq!(o.init_funcs, vec![(65535, "syms.o:ctor".to_string())]);
    // `pair` and its alias share one segment object.
    let pa: Vec<&DataAlias> = o.aliases.iter().filter(|a| a.name.starts_with("pair")).collect();
    assert_eq!(pa.len(), 2, "{:?}", o.aliases);
    assert!(pa.iter().all(|a| a.target == pa[0].target && a.offset == 0 && a.target.starts_with("syms.o:")));
    // `ptrs` holds two relocated pointers, one with an addend.
    let ptrs = o.data.iter().find(|d| d.name == "ptrs").unwrap();
    assert_eq!(ptrs.relocs.len(), 2);
    assert!(ptrs.relocs.iter().any(|(_, r)| matches!(r, LiftedReloc::Data { addend: 4, .. })), "{:?}", ptrs.relocs);
    // The alias is a thunk calling the aliased function.
    let thunk = o.module.func(o.module.func_by_name("alias_fn").unwrap());
    assert!(matches!(&thunk.blocks[0].insts[0].op, Op::Call(f, _) if o.module.func(*f).name == "strong_impl"));

    let exports = ["use_weak", "weak_fn", "alias_fn", "call_maybe", "get_init", "deref", "syms.o:ctor"];
    let linked = link(std::slice::from_ref(&o), &exports);
    let mut inst = Instance::new(&linked.module).with_host(NoHost);
    let call = |inst: &mut Instance, f: &str, x: i32| inst.invoke(f, &[Val::I32(x)]).unwrap();
    assert_eq!(inst.invoke("get_init", &[]).unwrap(), Some(Val::I32(0)));
    inst.invoke("syms.o:ctor", &[]).unwrap();
    assert_eq!(inst.invoke("get_init", &[]).unwrap(), Some(Val::I32(7)));
    assert_eq!(call(&mut inst, "use_weak", 5), Some(Val::I32(6)));
    assert_eq!(call(&mut inst, "alias_fn", 21), Some(Val::I32(42)));
    assert_eq!(call(&mut inst, "call_maybe", 5), Some(Val::I32(-1)), "an undefined weak function is null");
    assert_eq!(call(&mut inst, "deref", 0), Some(Val::I32(4)));
    assert_eq!(call(&mut inst, "deref", 1), Some(Val::I32(3)));

    // A strong definition elsewhere replaces the weak one, also for calls inside syms.o.
    let strong = lift_object(&std::fs::read(compile_c(&tmp, "strong", OVERRIDE)).unwrap(), "strong.o").unwrap();
    let mut weak = o.clone();
    assert!(weak.drop_definition("weak_fn"));
    let linked = link(&[weak, strong], &["use_weak"]);
    let mut inst = Instance::new(&linked.module).with_host(NoHost);
    assert_eq!(call(&mut inst, "use_weak", 5), Some(Val::I32(105)));
    let _ = std::fs::remove_dir_all(&tmp);
}

/// Lists what libc.a + compiler-rt need that no member defines (what the link step has to
/// synthesize). Run with `--ignored --no-capture` to see the list.
#[test]
#[ignore]
fn print_symbols_nobody_defines() {
    let Some(dir) = libc_dir() else { return };
    let mut members = libc_members(&dir);
    members.extend(builtins_archive().iter().flat_map(|b| archive(b)));
    members.push(("crt1-command.o".into(), std::fs::read(dir.join("crt1-command.o")).unwrap()));
    let syms: Vec<MemberSymbols> = members.iter().map(|(_, b)| member_symbols(b).unwrap()).collect();
    let defined: BTreeSet<&String> = syms.iter().flat_map(|s| &s.defined).collect();
    let mut missing: BTreeSet<String> = BTreeSet::new();
    let mut weak_refs: BTreeSet<String> = BTreeSet::new();
    let (mut inits, mut host) = (Vec::new(), BTreeSet::new());
    let mut sigs: HashMap<String, (Signature, String)> = HashMap::new();
    let mut uses: Vec<(String, Signature, String)> = Vec::new();
    for (u, b) in &members {
        let o = lift_object(b, u).unwrap();
        for f in &o.module.funcs {
            match &f.import {
                None => {
                    sigs.insert(f.name.clone(), (f.sig.clone(), u.clone()));
                }
                Some(i) if i.module == INTERNAL_MODULE => uses.push((f.name.clone(), f.sig.clone(), u.clone())),
                Some(_) => {}
            }
        }
        missing.extend(o.undefined.iter().filter(|s| !defined.contains(s)).cloned());
        weak_refs.extend(o.weak_undefined.iter().filter(|s| !defined.contains(s)).cloned());
        inits.extend(o.init_funcs.iter().map(|(p, f)| format!("{p} {f}")));
        host.extend(o.module.funcs.iter().filter_map(|f| f.import.as_ref().filter(|i| i.module != INTERNAL_MODULE).map(|i| i.module.clone())));
        if o.defined.iter().any(|d| d == "__original_main" || d == "__main_void") {
            println!("{u} defines {:?}", o.defined);
        }
    }
    for (name, sig, u) in &uses {
        if let Some((def, du)) = sigs.get(name).filter(|(d, _)| d != sig) {
            println!("signature mismatch: {u} uses {name} as {sig:?}, {du} defines {def:?}");
        }
    }
    println!("undefined everywhere: {missing:?}\nweak, undefined everywhere: {weak_refs:?}\ninit funcs: {inits:?}\nhost modules: {host:?}");
}

/// Control flow clang rarely emits, written in wasm assembly: a block result carried by
/// `br_if`, `br_table` to a block, an outer block and the function label carrying values, a
/// loop, `if`/`else` with a result, dead code after `br`, `select`, `return` from a block.
const CONTROL_FLOW_ASM: &str = r#"
	.text
	.globl	blk
	.type	blk,@function
blk:
	.functype	blk (i32) -> (i32)
	block   	i32
	i32.const	7
	local.get	0
	br_if   	0
	drop
	i32.const	9
	end_block
	end_function

	.globl	tbl
	.type	tbl,@function
tbl:
	.functype	tbl (i32) -> (i32)
	i32.const	100
	block   	i32
	block   	i32
	i32.const	1
	local.get	0
	br_table 	{0, 1, 2}
	end_block
	i32.const	10
	i32.add
	end_block
	i32.add
	end_function

	.globl	sum
	.type	sum,@function
sum:
	.functype	sum (i32) -> (i32)
	.local  	i32
	loop
	local.get	1
	local.get	0
	i32.add
	local.set	1
	local.get	0
	i32.const	1
	i32.sub
	local.tee	0
	br_if   	0
	end_loop
	local.get	1
	end_function

	.globl	ifelse
	.type	ifelse,@function
ifelse:
	.functype	ifelse (i32, i32) -> (i32)
	local.get	0
	if      	i32
	local.get	1
	i32.const	3
	i32.mul
	else
	block
	br      	0
	i32.const	5
	drop
	unreachable
	end_block
	local.get	1
	i32.const	2
	i32.sub
	end_if
	local.get	0
	local.get	1
	local.get	0
	i32.select
	i32.add
	end_function

	.globl	early
	.type	early,@function
early:
	.functype	early (i32) -> (i32)
	block
	local.get	0
	i32.eqz
	br_if   	0
	i32.const	42
	return
	end_block
	i32.const	24
	end_function
"#;

#[test]
fn control_flow_corner_cases() {
    if !have(CLANG) {
        println!("skipped: {CLANG} not found");
        return;
    }
    let tmp = std::env::temp_dir().join(format!("wasmir-objfile-cf-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let s = tmp.join("cf.s");
    std::fs::write(&s, CONTROL_FLOW_ASM).unwrap();
    let o = tmp.join("cf.o");
    let out = Command::new(CLANG).args(["--target=wasm32-wasip1", "-c"]).arg(&s).arg("-o").arg(&o).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let lifted = lift_object(&std::fs::read(&o).unwrap(), "cf.o").unwrap();
    check_module(&lifted.module).unwrap();
    let linked = link(&[lifted], &["blk", "tbl", "sum", "ifelse", "early"]);
    let mut inst = Instance::new(&linked.module);
    let mut call = |f: &str, args: &[i32]| match inst.invoke(f, &args.iter().map(|a| Val::I32(*a)).collect::<Vec<_>>()) {
        Ok(Some(Val::I32(x))) => x,
        other => panic!("{f}{args:?} gave {other:?}"),
    };
    for x in [0, 5] {
        assert_eq!(call("blk", &[x]), if x != 0 { 7 } else { 9 });
    }
    for (x, want) in [(0, 111), (1, 101), (2, 1), (-1, 1)] {
        assert_eq!(call("tbl", &[x]), want, "tbl({x})");
    }
    assert_eq!(call("sum", &[10]), 55);
    for (a, b) in [(0, 7), (4, 7), (-3, 11)] {
        let first = if a != 0 { b * 3 } else { b - 2 };
        assert_eq!(call("ifelse", &[a, b]), first + if a != 0 { a } else { b }, "ifelse({a}, {b})");
    }
    assert_eq!(call("early", &[0]), 24);
    assert_eq!(call("early", &[3]), 42);
    let _ = std::fs::remove_dir_all(&tmp);
}

/// Robustness on a large corpus of LLVM output: every object in the stable toolchain's
/// wasm32-wasip1 rlibs (core, alloc, std, ...). Objects needing an unsupported feature must
/// say so clearly; anything else must lift and verify. Slow, so run by hand:
/// `cargo nextest run -p wasmir --test objfile --run-ignored only --no-capture rust_std`.
#[test]
#[ignore]
fn lifts_rust_std_objects() {
    let Ok(out) = Command::new("rustc").args(["+stable", "--print", "sysroot"]).output() else { return };
    let dir = Path::new(String::from_utf8_lossy(&out.stdout).trim()).join("lib/rustlib/wasm32-wasip1/lib");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("skipped: no stable wasm32-wasip1 std");
        return;
    };
    let (mut ok, mut funcs) = (0, 0);
    let mut unsupported: HashMap<String, usize> = HashMap::new();
    for e in entries.flatten().filter(|e| e.path().extension().is_some_and(|x| x == "rlib")) {
        for (unit, bytes) in archive(&e.path()).into_iter().filter(|(u, _)| u.ends_with(".o)")) {
            match lift_object(&bytes, &unit) {
                Ok(o) => {
                    check_module(&o.module).unwrap_or_else(|err| panic!("{unit}: {err}"));
                    ok += 1;
                    funcs += o.module.funcs.iter().filter(|f| !f.is_import()).count();
                }
                Err(ObjError::Unsupported(m)) => *unsupported.entry(m.split(" in ").next().unwrap_or("").to_string()).or_default() += 1,
                Err(err) => panic!("{err}"),
            }
        }
    }
    println!("rust std objects: {ok} lifted ({funcs} functions); not supported yet: {unsupported:?}");
}
