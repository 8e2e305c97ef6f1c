//! The reference interpreter: WasmIR's meaning, used as the oracle in differential tests.
//! Semantics follow WebAssembly (wrapping integers, trapping division and conversion, IEEE
//! floats with wasm's min/max, little-endian memory that traps out of bounds).

use crate::ir::*;
use std::fmt;

/// A runtime value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Val {
    I32(i32),
    I64(i64),
    /// Bits of an `f32`.
    F32(u32),
    /// Bits of an `f64`.
    F64(u64),
    V128(u128),
    /// A host reference handle (`None` is null).
    ExternRef(Option<u32>),
    FuncRef(Option<FuncId>),
}

impl Val {
    /// The value's type.
    pub fn ty(self) -> Type {
        match self {
            Val::I32(_) => Type::I32,
            Val::I64(_) => Type::I64,
            Val::F32(_) => Type::F32,
            Val::F64(_) => Type::F64,
            Val::V128(_) => Type::V128,
            Val::ExternRef(_) => Type::ExternRef,
            Val::FuncRef(_) => Type::FuncRef,
        }
    }
    /// Equality that treats any two NaNs as equal (wasm leaves NaN payloads open).
    pub fn same(self, other: Val) -> bool {
        match (self, other) {
            (Val::F32(a), Val::F32(b)) => a == b || (f32::from_bits(a).is_nan() && f32::from_bits(b).is_nan()),
            (Val::F64(a), Val::F64(b)) => a == b || (f64::from_bits(a).is_nan() && f64::from_bits(b).is_nan()),
            (Val::FuncRef(a), Val::FuncRef(b)) => a.is_none() == b.is_none(),
            _ => self == other,
        }
    }
    fn i32(self) -> i32 {
        if let Val::I32(x) = self { x } else { 0 }
    }
    fn i64(self) -> i64 {
        if let Val::I64(x) = self { x } else { 0 }
    }
    fn f32(self) -> f32 {
        if let Val::F32(x) = self { f32::from_bits(x) } else { 0.0 }
    }
    fn f64(self) -> f64 {
        if let Val::F64(x) = self { f64::from_bits(x) } else { 0.0 }
    }
    fn v128(self) -> u128 {
        if let Val::V128(x) = self { x } else { 0 }
    }
}

impl fmt::Display for Val {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Val::I32(x) => write!(f, "i32:{x}"),
            Val::I64(x) => write!(f, "i64:{x}"),
            Val::F32(b) => write!(f, "f32:{}", crate::print::constant(Const::F32(*b))),
            Val::F64(b) => write!(f, "f64:{}", crate::print::constant(Const::F64(*b))),
            Val::V128(x) => write!(f, "v128:0x{x:032x}"),
            Val::ExternRef(x) => write!(f, "externref:{x:?}"),
            Val::FuncRef(x) => write!(f, "funcref:{:?}", x.map(|f| f.0)),
        }
    }
}

/// Why execution stopped abnormally.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Trap {
    #[error("unreachable executed")]
    Unreachable,
    #[error("integer divide by zero")]
    DivByZero,
    #[error("integer overflow")]
    IntOverflow,
    #[error("invalid conversion to integer")]
    InvalidConversion,
    #[error("out of bounds memory access")]
    OutOfBounds,
    #[error("undefined element: table index out of bounds")]
    TableOutOfBounds,
    #[error("uninitialized element (null funcref)")]
    IndirectNull,
    #[error("indirect call type mismatch")]
    IndirectSig,
    #[error("call stack exhausted")]
    StackOverflow,
    /// Not a wasm trap: the interpreter's step budget ran out.
    #[error("out of fuel")]
    OutOfFuel,
    #[error("import {0} is not provided")]
    MissingImport(String),
    #[error("bad argument: {0}")]
    BadArgs(String),
}

/// Host functions for a module's imports.
pub trait Host {
    /// Calls the import `imp` with `args`.
    fn call(&mut self, imp: &Import, args: &[Val]) -> Result<Option<Val>, Trap>;
}

/// A module instance: memory, globals and tables, plus a step budget.
pub struct Instance<'m> {
    pub module: &'m Module,
    pub memory: Vec<u8>,
    pub globals: Vec<Val>,
    tables: Vec<Vec<Option<FuncId>>>,
    /// Remaining instruction budget.
    pub fuel: u64,
    /// Deepest allowed call nesting.
    pub max_depth: u32,
    depth: u32,
    host: Option<Box<dyn Host + 'm>>,
}

fn const_val(c: Const) -> Val {
    match c {
        Const::I32(x) => Val::I32(x),
        Const::I64(x) => Val::I64(x),
        Const::F32(x) => Val::F32(x),
        Const::F64(x) => Val::F64(x),
        Const::V128(x) => Val::V128(x),
    }
}

impl<'m> Instance<'m> {
    /// Instantiates a (verified) module: memory zeroed then data segments copied in.
    pub fn new(module: &'m Module) -> Self {
        let mut memory = vec![0u8; module.memory.map_or(0, |m| m.min as usize * 65536)];
        for d in &module.data {
            let s = d.offset as usize;
            if let Some(dst) = memory.get_mut(s..s + d.bytes.len()) {
                dst.copy_from_slice(&d.bytes);
            }
        }
        let tables = (0..module.tables.len()).map(|t| module.table_contents(TableId(t as u32))).collect();
        Instance { module, memory, globals: module.globals.iter().map(|g| const_val(g.init)).collect(), tables, fuel: 10_000_000, max_depth: 200, depth: 0, host: None }
    }

    /// Provides the host functions for imports.
    pub fn with_host(mut self, host: impl Host + 'm) -> Self {
        self.host = Some(Box::new(host));
        self
    }

    /// Calls an exported function by export name.
    pub fn invoke(&mut self, export: &str, args: &[Val]) -> Result<Option<Val>, Trap> {
        let f = self.module.func_by_export(export).ok_or_else(|| Trap::BadArgs(format!("no export named {export:?}")))?;
        self.call(f, args)
    }

    /// Calls a function.
    pub fn call(&mut self, fid: FuncId, args: &[Val]) -> Result<Option<Val>, Trap> {
        let m = self.module;
        let f = m.func(fid);
        if args.len() != f.sig.params.len() || args.iter().zip(&f.sig.params).any(|(a, t)| a.ty() != *t) {
            return Err(Trap::BadArgs(format!("arguments do not match the signature of ${}", f.name)));
        }
        if let Some(imp) = &f.import {
            return match self.host.as_mut() {
                Some(h) => h.call(imp, args),
                None => Err(Trap::MissingImport(format!("{}.{}", imp.module, imp.field))),
            };
        }
        if self.depth >= self.max_depth {
            return Err(Trap::StackOverflow);
        }
        self.depth += 1;
        let r = self.run(f, args);
        self.depth -= 1;
        r
    }

    fn run(&mut self, f: &'m Function, args: &[Val]) -> Result<Option<Val>, Trap> {
        let mut vals: Vec<Val> = vec![Val::I32(0); f.values.len()];
        let mut block = &f.blocks[0];
        for (p, a) in block.params.iter().zip(args) {
            vals[p.0 as usize] = *a;
        }
        loop {
            for inst in &block.insts {
                if self.fuel == 0 {
                    return Err(Trap::OutOfFuel);
                }
                self.fuel -= 1;
                let r = self.exec(f, &inst.op, inst.result.map(|r| f.ty(r)), &vals)?;
                if let (Some(rv), Some(x)) = (inst.result, r) {
                    vals[rv.0 as usize] = x;
                }
            }
            let get = |v: &Value| vals[v.0 as usize];
            let target = match &block.term {
                Terminator::Return(vs) => return Ok(vs.first().map(get)),
                Terminator::Unreachable => return Err(Trap::Unreachable),
                Terminator::Br(t) => t,
                Terminator::BrIf(c, a, b) => {
                    if get(c).i32() != 0 { a } else { b }
                }
                Terminator::BrTable(i, ts, d) => ts.get(get(i).i32() as u32 as usize).unwrap_or(d),
            };
            let args: Vec<Val> = target.args.iter().map(get).collect();
            block = f.block(target.block);
            for (p, a) in block.params.iter().zip(args) {
                vals[p.0 as usize] = a;
            }
            if self.fuel == 0 {
                return Err(Trap::OutOfFuel);
            }
            self.fuel -= 1;
        }
    }

    fn addr(&self, base: Val, mem: &MemArg, size: u32) -> Result<usize, Trap> {
        let ea = base.i32() as u32 as u64 + mem.offset as u64;
        if ea + size as u64 > self.memory.len() as u64 { Err(Trap::OutOfBounds) } else { Ok(ea as usize) }
    }

    fn exec(&mut self, f: &Function, op: &Op, rty: Option<Type>, vals: &[Val]) -> Result<Option<Val>, Trap> {
        let g = |v: &Value| vals[v.0 as usize];
        Ok(Some(match op {
            Op::Const(c) => const_val(*c),
            Op::Unary(o, a) => unary(*o, g(a)),
            Op::Binary(o, a, b) => binary(*o, g(a), g(b))?,
            Op::Cmp(o, a, b) => Val::I32(compare(*o, g(a), g(b)) as i32),
            Op::Convert(o, a) => convert(*o, g(a), rty.unwrap_or(Type::I32))?,
            Op::Select(c, a, b) => {
                if g(c).i32() != 0 { g(a) } else { g(b) }
            }
            Op::Load { kind, addr, mem } => {
                let t = rty.unwrap_or(Type::I32);
                let n = kind.bytes(t);
                let at = self.addr(g(addr), mem, n)?;
                let mut buf = [0u8; 16];
                buf[..n as usize].copy_from_slice(&self.memory[at..at + n as usize]);
                let raw = u128::from_le_bytes(buf);
                let ext = |bits: u32, signed: bool| -> i64 {
                    let x = raw as u64;
                    if signed { ((x << (64 - bits)) as i64) >> (64 - bits) } else { x as i64 }
                };
                match (kind, t) {
                    (LoadKind::Full, Type::I32) => Val::I32(raw as u32 as i32),
                    (LoadKind::Full, Type::I64) => Val::I64(raw as u64 as i64),
                    (LoadKind::Full, Type::F32) => Val::F32(raw as u32),
                    (LoadKind::Full, Type::F64) => Val::F64(raw as u64),
                    (LoadKind::Full, _) => Val::V128(raw),
                    (k, t) => {
                        let x = match k {
                            LoadKind::I8S => ext(8, true),
                            LoadKind::I8U => ext(8, false),
                            LoadKind::I16S => ext(16, true),
                            LoadKind::I16U => ext(16, false),
                            LoadKind::I32S => ext(32, true),
                            _ => ext(32, false),
                        };
                        if t == Type::I32 { Val::I32(x as i32) } else { Val::I64(x) }
                    }
                }
            }
            Op::Store { kind, addr, value, mem } => {
                let v = g(value);
                let n = kind.bytes(v.ty());
                let at = self.addr(g(addr), mem, n)?;
                let raw: u128 = match v {
                    Val::I32(x) => x as u32 as u128,
                    Val::I64(x) => x as u64 as u128,
                    Val::F32(x) => x as u128,
                    Val::F64(x) => x as u128,
                    Val::V128(x) => x,
                    _ => 0,
                };
                self.memory[at..at + n as usize].copy_from_slice(&raw.to_le_bytes()[..n as usize]);
                return Ok(None);
            }
            Op::MemorySize => Val::I32((self.memory.len() / 65536) as i32),
            Op::MemoryGrow(a) => {
                let old = self.memory.len() / 65536;
                let delta = g(a).i32() as u32 as usize;
                let max = self.module.memory.and_then(|m| m.max).unwrap_or(65536) as usize;
                if old + delta > max {
                    Val::I32(-1)
                } else {
                    self.memory.resize((old + delta) * 65536, 0);
                    Val::I32(old as i32)
                }
            }
            Op::GlobalGet(gl) => self.globals[gl.0 as usize],
            Op::GlobalSet(gl, v) => {
                self.globals[gl.0 as usize] = g(v);
                return Ok(None);
            }
            Op::Call(callee, args) => {
                let a: Vec<Val> = args.iter().map(g).collect();
                return self.call(*callee, &a);
            }
            Op::CallIndirect { table, sig, index, args } => {
                let slot = *self.tables[table.0 as usize].get(g(index).i32() as u32 as usize).ok_or(Trap::TableOutOfBounds)?;
                let callee = slot.ok_or(Trap::IndirectNull)?;
                if self.module.func(callee).sig != **sig {
                    return Err(Trap::IndirectSig);
                }
                let a: Vec<Val> = args.iter().map(g).collect();
                return self.call(callee, &a);
            }
            Op::RefNull(t) => {
                if *t == Type::FuncRef { Val::FuncRef(None) } else { Val::ExternRef(None) }
            }
            Op::RefIsNull(a) => Val::I32(matches!(g(a), Val::ExternRef(None) | Val::FuncRef(None)) as i32),
            Op::RefFunc(fid) => Val::FuncRef(Some(*fid)),
            Op::Splat(a) => {
                let x = g(a).i32() as u32 as u128;
                Val::V128(x | x << 32 | x << 64 | x << 96)
            }
            Op::ExtractLane(a, l) => Val::I32((g(a).v128() >> (32 * *l as u32)) as u32 as i32),
        }))
        .map(|v| {
            let _ = f;
            v
        })
    }
}

fn unary(o: UnOp, a: Val) -> Val {
    match a {
        Val::I32(x) => Val::I32(match o {
            UnOp::Clz => x.leading_zeros() as i32,
            UnOp::Ctz => x.trailing_zeros() as i32,
            UnOp::Popcnt => x.count_ones() as i32,
            _ => (x == 0) as i32,
        }),
        Val::I64(x) => match o {
            UnOp::Clz => Val::I64(x.leading_zeros() as i64),
            UnOp::Ctz => Val::I64(x.trailing_zeros() as i64),
            UnOp::Popcnt => Val::I64(x.count_ones() as i64),
            _ => Val::I32((x == 0) as i32),
        },
        Val::F32(b) => {
            let x = f32::from_bits(b);
            Val::F32(match o {
                UnOp::Neg => b ^ 0x8000_0000,
                UnOp::Abs => b & 0x7fff_ffff,
                UnOp::Sqrt => x.sqrt().to_bits(),
                UnOp::Ceil => x.ceil().to_bits(),
                UnOp::Floor => x.floor().to_bits(),
                UnOp::Trunc => x.trunc().to_bits(),
                _ => x.round_ties_even().to_bits(),
            })
        }
        Val::F64(b) => {
            let x = f64::from_bits(b);
            Val::F64(match o {
                UnOp::Neg => b ^ (1 << 63),
                UnOp::Abs => b & !(1 << 63),
                UnOp::Sqrt => x.sqrt().to_bits(),
                UnOp::Ceil => x.ceil().to_bits(),
                UnOp::Floor => x.floor().to_bits(),
                UnOp::Trunc => x.trunc().to_bits(),
                _ => x.round_ties_even().to_bits(),
            })
        }
        other => other,
    }
}

macro_rules! int_binop {
    ($o:expr, $a:expr, $b:expr, $t:ty, $ut:ty, $bits:expr) => {{
        let (a, b): ($t, $t) = ($a, $b);
        match $o {
            BinOp::Add => a.wrapping_add(b),
            BinOp::Sub => a.wrapping_sub(b),
            BinOp::Mul => a.wrapping_mul(b),
            BinOp::DivS => {
                if b == 0 {
                    return Err(Trap::DivByZero);
                }
                if a == <$t>::MIN && b == -1 {
                    return Err(Trap::IntOverflow);
                }
                a / b
            }
            BinOp::DivU => {
                if b == 0 {
                    return Err(Trap::DivByZero);
                }
                ((a as $ut) / (b as $ut)) as $t
            }
            BinOp::RemS => {
                if b == 0 {
                    return Err(Trap::DivByZero);
                }
                a.wrapping_rem(b)
            }
            BinOp::RemU => {
                if b == 0 {
                    return Err(Trap::DivByZero);
                }
                ((a as $ut) % (b as $ut)) as $t
            }
            BinOp::And => a & b,
            BinOp::Or => a | b,
            BinOp::Xor => a ^ b,
            BinOp::Shl => a.wrapping_shl(b as u32),
            BinOp::ShrS => a.wrapping_shr(b as u32),
            BinOp::ShrU => (a as $ut).wrapping_shr(b as u32) as $t,
            BinOp::Rotl => a.rotate_left((b as u32) % $bits),
            BinOp::Rotr => a.rotate_right((b as u32) % $bits),
            _ => 0,
        }
    }};
}

macro_rules! float_binop {
    ($o:expr, $a:expr, $b:expr, $t:ty, $sign:expr) => {{
        let (a, b): ($t, $t) = ($a, $b);
        match $o {
            BinOp::Add => a + b,
            BinOp::Sub => a - b,
            BinOp::Mul => a * b,
            BinOp::Div => a / b,
            BinOp::Min | BinOp::Max => {
                if a.is_nan() || b.is_nan() {
                    <$t>::NAN
                } else if a == b {
                    // Equal values differ only for zeros: min prefers -0, max prefers +0.
                    let neg = if $o == BinOp::Min { a.is_sign_negative() || b.is_sign_negative() } else { a.is_sign_negative() && b.is_sign_negative() };
                    if neg { -(a.abs()) } else { a.abs() }
                } else if $o == BinOp::Min {
                    a.min(b)
                } else {
                    a.max(b)
                }
            }
            _ => <$t>::from_bits((a.to_bits() & !$sign) | (b.to_bits() & $sign)),
        }
    }};
}

fn binary(o: BinOp, a: Val, b: Val) -> Result<Val, Trap> {
    Ok(match (a, b) {
        (Val::I32(x), Val::I32(y)) => Val::I32(int_binop!(o, x, y, i32, u32, 32)),
        (Val::I64(x), Val::I64(y)) => Val::I64(int_binop!(o, x, y, i64, u64, 64)),
        (Val::F32(_), Val::F32(_)) => Val::F32(float_binop!(o, a.f32(), b.f32(), f32, 1u32 << 31).to_bits()),
        (Val::F64(_), Val::F64(_)) => Val::F64(float_binop!(o, a.f64(), b.f64(), f64, 1u64 << 63).to_bits()),
        (Val::V128(x), Val::V128(y)) => Val::V128(match o {
            BinOp::And => x & y,
            BinOp::Or => x | y,
            BinOp::Xor => x ^ y,
            _ => {
                let mut r = 0u128;
                for l in 0..4 {
                    let (p, q) = ((x >> (32 * l)) as u32, (y >> (32 * l)) as u32);
                    let z = match o {
                        BinOp::Add => p.wrapping_add(q),
                        BinOp::Sub => p.wrapping_sub(q),
                        _ => p.wrapping_mul(q),
                    };
                    r |= (z as u128) << (32 * l);
                }
                r
            }
        }),
        _ => return Err(Trap::BadArgs("binary operands of different types".into())),
    })
}

fn compare(o: CmpOp, a: Val, b: Val) -> bool {
    use CmpOp::*;
    match (a, b) {
        (Val::I32(_), _) | (Val::I64(_), _) => {
            let (x, y, ux, uy) = match (a, b) {
                (Val::I32(x), Val::I32(y)) => (x as i64, y as i64, x as u32 as u64, y as u32 as u64),
                _ => (a.i64(), b.i64(), a.i64() as u64, b.i64() as u64),
            };
            match o {
                Eq => x == y,
                Ne => x != y,
                LtS => x < y,
                LtU => ux < uy,
                GtS => x > y,
                GtU => ux > uy,
                LeS => x <= y,
                LeU => ux <= uy,
                GeS => x >= y,
                GeU => ux >= uy,
                _ => false,
            }
        }
        _ => {
            let (x, y) = match a {
                Val::F32(_) => (a.f32() as f64, b.f32() as f64),
                _ => (a.f64(), b.f64()),
            };
            match o {
                Eq => x == y,
                Ne => x != y,
                Lt => x < y,
                Gt => x > y,
                Le => x <= y,
                Ge => x >= y,
                _ => false,
            }
        }
    }
}

fn convert(o: ConvOp, a: Val, to: Type) -> Result<Val, Trap> {
    use ConvOp::*;
    Ok(match o {
        Wrap => Val::I32(a.i64() as i32),
        ExtendS => Val::I64(a.i32() as i64),
        ExtendU => Val::I64(a.i32() as u32 as i64),
        TruncS | TruncU => {
            let x = match a {
                Val::F32(_) => a.f32() as f64,
                _ => a.f64(),
            };
            if x.is_nan() {
                return Err(Trap::InvalidConversion);
            }
            let t = x.trunc();
            let (lo, hi) = match (o, to) {
                (TruncS, Type::I32) => (-2147483648.0, 2147483648.0),
                (TruncU, Type::I32) => (0.0, 4294967296.0),
                (TruncS, _) => (-9223372036854775808.0, 9223372036854775808.0),
                _ => (0.0, 18446744073709551616.0),
            };
            if !(t >= lo && t < hi) {
                return Err(Trap::IntOverflow);
            }
            match (o, to) {
                (TruncS, Type::I32) => Val::I32(t as i32),
                (TruncU, Type::I32) => Val::I32(t as u32 as i32),
                (TruncS, _) => Val::I64(t as i64),
                _ => Val::I64(t as u64 as i64),
            }
        }
        ConvertS | ConvertU => {
            let signed = o == ConvertS;
            match (a, to) {
                (Val::I32(x), Type::F32) => Val::F32(if signed { x as f32 } else { x as u32 as f32 }.to_bits()),
                (Val::I32(x), _) => Val::F64(if signed { x as f64 } else { x as u32 as f64 }.to_bits()),
                (Val::I64(x), Type::F32) => Val::F32(if signed { x as f32 } else { x as u64 as f32 }.to_bits()),
                (Val::I64(x), _) => Val::F64(if signed { x as f64 } else { x as u64 as f64 }.to_bits()),
                _ => return Err(Trap::BadArgs("convert of a non-integer".into())),
            }
        }
        Promote => Val::F64((a.f32() as f64).to_bits()),
        Demote => Val::F32((a.f64() as f32).to_bits()),
        Reinterpret => match a {
            Val::I32(x) => Val::F32(x as u32),
            Val::F32(x) => Val::I32(x as i32),
            Val::I64(x) => Val::F64(x as u64),
            Val::F64(x) => Val::I64(x as i64),
            other => other,
        },
    })
}
