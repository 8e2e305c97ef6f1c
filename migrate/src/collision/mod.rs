//! Detecting upstream additions that collide with WasmRust's reserved names.
//!
//! Detection rule (also in migrate/README.md): scan the old and the new upstream tree for the
//! names each defines, and report every name that the new tree defines, the old one does not,
//! and the registry's `[reserved]` table lists:
//!
//! | upstream source (new tree) | what counts as defined | matched against |
//! | --- | --- | --- |
//! | `compiler/rustc_feature/src/builtin_attrs.rs` | first argument of `ungated!`/`gated!`/`rustc_attr!` | attributes, attribute-namespaces |
//! | `compiler/rustc_resolve/src/macros.rs` | `sym::X` in `predefined_tools` | attribute-namespaces, attributes |
//! | `compiler/rustc_span/src/symbol.rs` | entries of `Symbols { .. }` (the string if given) | attributes, attribute-namespaces |
//! | `compiler/rustc_session/src/options.rs` | option names in the `UnstableOptions` `options!` block, `_` read as `-` | z-flags |
//! | `compiler/rustc_hir/src/lang_items.rs` | `sym::X` names in `language_item_table!` | lang-items, attributes |
//! | `library/{core,alloc,std}/src/lib.rs`, `.../src/prelude/**` | `pub` items and `pub use` names at the crate root and in preludes; `#[macro_export]` macros anywhere | last segment of library-items, crates |
//! | `library/*/Cargo.toml` | crate directories | crates |
//!
//! Items elsewhere in the library (say `core::arch::wasm32`) need a qualified path and cannot
//! shadow or be shadowed by a WasmRust name, so they are not collisions.

mod scan;

pub use scan::{Defined, Evidence, scan_tree};

use crate::registry::{Collision, CollisionKind, Reserved};
use anyhow::{Context, Result};
use std::collections::BTreeSet;
use std::path::Path;

/// The upstream version a tree declares: the first `Version X.Y.Z` heading of its RELEASES.md.
pub fn tree_version(root: &Path) -> Option<String> {
    let text = std::fs::read_to_string(root.join("RELEASES.md")).ok()?;
    let line = text.lines().find(|l| l.starts_with("Version "))?;
    line.split_whitespace().nth(1).map(String::from)
}

/// Collisions introduced between `old` and `new`, attributed to `upstream` (a version or commit).
pub fn detect(
    old: &Path,
    new: &Path,
    reserved: &Reserved,
    upstream: &str,
) -> Result<Vec<Collision>> {
    let before = scan_tree(old).with_context(|| format!("scanning old tree {}", old.display()))?;
    let after = scan_tree(new).with_context(|| format!("scanning new tree {}", new.display()))?;
    Ok(diff(&before, &after, reserved, upstream))
}

/// The collisions `after` adds over `before`.
pub fn diff(
    before: &Defined,
    after: &Defined,
    reserved: &Reserved,
    upstream: &str,
) -> Vec<Collision> {
    let mut out = BTreeSet::new();
    let mut add = |kind, name: String, ev: &Evidence| {
        out.insert(Collision {
            name,
            kind,
            upstream_version_or_commit: upstream.to_string(),
            evidence: ev.to_string(),
        });
    };
    let namespaces: BTreeSet<&str> = reserved
        .attribute_namespaces
        .iter()
        .map(String::as_str)
        .collect();
    let attributes: BTreeSet<&str> = reserved.attributes.iter().map(String::as_str).collect();
    let wasmrust_attr = |name: &str| -> Option<String> {
        if namespaces.contains(name) {
            Some(name.to_string())
        } else if attributes.contains(name) {
            let ns = reserved
                .attribute_namespaces
                .first()
                .map_or("wasm", String::as_str);
            Some(format!("{ns}::{name}"))
        } else {
            None
        }
    };
    // Attribute-like names: the most specific evidence wins (builtin attribute, tool, symbol).
    let mut seen = BTreeSet::new();
    for (new, old) in [
        (&after.builtin_attributes, &before.builtin_attributes),
        (&after.tools, &before.tools),
        (&after.symbols, &before.symbols),
    ] {
        for (name, ev) in new {
            if old.contains_key(name) || !seen.insert(name.clone()) {
                continue;
            }
            if let Some(ours) = wasmrust_attr(name) {
                add(CollisionKind::Attribute, ours, ev);
            }
        }
    }
    for (name, ev) in &after.z_flags {
        if !before.z_flags.contains_key(name) && reserved.z_flags.contains(name) {
            add(CollisionKind::ZFlag, name.clone(), ev);
        }
    }
    for (name, ev) in &after.lang_items {
        if !before.lang_items.contains_key(name)
            && (reserved.lang_items.contains(name) || attributes.contains(name.as_str()))
        {
            add(CollisionKind::LangItem, name.clone(), ev);
        }
    }
    for (name, ev) in after.library_items.iter().chain(&after.crates) {
        if before.library_items.contains_key(name) || before.crates.contains_key(name) {
            continue;
        }
        if reserved.crates.contains(name) {
            add(CollisionKind::LibraryItem, name.clone(), ev);
        }
        for item in &reserved.library_items {
            if item.rsplit("::").next() == Some(name.as_str()) {
                add(CollisionKind::LibraryItem, item.clone(), ev);
            }
        }
    }
    out.into_iter().collect()
}
