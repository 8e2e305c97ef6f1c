//! Optimised CLIF -> a WebAssembly function body (the dev backend with Cranelift's mid-end;
//! without it, [`crate::direct`] writes the body straight from WasmIR).
//!
//! - **Control flow**: [`crate::structure`].
//! - **Values**: a pure, single-use value used in its own block is emitted as an operand tree
//!   at its use (no local); other values live in locals. Values whose uses all sit in their
//!   defining block share locals once dead (per-type free lists); values live across blocks and
//!   block parameters get their own.
//! - Block arguments are a parallel move: push every argument, then `local.set` in reverse.
//!
//! Everything is linear in the size of the function, apart from the iterative dominator
//! computation (near-linear in practice).

use crate::lower::{self, Lowered};
use crate::reloc::{Reloc, RelocKind};
use crate::structure::{Body, Shape, Structured, NO_LOCAL};
use crate::Error;
use cranelift_codegen::entity::SecondaryMap;
use cranelift_codegen::ir::{self, condcodes::FloatCC, condcodes::IntCC, types, ExternalName, InstructionData, Opcode, ValueDef};
use wasm_encoder::{BlockType, HeapType, Instruction as I, MemArg, ValType};
use wasmir::ir::{Signature, SrcLoc};

/// One compiled function body, relocatable: references to functions, types and globals are
/// [`Reloc`] sites that [`crate::reloc::assemble`] fills in once the final module is known.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncBody {
    /// Declared locals beyond the parameters, one entry per local.
    pub locals: Vec<ValType>,
    /// Instructions, including the final `end`.
    pub code: Vec<u8>,
    /// (offset into `code`, source location) for DWARF line info, in code order.
    pub lines: Vec<(u32, SrcLoc)>,
    /// The relocation sites, in code order.
    pub relocs: Vec<Reloc>,
    /// The signatures of the body's `call_indirect`s, which their relocations index until
    /// [`crate::reloc`] renumbers them into the module's list.
    pub indirect_sigs: Vec<Signature>,
}

/// The wasm type a CLIF type travels in.
pub fn wasm_type(t: ir::Type) -> Result<ValType, Error> {
    Ok(match t {
        types::I8 | types::I16 | types::I32 => ValType::I32,
        types::I64 => ValType::I64,
        types::F32 => ValType::F32,
        types::F64 => ValType::F64,
        types::I128 => ValType::EXTERNREF,
        types::F128 => ValType::FUNCREF,
        t if t.is_vector() && t.bits() == 128 => ValType::V128,
        t => return Err(Error::Unsupported(format!("CLIF type {t} in wasm emission"))),
    })
}

const NO_POS: u32 = u32::MAX;

/// Emits one function.
pub fn emit_function(l: &Lowered) -> Result<FuncBody, Error> {
    let mut s = Structurer::new(l)?;
    s.emit_function(!l.func.signature.returns.is_empty())?;
    Ok(s.out.finish())
}

struct Structurer<'a> {
    func: &'a ir::Function,
    low: &'a Lowered,
    /// The CFG over dense block numbers (`all`, `dense`).
    shape: Shape,
    all: Vec<ir::Block>,
    dense: SecondaryMap<ir::Block, u32>,
    // Values.
    inline: SecondaryMap<ir::Value, bool>,
    uses: SecondaryMap<ir::Value, u32>,
    cross_block: SecondaryMap<ir::Value, bool>,
    local_of: SecondaryMap<ir::Value, u32>,
    /// Scratch for [`Structurer::emit_block`]: last use position of block-local values
    /// (`NO_POS` outside the block being emitted) and an operand-tree walk stack.
    last_use: SecondaryMap<ir::Value, u32>,
    stack: Vec<ir::Value>,
    scratch_i64: u32,
    out: Body,
}

impl Structured for Structurer<'_> {
    fn shape(&self) -> &Shape {
        &self.shape
    }
    fn body(&mut self) -> &mut Body {
        &mut self.out
    }
    fn emit_block(&mut self, x: usize) -> Result<(), Error> {
        Structurer::emit_block(self, x)
    }
}

impl<'a> Structurer<'a> {
    fn new(low: &'a Lowered) -> Result<Self, Error> {
        let func = &low.func;
        let entry = func.layout.entry_block().ok_or_else(|| Error::Internal("function without entry block".into()))?;
        // Number blocks densely; the shape is computed on that numbering.
        let all: Vec<ir::Block> = func.layout.blocks().collect();
        let mut dense: SecondaryMap<ir::Block, u32> = SecondaryMap::with_default(u32::MAX);
        for (i, b) in all.iter().enumerate() {
            dense[*b] = i as u32;
        }
        let edges: Vec<Vec<usize>> = all
            .iter()
            .map(|&b| match func.layout.last_inst(b) {
                Some(t) => func.dfg.insts[t].branch_destination(&func.dfg.jump_tables, &func.dfg.exception_tables).iter().map(|bc| dense[bc.block(&func.dfg.value_lists)] as usize).collect(),
                None => Vec::new(),
            })
            .collect();
        let shape = Shape::compute(edges.len(), |b| edges[b].iter().copied(), dense[entry] as usize);
        let rpo: Vec<ir::Block> = shape.rpo.iter().map(|&i| all[i]).collect();

        // Use counts, and whether a value is used outside its defining block.
        let mut uses: SecondaryMap<ir::Value, u32> = SecondaryMap::new();
        let mut cross_block: SecondaryMap<ir::Value, bool> = SecondaryMap::new();
        let def_block = |v: ir::Value| match func.dfg.value_def(v) {
            ValueDef::Result(i, _) => func.layout.inst_block(i),
            ValueDef::Param(b, _) => Some(b),
            _ => None,
        };
        for &b in &rpo {
            for inst in func.layout.block_insts(b) {
                for v in func.dfg.inst_values(inst) {
                    let v = func.dfg.resolve_aliases(v);
                    uses[v] += 1;
                    if def_block(v) != Some(b) || matches!(func.dfg.value_def(v), ValueDef::Param(..)) {
                        cross_block[v] = true;
                    }
                }
            }
        }
        let mut inline: SecondaryMap<ir::Value, bool> = SecondaryMap::new();
        for &b in &rpo {
            for inst in func.layout.block_insts(b) {
                let res = func.dfg.inst_results(inst);
                if res.len() == 1 && uses[res[0]] == 1 && !cross_block[res[0]] && is_pure(func, inst) {
                    inline[res[0]] = true;
                }
            }
        }
        let nparams = func.signature.params.len() as u32;
        let mut local_of: SecondaryMap<ir::Value, u32> = SecondaryMap::with_default(NO_LOCAL);
        for (i, p) in func.dfg.block_params(entry).iter().enumerate() {
            local_of[*p] = i as u32;
        }
        let mut s = Structurer {
            func,
            low,
            shape,
            all,
            dense,
            inline,
            uses,
            cross_block,
            local_of,
            last_use: SecondaryMap::with_default(NO_POS),
            stack: Vec::new(),
            scratch_i64: NO_LOCAL,
            out: Body::new(nparams, func.dfg.num_insts() * 3),
        };
        // Block parameters (other than the entry's) get dedicated locals.
        for &b in rpo.iter().skip(1) {
            for &p in func.dfg.block_params(b) {
                if s.uses[p] > 0 {
                    let t = wasm_type(func.dfg.value_type(p))?;
                    s.local_of[p] = s.out.new_local(t);
                }
            }
        }
        Ok(s)
    }

    fn ins(&mut self, i: I) {
        self.out.ins(i);
    }

    /// The position of block `b` in the shape's RPO.
    fn pos(&self, b: ir::Block) -> usize {
        self.shape.index[self.dense[b] as usize] as usize
    }

    fn emit_block(&mut self, x: usize) -> Result<(), Error> {
        let b = self.all[self.shape.rpo[x]];
        let func = self.func;
        let insts: Vec<ir::Inst> = func.layout.block_insts(b).collect();
        let term = *insts.last().ok_or_else(|| Error::Internal("empty block".into()))?;
        // Last use position (root index) of block-local values, for local reuse. Such a value
        // is used in this block only, so its `last_use` entry is written here only.
        let mut seen: Vec<ir::Value> = Vec::new();
        let mut stack = std::mem::take(&mut self.stack);
        for (pos, &inst) in insts.iter().enumerate() {
            if self.is_inlined_inst(inst) {
                continue;
            }
            stack.clear();
            stack.extend(func.dfg.inst_values(inst));
            while let Some(v) = stack.pop() {
                let v = func.dfg.resolve_aliases(v);
                if self.inline[v] {
                    if let ValueDef::Result(d, _) = func.dfg.value_def(v) {
                        stack.extend(func.dfg.inst_values(d));
                    }
                } else if !self.cross_block[v] {
                    if self.last_use[v] == NO_POS {
                        seen.push(v);
                    }
                    self.last_use[v] = pos as u32;
                }
            }
        }
        self.stack = stack;
        // (position, value), freed at that position in value order (deterministic output).
        let mut dying: Vec<(u32, ir::Value)> = seen.iter().map(|&v| (std::mem::replace(&mut self.last_use[v], NO_POS), v)).collect();
        dying.sort_unstable();
        let mut next_dying = 0;
        for (pos, &inst) in insts.iter().enumerate() {
            if self.is_inlined_inst(inst) {
                continue;
            }
            if inst == term {
                break;
            }
            let results = func.dfg.inst_results(inst);
            let used = results.iter().any(|r| self.uses[*r] > 0);
            if !used && is_pure(func, inst) {
                continue;
            }
            self.line(inst);
            self.emit_inst(inst)?;
            // Values whose last use was an instruction left out above stay reserved.
            while next_dying < dying.len() && (dying[next_dying].0 as usize) < pos {
                next_dying += 1;
            }
            while next_dying < dying.len() && dying[next_dying].0 as usize == pos {
                self.free_value(dying[next_dying].1)?;
                next_dying += 1;
            }
            for r in results.iter().rev() {
                if self.uses[*r] == 0 {
                    self.ins(I::Drop);
                } else {
                    let t = wasm_type(func.dfg.value_type(*r))?;
                    let l = if self.cross_block[*r] { self.out.new_local(t) } else { self.out.alloc_local(t) };
                    self.local_of[*r] = l;
                    self.ins(I::LocalSet(l));
                }
            }
        }
        self.line(term);
        // Free everything block-local before the successors are emitted (they are nested
        // inside this block's terminator code and may reuse those locals).
        let last = insts.len() as u32 - 1;
        let after: Vec<ir::Value> = dying[next_dying..].iter().filter(|d| d.0 == last).map(|d| d.1).collect();
        self.emit_terminator(x, term, &after)
    }

    /// A line-table row for `inst`, if it has a source location.
    fn line(&mut self, inst: ir::Inst) {
        let srcloc = self.func.srcloc(inst);
        if !srcloc.is_default() {
            if let Some(sl) = self.low.locs.get(srcloc.bits() as usize) {
                self.out.line(*sl);
            }
        }
    }

    /// Returns `v`'s local (if it has one) to the free list of its type.
    fn free_value(&mut self, v: ir::Value) -> Result<(), Error> {
        let l = self.local_of[v];
        if l != NO_LOCAL {
            let t = wasm_type(self.func.dfg.value_type(v))?;
            self.out.free_local(l, t);
        }
        Ok(())
    }

    fn free_values(&mut self, vals: &[ir::Value]) -> Result<(), Error> {
        vals.iter().try_for_each(|&v| self.free_value(v))
    }

    /// Takes the locals of `vals` off the free lists again (a later arm still reads them).
    fn reserve_values(&mut self, vals: &[ir::Value]) -> Result<(), Error> {
        for &v in vals {
            let t = wasm_type(self.func.dfg.value_type(v))?;
            self.out.reserve_local(self.local_of[v], t);
        }
        Ok(())
    }

    fn is_inlined_inst(&self, inst: ir::Inst) -> bool {
        let r = self.func.dfg.inst_results(inst);
        r.len() == 1 && self.inline[r[0]]
    }

    /// Parallel move of a branch's arguments into the target's parameter locals.
    fn assign_args(&mut self, bc: ir::BlockCall) -> Result<usize, Error> {
        let func = self.func;
        let target = bc.block(&func.dfg.value_lists);
        let params = func.dfg.block_params(target).to_vec();
        let args: Vec<ir::BlockArg> = bc.args(&func.dfg.value_lists).collect();
        let mut set = Vec::new();
        for (p, a) in params.iter().zip(args) {
            if self.uses[*p] == 0 {
                continue;
            }
            match a {
                ir::BlockArg::Value(v) => self.push_value(v)?,
                _ => return Err(Error::Unsupported("exceptional block arguments".into())),
            }
            set.push(self.local_of[*p]);
        }
        for l in set.into_iter().rev() {
            self.ins(I::LocalSet(l));
        }
        Ok(self.pos(target))
    }

    fn emit_terminator(&mut self, x: usize, term: ir::Inst, dying: &[ir::Value]) -> Result<(), Error> {
        let func = self.func;
        match &func.dfg.insts[term] {
            InstructionData::Jump { destination, .. } => {
                let y = self.assign_args(*destination)?;
                self.free_values(dying)?;
                self.do_branch(x, y)
            }
            InstructionData::Brif { arg, blocks, .. } => {
                self.push_value(*arg)?;
                self.open_if();
                let y = self.assign_args(blocks[0])?;
                // Values of this block are dead in both arms once the arguments are moved.
                self.free_values(dying)?;
                self.do_branch(x, y)?;
                self.ins(I::Else);
                // Re-reserve: the else arm still reads them while moving its arguments.
                self.reserve_values(dying)?;
                let z = self.assign_args(blocks[1])?;
                self.free_values(dying)?;
                self.do_branch(x, z)?;
                self.close_if();
                Ok(())
            }
            InstructionData::BranchTable { arg, table, .. } => {
                let jt = &func.dfg.jump_tables[*table];
                let mut edges: Vec<ir::BlockCall> = jt.as_slice().to_vec();
                edges.push(jt.default_block());
                self.open_table(edges.len());
                self.push_value(*arg)?;
                self.table_jump(edges.len());
                for e in edges {
                    self.next_table_edge();
                    self.reserve_values(dying)?;
                    let y = self.assign_args(e)?;
                    self.free_values(dying)?;
                    self.do_branch(x, y)?;
                }
                Ok(())
            }
            InstructionData::MultiAry { opcode: Opcode::Return, args } => {
                for v in args.as_slice(&func.dfg.value_lists).to_vec() {
                    self.push_value(v)?;
                }
                self.ins(I::Return);
                Ok(())
            }
            InstructionData::Trap { .. } => {
                self.ins(I::Unreachable);
                Ok(())
            }
            other => Err(Error::Unsupported(format!("CLIF terminator {}", other.opcode()))),
        }
    }

    // ---- values and instructions -------------------------------------------------------

    fn push_value(&mut self, v: ir::Value) -> Result<(), Error> {
        let v = self.func.dfg.resolve_aliases(v);
        if self.inline[v] {
            match self.func.dfg.value_def(v) {
                ValueDef::Result(inst, _) => return self.emit_inst(inst),
                _ => return Err(Error::Internal("inlined value without a defining instruction".into())),
            }
        }
        let l = self.local_of[v];
        if l == NO_LOCAL {
            return Err(Error::Internal(format!("value {v} has no local")));
        }
        self.ins(I::LocalGet(l));
        Ok(())
    }

    fn args(&mut self, inst: ir::Inst) -> Result<(), Error> {
        for v in self.func.dfg.inst_args(inst).to_vec() {
            self.push_value(v)?;
        }
        Ok(())
    }

    /// Pushes a wasm i32 address for a CLIF i64 address `p` plus `offset`, returning the
    /// memarg offset to use. `uextend.i64 x` addresses use `x` directly; anything else is
    /// checked to fit in 32 bits (trapping otherwise, as an out-of-bounds access would).
    fn address(&mut self, p: ir::Value, offset: i64) -> Result<u64, Error> {
        let func = self.func;
        let p = func.dfg.resolve_aliases(p);
        if self.inline[p] && offset >= 0 {
            if let ValueDef::Result(d, _) = func.dfg.value_def(p) {
                if let InstructionData::Unary { opcode: Opcode::Uextend, arg } = func.dfg.insts[d] {
                    if func.dfg.value_type(arg) == types::I32 {
                        self.push_value(arg)?;
                        return Ok(offset as u64);
                    }
                }
            }
        }
        self.push_value(p)?;
        if offset != 0 {
            self.ins(I::I64Const(offset));
            self.ins(I::I64Add);
        }
        if self.scratch_i64 == NO_LOCAL {
            self.scratch_i64 = self.out.new_local(ValType::I64);
        }
        let s = self.scratch_i64;
        self.ins(I::LocalTee(s));
        self.ins(I::I64Const(32));
        self.ins(I::I64ShrU);
        self.ins(I::I64Eqz);
        self.ins(I::I32Eqz);
        self.ins(I::If(BlockType::Empty));
        self.ins(I::Unreachable);
        self.ins(I::End);
        self.ins(I::LocalGet(s));
        self.ins(I::I32WrapI64);
        Ok(0)
    }

    fn emit_inst(&mut self, inst: ir::Inst) -> Result<(), Error> {
        let func = self.func;
        let data = func.dfg.insts[inst];
        let op = data.opcode();
        let args: Vec<ir::Value> = func.dfg.inst_args(inst).to_vec();
        let ty = func.dfg.ctrl_typevar(inst);
        let arg_ty = args.first().map(|a| func.dfg.value_type(*a)).unwrap_or(types::INVALID);
        let unsupported = || Error::Unsupported(format!("CLIF `{}` on {ty} in the dev backend", op));
        let w64 = ty == types::I64;
        let is_vec = ty.is_vector();
        match data {
            InstructionData::UnaryImm { imm, .. } => {
                let x = imm.bits();
                match ty {
                    types::I64 => self.ins(I::I64Const(x)),
                    types::I8 => self.ins(I::I32Const((x & 0xff) as i32)),
                    types::I16 => self.ins(I::I32Const((x & 0xffff) as i32)),
                    _ => self.ins(I::I32Const(x as i32)),
                }
                return Ok(());
            }
            InstructionData::UnaryIeee32 { imm, .. } => {
                self.ins(I::F32Const(f32::from_bits(imm.bits()).into()));
                return Ok(());
            }
            InstructionData::UnaryIeee64 { imm, .. } => {
                self.ins(I::F64Const(f64::from_bits(imm.bits()).into()));
                return Ok(());
            }
            InstructionData::UnaryConst { constant_handle, .. } => {
                let bytes = func.dfg.constants.get(constant_handle).as_slice().to_vec();
                let mut b = [0u8; 16];
                let n = bytes.len().min(16);
                b[..n].copy_from_slice(&bytes[..n]);
                self.ins(I::V128Const(i128::from_le_bytes(b)));
                return Ok(());
            }
            InstructionData::Load { offset, arg, .. } => {
                let off = self.address(arg, i32::from(offset) as i64)?;
                let ma = |align| MemArg { offset: off, align, memory_index: 0 };
                let rt = func.dfg.value_type(func.dfg.first_result(inst));
                let i = match (op, rt) {
                    (Opcode::Load, types::I32) => I::I32Load(ma(0)),
                    (Opcode::Load, types::I64) => I::I64Load(ma(0)),
                    (Opcode::Load, types::F32) => I::F32Load(ma(0)),
                    (Opcode::Load, types::F64) => I::F64Load(ma(0)),
                    (Opcode::Load, t) if t.is_vector() => I::V128Load(ma(0)),
                    (Opcode::Uload8, types::I32) => I::I32Load8U(ma(0)),
                    (Opcode::Sload8, types::I32) => I::I32Load8S(ma(0)),
                    (Opcode::Uload16, types::I32) => I::I32Load16U(ma(0)),
                    (Opcode::Sload16, types::I32) => I::I32Load16S(ma(0)),
                    (Opcode::Uload8, types::I64) => I::I64Load8U(ma(0)),
                    (Opcode::Sload8, types::I64) => I::I64Load8S(ma(0)),
                    (Opcode::Uload16, types::I64) => I::I64Load16U(ma(0)),
                    (Opcode::Sload16, types::I64) => I::I64Load16S(ma(0)),
                    (Opcode::Uload32, _) => I::I64Load32U(ma(0)),
                    (Opcode::Sload32, _) => I::I64Load32S(ma(0)),
                    _ => return Err(unsupported()),
                };
                self.ins(i);
                return Ok(());
            }
            InstructionData::Store { offset, args: [val, p], .. } => {
                let off = self.address(p, i32::from(offset) as i64)?;
                self.push_value(val)?;
                let ma = MemArg { offset: off, align: 0, memory_index: 0 };
                let vt = func.dfg.value_type(val);
                let i = match (op, vt) {
                    (Opcode::Store, types::I32) => I::I32Store(ma),
                    (Opcode::Store, types::I64) => I::I64Store(ma),
                    (Opcode::Store, types::F32) => I::F32Store(ma),
                    (Opcode::Store, types::F64) => I::F64Store(ma),
                    (Opcode::Store, t) if t.is_vector() => I::V128Store(ma),
                    (Opcode::Istore8, types::I64) => I::I64Store8(ma),
                    (Opcode::Istore16, types::I64) => I::I64Store16(ma),
                    (Opcode::Istore32, _) => I::I64Store32(ma),
                    (Opcode::Istore8, _) => I::I32Store8(ma),
                    (Opcode::Istore16, _) => I::I32Store16(ma),
                    _ => return Err(unsupported()),
                };
                self.ins(i);
                return Ok(());
            }
            InstructionData::Call { func_ref, .. } => return self.emit_call(inst, func_ref),
            InstructionData::CallIndirect { sig_ref, args: ref vl, .. } => {
                let all = vl.as_slice(&func.dfg.value_lists).to_vec();
                for a in &all[1..] {
                    self.push_value(*a)?;
                }
                self.address(all[0], 0)?;
                let (table, sig) = self.low.indirect.get(&sig_ref).ok_or_else(|| Error::Internal("call_indirect without a table".into()))?;
                self.out.call_indirect(sig, table.0);
                return Ok(());
            }
            InstructionData::CondTrap { arg, .. } => {
                self.push_value(arg)?;
                if op == Opcode::Trapz {
                    self.eqz(func.dfg.value_type(arg));
                } else if func.dfg.value_type(arg) == types::I64 {
                    self.ins(I::I64Eqz);
                    self.ins(I::I32Eqz);
                }
                self.ins(I::If(BlockType::Empty));
                self.ins(I::Unreachable);
                self.ins(I::End);
                return Ok(());
            }
            InstructionData::IntCompare { cond, args: [a, b], .. } => return self.icmp(cond, a, b),
            InstructionData::FloatCompare { cond, args: [a, b], .. } => return self.fcmp(cond, a, b),
            InstructionData::BinaryImm8 { arg, imm, .. } if op == Opcode::Extractlane => {
                self.push_value(arg)?;
                let lane = imm;
                match func.dfg.value_type(arg) {
                    types::I32X4 => self.ins(I::I32x4ExtractLane(lane)),
                    _ => return Err(unsupported()),
                }
                return Ok(());
            }
            _ => {}
        }
        match op {
            Opcode::Iadd | Opcode::Isub | Opcode::Imul | Opcode::Band | Opcode::Bor | Opcode::Bxor if is_vec => {
                self.args(inst)?;
                self.ins(match op {
                    Opcode::Iadd => I::I32x4Add,
                    Opcode::Isub => I::I32x4Sub,
                    Opcode::Imul => I::I32x4Mul,
                    Opcode::Band => I::V128And,
                    Opcode::Bor => I::V128Or,
                    _ => I::V128Xor,
                });
            }
            Opcode::Bnot if is_vec => {
                self.args(inst)?;
                self.ins(I::V128Not);
            }
            Opcode::Splat => {
                self.args(inst)?;
                match ty {
                    types::I32X4 => self.ins(I::I32x4Splat),
                    _ => return Err(unsupported()),
                }
            }
            Opcode::Iadd | Opcode::Isub | Opcode::Imul | Opcode::Band | Opcode::Bor | Opcode::Bxor | Opcode::Ishl | Opcode::Ushr | Opcode::Sshr | Opcode::Rotl | Opcode::Rotr | Opcode::Sdiv | Opcode::Udiv | Opcode::Srem | Opcode::Urem => {
                let [a, b] = [args[0], args[1]];
                self.push_value(a)?;
                if matches!(op, Opcode::Sshr | Opcode::Sdiv | Opcode::Srem) {
                    self.narrow_sext(ty);
                }
                self.push_value(b)?;
                let bt = func.dfg.value_type(b);
                // Shift amounts may have another width than the shifted value.
                if matches!(op, Opcode::Ishl | Opcode::Ushr | Opcode::Sshr | Opcode::Rotl | Opcode::Rotr) && (bt == types::I64) != w64 {
                    self.ins(if w64 { I::I64ExtendI32U } else { I::I32WrapI64 });
                } else if matches!(op, Opcode::Sdiv | Opcode::Srem) {
                    self.narrow_sext(ty);
                }
                self.int_binop(op, ty)?;
            }
            Opcode::Bnot => {
                self.args(inst)?;
                if w64 {
                    self.ins(I::I64Const(-1));
                    self.ins(I::I64Xor);
                } else {
                    self.ins(I::I32Const(-1));
                    self.ins(I::I32Xor);
                    self.narrow_mask(ty);
                }
            }
            Opcode::Ineg => {
                if w64 {
                    self.ins(I::I64Const(0));
                    self.args(inst)?;
                    self.ins(I::I64Sub);
                } else {
                    self.ins(I::I32Const(0));
                    self.args(inst)?;
                    self.ins(I::I32Sub);
                    self.narrow_mask(ty);
                }
            }
            Opcode::Clz | Opcode::Ctz | Opcode::Popcnt if ty == types::I32 || w64 => {
                self.args(inst)?;
                self.ins(match (op, w64) {
                    (Opcode::Clz, false) => I::I32Clz,
                    (Opcode::Ctz, false) => I::I32Ctz,
                    (Opcode::Popcnt, false) => I::I32Popcnt,
                    (Opcode::Clz, true) => I::I64Clz,
                    (Opcode::Ctz, true) => I::I64Ctz,
                    _ => I::I64Popcnt,
                });
            }
            Opcode::Smin | Opcode::Smax | Opcode::Umin | Opcode::Umax if ty == types::I32 || w64 => {
                // select(a, b, a <op> b): operands are pushed twice (pure).
                let (a, b) = (args[0], args[1]);
                self.push_value(a)?;
                self.push_value(b)?;
                self.push_value(a)?;
                self.push_value(b)?;
                let cc = match op {
                    Opcode::Smin => IntCC::SignedLessThan,
                    Opcode::Smax => IntCC::SignedGreaterThan,
                    Opcode::Umin => IntCC::UnsignedLessThan,
                    _ => IntCC::UnsignedGreaterThan,
                };
                self.icmp_op(cc, ty)?;
                self.ins(I::Select);
            }
            Opcode::Umulhi | Opcode::Smulhi if ty == types::I32 => {
                let ext = if op == Opcode::Umulhi { I::I64ExtendI32U } else { I::I64ExtendI32S };
                self.push_value(args[0])?;
                self.ins(ext.clone());
                self.push_value(args[1])?;
                self.ins(ext);
                self.ins(I::I64Mul);
                self.ins(I::I64Const(32));
                self.ins(if op == Opcode::Umulhi { I::I64ShrU } else { I::I64ShrS });
                self.ins(I::I32WrapI64);
            }
            Opcode::Umulhi | Opcode::Smulhi if w64 => self.mulhi64(args[0], args[1], op == Opcode::Smulhi)?,
            Opcode::Iabs if ty == types::I32 || w64 => {
                let a = args[0];
                if w64 {
                    self.ins(I::I64Const(0));
                    self.push_value(a)?;
                    self.ins(I::I64Sub);
                    self.push_value(a)?;
                    self.push_value(a)?;
                    self.ins(I::I64Const(0));
                    self.ins(I::I64LtS);
                } else {
                    self.ins(I::I32Const(0));
                    self.push_value(a)?;
                    self.ins(I::I32Sub);
                    self.push_value(a)?;
                    self.push_value(a)?;
                    self.ins(I::I32Const(0));
                    self.ins(I::I32LtS);
                }
                self.ins(I::Select);
            }
            Opcode::Bmask => {
                // -(x != 0) in the result width.
                let a = args[0];
                self.push_value(a)?;
                self.eqz(arg_ty);
                self.ins(I::I32Eqz);
                if w64 {
                    self.ins(I::I64ExtendI32U);
                    self.ins(I::I64Const(0));
                    self.ins(I::I64Sub);
                    self.ins(I::I64Const(-1));
                    self.ins(I::I64Mul);
                } else {
                    self.ins(I::I32Const(-1));
                    self.ins(I::I32Mul);
                    self.narrow_mask(ty);
                }
            }
            Opcode::Uextend | Opcode::Sextend | Opcode::Ireduce => {
                let a = args[0];
                self.push_value(a)?;
                let from = func.dfg.value_type(a);
                match (op, from, ty) {
                    (Opcode::Uextend, types::I64, _) => return Err(unsupported()),
                    (Opcode::Uextend, _, types::I64) => self.ins(I::I64ExtendI32U),
                    (Opcode::Uextend, _, _) => {}
                    (Opcode::Sextend, types::I8, t) => {
                        self.ins(I::I32Extend8S);
                        if t == types::I64 {
                            self.ins(I::I64ExtendI32S);
                        } else {
                            self.narrow_mask(t);
                        }
                    }
                    (Opcode::Sextend, types::I16, t) => {
                        self.ins(I::I32Extend16S);
                        if t == types::I64 {
                            self.ins(I::I64ExtendI32S);
                        } else {
                            self.narrow_mask(t);
                        }
                    }
                    (Opcode::Sextend, types::I32, types::I64) => self.ins(I::I64ExtendI32S),
                    (Opcode::Ireduce, types::I64, t) => {
                        self.ins(I::I32WrapI64);
                        self.narrow_mask(t);
                    }
                    (Opcode::Ireduce, _, t) => self.narrow_mask(t),
                    _ => return Err(unsupported()),
                }
            }
            Opcode::Select | Opcode::SelectSpectreGuard => {
                let (c, a, b) = (args[0], args[1], args[2]);
                self.push_value(a)?;
                self.push_value(b)?;
                self.push_value(c)?;
                let ct = func.dfg.value_type(c);
                if ct == types::I64 {
                    self.ins(I::I64Eqz);
                    self.ins(I::I32Eqz);
                }
                let vt = wasm_type(ty)?;
                if matches!(vt, ValType::Ref(_)) {
                    self.ins(I::TypedSelect(vt));
                } else {
                    self.ins(I::Select);
                }
            }
            Opcode::Bitcast => {
                self.args(inst)?;
                match (arg_ty, ty) {
                    (types::I32, types::F32) => self.ins(I::F32ReinterpretI32),
                    (types::F32, types::I32) => self.ins(I::I32ReinterpretF32),
                    (types::I64, types::F64) => self.ins(I::F64ReinterpretI64),
                    (types::F64, types::I64) => self.ins(I::I64ReinterpretF64),
                    (a, b) if a == b || (a.is_vector() && b.is_vector()) => {}
                    _ => return Err(unsupported()),
                }
            }
            Opcode::Fadd | Opcode::Fsub | Opcode::Fmul | Opcode::Fdiv | Opcode::Fmin | Opcode::Fmax | Opcode::Fcopysign => {
                self.args(inst)?;
                let f64_ = ty == types::F64;
                self.ins(match (op, f64_) {
                    (Opcode::Fadd, false) => I::F32Add,
                    (Opcode::Fsub, false) => I::F32Sub,
                    (Opcode::Fmul, false) => I::F32Mul,
                    (Opcode::Fdiv, false) => I::F32Div,
                    (Opcode::Fmin, false) => I::F32Min,
                    (Opcode::Fmax, false) => I::F32Max,
                    (Opcode::Fcopysign, false) => I::F32Copysign,
                    (Opcode::Fadd, true) => I::F64Add,
                    (Opcode::Fsub, true) => I::F64Sub,
                    (Opcode::Fmul, true) => I::F64Mul,
                    (Opcode::Fdiv, true) => I::F64Div,
                    (Opcode::Fmin, true) => I::F64Min,
                    (Opcode::Fmax, true) => I::F64Max,
                    _ => I::F64Copysign,
                });
            }
            Opcode::Fneg | Opcode::Fabs | Opcode::Sqrt | Opcode::Ceil | Opcode::Floor | Opcode::Trunc | Opcode::Nearest => {
                self.args(inst)?;
                let f64_ = ty == types::F64;
                self.ins(match (op, f64_) {
                    (Opcode::Fneg, false) => I::F32Neg,
                    (Opcode::Fabs, false) => I::F32Abs,
                    (Opcode::Sqrt, false) => I::F32Sqrt,
                    (Opcode::Ceil, false) => I::F32Ceil,
                    (Opcode::Floor, false) => I::F32Floor,
                    (Opcode::Trunc, false) => I::F32Trunc,
                    (Opcode::Nearest, false) => I::F32Nearest,
                    (Opcode::Fneg, true) => I::F64Neg,
                    (Opcode::Fabs, true) => I::F64Abs,
                    (Opcode::Sqrt, true) => I::F64Sqrt,
                    (Opcode::Ceil, true) => I::F64Ceil,
                    (Opcode::Floor, true) => I::F64Floor,
                    (Opcode::Trunc, true) => I::F64Trunc,
                    _ => I::F64Nearest,
                });
            }
            Opcode::Fpromote => {
                self.args(inst)?;
                self.ins(I::F64PromoteF32);
            }
            Opcode::Fdemote => {
                self.args(inst)?;
                self.ins(I::F32DemoteF64);
            }
            Opcode::FcvtToSint | Opcode::FcvtToUint | Opcode::FcvtToSintSat | Opcode::FcvtToUintSat => {
                self.args(inst)?;
                let from64 = arg_ty == types::F64;
                self.ins(match (op, from64, w64) {
                    (Opcode::FcvtToSint, false, false) => I::I32TruncF32S,
                    (Opcode::FcvtToSint, true, false) => I::I32TruncF64S,
                    (Opcode::FcvtToSint, false, true) => I::I64TruncF32S,
                    (Opcode::FcvtToSint, true, true) => I::I64TruncF64S,
                    (Opcode::FcvtToUint, false, false) => I::I32TruncF32U,
                    (Opcode::FcvtToUint, true, false) => I::I32TruncF64U,
                    (Opcode::FcvtToUint, false, true) => I::I64TruncF32U,
                    (Opcode::FcvtToUint, true, true) => I::I64TruncF64U,
                    (Opcode::FcvtToSintSat, false, false) => I::I32TruncSatF32S,
                    (Opcode::FcvtToSintSat, true, false) => I::I32TruncSatF64S,
                    (Opcode::FcvtToSintSat, false, true) => I::I64TruncSatF32S,
                    (Opcode::FcvtToSintSat, true, true) => I::I64TruncSatF64S,
                    (_, false, false) => I::I32TruncSatF32U,
                    (_, true, false) => I::I32TruncSatF64U,
                    (_, false, true) => I::I64TruncSatF32U,
                    (_, true, true) => I::I64TruncSatF64U,
                });
                if ty != types::I32 && ty != types::I64 {
                    return Err(unsupported());
                }
            }
            Opcode::FcvtFromSint | Opcode::FcvtFromUint => {
                let a = args[0];
                self.push_value(a)?;
                let mut from = func.dfg.value_type(a);
                if from == types::I8 || from == types::I16 {
                    if op == Opcode::FcvtFromSint {
                        self.narrow_sext(from);
                    }
                    from = types::I32;
                }
                let s = op == Opcode::FcvtFromSint;
                self.ins(match (ty == types::F64, from == types::I64, s) {
                    (false, false, true) => I::F32ConvertI32S,
                    (false, false, false) => I::F32ConvertI32U,
                    (false, true, true) => I::F32ConvertI64S,
                    (false, true, false) => I::F32ConvertI64U,
                    (true, false, true) => I::F64ConvertI32S,
                    (true, false, false) => I::F64ConvertI32U,
                    (true, true, true) => I::F64ConvertI64S,
                    (true, true, false) => I::F64ConvertI64U,
                });
            }
            _ => return Err(unsupported()),
        }
        Ok(())
    }

    fn emit_call(&mut self, inst: ir::Inst, fr: ir::FuncRef) -> Result<(), Error> {
        let func = self.func;
        let ExternalName::User(r) = func.dfg.ext_funcs[fr].name else {
            return Err(Error::Internal("call to a non-user name".into()));
        };
        let name = &func.params.user_named_funcs()[r];
        self.args(inst)?;
        let idx = name.index;
        match name.namespace {
            lower::ns::FUNC => self.out.site(RelocKind::Call, idx),
            lower::ns::GLOBAL_GET => self.out.site(RelocKind::GlobalGet, idx),
            lower::ns::GLOBAL_SET => self.out.site(RelocKind::GlobalSet, idx),
            lower::ns::REF_FUNC => self.out.site(RelocKind::RefFunc, idx),
            lower::ns::PSEUDO => match idx {
                lower::PSEUDO_MEMORY_SIZE => self.ins(I::MemorySize(0)),
                lower::PSEUDO_MEMORY_GROW => self.ins(I::MemoryGrow(0)),
                lower::PSEUDO_REF_NULL_EXTERN => self.ins(I::RefNull(HeapType::EXTERN)),
                lower::PSEUDO_REF_NULL_FUNC => self.ins(I::RefNull(HeapType::FUNC)),
                i if i == lower::PSEUDO_REF_IS_NULL || i == lower::PSEUDO_REF_IS_NULL + 100 => self.ins(I::RefIsNull),
                _ => return Err(Error::Internal(format!("unknown pseudo-op {idx}"))),
            },
            n => return Err(Error::Internal(format!("unknown namespace {n}"))),
        }
        Ok(())
    }

    /// High 64 bits of a 64x64 product, from 32-bit halves (wasm has no wide multiply).
    fn mulhi64(&mut self, a: ir::Value, b: ir::Value, signed: bool) -> Result<(), Error> {
        let half = |s: &mut Self, v: ir::Value, hi: bool| -> Result<(), Error> {
            s.push_value(v)?;
            if hi {
                s.ins(I::I64Const(32));
                s.ins(I::I64ShrU);
            } else {
                s.ins(I::I64Const(0xffff_ffff));
                s.ins(I::I64And);
            }
            Ok(())
        };
        // hi_lo = a_hi * b_lo ; cross = (a_lo*b_lo >> 32) + (hi_lo & mask) + a_lo*b_hi
        // result = a_hi*b_hi + (hi_lo >> 32) + (cross >> 32)
        half(self, a, true)?;
        half(self, b, true)?;
        self.ins(I::I64Mul);
        half(self, a, true)?;
        half(self, b, false)?;
        self.ins(I::I64Mul);
        self.ins(I::I64Const(32));
        self.ins(I::I64ShrU);
        self.ins(I::I64Add);
        half(self, a, false)?;
        half(self, b, false)?;
        self.ins(I::I64Mul);
        self.ins(I::I64Const(32));
        self.ins(I::I64ShrU);
        half(self, a, true)?;
        half(self, b, false)?;
        self.ins(I::I64Mul);
        self.ins(I::I64Const(0xffff_ffff));
        self.ins(I::I64And);
        self.ins(I::I64Add);
        half(self, a, false)?;
        half(self, b, true)?;
        self.ins(I::I64Mul);
        self.ins(I::I64Add);
        self.ins(I::I64Const(32));
        self.ins(I::I64ShrU);
        self.ins(I::I64Add);
        if signed {
            // signed = unsigned - (a < 0 ? b : 0) - (b < 0 ? a : 0)
            for (x, y) in [(a, b), (b, a)] {
                self.push_value(y)?;
                self.ins(I::I64Const(0));
                self.push_value(x)?;
                self.ins(I::I64Const(0));
                self.ins(I::I64LtS);
                self.ins(I::Select);
                self.ins(I::I64Sub);
            }
        }
        Ok(())
    }

    fn eqz(&mut self, t: ir::Type) {
        self.ins(if t == types::I64 { I::I64Eqz } else { I::I32Eqz });
    }

    /// Narrow values are kept zero-extended in their i32 local; re-establish that.
    fn narrow_mask(&mut self, t: ir::Type) {
        match t {
            types::I8 => {
                self.ins(I::I32Const(0xff));
                self.ins(I::I32And);
            }
            types::I16 => {
                self.ins(I::I32Const(0xffff));
                self.ins(I::I32And);
            }
            _ => {}
        }
    }

    fn narrow_sext(&mut self, t: ir::Type) {
        match t {
            types::I8 => self.ins(I::I32Extend8S),
            types::I16 => self.ins(I::I32Extend16S),
            _ => {}
        }
    }

    fn narrow_signed(&mut self, t: ir::Type, cc: IntCC) -> Result<(), Error> {
        if matches!(cc, IntCC::SignedLessThan | IntCC::SignedGreaterThan | IntCC::SignedLessThanOrEqual | IntCC::SignedGreaterThanOrEqual) {
            self.narrow_sext(t);
        }
        Ok(())
    }

    fn int_binop(&mut self, op: Opcode, ty: ir::Type) -> Result<(), Error> {
        let w64 = ty == types::I64;
        let narrow = ty == types::I8 || ty == types::I16;
        if narrow && !matches!(op, Opcode::Iadd | Opcode::Isub | Opcode::Imul | Opcode::Band | Opcode::Bor | Opcode::Bxor) {
            return Err(Error::Unsupported(format!("CLIF `{op}` on {ty} in the dev backend")));
        }
        self.ins(match (op, w64) {
            (Opcode::Iadd, false) => I::I32Add,
            (Opcode::Isub, false) => I::I32Sub,
            (Opcode::Imul, false) => I::I32Mul,
            (Opcode::Band, false) => I::I32And,
            (Opcode::Bor, false) => I::I32Or,
            (Opcode::Bxor, false) => I::I32Xor,
            (Opcode::Ishl, false) => I::I32Shl,
            (Opcode::Ushr, false) => I::I32ShrU,
            (Opcode::Sshr, false) => I::I32ShrS,
            (Opcode::Rotl, false) => I::I32Rotl,
            (Opcode::Rotr, false) => I::I32Rotr,
            (Opcode::Sdiv, false) => I::I32DivS,
            (Opcode::Udiv, false) => I::I32DivU,
            (Opcode::Srem, false) => I::I32RemS,
            (Opcode::Urem, false) => I::I32RemU,
            (Opcode::Iadd, true) => I::I64Add,
            (Opcode::Isub, true) => I::I64Sub,
            (Opcode::Imul, true) => I::I64Mul,
            (Opcode::Band, true) => I::I64And,
            (Opcode::Bor, true) => I::I64Or,
            (Opcode::Bxor, true) => I::I64Xor,
            (Opcode::Ishl, true) => I::I64Shl,
            (Opcode::Ushr, true) => I::I64ShrU,
            (Opcode::Sshr, true) => I::I64ShrS,
            (Opcode::Rotl, true) => I::I64Rotl,
            (Opcode::Rotr, true) => I::I64Rotr,
            (Opcode::Sdiv, true) => I::I64DivS,
            (Opcode::Udiv, true) => I::I64DivU,
            (Opcode::Srem, true) => I::I64RemS,
            (Opcode::Urem, true) => I::I64RemU,
            _ => return Err(Error::Unsupported(format!("CLIF `{op}` in the dev backend"))),
        });
        if narrow && matches!(op, Opcode::Iadd | Opcode::Isub | Opcode::Imul) {
            self.narrow_mask(ty);
        }
        Ok(())
    }

    fn icmp(&mut self, cc: IntCC, a: ir::Value, b: ir::Value) -> Result<(), Error> {
        let t = self.func.dfg.value_type(a);
        if t.is_vector() {
            return Err(Error::Unsupported("vector icmp in the dev backend".into()));
        }
        self.push_value(a)?;
        self.narrow_signed(t, cc)?;
        self.push_value(b)?;
        self.narrow_signed(t, cc)?;
        self.icmp_op(cc, t)
    }

    fn icmp_op(&mut self, cc: IntCC, t: ir::Type) -> Result<(), Error> {
        let w = t == types::I64;
        self.ins(match (cc, w) {
            (IntCC::Equal, false) => I::I32Eq,
            (IntCC::NotEqual, false) => I::I32Ne,
            (IntCC::SignedLessThan, false) => I::I32LtS,
            (IntCC::SignedGreaterThanOrEqual, false) => I::I32GeS,
            (IntCC::SignedGreaterThan, false) => I::I32GtS,
            (IntCC::SignedLessThanOrEqual, false) => I::I32LeS,
            (IntCC::UnsignedLessThan, false) => I::I32LtU,
            (IntCC::UnsignedGreaterThanOrEqual, false) => I::I32GeU,
            (IntCC::UnsignedGreaterThan, false) => I::I32GtU,
            (IntCC::UnsignedLessThanOrEqual, false) => I::I32LeU,
            (IntCC::Equal, true) => I::I64Eq,
            (IntCC::NotEqual, true) => I::I64Ne,
            (IntCC::SignedLessThan, true) => I::I64LtS,
            (IntCC::SignedGreaterThanOrEqual, true) => I::I64GeS,
            (IntCC::SignedGreaterThan, true) => I::I64GtS,
            (IntCC::SignedLessThanOrEqual, true) => I::I64LeS,
            (IntCC::UnsignedLessThan, true) => I::I64LtU,
            (IntCC::UnsignedGreaterThanOrEqual, true) => I::I64GeU,
            (IntCC::UnsignedGreaterThan, true) => I::I64GtU,
            (IntCC::UnsignedLessThanOrEqual, true) => I::I64LeU,
        });
        Ok(())
    }

    fn fcmp(&mut self, cc: FloatCC, a: ir::Value, b: ir::Value) -> Result<(), Error> {
        let d = self.func.dfg.value_type(a) == types::F64;
        let op = |c: FloatCC| -> I<'static> {
            match (c, d) {
                (FloatCC::Equal, false) => I::F32Eq,
                (FloatCC::NotEqual, false) => I::F32Ne,
                (FloatCC::LessThan, false) => I::F32Lt,
                (FloatCC::LessThanOrEqual, false) => I::F32Le,
                (FloatCC::GreaterThan, false) => I::F32Gt,
                (FloatCC::GreaterThanOrEqual, false) => I::F32Ge,
                (FloatCC::Equal, true) => I::F64Eq,
                (FloatCC::NotEqual, true) => I::F64Ne,
                (FloatCC::LessThan, true) => I::F64Lt,
                (FloatCC::LessThanOrEqual, true) => I::F64Le,
                (FloatCC::GreaterThan, true) => I::F64Gt,
                _ => I::F64Ge,
            }
        };
        let direct = matches!(cc, FloatCC::Equal | FloatCC::NotEqual | FloatCC::LessThan | FloatCC::LessThanOrEqual | FloatCC::GreaterThan | FloatCC::GreaterThanOrEqual);
        if direct {
            self.push_value(a)?;
            self.push_value(b)?;
            self.ins(op(cc));
            return Ok(());
        }
        // The rest are negations of ordered comparisons, or (un)orderedness tests.
        let (base, negate) = match cc {
            FloatCC::UnorderedOrLessThan => (FloatCC::GreaterThanOrEqual, true),
            FloatCC::UnorderedOrLessThanOrEqual => (FloatCC::GreaterThan, true),
            FloatCC::UnorderedOrGreaterThan => (FloatCC::LessThanOrEqual, true),
            FloatCC::UnorderedOrGreaterThanOrEqual => (FloatCC::LessThan, true),
            FloatCC::Ordered | FloatCC::Unordered => {
                // ordered = a == a && b == b
                self.push_value(a)?;
                self.push_value(a)?;
                self.ins(op(FloatCC::Equal));
                self.push_value(b)?;
                self.push_value(b)?;
                self.ins(op(FloatCC::Equal));
                self.ins(I::I32And);
                if cc == FloatCC::Unordered {
                    self.ins(I::I32Eqz);
                }
                return Ok(());
            }
            FloatCC::OrderedNotEqual | FloatCC::UnorderedOrEqual => {
                self.push_value(a)?;
                self.push_value(b)?;
                self.ins(op(FloatCC::LessThan));
                self.push_value(a)?;
                self.push_value(b)?;
                self.ins(op(FloatCC::GreaterThan));
                self.ins(I::I32Or);
                if cc == FloatCC::UnorderedOrEqual {
                    self.ins(I::I32Eqz);
                }
                return Ok(());
            }
            _ => unreachable!("direct comparisons handled above"),
        };
        self.push_value(a)?;
        self.push_value(b)?;
        self.ins(op(base));
        if negate {
            self.ins(I::I32Eqz);
        }
        Ok(())
    }
}

/// Whether an instruction can be moved to its use: no side effects, cannot trap, no memory.
fn is_pure(func: &ir::Function, inst: ir::Inst) -> bool {
    let op = func.dfg.insts[inst].opcode();
    !(op.can_trap() || op.other_side_effects() || op.can_load() || op.can_store() || op.is_call() || op.is_branch() || op.is_terminator())
}
