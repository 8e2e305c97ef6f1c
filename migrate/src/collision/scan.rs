//! Reading the names an upstream tree defines (see the table in the parent module).

use anyhow::{Context, Result};
use proc_macro2::{Delimiter, Group, Spacing, TokenStream, TokenTree};
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// Where a name is defined: `file:line: what`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    pub file: PathBuf,
    pub line: usize,
    pub what: String,
}

impl fmt::Display for Evidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file.display(), self.line, self.what)
    }
}

/// Names defined by one upstream tree, each with where it is defined.
#[derive(Debug, Clone, Default)]
pub struct Defined {
    pub builtin_attributes: BTreeMap<String, Evidence>,
    pub tools: BTreeMap<String, Evidence>,
    pub symbols: BTreeMap<String, Evidence>,
    pub z_flags: BTreeMap<String, Evidence>,
    pub lang_items: BTreeMap<String, Evidence>,
    pub library_items: BTreeMap<String, Evidence>,
    pub crates: BTreeMap<String, Evidence>,
}

const BUILTIN_ATTRS: &str = "compiler/rustc_feature/src/builtin_attrs.rs";
const TOOLS: &str = "compiler/rustc_resolve/src/macros.rs";
const SYMBOLS: &str = "compiler/rustc_span/src/symbol.rs";
const OPTIONS: &str = "compiler/rustc_session/src/options.rs";
const LANG_ITEMS: &str = "compiler/rustc_hir/src/lang_items.rs";
const LIBRARY_CRATES: [&str; 3] = ["core", "alloc", "std"];

/// Scans an upstream rustc source tree. Every compiler file above must exist: a tree without
/// them is not a rustc tree (or its layout moved, which needs this scanner updated).
pub fn scan_tree(root: &Path) -> Result<Defined> {
    let mut d = Defined::default();
    let result = (|| -> Result<()> {
        with_tokens(root, BUILTIN_ATTRS, |file, tts| {
            builtin_attributes(file, tts, &mut d.builtin_attributes)
        })?;
        with_tokens(root, TOOLS, |file, tts| tools(file, tts, &mut d.tools))?;
        with_tokens(root, SYMBOLS, |file, tts| {
            symbols(file, tts, &mut d.symbols)
        })?;
        with_tokens(root, OPTIONS, |file, tts| {
            z_flags(file, tts, &mut d.z_flags)
        })?;
        with_tokens(root, LANG_ITEMS, |file, tts| {
            lang_items(file, tts, &mut d.lang_items)
        })?;
        library(root, &mut d)
    })();
    proc_macro2::extra::invalidate_current_thread_spans();
    result.map(|()| d)
}

fn with_tokens(root: &Path, rel: &str, f: impl FnOnce(&Path, Vec<TokenTree>)) -> Result<()> {
    let path = root.join(rel);
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    let tokens = TokenStream::from_str(&text)
        .map_err(|e| anyhow::anyhow!("{}: cannot tokenize: {e}", path.display()))?;
    f(Path::new(rel), tokens.into_iter().collect());
    Ok(())
}

fn ev(file: &Path, tt: &TokenTree, what: String) -> Evidence {
    Evidence {
        file: file.to_path_buf(),
        line: tt.span().start().line,
        what,
    }
}

fn is_punct(tt: Option<&TokenTree>, ch: char) -> bool {
    matches!(tt, Some(TokenTree::Punct(p)) if p.as_char() == ch)
}

fn ident_name(tt: &TokenTree) -> Option<String> {
    match tt {
        TokenTree::Ident(i) => Some(i.to_string().trim_start_matches("r#").to_string()),
        _ => None,
    }
}

/// Bodies of every `name!(..)`/`name!{..}` invocation, at any depth.
fn invocations(tts: &[TokenTree], names: &[&str], out: &mut Vec<(String, Group)>) {
    for (i, tt) in tts.iter().enumerate() {
        match tt {
            TokenTree::Ident(id)
                if names.iter().any(|n| id == n) && is_punct(tts.get(i + 1), '!') =>
            {
                if let Some(TokenTree::Group(g)) = tts.get(i + 2) {
                    out.push((id.to_string(), g.clone()));
                }
            }
            TokenTree::Group(g) => {
                invocations(&g.stream().into_iter().collect::<Vec<_>>(), names, out)
            }
            _ => {}
        }
    }
}

/// `sym :: X` pairs in a stream, at any depth.
fn sym_refs(tts: &[TokenTree], out: &mut Vec<(String, TokenTree)>) {
    for (i, tt) in tts.iter().enumerate() {
        match tt {
            TokenTree::Ident(id)
                if id == "sym"
                    && is_punct(tts.get(i + 1), ':')
                    && is_punct(tts.get(i + 2), ':') =>
            {
                if let Some(t @ TokenTree::Ident(_)) = tts.get(i + 3) {
                    out.push((ident_name(t).unwrap(), t.clone()));
                }
            }
            TokenTree::Group(g) => sym_refs(&g.stream().into_iter().collect::<Vec<_>>(), out),
            _ => {}
        }
    }
}

fn builtin_attributes(file: &Path, tts: Vec<TokenTree>, out: &mut BTreeMap<String, Evidence>) {
    let mut calls = Vec::new();
    invocations(
        &tts,
        &["ungated", "gated", "rustc_attr", "test_gated"],
        &mut calls,
    );
    for (mac, group) in calls {
        let body: Vec<TokenTree> = group.stream().into_iter().collect();
        let mut i = 0;
        // `unsafe`, `unsafe(edition)`, `TEST,` prefixes come before the attribute name.
        loop {
            match body.get(i) {
                Some(TokenTree::Ident(id)) if id == "unsafe" => {
                    i += 1;
                    if matches!(body.get(i), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis)
                    {
                        i += 1;
                    }
                }
                Some(TokenTree::Ident(id)) if id == "TEST" && is_punct(body.get(i + 1), ',') => {
                    i += 2
                }
                _ => break,
            }
        }
        // Invocations inside the macros' own definitions start with `$attr`.
        if let Some(t @ TokenTree::Ident(_)) = body.get(i) {
            let name = ident_name(t).unwrap();
            out.entry(name.clone())
                .or_insert_with(|| ev(file, t, format!("builtin attribute `#[{name}]` ({mac}!)")));
        }
    }
}

fn tools(file: &Path, tts: Vec<TokenTree>, out: &mut BTreeMap<String, Evidence>) {
    fn find(file: &Path, tts: &[TokenTree], out: &mut BTreeMap<String, Evidence>) {
        for (i, tt) in tts.iter().enumerate() {
            match tt {
                TokenTree::Ident(id)
                    if id == "predefined_tools" && is_punct(tts.get(i + 1), '=') =>
                {
                    let mut refs = Vec::new();
                    if let Some(TokenTree::Group(g)) = tts.get(i + 2) {
                        sym_refs(&g.stream().into_iter().collect::<Vec<_>>(), &mut refs);
                    }
                    for (name, t) in refs {
                        out.entry(name.clone()).or_insert_with(|| {
                            ev(file, &t, format!("predefined tool namespace `{name}::`"))
                        });
                    }
                }
                TokenTree::Group(g) => find(file, &g.stream().into_iter().collect::<Vec<_>>(), out),
                _ => {}
            }
        }
    }
    find(file, &tts, out);
}

fn symbols(file: &Path, tts: Vec<TokenTree>, out: &mut BTreeMap<String, Evidence>) {
    let mut calls = Vec::new();
    invocations(&tts, &["symbols"], &mut calls);
    for (_, group) in calls {
        let body: Vec<TokenTree> = group.stream().into_iter().collect();
        for (i, tt) in body.iter().enumerate() {
            let (TokenTree::Ident(id), Some(TokenTree::Group(list))) = (tt, body.get(i + 1)) else {
                continue;
            };
            if id != "Symbols" || list.delimiter() != Delimiter::Brace {
                continue;
            }
            let items: Vec<TokenTree> = list.stream().into_iter().collect();
            for (j, item) in items.iter().enumerate() {
                let Some(ident) = ident_name(item) else {
                    continue;
                };
                let starts = j == 0
                    || is_punct(items.get(j - 1), ',')
                    || matches!(items.get(j - 1), Some(TokenTree::Group(_)));
                if !starts {
                    continue;
                }
                // `name: "spelling"` interns the spelling; a bare `name` interns the name.
                let name = match (items.get(j + 1), items.get(j + 2)) {
                    (Some(TokenTree::Punct(p)), Some(TokenTree::Literal(lit)))
                        if p.as_char() == ':' =>
                    {
                        lit.to_string().trim_matches('"').to_string()
                    }
                    _ => ident,
                };
                out.entry(name.clone())
                    .or_insert_with(|| ev(file, item, format!("interned symbol `{name}`")));
            }
        }
    }
}

fn z_flags(file: &Path, tts: Vec<TokenTree>, out: &mut BTreeMap<String, Evidence>) {
    let mut calls = Vec::new();
    invocations(&tts, &["options"], &mut calls);
    for (_, group) in calls {
        let body: Vec<TokenTree> = group.stream().into_iter().collect();
        if !body
            .first()
            .is_some_and(|t| matches!(t, TokenTree::Ident(id) if id == "UnstableOptions"))
        {
            continue;
        }
        for (i, tt) in body.iter().enumerate() {
            let TokenTree::Ident(_) = tt else { continue };
            let after_sep = i > 0
                && (is_punct(body.get(i - 1), ',')
                    || matches!(body.get(i - 1), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Bracket));
            let colon = matches!(body.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == ':' && p.spacing() == Spacing::Alone);
            if after_sep && colon {
                let flag = ident_name(tt).unwrap().replace('_', "-");
                out.entry(flag.clone())
                    .or_insert_with(|| ev(file, tt, format!("-Z {flag}")));
            }
        }
    }
}

fn lang_items(file: &Path, tts: Vec<TokenTree>, out: &mut BTreeMap<String, Evidence>) {
    let mut calls = Vec::new();
    invocations(&tts, &["language_item_table"], &mut calls);
    for (_, group) in calls {
        let body: Vec<TokenTree> = group.stream().into_iter().collect();
        // One entry per `;`: `Variant, sym::name, method, Target, Generics;`
        for entry in body.split(|t| is_punct(Some(t), ';')) {
            let mut refs = Vec::new();
            sym_refs(entry, &mut refs);
            if let Some((name, t)) = refs.into_iter().next() {
                out.entry(name.clone())
                    .or_insert_with(|| ev(file, &t, format!("lang item `{name}`")));
            }
        }
    }
}

fn library(root: &Path, d: &mut Defined) -> Result<()> {
    let lib = root.join("library");
    let dirs = std::fs::read_dir(&lib).with_context(|| format!("cannot read {}", lib.display()))?;
    for entry in dirs {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().to_string();
        if entry.path().join("Cargo.toml").is_file() {
            let file = PathBuf::from("library").join(&name).join("Cargo.toml");
            d.crates.entry(name.clone()).or_insert(Evidence {
                file,
                line: 1,
                what: format!("library crate `{name}`"),
            });
        }
    }
    for krate in LIBRARY_CRATES {
        let src = PathBuf::from("library").join(krate).join("src");
        if !root.join(&src).is_dir() {
            continue;
        }
        let mut files = vec![(src.join("lib.rs"), false)];
        let prelude = root.join(&src).join("prelude");
        if prelude.is_dir() {
            for f in walkdir::WalkDir::new(&prelude).sort_by_file_name() {
                let f = f?;
                if f.path().extension().is_some_and(|e| e == "rs") {
                    files.push((f.path().strip_prefix(root).unwrap().to_path_buf(), true));
                }
            }
        }
        for (rel, in_prelude) in files {
            let Ok(text) = std::fs::read_to_string(root.join(&rel)) else {
                continue;
            };
            let tokens = TokenStream::from_str(&text)
                .map_err(|e| anyhow::anyhow!("{}: cannot tokenize: {e}", rel.display()))?;
            let scope = if in_prelude {
                format!("{krate} prelude")
            } else {
                format!("{krate} crate root")
            };
            pub_items(
                &rel,
                &tokens.into_iter().collect::<Vec<_>>(),
                in_prelude,
                &scope,
                &mut d.library_items,
            );
        }
        for f in walkdir::WalkDir::new(root.join(&src)).sort_by_file_name() {
            let f = f?;
            if f.path().extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(f.path()).unwrap_or_default();
                let rel = f.path().strip_prefix(root).unwrap();
                exported_macros(rel, &text, krate, &mut d.library_items);
            }
        }
    }
    Ok(())
}

const ITEM_KINDS: [&str; 11] = [
    "mod", "fn", "struct", "enum", "trait", "type", "static", "const", "union", "macro", "use",
];

/// `pub` items of one module (and, in a prelude, of the modules nested in it).
fn pub_items(
    file: &Path,
    tts: &[TokenTree],
    nested: bool,
    scope: &str,
    out: &mut BTreeMap<String, Evidence>,
) {
    let mut i = 0;
    while i < tts.len() {
        let is_pub = matches!(&tts[i], TokenTree::Ident(id) if id == "pub");
        if !is_pub {
            if nested
                && let TokenTree::Group(g) = &tts[i]
                && g.delimiter() == Delimiter::Brace
                && i > 0
                && matches!(tts.get(i.wrapping_sub(2)), Some(TokenTree::Ident(id)) if id == "mod")
            {
                pub_items(
                    file,
                    &g.stream().into_iter().collect::<Vec<_>>(),
                    true,
                    scope,
                    out,
                );
            }
            i += 1;
            continue;
        }
        let mut j = i + 1;
        if matches!(tts.get(j), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis)
        {
            i = j + 1; // pub(crate) and friends are not public
            continue;
        }
        // Qualifiers: `unsafe`, `extern "C"`, `const fn`, `async fn`, `auto trait`.
        while let Some(tt) = tts.get(j) {
            let qualifier = match tt {
                TokenTree::Ident(id) => {
                    ["unsafe", "extern", "async", "auto", "safe"]
                        .iter()
                        .any(|q| id == q)
                        || (id == "const"
                            && matches!(tts.get(j + 1), Some(TokenTree::Ident(n)) if n == "fn" || n == "unsafe" || n == "extern"))
                }
                TokenTree::Literal(_) => true,
                _ => false,
            };
            if !qualifier {
                break;
            }
            j += 1;
        }
        let Some(kind) = tts
            .get(j)
            .and_then(ident_name)
            .filter(|k| ITEM_KINDS.contains(&k.as_str()))
        else {
            i = j.max(i + 1);
            continue;
        };
        if kind == "use" {
            let end = (j..tts.len())
                .find(|&k| is_punct(tts.get(k), ';'))
                .unwrap_or(tts.len());
            let mut names = Vec::new();
            use_names(&tts[j + 1..end], &mut names);
            for (name, t) in names {
                out.entry(name.clone()).or_insert_with(|| {
                    ev(file, &t, format!("`pub use` of `{name}` in the {scope}"))
                });
            }
            i = end + 1;
            continue;
        }
        if let Some(t) = tts.get(j + 1).filter(|t| matches!(t, TokenTree::Ident(_))) {
            let name = ident_name(t).unwrap();
            out.entry(name.clone())
                .or_insert_with(|| ev(file, t, format!("`pub {kind} {name}` in the {scope}")));
        }
        i = j + 2;
    }
}

/// Names a `use` tree binds: leaves, `as` renames (not `_`), `self` (its parent's name).
fn use_names(tts: &[TokenTree], out: &mut Vec<(String, TokenTree)>) {
    let mut last_ident: Option<TokenTree> = None;
    let mut i = 0;
    while i < tts.len() {
        match &tts[i] {
            TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => {
                let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                for piece in inner.split(|t| is_punct(Some(t), ',')) {
                    let mut sub = Vec::new();
                    use_names(piece, &mut sub);
                    for (name, t) in sub {
                        let name = if name == "self" {
                            last_ident.as_ref().and_then(ident_name).unwrap_or(name)
                        } else {
                            name
                        };
                        out.push((name, t));
                    }
                }
                return;
            }
            TokenTree::Ident(id) if id == "as" => {
                if let Some(t @ TokenTree::Ident(_)) = tts.get(i + 1)
                    && t.to_string() != "_"
                {
                    out.push((ident_name(t).unwrap(), t.clone()));
                }
                return;
            }
            t @ TokenTree::Ident(_) => last_ident = Some(t.clone()),
            _ => {}
        }
        i += 1;
    }
    if let Some(t) = last_ident {
        out.push((ident_name(&t).unwrap(), t));
    }
}

/// `#[macro_export] macro_rules! name`: exported at the crate root from any file.
fn exported_macros(file: &Path, text: &str, krate: &str, out: &mut BTreeMap<String, Evidence>) {
    let lines: Vec<&str> = text.lines().collect();
    for (n, line) in lines.iter().enumerate() {
        if !line.trim_start().starts_with("#[macro_export") {
            continue;
        }
        for (k, next) in lines.iter().enumerate().skip(n + 1).take(12) {
            if let Some(rest) = next.trim_start().strip_prefix("macro_rules!") {
                let name: String = rest
                    .trim_start()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    out.entry(name.clone()).or_insert(Evidence {
                        file: file.to_path_buf(),
                        line: k + 1,
                        what: format!(
                            "`#[macro_export] macro_rules! {name}` at the {krate} crate root"
                        ),
                    });
                }
                break;
            }
        }
    }
}
