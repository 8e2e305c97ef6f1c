//! WasmIR function -> Cranelift IR, through `cranelift-frontend`'s `FunctionBuilder`.
//!
//! WasmIR is already SSA with block parameters, so blocks and values map one to one; the
//! only `Variable`s are the frame slot fields [`crate::slots`] keeps out of memory.
//! Operations with no CLIF equivalent (memory.size/grow, globals, reference operations)
//! become calls to *pseudo-functions* in their own external-name namespaces; the optimiser
//! treats them as opaque calls and the wasm emitter turns them back into the wasm instruction.
//! Reference values travel in CLIF under *tag types* no wasm computation uses: `externref` as
//! `i128`, `funcref` as `f128`.

use cranelift_codegen::ir::{self, condcodes::FloatCC, condcodes::IntCC, types, AbiParam, BlockArg, BlockCall, ConstantData, ExtFuncData, ExternalName, InstBuilder, JumpTableData, MemFlagsData, SourceLoc, TrapCode, UserExternalName, UserFuncName};
use cranelift_codegen::isa::{CallConv as ClifCallConv, TargetFrontendConfig};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use rustc_hash::FxHashMap as HashMap;
use wasmir::ir::*;

/// External-name namespaces used in the lowered CLIF.
pub mod ns {
    /// A WasmIR function (index = `FuncId`).
    pub const FUNC: u32 = 0;
    /// A pseudo-operation (index = one of the `PSEUDO_*` constants).
    pub const PSEUDO: u32 = 1;
    /// `global.get` of the global with this index.
    pub const GLOBAL_GET: u32 = 2;
    /// `global.set` of the global with this index.
    pub const GLOBAL_SET: u32 = 3;
    /// `ref.func` of the function with this index.
    pub const REF_FUNC: u32 = 4;
}

pub const PSEUDO_MEMORY_SIZE: u32 = 0;
pub const PSEUDO_MEMORY_GROW: u32 = 1;
pub const PSEUDO_REF_NULL_EXTERN: u32 = 2;
pub const PSEUDO_REF_NULL_FUNC: u32 = 3;
pub const PSEUDO_REF_IS_NULL: u32 = 4;

/// Trap code for `unreachable`.
pub const TRAP_UNREACHABLE: TrapCode = TrapCode::unwrap_user(1);

/// The CLIF type a WasmIR type travels as.
pub fn clif_type(t: Type) -> ir::Type {
    match t {
        Type::I32 => types::I32,
        Type::I64 => types::I64,
        Type::F32 => types::F32,
        Type::F64 => types::F64,
        Type::V128 => types::I32X4,
        Type::ExternRef => types::I128,
        Type::FuncRef => types::F128,
    }
}

fn clif_sig(sig: &Signature) -> ir::Signature {
    let mut s = ir::Signature::new(ClifCallConv::Fast);
    s.params.extend(sig.params.iter().map(|t| AbiParam::new(clif_type(*t))));
    s.returns.extend(sig.results.iter().map(|t| AbiParam::new(clif_type(*t))));
    s
}

/// The lowered function plus what the emitter needs to know that CLIF cannot carry.
pub struct Lowered {
    pub func: ir::Function,
    /// Source locations; `SourceLoc` n in the CLIF indexes this table.
    pub locs: Vec<SrcLoc>,
    /// `call_indirect` signature -> (table, WasmIR signature).
    pub indirect: HashMap<ir::SigRef, (TableId, Signature)>,
}

/// What lowering one function needs from the rest of its module: the signatures of the
/// functions it calls and the types of the globals it uses. A [`Module`] is one; a compiler
/// that hands over functions while it is still declaring others keeps its own.
pub trait Decls: Sync {
    fn func_sig(&self, f: FuncId) -> Signature;
    fn global_type(&self, g: GlobalId) -> Type;
}

impl Decls for Module {
    fn func_sig(&self, f: FuncId) -> Signature {
        self.func(f).sig.clone()
    }
    fn global_type(&self, g: GlobalId) -> Type {
        self.globals[g.0 as usize].ty
    }
}

/// Lowers one defined function `f`, which is function `fid` of the module `m` declares.
pub fn lower_function(m: &dyn Decls, f: &Function, fid: FuncId, config: TargetFrontendConfig) -> Lowered {
    let (name, sig) = (UserFuncName::user(ns::FUNC, fid.0), clif_sig(&f.sig));
    let (mut fctx, reused) = REUSE.with(|r| {
        let mut r = r.borrow_mut();
        (std::mem::take(&mut r.0), r.1.take())
    });
    let mut func = match reused {
        Some(mut func) => {
            func.clear();
            func.name = name;
            func.signature = sig;
            func
        }
        None => ir::Function::with_name_signature(name, sig),
    };
    let mut locs = Vec::new();
    let mut loc_ids: HashMap<SrcLoc, u32> = HashMap::default();
    let mut indirect = HashMap::default();
    {
        let mut b = FunctionBuilder::new(&mut func, &mut fctx);
        let promoted = crate::slots::promotable(f);
        let vars: Vec<Variable> = promoted.fields.iter().map(|fl| b.declare_var(clif_type(fl.ty))).collect();
        let mut l = Lowerer { m, f, b: &mut b, vals: vec![None; f.values.len()], blocks: vec![None; f.blocks.len()], callees: HashMap::default(), indirect: &mut indirect, promoted, vars };
        let succs = wasmir::cfg::successors(f);
        let rpo = wasmir::cfg::reverse_postorder(&succs, 0);
        // A block is sealed (its predecessors are all known to the SSA builder) once every
        // reachable predecessor's terminator is in.
        let mut unfilled_preds = vec![0u32; f.blocks.len()];
        for &x in &rpo {
            for &s in &succs[x] {
                unfilled_preds[s] += 1;
            }
        }
        for &x in &rpo {
            let cb = l.b.create_block();
            l.blocks[x] = Some(cb);
            for p in &f.blocks[x].params {
                let v = l.b.append_block_param(cb, clif_type(f.ty(*p)));
                l.vals[p.0 as usize] = Some(v);
            }
            if unfilled_preds[x] == 0 {
                l.b.seal_block(cb);
            }
        }
        for &x in &rpo {
            let blk = &f.blocks[x];
            let cb = l.blocks[x].expect("reachable block was created");
            l.b.switch_to_block(cb);
            for inst in &blk.insts {
                let srcloc = match inst.loc {
                    Some(sl) => {
                        let n = *loc_ids.entry(sl).or_insert_with(|| {
                            locs.push(sl);
                            (locs.len() - 1) as u32
                        });
                        SourceLoc::new(n)
                    }
                    None => SourceLoc::default(),
                };
                l.b.set_srcloc(srcloc);
                let r = l.inst(inst);
                if let (Some(rv), Some(x)) = (inst.result, r) {
                    l.vals[rv.0 as usize] = Some(x);
                }
            }
            l.b.set_srcloc(SourceLoc::default());
            l.term(&blk.term);
            for &s in &succs[x] {
                unfilled_preds[s] -= 1;
                if unfilled_preds[s] == 0 {
                    let sb = l.blocks[s].expect("successor of a reachable block is reachable");
                    l.b.seal_block(sb);
                }
            }
        }
        b.seal_all_blocks();
        b.finalize(config);
    }
    // `finalize` left the context empty, ready for the next function.
    REUSE.with(|r| r.borrow_mut().0 = fctx);
    Lowered { func, locs, indirect }
}

thread_local! {
    /// A thread's builder context and last function, whose allocations the next function on
    /// the thread reuses (a crate's thousands of functions would otherwise each grow them anew).
    static REUSE: std::cell::RefCell<(FunctionBuilderContext, Option<ir::Function>)> = std::cell::RefCell::new((FunctionBuilderContext::new(), None));
}

/// Hands a function that is no longer needed back to this thread for reuse.
pub fn recycle(func: ir::Function) {
    REUSE.with(|r| r.borrow_mut().1 = Some(func));
}

struct Lowerer<'a, 'b, 'c> {
    m: &'a dyn Decls,
    f: &'a Function,
    b: &'b mut FunctionBuilder<'c>,
    vals: Vec<Option<ir::Value>>,
    blocks: Vec<Option<ir::Block>>,
    callees: HashMap<(u32, u32), ir::FuncRef>,
    indirect: &'b mut HashMap<ir::SigRef, (TableId, Signature)>,
    /// Frame slot fields kept in variables, and their variables.
    promoted: crate::slots::Promoted,
    vars: Vec<Variable>,
}

impl Lowerer<'_, '_, '_> {
    fn v(&self, v: Value) -> ir::Value {
        self.vals[v.0 as usize].expect("verified WasmIR: defs dominate uses")
    }

    fn callee(&mut self, namespace: u32, index: u32, sig: impl FnOnce() -> ir::Signature) -> ir::FuncRef {
        if let Some(r) = self.callees.get(&(namespace, index)) {
            return *r;
        }
        let sigref = self.b.import_signature(sig());
        let name = self.b.func.declare_imported_user_function(UserExternalName::new(namespace, index));
        let r = self.b.import_function(ExtFuncData { name: ExternalName::user(name), signature: sigref, colocated: true, patchable: false });
        self.callees.insert((namespace, index), r);
        r
    }

    fn pseudo(&mut self, namespace: u32, index: u32, params: &[ir::Type], ret: Option<ir::Type>, args: &[ir::Value]) -> Option<ir::Value> {
        let r = self.callee(namespace, index, || {
            let mut s = ir::Signature::new(ClifCallConv::Fast);
            s.params.extend(params.iter().map(|t| AbiParam::new(*t)));
            s.returns.extend(ret.map(AbiParam::new));
            s
        });
        let call = self.b.ins().call(r, args);
        self.b.inst_results(call).first().copied()
    }

    fn address(&mut self, addr: Value) -> ir::Value {
        let a = self.v(addr);
        self.b.ins().uextend(types::I64, a)
    }

    fn flags(mem: &MemArg, size: u32) -> MemFlagsData {
        let mut fl = MemFlagsData::new();
        if mem.bounds == Bounds::InBounds {
            fl = fl.with_notrap();
        }
        if mem.align >= size {
            fl = fl.with_aligned();
        }
        fl
    }

    /// What a load of `kind` reads from a promoted field holding `x` (of type `ty`): `x`
    /// itself for a full load, else its low bytes extended.
    fn narrow(&mut self, kind: LoadKind, x: ir::Value, ty: Type) -> ir::Value {
        let ct = clif_type(ty);
        let width = ty.bytes().unwrap_or(0) as i64 * 8;
        let (bits, signed) = match kind {
            LoadKind::Full => return x,
            LoadKind::I8S => (8, true),
            LoadKind::I8U => (8, false),
            LoadKind::I16S => (16, true),
            LoadKind::I16U => (16, false),
            LoadKind::I32S => (32, true),
            LoadKind::I32U => (32, false),
        };
        if signed {
            let sh = self.b.ins().iconst(ct, width - bits);
            let up = self.b.ins().ishl(x, sh);
            self.b.ins().sshr(up, sh)
        } else {
            let mask = self.b.ins().iconst(ct, ((1u64 << bits) - 1) as i64);
            self.b.ins().band(x, mask)
        }
    }

    /// A load or store of a promoted slot field, as a use or definition of its variable
    /// (`None`: not one).
    fn promoted_access(&mut self, op: &Op) -> Option<Option<ir::Value>> {
        match op {
            Op::Load { kind, addr, mem } => {
                let field = *self.promoted.of.get(&(*addr, mem.offset))? as usize;
                let x = self.b.use_var(self.vars[field]);
                Some(Some(self.narrow(*kind, x, self.promoted.fields[field].ty)))
            }
            Op::Store { addr, value, mem, .. } => {
                // A narrow store keeps the whole value; loads take its low bytes.
                let field = *self.promoted.of.get(&(*addr, mem.offset))? as usize;
                let x = self.v(*value);
                self.b.def_var(self.vars[field], x);
                Some(None)
            }
            _ => None,
        }
    }

    fn inst(&mut self, inst: &Inst) -> Option<ir::Value> {
        if let Some(r) = self.promoted_access(&inst.op) {
            return r;
        }
        let rty = inst.result.map(|r| self.f.ty(r));
        fn ins<'s, 'x, 'y, 'z>(s: &'s mut Lowerer<'x, 'y, 'z>) -> cranelift_frontend::FuncInstBuilder<'s, 'z> {
            s.b.ins()
        }
        Some(match &inst.op {
            Op::Const(c) => match *c {
                Const::I32(x) => ins(self).iconst(types::I32, x as u32 as i64),
                Const::I64(x) => ins(self).iconst(types::I64, x),
                Const::F32(x) => ins(self).f32const(ir::immediates::Ieee32::with_bits(x)),
                Const::F64(x) => ins(self).f64const(ir::immediates::Ieee64::with_bits(x)),
                Const::V128(x) => {
                    let c = self.b.func.dfg.constants.insert(ConstantData::from(x.to_le_bytes().to_vec()));
                    ins(self).vconst(types::I32X4, c)
                }
            },
            Op::Unary(op, a) => {
                let a = self.v(*a);
                let i = ins(self);
                match op {
                    UnOp::Clz => i.clz(a),
                    UnOp::Ctz => i.ctz(a),
                    UnOp::Popcnt => i.popcnt(a),
                    UnOp::Eqz => {
                        let c = i.icmp_imm_u(IntCC::Equal, a, 0);
                        self.b.ins().uextend(types::I32, c)
                    }
                    UnOp::Neg => i.fneg(a),
                    UnOp::Abs => i.fabs(a),
                    UnOp::Sqrt => i.sqrt(a),
                    UnOp::Ceil => i.ceil(a),
                    UnOp::Floor => i.floor(a),
                    UnOp::Trunc => i.trunc(a),
                    UnOp::Nearest => i.nearest(a),
                }
            }
            Op::Binary(op, a, bv) => {
                let t = self.f.ty(*a);
                let (a, bv) = (self.v(*a), self.v(*bv));
                let i = ins(self);
                match op {
                    BinOp::Add if t.is_float() => i.fadd(a, bv),
                    BinOp::Sub if t.is_float() => i.fsub(a, bv),
                    BinOp::Mul if t.is_float() => i.fmul(a, bv),
                    BinOp::Add => i.iadd(a, bv),
                    BinOp::Sub => i.isub(a, bv),
                    BinOp::Mul => i.imul(a, bv),
                    BinOp::DivS => i.sdiv(a, bv),
                    BinOp::DivU => i.udiv(a, bv),
                    BinOp::RemS => i.srem(a, bv),
                    BinOp::RemU => i.urem(a, bv),
                    BinOp::And => i.band(a, bv),
                    BinOp::Or => i.bor(a, bv),
                    BinOp::Xor => i.bxor(a, bv),
                    BinOp::Shl => i.ishl(a, bv),
                    BinOp::ShrS => i.sshr(a, bv),
                    BinOp::ShrU => i.ushr(a, bv),
                    BinOp::Rotl => i.rotl(a, bv),
                    BinOp::Rotr => i.rotr(a, bv),
                    BinOp::Div => i.fdiv(a, bv),
                    BinOp::Min => i.fmin(a, bv),
                    BinOp::Max => i.fmax(a, bv),
                    BinOp::Copysign => i.fcopysign(a, bv),
                }
            }
            Op::Cmp(op, a, bv) => {
                let t = self.f.ty(*a);
                let (a, bv) = (self.v(*a), self.v(*bv));
                let c = if t.is_float() {
                    let cc = match op {
                        CmpOp::Eq => FloatCC::Equal,
                        CmpOp::Ne => FloatCC::NotEqual,
                        CmpOp::Lt => FloatCC::LessThan,
                        CmpOp::Gt => FloatCC::GreaterThan,
                        CmpOp::Le => FloatCC::LessThanOrEqual,
                        _ => FloatCC::GreaterThanOrEqual,
                    };
                    ins(self).fcmp(cc, a, bv)
                } else {
                    let cc = match op {
                        CmpOp::Eq => IntCC::Equal,
                        CmpOp::Ne => IntCC::NotEqual,
                        CmpOp::LtS => IntCC::SignedLessThan,
                        CmpOp::LtU => IntCC::UnsignedLessThan,
                        CmpOp::GtS => IntCC::SignedGreaterThan,
                        CmpOp::GtU => IntCC::UnsignedGreaterThan,
                        CmpOp::LeS => IntCC::SignedLessThanOrEqual,
                        CmpOp::LeU => IntCC::UnsignedLessThanOrEqual,
                        CmpOp::GeS => IntCC::SignedGreaterThanOrEqual,
                        _ => IntCC::UnsignedGreaterThanOrEqual,
                    };
                    ins(self).icmp(cc, a, bv)
                };
                ins(self).uextend(types::I32, c)
            }
            Op::Convert(op, a) => {
                let to = clif_type(rty.unwrap_or(Type::I32));
                let from_t = self.f.ty(*a);
                let a = self.v(*a);
                let i = ins(self);
                match op {
                    ConvOp::Wrap => i.ireduce(types::I32, a),
                    ConvOp::ExtendS => i.sextend(types::I64, a),
                    ConvOp::ExtendU => i.uextend(types::I64, a),
                    ConvOp::TruncS => i.fcvt_to_sint(to, a),
                    ConvOp::TruncU => i.fcvt_to_uint(to, a),
                    ConvOp::ConvertS => i.fcvt_from_sint(to, a),
                    ConvOp::ConvertU => i.fcvt_from_uint(to, a),
                    ConvOp::Promote => i.fpromote(types::F64, a),
                    ConvOp::Demote => i.fdemote(types::F32, a),
                    ConvOp::Reinterpret => {
                        let _ = from_t;
                        i.bitcast(to, MemFlagsData::new(), a)
                    }
                }
            }
            Op::Select(c, a, bv) => {
                let (c, a, bv) = (self.v(*c), self.v(*a), self.v(*bv));
                ins(self).select(c, a, bv)
            }
            Op::Load { kind, addr, mem } => {
                let t = rty.unwrap_or(Type::I32);
                let ct = clif_type(t);
                let p = self.address(*addr);
                let fl = Self::flags(mem, kind.bytes(t));
                let off = mem.offset as i32;
                // Offsets above i32::MAX do not fit CLIF's immediate: add them to the 64-bit
                // address instead (the sum cannot wrap, as in wasm).
                let (p, off) = if mem.offset > i32::MAX as u32 { (ins(self).iadd_imm_u(p, mem.offset as i64), 0) } else { (p, off) };
                let i = ins(self);
                match kind {
                    LoadKind::Full => i.load(ct, fl, p, off),
                    LoadKind::I8S => i.sload8(ct, fl, p, off),
                    LoadKind::I8U => i.uload8(ct, fl, p, off),
                    LoadKind::I16S => i.sload16(ct, fl, p, off),
                    LoadKind::I16U => i.uload16(ct, fl, p, off),
                    LoadKind::I32S => i.sload32(fl, p, off),
                    LoadKind::I32U => i.uload32(fl, p, off),
                }
            }
            Op::Store { kind, addr, value, mem } => {
                let t = self.f.ty(*value);
                let p = self.address(*addr);
                let x = self.v(*value);
                let fl = Self::flags(mem, kind.bytes(t));
                let (p, off) = if mem.offset > i32::MAX as u32 { (ins(self).iadd_imm_u(p, mem.offset as i64), 0) } else { (p, mem.offset as i32) };
                let i = ins(self);
                match kind {
                    StoreKind::Full => i.store(fl, x, p, off),
                    StoreKind::I8 => i.istore8(fl, x, p, off),
                    StoreKind::I16 => i.istore16(fl, x, p, off),
                    StoreKind::I32 => i.istore32(fl, x, p, off),
                };
                return None;
            }
            Op::MemorySize => return self.pseudo(ns::PSEUDO, PSEUDO_MEMORY_SIZE, &[], Some(types::I32), &[]),
            Op::MemoryGrow(a) => {
                let a = self.v(*a);
                return self.pseudo(ns::PSEUDO, PSEUDO_MEMORY_GROW, &[types::I32], Some(types::I32), &[a]);
            }
            Op::GlobalGet(g) => {
                let t = clif_type(self.m.global_type(*g));
                return self.pseudo(ns::GLOBAL_GET, g.0, &[], Some(t), &[]);
            }
            Op::GlobalSet(g, v) => {
                let t = clif_type(self.m.global_type(*g));
                let v = self.v(*v);
                return self.pseudo(ns::GLOBAL_SET, g.0, &[t], None, &[v]);
            }
            Op::Call(callee, args) => {
                let m = self.m;
                let r = self.callee(ns::FUNC, callee.0, || clif_sig(&m.func_sig(*callee)));
                let args: Vec<ir::Value> = args.iter().map(|a| self.v(*a)).collect();
                let call = self.b.ins().call(r, &args);
                return self.b.inst_results(call).first().copied();
            }
            Op::CallIndirect { table, sig, index, args } => {
                // One SigRef per indirect call site remembers the table and WasmIR signature.
                let sigref = self.b.import_signature(clif_sig(sig));
                self.indirect.insert(sigref, (*table, (**sig).clone()));
                let idx = self.v(*index);
                let callee = ins(self).uextend(types::I64, idx);
                let args: Vec<ir::Value> = args.iter().map(|a| self.v(*a)).collect();
                let call = self.b.ins().call_indirect(sigref, callee, &args);
                return self.b.inst_results(call).first().copied();
            }
            Op::RefNull(t) => {
                let (idx, ct) = if *t == Type::FuncRef { (PSEUDO_REF_NULL_FUNC, types::F128) } else { (PSEUDO_REF_NULL_EXTERN, types::I128) };
                return self.pseudo(ns::PSEUDO, idx, &[], Some(ct), &[]);
            }
            Op::RefIsNull(a) => {
                let ct = clif_type(self.f.ty(*a));
                let a = self.v(*a);
                // The index also encodes the operand's tag type so each pseudo has one signature.
                let idx = PSEUDO_REF_IS_NULL + if ct == types::F128 { 100 } else { 0 };
                return self.pseudo(ns::PSEUDO, idx, &[ct], Some(types::I32), &[a]);
            }
            Op::RefFunc(fid) => return self.pseudo(ns::REF_FUNC, fid.0, &[], Some(types::F128), &[]),
            Op::Splat(a) => {
                let a = self.v(*a);
                ins(self).splat(types::I32X4, a)
            }
            Op::ExtractLane(a, l) => {
                let a = self.v(*a);
                ins(self).extractlane(a, *l)
            }
        })
    }

    fn block_call(&mut self, t: &Target) -> BlockCall {
        let blk = self.blocks[t.block.0 as usize].expect("target of a reachable block is reachable");
        let args: Vec<BlockArg> = t.args.iter().map(|a| BlockArg::Value(self.v(*a))).collect();
        BlockCall::new(blk, args, &mut self.b.func.dfg.value_lists)
    }

    fn term(&mut self, t: &Terminator) {
        match t {
            Terminator::Br(t) => {
                let blk = self.blocks[t.block.0 as usize].expect("reachable");
                let args: Vec<BlockArg> = t.args.iter().map(|a| BlockArg::Value(self.v(*a))).collect();
                self.b.ins().jump(blk, &args);
            }
            Terminator::BrIf(c, a, bt) => {
                let c = self.v(*c);
                let (ab, aa): (ir::Block, Vec<BlockArg>) = (self.blocks[a.block.0 as usize].expect("reachable"), a.args.iter().map(|x| BlockArg::Value(self.v(*x))).collect());
                let (bb, ba): (ir::Block, Vec<BlockArg>) = (self.blocks[bt.block.0 as usize].expect("reachable"), bt.args.iter().map(|x| BlockArg::Value(self.v(*x))).collect());
                self.b.ins().brif(c, ab, &aa, bb, &ba);
            }
            Terminator::BrTable(i, ts, d) => {
                let i = self.v(*i);
                let def = self.block_call(d);
                let entries: Vec<BlockCall> = ts.iter().map(|t| self.block_call(t)).collect();
                let jt = self.b.create_jump_table(JumpTableData::new(def, &entries));
                self.b.ins().br_table(i, jt);
            }
            Terminator::Return(vs) => {
                let vs: Vec<ir::Value> = vs.iter().map(|v| self.v(*v)).collect();
                self.b.ins().return_(&vs);
            }
            Terminator::Unreachable => {
                self.b.ins().trap(TRAP_UNREACHABLE);
            }
        }
    }
}
