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
    write!(s, "fn {}{}", sym(&f.name), sig(&f.sig)).unwrap();
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
    if let Some(l) = f.loc {
        write!(s, " {}", loc(l)).unwrap();
    }
    if f.is_import() {
        s.push('\n');
        return;
    }
    s.push_str(" {\n");
    for (bi, b) in f.blocks.iter().enumerate() {
        let params: Vec<String> = b.params.iter().map(|p| format!("{}: {}", val(*p), vty(f, *p))).collect();
        writeln!(s, "b{bi}({}):", params.join(", ")).unwrap();
        for inst in &b.insts {
            s.push_str("  ");
            if let Some(r) = inst.result {
                write!(s, "{}: {} = ", val(r), vty(f, r)).unwrap();
            }
            print_op(s, m, &inst.op);
            if let Some(l) = inst.loc {
                write!(s, " {}", loc(l)).unwrap();
            }
            s.push('\n');
        }
        s.push_str("  ");
        print_term(s, &b.term);
        if let Some(l) = b.term_loc {
            write!(s, " {}", loc(l)).unwrap();
        }
        s.push('\n');
    }
    s.push_str("}\n");
}

fn print_op(s: &mut String, m: &Module, op: &Op) {
    match op {
        Op::Const(c) => write!(s, "const {}", constant(*c)).unwrap(),
        Op::Unary(o, a) => write!(s, "{} {}", name_of(UNOPS, *o), val(*a)).unwrap(),
        Op::Binary(o, a, b) => write!(s, "{} {}, {}", name_of(BINOPS, *o), val(*a), val(*b)).unwrap(),
        Op::Cmp(o, a, b) => write!(s, "{} {}, {}", name_of(CMPOPS, *o), val(*a), val(*b)).unwrap(),
        Op::Convert(o, a) => write!(s, "{} {}", name_of(CONVOPS, *o), val(*a)).unwrap(),
        Op::Select(c, a, b) => write!(s, "select {}, {}, {}", val(*c), val(*a), val(*b)).unwrap(),
        Op::Load { kind, addr, mem } => {
            write!(s, "{} {}", name_of(LOADS, *kind), val(*addr)).unwrap();
            memarg(s, mem);
        }
        Op::Store { kind, addr, value, mem } => {
            write!(s, "{} {}, {}", name_of(STORES, *kind), val(*addr), val(*value)).unwrap();
            memarg(s, mem);
        }
        Op::MemorySize => s.push_str("memory.size"),
        Op::MemoryGrow(a) => write!(s, "memory.grow {}", val(*a)).unwrap(),
        Op::GlobalGet(g) => write!(s, "global.get {}", sym(&m.globals[g.0 as usize].name)).unwrap(),
        Op::GlobalSet(g, v) => write!(s, "global.set {}, {}", sym(&m.globals[g.0 as usize].name), val(*v)).unwrap(),
        Op::Call(f, args) => write!(s, "call {}({})", sym(&m.func(*f).name), vals(args)).unwrap(),
        Op::CallIndirect { table, sig: sg, index, args } => {
            write!(s, "call_indirect {} {}({}) : {}", sym(&m.tables[table.0 as usize].name), val(*index), vals(args), sig(sg).trim_start()).unwrap()
        }
        Op::RefNull(t) => s.push_str(if *t == Type::FuncRef { "ref.null func" } else { "ref.null extern" }),
        Op::RefIsNull(a) => write!(s, "ref.is_null {}", val(*a)).unwrap(),
        Op::RefFunc(f) => write!(s, "ref.func {}", sym(&m.func(*f).name)).unwrap(),
        Op::Splat(a) => write!(s, "splat {}", val(*a)).unwrap(),
        Op::ExtractLane(a, l) => write!(s, "extract_lane {}, {l}", val(*a)).unwrap(),
    }
}

fn memarg(s: &mut String, mem: &MemArg) {
    if mem.offset != 0 {
        write!(s, " offset={}", mem.offset).unwrap();
    }
    write!(s, " align={}", mem.align).unwrap();
    if mem.bounds == Bounds::InBounds {
        s.push_str(" inbounds");
    }
}

fn print_term(s: &mut String, t: &Terminator) {
    match t {
        Terminator::Br(t) => write!(s, "br {}", target(t)).unwrap(),
        Terminator::BrIf(c, a, b) => write!(s, "br_if {}, {}, {}", val(*c), target(a), target(b)).unwrap(),
        Terminator::BrTable(i, ts, d) => {
            let ts: Vec<String> = ts.iter().map(target).collect();
            write!(s, "br_table {}, [{}], {}", val(*i), ts.join(", "), target(d)).unwrap()
        }
        Terminator::Return(vs) if vs.is_empty() => s.push_str("ret"),
        Terminator::Return(vs) => write!(s, "ret {}", vals(vs)).unwrap(),
        Terminator::Unreachable => s.push_str("unreachable"),
    }
}

fn target(t: &Target) -> String {
    format!("b{}({})", t.block.0, vals(&t.args))
}

fn sig(sg: &Signature) -> String {
    let p: Vec<&str> = sg.params.iter().map(|t| t.name()).collect();
    let r: Vec<&str> = sg.results.iter().map(|t| t.name()).collect();
    format!("({}) -> ({})", p.join(", "), r.join(", "))
}

fn vty(f: &Function, v: Value) -> String {
    let d = f.values[v.0 as usize];
    if d.linear { format!("{} linear", d.ty) } else { d.ty.to_string() }
}

fn val(v: Value) -> String {
    format!("v{}", v.0)
}

fn vals(vs: &[Value]) -> String {
    vs.iter().map(|v| val(*v)).collect::<Vec<_>>().join(", ")
}

fn loc(l: SrcLoc) -> String {
    format!("@{}:{}:{}", l.file, l.line, l.col)
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
    !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
}

/// `$name`, or `$"..."` for names with other characters.
pub(crate) fn sym(name: &str) -> String {
    if is_plain(name) { format!("${name}") } else { format!("${}", quote(name)) }
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
