//! Calls (direct, through function pointers, through vtables) and drops.

use crate::abi::{FnAbi, PassMode};
use crate::base::{Fx, R};
use crate::place::{CVal, OpVal, PlaceRef};
use rustc_middle::mir::{self, BasicBlock, Place, SourceInfo};
use rustc_middle::ty::{self, Instance, InstanceKind};
use rustc_span::{Span, Spanned};
use wasmir::{BinOp, CmpOp, Op, Terminator, Type, Value};

/// What a call calls.
#[derive(Clone, Copy)]
enum Callee<'tcx> {
    /// An instance, by its function.
    Direct(Instance<'tcx>),
    /// A trait object's method: the vtable slot of `self`'s vtable (`Instance` is the virtual one).
    Virtual(Instance<'tcx>, usize),
    /// A function pointer: the callee operand's value, a table index.
    Pointer,
}

impl<'tcx> Callee<'tcx> {
    fn instance(self) -> Option<Instance<'tcx>> {
        match self {
            Callee::Direct(i) | Callee::Virtual(i, _) => Some(i),
            Callee::Pointer => None,
        }
    }
}

/// Where a call's result goes.
#[derive(Clone, Copy)]
enum CallDest<'tcx> {
    /// A scalar result: the value of an SSA local.
    Ssa(mir::Local),
    /// Written to a place (through a temporary for an SSA local, see [`Fx::dest_place`]).
    Place(PlaceRef<'tcx>),
}

impl<'a, 'tcx> Fx<'a, 'tcx> {
    /// Entry `index` of the vtable at `vtable`: rustc lays a vtable out as pointer-sized
    /// entries, drop glue, size and align first (`ty::COMMON_VTABLE_ENTRIES_*`), then the
    /// methods and the supertraits' vtables.
    pub fn vtable_entry(&mut self, vtable: Value, index: usize) -> Value {
        self.b.load(wasmir::LoadKind::Full, Type::I32, vtable, index as u64 * 4)
    }

    /// Reads an SSA destination written through a temporary ([`Fx::dest_place`]), then goes
    /// on to the return block.
    fn finish_call(&mut self, target: Option<BasicBlock>) -> R<()> {
        if let Some((l, t)) = self.pending.take() {
            let v = self.load_place(t)?;
            self.ssa_define(l, v)?;
        }
        match target {
            Some(t) => self.goto(t),
            None => self.b.terminate(Terminator::Unreachable),
        }
        Ok(())
    }

    pub fn codegen_call(&mut self, func: &mir::Operand<'tcx>, args: &[Spanned<mir::Operand<'tcx>>], dest: Place<'tcx>, target: Option<BasicBlock>, fn_span: Span, si: SourceInfo) -> R<()> {
        let fty = self.monomorphize(func.ty(self.mir, self.tcx));
        let (sig, resolved) = self.cx.callee_type(fty, fn_span);
        let callee = match (*fty.kind(), resolved) {
            (ty::FnDef(def_id, gargs), Some(inst)) => {
                match inst.def {
                    InstanceKind::Intrinsic(_) => {
                        if self.codegen_intrinsic(inst, args, dest, si)? {
                            self.finish_call(target)?;
                            return Ok(());
                        }
                        // The fallback call writes the destination itself, not through the
                        // temporary the intrinsic asked for.
                        self.pending = None;
                        // Not lowered here: call its fallback body.
                        Callee::Direct(Instance::new_raw(def_id, gargs))
                    }
                    InstanceKind::DropGlue(_, None) => {
                        self.finish_call(target)?;
                        return Ok(());
                    }
                    InstanceKind::Virtual(_, idx) => Callee::Virtual(inst, idx),
                    _ => Callee::Direct(inst),
                }
            }
            (ty::FnPtr(..), _) => Callee::Pointer,
            _ => return Err(self.unsupported(format!("calling a value of type `{fty}`"))),
        };
        // Diverging sysroot functions are the panic machinery: panics are traps.
        if let Callee::Direct(inst) = callee {
            let def_id = inst.def_id();
            if crate::driver::is_sysroot_crate(self.tcx, def_id.krate) {
                // core's UB precondition checks (`-Zub-checks`) have no MIR to lower: skipped.
                if !self.cx.local.contains_key(&inst) && self.tcx.opt_item_name(def_id).is_some_and(|n| n.as_str() == "precondition_check") {
                    self.finish_call(target)?;
                    return Ok(());
                }
                let out = self.cx.normalized_sig(sig).output();
                if out.is_never() && crate::driver::is_panic_machinery(self.tcx, def_id) {
                    self.b.terminate(Terminator::Unreachable);
                    return Ok(());
                }
            }
        }
        if let Callee::Direct(inst) = callee
            && self.tcx.is_foreign_item(inst.def_id())
            && let Some(link_name) = self.tcx.codegen_fn_attrs(inst.def_id()).symbol_name.filter(|n| n.as_str().starts_with("llvm."))
        {
            self.codegen_llvm_intrinsic(link_name.as_str(), args, dest)?;
            self.finish_call(target)?;
            return Ok(());
        }
        let caller_location = callee.instance().is_some_and(|i| i.def.requires_caller_location(self.tcx));
        let mut abi = self.cx.fn_abi_for_sig(sig, caller_location).map_err(|e| self.unsupported(e))?;
        if let Callee::Virtual(..) = callee {
            // A virtual call passes only the data pointer of `self`.
            std::rc::Rc::make_mut(&mut abi).args[0].1 = PassMode::Scalar(Type::I32);
        }
        let rust_call = sig.abi() == rustc_abi::ExternAbi::RustCall;
        // Operands, with a `rust-call` tuple spread into its fields.
        let mut ops: Vec<(OpVal<'tcx>, Option<Place<'tcx>>)> = Vec::new();
        for (i, a) in args.iter().enumerate() {
            if let mir::Operand::Move(p) = a.node {
                let ty = self.monomorphize(p.ty(self.mir, self.tcx).ty);
                let layout = self.layout_of(ty)?;
                if !layout.is_sized() {
                    // An unsized argument by value: its place (address, metadata).
                    let pl = self.codegen_place(p)?;
                    let meta = pl.meta.ok_or_else(|| self.unsupported(format!("an unsized `{ty}` argument without metadata")))?;
                    ops.push((OpVal { val: CVal::Pair(pl.addr, meta), layout }, Some(p)));
                    continue;
                }
            }
            let v = self.codegen_operand(&a.node)?;
            if rust_call && i + 1 == args.len() {
                let addr = self.spill(v)?;
                let tup = crate::place::PlaceRef { addr, meta: None, layout: v.layout };
                for f in 0..v.layout.ty.tuple_fields().len() {
                    let fp = self.place_field(tup, f)?;
                    let fv = self.load_place(fp)?;
                    ops.push((fv, None));
                }
            } else {
                let moved = if let mir::Operand::Move(p) = a.node { Some(p) } else { None };
                ops.push((v, moved));
            }
        }
        // A scalar result for an SSA local is its value; otherwise the result is written to
        // the destination (through a temporary for an SSA local).
        let dst = match dest.as_local().filter(|&l| self.is_ssa(l) && matches!(abi.ret_mode, PassMode::Scalar(_))) {
            Some(l) => CallDest::Ssa(l),
            None => CallDest::Place(self.dest_place(dest)?),
        };
        let mut wargs: Vec<Value> = Vec::new();
        if let (PassMode::Indirect, CallDest::Place(dst)) = (abi.ret_mode, dst) {
            wargs.push(dst.addr);
        }
        let mut vtable = None;
        for (i, ((v, moved), (_, mode))) in ops.iter().zip(abi.args.iter()).enumerate() {
            if i == 0 && matches!(callee, Callee::Virtual(..)) {
                // `self` of a virtual call: the data pointer; the vtable picks the method.
                let (d, vt) = self.pair(*v)?;
                wargs.push(d);
                vtable = Some(vt);
                continue;
            }
            match mode {
                PassMode::Ignore => {}
                PassMode::Scalar(_) => wargs.push(self.scalar(*v)?),
                PassMode::Pair(..) => {
                    let (a, b) = self.pair(*v)?;
                    wargs.push(a);
                    wargs.push(b);
                }
                PassMode::Indirect => {
                    // A moved place is handed over as is; a copy gets a fresh temporary.
                    let addr = match (v.val, moved) {
                        (CVal::Ref(a), Some(_)) => a,
                        _ => self.copy_to_temp(*v)?,
                    };
                    wargs.push(addr);
                }
            }
        }
        if caller_location {
            let loc = self.caller_location_value(si)?;
            wargs.push(loc);
        }
        if abi.c_variadic {
            let extra: Vec<OpVal<'tcx>> = ops[abi.args.len()..].iter().map(|(v, _)| *v).collect();
            let buf = self.variadic_buffer(&extra)?;
            wargs.push(buf);
        }
        let wsig = abi.signature();
        let result = match callee {
            Callee::Virtual(_, idx) => {
                let vt = vtable.unwrap();
                let f = self.vtable_entry(vt, idx);
                let table = self.cx.table();
                let r = wsig.results.first().copied();
                self.b.ins(Op::CallIndirect { table, sig: Box::new(wsig), index: f, args: wargs }, r)
            }
            Callee::Direct(inst) => {
                let f = self.cx.func_for_instance(inst, &abi).map_err(|e| self.unsupported(e))?;
                let fsig = &self.cx.module.funcs[f.0 as usize].sig;
                if fsig.params.len() != wargs.len() {
                    return Err(self.unsupported(format!("call of `{}` whose signature differs from its definition", self.tcx.def_path_str(inst.def_id()))));
                }
                let r = fsig.results.first().copied();
                self.b.ins(Op::Call(f, wargs), r)
            }
            Callee::Pointer => {
                let fp = self.codegen_operand(func)?;
                let idx = self.scalar(fp)?;
                let table = self.cx.table();
                let r = wsig.results.first().copied();
                self.b.ins(Op::CallIndirect { table, sig: Box::new(wsig), index: idx, args: wargs }, r)
            }
        };
        if let (Some(r), PassMode::Scalar(_)) = (result, abi.ret_mode) {
            let v = OpVal { val: CVal::Scalar(r), layout: abi.ret };
            match dst {
                CallDest::Ssa(l) => self.ssa_define_foreign(l, v)?,
                CallDest::Place(dst) => self.store(dst, v)?,
            }
        }
        self.finish_call(target)?;
        Ok(())
    }

    /// The variadic arguments of a C-variadic call in a frame buffer, each at its natural
    /// alignment (clang's wasm32 `va_arg` layout; Rust has already promoted them to `c_int`,
    /// `c_double` or pointers). Returns the buffer's address (0 when there are none).
    fn variadic_buffer(&mut self, extra: &[OpVal<'tcx>]) -> R<Value> {
        let mut slots = Vec::new();
        let mut size = 0u64;
        for v in extra {
            let t = match v.layout.backend_repr {
                rustc_abi::BackendRepr::Scalar(s) => crate::abi::scalar_type(s).map_err(|e| self.unsupported(format!("{e} as a variadic argument")))?,
                _ => return Err(self.unsupported("a non-scalar variadic argument")),
            };
            let bytes = if matches!(t, Type::I64 | Type::F64) { 8 } else { 4 };
            let off = size.div_ceil(bytes) * bytes;
            size = off + bytes;
            slots.push((off, self.scalar(*v)?));
        }
        if slots.is_empty() {
            return Ok(self.b.i32c(0));
        }
        let buf = self.alloc_slot(size, 8)?;
        for (off, v) in slots {
            self.b.store(wasmir::StoreKind::Full, buf, v, off);
        }
        Ok(buf)
    }

    /// `&'static Location` for a `#[track_caller]` callee: our own caller's when we are
    /// `#[track_caller]` too, else this call site. Inside a body that rustc's MIR inliner
    /// inlined (opt-level ≥ 1), the call site is the inlined call's, as rustc_codegen_ssa does.
    pub fn caller_location_value(&mut self, si: SourceInfo) -> R<Value> {
        let mir = self.mir;
        let tcx = self.tcx;
        mir.caller_location_span(si, self.caller_location.map(Ok), tcx, |span| {
            let cv = tcx.span_as_caller_location(span);
            let v = self.codegen_const_value(cv, tcx.caller_location_ty())?;
            self.scalar(v)
        })
    }

    pub fn codegen_drop(&mut self, place: Place<'tcx>) -> R<()> {
        let ty = self.monomorphize(place.ty(self.mir, self.tcx).ty);
        let inst = Instance::resolve_drop_in_place(self.tcx, ty);
        if let InstanceKind::DropGlue(_, None) = inst.def {
            return Ok(());
        }
        let p = self.codegen_place(place)?;
        if let ty::Dynamic(..) = ty.kind() {
            let vt = p.meta.unwrap();
            let f = self.vtable_entry(vt, ty::COMMON_VTABLE_ENTRIES_DROPINPLACE);
            let zero = self.b.i32c(0);
            let has = self.b.cmp(CmpOp::Ne, f, zero);
            let call = self.b.create_block();
            let done = self.b.create_block();
            self.b.br_if(has, call, done);
            self.b.switch_to(call);
            let table = self.cx.table();
            let sig = wasmir::Signature { params: vec![Type::I32], results: vec![] };
            self.b.ins(Op::CallIndirect { table, sig: Box::new(sig), index: f, args: vec![p.addr] }, None);
            self.b.br(done, &[]);
            self.b.switch_to(done);
            return Ok(());
        }
        let sig = inst.ty(self.tcx, ty::TypingEnv::fully_monomorphized()).fn_sig(self.tcx);
        let abi = FnAbi::for_fn_sig(&self.cx.lcx, self.tcx, sig, false).map_err(|e| self.unsupported(e))?;
        let f = self.cx.func_for_instance(inst, &abi).map_err(|e| self.unsupported(e))?;
        let mut args = vec![p.addr];
        if let Some(m) = p.meta {
            args.push(m);
        }
        self.b.ins(Op::Call(f, args), None);
        let _ = BinOp::Add;
        Ok(())
    }
}
