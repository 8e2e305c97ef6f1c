//! The profile as a picture: a squarified treemap (Bruls, Huizing, van Wijk) in SVG. Each
//! crate's code is a box holding its functions; non-code sections (data, names, DWARF, …) are
//! boxes of their own, so the picture's area is the file's size.

use super::ModuleProfile;
use std::fmt::Write;

/// A rectangle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

fn worst(row: &[f64], short: f64) -> f64 {
    let s: f64 = row.iter().sum();
    let max = row.iter().cloned().fold(f64::MIN, f64::max);
    let min = row.iter().cloned().fold(f64::MAX, f64::min);
    let s2 = s * s;
    let w2 = short * short;
    (w2 * max / s2).max(s2 / (w2 * min))
}

/// Lays out `sizes` (largest first, all > 0) in `r`, each rectangle's area proportional to
/// its size; rows are added while they improve the worst aspect ratio.
pub fn squarify(sizes: &[f64], r: Rect) -> Vec<Rect> {
    let total: f64 = sizes.iter().sum();
    if total <= 0.0 || sizes.is_empty() {
        return Vec::new();
    }
    let scale = r.w * r.h / total;
    let areas: Vec<f64> = sizes.iter().map(|s| s * scale).collect();
    let (mut x, mut y, mut w, mut h) = (r.x, r.y, r.w, r.h);
    let mut out = Vec::with_capacity(sizes.len());
    let mut i = 0;
    while i < areas.len() {
        let short = w.min(h).max(1e-9);
        let mut end = i + 1;
        let mut best = worst(&areas[i..end], short);
        while end < areas.len() {
            let next = worst(&areas[i..=end], short);
            if next > best {
                break;
            }
            best = next;
            end += 1;
        }
        let row = &areas[i..end];
        let sum: f64 = row.iter().sum();
        if w >= h {
            let cw = sum / h.max(1e-9);
            let mut cy = y;
            for a in row {
                let rh = a / cw;
                out.push(Rect { x, y: cy, w: cw, h: rh });
                cy += rh;
            }
            x += cw;
            w -= cw;
        } else {
            let rh = sum / w.max(1e-9);
            let mut cx = x;
            for a in row {
                let rw = a / rh;
                out.push(Rect { x: cx, y, w: rw, h: rh });
                cx += rw;
            }
            y += rh;
            h -= rh;
        }
        i = end;
    }
    out
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn hue(name: &str) -> u32 {
    let mut h: u32 = 2166136261;
    for b in name.bytes() {
        h = (h ^ u32::from(b)).wrapping_mul(16777619);
    }
    h % 360
}

struct Box_ {
    label: String,
    size: u64,
    children: Vec<(String, u64)>,
    code: bool,
}

/// Functions shown per crate box before the rest is merged into one "… N more".
const FUNCTIONS_PER_CRATE: usize = 40;

fn boxes(m: &ModuleProfile) -> Vec<Box_> {
    let mut out = Vec::new();
    for c in &m.crates {
        let mut fns: Vec<(String, u64)> = m.functions.iter().filter(|f| f.krate == c.name).map(|f| (f.name.clone(), f.size)).collect();
        if fns.len() > FUNCTIONS_PER_CRATE {
            let rest: u64 = fns[FUNCTIONS_PER_CRATE..].iter().map(|f| f.1).sum();
            let n = fns.len() - FUNCTIONS_PER_CRATE;
            fns.truncate(FUNCTIONS_PER_CRATE);
            fns.push((format!("… {n} more functions"), rest));
        }
        out.push(Box_ { label: format!("{} (code)", c.name), size: c.size, children: fns, code: true });
    }
    // Functions count their body and their function-section entry (as twiggy does), so the
    // rest of those two sections is one box of its own and the areas still add up to the file.
    let in_functions: u64 = m.functions.iter().map(|f| f.size).sum();
    let code_and_function: u64 = m.sections.iter().filter(|s| s.name == "code" || s.name == "function").map(|s| s.size).sum();
    let overhead = code_and_function.saturating_sub(in_functions);
    if overhead > 0 {
        out.push(Box_ { label: "code/function section overhead".to_string(), size: overhead, children: Vec::new(), code: false });
    }
    for s in m.sections.iter().filter(|s| s.name != "code" && s.name != "function" && s.size > 0) {
        out.push(Box_ { label: s.name.clone(), size: s.size, children: Vec::new(), code: false });
    }
    out.sort_by(|a, b| b.size.cmp(&a.size));
    out
}

/// Renders the module's treemap as a standalone SVG document.
pub fn svg(m: &ModuleProfile, title: &str, width: f64, height: f64) -> String {
    let header = 28.0;
    let mut o = String::new();
    let _ = writeln!(
        o,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{}" viewBox="0 0 {width} {}" font-family="sans-serif" font-size="11">"#,
        height + header,
        height + header
    );
    let _ = writeln!(o, r#"<text x="6" y="18" font-size="14" font-weight="bold">{} — {} bytes (area = bytes; hover for details)</text>"#, escape(title), m.size);
    let bs = boxes(m);
    let sizes: Vec<f64> = bs.iter().map(|b| b.size as f64).collect();
    let rects = squarify(&sizes, Rect { x: 0.0, y: header, w: width, h: height });
    for (b, r) in bs.iter().zip(&rects) {
        let h = hue(&b.label);
        let (sat, light) = if b.code { (55, 80) } else { (10, 85) };
        let pct = b.size as f64 * 100.0 / m.size.max(1) as f64;
        let _ = writeln!(
            o,
            r##"<g><title>{} — {} bytes ({pct:.1}%)</title><rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="hsl({h},{sat}%,{light}%)" stroke="#333" stroke-width="1.5"/>"##,
            escape(&b.label),
            b.size,
            r.x,
            r.y,
            r.w,
            r.h
        );
        let label_h = if r.h > 40.0 && r.w > 40.0 { 14.0 } else { 0.0 };
        if label_h > 0.0 {
            let max_chars = (r.w / 6.5) as usize;
            let text = format!("{} {}", b.label, b.size);
            let text: String = text.chars().take(max_chars).collect();
            let _ = writeln!(o, r#"<text x="{:.1}" y="{:.1}" font-weight="bold">{}</text>"#, r.x + 3.0, r.y + 11.0, escape(&text));
        }
        if !b.children.is_empty() && r.w > 8.0 && r.h > label_h + 8.0 {
            let inner = Rect { x: r.x + 2.0, y: r.y + label_h + 2.0, w: r.w - 4.0, h: r.h - label_h - 4.0 };
            let csizes: Vec<f64> = b.children.iter().map(|c| c.1 as f64).collect();
            for ((name, size), cr) in b.children.iter().zip(squarify(&csizes, inner)) {
                let _ = writeln!(
                    o,
                    r##"<g><title>{} — {} bytes</title><rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="hsl({h},60%,68%)" stroke="#fff" stroke-width="0.5"/>"##,
                    escape(name),
                    size,
                    cr.x,
                    cr.y,
                    cr.w,
                    cr.h
                );
                if cr.w > 60.0 && cr.h > 14.0 {
                    let short = name.rsplit("::").next().unwrap_or(name);
                    let text: String = short.chars().take((cr.w / 6.0) as usize).collect();
                    let _ = writeln!(o, r#"<text x="{:.1}" y="{:.1}">{}</text>"#, cr.x + 2.0, cr.y + 11.0, escape(&text));
                }
                o.push_str("</g>\n");
            }
        }
        o.push_str("</g>\n");
    }
    o.push_str("</svg>\n");
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn areas_are_proportional_and_inside() {
        let sizes = [6.0, 6.0, 4.0, 3.0, 2.0, 2.0, 1.0];
        let r = Rect { x: 0.0, y: 0.0, w: 6.0, h: 4.0 };
        let rects = squarify(&sizes, r);
        assert_eq!(rects.len(), sizes.len());
        for (s, q) in sizes.iter().zip(&rects) {
            assert!((q.w * q.h - s).abs() < 1e-6, "{q:?} for {s}");
            assert!(q.x >= -1e-9 && q.y >= -1e-9 && q.x + q.w <= 6.0 + 1e-9 && q.y + q.h <= 4.0 + 1e-9);
        }
        // The paper's example: the first row holds the two 6s side by side.
        assert!((rects[0].w - 3.0).abs() < 1e-9 && (rects[0].h - 2.0).abs() < 1e-9);
    }
}
