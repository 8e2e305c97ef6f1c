//! The profile as text tables.

use super::{ModuleProfile, Profile};
use std::fmt::Write;

fn pct(part: u64, whole: u64) -> f64 {
    if whole == 0 { 0.0 } else { part as f64 * 100.0 / whole as f64 }
}

fn clip(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(width - 1).collect();
        t.push('…');
        t
    }
}

/// Renders the tables; `top` rows per table.
pub fn render(p: &Profile, top: usize) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "{} bytes{}", p.size, if p.component { format!(", a component with {} core module(s)", p.modules.len()) } else { String::new() });
    if p.component {
        let _ = writeln!(o, "\nComponent sections");
        section_table(&mut o, &p.sections, p.size);
    }
    for (i, m) in p.modules.iter().enumerate() {
        if p.component {
            let _ = writeln!(o, "\n== core module {} ({} bytes) ==", i, m.size);
        }
        module(&mut o, m, p.size, top);
    }
    o
}

fn section_table(o: &mut String, sections: &[super::Section], whole: u64) {
    let _ = writeln!(o, "{:>10} {:>7}  {}", "bytes", "%", "section");
    let mut s = sections.to_vec();
    s.sort_by(|a, b| b.size.cmp(&a.size));
    for sec in s {
        let _ = writeln!(o, "{:>10} {:>6.2}%  {}", sec.size, pct(sec.size, whole), sec.name);
    }
}

fn module(o: &mut String, m: &ModuleProfile, whole: u64, top: usize) {
    let _ = writeln!(o, "\nBy section");
    section_table(o, &m.sections, whole);
    let code: u64 = m.functions.iter().map(|f| f.size).sum();
    let _ = writeln!(o, "\nBy crate (code, attributed from {})", m.attribution);
    let _ = writeln!(o, "{:>10} {:>7} {:>6}  {}", "bytes", "%", "fns", "crate");
    for c in m.crates.iter().take(top) {
        let _ = writeln!(o, "{:>10} {:>6.2}% {:>6}  {}", c.size, pct(c.size, whole), c.functions, c.name);
    }
    if m.crates.len() > top {
        let rest: u64 = m.crates[top..].iter().map(|c| c.size).sum();
        let _ = writeln!(o, "{:>10} {:>6.2}% {:>6}  … {} more crates", rest, pct(rest, whole), "", m.crates.len() - top);
    }
    let _ = writeln!(o, "\nBy function ({} functions, {} bytes: body + function-section entry, as twiggy counts)", m.functions.len(), code);
    let _ = writeln!(o, "{:>10} {:>7}  {}", "bytes", "%", "function");
    for f in m.functions.iter().take(top) {
        let _ = writeln!(o, "{:>10} {:>6.2}%  {}", f.size, pct(f.size, whole), clip(&f.name, 110));
    }
    if m.functions.len() > top {
        let rest: u64 = m.functions[top..].iter().map(|f| f.size).sum();
        let _ = writeln!(o, "{:>10} {:>6.2}%  … {} more functions", rest, pct(rest, whole), m.functions.len() - top);
    }
    let _ = writeln!(o, "\nMonomorphizations (generic functions instantiated more than once; bloat = total - largest)");
    if m.monomorphizations.is_empty() {
        let _ = writeln!(o, "  none found{}", if m.attribution == "none" { " (no function names: build without stripping names)" } else { "" });
        return;
    }
    let _ = writeln!(o, "{:>10} {:>10} {:>6}  {}", "bloat", "total", "count", "generic function");
    for g in m.monomorphizations.iter().take(top) {
        let _ = writeln!(o, "{:>10} {:>10} {:>6}  {}", g.bloat, g.total, g.instances, clip(&g.generic, 100));
    }
}
