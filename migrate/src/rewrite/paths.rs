//! Rewriting a sequence of path identifiers (`a::b::c`) into another with minimal edits.

use super::edit::Edit;
use crate::registry::EntryId;
use std::collections::HashMap;
use std::ops::Range;

/// One identifier of a path as it appears in the source.
#[derive(Debug, Clone)]
pub struct Seg {
    pub name: String,
    pub range: Range<usize>,
    /// Whether generic arguments follow this segment (`Foo::<T>` or `Foo<T>`).
    pub has_args: bool,
}

/// Local names bound by `use` items of the file, mapped to the full path they stand for.
/// Scope-insensitive on purpose: a name imported anywhere in the file counts everywhere in it.
pub type Aliases = HashMap<String, Vec<String>>;

/// Edits turning `segs` (whose names equal `old`) into `new`: only differing identifiers are
/// touched, so `wasm::SharedSlice` -> `wasm::memory::SharedSlice` is one insertion of `memory::`.
/// Returns `None` when the change would delete generic arguments.
pub fn diff_edits(segs: &[Seg], new: &[String], rule: &EntryId) -> Option<Vec<Edit>> {
    let n = segs.len();
    let m = new.len();
    let mut p = 0;
    while p < n.min(m) && segs[p].name == new[p] {
        p += 1;
    }
    let mut s = 0;
    while s < n.min(m) - p && segs[n - 1 - s].name == new[m - 1 - s] {
        s += 1;
    }
    let old_mid = p..n - s;
    let new_mid = new[p..m - s].join("::");
    // Generic arguments inside a replaced stretch would be lost.
    if !old_mid.is_empty()
        && segs[old_mid.start..old_mid.end - 1]
            .iter()
            .any(|s| s.has_args)
    {
        return None;
    }
    let edit = |range: Range<usize>, text: String| Edit {
        range,
        text,
        rule: rule.clone(),
    };
    let edits = match (old_mid.is_empty(), new_mid.is_empty()) {
        (true, true) => vec![],
        (false, false) => vec![edit(
            segs[p].range.start..segs[n - s - 1].range.end,
            new_mid,
        )],
        (true, false) if s > 0 => {
            let at = segs[p].range.start;
            vec![edit(at..at, format!("{new_mid}::"))]
        }
        (true, false) => {
            let at = segs[n - 1].range.end;
            vec![edit(at..at, format!("::{new_mid}"))]
        }
        (false, true) if s > 0 => {
            if segs[n - s - 1].has_args {
                return None;
            }
            vec![edit(
                segs[p].range.start..segs[n - s].range.start,
                String::new(),
            )]
        }
        (false, true) => vec![edit(
            segs[p - 1].range.end..segs[n - 1].range.end,
            String::new(),
        )],
    };
    Some(edits)
}

/// Whether `names` starts with `prefix`.
pub fn starts_with(names: &[Seg], prefix: &[String]) -> bool {
    names.len() >= prefix.len() && names.iter().zip(prefix).all(|(a, b)| &a.name == b)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Segments of a `::`-joined path written without spaces.
    fn segs(text: &str) -> Vec<Seg> {
        let mut pos = 0;
        text.split("::")
            .map(|name| {
                let seg = Seg {
                    name: name.into(),
                    range: pos..pos + name.len(),
                    has_args: false,
                };
                pos += name.len() + 2;
                seg
            })
            .collect()
    }

    fn run(old: &str, new: &str) -> String {
        let new: Vec<String> = new.split("::").map(String::from).collect();
        let edits = diff_edits(&segs(old), &new, &EntryId("WR0001".into())).unwrap();
        super::super::edit::apply_edits(old, edits).0
    }

    #[test]
    fn minimal_diffs() {
        assert_eq!(
            run("wasm::SharedSlice", "wasm::memory::SharedSlice"),
            "wasm::memory::SharedSlice"
        );
        assert_eq!(
            run("wasm::thread::spawn_scoped", "wasm::thread::scope"),
            "wasm::thread::scope"
        );
        assert_eq!(run("wasm::mem::Foo", "wasm::Foo"), "wasm::Foo");
        assert_eq!(run("wasm::a", "wasm::a::b"), "wasm::a::b");
        assert_eq!(run("wasm::a::b", "wasm::a"), "wasm::a");
        assert_eq!(run("old::x", "new::y"), "new::y");
    }

    #[test]
    fn insertion_touches_only_the_gap() {
        let new = vec!["wasm".to_string(), "memory".into(), "SharedSlice".into()];
        let edits =
            diff_edits(&segs("wasm::SharedSlice"), &new, &EntryId("WR0004".into())).unwrap();
        assert_eq!(edits.len(), 1);
        assert_eq!(edits[0].range, 6..6);
        assert_eq!(edits[0].text, "memory::");
    }
}
