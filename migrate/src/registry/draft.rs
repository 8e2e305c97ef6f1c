//! Draft entries filed by `wasmrust-sync` when an upstream addition collides with a WasmRust name.

use super::{EntryId, Kind, Registry, Rule, parse};
use crate::date::{self, Date};
use crate::fsutil;
use anyhow::{Context, Result, bail};
use std::path::Path;
use toml_edit::{InlineTable, Value};

/// What kind of upstream name collided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CollisionKind {
    /// A builtin attribute, tool namespace or interned symbol equal to a WasmRust attribute name.
    Attribute,
    /// A `-Z` flag.
    ZFlag,
    /// A lang item.
    LangItem,
    /// A crate, or a public root or prelude item of core/alloc/std.
    LibraryItem,
}

impl CollisionKind {
    /// The registry kind a draft for this collision gets.
    pub fn entry_kind(self) -> Kind {
        match self {
            CollisionKind::Attribute => Kind::Attribute,
            CollisionKind::ZFlag => Kind::ZFlag,
            CollisionKind::LangItem => Kind::LangItem,
            CollisionKind::LibraryItem => Kind::Path,
        }
    }
}

/// One upstream addition that collides with a reserved WasmRust name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Collision {
    /// The WasmRust spelling that now collides: `wasm::linear` (attribute), `wasm-host-profile`
    /// (-Z flag), a lang item name, or a library path such as `wasm::memory::SharedSlice`.
    pub name: String,
    pub kind: CollisionKind,
    /// Upstream version (`1.97.0`) or commit hash of the snapshot that added the name.
    pub upstream_version_or_commit: String,
    /// Where upstream defines it: `file:line: what`.
    pub evidence: String,
}

impl Collision {
    fn deprecated(&self) -> String {
        match self.kind {
            CollisionKind::Attribute => format!("#[{}]", self.name),
            CollisionKind::ZFlag => format!("-Z {}", self.name),
            CollisionKind::LangItem => format!("lang item `{}`", self.name),
            CollisionKind::LibraryItem => self.name.clone(),
        }
    }
}

/// Appends a draft entry for `collision` to the registry at `registry_path` and returns its id.
///
/// The file is only appended to, so its comments and layout stay as they are; the result is
/// validated before it atomically replaces the file. If a draft or active entry already covers
/// the same kind and old spelling, nothing is written and that entry's id is returned.
pub fn add_draft_entry(
    registry_path: &Path,
    collision: &Collision,
    today: Date,
) -> Result<EntryId> {
    let text = std::fs::read_to_string(registry_path)
        .with_context(|| format!("cannot read registry {}", registry_path.display()))?;
    let registry =
        parse(&text).with_context(|| format!("invalid registry {}", registry_path.display()))?;
    if collision.name.trim().is_empty() || collision.upstream_version_or_commit.trim().is_empty() {
        bail!("a collision needs a name and an upstream version or commit");
    }
    if let Some(id) = existing(&registry, collision) {
        return Ok(id);
    }
    let next = registry
        .entries
        .iter()
        .filter_map(|e| e.id.0[2..].parse::<u32>().ok())
        .max()
        .unwrap_or(0)
        + 1;
    if next > 9999 {
        bail!("registry ids are exhausted (WR9999 is taken)");
    }
    let id = EntryId(format!("WR{next:04}"));
    let new_text = append_entry(&text, &id, collision, today);
    // Never write a registry this tool would then refuse.
    parse(&new_text)
        .with_context(|| format!("internal error: draft {id} would make the registry invalid"))?;
    fsutil::write_atomic(registry_path, new_text.as_bytes())?;
    Ok(id)
}

fn existing(registry: &Registry, c: &Collision) -> Option<EntryId> {
    let kind = c.kind.entry_kind();
    registry
        .entries
        .iter()
        .find(|e| e.kind == kind && rule_old(&e.rule) == c.name)
        .map(|e| e.id.clone())
}

fn rule_old(rule: &Rule) -> String {
    match rule {
        Rule::MacroArg { old, .. } => old.clone(),
        Rule::CargoFeature { old, .. } => old.clone(),
        other => other.old_spelling(),
    }
}

/// Renders the entry with toml_edit (which handles quoting) and appends it as text.
fn append_entry(text: &str, id: &EntryId, c: &Collision, today: Date) -> String {
    let string = |s: &str| Value::from(s).to_string().trim().to_string();
    let is_commit = c.upstream_version_or_commit.len() >= 7
        && c.upstream_version_or_commit
            .bytes()
            .all(|b| b.is_ascii_hexdigit());
    let mut upstream = InlineTable::new();
    upstream.insert(
        if is_commit { "commit" } else { "version" },
        Value::from(c.upstream_version_or_commit.as_str()),
    );
    upstream.insert("change", Value::from(c.evidence.as_str()));
    let mut rule = InlineTable::new();
    rule.insert("old", Value::from(c.name.as_str()));
    let mut out = text.to_string();
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&format!(
        "\n# Draft filed by wasmrust-sync on {today}: choose `replacement` and `rule.new`, then set status = \"active\".\n\
         [[entry]]\n\
         id = {id}\n\
         status = \"draft\"\n\
         kind = {kind}\n\
         deprecated = {deprecated}\n\
         replacement = {replacement}\n\
         upstream = {upstream}\n\
         since = {today}\n\
         since-version = \"unreleased\"\n\
         removal = {removal}\n\
         rule = {rule}\n",
        id = string(&id.0),
        kind = string(c.kind.entry_kind().as_str()),
        deprecated = string(&c.deprecated()),
        replacement = string(&format!("TODO: a new spelling for {}", c.deprecated())),
        upstream = upstream,
        removal = date::removal_for(today),
        rule = rule,
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::{Status, load};

    fn seed_copy() -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("deprecations.toml");
        std::fs::copy(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("deprecations.toml"),
            &path,
        )
        .unwrap();
        (dir, path)
    }

    fn linear() -> Collision {
        Collision {
            name: "wasm::linear".into(),
            kind: CollisionKind::Attribute,
            upstream_version_or_commit: "1.97.0".into(),
            evidence: "compiler/rustc_feature/src/builtin_attrs.rs:612: builtin attribute `linear` \"quoted\"".into(),
        }
    }

    #[test]
    fn appends_a_valid_draft_and_keeps_the_rest_byte_for_byte() {
        let (_dir, path) = seed_copy();
        let before = std::fs::read_to_string(&path).unwrap();
        let today = date::parse_date("2026-11-25").unwrap();
        let id = add_draft_entry(&path, &linear(), today).unwrap();
        assert_eq!(id.0, "WR0006");
        let after = std::fs::read_to_string(&path).unwrap();
        assert!(
            after.starts_with(&before),
            "existing text (comments included) must be untouched"
        );
        let reg = load(&path).unwrap();
        let draft = reg.entries.iter().find(|e| e.id == id).unwrap();
        assert_eq!(draft.status, Status::Draft);
        assert_eq!(draft.kind, Kind::Attribute);
        assert_eq!(draft.since.to_string(), "2026-11-25");
        assert_eq!(draft.removal.to_string(), "2027-05-25");
        assert_eq!(draft.upstream.version_or_commit, "1.97.0");
        assert!(draft.upstream.change.contains("\"quoted\""));
        assert_eq!(
            draft.rule,
            Rule::Undecided {
                old: "wasm::linear".into()
            }
        );
    }

    #[test]
    fn the_same_collision_twice_files_one_draft() {
        let (_dir, path) = seed_copy();
        let today = date::parse_date("2026-11-25").unwrap();
        let a = add_draft_entry(&path, &linear(), today).unwrap();
        let once = std::fs::read_to_string(&path).unwrap();
        let b = add_draft_entry(&path, &linear(), today).unwrap();
        assert_eq!(a, b);
        assert_eq!(once, std::fs::read_to_string(&path).unwrap());
    }

    #[test]
    fn commits_are_recorded_as_commits() {
        let (_dir, path) = seed_copy();
        let mut c = linear();
        c.kind = CollisionKind::ZFlag;
        c.name = "wasm-host-profile".into();
        c.upstream_version_or_commit = "4d1c2b7e9f00aa".into();
        let id = add_draft_entry(&path, &c, date::parse_date("2026-12-01").unwrap()).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(r#"commit = "4d1c2b7e9f00aa""#), "{text}");
        let reg = load(&path).unwrap();
        assert_eq!(
            reg.entries.iter().find(|e| e.id == id).unwrap().kind,
            Kind::ZFlag
        );
    }

    #[test]
    fn an_invalid_registry_is_not_touched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("deprecations.toml");
        std::fs::write(&path, "schema = 2\n").unwrap();
        let err =
            add_draft_entry(&path, &linear(), date::parse_date("2026-11-25").unwrap()).unwrap_err();
        assert!(format!("{err:#}").contains("schema = 2"));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "schema = 2\n");
    }
}
