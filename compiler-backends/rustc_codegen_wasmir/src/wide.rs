//! 128-bit integers (`i128`/`u128`) as pairs of `i64` wasm values (low half first, as in
//! memory on little-endian wasm): passed as two values, returned through memory, and lowered
//! to 64-bit operations (carries for `+`/`-`, 32-bit limbs for the full 64×64 product,
//! shift-subtract loops for `/` and `%`). A scalar pair with a 128-bit half (`(u128, bool)`
//! from the overflowing operations) lives in memory.

use crate::base::{Fx, R};
use crate::place::{CVal, OpVal, int_info};
use rustc_abi::{BackendRepr, Integer, Primitive};
use rustc_middle::mir::BinOp as MBin;
use rustc_middle::ty::layout::TyAndLayout;
use wasmir::{BinOp, CmpOp, ConvOp, Op, Type, UnOp, Value};

/// Whether a scalar is a 128-bit integer.
pub fn is_wide(s: rustc_abi::Scalar) -> bool {
    matches!(s.primitive(), Primitive::Int(Integer::I128, _))
}

/// Whether a layout is a 128-bit integer scalar.
pub fn is_wide_layout(l: TyAndLayout<'_>) -> bool {
    matches!(l.backend_repr, BackendRepr::Scalar(s) if is_wide(s))
}

/// Whether a layout is a scalar pair with a 128-bit half (kept in memory).
pub fn is_wide_pair(repr: &BackendRepr) -> bool {
    matches!(repr, BackendRepr::ScalarPair(a, b) if is_wide(*a) || is_wide(*b))
}

type W = (Value, Value);

impl<'a, 'tcx> Fx<'a, 'tcx> {
    fn c64(&mut self, x: i64) -> Value {
        self.b.iconst(Type::I64, x)
    }

    /// The full 128-bit product of two `u64`s.
    pub fn mul64_full(&mut self, a: Value, b: Value) -> W {
        let m = self.c64(0xffff_ffff);
        let s32 = self.c64(32);
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
        let lo = self.b.binary(BinOp::Or, l0, l1);
        let h1 = self.b.binary(BinOp::ShrU, p01, s32);
        let h2 = self.b.binary(BinOp::ShrU, p10, s32);
        let h3 = self.b.binary(BinOp::ShrU, mid, s32);
        let hi = self.b.binary(BinOp::Add, p11, h1);
        let hi = self.b.binary(BinOp::Add, hi, h2);
        let hi = self.b.binary(BinOp::Add, hi, h3);
        (lo, hi)
    }

    fn add128(&mut self, (al, ah): W, (bl, bh): W) -> W {
        let lo = self.b.binary(BinOp::Add, al, bl);
        let c = self.b.cmp(CmpOp::LtU, lo, al);
        let c = self.b.convert(ConvOp::ExtendU, c, Type::I64);
        let hi = self.b.binary(BinOp::Add, ah, bh);
        let hi = self.b.binary(BinOp::Add, hi, c);
        (lo, hi)
    }

    fn sub128(&mut self, (al, ah): W, (bl, bh): W) -> W {
        let lo = self.b.binary(BinOp::Sub, al, bl);
        let c = self.b.cmp(CmpOp::LtU, al, bl);
        let c = self.b.convert(ConvOp::ExtendU, c, Type::I64);
        let hi = self.b.binary(BinOp::Sub, ah, bh);
        let hi = self.b.binary(BinOp::Sub, hi, c);
        (lo, hi)
    }

    fn mul128(&mut self, (al, ah): W, (bl, bh): W) -> W {
        let (lo, hi) = self.mul64_full(al, bl);
        let x = self.b.binary(BinOp::Mul, al, bh);
        let y = self.b.binary(BinOp::Mul, ah, bl);
        let hi = self.b.binary(BinOp::Add, hi, x);
        let hi = self.b.binary(BinOp::Add, hi, y);
        (lo, hi)
    }

    /// `a < b` (unsigned or signed) as an `i32` flag.
    fn lt128(&mut self, (al, ah): W, (bl, bh): W, signed: bool) -> Value {
        let heq = self.b.cmp(CmpOp::Eq, ah, bh);
        let llt = self.b.cmp(CmpOp::LtU, al, bl);
        let hlt = self.b.cmp(if signed { CmpOp::LtS } else { CmpOp::LtU }, ah, bh);
        self.b.select(heq, llt, hlt)
    }

    fn eq128(&mut self, (al, ah): W, (bl, bh): W) -> Value {
        let e0 = self.b.cmp(CmpOp::Eq, al, bl);
        let e1 = self.b.cmp(CmpOp::Eq, ah, bh);
        self.b.binary(BinOp::And, e0, e1)
    }

    /// Shift by `n` (an `i64` in `0..128`).
    fn shift128(&mut self, (al, ah): W, n: Value, op: MBin, signed: bool) -> W {
        let s64 = self.c64(64);
        let zero = self.c64(0);
        let is_zero = self.b.cmp(CmpOp::Eq, n, zero);
        let big = self.b.cmp(CmpOp::GeU, n, s64);
        let inv = self.b.binary(BinOp::Sub, s64, n);
        let nb = self.b.binary(BinOp::Sub, n, s64);
        if matches!(op, MBin::Shl | MBin::ShlUnchecked) {
            let lo_s = self.b.binary(BinOp::Shl, al, n);
            let hs = self.b.binary(BinOp::Shl, ah, n);
            let cross = self.b.binary(BinOp::ShrU, al, inv);
            let cross = self.b.select(is_zero, zero, cross);
            let hi_s = self.b.binary(BinOp::Or, hs, cross);
            let hi_b = self.b.binary(BinOp::Shl, al, nb);
            let lo = self.b.select(big, zero, lo_s);
            let hi = self.b.select(big, hi_b, hi_s);
            (lo, hi)
        } else {
            let shr = if signed { BinOp::ShrS } else { BinOp::ShrU };
            let hi_s = self.b.binary(shr, ah, n);
            let ls = self.b.binary(BinOp::ShrU, al, n);
            let cross = self.b.binary(BinOp::Shl, ah, inv);
            let cross = self.b.select(is_zero, zero, cross);
            let lo_s = self.b.binary(BinOp::Or, ls, cross);
            let lo_b = self.b.binary(shr, ah, nb);
            let hi_b = if signed {
                let s63 = self.c64(63);
                self.b.binary(BinOp::ShrS, ah, s63)
            } else {
                zero
            };
            let lo = self.b.select(big, lo_b, lo_s);
            let hi = self.b.select(big, hi_b, hi_s);
            (lo, hi)
        }
    }

    fn neg128(&mut self, a: W) -> W {
        let z = self.c64(0);
        self.sub128((z, z), a)
    }

    /// Unsigned quotient and remainder: 128 steps of shift-subtract over the pair (r, a).
    fn udivmod128(&mut self, a: W, b: W) -> (W, W) {
        let head = self.b.create_block();
        let done = self.b.create_block();
        let zero = self.c64(0);
        let zi = self.b.i32c(0);
        self.b.br(head, &[zi, a.0, a.1, zero, zero]);
        self.b.switch_to(head);
        let i = self.b.block_param(head, Type::I32);
        let ql = self.b.block_param(head, Type::I64);
        let qh = self.b.block_param(head, Type::I64);
        let rl = self.b.block_param(head, Type::I64);
        let rh = self.b.block_param(head, Type::I64);
        let one = self.c64(1);
        let s63 = self.c64(63);
        // (r, q) <<= 1 as one 256-bit register.
        let t = self.b.binary(BinOp::Shl, rh, one);
        let u = self.b.binary(BinOp::ShrU, rl, s63);
        let rh2 = self.b.binary(BinOp::Or, t, u);
        let t = self.b.binary(BinOp::Shl, rl, one);
        let u = self.b.binary(BinOp::ShrU, qh, s63);
        let rl2 = self.b.binary(BinOp::Or, t, u);
        let t = self.b.binary(BinOp::Shl, qh, one);
        let u = self.b.binary(BinOp::ShrU, ql, s63);
        let qh2 = self.b.binary(BinOp::Or, t, u);
        let ql2 = self.b.binary(BinOp::Shl, ql, one);
        let lt = self.lt128((rl2, rh2), b, false);
        let (dl, dh) = self.sub128((rl2, rh2), b);
        let rl3 = self.b.select(lt, rl2, dl);
        let rh3 = self.b.select(lt, rh2, dh);
        let bit = self.b.unary(UnOp::Eqz, lt);
        let bit = self.b.convert(ConvOp::ExtendU, bit, Type::I64);
        let ql3 = self.b.binary(BinOp::Or, ql2, bit);
        let onei = self.b.i32c(1);
        let i2 = self.b.binary(BinOp::Add, i, onei);
        let n = self.b.i32c(128);
        let more = self.b.cmp(CmpOp::LtU, i2, n);
        let again = self.b.create_block();
        let exit = self.b.create_block();
        self.b.br_if(more, again, exit);
        self.b.switch_to(again);
        self.b.br(head, &[i2, ql3, qh2, rl3, rh3]);
        self.b.switch_to(exit);
        self.b.br(done, &[ql3, qh2, rl3, rh3]);
        self.b.switch_to(done);
        let q0 = self.b.block_param(done, Type::I64);
        let q1 = self.b.block_param(done, Type::I64);
        let r0 = self.b.block_param(done, Type::I64);
        let r1 = self.b.block_param(done, Type::I64);
        ((q0, q1), (r0, r1))
    }

    fn select128(&mut self, c: Value, a: W, b: W) -> W {
        (self.b.select(c, a.0, b.0), self.b.select(c, a.1, b.1))
    }

    fn divrem128(&mut self, a: W, b: W, signed: bool, rem: bool) -> W {
        if !signed {
            let (q, r) = self.udivmod128(a, b);
            return if rem { r } else { q };
        }
        let z = self.c64(0);
        let an = self.b.cmp(CmpOp::LtS, a.1, z);
        let bn = self.b.cmp(CmpOp::LtS, b.1, z);
        let na = self.neg128(a);
        let nb = self.neg128(b);
        let ua = self.select128(an, na, a);
        let ub = self.select128(bn, nb, b);
        let (q, r) = self.udivmod128(ua, ub);
        if rem {
            let nr = self.neg128(r);
            self.select128(an, nr, r)
        } else {
            let flip = self.b.binary(BinOp::Xor, an, bn);
            let nq = self.neg128(q);
            self.select128(flip, nq, q)
        }
    }

    /// The shift amount of `r` as an `i64` in `0..128`.
    fn shift_amount(&mut self, r: OpVal<'tcx>) -> R<Value> {
        let n = if is_wide_layout(r.layout) {
            self.pair(r)?.0
        } else {
            let x = self.scalar(r)?;
            self.resize_int(x, false, Type::I64)
        };
        let m = self.c64(127);
        Ok(self.b.binary(BinOp::And, n, m))
    }

    /// A binary operation on 128-bit integers.
    pub fn binop128(&mut self, op: MBin, l: OpVal<'tcx>, r: OpVal<'tcx>, out: TyAndLayout<'tcx>, signed: bool) -> R<OpVal<'tcx>> {
        let a = self.pair(l)?;
        if matches!(op, MBin::Shl | MBin::Shr | MBin::ShlUnchecked | MBin::ShrUnchecked) {
            let n = self.shift_amount(r)?;
            let (lo, hi) = self.shift128(a, n, op, signed);
            return Ok(OpVal { val: CVal::Pair(lo, hi), layout: out });
        }
        let b = self.pair(r)?;
        let wide = |(lo, hi): W| OpVal { val: CVal::Pair(lo, hi), layout: out };
        let flag = |fx: &mut Self, v: Value| fx.scalar_op(v, out);
        Ok(match op {
            MBin::Add | MBin::AddUnchecked => wide(self.add128(a, b)),
            MBin::Sub | MBin::SubUnchecked => wide(self.sub128(a, b)),
            MBin::Mul | MBin::MulUnchecked => wide(self.mul128(a, b)),
            MBin::Div => wide(self.divrem128(a, b, signed, false)),
            MBin::Rem => wide(self.divrem128(a, b, signed, true)),
            MBin::BitAnd | MBin::BitOr | MBin::BitXor => {
                let o = match op {
                    MBin::BitAnd => BinOp::And,
                    MBin::BitOr => BinOp::Or,
                    _ => BinOp::Xor,
                };
                wide((self.b.binary(o, a.0, b.0), self.b.binary(o, a.1, b.1)))
            }
            MBin::Eq => {
                let v = self.eq128(a, b);
                flag(self, v)
            }
            MBin::Ne => {
                let e = self.eq128(a, b);
                let v = self.b.unary(UnOp::Eqz, e);
                flag(self, v)
            }
            MBin::Lt => {
                let v = self.lt128(a, b, signed);
                flag(self, v)
            }
            MBin::Gt => {
                let v = self.lt128(b, a, signed);
                flag(self, v)
            }
            MBin::Le => {
                let g = self.lt128(b, a, signed);
                let v = self.b.unary(UnOp::Eqz, g);
                flag(self, v)
            }
            MBin::Ge => {
                let l = self.lt128(a, b, signed);
                let v = self.b.unary(UnOp::Eqz, l);
                flag(self, v)
            }
            MBin::Cmp => {
                let g = self.lt128(b, a, signed);
                let l = self.lt128(a, b, signed);
                let v = self.b.binary(BinOp::Sub, g, l);
                flag(self, v)
            }
            MBin::AddWithOverflow | MBin::SubWithOverflow | MBin::MulWithOverflow => {
                let (res, ov) = if op == MBin::MulWithOverflow {
                    self.mul128_overflow(a, b, signed)
                } else {
                    let res = if op == MBin::AddWithOverflow { self.add128(a, b) } else { self.sub128(a, b) };
                    (res, self.overflow128(op, a, b, res, signed))
                };
                // `(u128, bool)` lives in memory.
                let t = self.alloc_temp(out)?;
                let f0 = self.place_field(t, 0)?;
                self.store(f0, OpVal { val: CVal::Pair(res.0, res.1), layout: f0.layout })?;
                let f1 = self.place_field(t, 1)?;
                self.store(f1, OpVal { val: CVal::Scalar(ov), layout: f1.layout })?;
                OpVal { val: CVal::Ref(t.addr), layout: out }
            }
            _ => return Err(self.unsupported(format!("128-bit integer operation `{op:?}`"))),
        })
    }

    /// The overflow flag of a 128-bit `+`/`-` with result `res`.
    fn overflow128(&mut self, op: MBin, a: W, b: W, res: W, signed: bool) -> Value {
        {
            {
                match (op, signed) {
                    (MBin::AddWithOverflow, false) => self.lt128(res, a, false),
                    (MBin::SubWithOverflow, false) => self.lt128(a, b, false),
                    (MBin::AddWithOverflow, true) => {
                        let x = self.b.binary(BinOp::Xor, a.1, res.1);
                        let y = self.b.binary(BinOp::Xor, b.1, res.1);
                        let z = self.b.binary(BinOp::And, x, y);
                        let zero = self.c64(0);
                        self.b.cmp(CmpOp::LtS, z, zero)
                    }
                    _ => {
                        let x = self.b.binary(BinOp::Xor, a.1, b.1);
                        let y = self.b.binary(BinOp::Xor, a.1, res.1);
                        let z = self.b.binary(BinOp::And, x, y);
                        let zero = self.c64(0);
                        self.b.cmp(CmpOp::LtS, z, zero)
                    }
                }
            }
        }
    }

    /// `x.rotate_left(n)` / `rotate_right`: `(x << n) | (x >> ((128 - n) & 127))` (and the
    /// mirror image), which is `x` for `n == 0`.
    pub fn rotate128(&mut self, left: bool, v: OpVal<'tcx>, n: OpVal<'tcx>, out: TyAndLayout<'tcx>) -> R<OpVal<'tcx>> {
        let x = self.pair(v)?;
        let n = self.shift_amount(n)?;
        let k = self.c64(128);
        let m = self.c64(127);
        let inv = self.b.binary(BinOp::Sub, k, n);
        let inv = self.b.binary(BinOp::And, inv, m);
        let (l, r) = if left { (n, inv) } else { (inv, n) };
        let a = self.shift128(x, l, MBin::Shl, false);
        let b = self.shift128(x, r, MBin::Shr, false);
        Ok(OpVal { val: CVal::Pair(self.b.binary(BinOp::Or, a.0, b.0), self.b.binary(BinOp::Or, a.1, b.1)), layout: out })
    }

    /// `!x` / `-x` on a 128-bit integer.
    pub fn unop128(&mut self, neg: bool, v: OpVal<'tcx>, out: TyAndLayout<'tcx>) -> R<OpVal<'tcx>> {
        let a = self.pair(v)?;
        let (lo, hi) = if neg {
            self.neg128(a)
        } else {
            let m = self.c64(-1);
            (self.b.binary(BinOp::Xor, a.0, m), self.b.binary(BinOp::Xor, a.1, m))
        };
        Ok(OpVal { val: CVal::Pair(lo, hi), layout: out })
    }

    /// Integer casts from or to 128 bits.
    pub fn cast128(&mut self, v: OpVal<'tcx>, to: TyAndLayout<'tcx>) -> R<OpVal<'tcx>> {
        let (_, fs) = int_info(v.layout).ok_or_else(|| self.unsupported("int cast from a non-integer"))?;
        let (tb, ts) = int_info(to).ok_or_else(|| self.unsupported("int cast to a non-integer"))?;
        let (lo, hi) = if is_wide_layout(v.layout) {
            self.pair(v)?
        } else {
            let x = self.scalar(v)?;
            let lo = self.resize_int(x, fs, Type::I64);
            let hi = if fs {
                let s63 = self.c64(63);
                self.b.binary(BinOp::ShrS, lo, s63)
            } else {
                self.c64(0)
            };
            (lo, hi)
        };
        if tb == 128 {
            return Ok(OpVal { val: CVal::Pair(lo, hi), layout: to });
        }
        let tty = if tb > 32 { Type::I64 } else { Type::I32 };
        let r = self.resize_int(lo, false, tty);
        let r = self.normalize(r, tb, ts);
        Ok(self.scalar_op(r, to))
    }

    /// `as` from a 128-bit integer to `f32`/`f64` (`fty`), rounded to nearest, ties to even, as
    /// compiler_builtins' `__floattidf` & co. do: a value that fits in 64 bits converts
    /// directly; otherwise its top 64 bits (shifted so the highest set bit is bit 63) convert
    /// with a sticky bit 0 standing for the bits shifted out (so the one rounding is right),
    /// and the result is scaled by the power of two shifted away (exact: `u128::MAX as f32`
    /// overflows to infinity there, as it must).
    pub fn int128_to_float(&mut self, v: OpVal<'tcx>, signed: bool, fty: Type) -> R<Value> {
        let (mut lo, mut hi) = self.pair(v)?;
        let zero = self.c64(0);
        let neg = if signed {
            let neg = self.b.cmp(CmpOp::LtS, hi, zero);
            let (nl, nh) = self.neg128((lo, hi));
            lo = self.b.select(neg, nl, lo);
            hi = self.b.select(neg, nh, hi);
            Some(neg)
        } else {
            None
        };
        let c = self.b.unary(UnOp::Clz, hi);
        let s64 = self.c64(64);
        let inv = self.b.binary(BinOp::Sub, s64, c);
        let top = self.b.binary(BinOp::Shl, hi, c);
        // `lo >> 64` is `lo` in wasm: with no leading zeros nothing of `lo` moves up.
        let cross = self.b.binary(BinOp::ShrU, lo, inv);
        let c_zero = self.b.unary(UnOp::Eqz, c);
        let cross = self.b.select(c_zero, zero, cross);
        let top = self.b.binary(BinOp::Or, top, cross);
        let lost = self.b.binary(BinOp::Shl, lo, c);
        let sticky = self.b.cmp(CmpOp::Ne, lost, zero);
        let sticky = self.b.convert(ConvOp::ExtendU, sticky, Type::I64);
        let top = self.b.binary(BinOp::Or, top, sticky);
        let big = self.b.convert(ConvOp::ConvertU, top, fty);
        // 2^inv from its exponent bits (inv is at most 64 here).
        let scale = match fty {
            Type::F32 => {
                let bias = self.c64(127);
                let e = self.b.binary(BinOp::Add, inv, bias);
                let s23 = self.c64(23);
                let bits = self.b.binary(BinOp::Shl, e, s23);
                let bits = self.b.convert(ConvOp::Wrap, bits, Type::I32);
                self.b.convert(ConvOp::Reinterpret, bits, Type::F32)
            }
            _ => {
                let bias = self.c64(1023);
                let e = self.b.binary(BinOp::Add, inv, bias);
                let s52 = self.c64(52);
                let bits = self.b.binary(BinOp::Shl, e, s52);
                self.b.convert(ConvOp::Reinterpret, bits, Type::F64)
            }
        };
        let big = self.b.binary(BinOp::Mul, big, scale);
        let small = self.b.convert(ConvOp::ConvertU, lo, fty);
        let fits = self.b.unary(UnOp::Eqz, hi);
        let r = self.b.select(fits, small, big);
        Ok(match neg {
            Some(neg) => {
                let m = self.b.unary(UnOp::Neg, r);
                self.b.select(neg, m, r)
            }
            None => r,
        })
    }

    /// Rust's saturating `as` from `f32`/`f64` to a 128-bit integer (NaN → 0, out of range →
    /// the nearest bound). In range, the magnitude's high half is `trunc(|x| / 2^64)` and the
    /// low half what remains; both steps are exact in `f64` (a float of 2^64 or more is an
    /// integer with at most 53 significant bits).
    pub fn float_to_int128(&mut self, x: Value, signed: bool) -> W {
        let x = if self.b.ty(x) == Type::F32 { self.b.convert(ConvOp::Promote, x, Type::F64) } else { x };
        let f = |fx: &mut Self, v: f64| fx.b.ins1(Op::Const(wasmir::Const::F64(v.to_bits())), Type::F64);
        let two64 = f(self, 18446744073709551616.0);
        let (min, max): (f64, f64) = if signed { (-(2f64.powi(127)), 2f64.powi(127)) } else { (0.0, 2f64.powi(128)) };
        let lo_b = f(self, min);
        let hi_b = f(self, max);
        let is_nan = self.b.cmp(CmpOp::Ne, x, x);
        let too_low = self.b.cmp(CmpOp::Lt, x, lo_b);
        let too_high = self.b.cmp(CmpOp::Ge, x, hi_b);
        let bad = self.b.binary(BinOp::Or, is_nan, too_low);
        let bad = self.b.binary(BinOp::Or, bad, too_high);
        let fz = f(self, 0.0);
        let safe = self.b.select(bad, fz, x);
        let mag = if signed { self.b.unary(UnOp::Abs, safe) } else { safe };
        let inv64 = f(self, 1.0 / 18446744073709551616.0);
        let hf = self.b.binary(BinOp::Mul, mag, inv64);
        let hf = self.b.unary(UnOp::Trunc, hf);
        let hi = self.b.convert(ConvOp::TruncU, hf, Type::I64);
        let hpart = self.b.binary(BinOp::Mul, hf, two64);
        let rest = self.b.binary(BinOp::Sub, mag, hpart);
        let lo = self.b.convert(ConvOp::TruncU, rest, Type::I64);
        let mut r = (lo, hi);
        if signed {
            let neg = self.b.cmp(CmpOp::Lt, safe, fz);
            let n = self.neg128(r);
            r = self.select128(neg, n, r);
        }
        let (min, max) = if signed { (1u128 << 127, (1u128 << 127) - 1) } else { (0, u128::MAX) };
        let minc = self.const128(min);
        let maxc = self.const128(max);
        let zc = self.const128(0);
        let r = self.select128(too_low, minc, r);
        let r = self.select128(too_high, maxc, r);
        self.select128(is_nan, zc, r)
    }

    /// `ctpop`/`ctlz`/`cttz` of a 128-bit integer (a `u32`).
    pub fn count128(&mut self, name: &str, v: OpVal<'tcx>) -> R<Value> {
        let (lo, hi) = self.pair(v)?;
        let r = match name {
            "ctpop" => {
                let a = self.b.unary(UnOp::Popcnt, lo);
                let b = self.b.unary(UnOp::Popcnt, hi);
                self.b.binary(BinOp::Add, a, b)
            }
            "ctlz" | "ctlz_nonzero" => {
                let z = self.b.unary(UnOp::Eqz, hi);
                let cl = self.b.unary(UnOp::Clz, lo);
                let s64 = self.c64(64);
                let a = self.b.binary(BinOp::Add, cl, s64);
                let b = self.b.unary(UnOp::Clz, hi);
                self.b.select(z, a, b)
            }
            _ => {
                let z = self.b.unary(UnOp::Eqz, lo);
                let ct = self.b.unary(UnOp::Ctz, hi);
                let s64 = self.c64(64);
                let a = self.b.binary(BinOp::Add, ct, s64);
                let b = self.b.unary(UnOp::Ctz, lo);
                self.b.select(z, a, b)
            }
        };
        Ok(self.b.convert(ConvOp::Wrap, r, Type::I32))
    }

    /// The two halves of a 128-bit constant.
    pub fn const128(&mut self, bits: u128) -> W {
        let lo = self.c64(bits as u64 as i64);
        let hi = self.c64((bits >> 64) as u64 as i64);
        (lo, hi)
    }

    /// `a - b` (wrapping).
    pub fn sub128_pub(&mut self, a: W, b: W) -> W {
        self.sub128(a, b)
    }

    /// `a <= b`, unsigned.
    pub fn le128_unsigned(&mut self, a: W, b: W) -> Value {
        let gt = self.lt128(b, a, false);
        self.b.unary(UnOp::Eqz, gt)
    }

    /// Wrapped product and overflow flag.
    fn mul128_overflow(&mut self, a: W, b: W, signed: bool) -> (W, Value) {
        if signed {
            let z = self.c64(0);
            let an = self.b.cmp(CmpOp::LtS, a.1, z);
            let bn = self.b.cmp(CmpOp::LtS, b.1, z);
            let na = self.neg128(a);
            let nb = self.neg128(b);
            let ua = self.select128(an, na, a);
            let ub = self.select128(bn, nb, b);
            let (m, ov) = self.mul128_overflow(ua, ub, false);
            let neg = self.b.binary(BinOp::Xor, an, bn);
            // The magnitude must be below 2^127, or exactly 2^127 for a negative result.
            let top = self.b.cmp(CmpOp::LtS, m.1, z);
            let min = self.c64(i64::MIN);
            let is_min_hi = self.b.cmp(CmpOp::Eq, m.1, min);
            let lo_zero = self.b.unary(UnOp::Eqz, m.0);
            let is_min = self.b.binary(BinOp::And, is_min_hi, lo_zero);
            let ok_min = self.b.binary(BinOp::And, is_min, neg);
            let not_ok = self.b.unary(UnOp::Eqz, ok_min);
            let range = self.b.binary(BinOp::And, top, not_ok);
            let ov = self.b.binary(BinOp::Or, ov, range);
            let nm = self.neg128(m);
            let r = self.select128(neg, nm, m);
            return (r, ov);
        }
        let (al, ah) = a;
        let (bl, bh) = b;
        let (pl, ph) = self.mul64_full(al, bl);
        let (c1l, c1h) = self.mul64_full(ah, bl);
        let (c2l, c2h) = self.mul64_full(al, bh);
        let z = self.c64(0);
        let ahz = self.b.cmp(CmpOp::Ne, ah, z);
        let bhz = self.b.cmp(CmpOp::Ne, bh, z);
        let both = self.b.binary(BinOp::And, ahz, bhz);
        let o1 = self.b.cmp(CmpOp::Ne, c1h, z);
        let o2 = self.b.cmp(CmpOp::Ne, c2h, z);
        let h1 = self.b.binary(BinOp::Add, ph, c1l);
        let k1 = self.b.cmp(CmpOp::LtU, h1, ph);
        let h2 = self.b.binary(BinOp::Add, h1, c2l);
        let k2 = self.b.cmp(CmpOp::LtU, h2, h1);
        let mut ov = self.b.binary(BinOp::Or, both, o1);
        for x in [o2, k1, k2] {
            ov = self.b.binary(BinOp::Or, ov, x);
        }
        ((pl, h2), ov)
    }

    /// `x == c` for a 128-bit switch.
    pub fn eq128_const(&mut self, x: W, c: u128) -> Value {
        let k = self.const128(c);
        self.eq128(x, k)
    }
}

#[allow(dead_code)]
fn _op(_: Op) {}
