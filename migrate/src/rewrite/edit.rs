//! Byte-range edits and their application.

use crate::registry::EntryId;
use std::ops::Range;

/// Replace `range` of the original text with `text`, on behalf of rule `rule`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub range: Range<usize>,
    pub text: String,
    pub rule: EntryId,
}

/// Sorts, de-duplicates and applies `edits` to `source`. Overlapping edits (two rules touching the
/// same bytes) are returned unapplied instead of being merged into something neither rule meant.
pub fn apply_edits(source: &str, mut edits: Vec<Edit>) -> (String, Vec<Edit>, Vec<Edit>) {
    edits.sort_by_key(|a| (a.range.start, a.range.end));
    edits.dedup_by(|b, a| a.range == b.range && a.text == b.text);
    let mut applied = Vec::new();
    let mut rejected = Vec::new();
    let mut out = String::with_capacity(source.len() + 64);
    let mut pos = 0;
    for e in edits {
        let touches_previous = applied.last().is_some_and(|p: &Edit| {
            e.range.start < p.range.end
                || (e.range.start == p.range.start && p.range.is_empty() && e.range.is_empty())
        });
        if touches_previous
            || e.range.end > source.len()
            || !source.is_char_boundary(e.range.start)
            || !source.is_char_boundary(e.range.end)
        {
            rejected.push(e);
            continue;
        }
        out.push_str(&source[pos..e.range.start]);
        out.push_str(&e.text);
        pos = e.range.end;
        applied.push(e);
    }
    out.push_str(&source[pos..]);
    (out, applied, rejected)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(r: Range<usize>, t: &str) -> Edit {
        Edit {
            range: r,
            text: t.into(),
            rule: EntryId("WR0001".into()),
        }
    }

    #[test]
    fn applies_in_order_and_rejects_overlaps() {
        let (out, applied, rejected) = apply_edits(
            "abcdef",
            vec![
                e(4..5, "E"),
                e(0..2, "X"),
                e(1..3, "Y"),
                e(0..2, "X"),
                e(6..6, "!"),
            ],
        );
        assert_eq!(out, "XcdEf!");
        assert_eq!(applied.len(), 3);
        assert_eq!(rejected, vec![e(1..3, "Y")]);
    }

    #[test]
    fn insertion_right_after_a_replacement_is_fine() {
        let (out, _, rejected) = apply_edits("use a::b;", vec![e(7..8, "c"), e(8..8, " as b")]);
        assert_eq!(out, "use a::c as b;");
        assert!(rejected.is_empty());
    }
}
