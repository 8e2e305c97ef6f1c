//! Rust identifiers <-> WIT identifiers.

/// `convolve_3x3` -> `convolve-3x3`; `Point2D` -> `point2-d` style names are avoided by
/// lowering CamelCase to kebab (`PixelFormat` -> `pixel-format`).
pub fn to_kebab(rust: &str) -> String {
    let rust = rust.trim_start_matches("r#");
    let mut out = String::new();
    let mut prev_lower_or_digit = false;
    for ch in rust.chars() {
        if ch == '_' {
            if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
            prev_lower_or_digit = false;
        } else if ch.is_ascii_uppercase() {
            if prev_lower_or_digit && !out.ends_with('-') {
                out.push('-');
            }
            out.push(ch.to_ascii_lowercase());
            prev_lower_or_digit = false;
        } else {
            out.push(ch);
            prev_lower_or_digit = true;
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// `convolve-3x3` -> `convolve_3x3` (function, field and module names).
pub fn to_snake(kebab: &str) -> String {
    let s = kebab.replace('-', "_");
    if is_rust_keyword(&s) { format!("r#{s}") } else { s }
}

/// `pixel-format` -> `PixelFormat` (type names).
pub fn to_camel(kebab: &str) -> String {
    kebab
        .split('-')
        .map(|part| {
            let mut c = part.chars();
            match c.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

/// Whether `id` is a valid WIT identifier (kebab-case words; the first word starts with a
/// letter; each word is all-lowercase or all-uppercase).
pub fn is_valid_wit_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').enumerate().all(|(i, part)| {
            let Some(first) = part.chars().next() else { return false };
            if i == 0 && !first.is_ascii_alphabetic() {
                return false;
            }
            let lower = part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
            let upper = part.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
            lower || upper
        })
}

fn is_rust_keyword(s: &str) -> bool {
    matches!(
        s,
        "as" | "break" | "const" | "continue" | "crate" | "else" | "enum" | "extern" | "false"
            | "fn" | "for" | "if" | "impl" | "in" | "let" | "loop" | "match" | "mod" | "move"
            | "mut" | "pub" | "ref" | "return" | "self" | "static" | "struct" | "super"
            | "trait" | "true" | "type" | "unsafe" | "use" | "where" | "while" | "async"
            | "await" | "dyn" | "abstract" | "become" | "box" | "do" | "final" | "macro"
            | "override" | "priv" | "typeof" | "unsized" | "virtual" | "yield" | "try" | "gen"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_and_camel_to_kebab() {
        assert_eq!(to_kebab("convolve_3x3"), "convolve-3x3");
        assert_eq!(to_kebab("sharpen"), "sharpen");
        assert_eq!(to_kebab("PixelFormat"), "pixel-format");
        assert_eq!(to_kebab("r#type"), "type");
        assert!(is_valid_wit_id(&to_kebab("convolve_3x3")));
    }

    #[test]
    fn kebab_back_to_rust() {
        assert_eq!(to_snake("convolve-3x3"), "convolve_3x3");
        assert_eq!(to_snake("type"), "r#type");
        assert_eq!(to_camel("pixel-format"), "PixelFormat");
    }

    #[test]
    fn wit_id_validity() {
        assert!(is_valid_wit_id("image-filter"));
        assert!(!is_valid_wit_id("3x3"));
        assert!(!is_valid_wit_id("a--b"));
        assert!(!is_valid_wit_id("mixedCase"));
        assert!(!is_valid_wit_id(""));
    }
}
