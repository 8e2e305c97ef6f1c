//! Rewriting one Rust source file: syn for structure (use trees, paths in code, attributes),
//! the token scanner for attribute arguments and macro bodies.

use super::edit::{Edit, apply_edits};
use super::paths::{Aliases, Seg, diff_edits, starts_with};
use super::rules::{PathRule, RuleSet};
use super::tokens;
use crate::registry::EntryId;
use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::visit::{self, Visit};

/// A site a rule matched but could not rewrite safely: left for a human.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// 1-based line and column.
    pub line: usize,
    pub column: usize,
    pub rule: EntryId,
    pub message: String,
}

/// A file that syn could not parse; it is left untouched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseFailure {
    /// 1-based line and column of the error.
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// The outcome for one parsed file.
#[derive(Debug, Clone)]
pub struct RustRewrite {
    pub new_source: String,
    pub edits: Vec<Edit>,
    pub notes: Vec<Note>,
}

/// Applies `rules` to Rust source `src`.
pub fn rewrite_rust(src: &str, rules: &RuleSet) -> Result<RustRewrite, ParseFailure> {
    let result = rewrite_inner(src, rules);
    // Spans are only needed while planning this file; free this thread's source map.
    proc_macro2::extra::invalidate_current_thread_spans();
    result
}

fn rewrite_inner(src: &str, rules: &RuleSet) -> Result<RustRewrite, ParseFailure> {
    let file = syn::parse_file(&neutralise_prelude(src)).map_err(|e| {
        let start = e.span().start();
        ParseFailure {
            line: start.line,
            column: start.column + 1,
            message: e.to_string(),
        }
    })?;
    let mut aliases = AliasCollector::default();
    aliases.visit_file(&file);
    let mut ctx = Ctx {
        rules,
        aliases: aliases.finish(),
        src,
        edits: Vec::new(),
        notes: Vec::new(),
    };
    Visitor { ctx: &mut ctx }.visit_file(&file);
    let Ctx {
        edits, mut notes, ..
    } = ctx;
    let (new_source, applied, rejected) = apply_edits(src, edits);
    for e in rejected {
        let (line, column) = line_col(src, e.range.start);
        notes.push(Note {
            line,
            column,
            rule: e.rule,
            message: "overlaps another rule's edit here; rewrite by hand".into(),
        });
    }
    notes.sort_by_key(|a| (a.line, a.column));
    notes.dedup();
    Ok(RustRewrite {
        new_source,
        edits: applied,
        notes,
    })
}

/// syn's `parse_file` strips a BOM and a shebang line before parsing, which would shift every
/// span; blank them out instead so span offsets are offsets into `src`.
fn neutralise_prelude(src: &str) -> String {
    let mut bytes = src.as_bytes().to_vec();
    let mut start = 0;
    if src.starts_with('\u{feff}') {
        bytes[..3].fill(b' ');
        start = 3;
    }
    let rest = &src[start..];
    if rest.starts_with("#!") && !rest[2..].trim_start().starts_with('[') {
        let end = rest.find('\n').map_or(src.len(), |n| start + n);
        bytes[start..end].fill(b' ');
    }
    String::from_utf8(bytes).expect("only whole UTF-8 sequences were blanked")
}

/// 1-based line and column (in characters) of byte `offset`.
pub fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let before = &src[..offset.min(src.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, col)
}

/// Everything one file's rewrite accumulates.
pub struct Ctx<'a> {
    rules: &'a RuleSet,
    aliases: Aliases,
    src: &'a str,
    edits: Vec<Edit>,
    notes: Vec<Note>,
}

impl Ctx<'_> {
    fn note(&mut self, at: usize, rule: &EntryId, message: String) {
        let (line, column) = line_col(self.src, at);
        self.notes.push(Note {
            line,
            column,
            rule: rule.clone(),
            message,
        });
    }

    fn push(&mut self, segs: &[Seg], new: &[String], rule: &EntryId) {
        match diff_edits(segs, new, rule) {
            Some(edits) => self.edits.extend(edits),
            None => self.note(
                segs[0].range.start,
                rule,
                format!(
                    "generic arguments inside the renamed part; rewrite to `{}` by hand",
                    new.join("::")
                ),
            ),
        }
    }

    /// A path in code, a type, a macro name or a macro body.
    pub fn path_site(&mut self, segs: &[Seg]) {
        let rules = self.rules;
        for rule in &rules.paths {
            if self.rewrite_path(segs, rule) {
                return;
            }
        }
    }

    /// Tries `rule` on `segs`, directly or through a `use` alias; returns whether it matched.
    fn rewrite_path(&mut self, segs: &[Seg], rule: &PathRule) -> bool {
        if segs.is_empty() {
            return false;
        }
        if starts_with(segs, &rule.old) {
            self.push(&segs[..rule.old.len()], &rule.new, &rule.id);
            return true;
        }
        let Some(target) = self.aliases.get(&segs[0].name).cloned() else {
            return false;
        };
        // The alias must stand for a strict prefix of the old path; an alias of the deprecated
        // item itself is fixed where it is imported.
        if target.len() >= rule.old.len() || !rule.old.starts_with(&target) {
            return false;
        }
        let rest = rule.old.len() - target.len();
        if segs.len() < 1 + rest || !starts_with(&segs[1..], &rule.old[target.len()..]) {
            return false;
        }
        if rule.new.starts_with(&target) {
            self.push(&segs[1..1 + rest], &rule.new[target.len()..], &rule.id);
        } else {
            let shown: Vec<&str> = segs.iter().map(|s| s.name.as_str()).collect();
            self.note(
                segs[0].range.start,
                &rule.id,
                format!(
                    "`{}` reaches deprecated `{}` through `use {}`; rewrite to `{}` by hand",
                    shown.join("::"),
                    rule.old.join("::"),
                    target.join("::"),
                    rule.new.join("::")
                ),
            );
        }
        true
    }

    /// The path of an attribute: renamed only on an exact match.
    pub fn attribute_site(&mut self, segs: &[Seg]) {
        let rules = self.rules;
        for rule in &rules.attributes {
            if segs.len() == rule.old.len() && starts_with(segs, &rule.old) {
                self.push(segs, &rule.new, &rule.id);
                return;
            }
        }
    }

    /// `path(args)` of an attribute or `path!(args)`: renames bare arguments of matching macros.
    pub fn macro_call(&mut self, segs: &[Seg], args: TokenStream) {
        let names: Vec<String> = segs.iter().map(|s| s.name.clone()).collect();
        let expanded = match self.aliases.get(names.first().map_or("", String::as_str)) {
            Some(target) if !names.is_empty() => [target.clone(), names[1..].to_vec()].concat(),
            _ => names.clone(),
        };
        let rules = self.rules;
        for rule in &rules.macro_args {
            if names != rule.macro_path && expanded != rule.macro_path {
                continue;
            }
            let mut ranges = Vec::new();
            tokens::bare_args(args.clone(), &rule.old, &mut ranges);
            self.edits.extend(ranges.into_iter().map(|range| Edit {
                range,
                text: rule.new.clone(),
                rule: rule.id.clone(),
            }));
        }
    }

    /// A leaf of a `use` tree: `full` is the whole imported path, `group_start` the index of its
    /// first identifier inside the innermost `{..}` group (edits before it would change siblings).
    fn use_leaf(&mut self, full: &[Seg], group_start: usize, renamed: bool) {
        let rules = self.rules;
        let Some(rule) = rules
            .attributes
            .iter()
            .chain(&rules.paths)
            .find(|r| starts_with(full, &r.old))
        else {
            return;
        };
        let Some(mut edits) = diff_edits(&full[..rule.old.len()], &rule.new, &rule.id) else {
            self.note(
                full[0].range.start,
                &rule.id,
                format!("rewrite this import to `{}` by hand", rule.new.join("::")),
            );
            return;
        };
        let group_begin = full.get(group_start).map_or(usize::MAX, |s| s.range.start);
        if edits.iter().any(|e| e.range.start < group_begin) {
            self.note(
                full[0].range.start,
                &rule.id,
                format!(
                    "`{}` is imported through a `{{..}}` group whose shared prefix changes; import `{}` by hand",
                    rule.old.join("::"),
                    rule.new.join("::")
                ),
            );
            return;
        }
        let last_changes = rule.old.last() != rule.new.last();
        if rule.old.len() == full.len() && last_changes && !renamed {
            // Keep the local name so the rest of the file still resolves.
            let end = full.last().unwrap().range.end;
            let alias = format!(" as {}", rule.old.last().unwrap());
            match edits.last_mut() {
                Some(last) if last.range.end == end => last.text.push_str(&alias),
                _ => edits.push(Edit {
                    range: end..end,
                    text: alias,
                    rule: rule.id.clone(),
                }),
            }
        }
        self.edits.extend(edits);
    }

    /// `use prefix::*`: the deprecated item may come in unseen.
    fn use_glob(&mut self, prefix: &[Seg], at: usize) {
        let rules = self.rules;
        for rule in rules.attributes.iter().chain(&rules.paths) {
            let (parent, last) = rule.old.split_at(rule.old.len() - 1);
            if prefix.len() == parent.len()
                && starts_with(prefix, parent)
                && mentions(self.src, &last[0])
            {
                self.note(
                    at,
                    &rule.id,
                    format!(
                        "glob import may bring in deprecated `{}`; use `{}` instead",
                        rule.old.join("::"),
                        rule.new.join("::")
                    ),
                );
            }
        }
    }
}

/// Whether `word` occurs in `src` as a whole identifier.
fn mentions(src: &str, word: &str) -> bool {
    src.match_indices(word).any(|(i, _)| {
        let before = src[..i].chars().next_back();
        let after = src[i + word.len()..].chars().next();
        !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
            && !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

fn seg(ident: &syn::Ident, has_args: bool) -> Seg {
    Seg {
        name: ident.to_string(),
        range: ident.span().byte_range(),
        has_args,
    }
}

fn path_segs(path: &syn::Path) -> Vec<Seg> {
    path.segments
        .iter()
        .map(|s| seg(&s.ident, !s.arguments.is_none()))
        .collect()
}

struct Visitor<'c, 'a> {
    ctx: &'c mut Ctx<'a>,
}

impl<'ast> Visit<'ast> for Visitor<'_, '_> {
    fn visit_attribute(&mut self, attr: &'ast syn::Attribute) {
        tokens::scan_attr(self.ctx, attr.meta.to_token_stream());
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        for attr in &item.attrs {
            self.visit_attribute(attr);
        }
        self.use_tree(&item.tree, Vec::new(), 0);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        self.ctx.path_site(&path_segs(path));
        visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        let segs = path_segs(&mac.path);
        self.ctx.path_site(&segs);
        self.ctx.macro_call(&segs, mac.tokens.clone());
        tokens::scan_stream(self.ctx, mac.tokens.clone());
    }
}

impl Visitor<'_, '_> {
    fn use_tree(&mut self, tree: &syn::UseTree, mut prefix: Vec<Seg>, group_start: usize) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(seg(&p.ident, false));
                self.use_tree(&p.tree, prefix, group_start);
            }
            syn::UseTree::Name(n) => {
                prefix.push(seg(&n.ident, false));
                self.ctx.use_leaf(&prefix, group_start, false);
            }
            syn::UseTree::Rename(r) => {
                prefix.push(seg(&r.ident, false));
                self.ctx.use_leaf(&prefix, group_start, true);
            }
            syn::UseTree::Glob(g) => {
                let at = g.star_token.spans[0].byte_range().start;
                self.ctx.use_glob(&prefix, at);
            }
            syn::UseTree::Group(g) => {
                for item in &g.items {
                    self.use_tree(item, prefix.clone(), prefix.len());
                }
            }
        }
    }
}

/// Collects the names `use` items bind; a name bound to two different paths is dropped.
#[derive(Default)]
struct AliasCollector {
    bound: std::collections::HashMap<String, Option<Vec<String>>>,
}

impl AliasCollector {
    fn bind(&mut self, name: String, target: Vec<String>) {
        if name == "_" {
            return;
        }
        let slot = self
            .bound
            .entry(name)
            .or_insert_with(|| Some(target.clone()));
        if slot.as_ref() != Some(&target) {
            *slot = None;
        }
    }

    fn tree(&mut self, tree: &syn::UseTree, mut prefix: Vec<String>) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                self.tree(&p.tree, prefix);
            }
            syn::UseTree::Name(n) if n.ident == "self" => {
                if let Some(last) = prefix.last().cloned() {
                    self.bind(last, prefix);
                }
            }
            syn::UseTree::Name(n) => {
                prefix.push(n.ident.to_string());
                self.bind(n.ident.to_string(), prefix);
            }
            syn::UseTree::Rename(r) => {
                if r.ident != "self" {
                    prefix.push(r.ident.to_string());
                }
                self.bind(r.rename.to_string(), prefix);
            }
            syn::UseTree::Glob(_) => {}
            syn::UseTree::Group(g) => {
                for item in &g.items {
                    self.tree(item, prefix.clone());
                }
            }
        }
    }

    fn finish(self) -> Aliases {
        self.bound
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| (k, v)))
            .collect()
    }
}

impl<'ast> Visit<'ast> for AliasCollector {
    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        let prefix = Vec::new();
        self.tree(&item.tree, prefix);
    }
}
