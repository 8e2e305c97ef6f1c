//! Collision detection on synthetic upstream trees (always) and on real Debian rustc source
//! trees (when they are on this machine).

use std::path::{Path, PathBuf};
use wasmrust_migrate::collision::{detect, diff, scan_tree, tree_version};
use wasmrust_migrate::date::parse_date;
use wasmrust_migrate::registry::{CollisionKind, Kind, Reserved, Status, add_draft_entry, load};

fn reserved() -> Reserved {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("deprecations.toml");
    load(&path).unwrap().reserved
}

/// A miniature rustc tree with the five compiler files and a library, in upstream's syntax.
fn tree(
    dir: &Path,
    extra_attr: &str,
    extra_symbol: &str,
    extra_flag: &str,
    extra_lang: &str,
    extra_prelude: &str,
) {
    let write = |rel: &str, text: String| {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write(
        "RELEASES.md",
        "Version 1.99.0 (2027-01-01)\n==========\n".into(),
    );
    write(
        "compiler/rustc_feature/src/builtin_attrs.rs",
        format!(
            r#"macro_rules! ungated {{ ($attr:ident, $typ:expr $(,)?) => {{ BuiltinAttribute {{ name: sym::$attr }} }}; }}
pub static BUILTIN_ATTRIBUTES: &[BuiltinAttribute] = &[
    ungated!(cfg, Normal, template!(List: &["predicate"]), DuplicatesOk, EncodeCrossCrate::No),
    ungated!(unsafe(Edition2024) export_name, Normal, template!(NameValueStr: "name"), FutureWarnPreceding, EncodeCrossCrate::No),
    gated!(unsafe ffi_pure, Normal, template!(Word), WarnFollowing, EncodeCrossCrate::No, experimental!(ffi_pure)),
    rustc_attr!(TEST, rustc_dummy, Normal, template!(Word), DuplicatesOk, EncodeCrossCrate::No),
    {extra_attr}
];
"#
        ),
    );
    write(
        "compiler/rustc_resolve/src/macros.rs",
        "pub fn registered_tools_ast() {\n    let predefined_tools =\n        [sym::clippy, sym::rustfmt, sym::diagnostic, sym::miri, sym::rust_analyzer];\n}\n".into(),
    );
    write(
        "compiler/rustc_span/src/symbol.rs",
        format!(
            "symbols! {{\n    Keywords {{\n        Fn: \"fn\",\n    }}\n    Symbols {{\n        Abi,\n        sized,\n        wasm_import_module,\n        {extra_symbol}\n        sym_integer: \"integer\",\n    }}\n}}\n"
        ),
    );
    write(
        "compiler/rustc_session/src/options.rs",
        format!(
            r#"options! {{
    CodegenOptions, CodegenOptionsTargetModifiers, CG_OPTIONS, cgopts, "C", "codegen",
    opt_level: String = ("0".to_string(), parse_string, [TRACKED], "optimization level"),
}}
options! {{
    UnstableOptions, UnstableOptionsTargetModifiers, Z_OPTIONS, dbopts, "Z", "unstable",
    // tidy-alphabetical-start
    #[rustc_lint_opt_deny_field_access("use `Session::verbose_internals` instead")]
    verbose_internals: bool = (false, parse_bool, [TRACKED_NO_CRATE_HASH], "in general, enable more debug printouts"),
    wasm_c_abi: () = ((), parse_wasm_c_abi, [TRACKED], "use spec-compliant C ABI for `wasm32-unknown-unknown` (deprecated, always enabled)"),
    {extra_flag}
}}
"#
        ),
    );
    write(
        "compiler/rustc_hir/src/lang_items.rs",
        format!(
            "language_item_table! {{\n    Sized, sym::sized, sized_trait, Target::Trait, GenericRequirement::Exact(0);\n    {extra_lang}\n}}\n"
        ),
    );
    write(
        "library/core/Cargo.toml",
        "[package]\nname = \"core\"\n".into(),
    );
    write(
        "library/std/Cargo.toml",
        "[package]\nname = \"std\"\n".into(),
    );
    write("library/core/src/lib.rs", "pub mod marker;\npub(crate) mod internal;\n#[macro_export]\nmacro_rules! panic { () => {} }\n".into());
    write(
        "library/std/src/lib.rs",
        "pub use core::{marker, cell as cells};\npub const fn size() -> usize { 0 }\npub mod prelude;\n".into(),
    );
    write(
        "library/std/src/prelude/v1.rs",
        format!(
            "pub use crate::marker::{{Copy, Send}};\npub use crate::vec::Vec;\n{extra_prelude}\n"
        ),
    );
}

#[test]
fn scanner_reads_each_source() {
    let dir = tempfile::tempdir().unwrap();
    tree(dir.path(), "", "", "", "", "");
    let d = scan_tree(dir.path()).unwrap();
    for name in ["cfg", "export_name", "ffi_pure", "rustc_dummy"] {
        assert!(
            d.builtin_attributes.contains_key(name),
            "{name}: {:?}",
            d.builtin_attributes.keys()
        );
    }
    assert!(
        !d.builtin_attributes.contains_key("attr"),
        "macro definitions are not attributes"
    );
    assert!(d.tools.contains_key("clippy") && d.tools.contains_key("rust_analyzer"));
    assert!(
        d.symbols.contains_key("sized")
            && d.symbols.contains_key("integer")
            && !d.symbols.contains_key("fn")
    );
    assert!(d.z_flags.contains_key("verbose-internals") && d.z_flags.contains_key("wasm-c-abi"));
    assert!(
        !d.z_flags.contains_key("opt-level"),
        "-C options are not -Z flags"
    );
    assert_eq!(d.lang_items.keys().collect::<Vec<_>>(), ["sized"]);
    for name in [
        "marker", "cells", "size", "prelude", "Copy", "Send", "Vec", "panic",
    ] {
        assert!(
            d.library_items.contains_key(name),
            "{name}: {:?}",
            d.library_items.keys()
        );
    }
    assert!(
        !d.library_items.contains_key("internal"),
        "pub(crate) is not public"
    );
    assert!(d.crates.contains_key("core") && d.crates.contains_key("std"));
    assert_eq!(tree_version(dir.path()).as_deref(), Some("1.99.0"));
}

#[test]
fn additions_of_reserved_names_are_collisions_and_nothing_else_is() {
    let old = tempfile::tempdir().unwrap();
    let new = tempfile::tempdir().unwrap();
    tree(old.path(), "", "", "", "", "");
    tree(
        new.path(),
        // A new builtin attribute `linear`, and an unrelated new one.
        "gated!(linear, Normal, template!(Word), ErrorFollowing, EncodeCrossCrate::Yes, experimental!(linear)),\n    ungated!(unrelated_attr, Normal, template!(Word), WarnFollowing, EncodeCrossCrate::No),",
        // New symbols: `allow_leak` collides, `frobnicate` does not.
        "allow_leak,\n        frobnicate,",
        "wasm_host_profile: Option<String> = (None, parse_opt_string, [TRACKED], \"host profile\"),\n    zzz_other: bool = (false, parse_bool, [UNTRACKED], \"x\"),",
        "Capability, sym::capability, capability_trait, Target::Trait, GenericRequirement::None;",
        "pub use crate::memory::SharedSlice;\npub mod wasm {}\npub struct Unrelated;",
    );
    let found = detect(old.path(), new.path(), &reserved(), "1.99.0").unwrap();
    let mut got: Vec<(CollisionKind, &str)> =
        found.iter().map(|c| (c.kind, c.name.as_str())).collect();
    got.sort();
    assert_eq!(
        got,
        [
            (CollisionKind::Attribute, "wasm::allow_leak"),
            (CollisionKind::Attribute, "wasm::linear"),
            (CollisionKind::ZFlag, "wasm-host-profile"),
            (CollisionKind::LangItem, "capability"),
            (CollisionKind::LibraryItem, "wasm"),
            (CollisionKind::LibraryItem, "wasm::memory::SharedSlice"),
        ]
    );
    let linear = found.iter().find(|c| c.name == "wasm::linear").unwrap();
    assert!(
        linear
            .evidence
            .starts_with("compiler/rustc_feature/src/builtin_attrs.rs:"),
        "{}",
        linear.evidence
    );
    assert!(linear.evidence.contains("builtin attribute `#[linear]`"));
    let zflag = found
        .iter()
        .find(|c| c.kind == CollisionKind::ZFlag)
        .unwrap();
    assert!(
        zflag
            .evidence
            .starts_with("compiler/rustc_session/src/options.rs:"),
        "{}",
        zflag.evidence
    );
    assert!(
        found
            .iter()
            .all(|c| c.upstream_version_or_commit == "1.99.0")
    );
    // Same tree on both sides: nothing new, nothing reported.
    assert!(
        detect(new.path(), new.path(), &reserved(), "x")
            .unwrap()
            .is_empty()
    );
}

#[test]
fn collisions_become_draft_entries_in_the_registry() {
    let old = tempfile::tempdir().unwrap();
    let new = tempfile::tempdir().unwrap();
    tree(old.path(), "", "", "", "", "");
    tree(
        new.path(),
        "ungated!(linear, Normal, template!(Word), WarnFollowing, EncodeCrossCrate::No),",
        "",
        "",
        "",
        "",
    );
    let reg_dir = tempfile::tempdir().unwrap();
    let registry = reg_dir.path().join("deprecations.toml");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("deprecations.toml"),
        &registry,
    )
    .unwrap();
    let found = detect(old.path(), new.path(), &reserved(), "9f8e7d6c5b4a").unwrap();
    assert_eq!(found.len(), 1);
    let id = add_draft_entry(&registry, &found[0], parse_date("2026-11-25").unwrap()).unwrap();
    let reg = load(&registry).unwrap();
    let draft = reg.entries.iter().find(|e| e.id == id).unwrap();
    assert_eq!((draft.status, draft.kind), (Status::Draft, Kind::Attribute));
    assert_eq!(draft.upstream.version_or_commit, "9f8e7d6c5b4a");
    assert!(draft.upstream.change.contains("builtin_attrs.rs"));
    // Drafts never reach the compiler's form.
    let emitted = wasmrust_migrate::registry::emit(&reg, "x");
    assert!(!emitted.contains(&id.0));
}

fn real_tree(path: &str) -> Option<PathBuf> {
    let p = PathBuf::from(path);
    p.join("compiler/rustc_span/src/symbol.rs")
        .is_file()
        .then_some(p)
}

/// Real upstream trees: Debian's rust-web-src 1.96.0 (installed here) and 1.85.0
/// (`apt-get download rust-web-src=1.85.0+dfsg3-1~deb12u3` unpacked under
/// $WASMRUST_RUST_SRC_185, default /work/cache/rust-web-src-1.85/root/usr/src/rustc-1.85.0).
#[test]
fn real_upstream_trees() {
    let Some(new) = real_tree("/usr/src/rustc-1.96.0") else {
        eprintln!(
            "SKIPPED real_upstream_trees: /usr/src/rustc-1.96.0 (Debian rust-web-src 1.96.0) not installed"
        );
        return;
    };
    let d = scan_tree(&new).unwrap();
    // Facts of the 1.96.0 tree, checked by hand.
    assert!(
        d.builtin_attributes.contains_key("cfg_attr")
            && d.builtin_attributes.contains_key("should_panic")
    );
    assert!(d.tools.contains_key("rust_analyzer"));
    assert!(d.symbols.contains_key("wasm_import_module"));
    assert!(d.z_flags.contains_key("wasm-c-abi") && d.z_flags.contains_key("verbose-internals"));
    assert!(d.lang_items.contains_key("sized") && d.lang_items.contains_key("drop"));
    assert!(d.library_items.contains_key("Vec") && d.library_items.contains_key("println"));
    assert!(d.crates.contains_key("std"));
    assert!(
        d.builtin_attributes.len() > 100
            && d.symbols.len() > 1000
            && d.z_flags.len() > 100
            && d.lang_items.len() > 100
    );
    assert_eq!(tree_version(&new).as_deref(), Some("1.96.0"));
    // Upstream today has none of WasmRust's names: the reserved table is clear of 1.96.0.
    let none = diff(&Default::default(), &d, &reserved(), "1.96.0");
    assert!(
        none.iter()
            .all(|c| c.kind == CollisionKind::LibraryItem || c.name != "wasm-host-profile"),
        "{none:?}"
    );
    eprintln!(
        "1.96.0 against an empty tree: {} reserved names already upstream: {:?}",
        none.len(),
        none
    );

    let old_path = std::env::var("WASMRUST_RUST_SRC_185")
        .unwrap_or_else(|_| "/work/cache/rust-web-src-1.85/root/usr/src/rustc-1.85.0".into());
    let Some(old) = real_tree(&old_path) else {
        eprintln!(
            "SKIPPED 1.85 -> 1.96 rebase check: {old_path} not present (apt-get download rust-web-src=1.85.0+dfsg3-1~deb12u3, dpkg-deb -x)"
        );
        return;
    };
    let before = scan_tree(&old).unwrap();
    // A name 1.96 added and 1.85 lacks, used as if WasmRust had reserved it: must be caught.
    let added: Vec<&String> = d
        .z_flags
        .keys()
        .filter(|k| !before.z_flags.contains_key(*k))
        .collect();
    assert!(!added.is_empty(), "1.85 -> 1.96 added -Z flags");
    let mut pretend = reserved();
    pretend.z_flags.push(added[0].clone());
    let found = diff(&before, &d, &pretend, "1.96.0");
    assert!(
        found
            .iter()
            .any(|c| c.kind == CollisionKind::ZFlag && &c.name == added[0]),
        "{found:?}"
    );
    // With the real reserved table, the 1.85 -> 1.96 rebase collides with nothing.
    let real = diff(&before, &d, &reserved(), "1.96.0");
    eprintln!(
        "1.85.0 -> 1.96.0: {} -Z flags added, collisions with reserved names: {real:?}",
        added.len()
    );
    assert!(real.is_empty(), "{real:?}");
}
