//! Prints a module in the WasmIR text format (see the crate README for the grammar).

use crate::ir::*;
use crate::names::*;
use std::fmt::Write;

/// Renders `m` as text; [`crate::parse::parse_module`] reads it back to an equal module.
pub fn print_module(m: &Module) -> String {
    let mut s = String::new();
    writeln!(s, "module {}", quote(&m.name)).unwrap();
    for (i, f) in m.files.iter().enumerate() {
        writeln!(s, "file {i} {}", quote(f)).unwrap();
    }
    if let Some(mem) = m.memory {
        write!(s, "memory {}", mem.min).unwrap();
        if let Some(max) = mem.max {
            write!(s, " {max}").unwrap();
        }
        s.push('\n');
    }
    for g in &m.globals {
        writeln!(s, "global {}: {}{} = {}", sym(&g.name), g.ty, if g.mutable { " mut" } else { "" }, constant(g.init)).unwrap();
    }
    for d in &m.data {
        writeln!(s, "data {} {}", d.offset, quote_bytes(&d.bytes)).unwrap();
    }
    for t in &m.tables {
        write!(s, "table {}: funcref {}", sym(&t.name), t.min).unwrap();
        if let Some(max) = t.max {
            write!(s, " {max}").unwrap();
        }
        s.push('\n');
        for (off, fs) in &t.elems {
            let names: Vec<String> = fs.iter().map(|f| sym(&m.func(*f).name)).collect();
            writeln!(s, "elem {} {off} [{}]", sym(&t.name), names.join(", ")).unwrap();
        }
    }
    for f in &m.funcs {
        s.push('\n');
        print_function(&mut s, m, f);
    }
    s
}

fn print_function(s: &mut String, m: &Module, f: &Function) {
    // Written straight into `s`, without a string per value or location: crates print
    // megabytes of this.
    s.push_str("fn ");
    push_sym(s, &f.name);
    push_sig(s, &f.sig);
    if let Some(imp) = &f.import {
        write!(s, " import {} {}", quote(&imp.module), quote(&imp.field)).unwrap();
    }
    if let Some(e) = &f.export {
        write!(s, " export {}", quote(e)).unwrap();
    }
    if f.cc == CallConv::Component {
        s.push_str(" abi component");
    }
    if !f.caps.is_empty() {
        write!(s, " caps [{}]", f.caps.join(", ")).unwrap();
    }
    push_loc(s, f.loc);
    if f.is_import() {
        s.push('\n');
        return;
    }
    s.push_str(" {\n");
    for (bi, b) in f.blocks.iter().enumerate() {
        s.push('b');
        push_num(s, bi as u64);
        s.push('(');
        for (i, p) in b.params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            push_val(s, *p);
            s.push_str(": ");
            push_vty(s, f, *p);
        }
        s.push_str("):\n");
        for inst in &b.insts {
            s.push_str("  ");
            if let Some(r) = inst.result {
                push_val(s, r);
                s.push_str(": ");
                push_vty(s, f, r);
                s.push_str(" = ");
            }
            print_op(s, m, &inst.op);
            push_loc(s, inst.loc);
            s.push('\n');
        }
        s.push_str("  ");
        print_term(s, &b.term);
        push_loc(s, b.term_loc);
        s.push('\n');
    }
    s.push_str("}\n");
}

fn print_op(s: &mut String, m: &Module, op: &Op) {
    let head = |s: &mut String, name: &str, vs: &[Value]| {
        s.push_str(name);
        s.push(' ');
        push_vals(s, vs);
    };
    match op {
        Op::Const(c) => {
            s.push_str("const ");
            push_const(s, *c);
        }
        Op::Unary(o, a) => head(s, name_of(UNOPS, *o), &[*a]),
        Op::Binary(o, a, b) => head(s, name_of(BINOPS, *o), &[*a, *b]),
        Op::Cmp(o, a, b) => head(s, name_of(CMPOPS, *o), &[*a, *b]),
        Op::Convert(o, a) => head(s, name_of(CONVOPS, *o), &[*a]),
        Op::Select(c, a, b) => head(s, "select", &[*c, *a, *b]),
        Op::Load { kind, addr, mem } => {
            head(s, name_of(LOADS, *kind), &[*addr]);
            memarg(s, mem);
        }
        Op::Store { kind, addr, value, mem } => {
            head(s, name_of(STORES, *kind), &[*addr, *value]);
            memarg(s, mem);
        }
        Op::MemorySize => s.push_str("memory.size"),
        Op::MemoryGrow(a) => head(s, "memory.grow", &[*a]),
        Op::GlobalGet(g) => {
            s.push_str("global.get ");
            push_sym(s, &m.globals[g.0 as usize].name);
        }
        Op::GlobalSet(g, v) => {
            s.push_str("global.set ");
            push_sym(s, &m.globals[g.0 as usize].name);
            s.push_str(", ");
            push_val(s, *v);
        }
        Op::Call(f, args) => {
            s.push_str("call ");
            push_sym(s, &m.func(*f).name);
            s.push('(');
            push_vals(s, args);
            s.push(')');
        }
        Op::CallIndirect { table, sig: sg, index, args } => {
            s.push_str("call_indirect ");
            push_sym(s, &m.tables[table.0 as usize].name);
            s.push(' ');
            push_val(s, *index);
            s.push('(');
            push_vals(s, args);
            s.push_str(") : ");
            push_sig(s, sg);
        }
        Op::RefNull(t) => s.push_str(if *t == Type::FuncRef { "ref.null func" } else { "ref.null extern" }),
        Op::RefIsNull(a) => head(s, "ref.is_null", &[*a]),
        Op::RefFunc(f) => {
            s.push_str("ref.func ");
            push_sym(s, &m.func(*f).name);
        }
        Op::Splat(a) => head(s, "splat", &[*a]),
        Op::ExtractLane(a, l) => {
            head(s, "extract_lane", &[*a]);
            s.push_str(", ");
            push_num(s, *l as u64);
        }
    }
}

fn memarg(s: &mut String, mem: &MemArg) {
    if mem.offset != 0 {
        s.push_str(" offset=");
        push_num(s, mem.offset as u64);
    }
    s.push_str(" align=");
    push_num(s, mem.align as u64);
    if mem.bounds == Bounds::InBounds {
        s.push_str(" inbounds");
    }
}

fn print_term(s: &mut String, t: &Terminator) {
    match t {
        Terminator::Br(t) => {
            s.push_str("br ");
            push_target(s, t);
        }
        Terminator::BrIf(c, a, b) => {
            s.push_str("br_if ");
            push_val(s, *c);
            s.push_str(", ");
            push_target(s, a);
            s.push_str(", ");
            push_target(s, b);
        }
        Terminator::BrTable(i, ts, d) => {
            s.push_str("br_table ");
            push_val(s, *i);
            s.push_str(", [");
            for (k, t) in ts.iter().enumerate() {
                if k > 0 {
                    s.push_str(", ");
                }
                push_target(s, t);
            }
            s.push_str("], ");
            push_target(s, d);
        }
        Terminator::Return(vs) if vs.is_empty() => s.push_str("ret"),
        Terminator::Return(vs) => {
            s.push_str("ret ");
            push_vals(s, vs);
        }
        Terminator::Unreachable => s.push_str("unreachable"),
    }
}

fn push_target(s: &mut String, t: &Target) {
    s.push('b');
    push_num(s, t.block.0 as u64);
    s.push('(');
    push_vals(s, &t.args);
    s.push(')');
}

fn push_sig(s: &mut String, sg: &Signature) {
    let list = |s: &mut String, ts: &[Type]| {
        s.push('(');
        for (i, t) in ts.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(t.name());
        }
        s.push(')');
    };
    list(s, &sg.params);
    s.push_str(" -> ");
    list(s, &sg.results);
}

fn push_vty(s: &mut String, f: &Function, v: Value) {
    let d = f.values[v.0 as usize];
    s.push_str(d.ty.name());
    if d.linear {
        s.push_str(" linear");
    }
}

/// A decimal number, without `fmt`'s machinery.
fn push_num(s: &mut String, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    s.push_str(std::str::from_utf8(&buf[i..]).expect("digits are ASCII"));
}

fn push_val(s: &mut String, v: Value) {
    s.push('v');
    push_num(s, v.0 as u64);
}

fn push_vals(s: &mut String, vs: &[Value]) {
    for (i, v) in vs.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        push_val(s, *v);
    }
}

/// ` @file:line:col`, if there is a location.
fn push_loc(s: &mut String, l: Option<SrcLoc>) {
    if let Some(l) = l {
        s.push_str(" @");
        push_num(s, l.file as u64);
        s.push(':');
        push_num(s, l.line as u64);
        s.push(':');
        push_num(s, l.col as u64);
    }
}

fn push_const(s: &mut String, c: Const) {
    match c {
        Const::I32(x) if x >= 0 => push_num(s, x as u64),
        Const::I64(x) if x >= 0 => push_num(s, x as u64),
        c => s.push_str(&constant(c)),
    }
}

/// Prints a constant literal (floats exactly: `nan:0x...` keeps NaN payloads).
pub fn constant(c: Const) -> String {
    match c {
        Const::I32(x) => x.to_string(),
        Const::I64(x) => x.to_string(),
        Const::F32(b) => {
            let x = f32::from_bits(b);
            if x.is_nan() { format!("nan:0x{b:08x}") } else { format!("{x:?}") }
        }
        Const::F64(b) => {
            let x = f64::from_bits(b);
            if x.is_nan() { format!("nan:0x{b:016x}") } else { format!("{x:?}") }
        }
        Const::V128(x) => format!("0x{x:032x}"),
    }
}

fn is_plain(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'.')
}

/// `$name`, or `$"..."` for names with other characters.
pub(crate) fn sym(name: &str) -> String {
    if is_plain(name) { format!("${name}") } else { format!("${}", quote(name)) }
}

fn push_sym(s: &mut String, name: &str) {
    s.push('$');
    if is_plain(name) {
        s.push_str(name);
    } else {
        s.push_str(&quote(name));
    }
}

fn quote(s: &str) -> String {
    quote_bytes(s.as_bytes())
}

fn quote_bytes(b: &[u8]) -> String {
    let mut s = String::from("\"");
    for &c in b {
        match c {
            b'"' => s.push_str("\\\""),
            b'\\' => s.push_str("\\\\"),
            0x20..=0x7e => s.push(c as char),
            _ => write!(s, "\\{c:02x}").unwrap(),
        }
    }
    s.push('"');
    s
}
