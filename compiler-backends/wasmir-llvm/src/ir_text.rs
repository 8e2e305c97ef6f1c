//! WasmIR -> LLVM IR (textual form, parsed by LLVM through inkwell).
//!
//! WebAssembly semantics that LLVM leaves undefined are made explicit here: integer division
//! traps (zero divisor, `MIN / -1`), shift counts are masked, float->int conversions are range
//! checked, and `unreachable` calls `llvm.trap`. Memory accesses go through `inttoptr` with
//! `"null-pointer-is-valid"` so address 0 is ordinary memory. Globals become wasm globals
//! (`addrspace(1)`, accessed with `volatile` loads/stores so LLVM never changes their type or
//! width); `call_indirect` becomes a `switch` over the (immutable) table's slots with a
//! matching signature, trapping otherwise, exactly as wasm would.

use std::collections::HashMap;
use std::fmt::Write;
use wasmir::ir::*;

/// Why a module cannot be lowered.
#[derive(Debug, thiserror::Error)]
#[error("not supported yet in the release backend: {0}")]
pub struct Unsupported(pub String);

fn ty(t: Type) -> &'static str {
    match t {
        Type::I32 => "i32",
        Type::I64 => "i64",
        Type::F32 => "float",
        Type::F64 => "double",
        Type::V128 => "<4 x i32>",
        Type::ExternRef => "ptr addrspace(10)",
        Type::FuncRef => "ptr addrspace(20)",
    }
}

fn sig_ret(s: &Signature) -> &'static str {
    s.results.first().map_or("void", |t| ty(*t))
}

fn konst(c: Const) -> String {
    match c {
        Const::I32(x) => x.to_string(),
        Const::I64(x) => x.to_string(),
        Const::F32(b) => format!("0x{:016X}", (f32::from_bits(b) as f64).to_bits()),
        Const::F64(b) => format!("0x{b:016X}"),
        Const::V128(x) => {
            let l: Vec<String> = (0..4).map(|i| format!("i32 {}", (x >> (32 * i)) as u32 as i32)).collect();
            format!("<{}>", l.join(", "))
        }
    }
}

fn quote(s: &str) -> String {
    let mut o = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b == b'_' || b == b'.' || b == b'-' {
            o.push(b as char);
        } else {
            write!(o, "\\{b:02X}").unwrap();
        }
    }
    o
}

/// Renders a verified module as LLVM IR text.
pub fn module_ir(m: &Module) -> Result<String, Unsupported> {
    let mut out = String::new();
    out.push_str("target triple = \"wasm32-unknown-unknown\"\n\n");
    for (i, g) in m.globals.iter().enumerate() {
        if g.ty.is_ref() {
            return Err(Unsupported("reference-typed globals".into()));
        }
        // Not `internal`: GlobalOpt rewrites internal globals (e.g. shrinks one stored with a
        // single constant to an `i1`), and the wasm backend then puts the new global in linear
        // memory. `hidden` keeps it out of the exports.
        writeln!(out, "@g.{i} = hidden addrspace(1) global {} {}", ty(g.ty), konst(g.init)).unwrap();
    }
    out.push_str("declare void @llvm.trap()\n");
    let mut intrinsics: Vec<String> = Vec::new();
    for (i, f) in m.funcs.iter().enumerate() {
        let params: Vec<&str> = f.sig.params.iter().map(|t| ty(*t)).collect();
        if let Some(imp) = &f.import {
            writeln!(out, "declare {} @f.{i}({}) \"wasm-import-module\"=\"{}\" \"wasm-import-name\"=\"{}\"", sig_ret(&f.sig), params.join(", "), quote(&imp.module), quote(&imp.field)).unwrap();
        }
    }
    for (i, f) in m.funcs.iter().enumerate() {
        if f.is_import() {
            continue;
        }
        FnGen::new(m, f, i, &mut intrinsics).emit(&mut out)?;
    }
    intrinsics.sort();
    intrinsics.dedup();
    for d in intrinsics {
        out.push_str(&d);
        out.push('\n');
    }
    Ok(out)
}

struct FnGen<'a> {
    m: &'a Module,
    f: &'a Function,
    idx: usize,
    intr: &'a mut Vec<String>,
    vals: Vec<String>,
    tmp: usize,
    /// Per block: code text (label + body) and incoming phi edges for its params.
    incoming: HashMap<u32, Vec<(String, Vec<String>)>>,
    edges: String,
}

impl<'a> FnGen<'a> {
    fn new(m: &'a Module, f: &'a Function, idx: usize, intr: &'a mut Vec<String>) -> Self {
        let vals = (0..f.values.len()).map(|v| format!("%v{v}")).collect();
        FnGen { m, f, idx, intr, vals, tmp: 0, incoming: HashMap::new(), edges: String::new() }
    }

    fn t(&mut self) -> String {
        self.tmp += 1;
        format!("%t{}", self.tmp)
    }

    fn intrinsic(&mut self, decl: String) {
        self.intr.push(decl);
    }

    fn v(&self, v: Value) -> &str {
        &self.vals[v.0 as usize]
    }

    fn emit(mut self, out: &mut String) -> Result<(), Unsupported> {
        let f = self.f;
        let rpo = wasmir::cfg::rpo_blocks(f);
        let params: Vec<String> = f.block(BlockId(0)).params.iter().map(|p| format!("{} %v{}", ty(f.ty(*p)), p.0)).collect();
        let mut attrs = String::from("nounwind \"null-pointer-is-valid\"=\"true\" \"no-jump-tables\"=\"true\"");
        let linkage = match &f.export {
            Some(e) => {
                write!(attrs, " \"wasm-export-name\"=\"{}\"", quote(e)).unwrap();
                ""
            }
            None => "internal ",
        };
        let mut bodies: Vec<(u32, String)> = Vec::new();
        for b in &rpo {
            let mut code = String::new();
            self.block(*b, &mut code)?;
            bodies.push((b.0, code));
        }
        writeln!(out, "\ndefine {linkage}{} @f.{}({}) {attrs} {{", sig_ret(&f.sig), self.idx, params.join(", ")).unwrap();
        for (b, code) in bodies {
            writeln!(out, "b{b}:").unwrap();
            let blk = f.block(BlockId(b));
            if b != 0 {
                let inc = self.incoming.get(&b).cloned().unwrap_or_default();
                for (pi, p) in blk.params.iter().enumerate() {
                    let arms: Vec<String> = inc.iter().map(|(lbl, args)| format!("[ {}, %{lbl} ]", args[pi])).collect();
                    writeln!(out, "  %v{} = phi {} {}", p.0, ty(f.ty(*p)), arms.join(", ")).unwrap();
                }
            }
            out.push_str(&code);
        }
        out.push_str(&self.edges);
        out.push_str("trap:\n  call void @llvm.trap()\n  unreachable\n}\n");
        Ok(())
    }

    /// An edge to `t`: its label, through an edge block when the target has parameters.
    fn edge(&mut self, t: &Target) -> String {
        if self.f.block(t.block).params.is_empty() {
            return format!("b{}", t.block.0);
        }
        self.tmp += 1;
        let lbl = format!("e{}", self.tmp);
        writeln!(self.edges, "{lbl}:\n  br label %b{}", t.block.0).unwrap();
        let args = t.args.iter().map(|a| self.v(*a).to_string()).collect();
        self.incoming.entry(t.block.0).or_default().push((lbl.clone(), args));
        lbl
    }

    /// `br i1 cond, label %trap, label %cont` and start `cont`.
    fn trap_if(&mut self, c: &mut String, cond: &str) {
        self.tmp += 1;
        let cont = format!("c{}", self.tmp);
        writeln!(c, "  br i1 {cond}, label %trap, label %{cont}\n{cont}:").unwrap();
    }

    fn block(&mut self, b: BlockId, c: &mut String) -> Result<(), Unsupported> {
        let f = self.f;
        let blk = f.block(b);
        for inst in &blk.insts {
            self.inst(inst, c)?;
        }
        match &blk.term {
            Terminator::Br(t) => {
                let l = self.edge(t);
                writeln!(c, "  br label %{l}").unwrap();
            }
            Terminator::BrIf(cv, a, e) => {
                let t = self.t();
                writeln!(c, "  {t} = icmp ne i32 {}, 0", self.v(*cv)).unwrap();
                let (la, le) = (self.edge(a), self.edge(e));
                writeln!(c, "  br i1 {t}, label %{la}, label %{le}").unwrap();
            }
            Terminator::BrTable(x, ts, d) => {
                let ld = self.edge(d);
                let cases: Vec<String> = ts.iter().enumerate().map(|(k, t)| format!("i32 {k}, label %{}", self.edge(t))).collect();
                writeln!(c, "  switch i32 {}, label %{ld} [ {} ]", self.v(*x), cases.join(" ")).unwrap();
            }
            Terminator::Return(vs) => match vs.first() {
                Some(v) => writeln!(c, "  ret {} {}", ty(f.ty(*v)), self.v(*v)).unwrap(),
                None => c.push_str("  ret void\n"),
            },
            Terminator::Unreachable => c.push_str("  br label %trap\n"),
        }
        Ok(())
    }

    fn inst(&mut self, inst: &Inst, c: &mut String) -> Result<(), Unsupported> {
        let f = self.f;
        let r = inst.result.map(|r| format!("%v{}", r.0)).unwrap_or_default();
        let rt = inst.result.map(|r| f.ty(r));
        let rts = rt.map(ty).unwrap_or("void");
        match &inst.op {
            Op::Const(k) => {
                // Constants are substituted at their uses.
                self.vals[inst.result.expect("const has a result").0 as usize] = konst(*k);
            }
            Op::Unary(op, a) => {
                let at = f.ty(*a);
                let (ts, x) = (ty(at), self.v(*a).to_string());
                let sfx = match at {
                    Type::I32 => "i32",
                    Type::I64 => "i64",
                    Type::F32 => "f32",
                    _ => "f64",
                };
                let call1 = |s: &mut Self, c: &mut String, name: &str| {
                    s.intrinsic(format!("declare {ts} @llvm.{name}.{sfx}({ts})"));
                    writeln!(c, "  {r} = call {ts} @llvm.{name}.{sfx}({ts} {x})").unwrap();
                };
                match op {
                    UnOp::Clz | UnOp::Ctz => {
                        let n = if *op == UnOp::Clz { "ctlz" } else { "cttz" };
                        self.intrinsic(format!("declare {ts} @llvm.{n}.{sfx}({ts}, i1)"));
                        writeln!(c, "  {r} = call {ts} @llvm.{n}.{sfx}({ts} {x}, i1 false)").unwrap();
                    }
                    UnOp::Popcnt => call1(self, c, "ctpop"),
                    UnOp::Eqz => {
                        let t = self.t();
                        writeln!(c, "  {t} = icmp eq {ts} {x}, 0\n  {r} = zext i1 {t} to i32").unwrap();
                    }
                    UnOp::Neg => writeln!(c, "  {r} = fneg {ts} {x}").unwrap(),
                    UnOp::Abs => call1(self, c, "fabs"),
                    UnOp::Sqrt => call1(self, c, "sqrt"),
                    UnOp::Ceil => call1(self, c, "ceil"),
                    UnOp::Floor => call1(self, c, "floor"),
                    UnOp::Trunc => call1(self, c, "trunc"),
                    UnOp::Nearest => call1(self, c, "roundeven"),
                }
            }
            Op::Binary(op, a, b) => {
                let at = f.ty(*a);
                let ts = ty(at);
                let (x, y) = (self.v(*a).to_string(), self.v(*b).to_string());
                let bits = if at == Type::I64 { 64 } else { 32 };
                let min = if at == Type::I64 { i64::MIN.to_string() } else { i32::MIN.to_string() };
                let fl = at.is_float();
                let simple = |c: &mut String, i: &str| writeln!(c, "  {r} = {i} {ts} {x}, {y}").unwrap();
                match op {
                    BinOp::Add => simple(c, if fl { "fadd" } else { "add" }),
                    BinOp::Sub => simple(c, if fl { "fsub" } else { "sub" }),
                    BinOp::Mul => simple(c, if fl { "fmul" } else { "mul" }),
                    BinOp::Div => simple(c, "fdiv"),
                    BinOp::And => simple(c, "and"),
                    BinOp::Or => simple(c, "or"),
                    BinOp::Xor => simple(c, "xor"),
                    BinOp::DivS | BinOp::DivU | BinOp::RemS | BinOp::RemU => {
                        let z = self.t();
                        writeln!(c, "  {z} = icmp eq {ts} {y}, 0").unwrap();
                        self.trap_if(c, &z);
                        match op {
                            BinOp::DivS => {
                                let (p, q, o) = (self.t(), self.t(), self.t());
                                writeln!(c, "  {p} = icmp eq {ts} {x}, {min}\n  {q} = icmp eq {ts} {y}, -1\n  {o} = and i1 {p}, {q}").unwrap();
                                self.trap_if(c, &o);
                                simple(c, "sdiv");
                            }
                            BinOp::RemS => {
                                // MIN % -1 is 0 in wasm but overflow (UB) in LLVM: divide by 1.
                                let (p, q, o, s) = (self.t(), self.t(), self.t(), self.t());
                                writeln!(c, "  {p} = icmp eq {ts} {x}, {min}\n  {q} = icmp eq {ts} {y}, -1\n  {o} = and i1 {p}, {q}\n  {s} = select i1 {o}, {ts} 1, {ts} {y}\n  {r} = srem {ts} {x}, {s}").unwrap();
                            }
                            BinOp::DivU => simple(c, "udiv"),
                            _ => simple(c, "urem"),
                        }
                    }
                    BinOp::Shl | BinOp::ShrS | BinOp::ShrU => {
                        let m = self.t();
                        let i = match op {
                            BinOp::Shl => "shl",
                            BinOp::ShrS => "ashr",
                            _ => "lshr",
                        };
                        writeln!(c, "  {m} = and {ts} {y}, {}\n  {r} = {i} {ts} {x}, {m}", bits - 1).unwrap();
                    }
                    BinOp::Rotl | BinOp::Rotr => {
                        let n = if *op == BinOp::Rotl { "fshl" } else { "fshr" };
                        self.intrinsic(format!("declare {ts} @llvm.{n}.i{bits}({ts}, {ts}, {ts})"));
                        writeln!(c, "  {r} = call {ts} @llvm.{n}.i{bits}({ts} {x}, {ts} {x}, {ts} {y})").unwrap();
                    }
                    BinOp::Min | BinOp::Max | BinOp::Copysign => {
                        let n = match op {
                            BinOp::Min => "minimum",
                            BinOp::Max => "maximum",
                            _ => "copysign",
                        };
                        let sfx = if at == Type::F32 { "f32" } else { "f64" };
                        self.intrinsic(format!("declare {ts} @llvm.{n}.{sfx}({ts}, {ts})"));
                        writeln!(c, "  {r} = call {ts} @llvm.{n}.{sfx}({ts} {x}, {ts} {y})").unwrap();
                    }
                }
            }
            Op::Cmp(op, a, b) => {
                let at = f.ty(*a);
                let ts = ty(at);
                let (x, y) = (self.v(*a).to_string(), self.v(*b).to_string());
                let (i, cc) = if at.is_float() {
                    (
                        "fcmp",
                        match op {
                            CmpOp::Eq => "oeq",
                            CmpOp::Ne => "une",
                            CmpOp::Lt => "olt",
                            CmpOp::Gt => "ogt",
                            CmpOp::Le => "ole",
                            _ => "oge",
                        },
                    )
                } else {
                    (
                        "icmp",
                        match op {
                            CmpOp::Eq => "eq",
                            CmpOp::Ne => "ne",
                            CmpOp::LtS => "slt",
                            CmpOp::LtU => "ult",
                            CmpOp::GtS => "sgt",
                            CmpOp::GtU => "ugt",
                            CmpOp::LeS => "sle",
                            CmpOp::LeU => "ule",
                            CmpOp::GeS => "sge",
                            _ => "uge",
                        },
                    )
                };
                let t = self.t();
                writeln!(c, "  {t} = {i} {cc} {ts} {x}, {y}\n  {r} = zext i1 {t} to i32").unwrap();
            }
            Op::Convert(op, a) => {
                let at = f.ty(*a);
                let (fs, x) = (ty(at), self.v(*a).to_string());
                let to = rt.unwrap_or(Type::I32);
                match op {
                    ConvOp::Wrap => writeln!(c, "  {r} = trunc i64 {x} to i32").unwrap(),
                    ConvOp::ExtendS => writeln!(c, "  {r} = sext i32 {x} to i64").unwrap(),
                    ConvOp::ExtendU => writeln!(c, "  {r} = zext i32 {x} to i64").unwrap(),
                    ConvOp::TruncS | ConvOp::TruncU => {
                        // In range (exclusive bounds, as f64) or trap; NaN fails both compares.
                        let (lo, hi) = match (op, to) {
                            (ConvOp::TruncS, Type::I32) => (-2147483649.0f64, 2147483648.0f64),
                            (ConvOp::TruncU, Type::I32) => (-1.0, 4294967296.0),
                            (ConvOp::TruncS, _) => (-9223372036854777856.0, 9223372036854775808.0),
                            _ => (-1.0, 18446744073709551616.0),
                        };
                        let d = if at == Type::F32 {
                            let d = self.t();
                            writeln!(c, "  {d} = fpext float {x} to double").unwrap();
                            d
                        } else {
                            x.clone()
                        };
                        let (p, q, ok, bad) = (self.t(), self.t(), self.t(), self.t());
                        writeln!(c, "  {p} = fcmp ogt double {d}, 0x{:016X}\n  {q} = fcmp olt double {d}, 0x{:016X}\n  {ok} = and i1 {p}, {q}\n  {bad} = xor i1 {ok}, true", lo.to_bits(), hi.to_bits()).unwrap();
                        self.trap_if(c, &bad);
                        let i = if *op == ConvOp::TruncS { "fptosi" } else { "fptoui" };
                        writeln!(c, "  {r} = {i} {fs} {x} to {rts}").unwrap();
                    }
                    ConvOp::ConvertS => writeln!(c, "  {r} = sitofp {fs} {x} to {rts}").unwrap(),
                    ConvOp::ConvertU => writeln!(c, "  {r} = uitofp {fs} {x} to {rts}").unwrap(),
                    ConvOp::Promote => writeln!(c, "  {r} = fpext float {x} to double").unwrap(),
                    ConvOp::Demote => writeln!(c, "  {r} = fptrunc double {x} to float").unwrap(),
                    ConvOp::Reinterpret => writeln!(c, "  {r} = bitcast {fs} {x} to {rts}").unwrap(),
                }
            }
            Op::Select(cv, a, b) => {
                let t = self.t();
                writeln!(c, "  {t} = icmp ne i32 {}, 0\n  {r} = select i1 {t}, {rts} {}, {rts} {}", self.v(*cv), self.v(*a), self.v(*b)).unwrap();
            }
            Op::Load { kind, addr, mem } => {
                let p = self.address(c, *addr, mem.offset);
                let t = rt.unwrap_or(Type::I32);
                let narrow = match kind {
                    LoadKind::Full => None,
                    LoadKind::I8S => Some(("i8", "sext")),
                    LoadKind::I8U => Some(("i8", "zext")),
                    LoadKind::I16S => Some(("i16", "sext")),
                    LoadKind::I16U => Some(("i16", "zext")),
                    LoadKind::I32S => Some(("i32", "sext")),
                    LoadKind::I32U => Some(("i32", "zext")),
                };
                match narrow {
                    None => writeln!(c, "  {r} = load {}, ptr {p}, align {}", ty(t), mem.align).unwrap(),
                    Some((nt, ext)) => {
                        let l = self.t();
                        writeln!(c, "  {l} = load {nt}, ptr {p}, align {}\n  {r} = {ext} {nt} {l} to {}", mem.align, ty(t)).unwrap();
                    }
                }
            }
            Op::Store { kind, addr, value, mem } => {
                let p = self.address(c, *addr, mem.offset);
                let vt = f.ty(*value);
                let x = self.v(*value).to_string();
                let nt = match kind {
                    StoreKind::Full => None,
                    StoreKind::I8 => Some("i8"),
                    StoreKind::I16 => Some("i16"),
                    StoreKind::I32 => Some("i32"),
                };
                match nt {
                    None => writeln!(c, "  store {} {x}, ptr {p}, align {}", ty(vt), mem.align).unwrap(),
                    Some(nt) => {
                        let t = self.t();
                        writeln!(c, "  {t} = trunc {} {x} to {nt}\n  store {nt} {t}, ptr {p}, align {}", ty(vt), mem.align).unwrap();
                    }
                }
            }
            Op::MemorySize => {
                self.intrinsic("declare i32 @llvm.wasm.memory.size.i32(i32)".into());
                writeln!(c, "  {r} = call i32 @llvm.wasm.memory.size.i32(i32 0)").unwrap();
            }
            Op::MemoryGrow(a) => {
                self.intrinsic("declare i32 @llvm.wasm.memory.grow.i32(i32, i32)".into());
                writeln!(c, "  {r} = call i32 @llvm.wasm.memory.grow.i32(i32 0, i32 {})", self.v(*a)).unwrap();
            }
            // Wasm-global accesses are `volatile` so that LLVM keeps their type and width:
            // otherwise InstCombine turns `bitcast (load i64)` into `load double`, and the DAG
            // combiner narrows `trunc (load i64)` to an i32 `global.get` or `and (load i32), 255`
            // to a linear-memory `load8_u` (invalid or wrong wasm). The cost: no CSE of
            // `global.get`s, which engines make cheap anyway.
            Op::GlobalGet(g) => writeln!(c, "  {r} = load volatile {rts}, ptr addrspace(1) @g.{}", g.0).unwrap(),
            Op::GlobalSet(g, v) => {
                let gt = ty(self.m.globals[g.0 as usize].ty);
                writeln!(c, "  store volatile {gt} {}, ptr addrspace(1) @g.{}", self.v(*v), g.0).unwrap();
            }
            Op::Call(callee, args) => {
                let cf = self.m.func(*callee);
                let a: Vec<String> = args.iter().map(|v| format!("{} {}", ty(f.ty(*v)), self.v(*v))).collect();
                let lhs = if inst.result.is_some() { format!("{r} = ") } else { String::new() };
                writeln!(c, "  {lhs}call {} @f.{}({})", sig_ret(&cf.sig), callee.0, a.join(", ")).unwrap();
            }
            Op::CallIndirect { table, sig, index, args } => {
                let slots = self.m.table_contents(*table);
                let a: Vec<String> = args.iter().map(|v| format!("{} {}", ty(f.ty(*v)), self.v(*v))).collect();
                self.tmp += 1;
                let base = format!("ci{}", self.tmp);
                let cands: Vec<(usize, FuncId)> = slots.iter().enumerate().filter_map(|(k, s)| s.filter(|fid| self.m.func(*fid).sig == **sig).map(|fid| (k, fid))).collect();
                let cases: Vec<String> = cands.iter().map(|(k, _)| format!("i32 {k}, label %{base}.{k}")).collect();
                writeln!(c, "  switch i32 {}, label %trap [ {} ]", self.v(*index), cases.join(" ")).unwrap();
                let mut arms = Vec::new();
                for (k, fid) in &cands {
                    let lhs = if inst.result.is_some() { format!("%{base}.r{k} = ") } else { String::new() };
                    writeln!(c, "{base}.{k}:\n  {lhs}call {} @f.{}({})\n  br label %{base}.join", sig_ret(sig), fid.0, a.join(", ")).unwrap();
                    arms.push(format!("[ %{base}.r{k}, %{base}.{k} ]"));
                }
                writeln!(c, "{base}.join:").unwrap();
                if inst.result.is_some() {
                    if arms.is_empty() {
                        writeln!(c, "  {r} = freeze {rts} poison").unwrap();
                    } else {
                        writeln!(c, "  {r} = phi {rts} {}", arms.join(", ")).unwrap();
                    }
                }
            }
            Op::RefNull(Type::ExternRef) => {
                self.intrinsic("declare ptr addrspace(10) @llvm.wasm.ref.null.extern()".into());
                writeln!(c, "  {r} = call ptr addrspace(10) @llvm.wasm.ref.null.extern()").unwrap();
            }
            Op::RefIsNull(a) if f.ty(*a) == Type::ExternRef => {
                self.intrinsic("declare i32 @llvm.wasm.ref.is_null.extern(ptr addrspace(10))".into());
                writeln!(c, "  {r} = call i32 @llvm.wasm.ref.is_null.extern(ptr addrspace(10) {})", self.v(*a)).unwrap();
            }
            Op::RefNull(_) | Op::RefIsNull(_) | Op::RefFunc(_) => return Err(Unsupported("funcref values".into())),
            Op::Splat(a) => {
                let t = self.t();
                writeln!(c, "  {t} = insertelement <4 x i32> poison, i32 {}, i32 0\n  {r} = shufflevector <4 x i32> {t}, <4 x i32> poison, <4 x i32> zeroinitializer", self.v(*a)).unwrap();
            }
            Op::ExtractLane(a, l) => writeln!(c, "  {r} = extractelement <4 x i32> {}, i32 {l}", self.v(*a)).unwrap(),
        }
        Ok(())
    }

    fn address(&mut self, c: &mut String, addr: Value, offset: u32) -> String {
        let (p, q) = (self.t(), self.t());
        writeln!(c, "  {p} = inttoptr i32 {} to ptr\n  {q} = getelementptr i8, ptr {p}, i32 {}", self.v(addr), offset as i32).unwrap();
        q
    }
}
