//! Text format round-trips, verifier findings and interpreter results on the corpus.

use wasmir::interp::{Instance, Trap, Val};
use wasmir::*;

fn corpus() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
    let mut v: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "wir"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    v.sort();
    v
}

#[test]
fn corpus_round_trips_and_verifies() {
    let files = corpus();
    assert!(files.len() >= 6);
    for (name, src) in files {
        let m = parse_module(&src).unwrap_or_else(|e| panic!("{name}: {e}"));
        verify_module(&m).unwrap_or_else(|e| panic!("{name}: {e}"));
        let text = print_module(&m);
        let m2 = parse_module(&text).unwrap_or_else(|e| panic!("{name} reprinted: {e}\n{text}"));
        assert_eq!(m, m2, "{name}: print/parse changed the module");
        assert_eq!(text, print_module(&m2));
    }
}

fn run(file: &str, export: &str, args: &[Val]) -> Result<Option<Val>, Trap> {
    let src = std::fs::read_to_string(format!("{}/tests/corpus/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let m = load(&src).unwrap();
    let mut inst = Instance::new(&m);
    inst.invoke(export, args)
}

#[test]
fn interpreter_computes_known_results() {
    assert_eq!(run("loops.wir", "sum_to", &[Val::I32(100)]), Ok(Some(Val::I32(5050))));
    // sum over i<30, j<i of i*j
    let nested: i64 = (0..30i64).map(|i| (0..i).map(|j| i * j).sum::<i64>()).sum();
    assert_eq!(run("loops.wir", "nested", &[Val::I32(30)]), Ok(Some(Val::I64(nested))));
    assert_eq!(run("recursion.wir", "fib", &[Val::I32(20)]), Ok(Some(Val::I32(6765))));
    assert_eq!(run("recursion.wir", "fact", &[Val::I64(20)]), Ok(Some(Val::I64(2432902008176640000))));
    let Ok(Some(Val::I32(sorted))) = run("sort.wir", "test_sort", &[]) else { panic!() };
    assert_ne!(sorted, -1, "the sort left the array unsorted");
    // FNV-1a of the pangram, computed here independently.
    let mut h: u32 = 0x811c9dc5;
    for b in b"The quick brown fox jumps over the lazy dog" {
        h = (h ^ *b as u32).wrapping_mul(16777619);
    }
    assert_eq!(run("hash.wir", "fnv1a", &[Val::I32(8192), Val::I32(43)]), Ok(Some(Val::I32(h as i32))));
    let Ok(Some(Val::F64(r))) = run("floats.wir", "newton", &[Val::F64(2f64.to_bits())]) else { panic!() };
    assert!((f64::from_bits(r) - 2f64.sqrt()).abs() < 1e-12);
    assert!(matches!(run("alloc.wir", "test_alloc", &[]), Ok(Some(Val::I32(_)))));
}

#[test]
fn parse_errors_have_positions() {
    let e = parse_module("module \"m\"\nfn $f() -> (i32) {\nb0():\n  v0: i32 = bogus 1\n  ret v0\n}\n").unwrap_err();
    assert_eq!((e.line, e.col), (4, 13));
    assert!(e.msg.contains("unknown instruction `bogus`"), "{e}");
    let e = parse_module("module \"m\"\nfn $f() -> (i32) {\nb0():\n  ret v7\n}\n").unwrap_err();
    assert_eq!(e.to_string(), "4:7: use of undefined value v7");
    let e = parse_module("module \"m\"\nmemory 1\ndata 0 \"abc").unwrap_err();
    assert!(e.to_string().starts_with("3:8: unterminated string"), "{e}");
}

#[test]
fn strings_names_and_columns() {
    // Escapes in strings and quoted names; plain quoted names borrow from the text.
    let m = parse_module("module \"m\"\nmemory 1\ndata 0 \"a\\22\\\\\\n\\00é\"\nglobal $\"a b\\22\": i32 = 7\nglobal $\"plain name\": i32 = 8\n").unwrap();
    assert_eq!(m.data[0].bytes, b"a\"\\\n\0\xc3\xa9");
    assert_eq!((m.globals[0].name.as_str(), m.globals[1].name.as_str()), ("a b\"", "plain name"));
    // Escapes may spell bytes that are no UTF-8: not a name.
    assert!(parse_module("module \"m\"\nglobal $\"a\\ff\": i32 = 7\n").unwrap_err().to_string().starts_with("2:8: symbol name is not UTF-8"));
    // Columns count characters: the `é` before the error is one column.
    let e = parse_module("module \"é\" %").unwrap_err();
    assert_eq!((e.line, e.col), (1, 12), "{e}");
    // Non-ASCII whitespace separates tokens; other non-ASCII characters are errors.
    assert!(parse_module("module\u{a0}\"m\"").is_ok());
    assert!(parse_module("module \"m\"\nλ").unwrap_err().to_string().starts_with("2:1: unexpected character 'λ'"));
    // Sparse value numbers (hand-written text) are renumbered densely.
    let m = parse_module("module \"m\"\nfn $f(i32) -> (i32) export \"f\" {\nb0(v5: i32):\n  v9: i32 = add v5, v5\n  ret v9\n}\n").unwrap();
    verify_module(&m).unwrap();
    assert_eq!(Instance::new(&m).invoke("f", &[Val::I32(4)]), Ok(Some(Val::I32(8))));
}

fn verify_err(src: &str) -> String {
    let m = parse_module(src).unwrap();
    verify_module(&m).unwrap_err().to_string()
}

#[test]
fn verifier_names_function_block_and_problem() {
    let e = verify_err("module \"m\"\nfn $f(i32) -> (i64) {\nb0(v0: i32):\n  br b1(v0)\nb1(v1: i32):\n  ret v1\n}\n");
    assert_eq!(e, "in function $f, block b1: ret of (i32) in a function returning (i64)");
    let e = verify_err("module \"m\"\nfn $f(i32) -> (i32) {\nb0(v0: i32):\n  br_if v0, b1(), b2()\nb1():\n  v1: i32 = const 1\n  br b2()\nb2():\n  ret v1\n}\n");
    assert!(e.contains("in function $f, block b2: v1 is used where its definition (in b1) does not dominate the use"), "{e}");
    let e = verify_err("module \"m\"\nfn $g() -> () caps [net] {\nb0():\n  ret\n}\nfn $f() -> () {\nb0():\n  call $g()\n  ret\n}\n");
    assert!(e.contains("in function $f, block b0: instruction 0: calls $g which needs capability `net`, not declared by $f"), "{e}");
    let e = verify_err("module \"m\"\nfn $f(i32) -> (i32) {\nb0(v0: i32):\n  v1: i32 = load v0 align=4\n  ret v1\n}\n");
    assert!(e.contains("memory access in a module without memory"), "{e}");
    // An object of a link gets its memory from the link.
    let object = wasmir::parse_module("module \"m\"\nfn $f(i32) -> (i32) {\nb0(v0: i32):\n  v1: i32 = load v0 align=4\n  ret v1\n}\n").unwrap();
    wasmir::verify_object(&object).unwrap();
}

#[test]
fn one_function_verifies_against_the_module_being_built() {
    // `$f` calls `$g` with the wrong argument type; the module holds `$g` and `$f`'s header.
    let src = "module \"m\"\nfn $g(i64) -> () {\nb0(v0: i64):\n  ret\n}\nfn $f(i32) -> () {\nb0(v0: i32):\n  call $g(v0)\n  ret\n}\n";
    let mut m = parse_module(src).unwrap();
    let f = std::mem::replace(&mut m.funcs[1].blocks, vec![]);
    let body = wasmir::Function { blocks: f, ..m.funcs[1].clone() };
    m.funcs[1].values.clear();
    let e = wasmir::verify_function(&m, &body).unwrap_err().to_string();
    assert!(e.starts_with("in function $f, block b0: "), "{e}");
    assert_eq!(wasmir::verify_function(&m, &m.funcs[0]), Ok(()));
    // Memory accesses need no memory: the function is part of an object.
    let load = parse_module("module \"m\"\nfn $l(i32) -> (i32) {\nb0(v0: i32):\n  v1: i32 = load v0 align=4\n  ret v1\n}\n").unwrap();
    assert_eq!(wasmir::verify_function(&load, &load.funcs[0]), Ok(()));
}

#[test]
fn linear_values_must_be_used_exactly_once() {
    let take = "fn $take(externref) -> () {\nb0(v0: externref):\n  ret\n}\n";
    // used on one path only
    let e = verify_err(&format!("module \"m\"\n{take}fn $f(i32) -> () {{\nb0(v0: i32):\n  v1: externref linear = ref.null extern\n  br_if v0, b1(), b2()\nb1():\n  call $take(v1)\n  ret\nb2():\n  ret\n}}\n"));
    assert!(e.contains("in function $f, block b2: linear value v1 may be dropped without being used"), "{e}");
    // used twice
    let e = verify_err(&format!("module \"m\"\n{take}fn $f() -> () {{\nb0():\n  v1: externref linear = ref.null extern\n  call $take(v1)\n  call $take(v1)\n  ret\n}}\n"));
    assert!(e.contains("in function $f, block b0: linear value v0 is used more than once"), "{e}");
    // consumed exactly once on every path, passed through a block parameter
    let ok = format!("module \"m\"\n{take}fn $f(i32) -> () {{\nb0(v0: i32):\n  v1: externref linear = ref.null extern\n  br_if v0, b1(v1), b2()\nb1(v2: externref linear):\n  call $take(v2)\n  ret\nb2():\n  call $take(v1)\n  ret\n}}\n");
    verify_module(&parse_module(&ok).unwrap()).unwrap();
}

#[test]
fn interpreter_traps_like_wasm() {
    let m = load("module \"m\"\nmemory 1\nfn $d(i32, i32) -> (i32) export \"d\" {\nb0(v0: i32, v1: i32):\n  v2: i32 = div_s v0, v1\n  ret v2\n}\nfn $l(i32) -> (i64) export \"l\" {\nb0(v0: i32):\n  v1: i64 = load v0 offset=4 align=8\n  ret v1\n}\n").unwrap();
    let mut i = Instance::new(&m);
    assert_eq!(i.invoke("d", &[Val::I32(1), Val::I32(0)]), Err(Trap::DivByZero));
    assert_eq!(i.invoke("d", &[Val::I32(i32::MIN), Val::I32(-1)]), Err(Trap::IntOverflow));
    assert_eq!(i.invoke("l", &[Val::I32(65536 - 12)]), Ok(Some(Val::I64(0))));
    assert_eq!(i.invoke("l", &[Val::I32(65536 - 11)]), Err(Trap::OutOfBounds));
}

#[test]
fn builder_and_printer_agree() {
    let m = wasmir::progen::gen_module(&[vec![1, 2, 3, 4, 5, 6, 7, 8, 9], vec![3; 40], (0..80).collect()]);
    verify_module(&m).unwrap();
    let text = print_module(&m);
    assert_eq!(parse_module(&text).unwrap(), m);
}

#[test]
fn link_merges_and_drops_dead_functions() {
    let a = load("module \"a\"\nfn $main() -> (i32) export \"main\" {\nb0():\n  v0: i32 = call $helper()\n  ret v0\n}\nfn $helper() -> (i32) import \"b\" \"helper\"\n").unwrap();
    let b = load("module \"b\"\nfn $helper_impl() -> (i32) export \"helper\" {\nb0():\n  v0: i32 = const 42\n  ret v0\n}\nfn $unused() -> () {\nb0():\n  ret\n}\n").unwrap();
    let mut m = wasmir::link::merge(vec![a, b]).unwrap();
    verify_module(&m).unwrap();
    assert_eq!(wasmir::link::eliminate_dead_functions(&mut m), 1);
    verify_module(&m).unwrap();
    assert_eq!(Instance::new(&m).invoke("main", &[]), Ok(Some(Val::I32(42))));
}
