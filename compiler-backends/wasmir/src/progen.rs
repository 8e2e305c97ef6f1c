//! A generator of random, well-typed, terminating WasmIR programs for differential testing.
//!
//! The generator reads its decisions from a list of numbers (Hypothesis-style): choice `0` is
//! always the simplest option and an exhausted list reads as zeros, so a test framework that
//! shrinks the list (proptest does) shrinks the program. Programs mix structured control flow
//! (diamonds, counted loops, switches), irreducible loops (two mutually entered blocks), memory
//! traffic, direct and indirect calls, globals, SIMD and i64/float edge values.
//!
//! Termination: loops are counted, functions call only lower-numbered functions.
//! Memory accesses are masked into the first page so they stay in bounds.

use crate::builder::{FunctionBuilder, ModuleBuilder};
use crate::interp::Val;
use crate::ir::*;

/// A stream of decisions.
pub struct Choices<'a> {
    data: &'a [u32],
    pos: usize,
}

impl<'a> Choices<'a> {
    /// Reads decisions from `data`.
    pub fn new(data: &'a [u32]) -> Self {
        Choices { data, pos: 0 }
    }
    /// A number in `0..n` (0 once the data is exhausted).
    pub fn below(&mut self, n: u32) -> u32 {
        let x = self.data.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        if n == 0 { 0 } else { x % n }
    }
    /// Whether the data is used up.
    pub fn exhausted(&self) -> bool {
        self.pos >= self.data.len()
    }
    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len() as u32) as usize]
    }
}

const SCALARS: [Type; 4] = [Type::I32, Type::I64, Type::F32, Type::F64];

/// Interesting constants per type.
pub fn edge_value(c: &mut Choices, t: Type) -> Const {
    let k = c.below(12);
    let small = c.below(200) as i64 - 100;
    match t {
        Type::I32 => Const::I32(match k {
            0..=4 => small as i32,
            5 => i32::MIN,
            6 => i32::MAX,
            7 => -1,
            8 => 0x8000,
            9 => 31,
            10 => 0x7f,
            _ => (c.below(u32::MAX) as i32).wrapping_mul(2654435761u32 as i32),
        }),
        Type::I64 => Const::I64(match k {
            0..=4 => small,
            5 => i64::MIN,
            6 => i64::MAX,
            7 => -1,
            8 => 1 << 32,
            9 => 63,
            10 => u32::MAX as i64,
            _ => (c.below(u32::MAX) as i64).wrapping_mul(0x9E37_79B9_7F4A_7C15u64 as i64),
        }),
        Type::F32 => Const::F32(match k {
            0..=4 => (small as f32 / 4.0).to_bits(),
            5 => f32::NAN.to_bits(),
            6 => f32::INFINITY.to_bits(),
            7 => f32::NEG_INFINITY.to_bits(),
            8 => (-0.0f32).to_bits(),
            9 => 2147483520.0f32.to_bits(),
            10 => f32::MIN_POSITIVE.to_bits(),
            _ => 0.5f32.to_bits(),
        }),
        Type::F64 => Const::F64(match k {
            0..=4 => (small as f64 / 4.0).to_bits(),
            5 => f64::NAN.to_bits(),
            6 => f64::INFINITY.to_bits(),
            7 => f64::NEG_INFINITY.to_bits(),
            8 => (-0.0f64).to_bits(),
            9 => 9223372036854774784.0f64.to_bits(),
            10 => 4294967295.5f64.to_bits(),
            _ => 1e300f64.to_bits(),
        }),
        Type::V128 => Const::V128(((c.below(u32::MAX) as u128) << 64) | c.below(u32::MAX) as u128),
        _ => Const::I32(0),
    }
}

/// The argument values the differential tests pass to a generated function.
pub fn gen_args(c: &mut Choices, sig: &Signature) -> Vec<Val> {
    sig.params
        .iter()
        .map(|t| match edge_value(c, *t) {
            Const::I32(x) => Val::I32(x),
            Const::I64(x) => Val::I64(x),
            Const::F32(x) => Val::F32(x),
            Const::F64(x) => Val::F64(x),
            Const::V128(x) => Val::V128(x),
        })
        .collect()
}

/// Generates a module with one function per choice list, exported as `f0`, `f1`, ...
/// It also has helpers `h0`..`h2` reachable through table `$t` (slot 3 is null).
pub fn gen_module(funcs: &[Vec<u32>]) -> Module {
    let mut mb = ModuleBuilder::new("generated");
    mb.memory(1, Some(4));
    mb.add_data(8256, b"WasmIR differential test data\x00\x01\x02\x03\xfe\xff");
    let g = mb.add_global("g", true, Const::I64(7));
    let i32sig = Signature { params: vec![Type::I32], results: vec![Type::I32] };
    let i64sig = Signature { params: vec![Type::I64], results: vec![Type::I64] };
    let h0 = mb.declare_function("h0", i32sig.clone());
    let h1 = mb.declare_function("h1", i32sig.clone());
    let h2 = mb.declare_function("h2", i64sig.clone());
    mb.define(h0, |fb| {
        let (_, p) = fb.entry_block();
        let k = fb.iconst32(0x1234567);
        let x = fb.binary(BinOp::Mul, p[0], k);
        let r = fb.binary(BinOp::Rotl, x, p[0]);
        fb.ret(Some(r));
    });
    mb.define(h1, |fb| {
        let (_, p) = fb.entry_block();
        let c = fb.unary(UnOp::Popcnt, p[0]);
        let r = fb.binary(BinOp::Sub, c, p[0]);
        fb.ret(Some(r));
    });
    mb.define(h2, |fb| {
        let (_, p) = fb.entry_block();
        let r = fb.binary(BinOp::Xor, p[0], p[0]);
        fb.ret(Some(r));
    });
    let t = mb.add_table("t", 4, Some(4));
    mb.add_elem(t, 0, vec![h0, h1, h2]);
    let mut sigs = Vec::new();
    let mut ids = Vec::new();
    for (i, data) in funcs.iter().enumerate() {
        let mut c = Choices::new(data);
        let np = c.below(4);
        let params = (0..np).map(|_| c.pick(&SCALARS)).collect();
        let sig = Signature { params, results: vec![c.pick(&SCALARS)] };
        let id = mb.declare_function(&format!("f{i}"), sig.clone());
        mb.export(id, &format!("f{i}"));
        sigs.push(sig);
        ids.push(id);
    }
    for (i, data) in funcs.iter().enumerate() {
        let mut c = Choices::new(data);
        // Skip the decisions the signature used.
        let np = c.below(4);
        for _ in 0..=np {
            c.below(4);
        }
        let callees: Vec<(FuncId, Signature)> = ids[..i].iter().copied().zip(sigs[..i].iter().cloned()).collect();
        let ctx = Ctx { g, t, i32sig: i32sig.clone(), callees };
        mb.define(ids[i], |fb| {
            let (_, params) = fb.entry_block();
            let mut env: Vec<Value> = params;
            let mut st = GenState { c: &mut c, ctx: &ctx, budget: 40 };
            st.region(fb, &mut env, 0);
            let rt = fb_result_type(&sigs[i]);
            let r = checksum(fb, &env, rt);
            fb.ret(Some(r));
        });
    }
    mb.finish()
}

fn fb_result_type(sig: &Signature) -> Type {
    sig.results[0]
}

struct Ctx {
    g: GlobalId,
    t: TableId,
    i32sig: Signature,
    callees: Vec<(FuncId, Signature)>,
}

struct GenState<'a, 'b> {
    c: &'a mut Choices<'b>,
    ctx: &'a Ctx,
    /// Instructions left to emit in this function.
    budget: u32,
}

impl GenState<'_, '_> {
    /// A value of type `t` from the environment (or a fresh constant).
    fn value_of(&mut self, fb: &mut FunctionBuilder, env: &[Value], t: Type) -> Value {
        let cands: Vec<Value> = env.iter().copied().filter(|v| fb.ty(*v) == t).collect();
        if cands.is_empty() || self.c.below(5) == 0 {
            let k = edge_value(self.c, t);
            return fb.constant(k);
        }
        // Prefer recent values so that computations chain.
        let n = cands.len() as u32;
        let back = self.c.below(n.min(4));
        cands[(n - 1 - back) as usize]
    }

    fn region(&mut self, fb: &mut FunctionBuilder, env: &mut Vec<Value>, depth: u32) {
        let pieces = 1 + self.c.below(3);
        for _ in 0..pieces {
            if self.budget == 0 {
                return;
            }
            let kind = if depth >= 2 { 0 } else { self.c.below(6) };
            match kind {
                0 | 1 => self.straight(fb, env),
                2 => self.diamond(fb, env, depth),
                3 => self.counted_loop(fb, env, depth),
                4 => self.irreducible(fb, env, depth),
                _ => self.switch(fb, env, depth),
            }
        }
    }

    fn straight(&mut self, fb: &mut FunctionBuilder, env: &mut Vec<Value>) {
        let n = 1 + self.c.below(6);
        for _ in 0..n {
            if self.budget == 0 {
                return;
            }
            self.budget -= 1;
            if let Some(v) = self.op(fb, env) {
                env.push(v);
            }
        }
    }

    fn masked_addr(&mut self, fb: &mut FunctionBuilder, env: &[Value]) -> Value {
        let x = self.value_of(fb, env, Type::I32);
        let m = fb.iconst32(0x3f0);
        let a = fb.binary(BinOp::And, x, m);
        // Above the 4 KiB the release backend reserves for LLVM's shadow stack.
        let base = fb.iconst32(8192);
        fb.binary(BinOp::Add, a, base)
    }

    fn op(&mut self, fb: &mut FunctionBuilder, env: &[Value]) -> Option<Value> {
        let t = self.c.pick(&SCALARS);
        let c = self.c.below(16);
        let a = self.value_of(fb, env, t);
        Some(match c {
            0 => {
                let k = edge_value(self.c, t);
                fb.constant(k)
            }
            1..=3 => {
                let b = self.value_of(fb, env, t);
                let ops: &[BinOp] = if t.is_int() {
                    &[BinOp::Add, BinOp::Sub, BinOp::Mul, BinOp::And, BinOp::Or, BinOp::Xor, BinOp::Shl, BinOp::ShrS, BinOp::ShrU, BinOp::Rotl, BinOp::Rotr, BinOp::DivS, BinOp::DivU, BinOp::RemS, BinOp::RemU]
                } else {
                    &[BinOp::Add, BinOp::Sub, BinOp::Mul, BinOp::Div, BinOp::Min, BinOp::Max, BinOp::Copysign]
                };
                let op = self.c.pick(ops);
                // Most divisions get a non-zero divisor so that few functions trap.
                let b = if matches!(op, BinOp::DivS | BinOp::DivU | BinOp::RemS | BinOp::RemU) && self.c.below(4) != 0 {
                    let one = fb.constant(if t == Type::I32 { Const::I32(1) } else { Const::I64(1) });
                    fb.binary(BinOp::Or, b, one)
                } else {
                    b
                };
                // copysign takes the sign of a NaN, which wasm leaves open: keep NaNs out.
                let b = if op == BinOp::Copysign {
                    let one = fb.constant(if t == Type::F32 { Const::F32(1f32.to_bits()) } else { Const::F64(1f64.to_bits()) });
                    let ordered = fb.cmp(CmpOp::Eq, b, b);
                    fb.select(ordered, b, one)
                } else {
                    b
                };
                fb.binary(op, a, b)
            }
            4 => {
                let ops: &[UnOp] = if t.is_int() { &[UnOp::Clz, UnOp::Ctz, UnOp::Popcnt, UnOp::Eqz] } else { &[UnOp::Neg, UnOp::Abs, UnOp::Sqrt, UnOp::Ceil, UnOp::Floor, UnOp::Trunc, UnOp::Nearest] };
                let op = self.c.pick(ops);
                fb.unary(op, a)
            }
            5 => {
                let b = self.value_of(fb, env, t);
                let ops: &[CmpOp] = if t.is_int() {
                    &[CmpOp::Eq, CmpOp::Ne, CmpOp::LtS, CmpOp::LtU, CmpOp::GtS, CmpOp::GtU, CmpOp::LeS, CmpOp::LeU, CmpOp::GeS, CmpOp::GeU]
                } else {
                    &[CmpOp::Eq, CmpOp::Ne, CmpOp::Lt, CmpOp::Gt, CmpOp::Le, CmpOp::Ge]
                };
                let op = self.c.pick(ops);
                fb.cmp(op, a, b)
            }
            6 => {
                let to = self.c.pick(&SCALARS);
                let (op, to) = match (t, to) {
                    (Type::I64, Type::I32) => (ConvOp::Wrap, to),
                    (Type::I32, Type::I64) => (if self.c.below(2) == 0 { ConvOp::ExtendS } else { ConvOp::ExtendU }, to),
                    (Type::F32, Type::F64) => (ConvOp::Promote, to),
                    (Type::F64, Type::F32) => (ConvOp::Demote, to),
                    (f, t2) if f.is_int() && t2.is_float() => (if self.c.below(2) == 0 { ConvOp::ConvertS } else { ConvOp::ConvertU }, to),
                    (f, t2) if f.is_float() && t2.is_int() => {
                        if self.c.below(3) == 0 {
                            (if self.c.below(2) == 0 { ConvOp::TruncS } else { ConvOp::TruncU }, to)
                        } else {
                            return Some(float_bits(fb, a));
                        }
                    }
                    (Type::I32, _) => (ConvOp::Reinterpret, Type::F32),
                    (Type::I64, _) => (ConvOp::Reinterpret, Type::F64),
                    _ => return Some(float_bits(fb, a)),
                };
                fb.convert(op, a, to)
            }
            7 => {
                let b = self.value_of(fb, env, t);
                let cnd = self.value_of(fb, env, Type::I32);
                fb.select(cnd, a, b)
            }
            8 | 9 => {
                // Store then load back, possibly with a narrower width.
                let addr = self.masked_addr(fb, env);
                let off = self.c.below(4) * 8;
                let mem = MemArg { offset: off, align: 1 << self.c.below(3).min(if t.bytes() == Some(4) { 2 } else { 3 }), bounds: if self.c.below(2) == 0 { Bounds::InBounds } else { Bounds::Trap } };
                let sk = if t.is_int() { self.c.pick(&[StoreKind::Full, StoreKind::I8, StoreKind::I16]) } else { StoreKind::Full };
                let mem_s = MemArg { align: mem.align.min(sk.bytes(t)), ..mem };
                fb.store(sk, addr, a, mem_s);
                let addr2 = if self.c.below(2) == 0 { addr } else { self.masked_addr(fb, env) };
                let lk = if t.is_int() { self.c.pick(&[LoadKind::Full, LoadKind::I8S, LoadKind::I8U, LoadKind::I16S, LoadKind::I16U]) } else { LoadKind::Full };
                let mem_l = MemArg { align: mem.align.min(lk.bytes(t)), ..mem };
                fb.load(lk, t, addr2, mem_l)
            }
            10 => {
                let cur = fb.global_get(self.ctx.g);
                let x = self.value_of(fb, env, Type::I64);
                let n = fb.binary(BinOp::Add, cur, x);
                fb.global_set(self.ctx.g, n);
                n
            }
            11 if !self.ctx.callees.is_empty() => {
                let k = self.c.below(self.ctx.callees.len() as u32) as usize;
                let (f, sig) = self.ctx.callees[k].clone();
                let args: Vec<Value> = sig.params.iter().map(|t| self.value_of(fb, env, *t)).collect();
                fb.call(f, &args)?
            }
            12 => {
                let x = self.value_of(fb, env, Type::I32);
                let mask = fb.iconst32(if self.c.below(8) == 0 { 3 } else { 1 });
                let idx = fb.binary(BinOp::And, x, mask);
                let arg = self.value_of(fb, env, Type::I32);
                let sig = self.ctx.i32sig.clone();
                fb.call_indirect(self.ctx.t, sig, idx, &[arg])?
            }
            13 => {
                let x = self.value_of(fb, env, Type::I32);
                let y = self.value_of(fb, env, Type::I32);
                let vx = fb.ins(Op::Splat(x), Some(Type::V128)).unwrap();
                let k = edge_value(self.c, Type::V128);
                let vk = fb.constant(k);
                let op = self.c.pick(&[BinOp::Add, BinOp::Sub, BinOp::Mul, BinOp::And, BinOp::Or, BinOp::Xor]);
                let s = fb.binary(op, vx, vk);
                let vy = fb.ins(Op::Splat(y), Some(Type::V128)).unwrap();
                let s2 = fb.binary(BinOp::Add, s, vy);
                let lane = self.c.below(4) as u8;
                fb.ins(Op::ExtractLane(s2, lane), Some(Type::I32)).unwrap()
            }
            14 => {
                if self.c.below(2) == 0 {
                    fb.ins(Op::MemorySize, Some(Type::I32)).unwrap()
                } else {
                    let r = fb.ins(Op::RefNull(Type::ExternRef), Some(Type::ExternRef)).unwrap();
                    fb.ins(Op::RefIsNull(r), Some(Type::I32)).unwrap()
                }
            }
            _ => {
                let b = self.value_of(fb, env, t);
                fb.binary(BinOp::Add, a, b)
            }
        })
    }

    fn diamond(&mut self, fb: &mut FunctionBuilder, env: &mut Vec<Value>, depth: u32) {
        let cond = self.cond(fb, env);
        let t = self.c.pick(&SCALARS);
        let (then_b, else_b, join) = (fb.create_block(), fb.create_block(), fb.create_block());
        let jp = fb.block_param(join, t);
        fb.br_if(cond, then_b, &[], else_b, &[]);
        for b in [then_b, else_b] {
            fb.switch_to(b);
            let mut inner = env.clone();
            self.region(fb, &mut inner, depth + 1);
            let v = self.value_of(fb, &inner, t);
            fb.br(join, &[v]);
        }
        fb.switch_to(join);
        env.push(jp);
    }

    fn cond(&mut self, fb: &mut FunctionBuilder, env: &[Value]) -> Value {
        let x = self.value_of(fb, env, Type::I32);
        let y = self.value_of(fb, env, Type::I32);
        let op = self.c.pick(&[CmpOp::LtS, CmpOp::Eq, CmpOp::GtU, CmpOp::Ne]);
        fb.cmp(op, x, y)
    }

    fn counted_loop(&mut self, fb: &mut FunctionBuilder, env: &mut Vec<Value>, depth: u32) {
        let t = self.c.pick(&SCALARS);
        let trips = 1 + self.c.below(8) as i32;
        let init = self.value_of(fb, env, t);
        let zero = fb.iconst32(0);
        let (header, exit) = (fb.create_block(), fb.create_block());
        let i = fb.block_param(header, Type::I32);
        let acc = fb.block_param(header, t);
        let out = fb.block_param(exit, t);
        fb.br(header, &[zero, init]);
        fb.switch_to(header);
        let mut inner = env.clone();
        inner.push(i);
        inner.push(acc);
        self.region(fb, &mut inner, depth + 1);
        let x = self.value_of(fb, &inner, t);
        let op = if t.is_int() { self.c.pick(&[BinOp::Add, BinOp::Xor, BinOp::Mul]) } else { self.c.pick(&[BinOp::Add, BinOp::Mul, BinOp::Max]) };
        let acc2 = fb.binary(op, acc, x);
        let one = fb.iconst32(1);
        let i2 = fb.binary(BinOp::Add, i, one);
        let n = fb.iconst32(trips);
        let more = fb.cmp(CmpOp::LtS, i2, n);
        fb.br_if(more, header, &[i2, acc2], exit, &[acc2]);
        fb.switch_to(exit);
        env.push(out);
    }

    /// Two blocks that branch to each other, both entered from outside: irreducible.
    fn irreducible(&mut self, fb: &mut FunctionBuilder, env: &mut Vec<Value>, depth: u32) {
        let t = self.c.pick(&SCALARS);
        let cond = self.cond(fb, env);
        let k0 = fb.iconst32(1 + self.c.below(6) as i32);
        let init = self.value_of(fb, env, t);
        let (a, b, exit) = (fb.create_block(), fb.create_block(), fb.create_block());
        let out = fb.block_param(exit, t);
        let mut pa = vec![];
        for blk in [a, b] {
            let k = fb.block_param(blk, Type::I32);
            let acc = fb.block_param(blk, t);
            pa.push((blk, k, acc));
        }
        fb.br_if(cond, a, &[k0, init], b, &[k0, init]);
        for (idx, (blk, k, acc)) in pa.iter().copied().enumerate() {
            fb.switch_to(blk);
            let mut inner = env.clone();
            inner.push(k);
            inner.push(acc);
            self.region(fb, &mut inner, depth + 1);
            let x = self.value_of(fb, &inner, t);
            let acc2 = if t.is_int() { fb.binary(BinOp::Sub, x, acc) } else { fb.binary(BinOp::Add, x, acc) };
            let one = fb.iconst32(1);
            let k2 = fb.binary(BinOp::Sub, k, one);
            let done = fb.unary(UnOp::Eqz, k2);
            let other = pa[1 - idx].0;
            fb.br_if(done, exit, &[acc2], other, &[k2, acc2]);
        }
        fb.switch_to(exit);
        env.push(out);
    }

    fn switch(&mut self, fb: &mut FunctionBuilder, env: &mut Vec<Value>, depth: u32) {
        let t = self.c.pick(&SCALARS);
        let x = self.value_of(fb, env, Type::I32);
        let join = fb.create_block();
        let jp = fb.block_param(join, t);
        let cases: Vec<BlockId> = (0..3).map(|_| fb.create_block()).collect();
        let targets: Vec<Target> = cases[..2].iter().map(|b| Target { block: *b, args: vec![] }).collect();
        fb.terminate(Terminator::BrTable(x, targets, Target { block: cases[2], args: vec![] }));
        for b in cases {
            fb.switch_to(b);
            let mut inner = env.clone();
            if self.c.below(2) == 0 {
                self.region(fb, &mut inner, depth + 1);
            }
            let v = self.value_of(fb, &inner, t);
            fb.br(join, &[v]);
        }
        fb.switch_to(join);
        env.push(jp);
    }
}

/// Folds every scalar value in scope into one result (`h = h * 31 + bits(v)` over i64), so
/// that a miscompiled value anywhere in the function changes what the function returns.
fn checksum(fb: &mut FunctionBuilder, env: &[Value], rt: Type) -> Value {
    let mut h = fb.iconst64(17);
    let k = fb.iconst64(31);
    for &v in env {
        let bits = match fb.ty(v) {
            Type::I32 => fb.convert(ConvOp::ExtendU, v, Type::I64),
            Type::I64 => v,
            Type::F32 => {
                let b = float_bits(fb, v);
                fb.convert(ConvOp::ExtendU, b, Type::I64)
            }
            Type::F64 => float_bits(fb, v),
            _ => continue,
        };
        let m = fb.binary(BinOp::Mul, h, k);
        h = fb.binary(BinOp::Add, m, bits);
    }
    match rt {
        Type::I64 => h,
        Type::I32 => fb.convert(ConvOp::Wrap, h, Type::I32),
        // Float results keep the checksum exact: convert (not reinterpret) so no NaN appears.
        Type::F32 => {
            let w = fb.convert(ConvOp::Wrap, h, Type::I32);
            fb.convert(ConvOp::ConvertU, w, Type::F32)
        }
        _ => fb.convert(ConvOp::ConvertU, h, Type::F64),
    }
}

/// The bits of a float with NaNs made canonical: wasm leaves NaN sign and payload
/// nondeterministic, so tests must not observe them.
fn float_bits(fb: &mut FunctionBuilder, v: Value) -> Value {
    let (it, nan) = if fb.ty(v) == Type::F32 { (Type::I32, Const::I32(0x7fc0_0000)) } else { (Type::I64, Const::I64(0x7ff8_0000_0000_0000)) };
    let bits = fb.convert(ConvOp::Reinterpret, v, it);
    let canon = fb.constant(nan);
    let ordered = fb.cmp(CmpOp::Eq, v, v);
    fb.select(ordered, bits, canon)
}
