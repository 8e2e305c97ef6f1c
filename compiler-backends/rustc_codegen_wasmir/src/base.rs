//! One function body: the frame, statements and terminators. Scalar locals defined once and
//! never borrowed are wasm SSA values ([`crate::ssa`]); the others live in the function's frame
//! on the shadow stack (like rustc's LLVM backend at -O0 uses allocas), their values moving
//! between memory and wasm values at each use.

use crate::abi::{FnAbi, PassMode};
use crate::builder::FnBuilder;
use crate::driver::ModCx;
use crate::place::{CVal, OpVal, PlaceRef};
use rustc_index::IndexVec;
use rustc_middle::mir::{self, BasicBlock, Body, Local, StatementKind, TerminatorKind};
use rustc_middle::ty::layout::{LayoutOf, TyAndLayout};
use rustc_middle::ty::{self, Instance, Ty, TyCtxt, TypeFoldable};
use rustc_span::Span;
use wasmir::{BinOp, BlockId, CmpOp, Const, FuncId, Op, Terminator, Type, Value};

/// Marker: an error ("not supported yet: ...") was reported.
#[derive(Debug)]
pub struct Unsupported;
pub type R<T> = Result<T, Unsupported>;

/// Per-function lowering state.
pub struct Fx<'a, 'tcx> {
    pub cx: &'a mut ModCx<'tcx>,
    pub tcx: TyCtxt<'tcx>,
    pub instance: Instance<'tcx>,
    pub mir: &'tcx Body<'tcx>,
    pub b: FnBuilder,
    pub blocks: IndexVec<BasicBlock, Option<BlockId>>,
    /// MIR blocks lowered straight into their only predecessor's WasmIR block, which ends in an
    /// unconditional jump to them (as rustc_codegen_ssa merges blocks): at opt-level 0 most
    /// MIR blocks are the return edges of calls, and every block saved is work saved for the
    /// lowering and for both code generators. The start block, when nothing jumps to it, is
    /// merged into the prologue's block.
    merged: IndexVec<BasicBlock, bool>,
    /// Set by [`Fx::goto`] when it jumps to a merged block: its code follows in this block.
    next_merged: Option<BasicBlock>,
    /// Merged blocks that something branched to after all (see [`Fx::block`]), to lower alone.
    late: Vec<BasicBlock>,
    /// Frame slot addresses of the locals in memory.
    pub locals: IndexVec<Local, Option<Value>>,
    /// The locals' layouts (monomorphized once per function).
    pub local_layouts: IndexVec<Local, TyAndLayout<'tcx>>,
    /// Locals kept in SSA values ([`crate::ssa`]).
    pub ssa: IndexVec<Local, SsaLocal<'tcx>>,
    /// A call's SSA destination written through a temporary, read back by `finish_call`.
    pub pending: Option<(Local, PlaceRef<'tcx>)>,
    pub fp: Value,
    frame_size: u64,
    frame_const: usize,
    frame_size_val: Value,
    /// Where the prologue and the epilogues write the stack pointer (block, instruction): a
    /// function without a frame leaves the stack pointer alone.
    sp_sets: Vec<(BlockId, usize)>,
    pub caller_location: Option<Value>,
    pub span: Span,
    /// The first "not supported yet" message of this function (see [`lower_function`]).
    pub error: std::cell::RefCell<Option<String>>,
}

/// How a local is held.
#[derive(Clone, Copy, Debug)]
pub enum SsaLocal<'tcx> {
    /// In its frame slot (`Fx::locals`).
    Memory,
    /// In SSA values, not defined yet (in lowering order, which is reverse postorder).
    Undefined,
    Value(OpVal<'tcx>),
}

/// The callee's view of its own signature, from its MIR (spread arguments untupled).
pub fn callee_abi<'tcx>(cx: &ModCx<'tcx>, instance: Instance<'tcx>) -> Result<FnAbi<'tcx>, String> {
    let tcx = cx.tcx;
    let mir = tcx.instance_mir(instance.def);
    let mono = |t: Ty<'tcx>| instance.instantiate_mir_and_normalize_erasing_regions(tcx, ty::TypingEnv::fully_monomorphized(), ty::EarlyBinder::bind(t));
    let mut inputs = Vec::new();
    for local in mir.args_iter() {
        let t = mono(mir.local_decls[local].ty);
        if Some(local) == mir.spread_arg {
            inputs.extend(t.tuple_fields().iter());
        } else {
            inputs.push(t);
        }
    }
    let out = mono(mir.local_decls[mir::RETURN_PLACE].ty);
    FnAbi::from_types(&cx.lcx, &inputs, out, instance.def.requires_caller_location(tcx))
}

pub fn lower_function<'tcx>(cx: &mut ModCx<'tcx>, instance: Instance<'tcx>, id: FuncId, abi: &FnAbi<'tcx>) {
    let tcx = cx.tcx;
    let mir = tcx.instance_mir(instance.def);
    let header = cx.module.funcs[id.0 as usize].clone();
    let mut b = FnBuilder::new(header);
    let entry = b.create_block();
    b.switch_to(entry);
    let fs = b.i32c(0);
    let sp_g = cx.stack_pointer();
    let sp = b.ins1(Op::GlobalGet(sp_g), Type::I32);
    let fp = b.binary(BinOp::Sub, sp, fs);
    b.ins(Op::GlobalSet(sp_g, fp), None);
    let sp_sets = vec![(entry, b.func.blocks[entry.0 as usize].insts.len() - 1)];
    let mut fx = Fx {
        cx,
        tcx,
        instance,
        mir,
        b,
        blocks: IndexVec::from_elem_n(None, mir.basic_blocks.len()),
        merged: IndexVec::from_elem_n(false, mir.basic_blocks.len()),
        next_merged: None,
        late: Vec::new(),
        locals: IndexVec::from_elem_n(None, mir.local_decls.len()),
        local_layouts: IndexVec::new(),
        ssa: IndexVec::from_elem_n(SsaLocal::Memory, mir.local_decls.len()),
        pending: None,
        fp,
        frame_size: 0,
        frame_const: 0,
        frame_size_val: fs,
        sp_sets,
        caller_location: None,
        span: mir.span,
        error: Default::default(),
    };
    // The sysroot's diverging functions are the panic machinery; calls to them are traps (see
    // `codegen_call`), so their bodies (formatting, vtables of `Debug` impls) are not lowered.
    let panic_machinery = abi.ret.ty.is_never() && crate::driver::is_panic_machinery(tcx, instance.def_id());
    let ok = !panic_machinery && fx.lower_body(entry, abi).is_ok();
    let error = fx.error.take();
    let mut func = fx.b.func;
    if ok {
        let size = fx.frame_size.div_ceil(16) * 16;
        func.blocks[0].insts[fx.frame_const].op = Op::Const(Const::I32(size as i32));
        if size == 0 {
            // From the end of each block, so that the other positions stay valid.
            fx.sp_sets.sort_unstable_by(|a, b| b.cmp(a));
            for &(block, i) in &fx.sp_sets {
                func.blocks[block.0 as usize].insts.remove(i);
            }
        }
    } else {
        // The body becomes a trap and the function is "poisoned": the link step reports the
        // error if the function is still reachable after dead-code elimination (e.g. a
        // `Debug` impl only used by a panic path, which is a trap here, is not an error).
        if !panic_machinery {
            let msg = error.unwrap_or_else(|| format!("not supported yet: lowering `{}`", tcx.def_path_str(instance.def_id())));
            fx.cx.poisoned.push((func.name.clone(), msg));
        }
        func.values.clear();
        func.blocks.clear();
        func.private_slots.clear();
        func.values.push(wasmir::ValueData { ty: Type::I32, linear: false });
        func.blocks.push(wasmir::Block { params: vec![], insts: vec![], term: Terminator::Unreachable, term_loc: None });
        func.values.clear();
        for &t in &func.sig.params.clone() {
            func.values.push(wasmir::ValueData { ty: t, linear: false });
            let v = Value(func.values.len() as u32 - 1);
            func.blocks[0].params.push(v);
        }
    }
    fx.cx.define(id, func);
}

impl<'a, 'tcx> Fx<'a, 'tcx> {
    /// Records "not supported yet: WHAT in FUNCTION (at FILE:LINE:COL)" as this function's
    /// error; the link step reports it if the function is reachable.
    pub fn unsupported(&self, what: impl std::fmt::Display) -> Unsupported {
        if self.error.borrow().is_none() {
            // The definition's own path: a visible (re-exported) path needs the crate graph's
            // `visible_parent_map`, costly for one message in a crate that may never link it.
            let name = ty::print::with_no_visible_paths!(self.tcx.def_path_str_with_args(self.instance.def_id(), self.instance.args));
            let pos = self.tcx.sess.source_map().lookup_char_pos(self.span.lo());
            let file = pos.file.name.prefer_remapped_unconditionally().to_string();
            let msg = format!("not supported yet: {what} in `{name}` (at {file}:{}:{})", pos.line, pos.col.0 + 1);
            *self.error.borrow_mut() = Some(msg.replace('\n', " "));
        }
        Unsupported
    }

    pub fn monomorphize<T: TypeFoldable<TyCtxt<'tcx>> + Copy>(&self, v: T) -> T {
        self.instance.instantiate_mir_and_normalize_erasing_regions(self.tcx, ty::TypingEnv::fully_monomorphized(), ty::EarlyBinder::bind(v))
    }

    pub fn layout_of(&self, t: Ty<'tcx>) -> R<TyAndLayout<'tcx>> {
        self.cx.lcx.layout_of(t).map_err(|e| self.unsupported(format!("layout of `{t}` ({e})")))
    }

    /// A fresh frame slot of `size`/`align`; returns its address. Slots never overlap, so each
    /// is reached only through its address ([`wasmir::Function::private_slots`]).
    pub fn alloc_slot(&mut self, size: u64, align: u64) -> R<Value> {
        let addr = if align > 16 {
            // The frame is 16-aligned: over-allocate and round the address up at run time.
            let off = self.frame_size.div_ceil(16) * 16;
            self.frame_size = off + size + align;
            let fp = self.fp;
            let base = self.b.add_off(fp, off + align - 1);
            let mask = self.b.i32c(-(align as i64));
            self.b.binary(wasmir::BinOp::And, base, mask)
        } else {
            let off = self.frame_size.div_ceil(align.max(1)) * align.max(1);
            self.frame_size = off + size;
            let fp = self.fp;
            self.b.add_off(fp, off)
        };
        // The slot at offset 0 is the frame pointer itself, which also restores the stack
        // pointer: not private.
        if addr != self.fp && size > 0 {
            self.b.func.private_slots.push(addr);
        }
        Ok(addr)
    }

    pub fn alloc_temp(&mut self, l: TyAndLayout<'tcx>) -> R<PlaceRef<'tcx>> {
        let addr = self.alloc_slot(l.size.bytes(), l.align.abi.bytes())?;
        Ok(PlaceRef { addr, meta: None, layout: l })
    }

    fn lower_body(&mut self, entry: BlockId, abi: &FnAbi<'tcx>) -> R<()> {
        self.frame_const = 0;
        let mir = self.mir;
        // Parameters of the entry block, in signature order.
        let sig = self.b.func.sig.clone();
        let params: Vec<Value> = sig.params.iter().map(|&t| self.b.block_param(entry, t)).collect();
        let mut p = params.into_iter();
        let sret = if abi.ret_mode == PassMode::Indirect { p.next() } else { None };
        // Locals.
        // Blocks dead after monomorphization (e.g. behind `needs_drop::<T>()`) are skipped, as
        // the mono item collector skips them: their callees were never collected.
        let reachable = mir::traversal::mono_reachable_as_bitset(mir, self.tcx, self.instance);
        let mut layouts = IndexVec::with_capacity(mir.local_decls.len());
        for decl in mir.local_decls.iter() {
            let t = self.monomorphize(decl.ty);
            let l = self.layout_of(t)?;
            if !l.is_sized() {
                return Err(self.unsupported(format!("unsized local of type `{t}`")));
            }
            layouts.push(l);
        }
        self.local_layouts = layouts;
        let panic_only = self.panic_only_locals();
        let mut candidate: IndexVec<Local, bool> = self
            .local_layouts
            .iter_enumerated()
            .map(|(local, &l)| {
                !panic_only[local.index()]
                    && !l.is_zst()
                    && !crate::wide::is_wide_layout(l)
                    && matches!(crate::abi::pass_mode(l), Ok(PassMode::Scalar(_) | PassMode::Pair(..)))
            })
            .collect();
        if !matches!(abi.ret_mode, PassMode::Scalar(_)) {
            candidate[mir::RETURN_PLACE] = false;
        }
        if let Some(s) = mir.spread_arg {
            candidate[s] = false;
        }
        let mut modes = abi.args.iter().map(|&(_, m)| m);
        for local in mir.args_iter() {
            if Some(local) != mir.spread_arg && !matches!(modes.next(), Some(PassMode::Scalar(_) | PassMode::Pair(..))) {
                candidate[local] = false;
            }
        }
        let ssa = crate::ssa::ssa_locals(self, &candidate, &reachable);
        for local in mir.local_decls.indices() {
            let l = self.local_layouts[local];
            if ssa[local] {
                self.ssa[local] = SsaLocal::Undefined;
                continue;
            }
            if local == mir::RETURN_PLACE && sret.is_some() {
                self.locals[local] = sret;
                continue;
            }
            let is_indirect_arg = local.index() >= 1 && local.index() <= mir.arg_count && Some(local) != mir.spread_arg && matches!(crate::abi::pass_mode(l), Ok(PassMode::Indirect));
            if is_indirect_arg {
                continue; // the caller's copy is the local
            }
            let a = self.alloc_slot(l.size.bytes(), l.align.abi.bytes())?;
            self.locals[local] = Some(a);
        }
        // Arguments into their locals.
        let mut abi_args = abi.args.iter();
        for local in mir.args_iter() {
            let l = self.local_layouts[local];
            if Some(local) == mir.spread_arg {
                let dst = PlaceRef { addr: self.locals[local].unwrap(), meta: None, layout: l };
                for i in 0..l.ty.tuple_fields().len() {
                    let (fl, mode) = *abi_args.next().unwrap();
                    let fdst = self.place_field(dst, i)?;
                    let v = self.incoming(&mut p, fl, mode);
                    self.store(fdst, v)?;
                }
                continue;
            }
            let (al, mode) = *abi_args.next().unwrap();
            if mode == PassMode::Indirect {
                self.locals[local] = p.next();
                continue;
            }
            let v = self.incoming(&mut p, al, mode);
            if ssa[local] {
                self.ssa_define_foreign(local, v)?;
                continue;
            }
            let dst = PlaceRef { addr: self.locals[local].unwrap(), meta: None, layout: l };
            self.store(dst, v)?;
        }
        if abi.caller_location {
            self.caller_location = p.next();
        }
        let preds = mir.basic_blocks.predecessors();
        for (bb, data) in mir.basic_blocks.iter_enumerated() {
            if !reachable.contains(bb) {
                continue;
            }
            let target = match &data.terminator().kind {
                TerminatorKind::Goto { target } | TerminatorKind::Assert { target, .. } | TerminatorKind::Drop { target, .. } => Some(*target),
                TerminatorKind::FalseEdge { real_target, .. } | TerminatorKind::FalseUnwind { real_target, .. } => Some(*real_target),
                TerminatorKind::Call { target, .. } => *target,
                _ => None,
            };
            if let Some(t) = target
                && t != mir::START_BLOCK
                && t != bb
                && preds[t].len() == 1
                && reachable.contains(t)
            {
                self.merged[t] = true;
            }
        }
        // The start block follows the prologue in the entry block unless something jumps to it.
        let start_in_entry = preds[mir::START_BLOCK].is_empty();
        self.merged[mir::START_BLOCK] = start_in_entry;
        for bb in mir.basic_blocks.indices() {
            if reachable.contains(bb) && !self.merged[bb] {
                self.blocks[bb] = Some(self.b.create_block());
            }
        }
        if start_in_entry {
            self.lower_chain(mir::START_BLOCK, abi, &panic_only)?;
        } else {
            let first = self.blocks[mir::START_BLOCK].unwrap();
            self.b.br(first, &[]);
        }
        // Reverse postorder: a block's dominators are lowered before it, so the SSA values of
        // the locals it reads exist. A merged block branched to after all is lowered right
        // after its predecessor, for the same reason.
        for &bb in mir.basic_blocks.reverse_postorder() {
            if self.merged[bb] || !reachable.contains(bb) {
                continue;
            }
            let Some(wb) = self.blocks[bb] else { continue };
            self.b.switch_to(wb);
            self.lower_chain(bb, abi, &panic_only)?;
        }
        Ok(())
    }

    /// Lowers `bb` into the current WasmIR block, then the blocks merged into it, in order,
    /// then the merged blocks that were branched to after all (each alone).
    fn lower_chain(&mut self, mut bb: BasicBlock, abi: &FnAbi<'tcx>, panic_only: &[bool]) -> R<()> {
        loop {
            self.lower_block(bb, abi, panic_only)?;
            match self.next_merged.take() {
                Some(next) => bb = next,
                None => break,
            }
        }
        while let Some(bb) = self.late.pop() {
            let wb = self.blocks[bb].unwrap();
            self.b.switch_to(wb);
            self.lower_chain(bb, abi, panic_only)?;
        }
        Ok(())
    }

    fn lower_block(&mut self, bb: BasicBlock, abi: &FnAbi<'tcx>, panic_only: &[bool]) -> R<()> {
        let data = &self.mir.basic_blocks[bb];
        for stmt in &data.statements {
            if self.skip_statement(stmt, panic_only) {
                continue;
            }
            self.set_span(stmt.source_info.span);
            self.lower_statement(stmt)?;
        }
        let term = data.terminator();
        self.set_span(term.source_info.span);
        if let TerminatorKind::Call { func, destination, target, .. } = &term.kind {
            let skipped = destination.projection.iter().all(|e| !matches!(e, mir::ProjectionElem::Deref)) && panic_only[destination.local.index()];
            if skipped && self.call_kind(func) == crate::panic_paths::CallKind::FmtCtor {
                match *target {
                    Some(t) => self.goto(t),
                    None => self.b.terminate(Terminator::Unreachable),
                }
                return Ok(());
            }
        }
        self.lower_terminator(term, abi)
    }

    /// An unconditional jump to `bb`: a branch, or for a merged block nothing, as its code
    /// follows in the current block.
    pub fn goto(&mut self, bb: BasicBlock) {
        if self.merged[bb] && self.blocks[bb].is_none() {
            debug_assert!(self.next_merged.is_none(), "two jumps from one block");
            self.next_merged = Some(bb);
        } else {
            let t = self.block(bb);
            self.b.br(t, &[]);
        }
    }

    fn incoming(&mut self, p: &mut impl Iterator<Item = Value>, l: TyAndLayout<'tcx>, mode: PassMode) -> OpVal<'tcx> {
        let val = match mode {
            PassMode::Ignore => CVal::Zst,
            PassMode::Scalar(_) => CVal::Scalar(p.next().unwrap()),
            PassMode::Pair(..) => CVal::Pair(p.next().unwrap(), p.next().unwrap()),
            PassMode::Indirect => CVal::Ref(p.next().unwrap()),
        };
        OpVal { val, layout: l }
    }

    fn set_span(&mut self, span: Span) {
        self.span = span;
        if self.cx.debug_info {
            let lo = span.lo();
            if let Some(&loc) = self.cx.span_locs.get(&lo) {
                self.b.loc = Some(loc);
                return;
            }
            // Byte columns, as rustc's LLVM backend writes them (a character column measures
            // the line's display width for every new position).
            let (sf, line, col) = match self.tcx.sess.source_map().lookup_line(lo) {
                Ok(rustc_span::SourceFileAndLine { sf, line }) => {
                    let col = rustc_span::Pos::to_u32(&(sf.relative_position(lo) - sf.lines()[line])) + 1;
                    (sf, line as u32 + 1, col)
                }
                Err(sf) => (sf, 0, 0),
            };
            let files = &mut self.cx.module.files;
            let file = *self.cx.file_ids.entry(sf.start_pos).or_insert_with(|| {
                let name = format!("{}", sf.name.prefer_remapped_unconditionally());
                match files.iter().position(|f| *f == name) {
                    Some(i) => i as u32,
                    None => {
                        files.push(name);
                        files.len() as u32 - 1
                    }
                }
            });
            let loc = wasmir::SrcLoc { file, line, col };
            self.cx.span_locs.insert(lo, loc);
            self.b.loc = Some(loc);
        }
    }

    fn lower_statement(&mut self, stmt: &mir::Statement<'tcx>) -> R<()> {
        match &stmt.kind {
            StatementKind::Assign(b) => {
                let (place, rv) = &**b;
                if let Some(l) = place.as_local()
                    && self.is_ssa(l)
                {
                    let out = self.local_layouts[l];
                    let v = match self.rvalue_operand(rv, out)? {
                        Some(v) => v,
                        None => {
                            let t = self.alloc_temp(out)?;
                            self.codegen_rvalue_in_place(t, rv)?;
                            self.load_place(t)?
                        }
                    };
                    return self.ssa_define(l, v);
                }
                let dst = self.codegen_place(*place)?;
                self.codegen_rvalue(dst, rv)
            }
            StatementKind::SetDiscriminant { place, variant_index } => {
                let p = self.codegen_place(**place)?;
                self.set_discriminant(p, *variant_index)
            }
            StatementKind::Intrinsic(i) => match &**i {
                mir::NonDivergingIntrinsic::Assume(_) => Ok(()),
                mir::NonDivergingIntrinsic::CopyNonOverlapping(c) => {
                    let src = self.codegen_operand(&c.src)?;
                    let dst = self.codegen_operand(&c.dst)?;
                    let count = self.codegen_operand(&c.count)?;
                    let elem = src.layout.ty.builtin_deref(true).unwrap();
                    let el = self.layout_of(elem)?;
                    let (s, d, n) = (self.scalar(src)?, self.scalar(dst)?, self.scalar(count)?);
                    let sz = self.b.i32c(el.size.bytes() as i64);
                    let bytes = self.b.binary(BinOp::Mul, n, sz);
                    self.call_runtime("__wasmir_memcpy", &[d, s, bytes]);
                    Ok(())
                }
            },
            StatementKind::FakeRead(..)
            | StatementKind::StorageLive(_)
            | StatementKind::StorageDead(_)
            | StatementKind::Retag(..)
            | StatementKind::PlaceMention(..)
            | StatementKind::AscribeUserType(..)
            | StatementKind::Coverage(..)
            | StatementKind::ConstEvalCounter
            | StatementKind::Nop
            | StatementKind::BackwardIncompatibleDropHint { .. } => Ok(()),
        }
    }

    /// Calls one of the runtime's memory functions (`runtime.wir`).
    pub fn call_runtime(&mut self, name: &str, args: &[Value]) -> Option<Value> {
        let (params, results) = match name {
            "__wasmir_memcmp" => (vec![Type::I32; 3], vec![Type::I32]),
            "__wasmir_fmod" => (vec![Type::F64; 2], vec![Type::F64]),
            "__wasmir_powi64" => (vec![Type::F64, Type::I32], vec![Type::F64]),
            "__wasmir_powi32" => (vec![Type::F32, Type::I32], vec![Type::F32]),
            _ => (vec![Type::I32; 3], vec![]),
        };
        let f = self.cx.declare(
            name.to_string(),
            wasmir::Signature { params, results: results.clone() },
            Some(wasmir::Import { module: crate::driver::INTERNAL_IMPORT_MODULE.into(), field: name.into() }),
        );
        self.b.ins(Op::Call(f, args.to_vec()), results.first().copied())
    }

    /// The block for `bb`; a branch to a block dead after monomorphization traps.
    pub fn block(&mut self, bb: BasicBlock) -> BlockId {
        if let Some(b) = self.blocks[bb] {
            return b;
        }
        if self.merged[bb] {
            // Branched to other than by the one jump it was merged for: lowered on its own.
            let b = self.b.create_block();
            self.blocks[bb] = Some(b);
            self.late.push(bb);
            return b;
        }
        let cur = self.b.current();
        let t = self.b.create_block();
        self.b.switch_to(t);
        self.b.terminate(Terminator::Unreachable);
        self.b.switch_to(cur);
        self.blocks[bb] = Some(t);
        t
    }

    fn lower_terminator(&mut self, term: &mir::Terminator<'tcx>, abi: &FnAbi<'tcx>) -> R<()> {
        match &term.kind {
            TerminatorKind::Goto { target } => self.goto(*target),
            TerminatorKind::SwitchInt { discr, targets } if { let t = self.monomorphize(discr.ty(self.mir, self.tcx)); crate::wide::is_wide_layout(self.layout_of(t)?) } => {
                let d = self.codegen_operand(discr)?;
                let x = self.pair(d)?;
                for (val, bb) in targets.iter() {
                    let eq = self.eq128_const(x, val);
                    let next = self.b.create_block();
                    let t = self.block(bb);
                    self.b.br_if(eq, t, next);
                    self.b.switch_to(next);
                }
                let o = self.block(targets.otherwise());
                self.b.br(o, &[]);
            }
            TerminatorKind::SwitchInt { discr, targets } => {
                let d = self.codegen_operand(discr)?;
                let v = self.scalar(d)?;
                let (bits, signed) = crate::place::int_info(d.layout).ok_or_else(|| self.unsupported("switch on a non-integer"))?;
                let ty = self.b.ty(v);
                for (val, bb) in targets.iter() {
                    let c = if signed { rustc_abi::Size::from_bits(bits).sign_extend(val) as i64 } else { val as i64 };
                    let c = self.b.iconst(ty, c);
                    let eq = self.b.cmp(CmpOp::Eq, v, c);
                    let next = self.b.create_block();
                    let t = self.block(bb);
                    self.b.br_if(eq, t, next);
                    self.b.switch_to(next);
                }
                let o = self.block(targets.otherwise());
                self.b.br(o, &[]);
            }
            TerminatorKind::Return => {
                let ret = match abi.ret_mode {
                    PassMode::Scalar(_) => {
                        let v = match self.is_ssa(mir::RETURN_PLACE) {
                            true => self.ssa_value(mir::RETURN_PLACE)?,
                            false => self.load_place(PlaceRef { addr: self.locals[mir::RETURN_PLACE].unwrap(), meta: None, layout: abi.ret })?,
                        };
                        Some(self.scalar(v)?)
                    }
                    _ => None,
                };
                let top = self.b.binary(BinOp::Add, self.fp, self.frame_size_val);
                let sp = self.cx.stack_pointer();
                self.b.ins(Op::GlobalSet(sp, top), None);
                let cur = self.b.current();
                self.sp_sets.push((cur, self.b.func.blocks[cur.0 as usize].insts.len() - 1));
                self.b.terminate(Terminator::Return(ret.into_iter().collect()));
            }
            TerminatorKind::Unreachable | TerminatorKind::UnwindTerminate(_) | TerminatorKind::UnwindResume => {
                self.b.terminate(Terminator::Unreachable);
            }
            TerminatorKind::Assert { cond, expected, target, .. } => {
                let c = self.codegen_operand(cond)?;
                let c = self.scalar(c)?;
                let ok = if *expected { c } else { self.b.unary(wasmir::UnOp::Eqz, c) };
                self.b.trap_unless(ok);
                self.goto(*target);
            }
            TerminatorKind::FalseEdge { real_target, .. } | TerminatorKind::FalseUnwind { real_target, .. } => self.goto(*real_target),
            TerminatorKind::Drop { place, target, .. } => {
                self.codegen_drop(*place)?;
                self.goto(*target);
            }
            TerminatorKind::Call { func, args, destination, target, fn_span, .. } => {
                self.codegen_call(func, args, *destination, *target, *fn_span, term.source_info)?;
            }
            TerminatorKind::TailCall { .. } => return Err(self.unsupported("tail calls (`become`)")),
            TerminatorKind::InlineAsm { .. } => return Err(self.unsupported("inline assembly")),
            // Coroutine bodies arrive after rustc's state transform, which removes these.
            TerminatorKind::Yield { .. } | TerminatorKind::CoroutineDrop => return Err(self.unsupported("a coroutine body before rustc's state transform")),
        }
        Ok(())
    }
}
