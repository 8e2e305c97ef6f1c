//! Each rule kind on realistic code with macros, cfgs and comments, using the seed registry's
//! entries as they stand on 2026-11-25.

use std::path::Path;
use wasmrust_migrate::date::parse_date;
use wasmrust_migrate::registry::load;
use wasmrust_migrate::rewrite::{RuleSet, rewrite_rust};

fn rules() -> RuleSet {
    let reg = load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("deprecations.toml")).unwrap();
    RuleSet::new(reg.applicable(parse_date("2026-11-25").unwrap()))
}

/// Rewrites `src`, checks a second pass changes nothing, returns the result and the notes.
fn migrate(src: &str) -> (String, Vec<String>) {
    let rules = rules();
    let once = rewrite_rust(src, &rules).unwrap();
    let twice = rewrite_rust(&once.new_source, &rules).unwrap();
    assert_eq!(twice.new_source, once.new_source, "not idempotent");
    assert!(twice.edits.is_empty());
    let notes = once
        .notes
        .iter()
        .map(|n| format!("{}:{} {} {}", n.line, n.column, n.rule, n.message))
        .collect();
    (once.new_source, notes)
}

#[test]
fn attribute_rename() {
    let src = r#"
/// Leaks on purpose. `#[wasm::leak_ok]` in a doc comment stays.
#[wasm::leak_ok]
#[inline] // #[wasm::leak_ok] in a comment stays too
fn leak(v: Vec<u8>) -> &'static [u8] { v.leak() }

#[cfg(target_arch = "wasm32")]
#[cfg_attr(debug_assertions, wasm::leak_ok, inline(never))]
fn leak_debug() {}

#[  wasm :: leak_ok  ]
fn spaced() {}

macro_rules! leaky {
    ($name:ident) => {
        #[wasm::leak_ok]
        fn $name() {}
    };
}
leaky! { #[wasm::leak_ok] fn generated() {} }

#[not_wasm::leak_ok] // another namespace: untouched
#[wasm::leak_ok_extra] // another attribute: untouched
fn other() {}
"#;
    let (out, notes) = migrate(src);
    insta::assert_snapshot!(out);
    assert!(notes.is_empty(), "{notes:?}");
}

#[test]
fn path_rename_in_use_trees() {
    let src = r#"
use wasm::SharedSlice;
use wasm::{thread::spawn_scoped, Handle};
use wasm::thread::{self, spawn_scoped as spawn};
use ::wasm::SharedSlice as Slice;
#[cfg(feature = "web")]
use wasm::{
    // grouped, with a comment
    SharedSlice as WebSlice,
    Pod,
};
use wasm::thread::scope; // already new: untouched
pub use wasm::SharedSlice as ReExported;
"#;
    let (out, notes) = migrate(src);
    insta::assert_snapshot!(out);
    assert!(notes.is_empty(), "{notes:?}");
}

#[test]
fn path_rename_in_expressions_types_and_macros() {
    let src = r#"
use wasm::thread;
use wasm as w;

struct Frame<'a> {
    pixels: wasm::SharedSlice<'a, u8>, // field type
    alt: Option<::wasm::SharedSlice<'a, f32>>,
}

impl<'a> Frame<'a> {
    fn new(p: &'a [u8]) -> Self {
        let pixels = wasm::SharedSlice::<u8>::new(p);
        let _ = w::SharedSlice::new(p); // through `use wasm as w`
        thread::spawn_scoped(|_| ()); // through `use wasm::thread`
        Frame { pixels, alt: None }
    }
}

fn generic<T: wasm::Pod>(x: &[T]) -> usize where wasm::SharedSlice<'static, T>: Sized {
    x.len()
}

#[cfg(test)]
mod tests {
    #[test]
    fn t() {
        assert_eq!(wasm::thread::spawn_scoped(|_| 1), 1);
        println!("{}", wasm::SharedSlice::new(&[1u8]).len());
        let s = "wasm::SharedSlice"; // strings stay
    }
}

macro_rules! slice_of {
    ($e:expr) => { $crate::SharedSlice::new($e) /* $crate: the defining crate, untouched */ };
    (w $e:expr) => { wasm::SharedSlice::new($e) };
}

fn untouched(wasm: &Wasm) { wasm.SharedSlice(); other::wasm::SharedSlice::new(); }
"#;
    let (out, notes) = migrate(src);
    insta::assert_snapshot!(out);
    assert!(notes.is_empty(), "{notes:?}");
}

#[test]
fn macro_argument_change() {
    let src = r#"
#[wasm::capability(js)]
fn a() {}

#[wasm::capability(threads, js)] // order kept
fn b() {}

#[cfg_attr(target_os = "unknown", wasm::capability(js))]
fn c() {}

#[wasm::capability(any(js, threads))]
fn d() {}

use wasm::capability;
#[capability(js)] // imported from the wasm crate
fn e() {}

#[wasm::component(name = "js")] // other attribute, string: untouched
#[other::capability(js)] // other macro: untouched
fn f() {}

wasm::capability!(js); // function-like form
some_macro! {
    #[wasm::capability(js)]
    fn inside_macro() {}
}

#[wasm::capability(js_interop)] // already new
fn g() { let js = 1; let _ = js; }
"#;
    let (out, notes) = migrate(src);
    insta::assert_snapshot!(out);
    assert!(notes.is_empty(), "{notes:?}");
}

#[test]
fn sites_that_need_a_human_are_reported_not_guessed() {
    let src = r#"
use wasm::*;
use wasm::thread as t2;

fn f() {
    let _ = SharedSlice::new(&[1u8]); // via the glob: reported
}
"#;
    let (out, notes) = migrate(src);
    assert_eq!(out, src, "nothing safe to rewrite");
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(notes[0].starts_with("2:11 WR0004 glob import"), "{notes:?}");
}

#[test]
fn parse_errors_carry_line_and_column() {
    let err = rewrite_rust("fn ok() {}\n\nfn bad( {\n}\n", &rules()).unwrap_err();
    assert_eq!(err.line, 3);
    assert!(err.column > 1, "{err:?}");
}

#[test]
fn bom_and_shebang_keep_offsets_right() {
    let src = "\u{feff}#!/usr/bin/env run-cargo-script\n#[wasm::leak_ok]\nfn main() { wasm::SharedSlice::new(&[0u8]); }\n";
    let (out, _) = migrate(src);
    assert_eq!(
        out,
        "\u{feff}#!/usr/bin/env run-cargo-script\n#[wasm::allow_leak]\nfn main() { wasm::memory::SharedSlice::new(&[0u8]); }\n"
    );
}

#[test]
fn non_ascii_text_before_a_site() {
    let src = "// «Grüße» — ünïcödé\nconst S: &str = \"日本語\"; type T = wasm::SharedSlice<'static, u8>;\n";
    let (out, _) = migrate(src);
    assert!(
        out.ends_with("type T = wasm::memory::SharedSlice<'static, u8>;\n"),
        "{out}"
    );
}
