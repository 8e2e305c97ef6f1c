//! A small function builder that writes `wasmir::Function`s directly.
//!
//! `wasmir::builder::FunctionBuilder` borrows the module while a body is built, but lowering a
//! MIR body discovers callees and data as it goes, so the backend builds functions on its own
//! and stores them into the module afterwards.

use wasmir::{
    BinOp, Block, BlockId, CmpOp, Const, ConvOp, Function, Inst, LoadKind, MemArg, Op, SrcLoc,
    StoreKind, Target, Terminator, Type, UnOp, Value, ValueData,
};

/// Builds one function body.
pub struct FnBuilder {
    pub func: Function,
    cur: BlockId,
    pub loc: Option<SrcLoc>,
}

fn mem(offset: u32) -> MemArg {
    MemArg { offset, align: 1, bounds: wasmir::Bounds::Trap }
}

impl FnBuilder {
    /// Starts a body for `func` (its header: name, signature, ...).
    pub fn new(mut func: Function) -> Self {
        func.values.clear();
        func.blocks.clear();
        FnBuilder { func, cur: BlockId(0), loc: None }
    }
    pub fn create_block(&mut self) -> BlockId {
        // A third of the blocks stay empty (they only branch): `ins` allocates on first use.
        self.func.blocks.push(Block { params: vec![], insts: Vec::new(), term: Terminator::Unreachable, term_loc: None });
        BlockId(self.func.blocks.len() as u32 - 1)
    }
    pub fn block_param(&mut self, b: BlockId, ty: Type) -> Value {
        let v = self.new_value(ty);
        self.func.blocks[b.0 as usize].params.push(v);
        v
    }
    pub fn switch_to(&mut self, b: BlockId) {
        self.cur = b;
    }
    pub fn current(&self) -> BlockId {
        self.cur
    }
    pub fn ty(&self, v: Value) -> Type {
        self.func.values[v.0 as usize].ty
    }
    fn new_value(&mut self, ty: Type) -> Value {
        self.func.values.push(ValueData { ty, linear: false });
        Value(self.func.values.len() as u32 - 1)
    }
    pub fn ins(&mut self, op: Op, result: Option<Type>) -> Option<Value> {
        let result = result.map(|t| self.new_value(t));
        let loc = self.loc;
        let insts = &mut self.func.blocks[self.cur.0 as usize].insts;
        if insts.capacity() == 0 {
            // Most non-empty blocks get several instructions: start past the first reallocations.
            insts.reserve_exact(8);
        }
        insts.push(Inst { result, op, loc });
        result
    }
    pub fn ins1(&mut self, op: Op, ty: Type) -> Value {
        self.ins(op, Some(ty)).unwrap()
    }
    pub fn iconst(&mut self, ty: Type, x: i64) -> Value {
        match ty {
            Type::I32 => self.ins1(Op::Const(Const::I32(x as i32)), Type::I32),
            Type::I64 => self.ins1(Op::Const(Const::I64(x)), Type::I64),
            _ => panic!("iconst of {ty}"),
        }
    }
    pub fn i32c(&mut self, x: i64) -> Value {
        self.iconst(Type::I32, x)
    }
    pub fn binary(&mut self, op: BinOp, a: Value, b: Value) -> Value {
        let t = self.ty(a);
        self.ins1(Op::Binary(op, a, b), t)
    }
    pub fn unary(&mut self, op: UnOp, a: Value) -> Value {
        let t = if op == UnOp::Eqz { Type::I32 } else { self.ty(a) };
        self.ins1(Op::Unary(op, a), t)
    }
    pub fn cmp(&mut self, op: CmpOp, a: Value, b: Value) -> Value {
        self.ins1(Op::Cmp(op, a, b), Type::I32)
    }
    pub fn convert(&mut self, op: ConvOp, a: Value, to: Type) -> Value {
        self.ins1(Op::Convert(op, a), to)
    }
    pub fn select(&mut self, c: Value, a: Value, b: Value) -> Value {
        let t = self.ty(a);
        self.ins1(Op::Select(c, a, b), t)
    }
    /// `addr + off` (no instruction when `off` is 0).
    pub fn add_off(&mut self, addr: Value, off: u64) -> Value {
        if off == 0 {
            return addr;
        }
        let c = self.i32c(off as i64);
        self.binary(BinOp::Add, addr, c)
    }
    pub fn load(&mut self, kind: LoadKind, ty: Type, addr: Value, off: u64) -> Value {
        let (addr, off) = self.mem_off(addr, off);
        self.ins1(Op::Load { kind, addr, mem: mem(off) }, ty)
    }
    pub fn store(&mut self, kind: StoreKind, addr: Value, value: Value, off: u64) {
        let (addr, off) = self.mem_off(addr, off);
        self.ins(Op::Store { kind, addr, value, mem: mem(off) }, None);
    }
    fn mem_off(&mut self, addr: Value, off: u64) -> (Value, u32) {
        match u32::try_from(off) {
            Ok(o) => (addr, o),
            Err(_) => (self.add_off(addr, off), 0),
        }
    }
    pub fn terminate(&mut self, term: Terminator) {
        let loc = self.loc;
        let b = &mut self.func.blocks[self.cur.0 as usize];
        b.term = term;
        b.term_loc = loc;
    }
    pub fn br(&mut self, block: BlockId, args: &[Value]) {
        self.terminate(Terminator::Br(Target { block, args: args.to_vec() }));
    }
    pub fn br_if(&mut self, c: Value, then: BlockId, els: BlockId) {
        self.terminate(Terminator::BrIf(c, Target { block: then, args: vec![] }, Target { block: els, args: vec![] }));
    }
    /// Traps unless `ok` is non-zero; continues in a fresh block.
    pub fn trap_unless(&mut self, ok: Value) {
        let cont = self.create_block();
        let trap = self.create_block();
        self.br_if(ok, cont, trap);
        self.switch_to(trap);
        self.terminate(Terminator::Unreachable);
        self.switch_to(cont);
    }
}
