//! A builder API for WasmIR, the way a front end (the rustc codegen backend) produces it.
//!
//! ```
//! use wasmir::builder::ModuleBuilder;
//! use wasmir::ir::*;
//! let mut mb = ModuleBuilder::new("demo");
//! let add = mb.declare_function("add", Signature { params: vec![Type::I32, Type::I32], results: vec![Type::I32] });
//! mb.export(add, "add");
//! mb.define(add, |fb| {
//!     let (_, p) = fb.entry_block();
//!     let s = fb.binary(BinOp::Add, p[0], p[1]);
//!     fb.ret(Some(s));
//! });
//! let m = mb.finish();
//! wasmir::verify::verify_module(&m).unwrap();
//! ```

use crate::ir::*;

/// Builds a [`Module`].
pub struct ModuleBuilder {
    module: Module,
}

impl ModuleBuilder {
    /// Starts an empty module.
    pub fn new(name: &str) -> Self {
        ModuleBuilder { module: Module { name: name.to_string(), ..Module::default() } }
    }
    /// Read access to what has been built so far.
    pub fn module(&self) -> &Module {
        &self.module
    }
    /// Registers a source file name and returns its index for [`SrcLoc::file`].
    pub fn add_file(&mut self, path: &str) -> u32 {
        if let Some(i) = self.module.files.iter().position(|f| f == path) {
            return i as u32;
        }
        self.module.files.push(path.to_string());
        (self.module.files.len() - 1) as u32
    }
    /// Declares the linear memory (sizes in 64 KiB pages).
    pub fn memory(&mut self, min: u32, max: Option<u32>) {
        self.module.memory = Some(Memory { min, max });
    }
    /// Adds a global.
    pub fn add_global(&mut self, name: &str, mutable: bool, init: Const) -> GlobalId {
        self.module.globals.push(Global { name: name.to_string(), ty: init.ty(), mutable, init });
        GlobalId((self.module.globals.len() - 1) as u32)
    }
    /// Adds an active data segment at `offset`.
    pub fn add_data(&mut self, offset: u32, bytes: &[u8]) {
        self.module.data.push(Data { offset, bytes: bytes.to_vec() });
    }
    /// Adds a funcref table.
    pub fn add_table(&mut self, name: &str, min: u32, max: Option<u32>) -> TableId {
        self.module.tables.push(Table { name: name.to_string(), min, max, elems: vec![] });
        TableId((self.module.tables.len() - 1) as u32)
    }
    /// Places `funcs` into `table` starting at slot `offset`.
    pub fn add_elem(&mut self, table: TableId, offset: u32, funcs: Vec<FuncId>) {
        self.module.tables[table.0 as usize].elems.push((offset, funcs));
    }
    /// Declares a function to be defined later with [`ModuleBuilder::define`].
    pub fn declare_function(&mut self, name: &str, sig: Signature) -> FuncId {
        self.module.funcs.push(Function {
            name: name.to_string(),
            sig,
            import: None,
            export: None,
            cc: CallConv::Core,
            caps: vec![],
            values: vec![],
            blocks: vec![],
            loc: None,
            private_slots: vec![],
        });
        FuncId((self.module.funcs.len() - 1) as u32)
    }
    /// Declares an imported function.
    pub fn import_function(&mut self, name: &str, sig: Signature, module: &str, field: &str) -> FuncId {
        let id = self.declare_function(name, sig);
        self.module.funcs[id.0 as usize].import = Some(Import { module: module.to_string(), field: field.to_string() });
        id
    }
    /// Exports a function under `name`.
    pub fn export(&mut self, f: FuncId, name: &str) {
        self.module.funcs[f.0 as usize].export = Some(name.to_string());
    }
    /// Sets a function's calling convention at the module boundary.
    pub fn set_call_conv(&mut self, f: FuncId, cc: CallConv) {
        self.module.funcs[f.0 as usize].cc = cc;
    }
    /// Sets the capabilities a function needs.
    pub fn set_caps(&mut self, f: FuncId, caps: &[&str]) {
        self.module.funcs[f.0 as usize].caps = caps.iter().map(|c| c.to_string()).collect();
    }
    /// Builds the body of a declared function.
    pub fn define<R>(&mut self, f: FuncId, body: impl FnOnce(&mut FunctionBuilder<'_>) -> R) -> R {
        let slot = &mut self.module.funcs[f.0 as usize];
        let placeholder = Function { values: vec![], blocks: vec![], ..slot.clone_header() };
        let mut func = std::mem::replace(slot, placeholder);
        let r = {
            let mut fb = FunctionBuilder { func: &mut func, module: &self.module, current: None, loc: None };
            body(&mut fb)
        };
        self.module.funcs[f.0 as usize] = func;
        r
    }
    /// Returns the module.
    pub fn finish(self) -> Module {
        self.module
    }
}

impl Function {
    fn clone_header(&self) -> Function {
        Function {
            name: self.name.clone(),
            sig: self.sig.clone(),
            import: self.import.clone(),
            export: self.export.clone(),
            cc: self.cc,
            caps: self.caps.clone(),
            values: vec![],
            blocks: vec![],
            loc: self.loc,
            private_slots: vec![],
        }
    }
}

/// Builds one function body: blocks, their parameters, instructions and terminators.
pub struct FunctionBuilder<'a> {
    func: &'a mut Function,
    module: &'a Module,
    current: Option<BlockId>,
    loc: Option<SrcLoc>,
}

impl FunctionBuilder<'_> {
    /// Creates the entry block (block 0) with one parameter per signature parameter.
    pub fn entry_block(&mut self) -> (BlockId, Vec<Value>) {
        assert!(self.func.blocks.is_empty(), "entry_block must be the first block created");
        let b = self.create_block();
        let params = self.func.sig.params.clone().into_iter().map(|t| self.block_param(b, t)).collect();
        self.switch_to(b);
        (b, params)
    }
    /// Creates an empty block (terminated by `unreachable` until set).
    pub fn create_block(&mut self) -> BlockId {
        self.func.blocks.push(Block { params: vec![], insts: vec![], term: Terminator::Unreachable, term_loc: None });
        BlockId((self.func.blocks.len() - 1) as u32)
    }
    /// Adds a parameter to a block.
    pub fn block_param(&mut self, b: BlockId, ty: Type) -> Value {
        let v = self.new_value(ty);
        self.func.blocks[b.0 as usize].params.push(v);
        v
    }
    /// Marks a value linear (used exactly once on every path).
    pub fn set_linear(&mut self, v: Value) {
        self.func.values[v.0 as usize].linear = true;
    }
    /// Appends following instructions to `b`.
    pub fn switch_to(&mut self, b: BlockId) {
        self.current = Some(b);
    }
    /// The block being filled.
    pub fn current_block(&self) -> Option<BlockId> {
        self.current
    }
    /// Attaches `loc` to the instructions built from now on.
    pub fn set_loc(&mut self, loc: Option<SrcLoc>) {
        self.loc = loc;
    }
    /// The type of a value.
    pub fn ty(&self, v: Value) -> Type {
        self.func.ty(v)
    }
    fn new_value(&mut self, ty: Type) -> Value {
        self.func.values.push(ValueData { ty, linear: false });
        Value((self.func.values.len() - 1) as u32)
    }
    fn cur(&mut self) -> &mut Block {
        let b = self.current.expect("no current block: call switch_to first");
        &mut self.func.blocks[b.0 as usize]
    }
    /// Appends an instruction with an explicit result type (`None` for no result).
    pub fn ins(&mut self, op: Op, result: Option<Type>) -> Option<Value> {
        let result = result.map(|t| self.new_value(t));
        let loc = self.loc;
        self.cur().insts.push(Inst { result, op, loc });
        result
    }
    fn ins1(&mut self, op: Op, ty: Type) -> Value {
        self.ins(op, Some(ty)).unwrap()
    }
    /// A constant.
    pub fn constant(&mut self, c: Const) -> Value {
        self.ins1(Op::Const(c), c.ty())
    }
    /// An `i32` constant.
    pub fn iconst32(&mut self, x: i32) -> Value {
        self.constant(Const::I32(x))
    }
    /// An `i64` constant.
    pub fn iconst64(&mut self, x: i64) -> Value {
        self.constant(Const::I64(x))
    }
    /// A unary operation.
    pub fn unary(&mut self, op: UnOp, a: Value) -> Value {
        let t = if op == UnOp::Eqz { Type::I32 } else { self.ty(a) };
        self.ins1(Op::Unary(op, a), t)
    }
    /// A binary operation (result has the operands' type).
    pub fn binary(&mut self, op: BinOp, a: Value, b: Value) -> Value {
        let t = self.ty(a);
        self.ins1(Op::Binary(op, a, b), t)
    }
    /// A comparison (result `i32`).
    pub fn cmp(&mut self, op: CmpOp, a: Value, b: Value) -> Value {
        self.ins1(Op::Cmp(op, a, b), Type::I32)
    }
    /// A conversion to `to`.
    pub fn convert(&mut self, op: ConvOp, a: Value, to: Type) -> Value {
        self.ins1(Op::Convert(op, a), to)
    }
    /// `c ? a : b`.
    pub fn select(&mut self, c: Value, a: Value, b: Value) -> Value {
        let t = self.ty(a);
        self.ins1(Op::Select(c, a, b), t)
    }
    /// A load of type `ty`.
    pub fn load(&mut self, kind: LoadKind, ty: Type, addr: Value, mem: MemArg) -> Value {
        self.ins1(Op::Load { kind, addr, mem }, ty)
    }
    /// A store.
    pub fn store(&mut self, kind: StoreKind, addr: Value, value: Value, mem: MemArg) {
        self.ins(Op::Store { kind, addr, value, mem }, None);
    }
    /// Reads a global.
    pub fn global_get(&mut self, g: GlobalId) -> Value {
        let t = self.module.globals[g.0 as usize].ty;
        self.ins1(Op::GlobalGet(g), t)
    }
    /// Writes a global.
    pub fn global_set(&mut self, g: GlobalId, v: Value) {
        self.ins(Op::GlobalSet(g, v), None);
    }
    /// A direct call; returns the result value if the callee has one.
    pub fn call(&mut self, f: FuncId, args: &[Value]) -> Option<Value> {
        let r = self.module.funcs[f.0 as usize].sig.results.first().copied();
        self.ins(Op::Call(f, args.to_vec()), r)
    }
    /// An indirect call through `table[index]`.
    pub fn call_indirect(&mut self, table: TableId, sig: Signature, index: Value, args: &[Value]) -> Option<Value> {
        let r = sig.results.first().copied();
        self.ins(Op::CallIndirect { table, sig: Box::new(sig), index, args: args.to_vec() }, r)
    }
    /// Ends the current block with a terminator.
    pub fn terminate(&mut self, term: Terminator) {
        let loc = self.loc;
        let b = self.cur();
        b.term = term;
        b.term_loc = loc;
    }
    /// `br target(args)`.
    pub fn br(&mut self, block: BlockId, args: &[Value]) {
        self.terminate(Terminator::Br(Target { block, args: args.to_vec() }));
    }
    /// `br_if c, then(targs), else(eargs)`.
    pub fn br_if(&mut self, c: Value, then: BlockId, targs: &[Value], els: BlockId, eargs: &[Value]) {
        self.terminate(Terminator::BrIf(c, Target { block: then, args: targs.to_vec() }, Target { block: els, args: eargs.to_vec() }));
    }
    /// `ret [v]`.
    pub fn ret(&mut self, v: Option<Value>) {
        self.terminate(Terminator::Return(v.into_iter().collect()));
    }
}
