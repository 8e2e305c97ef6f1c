//! Reading `deprecations.toml` into a validated [`Registry`].

use super::*;
use crate::date::{self, Date};
use anyhow::{Context, Result, anyhow, bail};
use std::collections::BTreeSet;
use std::path::Path;
use toml::{Table, Value};

/// The only schema version this tool reads.
const SCHEMA: i64 = 1;

/// Loads and validates the registry at `path`.
pub fn load(path: &Path) -> Result<Registry> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read registry {}", path.display()))?;
    parse(&text).with_context(|| format!("invalid registry {}", path.display()))
}

/// Parses and validates registry text.
pub fn parse(text: &str) -> Result<Registry> {
    let table: Table = text
        .parse()
        .map_err(|e: toml::de::Error| anyhow!("{}", one_line(&e)))?;
    for key in table.keys() {
        if !["schema", "reserved", "entry"].contains(&key.as_str()) {
            bail!("unknown top-level key `{key}` (expected schema, reserved, entry)");
        }
    }
    match table.get("schema") {
        Some(Value::Integer(SCHEMA)) => {}
        Some(other) => {
            bail!("schema = {other} is not supported (this tool reads schema = {SCHEMA})")
        }
        None => bail!("missing `schema = {SCHEMA}`"),
    }
    let reserved = match table.get("reserved") {
        None => Reserved::default(),
        Some(Value::Table(t)) => reserved(t)?,
        Some(_) => bail!("`reserved` must be a table"),
    };
    let raw_entries = match table.get("entry") {
        None => Vec::new(),
        Some(Value::Array(a)) => a.clone(),
        Some(_) => bail!("`entry` must be an array of tables ([[entry]])"),
    };
    let mut entries = Vec::new();
    let mut seen = BTreeSet::new();
    for (index, raw) in raw_entries.iter().enumerate() {
        let Value::Table(t) = raw else {
            bail!("entry #{} is not a table", index + 1)
        };
        let name = match t.get("id") {
            Some(Value::String(id)) => format!("entry {id}"),
            _ => format!("entry #{}", index + 1),
        };
        let entry = entry(t).with_context(|| name.clone())?;
        if !seen.insert(entry.id.clone()) {
            bail!("{name}: duplicate id");
        }
        entries.push(entry);
    }
    entries.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(Registry { reserved, entries })
}

/// The first line of a TOML error, which carries line and column.
fn one_line(e: &toml::de::Error) -> String {
    let text = e.to_string();
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let first = lines.next().unwrap_or("TOML error").trim().to_string();
    match lines.next_back() {
        Some(last) if last.trim() != first => format!("{first}: {}", last.trim()),
        _ => first,
    }
}

fn reserved(t: &Table) -> Result<Reserved> {
    const KEYS: [&str; 6] = [
        "attribute-namespaces",
        "attributes",
        "z-flags",
        "lang-items",
        "crates",
        "library-items",
    ];
    for key in t.keys() {
        if !KEYS.contains(&key.as_str()) {
            bail!(
                "reserved: unknown key `{key}` (expected one of {})",
                KEYS.join(", ")
            );
        }
    }
    let list = |key: &str| -> Result<Vec<String>> {
        match t.get(key) {
            None => Ok(Vec::new()),
            Some(Value::Array(items)) => items
                .iter()
                .map(|v| match v {
                    Value::String(s) if !s.trim().is_empty() => Ok(s.clone()),
                    _ => Err(anyhow!(
                        "reserved.{key}: every item must be a non-empty string"
                    )),
                })
                .collect(),
            Some(_) => bail!("reserved.{key} must be an array of strings"),
        }
    };
    Ok(Reserved {
        attribute_namespaces: list("attribute-namespaces")?,
        attributes: list("attributes")?,
        z_flags: list("z-flags")?,
        lang_items: list("lang-items")?,
        crates: list("crates")?,
        library_items: list("library-items")?,
    })
}

const ENTRY_KEYS: [&str; 11] = [
    "id",
    "status",
    "kind",
    "deprecated",
    "replacement",
    "upstream",
    "since",
    "since-version",
    "removal",
    "rule",
    "note",
];

fn entry(t: &Table) -> Result<Entry> {
    for key in t.keys() {
        if !ENTRY_KEYS.contains(&key.as_str()) {
            bail!("unknown key `{key}`");
        }
    }
    let id = string(t, "id")?;
    if !(id.len() == 6 && id.starts_with("WR") && id[2..].bytes().all(|b| b.is_ascii_digit())) {
        bail!("id `{id}` is not of the form WR0000");
    }
    let status = match string(t, "status")?.as_str() {
        "active" => Status::Active,
        "draft" => Status::Draft,
        other => bail!("status `{other}` is not `active` or `draft`"),
    };
    let kind_text = string(t, "kind")?;
    let kind = Kind::parse(&kind_text).ok_or_else(|| {
        anyhow!("kind `{kind_text}` is not one of attribute, path, macro-arg, cargo-feature, z-flag, lang-item")
    })?;
    let upstream = match t.get("upstream") {
        Some(Value::Table(u)) => {
            let version = u.get("version").and_then(Value::as_str);
            let commit = u.get("commit").and_then(Value::as_str);
            let version_or_commit = match (version, commit) {
                (Some(v), None) | (None, Some(v)) if !v.trim().is_empty() => v.to_string(),
                _ => bail!("upstream needs exactly one of `version` or `commit`"),
            };
            let change = string(u, "change").context("upstream")?;
            Upstream {
                version_or_commit,
                change,
            }
        }
        _ => bail!("missing `upstream = {{ version = \"..\", change = \"..\" }}`"),
    };
    let since = date_field(t, "since")?;
    let removal = date_field(t, "removal")?;
    let expected = date::removal_for(since);
    if removal != expected {
        let months = date::WINDOW_MONTHS;
        let relation = if removal < expected {
            "shorter"
        } else {
            "longer"
        };
        bail!(
            "removal {removal} makes the window {relation} than {months} months: since {since} requires removal = {expected}"
        );
    }
    let rule = rule(t, kind, status)?;
    for (field, value) in [
        ("deprecated", string(t, "deprecated")?),
        ("replacement", string(t, "replacement")?),
    ] {
        if status == Status::Active && value.contains("TODO") {
            bail!("`{field}` still says TODO in an active entry");
        }
    }
    Ok(Entry {
        id: EntryId(id),
        status,
        kind,
        deprecated: string(t, "deprecated")?,
        replacement: string(t, "replacement")?,
        upstream,
        since,
        since_version: string(t, "since-version")?,
        removal,
        rule,
    })
}

fn string(t: &Table, key: &str) -> Result<String> {
    match t.get(key) {
        Some(Value::String(s)) if !s.trim().is_empty() => Ok(s.clone()),
        Some(Value::String(_)) => bail!("`{key}` is empty"),
        Some(_) => bail!("`{key}` must be a string"),
        None => bail!("missing `{key}`"),
    }
}

fn date_field(t: &Table, key: &str) -> Result<Date> {
    match t.get(key) {
        Some(Value::Datetime(d)) if d.date.is_some() && d.time.is_none() => {
            date::parse_date(&d.to_string()).with_context(|| format!("`{key}`"))
        }
        Some(_) => bail!("`{key}` must be a bare TOML date such as 2026-11-25"),
        None => bail!("missing `{key}`"),
    }
}

/// A `::`-separated path of Rust identifiers.
fn path(text: &str, what: &str) -> Result<Vec<String>> {
    let segments: Vec<String> = text.split("::").map(|s| s.trim().to_string()).collect();
    if segments.iter().any(|s| !is_ident(s)) {
        bail!("{what} `{text}` is not a path of identifiers (a::b::c)");
    }
    Ok(segments)
}

pub(crate) fn is_ident(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c == '_' || c.is_ascii_alphabetic())
        && chars.all(|c| c == '_' || c.is_ascii_alphanumeric())
        && s != "_"
}

fn is_feature_name(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+' | '.'))
}

fn rule(t: &Table, kind: Kind, status: Status) -> Result<Rule> {
    let Some(Value::Table(r)) = t.get("rule") else {
        bail!("missing `rule` table")
    };
    let get = |key: &str| string(r, key).context("rule");
    if status == Status::Draft && r.get("new").is_none() {
        return Ok(Rule::Undecided { old: get("old")? });
    }
    let allowed: &[&str] = match kind {
        Kind::Attribute | Kind::Path => &["old", "new"],
        Kind::MacroArg => &["macro", "old", "new"],
        Kind::CargoFeature => &["crate", "old", "new"],
        Kind::ZFlag | Kind::LangItem => {
            bail!(
                "not supported yet: a {kind} entry with a decided `rule.new` (no rewrite for {kind} spellings exists)"
            )
        }
    };
    for key in r.keys() {
        if !allowed.contains(&key.as_str()) {
            bail!(
                "rule: key `{key}` does not belong to a {kind} rule (expected {})",
                allowed.join(", ")
            );
        }
    }
    let rule = match kind {
        Kind::Attribute | Kind::Path => {
            let old = path(&get("old")?, "rule.old")?;
            let new = path(&get("new")?, "rule.new")?;
            if new.starts_with(&old) {
                bail!(
                    "rule: `{}` starts with `{}`, so the rewrite would apply to its own output",
                    new.join("::"),
                    old.join("::")
                );
            }
            if kind == Kind::Attribute {
                Rule::Attribute { old, new }
            } else {
                Rule::Path { old, new }
            }
        }
        Kind::MacroArg => {
            let macro_path = path(&get("macro")?, "rule.macro")?;
            let old = get("old")?;
            let new = get("new")?;
            for (k, v) in [("old", &old), ("new", &new)] {
                if !is_ident(v) {
                    bail!(
                        "rule.{k} `{v}` is not an identifier (macro-arg rules rename bare arguments)"
                    );
                }
            }
            if old == new {
                bail!("rule: old and new are both `{old}`");
            }
            Rule::MacroArg {
                macro_path,
                old,
                new,
            }
        }
        Kind::CargoFeature => {
            let krate = get("crate")?;
            let old = get("old")?;
            let new = get("new")?;
            for (k, v) in [("crate", &krate), ("old", &old), ("new", &new)] {
                if !is_feature_name(v) {
                    bail!("rule.{k} `{v}` is not a valid crate or feature name");
                }
            }
            if old == new {
                bail!("rule: old and new are both `{old}`");
            }
            Rule::CargoFeature { krate, old, new }
        }
        Kind::ZFlag | Kind::LangItem => unreachable!("handled above"),
    };
    Ok(rule)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "schema = 1\n";

    fn entry_text(since: &str, removal: &str) -> String {
        format!(
            r##"{HEAD}
[[entry]]
id = "WR0042"
status = "active"
kind = "attribute"
deprecated = "#[wasm::old]"
replacement = "#[wasm::new]"
upstream = {{ version = "1.96.0", change = "upstream added `old`" }}
since = {since}
since-version = "wasmrust 0.9.0"
removal = {removal}
rule = {{ old = "wasm::old", new = "wasm::new" }}
"##
        )
    }

    #[test]
    fn the_checked_in_registry_is_valid() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("deprecations.toml");
        let reg = load(&path).unwrap();
        assert!(reg.entries.len() >= 4);
        let kinds: BTreeSet<Kind> = reg.entries.iter().map(|e| e.kind).collect();
        for k in [
            Kind::Attribute,
            Kind::Path,
            Kind::MacroArg,
            Kind::CargoFeature,
        ] {
            assert!(kinds.contains(&k), "seed registry lacks a {k} entry");
        }
        let today = date::parse_date("2026-11-25").unwrap();
        assert!(reg.entries.iter().any(|e| e.phase(today) == Phase::Removed));
        assert!(
            reg.entries
                .iter()
                .any(|e| e.phase(today) == Phase::Deprecated)
        );
    }

    #[test]
    fn exact_six_month_window_is_accepted() {
        let reg = parse(&entry_text("2026-08-31", "2027-02-28")).unwrap();
        assert_eq!(reg.entries[0].id.0, "WR0042");
    }

    #[test]
    fn shorter_window_is_refused_naming_the_entry() {
        let err = format!(
            "{:#}",
            parse(&entry_text("2026-06-01", "2026-11-30")).unwrap_err()
        );
        assert!(err.contains("entry WR0042"), "{err}");
        assert!(err.contains("shorter than 6 months"), "{err}");
        assert!(err.contains("2026-12-01"), "{err}");
    }

    #[test]
    fn longer_window_is_refused() {
        let err = format!(
            "{:#}",
            parse(&entry_text("2026-06-01", "2026-12-02")).unwrap_err()
        );
        assert!(
            err.contains("entry WR0042") && err.contains("longer"),
            "{err}"
        );
    }

    #[test]
    fn quoted_dates_are_refused() {
        let err = format!(
            "{:#}",
            parse(&entry_text("\"2026-06-01\"", "2026-12-01")).unwrap_err()
        );
        assert!(err.contains("`since` must be a bare TOML date"), "{err}");
    }

    #[test]
    fn self_reapplying_path_rule_is_refused() {
        let text = entry_text("2026-06-01", "2026-12-01")
            .replace(r#"new = "wasm::new""#, r#"new = "wasm::old::inner""#);
        let err = format!("{:#}", parse(&text).unwrap_err());
        assert!(err.contains("apply to its own output"), "{err}");
    }

    #[test]
    fn duplicate_ids_and_bad_kinds_are_refused() {
        let one = entry_text("2026-06-01", "2026-12-01");
        let twice = format!("{one}{}", one.trim_start_matches(HEAD));
        assert!(format!("{:#}", parse(&twice).unwrap_err()).contains("duplicate id"));
        let bad = one.replace("kind = \"attribute\"", "kind = \"keyword\"");
        assert!(format!("{:#}", parse(&bad).unwrap_err()).contains("kind `keyword`"));
    }

    #[test]
    fn toml_syntax_errors_are_one_line_with_position() {
        let err = format!("{:#}", parse("schema = 1\n[[entry]\n").unwrap_err());
        assert!(!err.contains('\n'), "{err}");
        assert!(err.contains("line 2"), "{err}");
    }
}
