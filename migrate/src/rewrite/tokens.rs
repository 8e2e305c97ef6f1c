//! Token-level matching, for what syn leaves unparsed: attribute arguments and macro bodies
//! (function-like macro invocations and `macro_rules!` definitions).

use super::paths::Seg;
use super::rust::Ctx;
use proc_macro2::{Delimiter, Group, Spacing, TokenStream, TokenTree};

fn is_punct(tt: Option<&TokenTree>, ch: char) -> bool {
    matches!(tt, Some(TokenTree::Punct(p)) if p.as_char() == ch)
}

/// `::` starting at `i`.
fn is_path_sep(tts: &[TokenTree], i: usize) -> bool {
    matches!(tts.get(i), Some(TokenTree::Punct(p)) if p.as_char() == ':' && p.spacing() == Spacing::Joint)
        && is_punct(tts.get(i + 1), ':')
}

/// Whether the identifier at `i` starts a path (rather than continuing one, being a field or
/// method name, or being a `macro_rules!` metavariable such as `$x`).
fn is_path_start(tts: &[TokenTree], i: usize) -> bool {
    if i == 0 {
        return true;
    }
    if is_punct(tts.get(i - 1), '$') || is_punct(tts.get(i - 1), '.') {
        return false;
    }
    if i >= 2 && is_path_sep(tts, i - 2) {
        // A leading `::` (absolute path) unless something it could continue precedes it.
        return !(i >= 3
            && (matches!(tts[i - 3], TokenTree::Ident(_))
                || is_punct(tts.get(i - 3), '>')
                || is_punct(tts.get(i - 3), '$')));
    }
    true
}

/// Collects the path starting at identifier `i`; returns its segments and the index after it.
fn collect_path(tts: &[TokenTree], mut i: usize) -> (Vec<Seg>, usize) {
    let mut segs = Vec::new();
    loop {
        let TokenTree::Ident(ident) = &tts[i] else {
            break;
        };
        segs.push(Seg {
            name: ident.to_string(),
            range: ident.span().byte_range(),
            has_args: false,
        });
        i += 1;
        if is_punct(tts.get(i), '<') {
            segs.last_mut().unwrap().has_args = true;
            break;
        }
        if is_path_sep(tts, i) {
            if matches!(tts.get(i + 2), Some(TokenTree::Ident(_))) {
                i += 2;
                continue;
            }
            if is_punct(tts.get(i + 2), '<') {
                segs.last_mut().unwrap().has_args = true;
            }
        }
        break;
    }
    (segs, i)
}

/// Scans a macro body (or any token stream) for paths, attributes and nested macro calls.
pub fn scan_stream(ctx: &mut Ctx, stream: TokenStream) {
    let tts: Vec<TokenTree> = stream.into_iter().collect();
    let mut i = 0;
    while i < tts.len() {
        match &tts[i] {
            TokenTree::Punct(p) if p.as_char() == '#' => {
                let bang = is_punct(tts.get(i + 1), '!');
                let at = if bang { i + 2 } else { i + 1 };
                if let Some(TokenTree::Group(g)) = tts.get(at)
                    && g.delimiter() == Delimiter::Bracket
                {
                    scan_attr(ctx, g.stream());
                    i = at + 1;
                    continue;
                }
                i += 1;
            }
            TokenTree::Ident(_) if is_path_start(&tts, i) => {
                let (segs, next) = collect_path(&tts, i);
                ctx.path_site(&segs);
                if is_punct(tts.get(next), '!')
                    && let Some(TokenTree::Group(g)) = tts.get(next + 1)
                {
                    ctx.macro_call(&segs, g.stream());
                    scan_stream(ctx, g.stream());
                    i = next + 2;
                    continue;
                }
                i = next.max(i + 1);
            }
            TokenTree::Group(g) => {
                scan_stream(ctx, g.stream());
                i += 1;
            }
            _ => i += 1,
        }
    }
}

/// Scans the inside of `#[...]`: renames the attribute path, renames macro arguments, and looks
/// through `cfg_attr(predicate, attr, ...)` at the attributes it carries.
pub fn scan_attr(ctx: &mut Ctx, stream: TokenStream) {
    let tts: Vec<TokenTree> = stream.into_iter().collect();
    if tts.is_empty() || !matches!(tts[0], TokenTree::Ident(_)) && !is_path_sep(&tts, 0) {
        return;
    }
    let start = if is_path_sep(&tts, 0) { 2 } else { 0 };
    if !matches!(tts.get(start), Some(TokenTree::Ident(_))) {
        return;
    }
    let (segs, next) = collect_path(&tts, start);
    let args = match tts.get(next) {
        Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis => Some(g),
        _ => None,
    };
    if segs.len() == 1 && segs[0].name == "cfg_attr" {
        if let Some(g) = args {
            for (index, piece) in split_commas(g).into_iter().enumerate() {
                if index > 0 {
                    scan_attr(ctx, piece);
                }
            }
        }
        return;
    }
    ctx.attribute_site(&segs);
    if let Some(g) = args {
        ctx.macro_call(&segs, g.stream());
    }
}

/// The comma-separated pieces of a group's top level.
fn split_commas(g: &Group) -> Vec<TokenStream> {
    let mut pieces = vec![TokenStream::new()];
    for tt in g.stream() {
        if matches!(&tt, TokenTree::Punct(p) if p.as_char() == ',') {
            pieces.push(TokenStream::new());
        } else {
            pieces.last_mut().unwrap().extend([tt]);
        }
    }
    pieces.retain(|p| !p.is_empty());
    pieces
}

/// Byte ranges of bare arguments named `old` in a macro's argument list: identifiers at the start
/// of a comma-separated item, followed by nothing, `,`, `=` or a group; nested groups such as
/// `any(js, node)` are searched too. Identifiers inside expressions are left alone.
pub fn bare_args(stream: TokenStream, old: &str, out: &mut Vec<std::ops::Range<usize>>) {
    let tts: Vec<TokenTree> = stream.into_iter().collect();
    for (i, tt) in tts.iter().enumerate() {
        match tt {
            TokenTree::Ident(ident) if ident == old => {
                let starts_item = i == 0 || is_punct(tts.get(i - 1), ',');
                let ends_item = match tts.get(i + 1) {
                    None => true,
                    Some(TokenTree::Punct(p)) => matches!(p.as_char(), ',' | '='),
                    Some(TokenTree::Group(g)) => g.delimiter() == Delimiter::Parenthesis,
                    _ => false,
                };
                if starts_item && ends_item {
                    out.push(ident.span().byte_range());
                }
            }
            TokenTree::Group(g) if g.delimiter() == Delimiter::Parenthesis => {
                bare_args(g.stream(), old, out)
            }
            _ => {}
        }
    }
}
