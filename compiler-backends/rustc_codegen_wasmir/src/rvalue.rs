//! Rvalues: arithmetic, casts, references, aggregates and enum discriminants.

use crate::base::{Fx, R};
use crate::place::{CVal, OpVal, PlaceRef, int_info};
use rustc_abi::{BackendRepr, Primitive, TagEncoding, VariantIdx, Variants};
use rustc_middle::mir::{self, BinOp as MBin, CastKind, Rvalue, UnOp as MUn};
use rustc_middle::ty::adjustment::PointerCoercion;
use rustc_middle::ty::layout::TyAndLayout;
use rustc_middle::ty::{self, Instance, Ty};
use wasmir::{BinOp, CmpOp, ConvOp, Op, Type, UnOp, Value};

impl<'a, 'tcx> Fx<'a, 'tcx> {
    /// Writes an rvalue into a place.
    pub fn codegen_rvalue(&mut self, dst: PlaceRef<'tcx>, rv: &Rvalue<'tcx>) -> R<()> {
        match self.rvalue_operand(rv, dst.layout)? {
            Some(v) => self.store(dst, v),
            None => self.codegen_rvalue_in_place(dst, rv),
        }
    }

    /// Builds in `dst` an rvalue [`Fx::rvalue_operand`] has no value for (an array, an
    /// aggregate).
    pub fn codegen_rvalue_in_place(&mut self, dst: PlaceRef<'tcx>, rv: &Rvalue<'tcx>) -> R<()> {
        match rv {
            Rvalue::Repeat(op, count) => {
                let v = self.codegen_operand(op)?;
                let n = self.monomorphize(*count).try_to_target_usize(self.tcx).ok_or_else(|| self.unsupported("array repeat with an unknown length"))?;
                let el = v.layout.size.bytes();
                if el == 0 {
                    return Ok(());
                }
                // Write the element once, then copy it forward (a loop for long arrays).
                let first = PlaceRef { addr: dst.addr, meta: None, layout: v.layout };
                self.store(first, v)?;
                if n <= 1 {
                    return Ok(());
                }
                if n <= 8 {
                    for i in 1..n {
                        let a = self.b.add_off(dst.addr, i * el);
                        self.copy_bytes(a, dst.addr, el);
                    }
                } else {
                    let head = self.b.create_block();
                    let body = self.b.create_block();
                    let done = self.b.create_block();
                    let one = self.b.i32c(1);
                    self.b.br(head, &[one]);
                    self.b.switch_to(head);
                    let i = self.b.block_param(head, Type::I32);
                    let nn = self.b.i32c(n as i64);
                    let c = self.b.cmp(CmpOp::LtU, i, nn);
                    self.b.br_if(c, body, done);
                    self.b.switch_to(body);
                    let sz = self.b.i32c(el as i64);
                    let off = self.b.binary(BinOp::Mul, i, sz);
                    let a = self.b.binary(BinOp::Add, dst.addr, off);
                    self.copy_bytes(a, dst.addr, el);
                    let i2 = self.b.binary(BinOp::Add, i, one);
                    self.b.br(head, &[i2]);
                    self.b.switch_to(done);
                }
                Ok(())
            }
            Rvalue::Aggregate(kind, ops) => self.codegen_aggregate(dst, kind, ops),
            _ => unreachable!("an rvalue with a value: {rv:?}"),
        }
    }

    /// The value of an rvalue of layout `out`, or `None` for the ones built in place (arrays
    /// and aggregates, see [`Fx::codegen_rvalue_in_place`]).
    pub fn rvalue_operand(&mut self, rv: &Rvalue<'tcx>, out: TyAndLayout<'tcx>) -> R<Option<OpVal<'tcx>>> {
        let v = match rv {
            Rvalue::Use(op) | Rvalue::WrapUnsafeBinder(op, _) => self.codegen_operand(op)?,
            Rvalue::CopyForDeref(p) => self.codegen_operand(&mir::Operand::Copy(*p))?,
            Rvalue::Aggregate(kind, ops) => return self.aggregate_value(kind, ops, out),
            Rvalue::Repeat(..) => return Ok(None),
            Rvalue::Ref(_, _, p) | Rvalue::RawPtr(_, p) => {
                let p = self.codegen_place(*p)?;
                let val = match p.meta {
                    Some(m) => CVal::Pair(p.addr, m),
                    None => CVal::Scalar(p.addr),
                };
                OpVal { val, layout: out }
            }
            Rvalue::ThreadLocalRef(def_id) => {
                // One thread (no `atomics`): a thread-local is an ordinary static.
                let name = crate::constant::thread_local_static(self.cx, *def_id).map_err(|e| self.unsupported(e))?;
                let g = self.cx.data_addr(&name);
                let addr = self.b.ins1(Op::GlobalGet(g), Type::I32);
                OpVal { val: CVal::Scalar(addr), layout: out }
            }
            Rvalue::Cast(kind, op, to) => {
                let v = self.codegen_operand(op)?;
                let to = self.monomorphize(*to);
                let tl = self.layout_of(to)?;
                self.codegen_cast(*kind, v, tl)?
            }
            Rvalue::BinaryOp(op, b) => {
                let l = self.codegen_operand(&b.0)?;
                let r = self.codegen_operand(&b.1)?;
                self.binop(*op, l, r, out)?
            }
            Rvalue::UnaryOp(op, o) => {
                let v = self.codegen_operand(o)?;
                match op {
                    MUn::Not | MUn::Neg if crate::wide::is_wide_layout(v.layout) => self.unop128(*op == MUn::Neg, v, out)?,
                    MUn::Not => {
                        let x = self.scalar(v)?;
                        let (bits, signed) = int_info(v.layout).ok_or_else(|| self.unsupported("`!` on a non-integer"))?;
                        let ty = self.b.ty(x);
                        let r = if bits == 8 && !signed && v.layout.ty.is_bool() {
                            let one = self.b.iconst(ty, 1);
                            self.b.binary(BinOp::Xor, x, one)
                        } else {
                            let m = self.b.iconst(ty, -1);
                            let r = self.b.binary(BinOp::Xor, x, m);
                            self.normalize(r, bits, signed)
                        };
                        self.scalar_op(r, out)
                    }
                    MUn::Neg => {
                        let x = self.scalar(v)?;
                        let r = if let Some((bits, signed)) = int_info(v.layout) {
                            let z = self.b.iconst(self.b.ty(x), 0);
                            let r = self.b.binary(BinOp::Sub, z, x);
                            self.normalize(r, bits, signed)
                        } else {
                            self.b.unary(UnOp::Neg, x)
                        };
                        self.scalar_op(r, out)
                    }
                    MUn::PtrMetadata => match v.val {
                        CVal::Pair(_, m) => self.scalar_op(m, out),
                        CVal::Ref(_) if matches!(v.layout.backend_repr, BackendRepr::ScalarPair(..)) => {
                            let (_, m) = self.pair(v)?;
                            self.scalar_op(m, out)
                        }
                        _ => OpVal { val: CVal::Zst, layout: out },
                    },
                }
            }
            Rvalue::Discriminant(p) => {
                let p = self.codegen_place(*p)?;
                self.read_discriminant(p, out)?
            }
        };
        Ok(Some(v))
    }

    /// The value of a raw pointer built from its parts, or of a struct, tuple or closure whose
    /// layout is a scalar or scalar pair made of its fields; `None` for the others (built in
    /// memory by [`Fx::codegen_aggregate`]).
    fn aggregate_value(&mut self, kind: &mir::AggregateKind<'tcx>, ops: &rustc_index::IndexSlice<rustc_abi::FieldIdx, mir::Operand<'tcx>>, out: TyAndLayout<'tcx>) -> R<Option<OpVal<'tcx>>> {
        use crate::ssa::FieldOf;
        match kind {
            mir::AggregateKind::RawPtr(..) => {
                let data = self.codegen_operand(&ops[rustc_abi::FieldIdx::from_u32(0)])?;
                let meta = self.codegen_operand(&ops[rustc_abi::FieldIdx::from_u32(1)])?;
                let d = self.scalar(data)?;
                let val = if meta.layout.is_zst() { CVal::Scalar(d) } else { CVal::Pair(d, self.scalar(meta)?) };
                return Ok(Some(OpVal { val, layout: out }));
            }
            mir::AggregateKind::Adt(def_id, _, _, _, None) if self.tcx.adt_def(*def_id).is_struct() => {}
            mir::AggregateKind::Tuple | mir::AggregateKind::Closure(..) | mir::AggregateKind::CoroutineClosure(..) => {}
            _ => return Ok(None),
        }
        if !matches!(out.backend_repr, BackendRepr::Scalar(_) | BackendRepr::ScalarPair(..)) || crate::wide::is_wide_layout(out) || crate::wide::is_wide_pair(&out.backend_repr) {
            return Ok(None);
        }
        let parts: Option<Vec<FieldOf>> = (0..ops.len()).map(|i| crate::ssa::field_of(self, out, i)).collect();
        let Some(parts) = parts else { return Ok(None) };
        let (mut whole, mut first, mut second) = (None, None, None);
        for (op, part) in ops.iter().zip(parts) {
            let v = self.codegen_operand(op)?;
            match part {
                FieldOf::Zst => {}
                FieldOf::Whole => whole = Some(v.val),
                FieldOf::First => first = Some(self.scalar(v)?),
                FieldOf::Second => second = Some(self.scalar(v)?),
            }
        }
        let val = match (whole, first, second, out.backend_repr) {
            (Some(val), None, None, _) => val,
            (None, Some(x), Some(y), BackendRepr::ScalarPair(..)) => CVal::Pair(x, y),
            _ => return Err(self.unsupported(format!("internal: the fields of `{}` do not make its value", out.ty))),
        };
        Ok(Some(OpVal { val, layout: out }))
    }

    fn codegen_aggregate(&mut self, dst: PlaceRef<'tcx>, kind: &mir::AggregateKind<'tcx>, ops: &rustc_index::IndexSlice<rustc_abi::FieldIdx, mir::Operand<'tcx>>) -> R<()> {
        match kind {
            mir::AggregateKind::RawPtr(..) => unreachable!("a raw pointer is built as a value"),
            mir::AggregateKind::Array(_) => {
                for (i, op) in ops.iter().enumerate() {
                    let v = self.codegen_operand(op)?;
                    let idx = self.b.i32c(i as i64);
                    let f = self.place_index(dst, idx)?;
                    self.store(f, v)?;
                }
                Ok(())
            }
            mir::AggregateKind::Adt(def_id, variant, _, _, active) => {
                let adt = self.tcx.adt_def(*def_id);
                let target = if adt.is_enum() { PlaceRef { layout: dst.layout.for_variant(&self.cx.lcx, *variant), ..dst } } else { dst };
                for (i, op) in ops.iter().enumerate() {
                    let v = self.codegen_operand(op)?;
                    let fi = active.map(|a| a.index()).unwrap_or(i);
                    let f = self.place_field(target, fi)?;
                    self.store(f, v)?;
                }
                if adt.is_enum() {
                    self.set_discriminant(dst, *variant)?;
                }
                Ok(())
            }
            mir::AggregateKind::Tuple | mir::AggregateKind::Closure(..) | mir::AggregateKind::CoroutineClosure(..) | mir::AggregateKind::Coroutine(..) => {
                for (i, op) in ops.iter().enumerate() {
                    let v = self.codegen_operand(op)?;
                    let f = self.place_field(dst, i)?;
                    self.store(f, v)?;
                }
                // A new coroutine (an `async` block's future, a `gen` block's iterator) keeps
                // its captures in the prefix fields and starts "unresumed" (variant 0), as
                // rustc_codegen_ssa builds it. Its body is the resume function rustc's state
                // transform made of it (a `match` on that state).
                if let mir::AggregateKind::Coroutine(..) = kind {
                    self.set_discriminant(dst, rustc_abi::FIRST_VARIANT)?;
                }
                Ok(())
            }
        }
    }

    /// Integer value of a variant's discriminant.
    fn discr_value(&self, ty: Ty<'tcx>, v: VariantIdx) -> u128 {
        ty.discriminant_for_variant(self.tcx, v).map(|d| d.val).unwrap_or(v.as_u32() as u128)
    }

    pub fn set_discriminant(&mut self, p: PlaceRef<'tcx>, v: VariantIdx) -> R<()> {
        let l = p.layout;
        match &l.variants {
            Variants::Empty | Variants::Single { .. } => Ok(()),
            Variants::Multiple { tag, tag_encoding, tag_field, .. } if crate::wide::is_wide(*tag) => {
                // A 128-bit tag (an enum with a `u128` field gets its tag widened to the field's
                // alignment, e.g. `Option<u128>`).
                let off = l.fields.offset(tag_field.as_usize()).bytes();
                let value = match tag_encoding {
                    TagEncoding::Direct => Some(self.discr_value(l.ty, v)),
                    TagEncoding::Niche { untagged_variant, niche_variants, niche_start } => {
                        (v != *untagged_variant).then(|| ((v.as_u32() - niche_variants.start().as_u32()) as u128).wrapping_add(*niche_start))
                    }
                };
                if let Some(value) = value {
                    let (lo, hi) = self.const128(value);
                    let a = self.b.add_off(p.addr, off);
                    self.b.store(wasmir::StoreKind::Full, a, lo, 0);
                    self.b.store(wasmir::StoreKind::Full, a, hi, 8);
                }
                Ok(())
            }
            Variants::Multiple { tag, tag_encoding, tag_field, .. } => {
                let off = l.fields.offset(tag_field.as_usize()).bytes();
                let ty = crate::abi::scalar_type(*tag).map_err(|e| self.unsupported(e))?;
                let size = tag.size(&self.tcx.data_layout);
                let value = match tag_encoding {
                    TagEncoding::Direct => Some(size.truncate(self.discr_value(l.ty, v))),
                    TagEncoding::Niche { untagged_variant, niche_variants, niche_start } => {
                        if v == *untagged_variant {
                            None
                        } else {
                            let rel = (v.as_u32() - niche_variants.start().as_u32()) as u128;
                            Some(size.truncate(rel.wrapping_add(*niche_start)))
                        }
                    }
                };
                if let Some(value) = value {
                    let c = self.b.iconst(ty, value as i64);
                    self.store_scalar(*tag, p.addr, off, c);
                }
                Ok(())
            }
        }
    }

    pub fn read_discriminant(&mut self, p: PlaceRef<'tcx>, out: TyAndLayout<'tcx>) -> R<OpVal<'tcx>> {
        let l = p.layout;
        let (obits, osigned) = int_info(out).ok_or_else(|| self.unsupported("discriminant of a non-integer type"))?;
        let oty = if obits > 32 { Type::I64 } else { Type::I32 };
        if obits > 64 {
            return Err(self.unsupported("128-bit discriminants"));
        }
        let v = match &l.variants {
            Variants::Empty => {
                self.b.terminate(wasmir::Terminator::Unreachable);
                let dead = self.b.create_block();
                self.b.switch_to(dead);
                self.b.iconst(oty, 0)
            }
            Variants::Single { index } => {
                let d = self.discr_value(l.ty, *index);
                let d = if osigned { rustc_abi::Size::from_bits(obits).sign_extend(d) as i64 } else { d as i64 };
                self.b.iconst(oty, d)
            }
            Variants::Multiple { tag, tag_encoding, tag_field, .. } if crate::wide::is_wide(*tag) => {
                let off = l.fields.offset(tag_field.as_usize()).bytes();
                let a = self.b.add_off(p.addr, off);
                let lo = self.b.load(wasmir::LoadKind::Full, Type::I64, a, 0);
                let hi = self.b.load(wasmir::LoadKind::Full, Type::I64, a, 8);
                match tag_encoding {
                    // Discriminant values of such enums fit in 64 bits.
                    TagEncoding::Direct => {
                        let r = self.resize_int(lo, true, oty);
                        self.normalize(r, obits, osigned)
                    }
                    TagEncoding::Niche { untagged_variant, niche_variants, niche_start } => {
                        let start = self.const128(*niche_start);
                        let rel = self.sub128_pub((lo, hi), start);
                        let span = (niche_variants.end().as_u32() - niche_variants.start().as_u32()) as u128;
                        let spanc = self.const128(span);
                        let is_niche = self.le128_unsigned(rel, spanc);
                        let rel = self.resize_int(rel.0, false, oty);
                        let first = self.b.iconst(oty, niche_variants.start().as_u32() as i64);
                        let niche_v = self.b.binary(BinOp::Add, rel, first);
                        let untagged = self.b.iconst(oty, untagged_variant.as_u32() as i64);
                        self.b.select(is_niche, niche_v, untagged)
                    }
                }
            }
            Variants::Multiple { tag, tag_encoding, tag_field, .. } => {
                let off = l.fields.offset(tag_field.as_usize()).bytes();
                let t = self.load_scalar(*tag, p.addr, off)?;
                let tty = self.b.ty(t);
                match tag_encoding {
                    TagEncoding::Direct => {
                        let tsigned = matches!(tag.primitive(), Primitive::Int(_, true));
                        let r = self.resize_int(t, tsigned, oty);
                        self.normalize(r, obits, osigned)
                    }
                    TagEncoding::Niche { untagged_variant, niche_variants, niche_start } => {
                        let tsize = tag.size(&self.tcx.data_layout);
                        let start = self.b.iconst(tty, tsize.truncate(*niche_start) as i64);
                        let rel = self.b.binary(BinOp::Sub, t, start);
                        let rel = self.normalize(rel, tsize.bits(), false);
                        let span = niche_variants.end().as_u32() - niche_variants.start().as_u32();
                        let spanc = self.b.iconst(tty, span as i64);
                        let is_niche = self.b.cmp(CmpOp::LeU, rel, spanc);
                        let rel = self.resize_int(rel, false, oty);
                        let first = self.b.iconst(oty, niche_variants.start().as_u32() as i64);
                        let niche_v = self.b.binary(BinOp::Add, rel, first);
                        let untagged = self.b.iconst(oty, untagged_variant.as_u32() as i64);
                        self.b.select(is_niche, niche_v, untagged)
                    }
                }
            }
        };
        Ok(self.scalar_op(v, out))
    }

    /// Converts between `i32` and `i64` (sign- or zero-extending).
    pub fn resize_int(&mut self, v: Value, signed: bool, to: Type) -> Value {
        match (self.b.ty(v), to) {
            (Type::I32, Type::I64) => self.b.convert(if signed { ConvOp::ExtendS } else { ConvOp::ExtendU }, v, Type::I64),
            (Type::I64, Type::I32) => self.b.convert(ConvOp::Wrap, v, Type::I32),
            _ => v,
        }
    }

    pub fn binop(&mut self, op: MBin, l: OpVal<'tcx>, r: OpVal<'tcx>, out: TyAndLayout<'tcx>) -> R<OpVal<'tcx>> {
        if crate::wide::is_wide_layout(l.layout) {
            let signed = int_info(l.layout).is_some_and(|i| i.1);
            return self.binop128(op, l, r, out, signed);
        }
        // Wide pointers: only (in)equality.
        if matches!(l.layout.backend_repr, BackendRepr::ScalarPair(..)) {
            let (a0, a1) = self.pair(l)?;
            let (b0, b1) = self.pair(r)?;
            let e0 = self.b.cmp(CmpOp::Eq, a0, b0);
            let e1 = self.b.cmp(CmpOp::Eq, a1, b1);
            let eq = self.b.binary(BinOp::And, e0, e1);
            return match op {
                MBin::Eq => Ok(self.scalar_op(eq, out)),
                MBin::Ne => {
                    let ne = self.b.unary(UnOp::Eqz, eq);
                    Ok(self.scalar_op(ne, out))
                }
                _ => Err(self.unsupported(format!("`{op:?}` on wide pointers"))),
            };
        }
        let a = self.scalar(l)?;
        let b0 = self.scalar(r)?;
        let Some((bits, signed)) = int_info(l.layout) else {
            // Floats.
            let v = match op {
                MBin::Add => self.b.binary(BinOp::Add, a, b0),
                MBin::Sub => self.b.binary(BinOp::Sub, a, b0),
                MBin::Mul => self.b.binary(BinOp::Mul, a, b0),
                MBin::Div => self.b.binary(BinOp::Div, a, b0),
                MBin::Rem => self.fmod(a, b0),
                MBin::Eq => self.b.cmp(CmpOp::Eq, a, b0),
                MBin::Ne => self.b.cmp(CmpOp::Ne, a, b0),
                MBin::Lt => self.b.cmp(CmpOp::Lt, a, b0),
                MBin::Le => self.b.cmp(CmpOp::Le, a, b0),
                MBin::Gt => self.b.cmp(CmpOp::Gt, a, b0),
                MBin::Ge => self.b.cmp(CmpOp::Ge, a, b0),
                _ => return Err(self.unsupported(format!("float operation `{op:?}`"))),
            };
            return Ok(self.scalar_op(v, out));
        };
        let ty = self.b.ty(a);
        // Shift amounts may have another type; Rust masks them to the operand width.
        let b = if matches!(op, MBin::Shl | MBin::Shr | MBin::ShlUnchecked | MBin::ShrUnchecked) {
            let rs = int_info(r.layout).map(|x| x.1).unwrap_or(false);
            let b = self.resize_int(b0, rs, ty);
            let m = self.b.iconst(ty, bits as i64 - 1);
            self.b.binary(BinOp::And, b, m)
        } else {
            b0
        };
        let (lt, le, gt, ge, div, rem, shr) = if signed {
            (CmpOp::LtS, CmpOp::LeS, CmpOp::GtS, CmpOp::GeS, BinOp::DivS, BinOp::RemS, BinOp::ShrS)
        } else {
            (CmpOp::LtU, CmpOp::LeU, CmpOp::GtU, CmpOp::GeU, BinOp::DivU, BinOp::RemU, BinOp::ShrU)
        };
        let v = match op {
            MBin::Add | MBin::AddUnchecked => {
                let r = self.b.binary(BinOp::Add, a, b);
                self.normalize(r, bits, signed)
            }
            MBin::Sub | MBin::SubUnchecked => {
                let r = self.b.binary(BinOp::Sub, a, b);
                self.normalize(r, bits, signed)
            }
            MBin::Mul | MBin::MulUnchecked => {
                let r = self.b.binary(BinOp::Mul, a, b);
                self.normalize(r, bits, signed)
            }
            MBin::Div => self.b.binary(div, a, b),
            MBin::Rem => self.b.binary(rem, a, b),
            MBin::BitAnd => self.b.binary(BinOp::And, a, b),
            MBin::BitOr => self.b.binary(BinOp::Or, a, b),
            MBin::BitXor => self.b.binary(BinOp::Xor, a, b),
            MBin::Shl | MBin::ShlUnchecked => {
                let r = self.b.binary(BinOp::Shl, a, b);
                self.normalize(r, bits, signed)
            }
            MBin::Shr | MBin::ShrUnchecked => self.b.binary(shr, a, b),
            MBin::Eq => self.b.cmp(CmpOp::Eq, a, b),
            MBin::Ne => self.b.cmp(CmpOp::Ne, a, b),
            MBin::Lt => self.b.cmp(lt, a, b),
            MBin::Le => self.b.cmp(le, a, b),
            MBin::Gt => self.b.cmp(gt, a, b),
            MBin::Ge => self.b.cmp(ge, a, b),
            MBin::Cmp => {
                let g = self.b.cmp(gt, a, b);
                let l2 = self.b.cmp(lt, a, b);
                self.b.binary(BinOp::Sub, g, l2)
            }
            MBin::Offset => {
                let pointee = l.layout.ty.builtin_deref(true).ok_or_else(|| self.unsupported("offset on a non-pointer"))?;
                let pl = self.layout_of(pointee)?;
                let sz = self.b.i32c(pl.size.bytes() as i64);
                let off = self.b.binary(BinOp::Mul, b, sz);
                self.b.binary(BinOp::Add, a, off)
            }
            MBin::AddWithOverflow | MBin::SubWithOverflow | MBin::MulWithOverflow => {
                let (res, ov) = self.overflowing(op, a, b, bits, signed);
                return Ok(OpVal { val: CVal::Pair(res, ov), layout: out });
            }
        };
        Ok(self.scalar_op(v, out))
    }

    /// Rust's `%` on floats (C's `fmod`), through the runtime's exact f64 version: an f32
    /// remainder is exact in f64 and representable in f32, so promoting is exact too.
    pub fn fmod(&mut self, a: Value, b: Value) -> Value {
        if self.b.ty(a) == Type::F32 {
            let a64 = self.b.convert(ConvOp::Promote, a, Type::F64);
            let b64 = self.b.convert(ConvOp::Promote, b, Type::F64);
            let r = self.call_runtime("__wasmir_fmod", &[a64, b64]).unwrap();
            return self.b.convert(ConvOp::Demote, r, Type::F32);
        }
        self.call_runtime("__wasmir_fmod", &[a, b]).unwrap()
    }

    /// Wrapped result and overflow flag of `a op b` on normalized `bits`-wide integers.
    pub fn overflowing(&mut self, op: MBin, a: Value, b: Value, bits: u64, signed: bool) -> (Value, Value) {
        let ty = self.b.ty(a);
        let w = if ty == Type::I64 { 64 } else { 32 };
        let wop = match op {
            MBin::AddWithOverflow => BinOp::Add,
            MBin::SubWithOverflow => BinOp::Sub,
            _ => BinOp::Mul,
        };
        if bits < w {
            // Exact in the wider wasm type: overflow iff normalizing changes it.
            let full = self.b.binary(wop, a, b);
            let r = self.normalize(full, bits, signed);
            let ov = self.b.cmp(CmpOp::Ne, r, full);
            return (r, ov);
        }
        let r = self.b.binary(wop, a, b);
        let zero = self.b.iconst(ty, 0);
        let ov = match (op, signed) {
            (MBin::AddWithOverflow, false) => self.b.cmp(CmpOp::LtU, r, a),
            (MBin::AddWithOverflow, true) => {
                let x = self.b.binary(BinOp::Xor, a, r);
                let y = self.b.binary(BinOp::Xor, b, r);
                let z = self.b.binary(BinOp::And, x, y);
                self.b.cmp(CmpOp::LtS, z, zero)
            }
            (MBin::SubWithOverflow, false) => self.b.cmp(CmpOp::LtU, a, b),
            (MBin::SubWithOverflow, true) => {
                let x = self.b.binary(BinOp::Xor, a, b);
                let y = self.b.binary(BinOp::Xor, a, r);
                let z = self.b.binary(BinOp::And, x, y);
                self.b.cmp(CmpOp::LtS, z, zero)
            }
            (_, _) if w == 32 => {
                let ext = if signed { ConvOp::ExtendS } else { ConvOp::ExtendU };
                let a64 = self.b.convert(ext, a, Type::I64);
                let b64 = self.b.convert(ext, b, Type::I64);
                let p = self.b.binary(BinOp::Mul, a64, b64);
                let back = self.b.convert(ext, r, Type::I64);
                self.b.cmp(CmpOp::Ne, p, back)
            }
            (_, false) => {
                let one = self.b.iconst(ty, 1);
                let az = self.b.unary(UnOp::Eqz, a);
                let d = self.b.select(az, one, a);
                let q = self.b.binary(BinOp::DivU, r, d);
                let ne = self.b.cmp(CmpOp::Ne, q, b);
                let anz = self.b.cmp(CmpOp::Ne, a, zero);
                self.b.binary(BinOp::And, ne, anz)
            }
            (_, true) => {
                let one = self.b.iconst(ty, 1);
                let m1 = self.b.iconst(ty, -1);
                let min = self.b.iconst(ty, i64::MIN);
                let az = self.b.unary(UnOp::Eqz, a);
                let am1 = self.b.cmp(CmpOp::Eq, a, m1);
                let special = self.b.binary(BinOp::Or, az, am1);
                let d = self.b.select(special, one, a);
                let q = self.b.binary(BinOp::DivS, r, d);
                let ne = self.b.cmp(CmpOp::Ne, q, b);
                let not_special = self.b.unary(UnOp::Eqz, special);
                let ov1 = self.b.binary(BinOp::And, ne, not_special);
                let bmin = self.b.cmp(CmpOp::Eq, b, min);
                let ov2 = self.b.binary(BinOp::And, am1, bmin);
                self.b.binary(BinOp::Or, ov1, ov2)
            }
        };
        (r, ov)
    }

    pub fn codegen_cast(&mut self, kind: CastKind, v: OpVal<'tcx>, to: TyAndLayout<'tcx>) -> R<OpVal<'tcx>> {
        match kind {
            CastKind::IntToInt if crate::wide::is_wide_layout(v.layout) || crate::wide::is_wide_layout(to) => self.cast128(v, to),
            CastKind::IntToInt => {
                let x = self.scalar(v)?;
                let (_, fs) = int_info(v.layout).ok_or_else(|| self.unsupported("int cast from a non-integer"))?;
                let (tb, ts) = int_info(to.layout_int()).ok_or_else(|| self.unsupported("int cast to a non-integer"))?;
                let tty = if tb > 32 { Type::I64 } else { Type::I32 };
                let r = self.resize_int(x, fs, tty);
                let r = self.normalize(r, tb, ts);
                Ok(self.scalar_op(r, to))
            }
            CastKind::FloatToFloat => {
                let x = self.scalar(v)?;
                let tty = crate::abi::pass_mode(to).ok().and_then(|m| if let crate::abi::PassMode::Scalar(t) = m { Some(t) } else { None }).ok_or_else(|| self.unsupported("float cast"))?;
                let r = match (self.b.ty(x), tty) {
                    (Type::F32, Type::F64) => self.b.convert(ConvOp::Promote, x, Type::F64),
                    (Type::F64, Type::F32) => self.b.convert(ConvOp::Demote, x, Type::F32),
                    _ => x,
                };
                Ok(self.scalar_op(r, to))
            }
            CastKind::IntToFloat if crate::wide::is_wide_layout(v.layout) => {
                let (_, fs) = int_info(v.layout).ok_or_else(|| self.unsupported("int-to-float cast"))?;
                let r = self.int128_to_float(v, fs, if to.size.bytes() == 4 { Type::F32 } else { Type::F64 })?;
                Ok(self.scalar_op(r, to))
            }
            CastKind::IntToFloat => {
                let x = self.scalar(v)?;
                let (_, fs) = int_info(v.layout).ok_or_else(|| self.unsupported("int-to-float cast"))?;
                let tty = if to.size.bytes() == 4 { Type::F32 } else { Type::F64 };
                let r = self.b.convert(if fs { ConvOp::ConvertS } else { ConvOp::ConvertU }, x, tty);
                Ok(self.scalar_op(r, to))
            }
            CastKind::FloatToInt => {
                let x = self.scalar(v)?;
                let (tb, ts) = int_info(to).ok_or_else(|| self.unsupported("float-to-int cast"))?;
                if tb == 128 {
                    let (lo, hi) = self.float_to_int128(x, ts);
                    return Ok(OpVal { val: CVal::Pair(lo, hi), layout: to });
                }
                let r = self.float_to_int_sat(x, tb, ts)?;
                Ok(self.scalar_op(r, to))
            }
            CastKind::PtrToPtr | CastKind::FnPtrToPtr | CastKind::PointerExposeProvenance | CastKind::PointerWithExposedProvenance | CastKind::Subtype => {
                let val = match (v.val, &to.backend_repr) {
                    (CVal::Pair(a, _), BackendRepr::Scalar(_)) => CVal::Scalar(a),
                    (CVal::Ref(_), BackendRepr::Scalar(_)) if matches!(v.layout.backend_repr, BackendRepr::ScalarPair(..)) => CVal::Scalar(self.pair(v)?.0),
                    (val, _) => val,
                };
                Ok(OpVal { val, layout: to })
            }
            CastKind::Transmute => {
                if v.layout.size != to.size {
                    return Err(self.unsupported("transmute between types of different sizes"));
                }
                let a = self.spill(v)?;
                let t = self.alloc_temp(to)?;
                self.copy_bytes(t.addr, a, to.size.bytes());
                self.load_place(t)
            }
            CastKind::PointerCoercion(pc, _) => match pc {
                PointerCoercion::ReifyFnPointer(_) => {
                    let ty::FnDef(def_id, args) = *v.layout.ty.kind() else { return Err(self.unsupported("reifying a non-function")) };
                    let inst = Instance::resolve_for_fn_ptr(self.tcx, ty::TypingEnv::fully_monomorphized(), def_id, args).ok_or_else(|| self.unsupported("unresolvable function pointer"))?;
                    let idx = self.fn_ptr_of(inst, to.ty.fn_sig(self.tcx))?;
                    Ok(self.scalar_op(idx, to))
                }
                PointerCoercion::ClosureFnPointer(_) => {
                    let ty::Closure(def_id, args) = *v.layout.ty.kind() else { return Err(self.unsupported("closure pointer of a non-closure")) };
                    let inst = Instance::resolve_closure(self.tcx, def_id, args, ty::ClosureKind::FnOnce);
                    let idx = self.fn_ptr_of(inst, to.ty.fn_sig(self.tcx))?;
                    Ok(self.scalar_op(idx, to))
                }
                PointerCoercion::UnsafeFnPointer | PointerCoercion::MutToConstPointer | PointerCoercion::ArrayToPointer => Ok(OpVal { val: v.val, layout: to }),
                PointerCoercion::Unsize => self.unsize(v, to),

            },
        }
    }

    fn unsize(&mut self, v: OpVal<'tcx>, to: TyAndLayout<'tcx>) -> R<OpVal<'tcx>> {
        let (src, dst) = match (v.layout.ty.builtin_deref(true), to.ty.builtin_deref(true)) {
            (Some(s), Some(d)) => (s, d),
            _ => smart_pointees(&self.cx.lcx, v.layout, to).ok_or_else(|| self.unsupported(format!("unsizing `{}` to `{}` (smart pointers)", v.layout.ty, to.ty)))?,
        };
        let (a, b) = self.tcx.struct_lockstep_tails_for_codegen(src, dst, ty::TypingEnv::fully_monomorphized());
        if let (ty::Dynamic(from, ..), ty::Dynamic(to_preds, ..)) = (a.kind(), b.kind()) {
            // Dropping auto traits (`&(dyn Any + Send)` to `&dyn Any`) or the principal keeps
            // the vtable. An upcast to a supertrait takes the supertrait's vtable from the
            // subtrait's (rustc lays one out as a pointer entry; none when it is a prefix of
            // the subtrait's, which then serves as is), as rustc_codegen_ssa's `unsized_info`.
            let (pf, pt) = (from.principal_def_id(), to_preds.principal_def_id());
            let (data, meta) = self.pair(v)?;
            let slot = if pt.is_none() || pf == pt { None } else { self.tcx.supertrait_vtable_slot((a, b)) };
            let meta = match slot {
                Some(slot) => self.vtable_entry(meta, slot),
                None => meta,
            };
            return Ok(OpVal { val: CVal::Pair(data, meta), layout: to });
        }
        let data = self.scalar(v)?;
        let meta = match (a.kind(), b.kind()) {
            (ty::Array(_, len), ty::Slice(_)) => {
                let n = self.monomorphize(*len).try_to_target_usize(self.tcx).ok_or_else(|| self.unsupported("array of unknown length"))?;
                self.b.i32c(n as i64)
            }
            (_, ty::Dynamic(data_preds, ..)) => {
                let principal = data_preds.principal().map(|p| self.tcx.instantiate_bound_regions_with_erased(p));
                let alloc = self.tcx.vtable_allocation((a, principal));
                self.alloc_address(alloc)?
            }
            _ => return Err(self.unsupported(format!("unsizing `{a}` to `{b}`"))),
        };
        Ok(OpVal { val: CVal::Pair(data, meta), layout: to })
    }

    /// Rust's saturating `as` from a float to a `bits`-wide integer.
    fn float_to_int_sat(&mut self, x: Value, bits: u64, signed: bool) -> R<Value> {
        let fty = self.b.ty(x);
        let ity = if bits > 32 { Type::I64 } else { Type::I32 };
        let fc = |fx: &mut Self, f: f64| -> Value {
            match fty {
                Type::F32 => fx.b.ins1(Op::Const(wasmir::Const::F32((f as f32).to_bits())), Type::F32),
                _ => fx.b.ins1(Op::Const(wasmir::Const::F64(f.to_bits())), Type::F64),
            }
        };
        let (min, max): (i128, i128) = if signed { (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1) } else { (0, (1i128 << bits) - 1) };
        let lo = fc(self, min as f64);
        let hi = fc(self, (max + 1) as f64);
        let is_nan = self.b.cmp(CmpOp::Ne, x, x);
        let too_low = self.b.cmp(CmpOp::Lt, x, lo);
        let too_high = self.b.cmp(CmpOp::Ge, x, hi);
        let bad = self.b.binary(BinOp::Or, is_nan, too_low);
        let bad = self.b.binary(BinOp::Or, bad, too_high);
        let zero = fc(self, 0.0);
        let safe = self.b.select(bad, zero, x);
        let conv = if signed || bits < 32 { ConvOp::TruncS } else { ConvOp::TruncU };
        let t = self.b.convert(conv, safe, ity);
        let minc = self.b.iconst(ity, min as i64);
        let maxc = self.b.iconst(ity, max as i64);
        let zi = self.b.iconst(ity, 0);
        let r = self.b.select(too_low, minc, t);
        let r = self.b.select(too_high, maxc, r);
        Ok(self.b.select(is_nan, zi, r))
    }

    /// Table index of `instance` (its function pointer value).
    pub fn fn_ptr_of(&mut self, inst: Instance<'tcx>, sig: ty::PolyFnSig<'tcx>) -> R<Value> {
        let abi = crate::abi::FnAbi::for_fn_sig(&self.cx.lcx, self.tcx, sig, inst.def.requires_caller_location(self.tcx)).map_err(|e| self.unsupported(e))?;
        let f = self.cx.func_for_instance(inst, &abi).map_err(|e| self.unsupported(e))?;
        let name = self.cx.module.funcs[f.0 as usize].name.clone();
        let g = self.cx.fn_index(&name);
        Ok(self.b.ins1(Op::GlobalGet(g), Type::I32))
    }
}

trait LayoutInt<'tcx> {
    fn layout_int(self) -> TyAndLayout<'tcx>;
}
impl<'tcx> LayoutInt<'tcx> for TyAndLayout<'tcx> {
    fn layout_int(self) -> TyAndLayout<'tcx> {
        self
    }
}

/// The pointee types behind an unsizing coercion of smart pointers (`Rc<[T; N]>` →
/// `Rc<[T]>`, `Arc<T>` → `Arc<dyn Trait>`): the one field that is not a 1-ZST, followed in both
/// types down to a built-in pointer, as rustc_codegen_ssa's `unsize_ptr` does.
fn smart_pointees<'tcx>(lcx: &rustc_middle::ty::layout::LayoutCx<'tcx>, src: TyAndLayout<'tcx>, dst: TyAndLayout<'tcx>) -> Option<(Ty<'tcx>, Ty<'tcx>)> {
    if let (Some(s), Some(d)) = (src.ty.builtin_deref(true), dst.ty.builtin_deref(true)) {
        return Some((s, d));
    }
    match (src.ty.kind(), dst.ty.kind()) {
        (ty::Adt(a, _), ty::Adt(b, _)) if a == b => {
            let mut found = None;
            for i in 0..src.fields.count() {
                let sf = src.field(lcx, i);
                if sf.is_1zst() {
                    continue;
                }
                if found.is_some() || src.fields.offset(i).bytes() != 0 {
                    return None;
                }
                found = Some(smart_pointees(lcx, sf, dst.field(lcx, i))?);
            }
            found
        }
        _ => None,
    }
}
