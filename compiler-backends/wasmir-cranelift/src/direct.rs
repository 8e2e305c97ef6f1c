//! WasmIR -> a WebAssembly function body, without Cranelift: the dev backend's path when the
//! mid-end is off (opt-level 0, what `cargo build` uses).
//!
//! With nothing to optimise, the round trip through CLIF only re-encodes what WasmIR already
//! says: its operations are wasm's, so each becomes its wasm instruction here. The body's
//! shape is made as [`crate::emit`] makes it from CLIF (same structuring, [`crate::structure`];
//! same value placement: single-use pure values become operand trees at their use, other
//! values locals, block-local ones sharing locals once dead). Frame slots that
//! [`crate::slots`] finds promotable become wasm locals: a store is a `local.set`, a load a
//! `local.get` (extended as the load kind says), which is what the SSA construction through
//! Cranelift variables amounted to.

use crate::emit::FuncBody;
use crate::reloc::RelocKind;
use crate::slots::Promoted;
use crate::structure::{Body, Shape, Structured, NO_LOCAL};
use crate::Error;
use wasm_encoder::{HeapType, Instruction as I, MemArg as WasmMemArg, ValType};
use wasmir::ir::*;

const NONE: u32 = u32::MAX;

/// The wasm type of a WasmIR type.
pub fn val_type(t: Type) -> ValType {
    match t {
        Type::I32 => ValType::I32,
        Type::I64 => ValType::I64,
        Type::F32 => ValType::F32,
        Type::F64 => ValType::F64,
        Type::V128 => ValType::V128,
        Type::ExternRef => ValType::EXTERNREF,
        Type::FuncRef => ValType::FUNCREF,
    }
}

/// Emits the body of the defined function `f` (verified WasmIR).
pub fn emit_function(f: &Function) -> Result<FuncBody, Error> {
    if f.blocks.is_empty() {
        return Err(Error::Internal("a defined function without blocks".into()));
    }
    let mut e = Emitter::new(f);
    e.emit_function(!f.sig.results.is_empty())?;
    Ok(e.out.finish())
}

struct Emitter<'a> {
    f: &'a Function,
    shape: Shape,
    promoted: Promoted,
    /// The local of each promoted field.
    field_local: Vec<u32>,
    // Per value.
    uses: Vec<u32>,
    cross_block: Vec<bool>,
    inline: Vec<bool>,
    local_of: Vec<u32>,
    /// Defining (block, instruction index) of an instruction's result.
    def: Vec<(u32, u32)>,
    /// Scratch for [`Emitter::block`]: last use position of block-local values (`NONE`
    /// outside the block being emitted) and an operand-tree walk stack.
    last_use: Vec<u32>,
    stack: Vec<Value>,
    /// Reused buffers of [`Emitter::block`] and [`Emitter::assign_args`].
    seen: Vec<Value>,
    dying: Vec<(u32, Value)>,
    moves: Vec<u32>,
    out: Body,
}

impl Structured for Emitter<'_> {
    fn shape(&self) -> &Shape {
        &self.shape
    }
    fn body(&mut self) -> &mut Body {
        &mut self.out
    }
    fn emit_block(&mut self, x: usize) -> Result<(), Error> {
        self.block(x)
    }
}

impl<'a> Emitter<'a> {
    fn new(f: &'a Function) -> Self {
        let shape = Shape::compute(f.blocks.len(), |b| f.blocks[b].term.targets().map(|t| t.block.0 as usize), 0);
        let promoted = crate::slots::promotable(f);
        let n = f.values.len();
        let mut e = Emitter {
            f,
            shape,
            field_local: Vec::new(),
            uses: vec![0; n],
            cross_block: vec![false; n],
            inline: vec![false; n],
            local_of: vec![NO_LOCAL; n],
            def: vec![(NONE, NONE); n],
            last_use: vec![NONE; n],
            stack: Vec::new(),
            seen: Vec::new(),
            dying: Vec::new(),
            moves: Vec::new(),
            out: Body::new(f.sig.params.len() as u32, f.blocks.iter().map(|b| b.insts.len()).sum::<usize>() * 3),
            promoted,
        };
        // Where each value is defined, then its uses and whether any is in another block.
        let mut def_block = vec![NONE; n];
        for &b in &e.shape.rpo {
            let blk = &f.blocks[b];
            for p in &blk.params {
                def_block[p.0 as usize] = b as u32;
            }
            for (i, inst) in blk.insts.iter().enumerate() {
                if let Some(r) = inst.result {
                    def_block[r.0 as usize] = b as u32;
                    e.def[r.0 as usize] = (b as u32, i as u32);
                }
            }
        }
        let (uses, cross_block) = (&mut e.uses, &mut e.cross_block);
        for &b in &e.shape.rpo {
            let blk = &f.blocks[b];
            let mut count = |v: Value| {
                let i = v.0 as usize;
                uses[i] += 1;
                if def_block[i] != b as u32 {
                    cross_block[i] = true;
                }
            };
            for inst in &blk.insts {
                each_use(&e.promoted, inst, &mut count);
            }
            each_term_use(&blk.term, count);
            // Block parameters are set by the branches into the block.
            for p in &blk.params {
                cross_block[p.0 as usize] = true;
            }
        }
        let mut scratch = InlineScratch { user: vec![0; n], ..InlineScratch::default() };
        for k in 0..e.shape.rpo.len() {
            e.choose_inline(&f.blocks[e.shape.rpo[k]], &mut scratch);
        }
        for (i, p) in f.blocks[0].params.iter().enumerate() {
            e.local_of[p.0 as usize] = i as u32;
        }
        // Block parameters (other than the entry's) and promoted fields get dedicated locals.
        for k in 1..e.shape.rpo.len() {
            for p in &f.blocks[e.shape.rpo[k]].params {
                if e.uses[p.0 as usize] > 0 {
                    e.local_of[p.0 as usize] = e.out.new_local(val_type(f.ty(*p)));
                }
            }
        }
        e.field_local = e.promoted.fields.iter().map(|fl| e.out.new_local(val_type(fl.ty))).collect();
        e
    }

    /// Which single-use values of `blk` (used in `blk` only) become operand trees at their
    /// use instead of locals. The order of effects must not change:
    ///
    /// 1. pure operations always can, and small integer constants are written at every use
    ///    (as short as the `local.get` they would need);
    /// 2. a load of a promoted field can when no store to the field separates it from its
    ///    *root* (the instruction whose operands are evaluated with it);
    /// 3. any other operation (a call, a memory load, a division...) can when nothing but
    ///    instructions of kinds 1 and 2, or left-out unused ones, lies between it and its root:
    ///    the wasm stack then holds its result the way LLVM's RegStackify keeps a value
    ///    defined right before its use. At most one such value moves into a root (the others
    ///    separate it from the root), so the root's operands keep their order of effects; the
    ///    root must be written (not left out for being unused) and, if it is a conditional
    ///    branch, must read the value as its condition (not as one arm's argument); a branch
    ///    to a block with an unused parameter (whose argument is not written) takes none.
    fn choose_inline(&mut self, blk: &Block, s: &mut InlineScratch) {
        for inst in &blk.insts {
            if let Some(r) = inst.result {
                self.inline[r.0 as usize] = (self.single_use_here(r) && is_pure(&inst.op)) || small_const(&inst.op);
            }
        }
        // The position of each single-use value's user (the terminator's is `n`).
        let n = blk.insts.len() as u32;
        for (j, inst) in blk.insts.iter().enumerate() {
            each_use(&self.promoted, inst, |v| s.user[v.0 as usize] = j as u32);
        }
        each_term_use(&blk.term, |v| s.user[v.0 as usize] = n);
        // The root of each position: itself, or, for an inlined instruction, its user's root.
        s.root.clear();
        s.root.resize(blk.insts.len() + 1, n);
        for j in (0..blk.insts.len()).rev() {
            s.root[j] = match blk.insts[j].result {
                // (A constant written at each of several uses has no one root; nothing asks.)
                Some(r) if self.inline[r.0 as usize] && self.single_use_here(r) => s.root[s.user[r.0 as usize] as usize],
                _ => j as u32,
            };
        }
        if !self.promoted.fields.is_empty() {
            self.inline_promoted_loads(blk, s);
        }
        // Kind 3: count the roots before each position (left-out instructions are none).
        s.roots_before.clear();
        s.roots_before.push(0);
        for inst in &blk.insts {
            let root = !self.is_inlined(inst) && !self.left_out(inst);
            s.roots_before.push(s.roots_before.last().copied().unwrap_or(0) + root as u32);
        }
        // A conditional branch evaluates its arguments on one path only: of the values it
        // reads, only its condition may carry an effect. A branch leaves out the arguments of
        // parameters nothing uses: then none may.
        let (cond, writes_all) = match &blk.term {
            Terminator::BrIf(c, ..) | Terminator::BrTable(c, ..) => (Some(*c), false),
            Terminator::Br(t) => (None, self.f.blocks[t.block.0 as usize].params.iter().all(|p| self.uses[p.0 as usize] > 0)),
            Terminator::Return(_) | Terminator::Unreachable => (None, true),
        };
        for (i, inst) in blk.insts.iter().enumerate() {
            let Some(r) = inst.result else { continue };
            if self.inline[r.0 as usize] || !self.single_use_here(r) {
                continue;
            }
            let user = s.user[r.0 as usize];
            let root = s.root[user as usize];
            if root == n && !(writes_all || cond == Some(r) && user == n) {
                continue;
            }
            // A root left out of the code (its result unused) takes its operands with it.
            if root < n && self.left_out(&blk.insts[root as usize]) {
                continue;
            }
            // Roots strictly between `i` and `root`: none.
            self.inline[r.0 as usize] = s.roots_before[root as usize] == s.roots_before[i + 1];
        }
    }

    /// Whether `r` is used once, in the block that defines it.
    fn single_use_here(&self, r: Value) -> bool {
        self.uses[r.0 as usize] == 1 && !self.cross_block[r.0 as usize]
    }

    /// Kind 2 of [`Emitter::choose_inline`].
    fn inline_promoted_loads(&mut self, blk: &Block, s: &mut InlineScratch) {
        let n = blk.insts.len() as u32;
        // Promoted loads that could be inlined: (root, load position, field, value).
        s.checks.clear();
        for (i, inst) in blk.insts.iter().enumerate() {
            if let (Op::Load { addr, mem, .. }, Some(r)) = (&inst.op, inst.result)
                && let Some(&field) = self.promoted.of.get(&(*addr, mem.offset))
                && self.single_use_here(r)
            {
                s.checks.push((s.root[s.user[r.0 as usize] as usize], i as u32, field, r));
            }
        }
        if s.checks.is_empty() {
            return;
        }
        s.checks.sort_unstable_by_key(|c| (c.0, c.1));
        // Walk the positions keeping each field's last store; a check is decided at its root,
        // before the root's own store (which reads its operands first).
        s.last_store.clear();
        s.last_store.resize(self.promoted.fields.len(), None);
        let mut next = 0;
        for p in 0..=n {
            while next < s.checks.len() && s.checks[next].0 == p {
                let (_, i, field, r) = s.checks[next];
                self.inline[r.0 as usize] = s.last_store[field as usize].is_none_or(|k| k < i);
                next += 1;
            }
            if let Some(Op::Store { addr, mem, .. }) = blk.insts.get(p as usize).map(|i| &i.op)
                && let Some(&field) = self.promoted.of.get(&(*addr, mem.offset))
            {
                s.last_store[field as usize] = Some(p);
            }
        }
    }

    /// Whether `inst` is left out of the code: its result is unused and computing it has no
    /// effect (a pure operation, or a promoted field's `local.get`).
    fn left_out(&self, inst: &Inst) -> bool {
        let used = inst.result.is_some_and(|r| self.uses[r.0 as usize] > 0);
        !used && (is_pure(&inst.op) || matches!(inst.op, Op::Load { addr, mem, .. } if self.promoted.of.contains_key(&(addr, mem.offset))))
    }

    fn ins(&mut self, i: I) {
        self.out.ins(i);
    }

    fn is_inlined(&self, inst: &Inst) -> bool {
        inst.result.is_some_and(|r| self.inline[r.0 as usize])
    }

    fn block(&mut self, x: usize) -> Result<(), Error> {
        let f = self.f;
        let blk = &f.blocks[self.shape.rpo[x]];
        let term_pos = blk.insts.len() as u32;
        // Last use position (root index; the terminator's is `term_pos`) of block-local
        // values, for local reuse. Such a value is used in this block only, so its
        // `last_use` entry is written here only.
        let (mut seen, mut dying) = (std::mem::take(&mut self.seen), std::mem::take(&mut self.dying));
        seen.clear();
        dying.clear();
        let mut stack = std::mem::take(&mut self.stack);
        for pos in 0..=term_pos {
            stack.clear();
            match blk.insts.get(pos as usize) {
                Some(inst) if self.is_inlined(inst) => continue,
                Some(inst) => each_use(&self.promoted, inst, |v| stack.push(v)),
                None => each_term_use(&blk.term, |v| stack.push(v)),
            }
            while let Some(v) = stack.pop() {
                let i = v.0 as usize;
                if self.inline[i] {
                    let (b, k) = self.def[i];
                    each_use(&self.promoted, &f.blocks[b as usize].insts[k as usize], |v| stack.push(v));
                } else if !self.cross_block[i] {
                    if self.last_use[i] == NONE {
                        seen.push(v);
                    }
                    self.last_use[i] = pos;
                }
            }
        }
        self.stack = stack;
        // (position, value), freed at that position in value order (deterministic output).
        dying.extend(seen.iter().map(|&v| (std::mem::replace(&mut self.last_use[v.0 as usize], NONE), v)));
        dying.sort_unstable_by_key(|d| (d.0, d.1 .0));
        let mut next_dying = 0;
        for (pos, inst) in blk.insts.iter().enumerate() {
            if self.is_inlined(inst) {
                continue;
            }
            if self.left_out(inst) {
                continue;
            }
            if let Some(loc) = inst.loc {
                self.out.line(loc);
            }
            self.op(inst)?;
            // Values whose last use was an instruction left out above stay reserved.
            while next_dying < dying.len() && (dying[next_dying].0 as usize) < pos {
                next_dying += 1;
            }
            while next_dying < dying.len() && dying[next_dying].0 as usize == pos {
                self.free_value(dying[next_dying].1);
                next_dying += 1;
            }
            if let Some(r) = inst.result {
                let i = r.0 as usize;
                if self.uses[i] == 0 {
                    self.ins(I::Drop);
                } else {
                    let t = val_type(f.ty(r));
                    let l = if self.cross_block[i] { self.out.new_local(t) } else { self.out.alloc_local(t) };
                    self.local_of[i] = l;
                    self.ins(I::LocalSet(l));
                }
            }
        }
        if let Some(loc) = blk.term_loc {
            self.out.line(loc);
        }
        // Free everything block-local before the successors are emitted (they are nested
        // inside this block's terminator code and may reuse those locals).
        let after: Vec<Value> = dying[next_dying..].iter().filter(|d| d.0 == term_pos).map(|d| d.1).collect();
        // The buffers go back before the successors, which are written inside this call.
        (self.seen, self.dying) = (seen, dying);
        self.terminator(x, &blk.term, &after)
    }

    fn free_value(&mut self, v: Value) {
        let l = self.local_of[v.0 as usize];
        if l != NO_LOCAL {
            self.out.free_local(l, val_type(self.f.ty(v)));
        }
    }

    fn free_values(&mut self, vals: &[Value]) {
        vals.iter().for_each(|&v| self.free_value(v));
    }

    /// Takes the locals of `vals` off the free lists again (a later arm still reads them).
    fn reserve_values(&mut self, vals: &[Value]) {
        for &v in vals {
            self.out.reserve_local(self.local_of[v.0 as usize], val_type(self.f.ty(v)));
        }
    }

    /// Parallel move of a branch's arguments into the target's parameter locals; returns the
    /// target's position.
    fn assign_args(&mut self, t: &Target) -> Result<usize, Error> {
        let params = &self.f.blocks[t.block.0 as usize].params;
        let mut set = std::mem::take(&mut self.moves);
        set.clear();
        for (p, a) in params.iter().zip(&t.args) {
            if self.uses[p.0 as usize] == 0 {
                continue;
            }
            self.push(*a)?;
            set.push(self.local_of[p.0 as usize]);
        }
        for &l in set.iter().rev() {
            self.ins(I::LocalSet(l));
        }
        self.moves = set;
        Ok(self.shape.index[t.block.0 as usize] as usize)
    }

    fn terminator(&mut self, x: usize, term: &Terminator, dying: &[Value]) -> Result<(), Error> {
        match term {
            Terminator::Br(t) => {
                let y = self.assign_args(t)?;
                self.free_values(dying);
                self.do_branch(x, y)
            }
            Terminator::BrIf(c, a, b) => {
                self.push(*c)?;
                self.open_if();
                let y = self.assign_args(a)?;
                // Values of this block are dead in both arms once the arguments are moved.
                self.free_values(dying);
                self.do_branch(x, y)?;
                self.ins(I::Else);
                // Re-reserve: the else arm still reads them while moving its arguments.
                self.reserve_values(dying);
                let z = self.assign_args(b)?;
                self.free_values(dying);
                self.do_branch(x, z)?;
                self.close_if();
                Ok(())
            }
            Terminator::BrTable(i, ts, d) => {
                let n = ts.len() + 1;
                self.open_table(n);
                self.push(*i)?;
                self.table_jump(n);
                for t in ts.iter().chain(std::iter::once(d)) {
                    self.next_table_edge();
                    self.reserve_values(dying);
                    let y = self.assign_args(t)?;
                    self.free_values(dying);
                    self.do_branch(x, y)?;
                }
                Ok(())
            }
            Terminator::Return(vs) => {
                for v in vs {
                    self.push(*v)?;
                }
                self.ins(I::Return);
                Ok(())
            }
            Terminator::Unreachable => {
                self.ins(I::Unreachable);
                Ok(())
            }
        }
    }

    /// Pushes `v`: its operand tree if it is inlined, else its local.
    fn push(&mut self, v: Value) -> Result<(), Error> {
        let i = v.0 as usize;
        if self.inline[i] {
            let (f, (b, k)) = (self.f, self.def[i]);
            return self.op(&f.blocks[b as usize].insts[k as usize]);
        }
        match self.local_of[i] {
            NO_LOCAL => Err(Error::Internal(format!("value %{} has no local", v.0))),
            l => {
                self.ins(I::LocalGet(l));
                Ok(())
            }
        }
    }

    /// The local of the promoted field a load or store at `addr + mem.offset` accesses.
    fn field(&self, addr: Value, mem: &MemArg) -> Option<u32> {
        if self.promoted.fields.is_empty() {
            return None;
        }
        self.promoted.of.get(&(addr, mem.offset)).map(|&k| self.field_local[k as usize])
    }

    /// Writes `inst`'s operation, leaving its result (if any) on the stack.
    fn op(&mut self, inst: &Inst) -> Result<(), Error> {
        let f = self.f;
        let rty = inst.result.map(|r| f.ty(r));
        match &inst.op {
            Op::Const(c) => self.ins(match *c {
                Const::I32(x) => I::I32Const(x),
                Const::I64(x) => I::I64Const(x),
                Const::F32(x) => I::F32Const(f32::from_bits(x).into()),
                Const::F64(x) => I::F64Const(f64::from_bits(x).into()),
                Const::V128(x) => I::V128Const(x as i128),
            }),
            Op::Unary(op, a) => {
                self.push(*a)?;
                self.ins(unary(*op, f.ty(*a)));
            }
            Op::Binary(op, a, b) => {
                self.push(*a)?;
                self.push(*b)?;
                let t = f.ty(*a);
                self.ins(binary(*op, t).ok_or_else(|| Error::Unsupported(format!("WasmIR `{op:?}` on {t} in the dev backend")))?);
            }
            Op::Cmp(op, a, b) => {
                self.push(*a)?;
                self.push(*b)?;
                let t = f.ty(*a);
                self.ins(compare(*op, t).ok_or_else(|| Error::Unsupported(format!("WasmIR `{op:?}` on {t} in the dev backend")))?);
            }
            Op::Convert(op, a) => {
                self.push(*a)?;
                let (from, to) = (f.ty(*a), rty.unwrap_or(Type::I32));
                self.ins(convert(*op, from, to).ok_or_else(|| Error::Unsupported(format!("WasmIR `{op:?}` from {from} to {to} in the dev backend")))?);
            }
            Op::Select(c, a, b) => {
                self.push(*a)?;
                self.push(*b)?;
                self.push(*c)?;
                let t = f.ty(*a);
                self.ins(if t.is_ref() { I::TypedSelect(val_type(t)) } else { I::Select });
            }
            Op::Load { kind, addr, mem } => {
                let t = rty.unwrap_or(Type::I32);
                if let Some(l) = self.field(*addr, mem) {
                    self.ins(I::LocalGet(l));
                    self.extend(*kind, t);
                } else {
                    self.push(*addr)?;
                    self.ins(load(*kind, t, memarg(mem)).ok_or_else(|| Error::Unsupported(format!("WasmIR load {kind:?} of {t} in the dev backend")))?);
                }
            }
            Op::Store { kind, addr, value, mem } => {
                if let Some(l) = self.field(*addr, mem) {
                    // A narrow store keeps the whole value; loads take its low bytes.
                    self.push(*value)?;
                    self.ins(I::LocalSet(l));
                } else {
                    self.push(*addr)?;
                    self.push(*value)?;
                    let t = f.ty(*value);
                    self.ins(store(*kind, t, memarg(mem)).ok_or_else(|| Error::Unsupported(format!("WasmIR store {kind:?} of {t} in the dev backend")))?);
                }
            }
            Op::MemorySize => self.ins(I::MemorySize(0)),
            Op::MemoryGrow(a) => {
                self.push(*a)?;
                self.ins(I::MemoryGrow(0));
            }
            Op::GlobalGet(g) => self.out.site(RelocKind::GlobalGet, g.0),
            Op::GlobalSet(g, v) => {
                self.push(*v)?;
                self.out.site(RelocKind::GlobalSet, g.0);
            }
            Op::Call(callee, args) => {
                for a in args {
                    self.push(*a)?;
                }
                self.out.site(RelocKind::Call, callee.0);
            }
            Op::CallIndirect { table, sig, index, args } => {
                for a in args {
                    self.push(*a)?;
                }
                self.push(*index)?;
                self.out.call_indirect(sig, table.0);
            }
            Op::RefNull(t) => self.ins(I::RefNull(if *t == Type::FuncRef { HeapType::FUNC } else { HeapType::EXTERN })),
            Op::RefIsNull(a) => {
                self.push(*a)?;
                self.ins(I::RefIsNull);
            }
            Op::RefFunc(callee) => self.out.site(RelocKind::RefFunc, callee.0),
            Op::Splat(a) => {
                self.push(*a)?;
                self.ins(I::I32x4Splat);
            }
            Op::ExtractLane(a, lane) => {
                self.push(*a)?;
                self.ins(I::I32x4ExtractLane(*lane));
            }
        }
        Ok(())
    }

    /// What a load of `kind` reads from a promoted field of type `t`: the low bytes of the
    /// whole value the last store kept, extended.
    fn extend(&mut self, kind: LoadKind, t: Type) {
        let w64 = t == Type::I64;
        let mask = |s: &mut Self, m: i64| {
            if w64 {
                s.ins(I::I64Const(m));
                s.ins(I::I64And);
            } else {
                s.ins(I::I32Const(m as i32));
                s.ins(I::I32And);
            }
        };
        match kind {
            LoadKind::Full => {}
            LoadKind::I8S => self.ins(if w64 { I::I64Extend8S } else { I::I32Extend8S }),
            LoadKind::I16S => self.ins(if w64 { I::I64Extend16S } else { I::I32Extend16S }),
            LoadKind::I32S => self.ins(I::I64Extend32S),
            LoadKind::I8U => mask(self, 0xff),
            LoadKind::I16U => mask(self, 0xffff),
            LoadKind::I32U => mask(self, 0xffff_ffff),
        }
    }
}

/// Reused buffers of [`Emitter::choose_inline`].
#[derive(Default)]
struct InlineScratch {
    /// Per value: the position of its (last) user in the block being looked at.
    user: Vec<u32>,
    root: Vec<u32>,
    checks: Vec<(u32, u32, u32, Value)>,
    last_store: Vec<Option<u32>>,
    roots_before: Vec<u32>,
}

/// Calls `f` with each value `inst` reads as emitted: a promoted field's load or store does
/// not read its slot address.
fn each_use(promoted: &Promoted, inst: &Inst, mut f: impl FnMut(Value)) {
    match &inst.op {
        Op::Load { addr, mem, .. } if promoted.of.contains_key(&(*addr, mem.offset)) => {}
        Op::Store { addr, value, mem, .. } if promoted.of.contains_key(&(*addr, mem.offset)) => f(*value),
        op => op.each_arg(f),
    }
}

/// Calls `f` with each value a terminator reads, branch arguments included.
fn each_term_use(term: &Terminator, mut f: impl FnMut(Value)) {
    let mut target = |t: &Target| t.args.iter().for_each(|a| f(*a));
    match term {
        Terminator::Br(t) => target(t),
        Terminator::BrIf(c, a, b) => {
            target(a);
            target(b);
            f(*c)
        }
        Terminator::BrTable(i, ts, d) => {
            ts.iter().for_each(&mut target);
            target(d);
            f(*i)
        }
        Terminator::Return(vs) => vs.iter().for_each(|v| f(*v)),
        Terminator::Unreachable => {}
    }
}

/// Whether an operation can move to its use: it cannot trap, has no effect, and reads no
/// state that anything could change in between (memory, globals, promoted fields).
fn is_pure(op: &Op) -> bool {
    match op {
        Op::Const(_) | Op::Unary(..) | Op::Cmp(..) | Op::Select(..) | Op::RefNull(_) | Op::RefIsNull(_) | Op::RefFunc(_) | Op::Splat(_) | Op::ExtractLane(..) => true,
        Op::Binary(op, ..) => !matches!(op, BinOp::DivS | BinOp::DivU | BinOp::RemS | BinOp::RemU),
        Op::Convert(op, _) => !matches!(op, ConvOp::TruncS | ConvOp::TruncU),
        Op::Load { .. } | Op::Store { .. } | Op::MemorySize | Op::MemoryGrow(_) | Op::GlobalGet(_) | Op::GlobalSet(..) | Op::Call(..) | Op::CallIndirect { .. } => false,
    }
}

/// An integer constant whose `const` instruction is at most 3 bytes long.
fn small_const(op: &Op) -> bool {
    match *op {
        Op::Const(Const::I32(x)) => (-8192..8192).contains(&x),
        Op::Const(Const::I64(x)) => (-8192..8192).contains(&x),
        _ => false,
    }
}

fn memarg(mem: &MemArg) -> WasmMemArg {
    // Alignment hints are left at 1 byte, as the CLIF path writes them.
    WasmMemArg { offset: mem.offset as u64, align: 0, memory_index: 0 }
}

fn unary(op: UnOp, t: Type) -> I<'static> {
    let w64 = t == Type::I64 || t == Type::F64;
    match (op, w64) {
        (UnOp::Clz, false) => I::I32Clz,
        (UnOp::Ctz, false) => I::I32Ctz,
        (UnOp::Popcnt, false) => I::I32Popcnt,
        (UnOp::Eqz, false) => I::I32Eqz,
        (UnOp::Clz, true) => I::I64Clz,
        (UnOp::Ctz, true) => I::I64Ctz,
        (UnOp::Popcnt, true) => I::I64Popcnt,
        (UnOp::Eqz, true) => I::I64Eqz,
        (UnOp::Neg, false) => I::F32Neg,
        (UnOp::Abs, false) => I::F32Abs,
        (UnOp::Sqrt, false) => I::F32Sqrt,
        (UnOp::Ceil, false) => I::F32Ceil,
        (UnOp::Floor, false) => I::F32Floor,
        (UnOp::Trunc, false) => I::F32Trunc,
        (UnOp::Nearest, false) => I::F32Nearest,
        (UnOp::Neg, true) => I::F64Neg,
        (UnOp::Abs, true) => I::F64Abs,
        (UnOp::Sqrt, true) => I::F64Sqrt,
        (UnOp::Ceil, true) => I::F64Ceil,
        (UnOp::Floor, true) => I::F64Floor,
        (UnOp::Trunc, true) => I::F64Trunc,
        (UnOp::Nearest, true) => I::F64Nearest,
    }
}

fn binary(op: BinOp, t: Type) -> Option<I<'static>> {
    use BinOp::*;
    Some(match (t, op) {
        (Type::I32, Add) => I::I32Add,
        (Type::I32, Sub) => I::I32Sub,
        (Type::I32, Mul) => I::I32Mul,
        (Type::I32, DivS) => I::I32DivS,
        (Type::I32, DivU) => I::I32DivU,
        (Type::I32, RemS) => I::I32RemS,
        (Type::I32, RemU) => I::I32RemU,
        (Type::I32, And) => I::I32And,
        (Type::I32, Or) => I::I32Or,
        (Type::I32, Xor) => I::I32Xor,
        (Type::I32, Shl) => I::I32Shl,
        (Type::I32, ShrS) => I::I32ShrS,
        (Type::I32, ShrU) => I::I32ShrU,
        (Type::I32, Rotl) => I::I32Rotl,
        (Type::I32, Rotr) => I::I32Rotr,
        (Type::I64, Add) => I::I64Add,
        (Type::I64, Sub) => I::I64Sub,
        (Type::I64, Mul) => I::I64Mul,
        (Type::I64, DivS) => I::I64DivS,
        (Type::I64, DivU) => I::I64DivU,
        (Type::I64, RemS) => I::I64RemS,
        (Type::I64, RemU) => I::I64RemU,
        (Type::I64, And) => I::I64And,
        (Type::I64, Or) => I::I64Or,
        (Type::I64, Xor) => I::I64Xor,
        (Type::I64, Shl) => I::I64Shl,
        (Type::I64, ShrS) => I::I64ShrS,
        (Type::I64, ShrU) => I::I64ShrU,
        (Type::I64, Rotl) => I::I64Rotl,
        (Type::I64, Rotr) => I::I64Rotr,
        (Type::F32, Add) => I::F32Add,
        (Type::F32, Sub) => I::F32Sub,
        (Type::F32, Mul) => I::F32Mul,
        (Type::F32, Div) => I::F32Div,
        (Type::F32, Min) => I::F32Min,
        (Type::F32, Max) => I::F32Max,
        (Type::F32, Copysign) => I::F32Copysign,
        (Type::F64, Add) => I::F64Add,
        (Type::F64, Sub) => I::F64Sub,
        (Type::F64, Mul) => I::F64Mul,
        (Type::F64, Div) => I::F64Div,
        (Type::F64, Min) => I::F64Min,
        (Type::F64, Max) => I::F64Max,
        (Type::F64, Copysign) => I::F64Copysign,
        (Type::V128, Add) => I::I32x4Add,
        (Type::V128, Sub) => I::I32x4Sub,
        (Type::V128, Mul) => I::I32x4Mul,
        (Type::V128, And) => I::V128And,
        (Type::V128, Or) => I::V128Or,
        (Type::V128, Xor) => I::V128Xor,
        _ => return None,
    })
}

fn compare(op: CmpOp, t: Type) -> Option<I<'static>> {
    use CmpOp::*;
    Some(match (t, op) {
        (Type::I32, Eq) => I::I32Eq,
        (Type::I32, Ne) => I::I32Ne,
        (Type::I32, LtS) => I::I32LtS,
        (Type::I32, LtU) => I::I32LtU,
        (Type::I32, GtS) => I::I32GtS,
        (Type::I32, GtU) => I::I32GtU,
        (Type::I32, LeS) => I::I32LeS,
        (Type::I32, LeU) => I::I32LeU,
        (Type::I32, GeS) => I::I32GeS,
        (Type::I32, GeU) => I::I32GeU,
        (Type::I64, Eq) => I::I64Eq,
        (Type::I64, Ne) => I::I64Ne,
        (Type::I64, LtS) => I::I64LtS,
        (Type::I64, LtU) => I::I64LtU,
        (Type::I64, GtS) => I::I64GtS,
        (Type::I64, GtU) => I::I64GtU,
        (Type::I64, LeS) => I::I64LeS,
        (Type::I64, LeU) => I::I64LeU,
        (Type::I64, GeS) => I::I64GeS,
        (Type::I64, GeU) => I::I64GeU,
        (Type::F32, Eq) => I::F32Eq,
        (Type::F32, Ne) => I::F32Ne,
        (Type::F32, Lt) => I::F32Lt,
        (Type::F32, Gt) => I::F32Gt,
        (Type::F32, Le) => I::F32Le,
        (Type::F32, Ge) => I::F32Ge,
        (Type::F64, Eq) => I::F64Eq,
        (Type::F64, Ne) => I::F64Ne,
        (Type::F64, Lt) => I::F64Lt,
        (Type::F64, Gt) => I::F64Gt,
        (Type::F64, Le) => I::F64Le,
        (Type::F64, Ge) => I::F64Ge,
        _ => return None,
    })
}

fn convert(op: ConvOp, from: Type, to: Type) -> Option<I<'static>> {
    use ConvOp::*;
    use Type::*;
    Some(match (op, from, to) {
        (Wrap, I64, I32) => I::I32WrapI64,
        (ExtendS, I32, I64) => I::I64ExtendI32S,
        (ExtendU, I32, I64) => I::I64ExtendI32U,
        (TruncS, F32, I32) => I::I32TruncF32S,
        (TruncS, F64, I32) => I::I32TruncF64S,
        (TruncS, F32, I64) => I::I64TruncF32S,
        (TruncS, F64, I64) => I::I64TruncF64S,
        (TruncU, F32, I32) => I::I32TruncF32U,
        (TruncU, F64, I32) => I::I32TruncF64U,
        (TruncU, F32, I64) => I::I64TruncF32U,
        (TruncU, F64, I64) => I::I64TruncF64U,
        (ConvertS, I32, F32) => I::F32ConvertI32S,
        (ConvertS, I64, F32) => I::F32ConvertI64S,
        (ConvertS, I32, F64) => I::F64ConvertI32S,
        (ConvertS, I64, F64) => I::F64ConvertI64S,
        (ConvertU, I32, F32) => I::F32ConvertI32U,
        (ConvertU, I64, F32) => I::F32ConvertI64U,
        (ConvertU, I32, F64) => I::F64ConvertI32U,
        (ConvertU, I64, F64) => I::F64ConvertI64U,
        (Promote, F32, F64) => I::F64PromoteF32,
        (Demote, F64, F32) => I::F32DemoteF64,
        (Reinterpret, I32, F32) => I::F32ReinterpretI32,
        (Reinterpret, F32, I32) => I::I32ReinterpretF32,
        (Reinterpret, I64, F64) => I::F64ReinterpretI64,
        (Reinterpret, F64, I64) => I::I64ReinterpretF64,
        _ => return None,
    })
}

fn load(kind: LoadKind, t: Type, m: WasmMemArg) -> Option<I<'static>> {
    Some(match (kind, t) {
        (LoadKind::Full, Type::I32) => I::I32Load(m),
        (LoadKind::Full, Type::I64) => I::I64Load(m),
        (LoadKind::Full, Type::F32) => I::F32Load(m),
        (LoadKind::Full, Type::F64) => I::F64Load(m),
        (LoadKind::Full, Type::V128) => I::V128Load(m),
        (LoadKind::I8S, Type::I32) => I::I32Load8S(m),
        (LoadKind::I8U, Type::I32) => I::I32Load8U(m),
        (LoadKind::I16S, Type::I32) => I::I32Load16S(m),
        (LoadKind::I16U, Type::I32) => I::I32Load16U(m),
        (LoadKind::I8S, Type::I64) => I::I64Load8S(m),
        (LoadKind::I8U, Type::I64) => I::I64Load8U(m),
        (LoadKind::I16S, Type::I64) => I::I64Load16S(m),
        (LoadKind::I16U, Type::I64) => I::I64Load16U(m),
        (LoadKind::I32S, Type::I64) => I::I64Load32S(m),
        (LoadKind::I32U, Type::I64) => I::I64Load32U(m),
        _ => return None,
    })
}

fn store(kind: StoreKind, t: Type, m: WasmMemArg) -> Option<I<'static>> {
    Some(match (kind, t) {
        (StoreKind::Full, Type::I32) => I::I32Store(m),
        (StoreKind::Full, Type::I64) => I::I64Store(m),
        (StoreKind::Full, Type::F32) => I::F32Store(m),
        (StoreKind::Full, Type::F64) => I::F64Store(m),
        (StoreKind::Full, Type::V128) => I::V128Store(m),
        (StoreKind::I8, Type::I32) => I::I32Store8(m),
        (StoreKind::I16, Type::I32) => I::I32Store16(m),
        (StoreKind::I8, Type::I64) => I::I64Store8(m),
        (StoreKind::I16, Type::I64) => I::I64Store16(m),
        (StoreKind::I32, Type::I64) => I::I64Store32(m),
        _ => return None,
    })
}
