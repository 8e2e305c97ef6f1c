//! Intrinsics lowered inline. Ones not listed here are called through their fallback body when
//! they have one, else reported as not supported.

use crate::base::{Fx, R};
use crate::place::{CVal, OpVal, PlaceRef, int_info};
use rustc_middle::mir::{self, BinOp as MBin, Place, SourceInfo};
use rustc_middle::ty::{self, Instance};
use rustc_span::Spanned;
use wasmir::{BinOp, CmpOp, Const, Op, Type, UnOp, Value};

impl<'a, 'tcx> Fx<'a, 'tcx> {
    /// Reverses the low `bits / 8` bytes of a zero-extended value.
    fn byte_swap(&mut self, ux: Value, bits: u64) -> Value {
        if bits == 8 {
            return ux;
        }
        let ty = self.b.ty(ux);
        let mut acc = self.b.iconst(ty, 0);
        for i in 0..bits / 8 {
            let sh = self.b.iconst(ty, (i * 8) as i64);
            let byte = self.b.binary(BinOp::ShrU, ux, sh);
            let m = self.b.iconst(ty, 0xff);
            let byte = self.b.binary(BinOp::And, byte, m);
            let sh2 = self.b.iconst(ty, (bits - 8 - i * 8) as i64);
            let moved = self.b.binary(BinOp::Shl, byte, sh2);
            acc = self.b.binary(BinOp::Or, acc, moved);
        }
        acc
    }

    /// Lowers an intrinsic call; `Ok(false)` means "call the fallback body instead".
    pub fn codegen_intrinsic(&mut self, inst: Instance<'tcx>, args: &[Spanned<mir::Operand<'tcx>>], dest: Place<'tcx>, si: SourceInfo) -> R<bool> {
        let tcx = self.tcx;
        let def_id = inst.def_id();
        let name = tcx.item_name(def_id);
        let name = name.as_str();
        let dst = self.codegen_place(dest)?;
        let mut ops = Vec::new();
        for a in args {
            ops.push(self.codegen_operand(&a.node)?);
        }
        let out = dst.layout;
        let set = |fx: &mut Self, v: Value| fx.store(dst, OpVal { val: CVal::Scalar(v), layout: out });
        match name {
            // Values the compiler knows.
            "size_of" | "align_of" | "min_align_of" | "pref_align_of" | "type_id" | "type_name" | "needs_drop" | "variant_count" => {
                let v = tcx.const_eval_instance(ty::TypingEnv::fully_monomorphized(), inst, si.span).map_err(|_| self.unsupported(format!("intrinsic `{name}`")))?;
                let c = self.codegen_const_value(v, out.ty)?;
                self.store(dst, c)?;
            }
            "abort" | "unreachable" => {
                self.b.terminate(wasmir::Terminator::Unreachable);
                let dead = self.b.create_block();
                self.b.switch_to(dead);
            }
            "assume" | "cold_path" => {}
            "assert_inhabited" | "assert_zero_valid" | "assert_mem_uninitialized_valid" => {
                // Checked at compile time: only an uninhabited type makes these panic.
                let t = inst.args.type_at(0);
                if self.layout_of(t)?.is_uninhabited() {
                    self.b.terminate(wasmir::Terminator::Unreachable);
                    let dead = self.b.create_block();
                    self.b.switch_to(dead);
                }
            }
            "likely" | "unlikely" | "black_box" | "transmute" | "transmute_unchecked" => {
                let v = ops[0];
                if name.starts_with("transmute") && v.layout.size != out.size {
                    return Err(self.unsupported("transmute between types of different sizes"));
                }
                self.store(PlaceRef { layout: v.layout, ..dst }, v)?;
            }
            "select_unpredictable" => {
                let c = self.scalar(ops[0])?;
                let (t, e) = (ops[1], ops[2]);
                let yes = self.b.create_block();
                let no = self.b.create_block();
                let done = self.b.create_block();
                self.b.br_if(c, yes, no);
                self.b.switch_to(yes);
                self.store(dst, t)?;
                self.b.br(done, &[]);
                self.b.switch_to(no);
                self.store(dst, e)?;
                self.b.br(done, &[]);
                self.b.switch_to(done);
            }
            "is_val_statically_known" => {
                let z = self.b.i32c(0);
                set(self, z)?;
            }
            "caller_location" => {
                let l = self.caller_location_value(si)?;
                set(self, l)?;
            }
            "copy_nonoverlapping" | "copy" | "write_bytes" => {
                let pointee = ops[0].layout.ty.builtin_deref(true).unwrap();
                let el = self.layout_of(pointee)?;
                let a = self.scalar(ops[0])?;
                let b = self.scalar(ops[1])?;
                let n = self.scalar(ops[2])?;
                let sz = self.b.i32c(el.size.bytes() as i64);
                let bytes = self.b.binary(BinOp::Mul, n, sz);
                match name {
                    "write_bytes" => self.call_runtime("__wasmir_memset", &[a, b, bytes]),
                    // copy(src, dst, count)
                    _ => self.call_runtime("__wasmir_memmove", &[b, a, bytes]),
                };
            }
            "compare_bytes" => {
                let a = self.scalar(ops[0])?;
                let b = self.scalar(ops[1])?;
                let n = self.scalar(ops[2])?;
                let r = self.call_runtime("__wasmir_memcmp", &[a, b, n]).unwrap();
                set(self, r)?;
            }
            "raw_eq" => {
                // raw_eq(&T, &T): compares the pointees' bytes.
                let pointee = ops[0].layout.ty.builtin_deref(true).unwrap();
                let size = self.layout_of(pointee)?.size.bytes();
                let a = self.scalar(ops[0])?;
                let b = self.scalar(ops[1])?;
                let n = self.b.i32c(size as i64);
                let r = self.call_runtime("__wasmir_memcmp", &[a, b, n]).unwrap();
                let eq = self.b.unary(UnOp::Eqz, r);
                set(self, eq)?;
            }
            "volatile_load" | "unaligned_volatile_load" => {
                let p = self.scalar(ops[0])?;
                let v = self.load_place(PlaceRef { addr: p, meta: None, layout: out })?;
                self.store(dst, v)?;
            }
            "volatile_store" | "unaligned_volatile_store" => {
                let p = self.scalar(ops[0])?;
                self.store(PlaceRef { addr: p, meta: None, layout: ops[1].layout }, ops[1])?;
            }
            "offset" | "arith_offset" => {
                let v = self.binop(MBin::Offset, ops[0], ops[1], out)?;
                self.store(dst, v)?;
            }
            "ptr_offset_from" | "ptr_offset_from_unsigned" => {
                let pointee = ops[0].layout.ty.builtin_deref(true).unwrap();
                let el = self.layout_of(pointee)?;
                let a = self.scalar(ops[0])?;
                let b = self.scalar(ops[1])?;
                let d = self.b.binary(BinOp::Sub, a, b);
                let sz = self.b.i32c(el.size.bytes().max(1) as i64);
                let r = self.b.binary(if name == "ptr_offset_from" { BinOp::DivS } else { BinOp::DivU }, d, sz);
                set(self, r)?;
            }
            "ptr_guaranteed_cmp" => {
                let a = self.scalar(ops[0])?;
                let b = self.scalar(ops[1])?;
                let r = self.b.cmp(CmpOp::Eq, a, b);
                set(self, r)?;
            }
            "size_of_val" | "align_of_val" => {
                let pointee = ops[0].layout.ty.builtin_deref(true).unwrap();
                let pl = self.layout_of(pointee)?;
                let r = if pl.is_sized() {
                    self.b.i32c(if name == "size_of_val" { pl.size.bytes() } else { pl.align.abi.bytes() } as i64)
                } else {
                    match pointee.kind() {
                        ty::Slice(_) | ty::Str => {
                            let (_, len) = self.pair(ops[0])?;
                            let el = pl.field(&self.cx.lcx, 0);
                            if name == "size_of_val" {
                                let sz = self.b.i32c(el.size.bytes() as i64);
                                self.b.binary(BinOp::Mul, len, sz)
                            } else {
                                self.b.i32c(el.align.abi.bytes() as i64)
                            }
                        }
                        ty::Dynamic(..) => {
                            let (_, vt) = self.pair(ops[0])?;
                            self.b.load(wasmir::LoadKind::Full, Type::I32, vt, if name == "size_of_val" { 4 } else { 8 })
                        }
                        _ => return Err(self.unsupported(format!("`{name}` of `{pointee}`"))),
                    }
                };
                set(self, r)?;
            }
            "discriminant_value" => {
                let pointee = ops[0].layout.ty.builtin_deref(true).unwrap();
                let pl = self.layout_of(pointee)?;
                let p = self.scalar(ops[0])?;
                let d = self.read_discriminant(PlaceRef { addr: p, meta: None, layout: pl }, out)?;
                self.store(dst, d)?;
            }
            "ctpop" | "ctlz" | "cttz" | "ctlz_nonzero" | "cttz_nonzero" | "bswap" | "bitreverse" => {
                let x = self.scalar(ops[0])?;
                let (bits, _) = int_info(ops[0].layout).ok_or_else(|| self.unsupported(format!("`{name}` on a non-integer")))?;
                let ty = self.b.ty(x);
                let w = if ty == Type::I64 { 64 } else { 32 };
                // Work on the zero-extended bit pattern.
                let ux = self.normalize(x, bits, false);
                let r = match name {
                    "ctpop" => self.b.unary(UnOp::Popcnt, ux),
                    "ctlz" | "ctlz_nonzero" => {
                        let c = self.b.unary(UnOp::Clz, ux);
                        let k = self.b.iconst(ty, (w - bits) as i64);
                        self.b.binary(BinOp::Sub, c, k)
                    }
                    "cttz" | "cttz_nonzero" => {
                        // A zero input must give `bits`, not the wasm width.
                        let top = if bits < w { self.b.iconst(ty, 1i64 << bits) } else { self.b.iconst(ty, 0) };
                        let y = self.b.binary(BinOp::Or, ux, top);
                        self.b.unary(UnOp::Ctz, y)
                    }
                    "bswap" => {
                        let r = self.byte_swap(ux, bits);
                        let (ob, os) = int_info(out).unwrap();
                        self.normalize(r, ob, os)
                    }
                    _ => {
                        // bitreverse: swap bits within bytes, then the bytes.
                        let mut r = ux;
                        for (sh, m) in [(1, 0x5555_5555_5555_5555u64), (2, 0x3333_3333_3333_3333), (4, 0x0f0f_0f0f_0f0f_0f0f)] {
                            let shc = self.b.iconst(ty, sh);
                            let mc = self.b.iconst(ty, m as i64);
                            let hi = self.b.binary(BinOp::ShrU, r, shc);
                            let hi = self.b.binary(BinOp::And, hi, mc);
                            let lo = self.b.binary(BinOp::And, r, mc);
                            let lo = self.b.binary(BinOp::Shl, lo, shc);
                            r = self.b.binary(BinOp::Or, hi, lo);
                        }
                        let r = self.byte_swap(r, bits);
                        let (ob, os) = int_info(out).unwrap();
                        self.normalize(r, ob, os)
                    }
                };
                // Counts are u32.
                let r = if name != "bswap" && name != "bitreverse" { self.resize_int(r, false, Type::I32) } else { r };
                set(self, r)?;
            }
            "rotate_left" | "rotate_right" => {
                let x = self.scalar(ops[0])?;
                let (bits, signed) = int_info(ops[0].layout).unwrap();
                let ty = self.b.ty(x);
                let w = if ty == Type::I64 { 64 } else { 32 };
                let s = self.scalar(ops[1])?;
                let s = self.resize_int(s, false, ty);
                let r = if bits == w {
                    self.b.binary(if name == "rotate_left" { BinOp::Rotl } else { BinOp::Rotr }, x, s)
                } else {
                    let ux = self.normalize(x, bits, false);
                    let m = self.b.iconst(ty, bits as i64 - 1);
                    let s = self.b.binary(BinOp::And, s, m);
                    let bw = self.b.iconst(ty, bits as i64);
                    let inv = self.b.binary(BinOp::Sub, bw, s);
                    let inv = self.b.binary(BinOp::And, inv, m);
                    let (l, r) = if name == "rotate_left" { (s, inv) } else { (inv, s) };
                    let a = self.b.binary(BinOp::Shl, ux, l);
                    let b = self.b.binary(BinOp::ShrU, ux, r);
                    let o = self.b.binary(BinOp::Or, a, b);
                    self.normalize(o, bits, signed)
                };
                set(self, r)?;
            }
            "wrapping_add" | "wrapping_sub" | "wrapping_mul" | "unchecked_add" | "unchecked_sub" | "unchecked_mul" | "unchecked_div" | "unchecked_rem" | "unchecked_shl" | "unchecked_shr" | "exact_div" | "disjoint_bitor" | "three_way_compare" => {
                let op = match name {
                    "wrapping_add" | "unchecked_add" => MBin::Add,
                    "wrapping_sub" | "unchecked_sub" => MBin::Sub,
                    "wrapping_mul" | "unchecked_mul" => MBin::Mul,
                    "unchecked_div" | "exact_div" => MBin::Div,
                    "unchecked_rem" => MBin::Rem,
                    "unchecked_shl" => MBin::Shl,
                    "unchecked_shr" => MBin::Shr,
                    "disjoint_bitor" => MBin::BitOr,
                    _ => MBin::Cmp,
                };
                let v = self.binop(op, ops[0], ops[1], out)?;
                self.store(dst, v)?;
            }
            "add_with_overflow" | "sub_with_overflow" | "mul_with_overflow" => {
                let op = match name {
                    "add_with_overflow" => MBin::AddWithOverflow,
                    "sub_with_overflow" => MBin::SubWithOverflow,
                    _ => MBin::MulWithOverflow,
                };
                let v = self.binop(op, ops[0], ops[1], out)?;
                self.store(dst, v)?;
            }
            "saturating_add" | "saturating_sub" => {
                let a = self.scalar(ops[0])?;
                let b = self.scalar(ops[1])?;
                let (bits, signed) = int_info(ops[0].layout).unwrap();
                let op = if name == "saturating_add" { MBin::AddWithOverflow } else { MBin::SubWithOverflow };
                let (r, ov) = self.overflowing(op, a, b, bits, signed);
                let ty = self.b.ty(a);
                let sat = if signed {
                    let max = self.b.iconst(ty, ((1i128 << (bits - 1)) - 1) as i64);
                    let min = self.b.iconst(ty, (-(1i128 << (bits - 1))) as i64);
                    // Overflow direction follows the sign of b (add) or of -b (sub).
                    let zero = self.b.iconst(ty, 0);
                    let bneg = self.b.cmp(CmpOp::LtS, b, zero);
                    if name == "saturating_add" { self.b.select(bneg, min, max) } else { self.b.select(bneg, max, min) }
                } else if name == "saturating_add" {
                    self.b.iconst(ty, ((1u128 << bits) - 1) as i64)
                } else {
                    self.b.iconst(ty, 0)
                };
                let v = self.b.select(ov, sat, r);
                set(self, v)?;
            }
            "fabs" | "sqrtf32" | "sqrtf64" | "floorf32" | "floorf64" | "ceilf32" | "ceilf64" | "truncf32" | "truncf64" | "round_ties_even_f32" | "round_ties_even_f64" => {
                let x = self.scalar(ops[0])?;
                if !matches!(self.b.ty(x), Type::F32 | Type::F64) {
                    return Err(self.unsupported(format!("intrinsic `{name}` on `{}`", ops[0].layout.ty)));
                }
                let op = match name {
                    "fabs" => UnOp::Abs,
                    "sqrtf32" | "sqrtf64" => UnOp::Sqrt,
                    "floorf32" | "floorf64" => UnOp::Floor,
                    "ceilf32" | "ceilf64" => UnOp::Ceil,
                    "truncf32" | "truncf64" => UnOp::Trunc,
                    _ => UnOp::Nearest,
                };
                let r = self.b.unary(op, x);
                set(self, r)?;
            }
            "roundf32" | "roundf64" => {
                // Half away from zero: x - trunc(x) is exact, so compare it with 1/2.
                let x = self.scalar(ops[0])?;
                let ty = self.b.ty(x);
                let t = self.b.unary(UnOp::Trunc, x);
                let d = self.b.binary(BinOp::Sub, x, t);
                let ad = self.b.unary(UnOp::Abs, d);
                let (half, one) = match ty {
                    Type::F32 => (Const::F32(0.5f32.to_bits()), Const::F32(1.0f32.to_bits())),
                    _ => (Const::F64(0.5f64.to_bits()), Const::F64(1.0f64.to_bits())),
                };
                let half = self.b.ins1(Op::Const(half), ty);
                let one = self.b.ins1(Op::Const(one), ty);
                let away = self.b.cmp(CmpOp::Ge, ad, half);
                let step = self.b.binary(BinOp::Copysign, one, x);
                let up = self.b.binary(BinOp::Add, t, step);
                let r = self.b.select(away, up, t);
                set(self, r)?;
            }
            "fmuladdf32" | "fmuladdf64" => {
                // Fusing is optional for `fmuladd`; wasm (like LLVM for wasm32) does not fuse.
                let a = self.scalar(ops[0])?;
                let b = self.scalar(ops[1])?;
                let c = self.scalar(ops[2])?;
                let m = self.b.binary(BinOp::Mul, a, b);
                let r = self.b.binary(BinOp::Add, m, c);
                set(self, r)?;
            }
            "fadd_fast" | "fsub_fast" | "fmul_fast" | "fdiv_fast" | "frem_fast" | "fadd_algebraic" | "fsub_algebraic" | "fmul_algebraic" | "fdiv_algebraic" | "frem_algebraic" => {
                let op = match &name[..4] {
                    "fadd" => MBin::Add,
                    "fsub" => MBin::Sub,
                    "fmul" => MBin::Mul,
                    "fdiv" => MBin::Div,
                    _ => MBin::Rem,
                };
                let v = self.binop(op, ops[0], ops[1], out)?;
                self.store(dst, v)?;
            }
            "float_to_int_unchecked" => {
                // Out-of-range inputs are UB; wasm's trapping conversion is a valid outcome.
                let x = self.scalar(ops[0])?;
                let (bits, signed) = int_info(out).ok_or_else(|| self.unsupported("`float_to_int_unchecked` to a non-integer"))?;
                let ity = if bits > 32 { Type::I64 } else { Type::I32 };
                let r = self.b.convert(if signed || bits < 32 { wasmir::ConvOp::TruncS } else { wasmir::ConvOp::TruncU }, x, ity);
                let r = self.normalize(r, bits, signed);
                set(self, r)?;
            }
            "vtable_size" | "vtable_align" => {
                let vt = self.scalar(ops[0])?;
                let r = self.b.load(wasmir::LoadKind::Full, Type::I32, vt, if name == "vtable_size" { 4 } else { 8 });
                set(self, r)?;
            }
            "ptr_mask" => {
                let p = self.scalar(ops[0])?;
                let m = self.scalar(ops[1])?;
                let r = self.b.binary(BinOp::And, p, m);
                set(self, r)?;
            }
            "volatile_set_memory" | "volatile_copy_memory" | "volatile_copy_nonoverlapping_memory" => {
                // (dst, src or byte, count)
                let pointee = ops[0].layout.ty.builtin_deref(true).unwrap();
                let el = self.layout_of(pointee)?;
                let d = self.scalar(ops[0])?;
                let s = self.scalar(ops[1])?;
                let n = self.scalar(ops[2])?;
                let sz = self.b.i32c(el.size.bytes() as i64);
                let bytes = self.b.binary(BinOp::Mul, n, sz);
                let f = if name == "volatile_set_memory" { "__wasmir_memset" } else { "__wasmir_memmove" };
                self.call_runtime(f, &[d, s, bytes]);
            }
            "nontemporal_store" => {
                let p = self.scalar(ops[0])?;
                self.store(PlaceRef { addr: p, meta: None, layout: ops[1].layout }, ops[1])?;
            }
            "copysignf32" | "copysignf64" => {
                let a = self.scalar(ops[0])?;
                let b = self.scalar(ops[1])?;
                let r = self.b.binary(BinOp::Copysign, a, b);
                set(self, r)?;
            }
            "minnumf32" | "minnumf64" | "maxnumf32" | "maxnumf64" => {
                // IEEE minNum/maxNum: a NaN operand yields the other one.
                let a = self.scalar(ops[0])?;
                let b = self.scalar(ops[1])?;
                let m = self.b.binary(if name.starts_with("min") { BinOp::Min } else { BinOp::Max }, a, b);
                let a_nan = self.b.cmp(CmpOp::Ne, a, a);
                let b_nan = self.b.cmp(CmpOp::Ne, b, b);
                let r = self.b.select(b_nan, a, m);
                let r = self.b.select(a_nan, b, r);
                set(self, r)?;
            }
            _ => {
                if !tcx.intrinsic(def_id).is_some_and(|i| i.must_be_overridden) {
                    return Ok(false);
                }
                return Err(self.unsupported(format!("intrinsic `{name}`")));
            }
        }
        let _ = Op::MemorySize;
        Ok(true)
    }
}
