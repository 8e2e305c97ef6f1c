//! Upstream additions that collide with WasmRust names (issue 8): after the import, the old and
//! the new upstream trees are scanned by `wasmrust_migrate::collision::detect` (builtin
//! attributes, tool namespaces, symbols, `-Z` flags, lang items, library root and prelude
//! names, library crates) and every name the new tree defines, the old one does not, and the
//! registry's `[reserved]` table lists is a collision. When the rebase finishes, each one becomes
//! a `status = "draft"` entry in the project's `migrate/deprecations.toml` (with the upstream
//! version or commit that added it), and the summary lists them.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use git2::{ObjectType, Oid, Repository, TreeWalkMode, TreeWalkResult};
use serde::{Deserialize, Serialize};
use wasmrust_migrate::registry::{Collision, CollisionKind};

use super::source::Resolved;

/// The registry of a project, relative to its root.
pub const REGISTRY: &str = "migrate/deprecations.toml";

/// The files of an upstream tree the collision scanner reads (compiler files, and under
/// `library/`: crate manifests and the sources of core, alloc and std).
const COMPILER_FILES: [&str; 5] = [
    "compiler/rustc_feature/src/builtin_attrs.rs",
    "compiler/rustc_resolve/src/macros.rs",
    "compiler/rustc_span/src/symbol.rs",
    "compiler/rustc_session/src/options.rs",
    "compiler/rustc_hir/src/lang_items.rs",
];

/// One collision as the rebase state keeps it (and the summary shows it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Found {
    /// `attribute`, `z-flag`, `lang-item` or `library-item`.
    pub kind: String,
    /// The WasmRust spelling that now collides (`wasm::linear`, `wasm-host-profile`, ...).
    pub name: String,
    /// Upstream version or commit that added it.
    pub upstream: String,
    /// `file:line: what` in the new upstream tree.
    pub evidence: String,
    /// The draft registry entry filed for it, once the rebase finished.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<String>,
}

fn kind_word(k: CollisionKind) -> &'static str {
    match k {
        CollisionKind::Attribute => "attribute",
        CollisionKind::ZFlag => "z-flag",
        CollisionKind::LangItem => "lang-item",
        CollisionKind::LibraryItem => "library-item",
    }
}

fn kind_of(word: &str) -> Option<CollisionKind> {
    Some(match word {
        "attribute" => CollisionKind::Attribute,
        "z-flag" => CollisionKind::ZFlag,
        "lang-item" => CollisionKind::LangItem,
        "library-item" => CollisionKind::LibraryItem,
        _ => return None,
    })
}

/// What the snapshot is called in a draft entry: the commit for a git snapshot, else the version.
pub fn upstream_id(source: &Resolved) -> String {
    if source.package == "git" {
        source.package_version.rsplit(' ').next().unwrap_or(&source.version).to_string()
    } else {
        source.version.clone()
    }
}

/// Scans the old upstream (the tree of `old_base`, exported into `scratch`) against the new
/// snapshot directory. `Ok(None)` when the project has no registry.
pub fn detect(root: &Path, repo: &Repository, old_base: Oid, source: &Resolved, scratch: &Path) -> Result<Option<Vec<Found>>> {
    let registry = root.join(REGISTRY);
    if !registry.is_file() {
        return Ok(None);
    }
    let reserved = wasmrust_migrate::registry::load(&registry)
        .with_context(|| format!("reading {}", registry.display()))?
        .reserved;
    let _ = std::fs::remove_dir_all(scratch);
    export_scanned(repo, old_base, scratch).context("exporting the old upstream's scanned files")?;
    let upstream = upstream_id(source);
    let result = wasmrust_migrate::collision::detect(scratch, &source.dir, &reserved, &upstream);
    let _ = std::fs::remove_dir_all(scratch);
    Ok(Some(
        result?
            .into_iter()
            .map(|c| Found {
                kind: kind_word(c.kind).to_string(),
                name: c.name,
                upstream: c.upstream_version_or_commit,
                evidence: c.evidence,
                draft: None,
            })
            .collect(),
    ))
}

/// Files each collision as a draft entry in the project's registry (idempotent: the registry
/// never files the same kind and spelling twice and returns the existing id).
pub fn file_drafts(root: &Path, found: &mut [Found]) -> Result<()> {
    if found.is_empty() {
        return Ok(());
    }
    let registry = root.join(REGISTRY);
    let today = wasmrust_migrate::date::today(None)?;
    for f in found {
        let collision = Collision {
            name: f.name.clone(),
            kind: kind_of(&f.kind).with_context(|| format!("unknown collision kind `{}`", f.kind))?,
            upstream_version_or_commit: f.upstream.clone(),
            evidence: f.evidence.clone(),
        };
        let id = wasmrust_migrate::registry::add_draft_entry(&registry, &collision, today)
            .with_context(|| format!("filing a draft deprecation for {} `{}`", f.kind, f.name))?;
        f.draft = Some(id.to_string());
    }
    Ok(())
}

/// Writes the files of `commit`'s tree that the scanner reads into `dest`.
fn export_scanned(repo: &Repository, commit: Oid, dest: &Path) -> Result<()> {
    let tree = repo.find_commit(commit)?.tree()?;
    let mut wanted: Vec<(PathBuf, Oid)> = Vec::new();
    for f in COMPILER_FILES {
        if let Ok(e) = tree.get_path(Path::new(f)) {
            wanted.push((PathBuf::from(f), e.id()));
        }
    }
    if let Ok(lib) = tree.get_path(Path::new("library")).and_then(|e| e.to_object(repo)).and_then(|o| o.peel_to_tree()) {
        lib.walk(TreeWalkMode::PreOrder, |dir, entry| {
            if entry.kind() != Some(ObjectType::Blob) {
                return TreeWalkResult::Ok;
            }
            let name = entry.name().unwrap_or("");
            let depth = dir.matches('/').count();
            let in_src = ["core/src/", "alloc/src/", "std/src/"].iter().any(|p| dir.starts_with(p));
            if (depth == 1 && name == "Cargo.toml") || (in_src && name.ends_with(".rs")) {
                wanted.push((Path::new("library").join(dir).join(name), entry.id()));
            }
            TreeWalkResult::Ok
        })?;
    }
    for (rel, id) in wanted {
        let path = dest.join(&rel);
        std::fs::create_dir_all(path.parent().context("no parent")?)?;
        std::fs::write(&path, repo.find_blob(id)?.content()).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}
