//! Lazy loading of the crates' WasmIR: a program uses a small part of `core`, `alloc` and
//! `std` (megabytes of WasmIR text), so the link step first splits every object's text into
//! function items with a cheap scan of their `$name` references, walks the call graph from the
//! roots, and parses only the header and the functions that can be reached. The exact
//! reachability (and dead-code elimination) still runs on the parsed module; this pass only
//! has to keep a superset of it.

use crate::object::{ADDR_PREFIX, FN_PREFIX, RelocTarget, WasmirObject};
use rustc_data_structures::fx::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;

/// One object's WasmIR text, split.
struct Split<'a> {
    /// Everything but the bodies of defined functions (module line, globals, declarations).
    header: String,
    /// Defined functions: name, item text, names it refers to.
    funcs: Vec<(Cow<'a, str>, &'a str, Vec<Cow<'a, str>>)>,
}

/// `name` without `prefix`, still borrowing from the text where it did.
fn strip<'a>(name: &Cow<'a, str>, prefix: &str) -> Option<Cow<'a, str>> {
    match name {
        Cow::Borrowed(s) => s.strip_prefix(prefix).map(Cow::Borrowed),
        Cow::Owned(s) => s.strip_prefix(prefix).map(|x| Cow::Owned(x.to_string())),
    }
}

/// The `$` names in `text` (plain `$a.b_c` or quoted `$"…"` with `\"`, `\\`, `\xx` escapes).
fn names_in(text: &str) -> Vec<Cow<'_, str>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'$' {
            i += 1;
            continue;
        }
        i += 1;
        if b.get(i) == Some(&b'"') {
            i += 1;
            let start = i;
            while i < b.len() && !matches!(b[i], b'"' | b'\\' | b'\n') {
                i += 1;
            }
            if b.get(i) != Some(&b'\\') {
                // No escapes (most names): borrowed.
                out.push(String::from_utf8_lossy(&b[start..i]));
                i += 1;
                continue;
            }
            i = start;
            let mut name = Vec::new();
            while i < b.len() && b[i] != b'"' && b[i] != b'\n' {
                if b[i] == b'\\' && i + 1 < b.len() {
                    match b[i + 1] {
                        c @ (b'"' | b'\\') => {
                            name.push(c);
                            i += 2;
                        }
                        b'n' => {
                            name.push(b'\n');
                            i += 2;
                        }
                        b't' => {
                            name.push(b'\t');
                            i += 2;
                        }
                        _ => {
                            let hex = std::str::from_utf8(b.get(i + 1..i + 3).unwrap_or(b"")).ok().and_then(|h| u8::from_str_radix(h, 16).ok());
                            name.push(hex.unwrap_or(b'?'));
                            i += 3;
                        }
                    }
                } else {
                    name.push(b[i]);
                    i += 1;
                }
            }
            i += 1;
            out.push(Cow::Owned(String::from_utf8_lossy(&name).into_owned()));
        } else {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'.') {
                i += 1;
            }
            out.push(Cow::Borrowed(&text[start..i]));
        }
    }
    out
}

fn split(text: &str) -> Split<'_> {
    let mut header = String::with_capacity(text.len() / 8);
    let mut funcs = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let line_end = rest.find('\n').map_or(rest.len(), |i| i + 1);
        let line = &rest[..line_end];
        if line.starts_with("fn ") && line.trim_end().ends_with('{') {
            // A definition runs to its closing `}` line.
            let end = rest.find("\n}\n").map_or(rest.len(), |i| i + 3);
            let item = &rest[..end];
            let mut names = names_in(item);
            let name = if names.is_empty() { Cow::Borrowed("") } else { names.remove(0) };
            funcs.push((name, item, names));
            rest = &rest[end..];
        } else {
            header.push_str(line);
            rest = &rest[line_end..];
        }
    }
    Split { header, funcs }
}

/// The objects' WasmIR texts with only the functions reachable from `roots` (function names;
/// the exports are added here), through calls, `@fn:`/`@addr:` globals and data relocations.
pub fn reachable_texts(objects: &[WasmirObject], roots: impl IntoIterator<Item = String>) -> Vec<String> {
    let splits: Vec<Split<'_>> = crate::map_on_threads(objects, |o| split(o.module_text.as_deref().unwrap_or_default()));
    let mut defs: HashMap<&str, (usize, usize)> = HashMap::default();
    for (oi, s) in splits.iter().enumerate() {
        for (fi, (name, _, _)) in s.funcs.iter().enumerate() {
            defs.entry(name.as_ref()).or_insert((oi, fi));
        }
    }
    let data: HashMap<&str, &Vec<(u32, RelocTarget)>> = objects.iter().flat_map(|o| o.data.iter().map(|d| (d.name.as_str(), &d.relocs))).collect();
    let mut keep: HashSet<(usize, usize)> = HashSet::default();
    let mut seen_data: HashSet<Cow<'_, str>> = HashSet::default();
    let mut work: Vec<Cow<'_, str>> = roots.into_iter().map(Cow::Owned).chain(objects.iter().flat_map(|o| o.exports.iter().map(|e| Cow::Borrowed(e.as_str())))).collect();
    while let Some(name) = work.pop() {
        if let Some(f) = strip(&name, FN_PREFIX) {
            work.push(f);
        } else if let Some(d) = strip(&name, ADDR_PREFIX) {
            if seen_data.insert(d.clone()) {
                for (_, t) in data.get(d.as_ref()).into_iter().flat_map(|r| r.iter()) {
                    match t {
                        RelocTarget::Func { name } => work.push(Cow::Borrowed(name)),
                        // Data reaches data directly, not through an `@addr:` name.
                        RelocTarget::Data { name, .. } => {
                            let d = Cow::Borrowed(name.as_str());
                            if !seen_data.contains(&d) {
                                work.push(Cow::Owned(format!("{ADDR_PREFIX}{name}")));
                            }
                        }
                    }
                }
            }
        } else if let Some(&(oi, fi)) = defs.get(name.as_ref()) {
            if keep.insert((oi, fi)) {
                work.extend(splits[oi].funcs[fi].2.iter().cloned());
            }
        }
    }
    splits
        .iter()
        .enumerate()
        .map(|(oi, s)| {
            let mut t = s.header.clone();
            for (fi, (_, item, _)) in s.funcs.iter().enumerate() {
                if keep.contains(&(oi, fi)) {
                    t.push_str(item);
                }
            }
            t
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_decoded() {
        assert_eq!(names_in(r#"call $a.b_c(v1) global.get $"@fn:x y\22z\\" $"@addr:p q" "#), vec!["a.b_c", "@fn:x y\"z\\", "@addr:p q"]);
    }

    #[test]
    fn only_reachable_functions_are_kept() {
        let text = "module \"m\"\nglobal $\"@fn:c\": i32 = 0\nfn $imp() -> () import \"env\" \"imp\"\nfn $a() -> () {\nb0():\n  call $b()\n  ret\n}\nfn $b() -> () {\nb0():\n  v0: i32 = global.get $\"@fn:c\"\n  ret\n}\nfn $c() -> () {\nb0():\n  ret\n}\nfn $d() -> () {\nb0():\n  call $imp()\n  ret\n}\n";
        let obj = WasmirObject { module_text: Some(text.into()), ..Default::default() };
        let t = &reachable_texts(&[obj], ["a".to_string()])[0];
        assert!(t.contains("fn $a()") && t.contains("fn $b()") && t.contains("fn $c()"));
        assert!(!t.contains("fn $d() -> () {") && t.contains("fn $imp()"));
        wasmir::parse_module(t).unwrap();
    }
}
