//! Places (addresses in linear memory, with metadata for unsized ones) and operand values
//! (in wasm values or by reference), and moving between them.

use crate::base::{Fx, R};
use rustc_abi::{BackendRepr, FieldsShape, Integer, Primitive, Size};
use rustc_middle::mir::{self, ProjectionElem};
use rustc_middle::ty::layout::TyAndLayout;
use rustc_middle::ty::{self, Ty};
use wasmir::{BinOp, LoadKind, StoreKind, Type, Value};

/// An operand's value.
#[derive(Clone, Copy, Debug)]
pub enum CVal {
    Zst,
    Scalar(Value),
    Pair(Value, Value),
    /// In memory at this address (read it before the memory changes).
    Ref(Value),
}

#[derive(Clone, Copy, Debug)]
pub struct OpVal<'tcx> {
    pub val: CVal,
    pub layout: TyAndLayout<'tcx>,
}

/// A place in linear memory.
#[derive(Clone, Copy, Debug)]
pub struct PlaceRef<'tcx> {
    pub addr: Value,
    /// Length or vtable of an unsized place.
    pub meta: Option<Value>,
    pub layout: TyAndLayout<'tcx>,
}

/// Bit width and signedness of an integer-like scalar layout (bool, char, pointers included).
pub fn int_info(l: TyAndLayout<'_>) -> Option<(u64, bool)> {
    match l.backend_repr {
        BackendRepr::Scalar(s) => match s.primitive() {
            Primitive::Int(i, signed) => Some((i.size().bits(), signed)),
            Primitive::Pointer(_) => Some((32, false)),
            Primitive::Float(_) => None,
        },
        _ => None,
    }
}

/// Offset of the second half of a scalar pair.
pub fn pair_offset(a: rustc_abi::Scalar, b: rustc_abi::Scalar, dl: &rustc_abi::TargetDataLayout) -> u64 {
    a.size(dl).align_to(b.align(dl).abi).bytes()
}

impl<'a, 'tcx> Fx<'a, 'tcx> {
    pub fn load_scalar(&mut self, s: rustc_abi::Scalar, addr: Value, off: u64) -> R<Value> {
        let ty = crate::abi::scalar_type(s).map_err(|e| self.unsupported(e))?;
        let kind = match s.primitive() {
            Primitive::Int(Integer::I8, true) => LoadKind::I8S,
            Primitive::Int(Integer::I8, false) => LoadKind::I8U,
            Primitive::Int(Integer::I16, true) => LoadKind::I16S,
            Primitive::Int(Integer::I16, false) => LoadKind::I16U,
            _ => LoadKind::Full,
        };
        Ok(self.b.load(kind, ty, addr, off))
    }

    pub fn store_scalar(&mut self, s: rustc_abi::Scalar, addr: Value, off: u64, v: Value) {
        let kind = match s.primitive() {
            Primitive::Int(Integer::I8, _) => StoreKind::I8,
            Primitive::Int(Integer::I16, _) => StoreKind::I16,
            _ => StoreKind::Full,
        };
        self.b.store(kind, addr, v, off);
    }

    /// Brings an `i32`/`i64` holding a `bits`-wide integer back to its canonical form
    /// (sign- or zero-extended to the wasm width).
    pub fn normalize(&mut self, v: Value, bits: u64, signed: bool) -> Value {
        let w = if self.b.ty(v) == Type::I64 { 64 } else { 32 };
        if bits >= w {
            return v;
        }
        let ty = self.b.ty(v);
        if signed {
            let sh = self.b.iconst(ty, (w - bits) as i64);
            let l = self.b.binary(BinOp::Shl, v, sh);
            self.b.binary(BinOp::ShrS, l, sh)
        } else {
            let m = self.b.iconst(ty, ((1u64 << bits) - 1) as i64);
            self.b.binary(BinOp::And, v, m)
        }
    }

    pub fn codegen_place(&mut self, place: mir::Place<'tcx>) -> R<PlaceRef<'tcx>> {
        let layout = self.local_layouts[place.local];
        let mut elems = place.projection.iter();
        let mut p = if self.is_ssa(place.local) {
            // An SSA local is only dereferenced here (see `ssa.rs`).
            if elems.next() != Some(ProjectionElem::Deref) {
                return Err(self.unsupported(format!("internal: SSA local {:?} used as a place", place.local)));
            }
            let ptr = self.ssa_value(place.local)?;
            self.deref(ptr)?
        } else {
            let addr = match self.locals[place.local] {
                Some(a) => a,
                None => return Err(self.unsupported("a local without storage")),
            };
            PlaceRef { addr, meta: None, layout }
        };
        for elem in elems {
            p = self.project(p, elem)?;
        }
        Ok(p)
    }

    /// The place a pointer value points to.
    fn deref(&mut self, ptr: OpVal<'tcx>) -> R<PlaceRef<'tcx>> {
        let pointee = ptr.layout.ty.builtin_deref(true).ok_or_else(|| self.unsupported(format!("dereferencing `{}`", ptr.layout.ty)))?;
        let pl = self.layout_of(pointee)?;
        Ok(match ptr.val {
            CVal::Pair(a, m) => PlaceRef { addr: a, meta: Some(m), layout: pl },
            _ => PlaceRef { addr: self.scalar(ptr)?, meta: None, layout: pl },
        })
    }

    fn project(&mut self, p: PlaceRef<'tcx>, elem: mir::PlaceElem<'tcx>) -> R<PlaceRef<'tcx>> {
        Ok(match elem {
            ProjectionElem::Deref => {
                let ptr = self.load_place(p)?;
                self.deref(ptr)?
            }
            ProjectionElem::Field(f, _) => self.place_field(p, f.index())?,
            ProjectionElem::Index(local) => {
                let idx = self.codegen_operand(&mir::Operand::Copy(mir::Place::from(local)))?;
                let i = self.scalar(idx)?;
                self.place_index(p, i)?
            }
            ProjectionElem::ConstantIndex { offset, from_end, .. } => {
                let i = if from_end {
                    let len = self.place_len(p)?;
                    let o = self.b.i32c(offset as i64);
                    self.b.binary(BinOp::Sub, len, o)
                } else {
                    self.b.i32c(offset as i64)
                };
                self.place_index(p, i)?
            }
            ProjectionElem::Subslice { from, to, from_end } => {
                let el = p.layout.field(&self.cx.lcx, 0);
                let addr = self.b.add_off(p.addr, from * el.size.bytes());
                match p.layout.ty.kind() {
                    ty::Array(inner, _) => {
                        let n = if from_end { return Err(self.unsupported("subslice from the end of an array")) } else { to - from };
                        let t = Ty::new_array(self.tcx, *inner, n);
                        PlaceRef { addr, meta: None, layout: self.layout_of(t)? }
                    }
                    ty::Slice(..) => {
                        let len = p.meta.unwrap();
                        let k = self.b.i32c((from + to) as i64);
                        let meta = self.b.binary(BinOp::Sub, len, k);
                        PlaceRef { addr, meta: Some(meta), layout: p.layout }
                    }
                    _ => return Err(self.unsupported(format!("subslice of `{}`", p.layout.ty))),
                }
            }
            ProjectionElem::Downcast(_, v) => PlaceRef { layout: p.layout.for_variant(&self.cx.lcx, v), ..p },
            ProjectionElem::OpaqueCast(t) | ProjectionElem::UnwrapUnsafeBinder(t) => {
                let t = self.monomorphize(t);
                PlaceRef { layout: self.layout_of(t)?, ..p }
            }
        })
    }

    /// Number of elements of an array or slice place.
    pub fn place_len(&mut self, p: PlaceRef<'tcx>) -> R<Value> {
        match (p.meta, &p.layout.fields) {
            (Some(m), _) => Ok(m),
            (None, FieldsShape::Array { count, .. }) => Ok(self.b.i32c(*count as i64)),
            _ => Err(self.unsupported(format!("length of `{}`", p.layout.ty))),
        }
    }

    pub fn place_index(&mut self, p: PlaceRef<'tcx>, i: Value) -> R<PlaceRef<'tcx>> {
        let el = p.layout.field(&self.cx.lcx, 0);
        let sz = self.b.i32c(el.size.bytes() as i64);
        let off = self.b.binary(BinOp::Mul, i, sz);
        let addr = self.b.binary(BinOp::Add, p.addr, off);
        Ok(PlaceRef { addr, meta: None, layout: el })
    }

    pub fn place_field(&mut self, p: PlaceRef<'tcx>, i: usize) -> R<PlaceRef<'tcx>> {
        let fl = p.layout.field(&self.cx.lcx, i);
        let off = p.layout.fields.offset(i).bytes();
        let addr = self.b.add_off(p.addr, off);
        if fl.is_unsized() {
            // The unsized tail keeps the metadata. A field ending in `dyn` has a dynamic
            // alignment (the vtable's, at least the field's static one): round the static
            // offset up to it.
            let tail = self.tcx.struct_tail_for_codegen(fl.ty, ty::TypingEnv::fully_monomorphized());
            if matches!(tail.kind(), ty::Dynamic(..)) && off != 0 {
                let meta = p.meta.ok_or_else(|| self.unsupported("a `dyn` field without a vtable"))?;
                let dyn_align = self.vtable_entry(meta, ty::COMMON_VTABLE_ENTRIES_ALIGN);
                let static_align = self.b.i32c(fl.align.abi.bytes() as i64);
                let bigger = self.b.cmp(wasmir::CmpOp::GtU, dyn_align, static_align);
                let align = self.b.select(bigger, dyn_align, static_align);
                let one = self.b.i32c(1);
                let mask = self.b.binary(BinOp::Sub, align, one);
                let o = self.b.i32c(off as i64);
                let up = self.b.binary(BinOp::Add, o, mask);
                let notmask = self.b.i32c(-1);
                let notmask = self.b.binary(BinOp::Xor, mask, notmask);
                let aligned = self.b.binary(BinOp::And, up, notmask);
                let addr = self.b.binary(BinOp::Add, p.addr, aligned);
                return Ok(PlaceRef { addr, meta: p.meta, layout: fl });
            }
            return Ok(PlaceRef { addr, meta: p.meta, layout: fl });
        }
        Ok(PlaceRef { addr, meta: None, layout: fl })
    }

    /// Reads the value in a place.
    pub fn load_place(&mut self, p: PlaceRef<'tcx>) -> R<OpVal<'tcx>> {
        let l = p.layout;
        if !l.is_sized() {
            return Err(self.unsupported(format!("reading an unsized value of type `{}`", l.ty)));
        }
        let val = if l.is_zst() {
            CVal::Zst
        } else {
            match l.backend_repr {
                BackendRepr::Scalar(s) if crate::wide::is_wide(s) => {
                    let lo = self.b.load(LoadKind::Full, Type::I64, p.addr, 0);
                    let hi = self.b.load(LoadKind::Full, Type::I64, p.addr, 8);
                    CVal::Pair(lo, hi)
                }
                ref r if crate::wide::is_wide_pair(r) => CVal::Ref(p.addr),
                BackendRepr::Scalar(s) => CVal::Scalar(self.load_scalar(s, p.addr, 0)?),
                BackendRepr::ScalarPair(a, b) => {
                    let off = pair_offset(a, b, &self.tcx.data_layout);
                    let x = self.load_scalar(a, p.addr, 0)?;
                    let y = self.load_scalar(b, p.addr, off)?;
                    CVal::Pair(x, y)
                }
                _ => CVal::Ref(p.addr),
            }
        };
        Ok(OpVal { val, layout: l })
    }

    /// Writes a value into a place of the same size.
    pub fn store(&mut self, dst: PlaceRef<'tcx>, v: OpVal<'tcx>) -> R<()> {
        match v.val {
            CVal::Zst => {}
            CVal::Scalar(x) => match v.layout.backend_repr {
                BackendRepr::Scalar(s) => self.store_scalar(s, dst.addr, 0, x),
                _ => return Err(self.unsupported(format!("scalar value of non-scalar type `{}`", v.layout.ty))),
            },
            CVal::Pair(x, y) => match v.layout.backend_repr {
                BackendRepr::Scalar(s) if crate::wide::is_wide(s) => {
                    self.b.store(StoreKind::Full, dst.addr, x, 0);
                    self.b.store(StoreKind::Full, dst.addr, y, 8);
                }
                BackendRepr::ScalarPair(a, b) if !crate::wide::is_wide_pair(&v.layout.backend_repr) => {
                    let off = pair_offset(a, b, &self.tcx.data_layout);
                    self.store_scalar(a, dst.addr, 0, x);
                    self.store_scalar(b, dst.addr, off, y);
                }
                _ => return Err(self.unsupported(format!("pair value of type `{}`", v.layout.ty))),
            },
            CVal::Ref(src) => self.copy_bytes(dst.addr, src, v.layout.size.bytes()),
        }
        Ok(())
    }

    /// Copies `n` bytes (known at compile time); ranges are equal or disjoint.
    pub fn copy_bytes(&mut self, dst: Value, src: Value, n: u64) {
        if n > 64 {
            let len = self.b.i32c(n as i64);
            self.call_runtime("__wasmir_memmove", &[dst, src, len]);
            return;
        }
        let mut off = 0;
        while off < n {
            let (w, lk, sk, ty) = match n - off {
                8.. => (8, LoadKind::Full, StoreKind::Full, Type::I64),
                4.. => (4, LoadKind::Full, StoreKind::Full, Type::I32),
                2.. => (2, LoadKind::I16U, StoreKind::I16, Type::I32),
                _ => (1, LoadKind::I8U, StoreKind::I8, Type::I32),
            };
            let x = self.b.load(lk, ty, src, off);
            self.b.store(sk, dst, x, off);
            off += w;
        }
    }

    /// The single wasm value of a scalar operand.
    pub fn scalar(&mut self, v: OpVal<'tcx>) -> R<Value> {
        if crate::wide::is_wide_layout(v.layout) {
            // Operations that take 128-bit integers apart are in `wide.rs`; the others
            // (most intrinsics) are not there yet.
            return Err(self.unsupported(format!("128-bit integers (`{}` in an operation on one wasm value)", v.layout.ty)));
        }
        match v.val {
            CVal::Scalar(x) => Ok(x),
            CVal::Ref(a) => match v.layout.backend_repr {
                BackendRepr::Scalar(s) => self.load_scalar(s, a, 0),
                _ => Err(self.unsupported(format!("`{}` used as a scalar", v.layout.ty))),
            },
            _ => Err(self.unsupported(format!("`{}` used as a scalar", v.layout.ty))),
        }
    }

    /// The two wasm values of a scalar-pair operand.
    pub fn pair(&mut self, v: OpVal<'tcx>) -> R<(Value, Value)> {
        match v.val {
            CVal::Pair(x, y) => Ok((x, y)),
            CVal::Ref(addr) => match v.layout.backend_repr {
                BackendRepr::Scalar(s) if crate::wide::is_wide(s) => {
                    Ok((self.b.load(LoadKind::Full, Type::I64, addr, 0), self.b.load(LoadKind::Full, Type::I64, addr, 8)))
                }
                BackendRepr::ScalarPair(a, b) if !crate::wide::is_wide_pair(&v.layout.backend_repr) => {
                    let off = pair_offset(a, b, &self.tcx.data_layout);
                    Ok((self.load_scalar(a, addr, 0)?, self.load_scalar(b, addr, off)?))
                }
                _ => Err(self.unsupported(format!("`{}` used as a pair", v.layout.ty))),
            },
            _ => Err(self.unsupported(format!("`{}` used as a pair", v.layout.ty))),
        }
    }

    /// The address of memory holding `v` (a fresh copy unless it already is in memory).
    pub fn spill(&mut self, v: OpVal<'tcx>) -> R<Value> {
        if let CVal::Ref(a) = v.val {
            return Ok(a);
        }
        let t = self.alloc_temp(v.layout)?;
        self.store(t, v)?;
        Ok(t.addr)
    }

    /// A copy of `v` in a fresh frame slot.
    pub fn copy_to_temp(&mut self, v: OpVal<'tcx>) -> R<Value> {
        let t = self.alloc_temp(v.layout)?;
        self.store(t, v)?;
        Ok(t.addr)
    }

    pub fn codegen_operand(&mut self, op: &mir::Operand<'tcx>) -> R<OpVal<'tcx>> {
        match op {
            mir::Operand::Copy(p) | mir::Operand::Move(p) => {
                if let Some(v) = self.ssa_operand(*p)? {
                    return Ok(v);
                }
                let p = self.codegen_place(*p)?;
                self.load_place(p)
            }
            mir::Operand::Constant(c) => self.codegen_constant(c),
            mir::Operand::RuntimeChecks(k) => {
                let v = self.b.i32c(k.value(self.tcx.sess) as i64);
                let l = self.layout_of(self.tcx.types.bool)?;
                Ok(OpVal { val: CVal::Scalar(v), layout: l })
            }
        }
    }

    pub fn scalar_op(&self, v: Value, l: TyAndLayout<'tcx>) -> OpVal<'tcx> {
        OpVal { val: CVal::Scalar(v), layout: l }
    }
}

#[allow(dead_code)]
fn _size(_: Size) {}
