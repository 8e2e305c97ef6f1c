//! Intrinsics lowered inline. Ones not listed here are called through their fallback body when
//! they have one, else reported as not supported.

use crate::base::{Fx, R};
use rustc_abi::BackendRepr;
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

    /// Lowers a call of an LLVM intrinsic that `core::arch::wasm32` declares by link name
    /// (`extern "unadjusted" { #[link_name = "llvm.wasm.memory.grow"] … }`): `memory.size` and
    /// `memory.grow` of memory 0 become those instructions; any other is not supported yet
    /// (as an import it would only fail when the module is instantiated).
    pub fn codegen_llvm_intrinsic(&mut self, name: &str, args: &[Spanned<mir::Operand<'tcx>>], dest: Place<'tcx>) -> R<()> {
        let dst = self.dest_place(dest)?;
        let mut ops = Vec::new();
        for a in args {
            ops.push(self.codegen_operand(&a.node)?);
        }
        // The memory index is a constant argument; WasmIR has one memory.
        let memory_zero = |fx: &Self, a: &Spanned<mir::Operand<'tcx>>| match &a.node {
            mir::Operand::Constant(c) => fx.monomorphize(c.const_).try_eval_target_usize(fx.tcx, ty::TypingEnv::fully_monomorphized()) == Some(0),
            _ => false,
        };
        let r = match name {
            "llvm.wasm.memory.size" if args.len() == 1 && memory_zero(self, &args[0]) => self.b.ins1(Op::MemorySize, Type::I32),
            "llvm.wasm.memory.grow" if args.len() == 2 && memory_zero(self, &args[0]) => {
                let delta = self.scalar(ops[1])?;
                self.b.ins1(Op::MemoryGrow(delta), Type::I32)
            }
            _ => return Err(self.unsupported(format!("LLVM intrinsic `{name}`"))),
        };
        self.store(dst, OpVal { val: CVal::Scalar(r), layout: dst.layout })
    }

    /// Lowers an intrinsic call; `Ok(false)` means "call the fallback body instead".
    pub fn codegen_intrinsic(&mut self, inst: Instance<'tcx>, args: &[Spanned<mir::Operand<'tcx>>], dest: Place<'tcx>, si: SourceInfo) -> R<bool> {
        let tcx = self.tcx;
        let def_id = inst.def_id();
        let name = tcx.item_name(def_id);
        let name = name.as_str();
        let dst = self.dest_place(dest)?;
        if name == "catch_unwind" {
            // panic=abort: nothing unwinds, so `try_fn(data)` returns normally and the result
            // is 0, as in LLVM's lowering. `catch_fn` is not even evaluated: its address would
            // keep the unwinding cleanup (which cannot be lowered) alive.
            let try_fn = self.codegen_operand(&args[0].node)?;
            let data = self.codegen_operand(&args[1].node)?;
            let (try_fn, data) = (self.scalar(try_fn)?, self.scalar(data)?);
            let table = self.cx.table();
            let sig = wasmir::Signature { params: vec![Type::I32], results: vec![] };
            self.b.ins(Op::CallIndirect { table, sig: Box::new(sig), index: try_fn, args: vec![data] }, None);
            let zero = self.b.i32c(0);
            self.store(dst, OpVal { val: CVal::Scalar(zero), layout: dst.layout })?;
            return Ok(true);
        }
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
                let meta = if pl.is_sized() { None } else { Some(self.pair(ops[0])?.1) };
                let (size, align) = self.size_align_of(pl, meta)?;
                set(self, if name == "size_of_val" { size } else { align })?;
            }
            "discriminant_value" => {
                let pointee = ops[0].layout.ty.builtin_deref(true).unwrap();
                let pl = self.layout_of(pointee)?;
                let p = self.scalar(ops[0])?;
                let d = self.read_discriminant(PlaceRef { addr: p, meta: None, layout: pl }, out)?;
                self.store(dst, d)?;
            }
            "ctpop" | "ctlz" | "cttz" | "ctlz_nonzero" | "cttz_nonzero" if crate::wide::is_wide_layout(ops[0].layout) => {
                let r = self.count128(name, ops[0])?;
                set(self, r)?;
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
            "rotate_left" | "rotate_right" if crate::wide::is_wide_layout(ops[0].layout) => {
                let r = self.rotate128(name == "rotate_left", ops[0], ops[1], out)?;
                self.store(dst, r)?;
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
            "carrying_mul_add" if int_info(ops[0].layout).is_some_and(|(bits, signed)| bits <= 32 || !signed && bits == 64) => {
                // (lo, hi) of a * b + c + d, exactly: in i64 for up to 32 bits, else from
                // 32-bit limbs (the fallback body widens to 128 bits).
                let (bits, signed) = int_info(ops[0].layout).unwrap();
                let [a, b, c, d] = [ops[0], ops[1], ops[2], ops[3]].map(|o| self.scalar(o));
                let (a, b, c, d) = (a?, b?, c?, d?);
                let (lo, hi) = if bits <= 32 {
                    let ext = |fx: &mut Self, v| fx.resize_int(v, signed, Type::I64);
                    let (a, b, c, d) = (ext(self, a), ext(self, b), ext(self, c), ext(self, d));
                    let p = self.b.binary(BinOp::Mul, a, b);
                    let p = self.b.binary(BinOp::Add, p, c);
                    let w = self.b.binary(BinOp::Add, p, d);
                    let lo = self.b.convert(wasmir::ConvOp::Wrap, w, Type::I32);
                    let lo = self.normalize(lo, bits, false);
                    let sh = self.b.iconst(Type::I64, bits as i64);
                    let hi = self.b.binary(if signed { BinOp::ShrS } else { BinOp::ShrU }, w, sh);
                    let hi = self.b.convert(wasmir::ConvOp::Wrap, hi, Type::I32);
                    let hi = self.normalize(hi, bits, signed);
                    (lo, hi)
                } else {
                    let m = self.b.iconst(Type::I64, 0xffff_ffff);
                    let s32 = self.b.iconst(Type::I64, 32);
                    let a0 = self.b.binary(BinOp::And, a, m);
                    let a1 = self.b.binary(BinOp::ShrU, a, s32);
                    let b0 = self.b.binary(BinOp::And, b, m);
                    let b1 = self.b.binary(BinOp::ShrU, b, s32);
                    let p00 = self.b.binary(BinOp::Mul, a0, b0);
                    let p01 = self.b.binary(BinOp::Mul, a0, b1);
                    let p10 = self.b.binary(BinOp::Mul, a1, b0);
                    let p11 = self.b.binary(BinOp::Mul, a1, b1);
                    let t = self.b.binary(BinOp::ShrU, p00, s32);
                    let u = self.b.binary(BinOp::And, p01, m);
                    let v = self.b.binary(BinOp::And, p10, m);
                    let mid = self.b.binary(BinOp::Add, t, u);
                    let mid = self.b.binary(BinOp::Add, mid, v);
                    let l0 = self.b.binary(BinOp::And, p00, m);
                    let l1 = self.b.binary(BinOp::Shl, mid, s32);
                    let mut lo = self.b.binary(BinOp::Or, l0, l1);
                    let h1 = self.b.binary(BinOp::ShrU, p01, s32);
                    let h2 = self.b.binary(BinOp::ShrU, p10, s32);
                    let h3 = self.b.binary(BinOp::ShrU, mid, s32);
                    let mut hi = self.b.binary(BinOp::Add, p11, h1);
                    hi = self.b.binary(BinOp::Add, hi, h2);
                    hi = self.b.binary(BinOp::Add, hi, h3);
                    for x in [c, d] {
                        let sum = self.b.binary(BinOp::Add, lo, x);
                        let carry = self.b.cmp(CmpOp::LtU, sum, lo);
                        let carry = self.b.convert(wasmir::ConvOp::ExtendU, carry, Type::I64);
                        hi = self.b.binary(BinOp::Add, hi, carry);
                        lo = sum;
                    }
                    (lo, hi)
                };
                self.store(dst, OpVal { val: CVal::Pair(lo, hi), layout: out })?;
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
                if bits == 128 {
                    // The saturating conversion: one valid outcome of the UB cases.
                    let (lo, hi) = self.float_to_int128(x, signed);
                    self.store(dst, OpVal { val: CVal::Pair(lo, hi), layout: out })?;
                } else {
                    let ity = if bits > 32 { Type::I64 } else { Type::I32 };
                    let r = self.b.convert(if signed || bits < 32 { wasmir::ConvOp::TruncS } else { wasmir::ConvOp::TruncU }, x, ity);
                    let r = self.normalize(r, bits, signed);
                    set(self, r)?;
                }
            }
            "vtable_size" | "vtable_align" => {
                let vt = self.scalar(ops[0])?;
                let r = self.vtable_entry(vt, if name == "vtable_size" { ty::COMMON_VTABLE_ENTRIES_SIZE } else { ty::COMMON_VTABLE_ENTRIES_ALIGN });
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
            "atomic_fence" | "atomic_singlethreadfence" => {}
            "atomic_load" | "atomic_store" | "atomic_xchg" | "atomic_cxchg" | "atomic_cxchgweak" | "atomic_xadd" | "atomic_xsub" | "atomic_and" | "atomic_nand" | "atomic_or" | "atomic_xor" | "atomic_max" | "atomic_min" | "atomic_umax" | "atomic_umin"
                if int_info(self.layout_of(ops[0].layout.ty.builtin_deref(true).unwrap())?).is_some_and(|(bits, _)| bits <= 64) =>
            {
                // wasm32 without the `atomics` feature has one thread: atomic operations are
                // plain loads and stores (orderings have nothing to order).
                let tl = self.layout_of(ops[0].layout.ty.builtin_deref(true).unwrap())?;
                let (bits, signed) = int_info(tl).unwrap();
                let BackendRepr::Scalar(sc) = tl.backend_repr else { return Err(self.unsupported(format!("`{name}` on `{}`", tl.ty))) };
                let p = self.scalar(ops[0])?;
                if name == "atomic_store" {
                    let v = self.scalar(ops[1])?;
                    self.store_scalar(sc, p, 0, v);
                } else {
                    let old = self.load_scalar(sc, p, 0)?;
                    let ty = self.b.ty(old);
                    let arg = |fx: &mut Self, o: OpVal<'tcx>| -> R<Value> {
                        let v = fx.scalar(o)?;
                        let s = int_info(o.layout).is_some_and(|i| i.1);
                        Ok(fx.resize_int(v, s, ty))
                    };
                    match name {
                        "atomic_load" => set(self, old)?,
                        "atomic_cxchg" | "atomic_cxchgweak" => {
                            let expected = arg(self, ops[1])?;
                            let new = arg(self, ops[2])?;
                            let eq = self.b.cmp(CmpOp::Eq, old, expected);
                            let v = self.b.select(eq, new, old);
                            self.store_scalar(sc, p, 0, v);
                            self.store(dst, OpVal { val: CVal::Pair(old, eq), layout: out })?;
                        }
                        _ => {
                            let x = arg(self, ops[1])?;
                            let (lt, gt) = if name == "atomic_umax" || name == "atomic_umin" { (CmpOp::LtU, CmpOp::GtU) } else { (CmpOp::LtS, CmpOp::GtS) };
                            let new = match name {
                                "atomic_xchg" => x,
                                "atomic_xadd" => self.b.binary(BinOp::Add, old, x),
                                "atomic_xsub" => self.b.binary(BinOp::Sub, old, x),
                                "atomic_and" => self.b.binary(BinOp::And, old, x),
                                "atomic_or" => self.b.binary(BinOp::Or, old, x),
                                "atomic_xor" => self.b.binary(BinOp::Xor, old, x),
                                "atomic_nand" => {
                                    let a = self.b.binary(BinOp::And, old, x);
                                    let m = self.b.iconst(ty, -1);
                                    self.b.binary(BinOp::Xor, a, m)
                                }
                                "atomic_max" | "atomic_umax" => {
                                    let c = self.b.cmp(gt, old, x);
                                    self.b.select(c, old, x)
                                }
                                _ => {
                                    let c = self.b.cmp(lt, old, x);
                                    self.b.select(c, old, x)
                                }
                            };
                            let new = self.normalize(new, bits, signed);
                            self.store_scalar(sc, p, 0, new);
                            set(self, old)?;
                        }
                    }
                }
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
            "powif64" | "powif32" => {
                let (x, n) = (self.scalar(ops[0])?, self.scalar(ops[1])?);
                let r = self.call_runtime(if name == "powif64" { "__wasmir_powi64" } else { "__wasmir_powi32" }, &[x, n]).unwrap();
                set(self, r)?;
            }
            _ if libm_function(name).is_some() && tcx.sess.target.os == rustc_target::spec::Os::Wasi => {
                // No wasm instruction: the C library's libm (wasi-libc, linked on wasm32-wasip1),
                // as LLVM lowers these intrinsics to libcalls.
                let (f, ty) = libm_function(name).unwrap();
                let vals: Vec<Value> = ops.iter().map(|o| self.scalar(*o)).collect::<R<_>>()?;
                let sig = wasmir::Signature { params: vec![ty; vals.len()], results: vec![ty] };
                let callee = self.cx.declare(f.to_string(), sig, Some(wasmir::Import { module: "env".into(), field: f.into() }));
                let r = self.b.ins1(Op::Call(callee, vals), ty);
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

    /// Size and alignment of a value of layout `l` with pointer metadata `meta` (as
    /// rustc_codegen_ssa's `size_and_align_of_dst`): slices and `str` from their length, trait
    /// objects from their vtable, structs with an unsized tail from the tail's, the size
    /// rounded up to the full alignment.
    pub fn size_align_of(&mut self, l: rustc_middle::ty::layout::TyAndLayout<'tcx>, meta: Option<Value>) -> R<(Value, Value)> {
        if l.is_sized() {
            return Ok((self.b.i32c(l.size.bytes() as i64), self.b.i32c(l.align.abi.bytes() as i64)));
        }
        let meta = meta.ok_or_else(|| self.unsupported(format!("an unsized `{}` without metadata", l.ty)))?;
        match l.ty.kind() {
            ty::Slice(_) | ty::Str => {
                let el = l.field(&self.cx.lcx, 0);
                let sz = self.b.i32c(el.size.bytes() as i64);
                Ok((self.b.binary(BinOp::Mul, meta, sz), self.b.i32c(el.align.abi.bytes() as i64)))
            }
            ty::Dynamic(..) => Ok((self.vtable_entry(meta, ty::COMMON_VTABLE_ENTRIES_SIZE), self.vtable_entry(meta, ty::COMMON_VTABLE_ENTRIES_ALIGN))),
            ty::Adt(def, _) if def.repr().packed() => Err(self.unsupported(format!("`size_of_val` of the packed `{}`", l.ty))),
            ty::Adt(..) | ty::Tuple(_) => {
                let last = l.fields.count() - 1;
                let sized_size = l.fields.offset(last).bytes();
                let sized_align = l.align.abi.bytes();
                let fl = l.field(&self.cx.lcx, last);
                let (usize_, ualign) = self.size_align_of(fl, Some(meta))?;
                let sa = self.b.i32c(sized_align as i64);
                let bigger = self.b.cmp(CmpOp::GtU, ualign, sa);
                let align = self.b.select(bigger, ualign, sa);
                let ss = self.b.i32c(sized_size as i64);
                let size = self.b.binary(BinOp::Add, ss, usize_);
                let one = self.b.i32c(1);
                let mask = self.b.binary(BinOp::Sub, align, one);
                let up = self.b.binary(BinOp::Add, size, mask);
                let m1 = self.b.i32c(-1);
                let notmask = self.b.binary(BinOp::Xor, mask, m1);
                Ok((self.b.binary(BinOp::And, up, notmask), align))
            }
            _ => Err(self.unsupported(format!("`size_of_val` of `{}`", l.ty))),
        }
    }
}

/// The libm function for a float intrinsic without a wasm instruction, and its type.
fn libm_function(intrinsic: &str) -> Option<(&'static str, Type)> {
    const F64: &[(&str, &str)] = &[
        ("powf64", "pow"), ("expf64", "exp"), ("exp2f64", "exp2"), ("logf64", "log"), ("log2f64", "log2"),
        ("log10f64", "log10"), ("sinf64", "sin"), ("cosf64", "cos"), ("fmaf64", "fma"),
    ];
    const F32: &[(&str, &str)] = &[
        ("powf32", "powf"), ("expf32", "expf"), ("exp2f32", "exp2f"), ("logf32", "logf"), ("log2f32", "log2f"),
        ("log10f32", "log10f"), ("sinf32", "sinf"), ("cosf32", "cosf"), ("fmaf32", "fmaf"),
    ];
    F64.iter().find(|(i, _)| *i == intrinsic).map(|(_, f)| (*f, Type::F64)).or_else(|| F32.iter().find(|(i, _)| *i == intrinsic).map(|(_, f)| (*f, Type::F32)))
}
