//! The verifier: types, SSA dominance, branch arguments, capabilities and linearity.
//! Each error names the function and block and says what is wrong.

use crate::cfg::{self, DomTree};
use crate::ir::*;
use rustc_hash::FxHashSet as HashSet;
use std::fmt;

/// One verifier finding.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct VerifyError {
    /// The function's name, if the error is inside one.
    pub func: Option<String>,
    pub block: Option<u32>,
    pub msg: String,
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.func, self.block) {
            (Some(func), Some(b)) => write!(f, "in function ${func}, block b{b}: {}", self.msg),
            (Some(func), None) => write!(f, "in function ${func}: {}", self.msg),
            _ => write!(f, "in module: {}", self.msg),
        }
    }
}

/// All verifier findings for a module (non-empty).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct VerifyErrors(pub Vec<VerifyError>);

impl fmt::Display for VerifyErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

/// Checks a whole module; returns every problem found.
pub fn verify_module(m: &Module) -> Result<(), VerifyErrors> {
    verify(m, false)
}

/// Checks a module that is one object of a link: as [`verify_module`], except that memory
/// accesses need no memory declared (the link adds it).
pub fn verify_object(m: &Module) -> Result<(), VerifyErrors> {
    verify(m, true)
}

/// Checks one function of an object being built (`f`, not yet in `m`, may use whatever `m`
/// declares): the checks [`verify_object`] makes of each function, for a compiler that
/// compiles bodies as it makes them.
pub fn verify_function(m: &Module, f: &Function) -> Result<(), VerifyErrors> {
    let mut errs = Vec::new();
    FuncVerifier { m, f, has_memory: true, errs: &mut errs, block: None }.run();
    if errs.is_empty() { Ok(()) } else { Err(VerifyErrors(errs)) }
}

fn verify(m: &Module, object: bool) -> Result<(), VerifyErrors> {
    let has_memory = object || m.memory.is_some();
    let mut errs = Vec::new();
    let mut merr = |msg: String| errs.push(VerifyError { func: None, block: None, msg });
    if let Some(mem) = m.memory {
        if mem.min > 65536 || mem.max.is_some_and(|x| x > 65536 || x < mem.min) {
            merr(format!("memory limits {}..{:?} are invalid (at most 65536 pages, min <= max)", mem.min, mem.max));
        }
    }
    let mem_bytes = m.memory.map_or(0u64, |x| x.min as u64 * 65536);
    for d in &m.data {
        if m.memory.is_none() {
            merr("data segment without a memory".into());
        } else if d.offset as u64 + d.bytes.len() as u64 > mem_bytes {
            merr(format!("data segment at {} of {} bytes does not fit in the initial memory", d.offset, d.bytes.len()));
        }
    }
    for g in &m.globals {
        if g.init.ty() != g.ty {
            merr(format!("global ${} has type {} but its initialiser is {}", g.name, g.ty, g.init.ty()));
        }
    }
    for t in &m.tables {
        if t.max.is_some_and(|x| x < t.min) {
            merr(format!("table ${} has max < min", t.name));
        }
        for (off, fs) in &t.elems {
            if *off as u64 + fs.len() as u64 > t.min as u64 {
                merr(format!("element segment at {off} does not fit in table ${}", t.name));
            }
            if fs.iter().any(|f| f.0 as usize >= m.funcs.len()) {
                merr(format!("element segment of table ${} names an unknown function", t.name));
            }
        }
    }
    let mut names = HashSet::default();
    let mut exports = HashSet::default();
    for f in &m.funcs {
        if !names.insert(&f.name) {
            merr(format!("function ${} is defined twice", f.name));
        }
        if let Some(e) = &f.export {
            if !exports.insert(e) {
                merr(format!("export name {e:?} is used twice"));
            }
        }
    }
    // Functions verify independently: a linked program has thousands, checked on all cores
    // (in order, so the errors come out as they would from one thread).
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = m.funcs.len().div_ceil(threads).max(512);
    let per_chunk: Vec<Vec<VerifyError>> = std::thread::scope(|s| {
        let handles: Vec<_> = m
            .funcs
            .chunks(chunk)
            .map(|fs| {
                let verify = move || {
                    let mut errs = Vec::new();
                    for f in fs {
                        FuncVerifier { m, f, has_memory, errs: &mut errs, block: None }.run();
                    }
                    errs
                };
                // Large stacks, like the code generators' threads: bodies can be deep.
                std::thread::Builder::new().stack_size(64 << 20).spawn_scoped(s, verify).expect("starting a verifier thread")
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("verifier thread panicked")).collect()
    });
    errs.extend(per_chunk.into_iter().flatten());
    if errs.is_empty() { Ok(()) } else { Err(VerifyErrors(errs)) }
}

struct FuncVerifier<'a> {
    m: &'a Module,
    f: &'a Function,
    /// Memory accesses are allowed (a memory is declared, or the module is an object).
    has_memory: bool,
    errs: &'a mut Vec<VerifyError>,
    block: Option<u32>,
}

impl FuncVerifier<'_> {
    fn err(&mut self, msg: impl Into<String>) {
        self.errs.push(VerifyError { func: Some(self.f.name.clone()), block: self.block, msg: msg.into() });
    }

    fn run(&mut self) {
        let f = self.f;
        if f.sig.results.len() > 1 {
            self.err("not supported yet: more than one result");
        }
        if f.is_import() {
            if !f.blocks.is_empty() {
                self.err("an imported function has no body");
            }
            return;
        }
        if f.blocks.is_empty() {
            self.err("a defined function needs at least an entry block");
            return;
        }
        // Every value defined exactly once.
        let nv = f.values.len();
        let mut def_site: Vec<Option<(usize, usize)>> = vec![None; nv];
        for (bi, b) in f.blocks.iter().enumerate() {
            self.block = Some(bi as u32);
            for (pi, p) in b.params.iter().enumerate() {
                self.define(&mut def_site, *p, bi, 0, &format!("parameter {pi}"));
            }
            for (ii, inst) in b.insts.iter().enumerate() {
                if let Some(r) = inst.result {
                    self.define(&mut def_site, r, bi, ii + 1, &format!("instruction {ii}"));
                }
            }
        }
        self.block = None;
        for (i, d) in def_site.iter().enumerate() {
            if d.is_none() {
                self.err(format!("value v{i} is never defined"));
            }
        }
        if !self.errs.is_empty() && self.errs.iter().any(|e| e.func.as_deref() == Some(&f.name)) {
            return;
        }
        let entry = &f.blocks[0];
        let ptys: Vec<Type> = entry.params.iter().map(|p| f.ty(*p)).collect();
        if ptys != f.sig.params {
            self.block = Some(0);
            self.err(format!("entry block parameters {} do not match the signature {}", tys(&ptys), tys(&f.sig.params)));
        }
        let dt = cfg::dominators(f);
        for (bi, b) in f.blocks.iter().enumerate() {
            self.block = Some(bi as u32);
            for (ii, inst) in b.insts.iter().enumerate() {
                for a in inst.op.args() {
                    self.check_use(&dt, &def_site, a, bi, ii + 1);
                }
                self.check_inst(ii, inst);
            }
            for a in b.term.args() {
                self.check_use(&dt, &def_site, a, bi, usize::MAX);
            }
            self.check_term(&b.term);
        }
        self.block = None;
        if self.errs.iter().all(|e| e.func.as_deref() != Some(&f.name)) {
            self.check_linear(&dt);
        }
    }

    fn define(&mut self, site: &mut [Option<(usize, usize)>], v: Value, b: usize, pos: usize, what: &str) {
        match site.get_mut(v.0 as usize) {
            None => self.err(format!("{what} defines v{} which is not in the value table", v.0)),
            Some(Some(_)) => self.err(format!("value v{} is defined more than once", v.0)),
            Some(s) => *s = Some((b, pos)),
        }
    }

    fn check_use(&mut self, dt: &DomTree, site: &[Option<(usize, usize)>], v: Value, b: usize, pos: usize) {
        let Some(Some((db, dpos))) = site.get(v.0 as usize).copied() else {
            self.err(format!("use of undefined value v{}", v.0));
            return;
        };
        if !dt.reachable(b) {
            return;
        }
        let ok = if db == b { dpos < pos } else { dt.dominates(db, b) };
        if !ok {
            self.err(format!("v{} is used where its definition (in b{db}) does not dominate the use", v.0));
        }
    }

    fn ty(&self, v: Value) -> Type {
        self.f.values.get(v.0 as usize).map_or(Type::I32, |d| d.ty)
    }

    fn expect(&mut self, what: &str, v: Value, want: Type) {
        let got = self.ty(v);
        if got != want {
            self.err(format!("{what}: v{} has type {got}, expected {want}", v.0));
        }
    }

    fn check_args(&mut self, what: &str, args: &[Value], params: &[Type]) {
        if args.len() != params.len() {
            self.err(format!("{what}: {} arguments given, {} expected", args.len(), params.len()));
            return;
        }
        for (a, t) in args.iter().zip(params) {
            self.expect(what, *a, *t);
        }
    }

    fn check_inst(&mut self, ii: usize, inst: &Inst) {
        let m = self.m;
        let what = format!("instruction {ii}");
        let rty = inst.result.map(|r| self.ty(r));
        let want_result = |s: &mut Self, t: Option<Type>| {
            if rty != t {
                s.err(format!("{what}: result type is {}, expected {}", opt_ty(rty), opt_ty(t)));
            }
        };
        match &inst.op {
            Op::Const(c) => want_result(self, Some(c.ty())),
            Op::Unary(op, a) => {
                let t = self.ty(*a);
                let ok = match op {
                    UnOp::Clz | UnOp::Ctz | UnOp::Popcnt | UnOp::Eqz => t.is_int(),
                    _ => t.is_float(),
                };
                if !ok {
                    self.err(format!("{what}: {op:?} does not apply to {t}"));
                }
                want_result(self, Some(if *op == UnOp::Eqz { Type::I32 } else { t }));
            }
            Op::Binary(op, a, b) => {
                let t = self.ty(*a);
                self.expect(&what, *b, t);
                use BinOp::*;
                let ok = match op {
                    Add | Sub | Mul => t.is_int() || t.is_float() || t == Type::V128,
                    And | Or | Xor => t.is_int() || t == Type::V128,
                    DivS | DivU | RemS | RemU | Shl | ShrS | ShrU | Rotl | Rotr => t.is_int(),
                    Div | Min | Max | Copysign => t.is_float(),
                };
                if !ok {
                    self.err(format!("{what}: {op:?} does not apply to {t}"));
                }
                want_result(self, Some(t));
            }
            Op::Cmp(op, a, b) => {
                let t = self.ty(*a);
                self.expect(&what, *b, t);
                use CmpOp::*;
                let ok = match op {
                    Eq | Ne => t.is_int() || t.is_float(),
                    Lt | Gt | Le | Ge => t.is_float(),
                    _ => t.is_int(),
                };
                if !ok {
                    self.err(format!("{what}: {op:?} does not apply to {t}"));
                }
                want_result(self, Some(Type::I32));
            }
            Op::Convert(op, a) => {
                let from = self.ty(*a);
                let Some(to) = rty else {
                    self.err(format!("{what}: a conversion needs a result"));
                    return;
                };
                use ConvOp::*;
                use Type::*;
                let ok = match op {
                    Wrap => from == I64 && to == I32,
                    ExtendS | ExtendU => from == I32 && to == I64,
                    TruncS | TruncU => from.is_float() && to.is_int(),
                    ConvertS | ConvertU => from.is_int() && to.is_float(),
                    Promote => from == F32 && to == F64,
                    Demote => from == F64 && to == F32,
                    Reinterpret => matches!((from, to), (I32, F32) | (F32, I32) | (I64, F64) | (F64, I64)),
                };
                if !ok {
                    self.err(format!("{what}: cannot {op:?} from {from} to {to}"));
                }
            }
            Op::Select(c, a, b) => {
                self.expect(&what, *c, Type::I32);
                let t = self.ty(*a);
                self.expect(&what, *b, t);
                want_result(self, Some(t));
            }
            Op::Load { kind, addr, mem } => {
                self.need_memory(&what);
                self.expect(&what, *addr, Type::I32);
                let Some(t) = rty else {
                    self.err(format!("{what}: a load needs a result"));
                    return;
                };
                let ok = match kind {
                    LoadKind::Full => t.bytes().is_some(),
                    LoadKind::I32S | LoadKind::I32U => t == Type::I64,
                    _ => t.is_int(),
                };
                if !ok {
                    self.err(format!("{what}: {kind:?} cannot produce {t}"));
                }
                self.check_align(&what, mem, kind.bytes(t));
            }
            Op::Store { kind, addr, value, mem } => {
                self.need_memory(&what);
                self.expect(&what, *addr, Type::I32);
                let t = self.ty(*value);
                let ok = match kind {
                    StoreKind::Full => t.bytes().is_some(),
                    StoreKind::I32 => t == Type::I64,
                    _ => t.is_int(),
                };
                if !ok {
                    self.err(format!("{what}: {kind:?} cannot store {t}"));
                }
                self.check_align(&what, mem, kind.bytes(t));
                want_result(self, None);
            }
            Op::MemorySize => {
                self.need_memory(&what);
                want_result(self, Some(Type::I32));
            }
            Op::MemoryGrow(a) => {
                self.need_memory(&what);
                self.expect(&what, *a, Type::I32);
                want_result(self, Some(Type::I32));
            }
            Op::GlobalGet(g) => match m.globals.get(g.0 as usize) {
                Some(gl) => want_result(self, Some(gl.ty)),
                None => self.err(format!("{what}: unknown global")),
            },
            Op::GlobalSet(g, v) => match m.globals.get(g.0 as usize) {
                Some(gl) => {
                    if !gl.mutable {
                        self.err(format!("{what}: global ${} is immutable", gl.name));
                    }
                    self.expect(&what, *v, gl.ty);
                    want_result(self, None);
                }
                None => self.err(format!("{what}: unknown global")),
            },
            Op::Call(callee, args) => {
                let Some(cf) = m.funcs.get(callee.0 as usize) else {
                    self.err(format!("{what}: unknown function"));
                    return;
                };
                self.check_args(&format!("{what} (call ${})", cf.name), args, &cf.sig.params);
                want_result(self, cf.sig.results.first().copied());
                for cap in &cf.caps {
                    if !self.f.caps.contains(cap) {
                        self.err(format!("{what}: calls ${} which needs capability `{cap}`, not declared by ${}", cf.name, self.f.name));
                    }
                }
            }
            Op::CallIndirect { table, sig, index, args } => {
                if m.tables.get(table.0 as usize).is_none() {
                    self.err(format!("{what}: unknown table"));
                }
                if sig.results.len() > 1 {
                    self.err(format!("{what}: not supported yet: more than one result"));
                }
                self.expect(&what, *index, Type::I32);
                self.check_args(&what, args, &sig.params);
                want_result(self, sig.results.first().copied());
            }
            Op::RefNull(t) => {
                if !t.is_ref() {
                    self.err(format!("{what}: ref.null of non-reference type {t}"));
                }
                want_result(self, Some(*t));
            }
            Op::RefIsNull(a) => {
                let t = self.ty(*a);
                if !t.is_ref() {
                    self.err(format!("{what}: ref.is_null of non-reference type {t}"));
                }
                want_result(self, Some(Type::I32));
            }
            Op::RefFunc(fid) => {
                if m.funcs.get(fid.0 as usize).is_none() {
                    self.err(format!("{what}: unknown function"));
                }
                want_result(self, Some(Type::FuncRef));
            }
            Op::Splat(a) => {
                self.expect(&what, *a, Type::I32);
                want_result(self, Some(Type::V128));
            }
            Op::ExtractLane(a, lane) => {
                self.expect(&what, *a, Type::V128);
                if *lane >= 4 {
                    self.err(format!("{what}: lane {lane} out of range 0..4"));
                }
                want_result(self, Some(Type::I32));
            }
        }
        if let Some(l) = inst.loc {
            if l.file as usize >= m.files.len() {
                self.err(format!("{what}: source location names file {} which is not declared", l.file));
            }
        }
    }

    fn need_memory(&mut self, what: &str) {
        if !self.has_memory {
            self.err(format!("{what}: memory access in a module without memory"));
        }
    }

    fn check_align(&mut self, what: &str, mem: &MemArg, size: u32) {
        if !mem.align.is_power_of_two() || mem.align > size.max(1) {
            self.err(format!("{what}: alignment {} must be a power of two no larger than the access size {size}", mem.align));
        }
    }

    fn check_term(&mut self, t: &Terminator) {
        let f = self.f;
        match t {
            Terminator::BrIf(c, ..) | Terminator::BrTable(c, ..) => self.expect("terminator condition", *c, Type::I32),
            Terminator::Return(vs) => {
                let got: Vec<Type> = vs.iter().map(|v| self.ty(*v)).collect();
                if got != f.sig.results {
                    self.err(format!("ret of {} in a function returning {}", tys(&got), tys(&f.sig.results)));
                }
            }
            _ => {}
        }
        for tg in t.targets() {
            let Some(b) = f.blocks.get(tg.block.0 as usize) else {
                self.err(format!("branch to undefined block b{}", tg.block.0));
                continue;
            };
            if tg.block.0 == 0 {
                self.err("the entry block b0 cannot be a branch target");
            }
            let ptys: Vec<Type> = b.params.iter().map(|p| f.ty(*p)).collect();
            self.check_args(&format!("branch to b{}", tg.block.0), &tg.args, &ptys);
        }
    }

    /// Each linear value must be used exactly once on every path from its definition to a
    /// `ret` (a trap ends the path without a use). A forward dataflow over blocks.
    fn check_linear(&mut self, dt: &DomTree) {
        let f = self.f;
        let linear: Vec<Value> = (0..f.values.len() as u32).map(Value).filter(|v| f.values[v.0 as usize].linear).collect();
        if linear.is_empty() {
            return;
        }
        #[derive(Clone, Copy, PartialEq, Debug)]
        enum St {
            Absent,
            Live,
            Used,
            Conflict,
        }
        fn join(a: St, b: St) -> St {
            match (a, b) {
                _ if a == b => a,
                (St::Absent, St::Used) | (St::Used, St::Absent) => St::Used,
                _ => St::Conflict,
            }
        }
        let idx = |v: Value| linear.binary_search(&v).ok();
        let n = f.blocks.len();
        let mut entry_state: Vec<Option<Vec<St>>> = vec![None; n];
        entry_state[0] = Some(vec![St::Absent; linear.len()]);
        let mut reported = HashSet::default();
        let mut work: Vec<usize> = vec![0];
        let mut errs = Vec::new();
        while let Some(b) = work.pop() {
            let Some(mut st) = entry_state[b].clone() else { continue };
            let blk = &f.blocks[b];
            let use_v = |st: &mut Vec<St>, v: Value, errs: &mut Vec<(usize, String)>| {
                if let Some(i) = idx(v) {
                    match st[i] {
                        St::Live => st[i] = St::Used,
                        St::Used => errs.push((b, format!("linear value v{} is used more than once", v.0))),
                        St::Conflict => errs.push((b, format!("linear value v{} may already have been used or dropped on another path", v.0))),
                        St::Absent => {}
                    }
                }
            };
            for p in &blk.params {
                if let Some(i) = idx(*p) {
                    st[i] = St::Live;
                }
            }
            for inst in &blk.insts {
                for a in inst.op.args() {
                    use_v(&mut st, a, &mut errs);
                }
                if let Some(r) = inst.result {
                    if let Some(i) = idx(r) {
                        st[i] = St::Live;
                    }
                }
            }
            // The condition and returned values are used on every path; branch arguments only
            // on their own edge.
            match &blk.term {
                Terminator::BrIf(c, ..) | Terminator::BrTable(c, ..) => use_v(&mut st, *c, &mut errs),
                Terminator::Return(vs) => vs.iter().for_each(|v| use_v(&mut st, *v, &mut errs)),
                _ => {}
            }
            if let Terminator::Return(_) = blk.term {
                for (i, s) in st.iter().enumerate() {
                    if matches!(s, St::Live | St::Conflict) {
                        errs.push((b, format!("linear value v{} may be dropped without being used", linear[i].0)));
                    }
                }
            }
            for t in blk.term.targets() {
                let tb = t.block.0 as usize;
                // A value whose definition does not dominate the target is out of scope there.
                let mut out = st.clone();
                for a in &t.args {
                    use_v(&mut out, *a, &mut errs);
                }
                for (i, s) in out.iter_mut().enumerate() {
                    if *s == St::Live {
                        let def_block = def_block_of(f, linear[i]);
                        if !def_block.is_some_and(|d| dt.dominates(d, tb)) {
                            errs.push((b, format!("linear value v{} goes out of scope on the edge to b{tb} without being used", linear[i].0)));
                            *s = St::Used;
                        }
                    }
                }
                let new = match &entry_state[tb] {
                    None => out,
                    Some(old) => old.iter().zip(&out).map(|(a, b)| join(*a, *b)).collect(),
                };
                if entry_state[tb].as_ref() != Some(&new) {
                    entry_state[tb] = Some(new);
                    work.push(tb);
                }
            }
        }
        for (b, msg) in errs {
            if reported.insert((b, msg.clone())) {
                self.block = Some(b as u32);
                self.err(msg);
            }
        }
        self.block = None;
    }
}

fn def_block_of(f: &Function, v: Value) -> Option<usize> {
    f.blocks.iter().position(|b| b.params.contains(&v) || b.insts.iter().any(|i| i.result == Some(v)))
}

fn tys(t: &[Type]) -> String {
    format!("({})", t.iter().map(|t| t.name()).collect::<Vec<_>>().join(", "))
}

fn opt_ty(t: Option<Type>) -> String {
    t.map_or("none".into(), |t| t.to_string())
}
