//! Symbol names: demangling, the crate a function belongs to, and the generic function a
//! monomorphization instantiates.

/// Demangles a Rust symbol (legacy or v0) without its hashes; other names are kept.
pub fn demangle(symbol: &str) -> String {
    match rustc_demangle::try_demangle(symbol) {
        Ok(d) => format!("{d:#}"),
        Err(_) => symbol.to_string(),
    }
}

/// The pseudo-crate of functions whose names are not Rust paths (C from wasi-libc, dlmalloc,
/// compiler-builtins' C parts, linker-synthesised functions).
pub const NO_CRATE: &str = "[C / linker]";
/// The pseudo-crate of functions without a name.
pub const UNNAMED: &str = "[unnamed]";

const PRIMITIVES: &[&str] = &[
    "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize", "f32", "f64", "bool", "char", "str",
];

/// The crate a demangled function belongs to: the first path segment, or for
/// `<Type as Trait>::f` the type's crate (the trait's for primitive types).
pub fn crate_of(name: &str) -> String {
    if let Some(rest) = name.strip_prefix('<') {
        let inner = &rest[..matching_close(rest).unwrap_or(rest.len())];
        let (ty, tr) = match inner.find(" as ") {
            Some(i) => (&inner[..i], Some(&inner[i + 4..])),
            None => (inner, None),
        };
        let ty = ty.trim_start_matches(['&', '*', '[', '(', ' ']).trim_start_matches("mut ").trim_start_matches("const ").trim_start_matches("dyn ");
        let first = first_segment(ty);
        if let Some(c) = first.filter(|c| !PRIMITIVES.contains(c) && ty.contains("::")) {
            return c.to_string();
        }
        if let Some(c) = tr.and_then(first_segment) {
            return c.to_string();
        }
        return NO_CRATE.to_string();
    }
    if name.contains("::") {
        if let Some(c) = first_segment(name) {
            return c.to_string();
        }
    }
    NO_CRATE.to_string()
}

fn first_segment(path: &str) -> Option<&str> {
    let seg = path.split("::").next()?;
    let seg = seg.split('<').next()?;
    (!seg.is_empty() && seg.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')).then_some(seg)
}

/// Index of the `>` closing the `<` just before `s` (`s` starts after it).
fn matching_close(s: &str) -> Option<usize> {
    let mut depth = 1usize;
    for (i, c) in s.char_indices() {
        match c {
            '<' => depth += 1,
            '>' if i > 0 && s.as_bytes()[i - 1] == b'-' => {} // `->` in fn types
            '>' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// The generic function a demangled name instantiates: the name with its generic arguments
/// erased (`core::ptr::drop_in_place::<Vec<u8>>` -> `core::ptr::drop_in_place`,
/// `<Vec<u8> as Drop>::drop` -> `<Vec as Drop>::drop`). Functions that share this key are
/// monomorphizations of one generic function.
pub fn generic_key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut rest = name;
    while let Some(i) = rest.find('<') {
        let before = &rest[..i];
        let prev = before.chars().last();
        let generic_args = matches!(prev, Some(c) if c.is_ascii_alphanumeric() || c == '_' || c == ':' || c == '>');
        if generic_args {
            if let Some(close) = matching_close(&rest[i + 1..]) {
                out.push_str(before.strip_suffix("::").unwrap_or(before));
                rest = &rest[i + 1 + close + 1..];
                continue;
            }
        }
        out.push_str(&rest[..=i]);
        rest = &rest[i + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crates_from_paths() {
        assert_eq!(crate_of("core::fmt::Formatter::pad"), "core");
        assert_eq!(crate_of("hello_wasi::main"), "hello_wasi");
        assert_eq!(crate_of("<alloc::vec::Vec<u8> as core::ops::drop::Drop>::drop"), "alloc");
        assert_eq!(crate_of("<&u8 as core::fmt::Debug>::fmt"), "core");
        assert_eq!(crate_of("<serde_json::error::Error as core::fmt::Display>::fmt"), "serde_json");
        assert_eq!(crate_of("dlmalloc"), NO_CRATE);
        assert_eq!(crate_of("memcpy"), NO_CRATE);
    }

    #[test]
    fn generic_keys_erase_arguments() {
        assert_eq!(generic_key("core::ptr::drop_in_place::<alloc::vec::Vec<u8>>"), "core::ptr::drop_in_place");
        assert_eq!(
            generic_key("<alloc::vec::Vec<u8> as core::ops::drop::Drop>::drop"),
            "<alloc::vec::Vec as core::ops::drop::Drop>::drop"
        );
        assert_eq!(generic_key("std::rt::lang_start::<()>::{closure#0}"), "std::rt::lang_start::{closure#0}");
        assert_eq!(generic_key("plain::function"), "plain::function");
        assert_eq!(generic_key("a::b::<fn() -> u8>"), "a::b");
    }

    #[test]
    fn demangles_v0_without_hashes() {
        assert_eq!(demangle("_RNvCs1234_7mycrate4main"), "mycrate::main");
        assert_eq!(demangle("memcpy"), "memcpy");
    }
}
