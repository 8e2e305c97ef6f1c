//! What both body emitters ([`crate::emit`] from CLIF, [`crate::direct`] from WasmIR) share:
//! the control-flow shape of a function and the body being written.
//!
//! - [`Shape`]: the CFG in reverse post-order with its loop headers, merge nodes and dominator
//!   tree, from which [`Structured`] writes wasm's nested `block`/`loop`/`if` with the
//!   dominator-tree algorithm of Ramsey's "Beyond Relooper" (loops at loop headers, `block`s
//!   ending just before merge nodes, everything else nested in its dominator). Irreducible
//!   CFGs fall back to a dispatch loop: a `loop` around a `br_table` on a label local.
//! - [`Body`]: the code, locals (with per-type free lists for reuse), relocation sites and line
//!   table of the function being written.

use crate::emit::FuncBody;
use crate::reloc::{Reloc, RelocKind};
use crate::Error;
use rustc_hash::FxHashMap as HashMap;
use wasm_encoder::{BlockType, Encode, Instruction as I, ValType};
use wasmir::ir::{Signature, SrcLoc};

/// "No local assigned yet."
pub(crate) const NO_LOCAL: u32 = u32::MAX;

/// An enclosing construct of the code being written, innermost last.
#[derive(Clone, Copy, PartialEq, Debug)]
pub(crate) enum Frame {
    Loop(usize),
    BlockFollowedBy(usize),
    Dispatch,
    Other,
}

/// A function's CFG as the structuring sees it. Nodes are numbered by the caller; positions
/// (`x`, `y` below) are indices into [`Shape::rpo`].
pub(crate) struct Shape {
    /// The reachable nodes in reverse post-order (position 0 is the entry).
    pub rpo: Vec<usize>,
    /// Each node's position in `rpo` (`u32::MAX` if unreachable).
    pub index: Vec<u32>,
    pub loop_header: Vec<bool>,
    /// Reached by two or more forward edges.
    pub merge: Vec<bool>,
    /// Dominator-tree children, by position.
    children: Adjacency,
    pub reducible: bool,
}

/// Adjacency lists in one array (`to[start[i]..start[i + 1]]` are node `i`'s), so that a
/// function's shape costs a handful of allocations, not several per block.
struct Adjacency {
    start: Vec<u32>,
    to: Vec<u32>,
}

impl Adjacency {
    /// The lists of `m` nodes from `(node, item)` pairs, each list in the pairs' order
    /// (counted, then filled).
    fn from_pairs(m: usize, pairs: impl Iterator<Item = (usize, u32)> + Clone) -> Adjacency {
        let mut start = vec![0u32; m + 1];
        for (p, _) in pairs.clone() {
            start[p + 1] += 1;
        }
        for j in 0..m {
            start[j + 1] += start[j];
        }
        let mut to = vec![0; start[m] as usize];
        let mut fill = start.clone();
        for (p, x) in pairs {
            to[fill[p] as usize] = x;
            fill[p] += 1;
        }
        Adjacency { start, to }
    }

    fn of(&self, i: usize) -> &[u32] {
        &self.to[self.start[i] as usize..self.start[i + 1] as usize]
    }
}

impl Shape {
    /// The shape of the CFG of `n` nodes whose node `i` branches to `succs(i)` (one entry per
    /// edge: two edges from one branch to one node make it a merge node).
    pub fn compute<I: IntoIterator<Item = usize>>(n: usize, succs: impl Fn(usize) -> I, entry: usize) -> Shape {
        // Each node's successors, duplicates removed (order kept).
        let mut dsuccs = Adjacency { start: Vec::with_capacity(n + 1), to: Vec::with_capacity(2 * n) };
        for i in 0..n {
            dsuccs.start.push(dsuccs.to.len() as u32);
            let first = dsuccs.to.len();
            for t in succs(i) {
                if !dsuccs.to[first..].contains(&(t as u32)) {
                    dsuccs.to.push(t as u32);
                }
            }
        }
        dsuccs.start.push(dsuccs.to.len() as u32);
        let rpo = wasmir::cfg::reverse_postorder_by(n, entry, |node, i| dsuccs.of(node).get(i).map(|&s| s as usize));
        let mut index = vec![u32::MAX; n];
        for (i, &b) in rpo.iter().enumerate() {
            index[b] = i as u32;
        }
        // From here on the CFG in RPO numbering (positions), where that order is the identity.
        let m = rpo.len();
        let mut fwd_in = vec![0u32; m];
        let mut loop_header = vec![false; m];
        for (i, &b) in rpo.iter().enumerate() {
            // Every edge, duplicates included, counts towards a merge.
            for t in succs(b) {
                let j = index[t] as usize;
                if j <= i {
                    loop_header[j] = true;
                } else {
                    fwd_in[j] += 1;
                }
            }
        }
        // Positions' successors (each at most once) and predecessors, for the dominators.
        let position_succs = |i: usize| dsuccs.of(rpo[i]).iter().map(|&t| index[t as usize]);
        let preds = Adjacency::from_pairs(m, (0..m).flat_map(|i| position_succs(i).map(move |j| (j as usize, i as u32))));
        let idom = wasmir::cfg::rpo_idoms(m, |x| preds.of(x));
        // Reducible: every retreating edge goes to a position that dominates its source.
        let reducible = (0..m).all(|i| position_succs(i).all(|j| j as usize > i || wasmir::cfg::rpo_dominates(&idom, j, i as u32)));
        let children = Adjacency::from_pairs(m, (1..m).map(|x| (idom[x] as usize, x as u32)));
        let merge = fwd_in.iter().map(|&c| c >= 2).collect();
        Shape { rpo, index, loop_header, merge, children, reducible }
    }

    /// The dominator-tree children of position `x`, in increasing position.
    pub fn children(&self, x: usize) -> &[u32] {
        self.children.of(x)
    }
}

/// A function body being written.
pub(crate) struct Body {
    pub nparams: u32,
    pub locals: Vec<ValType>,
    free: HashMap<ValType, Vec<u32>>,
    pub code: Vec<u8>,
    pub lines: Vec<(u32, SrcLoc)>,
    pub relocs: Vec<Reloc>,
    pub indirect_sigs: Vec<Signature>,
    pub frames: Vec<Frame>,
    /// The dispatch loop's label local (irreducible CFGs only).
    pub label_local: u32,
}

impl Body {
    pub fn new(nparams: u32, code_capacity: usize) -> Body {
        Body { nparams, locals: Vec::new(), free: HashMap::default(), code: Vec::with_capacity(code_capacity), lines: Vec::new(), relocs: Vec::new(), indirect_sigs: Vec::new(), frames: Vec::new(), label_local: NO_LOCAL }
    }

    /// A fresh local of type `t`, never reused.
    pub fn new_local(&mut self, t: ValType) -> u32 {
        self.locals.push(t);
        self.nparams + self.locals.len() as u32 - 1
    }

    /// A local of type `t`, reusing a freed one if there is one.
    pub fn alloc_local(&mut self, t: ValType) -> u32 {
        match self.free.get_mut(&t).and_then(|v| v.pop()) {
            Some(l) => l,
            None => self.new_local(t),
        }
    }

    /// Puts local `l` of type `t` on the free list.
    pub fn free_local(&mut self, l: u32, t: ValType) {
        self.free.entry(t).or_default().push(l);
    }

    /// Takes local `l` of type `t` off the free list again.
    pub fn reserve_local(&mut self, l: u32, t: ValType) {
        if let Some(fl) = self.free.get_mut(&t) {
            fl.retain(|x| *x != l);
        }
    }

    pub fn ins(&mut self, i: I) {
        // The commonest instructions are written here: wasm-encoder's general path (the
        // instruction enum, then its LEB128 writer) costs several times more per instruction.
        let code = &mut self.code;
        match i {
            I::LocalGet(l) => op_uleb(code, 0x20, l),
            I::LocalSet(l) => op_uleb(code, 0x21, l),
            I::LocalTee(l) => op_uleb(code, 0x22, l),
            I::I32Const(x) => op_sleb(code, 0x41, x as i64),
            I::I64Const(x) => op_sleb(code, 0x42, x),
            i => i.encode(code),
        }
    }

    /// The next instruction comes from `loc`.
    pub fn line(&mut self, loc: SrcLoc) {
        self.lines.push((self.code.len() as u32, loc));
    }

    /// A relocation site: the opcode, then `index` (in this module's numbering) as a padded
    /// 5-byte LEB128 the assembler replaces.
    pub fn site(&mut self, kind: RelocKind, index: u32) {
        self.relocs.push(Reloc { offset: self.code.len() as u32, kind, index });
        self.code.push(kind.opcode());
        crate::reloc::push_padded_leb(&mut self.code, index);
    }

    /// A `call_indirect` of signature `sig` on `table`.
    pub fn call_indirect(&mut self, sig: &Signature, table: u32) {
        let type_index = match self.indirect_sigs.iter().position(|s| s == sig) {
            Some(i) => i,
            None => {
                self.indirect_sigs.push(sig.clone());
                self.indirect_sigs.len() - 1
            }
        };
        self.site(RelocKind::CallIndirect, type_index as u32);
        table.encode(&mut self.code);
    }

    fn depth(&self, f: Frame) -> Result<u32, Error> {
        self.frames.iter().rev().position(|x| *x == f).map(|d| d as u32).ok_or_else(|| Error::Internal(format!("no enclosing {f:?}")))
    }

    pub fn finish(self) -> FuncBody {
        FuncBody { locals: self.locals, code: self.code, lines: self.lines, relocs: self.relocs, indirect_sigs: self.indirect_sigs }
    }
}

/// `op` and `v` as an unsigned LEB128 (minimal, as wasm-encoder writes it).
fn op_uleb(code: &mut Vec<u8>, op: u8, v: u32) {
    code.push(op);
    push_uleb(code, v.into());
}

/// `v` as an unsigned LEB128 (minimal), as `wasm_encoder::Encode` writes it, without its
/// general path (a precompiled crate's section is hundreds of thousands of these).
pub(crate) fn push_uleb(code: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        code.push(v as u8 | 0x80);
        v >>= 7;
    }
    code.push(v as u8);
}

/// `op` and `v` as a signed LEB128 (minimal).
fn op_sleb(code: &mut Vec<u8>, op: u8, mut v: i64) {
    code.push(op);
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if (v == 0 && b & 0x40 == 0) || (v == -1 && b & 0x40 != 0) {
            code.push(b);
            return;
        }
        code.push(b | 0x80);
    }
}

/// An emitter that writes blocks; the structuring around them is provided.
pub(crate) trait Structured {
    fn shape(&self) -> &Shape;
    fn body(&mut self) -> &mut Body;
    /// Writes the block at position `x`: its instructions, then its terminator, whose
    /// branches go through [`Structured::do_branch`].
    fn emit_block(&mut self, x: usize) -> Result<(), Error>;

    /// The whole function: its control flow, then `end` (after an `unreachable` when the
    /// function returns values, as control never reaches the end of the body).
    fn emit_function(&mut self, returns: bool) -> Result<(), Error> {
        if self.shape().reducible {
            self.do_tree(0)?;
        } else {
            self.dispatch()?;
        }
        if returns {
            self.body().ins(I::Unreachable);
        }
        self.body().ins(I::End);
        Ok(())
    }

    fn do_tree(&mut self, x: usize) -> Result<(), Error> {
        let shape = self.shape();
        let mut ys: Vec<usize> = shape.children(x).iter().map(|&c| c as usize).filter(|&c| shape.merge[c]).collect();
        ys.sort_unstable_by(|a, b| b.cmp(a));
        if shape.loop_header[x] {
            self.body().ins(I::Loop(BlockType::Empty));
            self.body().frames.push(Frame::Loop(x));
            self.node_within(x, &ys)?;
            self.body().frames.pop();
            self.body().ins(I::End);
            Ok(())
        } else {
            self.node_within(x, &ys)
        }
    }

    fn node_within(&mut self, x: usize, ys: &[usize]) -> Result<(), Error> {
        match ys.split_first() {
            Some((&y, rest)) => {
                self.body().ins(I::Block(BlockType::Empty));
                self.body().frames.push(Frame::BlockFollowedBy(y));
                self.node_within(x, rest)?;
                self.body().frames.pop();
                self.body().ins(I::End);
                self.do_tree(y)
            }
            None => self.emit_block(x),
        }
    }

    /// Control goes from position `x` to position `y` (the branch arguments are moved).
    fn do_branch(&mut self, x: usize, y: usize) -> Result<(), Error> {
        let (reducible, merge) = (self.shape().reducible, self.shape().merge[y]);
        let b = self.body();
        if !reducible {
            b.ins(I::I32Const(y as i32));
            b.ins(I::LocalSet(b.label_local));
            let d = b.depth(Frame::Dispatch)?;
            b.ins(I::Br(d));
        } else if y <= x {
            let d = b.depth(Frame::Loop(y))?;
            b.ins(I::Br(d));
        } else if merge {
            let d = b.depth(Frame::BlockFollowedBy(y))?;
            b.ins(I::Br(d));
        } else {
            self.do_tree(y)?;
        }
        Ok(())
    }

    /// Irreducible fallback: `loop { block* { br_table label } code(0) ... }`.
    fn dispatch(&mut self) -> Result<(), Error> {
        let n = self.shape().rpo.len();
        let b = self.body();
        b.label_local = b.new_local(ValType::I32);
        b.ins(I::Loop(BlockType::Empty));
        b.frames.push(Frame::Dispatch);
        self.open_table(n);
        let b = self.body();
        b.ins(I::LocalGet(b.label_local));
        self.table_jump(n);
        for k in 0..n {
            self.next_table_edge();
            self.emit_block(k)?;
        }
        self.body().frames.pop();
        self.body().ins(I::End);
        Ok(())
    }

    /// Opens the `n` nested blocks of a `br_table` on the value the caller pushes next; the
    /// caller then closes them one per edge with [`Structured::next_table_edge`].
    fn open_table(&mut self, n: usize) {
        let b = self.body();
        for _ in 0..n {
            b.ins(I::Block(BlockType::Empty));
            b.frames.push(Frame::Other);
        }
    }

    /// Writes the `br_table` over the `n` blocks [`Structured::open_table`] opened.
    fn table_jump(&mut self, n: usize) {
        let targets: Vec<u32> = (0..(n - 1) as u32).collect();
        self.body().ins(I::BrTable(targets.into(), (n - 1) as u32));
    }

    /// Closes the innermost block of a `br_table`: the code after it is the next edge's.
    fn next_table_edge(&mut self) {
        self.body().frames.pop();
        self.body().ins(I::End);
    }

    /// Opens an `if` on the condition just pushed.
    fn open_if(&mut self) {
        self.body().ins(I::If(BlockType::Empty));
        self.body().frames.push(Frame::Other);
    }

    fn close_if(&mut self) {
        self.body().frames.pop();
        self.body().ins(I::End);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The instructions [`Body::ins`] writes itself come out as wasm-encoder writes them.
    #[test]
    fn direct_encodings_match_wasm_encoder() {
        let u32s = [0, 1, 63, 64, 127, 128, 255, 8191, 8192, 16383, 16384, 1 << 21, (1 << 28) - 1, 1 << 28, u32::MAX];
        let i64s = [0, 1, -1, 63, 64, -64, -65, 127, 128, -128, -129, 8191, -8192, 1 << 31, -(1 << 31), i32::MAX as i64, i32::MIN as i64, i64::MAX, i64::MIN, 0x7fff_ffff_ffff, -0x7fff_ffff_ffff];
        let mut cases: Vec<I<'static>> = Vec::new();
        for &v in &u32s {
            cases.extend([I::LocalGet(v), I::LocalSet(v), I::LocalTee(v)]);
        }
        for &v in &i64s {
            cases.push(I::I64Const(v));
            cases.push(I::I32Const(v as i32));
        }
        for i in cases {
            let mut want = Vec::new();
            i.clone().encode(&mut want);
            let mut b = Body::new(0, 0);
            b.ins(i.clone());
            assert_eq!(b.code, want, "{i:?}");
        }
        // The precompiled section's numbers.
        for v in u32s.iter().map(|&v| u64::from(v)).chain([u64::from(u32::MAX) + 1, 1 << 35, 1 << 56, u64::MAX - 1, u64::MAX]) {
            let (mut want, mut got) = (Vec::new(), Vec::new());
            v.encode(&mut want);
            push_uleb(&mut got, v);
            assert_eq!(got, want, "{v}");
        }
    }
    /// [`Shape::compute`] (flat arrays, dominators on the RPO numbering) agrees with the
    /// general algorithms of `wasmir::cfg` on many small CFGs, with duplicate edges, self
    /// loops, unreachable nodes and irreducible parts.
    #[test]
    fn shape_agrees_with_wasmir_cfg() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = |bound: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % bound as u64) as usize
        };
        let (mut irreducible, mut merges) = (0, 0);
        for _ in 0..5000 {
            let n = 1 + next(14);
            let edges: Vec<Vec<usize>> = (0..n).map(|_| (0..next(4)).map(|_| next(n)).collect()).collect();
            let entry = next(n);
            let shape = Shape::compute(n, |b| edges[b].iter().copied(), entry);

            // The same, computed the general way.
            let dedup = |v: &Vec<usize>| v.iter().fold(Vec::new(), |mut s, &t| {
                if !s.contains(&t) {
                    s.push(t);
                }
                s
            });
            let dsuccs: Vec<Vec<usize>> = edges.iter().map(dedup).collect();
            let rpo = wasmir::cfg::reverse_postorder(&dsuccs, entry);
            let mut index = vec![u32::MAX; n];
            for (i, &b) in rpo.iter().enumerate() {
                index[b] = i as u32;
            }
            let m = rpo.len();
            let (mut succs, mut fwd_in, mut loop_header) = (vec![Vec::new(); m], vec![0; m], vec![false; m]);
            for (i, &b) in rpo.iter().enumerate() {
                for &t in &edges[b] {
                    let j = index[t] as usize;
                    if j <= i {
                        loop_header[j] = true;
                    } else {
                        fwd_in[j] += 1;
                    }
                    if !succs[i].contains(&j) {
                        succs[i].push(j);
                    }
                }
            }
            let dt = wasmir::cfg::DomTree::compute(&succs, 0);
            let mut children = vec![Vec::new(); m];
            for x in 1..m {
                children[dt.idom[x]].push(x);
            }
            let merge: Vec<bool> = fwd_in.iter().map(|&c| c >= 2).collect();
            let reducible = wasmir::cfg::is_reducible(&succs, &dt);

            let what = format!("edges {edges:?}, entry {entry}");
            assert_eq!(shape.rpo, rpo, "{what}");
            assert_eq!(shape.index, index, "{what}");
            assert_eq!(shape.loop_header, loop_header, "{what}");
            assert_eq!(shape.merge, merge, "{what}");
            assert_eq!(shape.reducible, reducible, "{what}");
            for x in 0..m {
                let got: Vec<usize> = shape.children(x).iter().map(|&c| c as usize).collect();
                assert_eq!(got, children[x], "{what}: children of {x}");
            }
            irreducible += usize::from(!reducible);
            merges += merge.iter().filter(|&&b| b).count();
        }
        // The graphs covered both kinds of CFG.
        assert!(irreducible > 100 && merges > 1000, "{irreducible} irreducible, {merges} merges");
    }
}
