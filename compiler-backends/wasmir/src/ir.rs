//! The in-memory form of WasmIR: modules, functions, blocks with block parameters, instructions.
//!
//! Every entity is referred to by a dense index (`Value`, `BlockId`, `FuncId`, ...), which is also
//! how the text format names it (`v3`, `b1`), so printing and parsing round-trip exactly.

use std::fmt;

/// A value type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    I32,
    I64,
    F32,
    F64,
    /// 128-bit SIMD vector; arithmetic on it is lane-wise `i32x4`.
    V128,
    /// An opaque host reference; it can live only in SSA values, never in linear memory.
    ExternRef,
    /// A reference to a function (what tables hold).
    FuncRef,
}

impl Type {
    /// All value types, in text-format order.
    pub const ALL: [Type; 7] = [Type::I32, Type::I64, Type::F32, Type::F64, Type::V128, Type::ExternRef, Type::FuncRef];
    /// `i32` or `i64`.
    pub fn is_int(self) -> bool {
        matches!(self, Type::I32 | Type::I64)
    }
    /// `f32` or `f64`.
    pub fn is_float(self) -> bool {
        matches!(self, Type::F32 | Type::F64)
    }
    /// `externref` or `funcref`.
    pub fn is_ref(self) -> bool {
        matches!(self, Type::ExternRef | Type::FuncRef)
    }
    /// Size in bytes in linear memory (references have none).
    pub fn bytes(self) -> Option<u32> {
        match self {
            Type::I32 | Type::F32 => Some(4),
            Type::I64 | Type::F64 => Some(8),
            Type::V128 => Some(16),
            Type::ExternRef | Type::FuncRef => None,
        }
    }
    /// The text-format name.
    pub fn name(self) -> &'static str {
        match self {
            Type::I32 => "i32",
            Type::I64 => "i64",
            Type::F32 => "f32",
            Type::F64 => "f64",
            Type::V128 => "v128",
            Type::ExternRef => "externref",
            Type::FuncRef => "funcref",
        }
    }
    /// Parses a text-format type name.
    pub fn from_name(s: &str) -> Option<Type> {
        Type::ALL.into_iter().find(|t| t.name() == s)
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A constant. Floats are stored as bits so NaN payloads and `-0.0` survive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Const {
    I32(i32),
    I64(i64),
    F32(u32),
    F64(u64),
    V128(u128),
}

impl Const {
    /// The constant's type.
    pub fn ty(self) -> Type {
        match self {
            Const::I32(_) => Type::I32,
            Const::I64(_) => Type::I64,
            Const::F32(_) => Type::F32,
            Const::F64(_) => Type::F64,
            Const::V128(_) => Type::V128,
        }
    }
}

/// An SSA value, numbered within its function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Value(pub u32);
/// A basic block, numbered within its function; block 0 is the entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlockId(pub u32);
/// A function of the module (imports included).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncId(pub u32);
/// A global of the module.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct GlobalId(pub u32);
/// A table of the module.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TableId(pub u32);

/// Parameter and result types of a function.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct Signature {
    pub params: Vec<Type>,
    /// At most one result in this version.
    pub results: Vec<Type>,
}

/// How a function crosses a module boundary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum CallConv {
    /// Plain core-wasm calling convention.
    #[default]
    Core,
    /// Component Model canonical ABI: the component tooling lifts/lowers these.
    Component,
}

/// A source position: index into [`Module::files`], 1-based line and column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SrcLoc {
    pub file: u32,
    pub line: u32,
    pub col: u32,
}

/// What is known about an access's address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Bounds {
    /// Nothing is known: an out-of-bounds access traps, as in wasm.
    #[default]
    Trap,
    /// The front end proved the access in bounds (the interpreter still checks and reports a
    /// violated annotation as a trap).
    InBounds,
}

/// Static part of a memory access.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MemArg {
    /// Added to the address without wrapping.
    pub offset: u32,
    /// Alignment hint in bytes (a power of two, at most the access size).
    pub align: u32,
    pub bounds: Bounds,
}

/// Unary operations. `eqz` gives `i32`; the rest keep the operand type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnOp {
    Clz,
    Ctz,
    Popcnt,
    Eqz,
    Neg,
    Abs,
    Sqrt,
    Ceil,
    Floor,
    Trunc,
    Nearest,
}

/// Binary operations; both operands and the result share a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    DivS,
    DivU,
    RemS,
    RemU,
    And,
    Or,
    Xor,
    Shl,
    ShrS,
    ShrU,
    Rotl,
    Rotr,
    /// Float division.
    Div,
    Min,
    Max,
    Copysign,
}

/// Comparisons; the result is an `i32` 0 or 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    Ne,
    LtS,
    LtU,
    GtS,
    GtU,
    LeS,
    LeU,
    GeS,
    GeU,
    /// Float orderings.
    Lt,
    Gt,
    Le,
    Ge,
}

/// Conversions; the target type is the result value's type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ConvOp {
    /// i64 -> i32
    Wrap,
    /// i32 -> i64
    ExtendS,
    ExtendU,
    /// float -> int, trapping on NaN and overflow
    TruncS,
    TruncU,
    /// int -> float
    ConvertS,
    ConvertU,
    /// f32 -> f64
    Promote,
    /// f64 -> f32
    Demote,
    /// same-width bit cast between int and float
    Reinterpret,
}

/// Width and signedness of a load.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LoadKind {
    Full,
    I8S,
    I8U,
    I16S,
    I16U,
    I32S,
    I32U,
}

/// Width of a store.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StoreKind {
    Full,
    I8,
    I16,
    I32,
}

/// An instruction's operation.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    Const(Const),
    Unary(UnOp, Value),
    Binary(BinOp, Value, Value),
    Cmp(CmpOp, Value, Value),
    Convert(ConvOp, Value),
    /// `select c, a, b` is `a` when `c != 0`, else `b`.
    Select(Value, Value, Value),
    Load { kind: LoadKind, addr: Value, mem: MemArg },
    Store { kind: StoreKind, addr: Value, value: Value, mem: MemArg },
    MemorySize,
    MemoryGrow(Value),
    GlobalGet(GlobalId),
    GlobalSet(GlobalId, Value),
    Call(FuncId, Vec<Value>),
    /// Calls `table[index]`, trapping on a null entry or a signature mismatch.
    CallIndirect { table: TableId, sig: Box<Signature>, index: Value, args: Vec<Value> },
    RefNull(Type),
    RefIsNull(Value),
    RefFunc(FuncId),
    /// `i32` -> `v128` with four equal lanes.
    Splat(Value),
    /// `v128` -> `i32` lane (0..4).
    ExtractLane(Value, u8),
}

impl Op {
    /// Calls `f` with each value this operation reads, in [`Op::args`] order.
    pub fn each_arg(&self, mut f: impl FnMut(Value)) {
        match self {
            Op::Const(_) | Op::MemorySize | Op::GlobalGet(_) | Op::RefNull(_) | Op::RefFunc(_) => {}
            Op::Unary(_, a) | Op::Convert(_, a) | Op::MemoryGrow(a) | Op::GlobalSet(_, a) | Op::RefIsNull(a) | Op::Splat(a) | Op::ExtractLane(a, _) | Op::Load { addr: a, .. } => f(*a),
            Op::Binary(_, a, b) | Op::Cmp(_, a, b) | Op::Store { addr: a, value: b, .. } => {
                f(*a);
                f(*b)
            }
            Op::Select(c, a, b) => {
                f(*c);
                f(*a);
                f(*b)
            }
            Op::Call(_, args) => args.iter().copied().for_each(f),
            Op::CallIndirect { index, args, .. } => {
                args.iter().copied().for_each(&mut f);
                f(*index)
            }
        }
    }

    /// The values this operation reads, in order.
    pub fn args(&self) -> Vec<Value> {
        let mut v = Vec::new();
        self.each_arg(|a| v.push(a));
        v
    }
}

/// An instruction: an operation, the value it defines (if any), and where it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Inst {
    pub result: Option<Value>,
    pub op: Op,
    pub loc: Option<SrcLoc>,
}

/// A branch target with the arguments for the target block's parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct Target {
    pub block: BlockId,
    pub args: Vec<Value>,
}

/// How a block ends.
#[derive(Clone, Debug, PartialEq)]
pub enum Terminator {
    Br(Target),
    /// `br_if c, then, else`: `then` when `c != 0`.
    BrIf(Value, Target, Target),
    /// `br_table i, [t0, t1, ...], default`.
    BrTable(Value, Vec<Target>, Target),
    Return(Vec<Value>),
    Unreachable,
}

impl Terminator {
    /// The successor edges, in order (a `br_table`'s default last). Allocates nothing: code
    /// generators ask for every block's.
    pub fn targets(&self) -> impl Iterator<Item = &Target> {
        let (table, first, second): (&[Target], _, _) = match self {
            Terminator::Br(t) => (&[], Some(t), None),
            Terminator::BrIf(_, a, b) => (&[], Some(a), Some(b)),
            Terminator::BrTable(_, ts, d) => (ts, Some(d), None),
            Terminator::Return(_) | Terminator::Unreachable => (&[], None, None),
        };
        table.iter().chain(first).chain(second)
    }
    /// Values read by the terminator itself and by its branch arguments.
    pub fn args(&self) -> Vec<Value> {
        let mut v = match self {
            Terminator::BrIf(c, ..) | Terminator::BrTable(c, ..) => vec![*c],
            Terminator::Return(vals) => vals.clone(),
            _ => vec![],
        };
        for t in self.targets() {
            v.extend(t.args.iter().copied());
        }
        v
    }
}

/// A basic block.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub params: Vec<Value>,
    pub insts: Vec<Inst>,
    pub term: Terminator,
    pub term_loc: Option<SrcLoc>,
}

/// Per-value facts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ValueData {
    pub ty: Type,
    /// A linear value must be used exactly once on every path (the verifier checks it).
    pub linear: bool,
}

/// Where an imported function comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Import {
    pub module: String,
    pub field: String,
}

/// A function: imported (no blocks) or defined.
#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    pub name: String,
    pub sig: Signature,
    pub import: Option<Import>,
    pub export: Option<String>,
    pub cc: CallConv,
    /// Capabilities the function needs (e.g. `io`, `net`); callers must hold them too.
    pub caps: Vec<String>,
    pub values: Vec<ValueData>,
    pub blocks: Vec<Block>,
    pub loc: Option<SrcLoc>,
    /// Addresses of this function's private memory (its frame slots): the producer guarantees
    /// that nothing reaches a slot's bytes except through its value, so a slot whose value is
    /// only ever a load/store address can live in registers instead ([`Op::each_arg`] finds
    /// the uses). An optimisation hint handed over in memory: the text form does not carry it.
    pub private_slots: Vec<Value>,
}

impl Function {
    /// The type of a value.
    pub fn ty(&self, v: Value) -> Type {
        self.values[v.0 as usize].ty
    }
    /// Whether this function is imported.
    pub fn is_import(&self) -> bool {
        self.import.is_some()
    }
    /// The block with the given id.
    pub fn block(&self, b: BlockId) -> &Block {
        &self.blocks[b.0 as usize]
    }
}

/// The linear memory (sizes in 64 KiB pages).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Memory {
    pub min: u32,
    pub max: Option<u32>,
}

/// A global variable.
#[derive(Clone, Debug, PartialEq)]
pub struct Global {
    pub name: String,
    pub ty: Type,
    pub mutable: bool,
    pub init: Const,
}

/// An active data segment placed at a fixed address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Data {
    pub offset: u32,
    pub bytes: Vec<u8>,
}

/// A funcref table; its contents are fixed by its element segments (no `table.set` yet).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub name: String,
    pub min: u32,
    pub max: Option<u32>,
    /// `(offset, functions)` element segments.
    pub elems: Vec<(u32, Vec<FuncId>)>,
}

/// A WasmIR module.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Module {
    pub name: String,
    pub files: Vec<String>,
    pub memory: Option<Memory>,
    pub globals: Vec<Global>,
    pub data: Vec<Data>,
    pub tables: Vec<Table>,
    pub funcs: Vec<Function>,
}

impl Module {
    /// A function by id.
    pub fn func(&self, f: FuncId) -> &Function {
        &self.funcs[f.0 as usize]
    }
    /// Finds a function by name.
    pub fn func_by_name(&self, name: &str) -> Option<FuncId> {
        self.funcs.iter().position(|f| f.name == name).map(|i| FuncId(i as u32))
    }
    /// Finds a function by its export name.
    pub fn func_by_export(&self, name: &str) -> Option<FuncId> {
        self.funcs.iter().position(|f| f.export.as_deref() == Some(name)).map(|i| FuncId(i as u32))
    }
    /// Every table slot's content after instantiation (`None` = null).
    pub fn table_contents(&self, t: TableId) -> Vec<Option<FuncId>> {
        let table = &self.tables[t.0 as usize];
        let mut slots = vec![None; table.min as usize];
        for (off, funcs) in &table.elems {
            for (i, f) in funcs.iter().enumerate() {
                if let Some(s) = slots.get_mut(*off as usize + i) {
                    *s = Some(*f);
                }
            }
        }
        slots
    }
}

impl Op {
    /// Visits every value operand mutably (used for renumbering).
    pub fn values_mut(&mut self, mut f: impl FnMut(&mut Value)) {
        match self {
            Op::Const(_) | Op::MemorySize | Op::GlobalGet(_) | Op::RefNull(_) | Op::RefFunc(_) => {}
            Op::Unary(_, a) | Op::Convert(_, a) | Op::MemoryGrow(a) | Op::GlobalSet(_, a) | Op::RefIsNull(a) | Op::Splat(a) | Op::ExtractLane(a, _) => f(a),
            Op::Load { addr, .. } => f(addr),
            Op::Binary(_, a, b) | Op::Cmp(_, a, b) => {
                f(a);
                f(b)
            }
            Op::Store { addr, value, .. } => {
                f(addr);
                f(value)
            }
            Op::Select(c, a, b) => {
                f(c);
                f(a);
                f(b)
            }
            Op::Call(_, args) => args.iter_mut().for_each(f),
            Op::CallIndirect { index, args, .. } => {
                args.iter_mut().for_each(&mut f);
                f(index)
            }
        }
    }
}

impl Terminator {
    /// Visits every value operand mutably (condition and branch arguments).
    pub fn values_mut(&mut self, mut f: impl FnMut(&mut Value)) {
        let tgt = |t: &mut Target, f: &mut dyn FnMut(&mut Value)| t.args.iter_mut().for_each(f);
        match self {
            Terminator::Br(t) => tgt(t, &mut f),
            Terminator::BrIf(c, a, b) => {
                f(c);
                tgt(a, &mut f);
                tgt(b, &mut f)
            }
            Terminator::BrTable(c, ts, d) => {
                f(c);
                for t in ts {
                    tgt(t, &mut f);
                }
                tgt(d, &mut f)
            }
            Terminator::Return(vs) => vs.iter_mut().for_each(f),
            Terminator::Unreachable => {}
        }
    }
}
