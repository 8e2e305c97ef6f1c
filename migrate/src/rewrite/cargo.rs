//! Cargo.toml feature renames, with toml_edit so the manifest keeps its layout and comments.

use super::rules::FeatureRule;
use crate::registry::EntryId;
use anyhow::{Context, Result};
use toml_edit::{DocumentMut, Item, Value};

const DEP_TABLES: [&str; 3] = ["dependencies", "dev-dependencies", "build-dependencies"];

/// Applies feature renames to manifest text. Returns the new text and one rule id per change.
///
/// Covered: `features = [..]` of the dependency in `[dependencies]`, `[dev-dependencies]`,
/// `[build-dependencies]`, their `[target.'cfg(..)'.*]` forms and `[workspace.dependencies]`
/// (matched by key, or by `package = "<crate>"` for a renamed dependency), and `"<dep>/<feature>"`
/// / `"<dep>?/<feature>"` items of the manifest's own `[features]` table.
pub fn rewrite_manifest(text: &str, rules: &[FeatureRule]) -> Result<(String, Vec<EntryId>)> {
    let mut doc: DocumentMut = text.parse().context("not valid TOML")?;
    let mut changes = Vec::new();
    if rules.is_empty() {
        return Ok((text.to_string(), changes));
    }
    let mut dep_keys: Vec<(String, &FeatureRule)> = Vec::new();
    {
        let mut tables: Vec<&mut Item> = Vec::new();
        let root = doc.as_table_mut();
        // Collect every dependency table (top level, per target, workspace).
        let mut roots: Vec<&mut toml_edit::Table> = Vec::new();
        let (plain, rest): (Vec<_>, Vec<_>) = root
            .iter_mut()
            .partition(|(k, _)| DEP_TABLES.contains(&k.get()));
        for (_, item) in plain {
            tables.push(item);
        }
        for (key, item) in rest {
            match key.get() {
                "target" => {
                    if let Some(targets) = item.as_table_like_mut() {
                        for (_, target) in targets.iter_mut() {
                            if let Some(t) = target.as_table_mut() {
                                roots.push(t);
                            }
                        }
                    }
                }
                "workspace" => {
                    if let Some(ws) = item.as_table_mut()
                        && let Some(deps) = ws.get_mut("dependencies")
                    {
                        tables.push(deps);
                    }
                }
                _ => {}
            }
        }
        for t in roots {
            for (k, item) in t.iter_mut() {
                if DEP_TABLES.contains(&k.get()) {
                    tables.push(item);
                }
            }
        }
        for deps in tables {
            let Some(deps) = deps.as_table_like_mut() else {
                continue;
            };
            for (key, dep) in deps.iter_mut() {
                let Some(dep) = dep.as_table_like_mut() else {
                    continue;
                };
                let package = dep
                    .get("package")
                    .and_then(|p| p.as_str())
                    .map(str::to_string);
                let krate = package.as_deref().unwrap_or(key.get());
                for rule in rules.iter().filter(|r| r.krate == krate) {
                    dep_keys.push((key.get().to_string(), rule));
                    if let Some(features) = dep.get_mut("features").and_then(|f| f.as_array_mut()) {
                        for v in features.iter_mut() {
                            if v.as_str() == Some(rule.old.as_str()) {
                                replace_string(v, &rule.new);
                                changes.push(rule.id.clone());
                            }
                        }
                    }
                }
            }
        }
    }
    dep_keys.sort_by(|a, b| (&a.0, &a.1.id).cmp(&(&b.0, &b.1.id)));
    dep_keys.dedup_by(|a, b| a.0 == b.0 && a.1.id == b.1.id);
    // The crate's own features forwarding to the dependency's: "wasm/simd128", "wasm?/simd128".
    if let Some(features) = doc.get_mut("features").and_then(|f| f.as_table_like_mut()) {
        for (_, list) in features.iter_mut() {
            let Some(list) = list.as_array_mut() else {
                continue;
            };
            for v in list.iter_mut() {
                let Some(text) = v.as_str().map(str::to_string) else {
                    continue;
                };
                for (key, rule) in &dep_keys {
                    for sep in ["/", "?/"] {
                        if text == format!("{key}{sep}{}", rule.old) {
                            replace_string(v, &format!("{key}{sep}{}", rule.new));
                            changes.push(rule.id.clone());
                        }
                    }
                }
            }
        }
    }
    if changes.is_empty() {
        return Ok((text.to_string(), changes));
    }
    Ok((doc.to_string(), changes))
}

/// Replaces a string value, keeping the whitespace and comments around it.
fn replace_string(v: &mut Value, new: &str) {
    let decor = v.decor().clone();
    *v = Value::from(new);
    *v.decor_mut() = decor;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule() -> Vec<FeatureRule> {
        vec![FeatureRule {
            id: EntryId("WR0005".into()),
            krate: "wasm".into(),
            old: "simd128".into(),
            new: "simd".into(),
        }]
    }

    #[test]
    fn renames_dependency_features_everywhere_keeping_layout() {
        let text = r#"[package]
name = "demo"

[features]
# forward our fast path to the wasm crate
fast = ["wasm/simd128", "other/simd128"]
maybe = [ "w?/simd128" ] # optional form

[dependencies]
wasm = { path = "../wasm", features = [ "simd128" , "threads" ] } # keep me
other = { version = "1", features = ["simd128"] }

[target.'cfg(target_arch = "wasm32")'.dependencies]
w = { package = "wasm", path = "../wasm", optional = true, features = [
    # SIMD on the web
    "simd128",
] }

[workspace.dependencies.wasm]
path = "../wasm"
features = ["simd128"]
"#;
        let (out, changes) = rewrite_manifest(text, &rule()).unwrap();
        insta::assert_snapshot!(out);
        assert_eq!(changes.len(), 5);
        let (again, none) = rewrite_manifest(&out, &rule()).unwrap();
        assert_eq!(again, out);
        assert!(none.is_empty());
    }

    #[test]
    fn untouched_manifest_is_returned_byte_for_byte() {
        let text =
            "[package]\nname = \"x\"   # odd spacing\n\n[dependencies]\nwasm = { path = \"w\" }\n";
        let (out, changes) = rewrite_manifest(text, &rule()).unwrap();
        assert_eq!(out, text);
        assert!(changes.is_empty());
    }
}
