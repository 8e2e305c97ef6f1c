//! The applicable rules, grouped by how they are matched.

use crate::registry::{Entry, EntryId, Rule};

/// Path-like rule: `old` -> `new`, both `::`-separated identifiers.
#[derive(Debug, Clone)]
pub struct PathRule {
    pub id: EntryId,
    pub old: Vec<String>,
    pub new: Vec<String>,
}

/// `#[macro_path(.. old ..)]` / `macro_path!(.. old ..)` -> `new`.
#[derive(Debug, Clone)]
pub struct MacroArgRule {
    pub id: EntryId,
    pub macro_path: Vec<String>,
    pub old: String,
    pub new: String,
}

/// Feature `old` of dependency `krate` -> `new`.
#[derive(Debug, Clone)]
pub struct FeatureRule {
    pub id: EntryId,
    pub krate: String,
    pub old: String,
    pub new: String,
}

/// Every rule to apply in one run.
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    pub attributes: Vec<PathRule>,
    pub paths: Vec<PathRule>,
    pub macro_args: Vec<MacroArgRule>,
    pub features: Vec<FeatureRule>,
}

impl RuleSet {
    /// Groups the rules of `entries` (drafts carry no rule and are skipped).
    pub fn new<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> RuleSet {
        let mut set = RuleSet::default();
        for e in entries {
            let id = e.id.clone();
            match &e.rule {
                Rule::Attribute { old, new } => set.attributes.push(PathRule {
                    id,
                    old: old.clone(),
                    new: new.clone(),
                }),
                Rule::Path { old, new } => set.paths.push(PathRule {
                    id,
                    old: old.clone(),
                    new: new.clone(),
                }),
                Rule::MacroArg {
                    macro_path,
                    old,
                    new,
                } => set.macro_args.push(MacroArgRule {
                    id,
                    macro_path: macro_path.clone(),
                    old: old.clone(),
                    new: new.clone(),
                }),
                Rule::CargoFeature { krate, old, new } => set.features.push(FeatureRule {
                    id,
                    krate: krate.clone(),
                    old: old.clone(),
                    new: new.clone(),
                }),
                Rule::Undecided { .. } => {}
            }
        }
        set
    }

    /// Whether any rule touches Rust sources.
    pub fn has_rust_rules(&self) -> bool {
        !(self.attributes.is_empty() && self.paths.is_empty() && self.macro_args.is_empty())
    }
}
