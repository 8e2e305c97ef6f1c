//! Finding where a patch hunk belongs when upstream moved its target.
//!
//! A three-way merge conflicts when upstream touched the lines a hunk touches or sits next to
//! (a function moved, renamed, a neighbouring line edited). Before calling that a conflict the
//! replay looks for the hunk's pre-image (its context and removed lines) in the new upstream
//! text: exactly, anywhere in the file (moved), or with fuzzy context (renamed or edited
//! neighbours) as long as the lines the hunk removes are still there verbatim. The hunk is then
//! applied keeping upstream's new context lines.

use similar::{ChangeTag, DiffOp, TextDiff};

/// Context lines around each hunk, as in the patch files.
pub const CONTEXT: usize = 3;
/// Minimum mean line similarity for a fuzzy match of a hunk's context.
pub const FUZZY_THRESHOLD: f32 = 0.75;

/// One hunk of a patch on one file.
#[derive(Debug, Clone, PartialEq)]
pub struct Hunk {
    /// 0-based first line of the pre-image in the base text.
    pub old_start: usize,
    pub old_len: usize,
    /// `(' ' | '-' | '+', line)` in order, lines without their newline.
    pub lines: Vec<(char, String)>,
}

impl Hunk {
    /// Context and removed lines: what the hunk expects to find.
    pub fn pre(&self) -> Vec<&str> {
        self.lines.iter().filter(|(t, _)| *t != '+').map(|(_, l)| l.as_str()).collect()
    }

    /// `@@ -a,b +c,d @@` (1-based) for reports.
    pub fn header(&self, new_start: usize) -> String {
        let new_len = self.lines.iter().filter(|(t, _)| *t != '-').count();
        format!("@@ -{},{} +{},{} @@", self.old_start + 1, self.old_len, new_start + 1, new_len)
    }

    /// The hunk as unified-diff text.
    pub fn text(&self) -> String {
        self.lines.iter().map(|(t, l)| format!("{t}{l}\n")).collect()
    }
}

/// Where a hunk was placed in the new text.
#[derive(Debug, Clone, PartialEq)]
pub enum Placement {
    /// Its pre-image is intact where the three-way mapping expects it.
    Exact { at: usize },
    /// Its pre-image is intact, elsewhere in the file.
    Moved { at: usize, expected: usize },
    /// Its context matched only approximately (removed lines verbatim).
    Fuzzy { at: usize, expected: usize, score: f32 },
}

impl Placement {
    pub fn at(&self) -> usize {
        match *self {
            Placement::Exact { at } | Placement::Moved { at, .. } | Placement::Fuzzy { at, .. } => at,
        }
    }

    /// One line for the summary (1-based line numbers).
    pub fn describe(&self) -> String {
        match *self {
            Placement::Exact { at } => format!("context intact at line {} (upstream edited next to it)", at + 1),
            Placement::Moved { at, expected } => format!("moved from line {} to line {}", expected + 1, at + 1),
            Placement::Fuzzy { at, expected, score } => format!(
                "fuzzy context match at line {} (expected near {}, similarity {:.2})",
                at + 1,
                expected + 1,
                score
            ),
        }
    }
}

/// The hunks turning `base` into `theirs`, grouped with [`CONTEXT`] lines like `git diff`.
pub fn hunks(base: &str, theirs: &str) -> Vec<Hunk> {
    let diff = TextDiff::from_lines(base, theirs);
    diff.grouped_ops(CONTEXT)
        .iter()
        .map(|group| {
            let first = group.first().map(DiffOp::old_range).unwrap_or_default();
            let last = group.last().map(DiffOp::old_range).unwrap_or_default();
            let mut lines = Vec::new();
            for op in group {
                for change in diff.iter_changes(op) {
                    let tag = match change.tag() {
                        ChangeTag::Equal => ' ',
                        ChangeTag::Delete => '-',
                        ChangeTag::Insert => '+',
                    };
                    lines.push((tag, change.value().trim_end_matches('\n').to_string()));
                }
            }
            Hunk { old_start: first.start, old_len: last.end - first.start, lines }
        })
        .collect()
}

/// Maps a line of `old` to the corresponding line of `new` (the start of the replacement when
/// the line itself changed).
pub fn map_line(ops: &[DiffOp], line: usize) -> usize {
    for op in ops {
        let (o, n) = (op.old_range(), op.new_range());
        // A line right after an upstream insertion maps to the insertion's start, so a region
        // mapped through it shows what upstream inserted in front of it.
        if line < o.end || (o.is_empty() && line == o.start) {
            return match op {
                DiffOp::Equal { .. } => n.start + (line - o.start),
                _ => n.start,
            };
        }
    }
    ops.last().map_or(line, |op| op.new_range().end)
}

fn same(a: &str, b: &str) -> bool {
    a.trim_end() == b.trim_end()
}

fn similarity(a: &str, b: &str) -> f32 {
    let (a, b) = (a.trim(), b.trim());
    if a == b {
        return 1.0;
    }
    TextDiff::from_chars(a, b).ratio()
}

/// Finds `hunk` in `target` near line `expected`.
pub fn locate(target: &[&str], hunk: &Hunk, expected: usize) -> Option<Placement> {
    let pre = hunk.pre();
    if pre.is_empty() || pre.len() > target.len() {
        return None;
    }
    let windows = 0..=target.len() - pre.len();
    let distance = |at: usize| at.abs_diff(expected);
    let exact = windows
        .clone()
        .filter(|&at| pre.iter().zip(&target[at..]).all(|(p, t)| same(p, t)))
        .min_by_key(|&at| distance(at));
    if let Some(at) = exact {
        return Some(if at == expected { Placement::Exact { at } } else { Placement::Moved { at, expected } });
    }
    // Which pre-image lines the hunk removes: those must still be there verbatim.
    let kinds: Vec<char> = hunk.lines.iter().filter(|(t, _)| *t != '+').map(|(t, _)| *t).collect();
    let removes = kinds.contains(&'-');
    let mut best: Option<(f32, usize)> = None;
    for at in windows {
        let window = &target[at..at + pre.len()];
        let anchored = if removes {
            kinds.iter().zip(pre.iter().zip(window)).all(|(k, (p, t))| *k != '-' || same(p, t))
        } else {
            pre.iter().zip(window).any(|(p, t)| same(p, t) && !p.trim().is_empty())
        };
        if !anchored {
            continue;
        }
        let score = pre.iter().zip(window).map(|(p, t)| similarity(p, t)).sum::<f32>() / pre.len() as f32;
        let better = match best {
            None => true,
            Some((s, b)) => score > s + 1e-6 || ((score - s).abs() <= 1e-6 && distance(at) < distance(b)),
        };
        if better {
            best = Some((score, at));
        }
    }
    let (score, at) = best?;
    (score >= FUZZY_THRESHOLD).then_some(Placement::Fuzzy { at, expected, score })
}

/// What happened to each hunk of one file.
#[derive(Debug, Clone, PartialEq)]
pub struct FileRelocation {
    pub hunks: Vec<(Hunk, Option<Placement>)>,
    /// The new text when every hunk was placed.
    pub result: Option<String>,
}

/// Applies the hunks `base → theirs` onto `ours` by locating each one. `result` is `None` when
/// a hunk could not be placed (or two placements overlap).
pub fn relocate_file(base: &str, theirs: &str, ours: &str) -> FileRelocation {
    let hunks = hunks(base, theirs);
    let map = TextDiff::from_lines(base, ours).ops().to_vec();
    let target: Vec<&str> = ours.lines().collect();
    let mut placed = Vec::new();
    let mut ok = true;
    let mut next_free = 0usize;
    for hunk in hunks {
        let expected = map_line(&map, hunk.old_start);
        let placement = locate(&target, &hunk, expected);
        match &placement {
            Some(p) if p.at() >= next_free => next_free = p.at() + hunk.pre().len(),
            _ => ok = false,
        }
        placed.push((hunk, placement));
    }
    let result = if ok {
        let pairs: Vec<(Hunk, Placement)> =
            placed.iter().map(|(h, p)| (h.clone(), p.clone().expect("all placed"))).collect();
        apply_placed_lines(ours, &target, &pairs, theirs.ends_with('\n'))
    } else {
        None
    };
    FileRelocation { hunks: placed, result }
}

/// Applies hunks at their placements in `text` (in order, not overlapping), keeping the
/// target's context lines. `None` when placements overlap or a removed line is not there.
pub fn apply_placed(text: &str, placed: &[(Hunk, Placement)]) -> Option<String> {
    let target: Vec<&str> = text.lines().collect();
    let mut sorted = placed.to_vec();
    sorted.sort_by_key(|(_, p)| p.at());
    apply_placed_lines(text, &target, &sorted, true)
}

fn apply_placed_lines(ours: &str, target: &[&str], placed: &[(Hunk, Placement)], theirs_nl: bool) -> Option<String> {
    let mut out: Vec<&str> = Vec::new();
    let mut cursor = 0;
    for (hunk, placement) in placed {
        let at = placement.at();
        if at < cursor {
            return None;
        }
        out.extend_from_slice(&target[cursor..at]);
        let mut t = at;
        for (tag, line) in &hunk.lines {
            match tag {
                // Keep upstream's version of context lines.
                ' ' => {
                    out.push(target.get(t)?);
                    t += 1;
                }
                '-' => {
                    if !same(target.get(t)?, line) {
                        return None;
                    }
                    t += 1;
                }
                _ => out.push(line),
            }
        }
        cursor = t;
    }
    out.extend_from_slice(&target[cursor..]);
    let mut text = out.join("\n");
    if ours.ends_with('\n') || (ours.is_empty() && theirs_nl) {
        text.push('\n');
    }
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "a\nb\nfn helper() {\n    other();\n}\nc\nd\ne\nf\ng\n";

    #[test]
    fn a_moved_function_is_found_elsewhere() {
        let theirs = BASE.replace("    other();\n", "    other();\n    linear();\n");
        // Upstream moved the block (with its context) below the rest of the file.
        let ours = "d\ne\nf\ng\nX\nY\nZ\na\nb\nfn helper() {\n    other();\n}\nc\nd\n";
        let r = relocate_file(BASE, &theirs, ours);
        let text = r.result.expect("placed");
        assert!(text.ends_with("b\nfn helper() {\n    other();\n    linear();\n}\nc\nd\n"), "{text}");
        assert_eq!(r.hunks[0].1, Some(Placement::Exact { at: 8 }), "the line mapping follows the block");
        // Looked for from where it used to be, the intact pre-image is found where it went.
        let lines: Vec<&str> = ours.lines().collect();
        assert_eq!(locate(&lines, &r.hunks[0].0, 1), Some(Placement::Moved { at: 8, expected: 1 }));
    }

    #[test]
    fn a_renamed_function_matches_fuzzily_and_keeps_the_new_name() {
        let theirs = BASE.replace("    other();\n", "    other();\n    linear();\n");
        let ours = BASE.replace("fn helper()", "fn helper_v2()");
        let r = relocate_file(BASE, &theirs, &ours);
        let text = r.result.expect("placed");
        assert!(text.contains("fn helper_v2() {\n    other();\n    linear();\n}"), "{text}");
        assert!(matches!(r.hunks[0].1, Some(Placement::Fuzzy { .. })), "{:?}", r.hunks[0].1);
    }

    #[test]
    fn a_changed_removed_line_is_a_conflict() {
        let theirs = BASE.replace("    other();\n", "    replaced();\n");
        let ours = BASE.replace("    other();\n", "    other(1);\n");
        let r = relocate_file(BASE, &theirs, &ours);
        assert_eq!(r.result, None);
        assert_eq!(r.hunks[0].1, None);
    }

    #[test]
    fn maps_lines_through_upstream_edits() {
        let ops = TextDiff::from_lines("a\nb\nc\n", "x\ny\na\nc\n").ops().to_vec();
        assert_eq!(map_line(&ops, 0), 0, "an insertion in front is part of the mapped region");
        assert_eq!(map_line(&ops, 2), 3);
    }
}
