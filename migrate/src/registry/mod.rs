//! The deprecation registry (`migrate/deprecations.toml`): model, loading and validation.
//!
//! Validation is strict because three tools trust this file: the six-month window, id format,
//! unique ids, rule shape per kind, and rules that cannot re-apply to their own output.

mod draft;
mod emit;
mod load;

pub use draft::{Collision, CollisionKind, add_draft_entry};
pub use emit::{EMIT_HEADER, emit};
pub use load::{load, parse};

use crate::date::Date;
use std::fmt;

/// A registry id, `WR` followed by four digits.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntryId(pub String);

impl fmt::Display for EntryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Whether an entry is in force or waiting for a maintainer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Reviewed; the compiler and the migration tool act on it from `since` on.
    Active,
    /// Filed by `wasmrust-sync` on a collision; needs a replacement chosen before it acts.
    Draft,
}

/// What kind of spelling an entry deprecates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// An attribute path, `#[wasm::leak_ok]`.
    Attribute,
    /// An item path, in `use` trees, expressions, types and macro bodies.
    Path,
    /// One argument of an attribute or function-like macro, `#[wasm::capability(js)]`.
    MacroArg,
    /// A feature of a dependency in Cargo.toml.
    CargoFeature,
    /// A `-Z` flag (draft entries only, for now).
    ZFlag,
    /// A lang item (draft entries only, for now).
    LangItem,
}

impl Kind {
    /// The spelling used in the TOML file and the emitted form.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Attribute => "attribute",
            Kind::Path => "path",
            Kind::MacroArg => "macro-arg",
            Kind::CargoFeature => "cargo-feature",
            Kind::ZFlag => "z-flag",
            Kind::LangItem => "lang-item",
        }
    }

    fn parse(text: &str) -> Option<Kind> {
        Some(match text {
            "attribute" => Kind::Attribute,
            "path" => Kind::Path,
            "macro-arg" => Kind::MacroArg,
            "cargo-feature" => Kind::CargoFeature,
            "z-flag" => Kind::ZFlag,
            "lang-item" => Kind::LangItem,
            _ => return None,
        })
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The rewrite an active entry performs. Paths are `::`-separated identifiers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    /// `#[old]` -> `#[new]`, also inside `cfg_attr` and macro bodies.
    Attribute { old: Vec<String>, new: Vec<String> },
    /// Paths starting with `old` get that prefix replaced by `new`.
    Path { old: Vec<String>, new: Vec<String> },
    /// In `#[macro_path(..)]` and `macro_path!(..)`, the bare argument `old` becomes `new`.
    MacroArg {
        macro_path: Vec<String>,
        old: String,
        new: String,
    },
    /// Feature `old` of dependency `krate` becomes `new` in every Cargo.toml.
    CargoFeature {
        krate: String,
        old: String,
        new: String,
    },
    /// A draft's rule: only the old spelling is known.
    Undecided { old: String },
}

impl Rule {
    /// The old spelling, as the emitted form writes it.
    pub fn old_spelling(&self) -> String {
        match self {
            Rule::Attribute { old, .. } | Rule::Path { old, .. } => old.join("::"),
            Rule::MacroArg {
                macro_path, old, ..
            } => format!("{}({old})", macro_path.join("::")),
            Rule::CargoFeature { krate, old, .. } => format!("{krate}/{old}"),
            Rule::Undecided { old } => old.clone(),
        }
    }

    /// The new spelling, as the emitted form writes it (`None` for a draft).
    pub fn new_spelling(&self) -> Option<String> {
        Some(match self {
            Rule::Attribute { new, .. } | Rule::Path { new, .. } => new.join("::"),
            Rule::MacroArg {
                macro_path, new, ..
            } => format!("{}({new})", macro_path.join("::")),
            Rule::CargoFeature { krate, new, .. } => format!("{krate}/{new}"),
            Rule::Undecided { .. } => return None,
        })
    }
}

/// The upstream change that made an entry necessary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upstream {
    /// Upstream Rust version (`1.96.0`) or commit hash that introduced the conflict.
    pub version_or_commit: String,
    /// What upstream did, in words.
    pub change: String,
}

/// One registry entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: EntryId,
    pub status: Status,
    pub kind: Kind,
    /// The deprecated spelling, as users see it.
    pub deprecated: String,
    /// What to write instead, as users see it.
    pub replacement: String,
    pub upstream: Upstream,
    /// First day the deprecation is in force.
    pub since: Date,
    /// The WasmRust release that introduced the deprecation.
    pub since_version: String,
    /// First day the old spelling is an error: exactly six months after `since`.
    pub removal: Date,
    pub rule: Rule,
}

/// Where an entry stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// `since` is still ahead: nothing acts on it yet.
    Scheduled,
    /// Inside the window: the compiler warns, the tool rewrites.
    Deprecated,
    /// On or after `removal`: the compiler errors, the tool still rewrites.
    Removed,
}

impl Entry {
    /// The entry's phase on `today`.
    pub fn phase(&self, today: Date) -> Phase {
        if today < self.since {
            Phase::Scheduled
        } else if today < self.removal {
            Phase::Deprecated
        } else {
            Phase::Removed
        }
    }

    /// Whether the migration tool applies this entry's rule on `today`.
    pub fn applies(&self, today: Date) -> bool {
        self.status == Status::Active && self.phase(today) != Phase::Scheduled
    }
}

/// Names WasmRust owns (the `[reserved]` table); see `collision` for how they are matched.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reserved {
    pub attribute_namespaces: Vec<String>,
    pub attributes: Vec<String>,
    pub z_flags: Vec<String>,
    pub lang_items: Vec<String>,
    pub crates: Vec<String>,
    /// Full paths (`wasm::memory::SharedSlice`); collisions are matched on the last segment.
    pub library_items: Vec<String>,
}

/// The whole registry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registry {
    pub reserved: Reserved,
    pub entries: Vec<Entry>,
}

impl Registry {
    /// Active entries in force on `today` (deprecated or removed), in id order.
    pub fn applicable(&self, today: Date) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(move |e| e.applies(today))
    }

    /// Draft entries, which need a maintainer.
    pub fn drafts(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| e.status == Status::Draft)
    }
}
