//! Constants and statics: constant values in code, and data objects (with relocations) for
//! allocations, vtables and statics.

use crate::base::{Fx, R};
use crate::driver::ModCx;
use crate::object::{DataObject, RelocTarget};
use crate::place::{CVal, OpVal};
use rustc_abi::BackendRepr;
use rustc_hir::def_id::DefId;
use rustc_middle::mir::interpret::{AllocId, GlobalAlloc, Scalar};
use rustc_middle::mir::{self, ConstValue};
use rustc_middle::ty::{self, Instance, Ty};
use wasmir::{Const, Op, Type, Value};

/// Why an allocation could not become data.
type DataResult<T> = Result<T, String>;

impl<'a, 'tcx> Fx<'a, 'tcx> {
    pub fn codegen_constant(&mut self, c: &mir::ConstOperand<'tcx>) -> R<OpVal<'tcx>> {
        let cv = self.monomorphize(c.const_);
        let val = cv.eval(self.tcx, ty::TypingEnv::fully_monomorphized(), c.span).map_err(|_| self.unsupported("a constant that failed to evaluate"))?;
        self.codegen_const_value(val, cv.ty())
    }

    pub fn codegen_const_value(&mut self, val: ConstValue, ty: Ty<'tcx>) -> R<OpVal<'tcx>> {
        let layout = self.layout_of(ty)?;
        if layout.is_zst() {
            return Ok(OpVal { val: CVal::Zst, layout });
        }
        let v = match val {
            ConstValue::ZeroSized => CVal::Zst,
            ConstValue::Scalar(Scalar::Int(int)) if crate::wide::is_wide_layout(layout) => {
                let (lo, hi) = self.const128(int.to_bits(int.size()));
                CVal::Pair(lo, hi)
            }
            ConstValue::Scalar(s) => {
                let x = self.scalar_const(s, layout)?;
                match layout.backend_repr {
                    BackendRepr::Scalar(_) => CVal::Scalar(x),
                    _ => {
                        // A scalar constant of a memory-layout type (e.g. a one-field struct).
                        let t = self.alloc_temp(layout)?;
                        let ty = self.b.ty(x);
                        let kind = match (ty, layout.size.bytes()) {
                            (_, 1) => wasmir::StoreKind::I8,
                            (_, 2) => wasmir::StoreKind::I16,
                            _ => wasmir::StoreKind::Full,
                        };
                        self.b.store(kind, t.addr, x, 0);
                        CVal::Ref(t.addr)
                    }
                }
            }
            ConstValue::Slice { alloc_id, meta } => {
                let a = self.alloc_address(alloc_id)?;
                let n = self.b.i32c(meta as i64);
                CVal::Pair(a, n)
            }
            ConstValue::Indirect { alloc_id, offset } => {
                let a = self.alloc_address(alloc_id)?;
                CVal::Ref(self.b.add_off(a, offset.bytes()))
            }
        };
        let op = OpVal { val: v, layout };
        // Scalar pairs are handed on as values.
        if crate::wide::is_wide_pair(&layout.backend_repr) {
            return Ok(op);
        }
        if let (CVal::Ref(_), BackendRepr::Scalar(s)) = (op.val, layout.backend_repr) {
            if crate::wide::is_wide(s) {
                let (a, b) = self.pair(op)?;
                return Ok(OpVal { val: CVal::Pair(a, b), layout });
            }
        }
        if let (CVal::Ref(_), BackendRepr::ScalarPair(..)) = (op.val, layout.backend_repr) {
            let (a, b) = self.pair(op)?;
            return Ok(OpVal { val: CVal::Pair(a, b), layout });
        }
        if let (CVal::Ref(_), BackendRepr::Scalar(..)) = (op.val, layout.backend_repr) {
            let a = self.scalar(op)?;
            return Ok(OpVal { val: CVal::Scalar(a), layout });
        }
        Ok(op)
    }

    fn scalar_const(&mut self, s: Scalar, layout: rustc_middle::ty::layout::TyAndLayout<'tcx>) -> R<Value> {
        match s {
            Scalar::Int(int) => {
                let size = int.size();
                let bits = int.to_bits(size);
                let prim = match layout.backend_repr {
                    BackendRepr::Scalar(sc) => Some(sc.primitive()),
                    _ => None,
                };
                Ok(match prim {
                    Some(rustc_abi::Primitive::Float(rustc_abi::Float::F32)) => self.b.ins1(Op::Const(Const::F32(bits as u32)), Type::F32),
                    Some(rustc_abi::Primitive::Float(rustc_abi::Float::F64)) => self.b.ins1(Op::Const(Const::F64(bits as u64)), Type::F64),
                    Some(rustc_abi::Primitive::Float(_)) => return Err(self.unsupported("f16/f128 constants")),
                    Some(rustc_abi::Primitive::Int(_, true)) => {
                        let v = size.sign_extend(bits) as i64;
                        if size.bytes() > 8 {
                            return Err(self.unsupported("128-bit integers"));
                        }
                        self.b.iconst(if size.bytes() == 8 { Type::I64 } else { Type::I32 }, v)
                    }
                    _ => {
                        if size.bytes() > 8 {
                            return Err(self.unsupported("128-bit integers"));
                        }
                        self.b.iconst(if size.bytes() == 8 { Type::I64 } else { Type::I32 }, bits as i64)
                    }
                })
            }
            Scalar::Ptr(ptr, _) => {
                let (prov, offset) = ptr.prov_and_relative_offset();
                let base = self.alloc_address(prov.alloc_id())?;
                Ok(self.b.add_off(base, offset.bytes()))
            }
        }
    }

    /// The address (or, for functions, the table index) an `AllocId` stands for.
    pub fn alloc_address(&mut self, id: AllocId) -> R<Value> {
        match self.tcx.global_alloc(id) {
            GlobalAlloc::Function { instance } => {
                let sig = instance.ty(self.tcx, ty::TypingEnv::fully_monomorphized()).fn_sig(self.tcx);
                self.fn_ptr_of(instance, sig)
            }
            GlobalAlloc::TypeId { .. } => Ok(self.b.i32c(0)),
            _ => {
                let name = data_for_alloc(self.cx, id).map_err(|e| self.unsupported(e))?;
                let g = self.cx.data_addr(&name);
                Ok(self.b.ins1(Op::GlobalGet(g), Type::I32))
            }
        }
    }
}

/// The data object for an allocation (created with its relocations on first use).
pub fn data_for_alloc<'tcx>(cx: &mut ModCx<'tcx>, id: AllocId) -> DataResult<String> {
    if let Some(n) = cx.allocs.get(&id) {
        return Ok(n.clone());
    }
    let tcx = cx.tcx;
    let alloc = match tcx.global_alloc(id) {
        GlobalAlloc::Memory(a) => a,
        GlobalAlloc::VTable(ty, dyn_ty) => {
            let principal = dyn_ty.principal().map(|p| tcx.instantiate_bound_regions_with_erased(p));
            let vid = tcx.vtable_allocation((ty, principal));
            let name = data_for_alloc(cx, vid)?;
            cx.allocs.insert(id, name.clone());
            return Ok(name);
        }
        GlobalAlloc::Static(def_id) => {
            if tcx.is_foreign_item(def_id) {
                // Defined by another object (a C library's data, e.g. wasi-libc's
                // `_CLOCK_REALTIME`): linked by its link name.
                let name = static_name(cx, def_id);
                cx.allocs.insert(id, name.clone());
                return Ok(name);
            }
            if tcx.codegen_fn_attrs(def_id).flags.contains(rustc_middle::middle::codegen_fn_attrs::CodegenFnAttrFlags::THREAD_LOCAL) {
                let name = thread_local_static(cx, def_id)?;
                cx.allocs.insert(id, name.clone());
                return Ok(name);
            }
            if crate::driver::is_llvm_sysroot_crate(tcx, def_id.krate) {
                // Sysroot data is not in any WasmIR object: this crate gets its own copy.
                if tcx.is_mutable_static(def_id) {
                    return Err(format!("mutable static `{}` of the sysroot", tcx.def_path_str(def_id)));
                }
                let name = format!("{}${}", cx.prefix, static_name(cx, def_id));
                cx.allocs.insert(id, name.clone());
                let alloc = tcx.eval_static_initializer(def_id).map_err(|_| format!("initializer of `{}`", tcx.def_path_str(def_id)))?;
                let obj = data_object(cx, name.clone(), alloc.inner())?;
                cx.data.push(obj);
                return Ok(name);
            }
            let name = static_name(cx, def_id);
            return Ok(name);
        }
        GlobalAlloc::Function { .. } | GlobalAlloc::TypeId { .. } => return Err("a function or type id used as data".into()),
    };
    let name = format!("{}$alloc{}", cx.prefix, cx.allocs.len());
    cx.allocs.insert(id, name.clone());
    let obj = data_object(cx, name.clone(), alloc.inner())?;
    cx.data.push(obj);
    Ok(name)
}

/// The data object of a `#[thread_local]` static: its symbol, as for any static, when the
/// target has a single thread (no `atomics` feature, so no thread gets its own copy).
pub fn thread_local_static(cx: &ModCx<'_>, def_id: DefId) -> DataResult<String> {
    if cx.tcx.sess.target_features.iter().any(|f| f.as_str() == "atomics") {
        return Err("thread-local statics with the `atomics` target feature".into());
    }
    if crate::driver::is_llvm_sysroot_crate(cx.tcx, def_id.krate) {
        return Err(format!("thread-local static `{}` of the sysroot", cx.tcx.def_path_str(def_id)));
    }
    Ok(static_name(cx, def_id))
}

/// Name of a static's data object: its symbol (statics are defined by the crate that owns
/// them, except `#[inline]`-like local copies which this backend does not have).
fn static_name(cx: &ModCx<'_>, def_id: DefId) -> String {
    cx.tcx.symbol_name(Instance::mono(cx.tcx, def_id)).name.to_string()
}

fn data_object<'tcx>(cx: &mut ModCx<'tcx>, name: String, alloc: &rustc_middle::mir::interpret::Allocation) -> DataResult<DataObject> {
    let tcx = cx.tcx;
    let bytes = alloc.inspect_with_uninit_and_ptr_outside_interpreter(0..alloc.len()).to_vec();
    let mut relocs = Vec::new();
    for &(offset, prov) in alloc.provenance().ptrs().iter() {
        let off = offset.bytes() as usize;
        let addend = u32::from_le_bytes(bytes[off..off + 4].try_into().unwrap()) as i64;
        let target = prov.alloc_id();
        let t = match tcx.global_alloc(target) {
            GlobalAlloc::Function { instance } => {
                let f = fn_for_data(cx, instance)?;
                RelocTarget::Func { name: f }
            }
            GlobalAlloc::TypeId { .. } => continue,
            _ => RelocTarget::Data { name: data_for_alloc(cx, target)?, addend },
        };
        relocs.push((off as u32, t));
    }
    Ok(DataObject { name, align: alloc.align.bytes(), mutable: alloc.mutability.is_mut(), bytes, relocs })
}

/// The function a data pointer refers to (declared as for a call).
fn fn_for_data<'tcx>(cx: &mut ModCx<'tcx>, instance: Instance<'tcx>) -> DataResult<String> {
    if let Some(n) = cx.local.get(&instance) {
        return Ok(n.clone());
    }
    let ty = instance.ty(cx.tcx, ty::TypingEnv::fully_monomorphized());
    if !ty.is_fn() {
        return Err(format!("pointer to `{}` from another crate", cx.tcx.def_path_str(instance.def_id())));
    }
    let abi = crate::abi::FnAbi::for_fn_sig(&cx.lcx, cx.tcx, ty.fn_sig(cx.tcx), instance.def.requires_caller_location(cx.tcx))?;
    let id = cx.func_for_instance(instance, &abi)?;
    Ok(cx.module.funcs[id.0 as usize].name.clone())
}

/// Defines a static of this crate as a data object under its symbol name.
pub fn define_static(cx: &mut ModCx<'_>, def_id: DefId) {
    let tcx = cx.tcx;
    if !cx.statics_done.insert(def_id) {
        return;
    }
    let name = static_name(cx, def_id);
    let res = tcx.eval_static_initializer(def_id).map_err(|_| "static initializer failed".to_string()).and_then(|alloc| data_object(cx, name, alloc.inner()));
    match res {
        Ok(obj) => cx.data.push(obj),
        Err(e) => {
            tcx.dcx().span_err(tcx.def_span(def_id), format!("not supported yet: {e} in static `{}`", tcx.def_path_str(def_id)));
        }
    }
}
