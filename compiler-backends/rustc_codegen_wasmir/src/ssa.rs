//! Which MIR locals live in wasm SSA values instead of frame slots, as rustc_codegen_ssa's
//! `non_ssa_locals` decides for its operand locals: a scalar or scalar-pair local that is
//! defined once, whose definition dominates every use, and that is only ever read whole (or
//! dereferenced, or one half of a pair read) never has its address taken, so it needs no
//! memory. At opt-level 0 most locals are such temporaries; keeping them out of the frame
//! saves a store and a load per use for the lowering and for both code generators.

use crate::base::{Fx, R, SsaLocal};
use crate::place::{CVal, OpVal, PlaceRef};
use rustc_abi::{BackendRepr, FieldsShape, Primitive, Variants};
use rustc_index::IndexVec;
use rustc_index::bit_set::DenseBitSet;
use rustc_middle::mir::visit::{MutatingUseContext, NonMutatingUseContext, PlaceContext, Visitor};
use rustc_middle::mir::{BasicBlock, Body, Local, Location, Place, ProjectionElem, TerminatorKind};
use rustc_middle::ty::layout::TyAndLayout;
use wasmir::Value;

/// Which part of an SSA local's value a field projection reads.
#[derive(Clone, Copy, Debug)]
pub enum FieldOf {
    Zst,
    /// The whole value (a newtype's only non-trivial field).
    Whole,
    /// The first or second half of a scalar pair.
    First,
    Second,
}

/// Which part of a scalar or scalar-pair value of layout `l` field `i` is, when it is one.
pub fn field_of<'tcx>(fx: &Fx<'_, 'tcx>, l: TyAndLayout<'tcx>, i: usize) -> Option<FieldOf> {
    if !matches!(l.variants, Variants::Single { .. }) || matches!(l.fields, FieldsShape::Union(_) | FieldsShape::Primitive) || i >= l.fields.count() {
        return None;
    }
    let f = l.field(&fx.cx.lcx, i);
    if f.is_zst() {
        return Some(FieldOf::Zst);
    }
    let off = l.fields.offset(i).bytes();
    match (l.backend_repr, f.backend_repr) {
        (BackendRepr::Scalar(_), BackendRepr::Scalar(_)) | (BackendRepr::ScalarPair(..), BackendRepr::ScalarPair(..)) if off == 0 && f.size == l.size => Some(FieldOf::Whole),
        (BackendRepr::ScalarPair(a, b), BackendRepr::Scalar(_)) => {
            let dl = &fx.tcx.data_layout;
            if off == 0 && f.size == a.size(dl) {
                Some(FieldOf::First)
            } else if off == crate::place::pair_offset(a, b, dl) && f.size == b.size(dl) {
                Some(FieldOf::Second)
            } else {
                None
            }
        }
        _ => None,
    }
}

#[derive(Clone, Copy)]
enum State {
    /// No definition seen yet (in reverse postorder).
    Unseen,
    Def(DefAt),
    /// Lives in the frame.
    Memory,
}

#[derive(Clone, Copy)]
enum DefAt {
    /// An argument: defined on entry.
    Entry,
    Statement(Location),
    /// A call's destination: defined on entry to the call's return block, whose only
    /// predecessor is the call.
    CallReturn(BasicBlock),
}

struct Analysis<'a, 'b, 'tcx> {
    fx: &'a Fx<'b, 'tcx>,
    mir: &'tcx Body<'tcx>,
    state: IndexVec<Local, State>,
}

impl Analysis<'_, '_, '_> {
    fn memory(&mut self, l: Local) {
        self.state[l] = State::Memory;
    }

    fn define(&mut self, l: Local, at: DefAt) {
        self.state[l] = match self.state[l] {
            State::Unseen => State::Def(at),
            _ => State::Memory,
        };
    }

    fn read(&mut self, l: Local, at: Location) {
        let dominated = match self.state[l] {
            State::Memory => return,
            // Blocks are visited in reverse postorder: a definition that dominates a use has
            // been seen before it.
            State::Unseen => false,
            State::Def(DefAt::Entry) => true,
            State::Def(DefAt::Statement(d)) if d.block == at.block => d.statement_index < at.statement_index,
            State::Def(DefAt::Statement(d)) => self.mir.basic_blocks.dominators().dominates(d.block, at.block),
            State::Def(DefAt::CallReturn(t)) => self.mir.basic_blocks.dominators().dominates(t, at.block),
        };
        if !dominated {
            self.memory(l);
        }
    }
}

impl<'tcx> Visitor<'tcx> for Analysis<'_, '_, 'tcx> {
    fn visit_place(&mut self, place: &Place<'tcx>, ctx: PlaceContext, at: Location) {
        for elem in place.projection.iter() {
            if let ProjectionElem::Index(i) = elem {
                self.read(i, at);
            }
        }
        let l = place.local;
        match place.projection.as_slice() {
            [] => self.visit_local(l, ctx, at),
            // Reads the pointer, whatever is done with the pointee.
            [ProjectionElem::Deref, ..] => self.read(l, at),
            [ProjectionElem::Field(f, _)]
                if matches!(ctx, PlaceContext::NonMutatingUse(NonMutatingUseContext::Copy | NonMutatingUseContext::Move))
                    && field_of(self.fx, self.fx.local_layouts[l], f.index()).is_some() =>
            {
                self.read(l, at)
            }
            _ => self.memory(l),
        }
    }

    fn visit_local(&mut self, l: Local, ctx: PlaceContext, at: Location) {
        match ctx {
            PlaceContext::MutatingUse(MutatingUseContext::Store) => self.define(l, DefAt::Statement(at)),
            PlaceContext::MutatingUse(MutatingUseContext::Call) => match self.mir.basic_blocks[at.block].terminator().kind {
                TerminatorKind::Call { target: Some(t), .. } if t != at.block && self.mir.basic_blocks.predecessors()[t].len() == 1 => {
                    self.define(l, DefAt::CallReturn(t))
                }
                _ => self.memory(l),
            },
            PlaceContext::NonMutatingUse(NonMutatingUseContext::Copy | NonMutatingUseContext::Move) => self.read(l, at),
            PlaceContext::NonUse(_) | PlaceContext::NonMutatingUse(NonMutatingUseContext::PlaceMention) => {}
            _ => self.memory(l),
        }
    }
}

/// `result[l]`: local `l` is kept in SSA values. `candidate[l]`: its layout and role allow it
/// (a sized scalar or scalar pair that is not the panic machinery's, nor an argument passed by
/// reference); arguments among them count as defined on entry. Only the blocks in `reachable`
/// (those lowered) are looked at.
pub fn ssa_locals<'tcx>(fx: &Fx<'_, 'tcx>, candidate: &IndexVec<Local, bool>, reachable: &DenseBitSet<BasicBlock>) -> IndexVec<Local, bool> {
    let mir = fx.mir;
    let state = candidate
        .iter_enumerated()
        .map(|(l, &c)| match c {
            false => State::Memory,
            true if l.index() >= 1 && l.index() <= mir.arg_count => State::Def(DefAt::Entry),
            true => State::Unseen,
        })
        .collect();
    let mut a = Analysis { fx, mir, state };
    for &bb in mir.basic_blocks.reverse_postorder() {
        if reachable.contains(bb) {
            a.visit_basic_block_data(bb, &mir.basic_blocks[bb]);
        }
    }
    a.state.into_iter().map(|s| matches!(s, State::Def(_))).collect()
}

impl<'a, 'tcx> Fx<'a, 'tcx> {
    pub fn is_ssa(&self, l: Local) -> bool {
        !matches!(self.ssa[l], SsaLocal::Memory)
    }

    /// The value of an SSA local.
    pub fn ssa_value(&self, l: Local) -> R<OpVal<'tcx>> {
        match self.ssa[l] {
            SsaLocal::Value(v) => Ok(v),
            // The analysis saw the definition dominate this use; lowering must have met it.
            _ => Err(self.unsupported(format!("internal: local {l:?} read before its definition"))),
        }
    }

    /// Defines SSA local `l` as `v`, in the wasm values its layout is passed in (a value still
    /// in memory is read now, before the memory changes).
    pub fn ssa_define(&mut self, l: Local, v: OpVal<'tcx>) -> R<()> {
        let layout = self.local_layouts[l];
        let v = OpVal { val: v.val, layout };
        let val = match layout.backend_repr {
            BackendRepr::Scalar(_) => CVal::Scalar(self.scalar(v)?),
            _ => {
                let (x, y) = self.pair(v)?;
                CVal::Pair(x, y)
            }
        };
        self.ssa[l] = SsaLocal::Value(OpVal { val, layout });
        Ok(())
    }

    /// [`Fx::ssa_define`] for a value from another function (an argument, a call's result),
    /// whose narrow integers are brought to their canonical form as a load from memory would.
    pub fn ssa_define_foreign(&mut self, l: Local, v: OpVal<'tcx>) -> R<()> {
        let layout = self.local_layouts[l];
        let val = match (layout.backend_repr, v.val) {
            (BackendRepr::Scalar(s), CVal::Scalar(x)) => CVal::Scalar(self.canonical(s, x)),
            (BackendRepr::ScalarPair(a, b), CVal::Pair(x, y)) => CVal::Pair(self.canonical(a, x), self.canonical(b, y)),
            (_, val) => val,
        };
        self.ssa_define(l, OpVal { val, layout })
    }

    fn canonical(&mut self, s: rustc_abi::Scalar, x: Value) -> Value {
        match s.primitive() {
            Primitive::Int(i, signed) if i.size().bits() < 32 => self.normalize(x, i.size().bits(), signed),
            _ => x,
        }
    }

    /// The place a call or an intrinsic writes its result to: for an SSA local a temporary,
    /// read into the local by `finish_call`.
    pub fn dest_place(&mut self, dest: Place<'tcx>) -> R<PlaceRef<'tcx>> {
        if let Some(l) = dest.as_local()
            && self.is_ssa(l)
        {
            let t = self.alloc_temp(self.local_layouts[l])?;
            self.pending = Some((l, t));
            return Ok(t);
        }
        self.codegen_place(dest)
    }

    /// Reads an operand that is (part of) an SSA local without projections through memory:
    /// `None` when `p` is not one.
    pub fn ssa_operand(&mut self, p: Place<'tcx>) -> R<Option<OpVal<'tcx>>> {
        if !self.is_ssa(p.local) {
            return Ok(None);
        }
        match p.projection.as_slice() {
            [] => self.ssa_value(p.local).map(Some),
            [ProjectionElem::Field(f, _)] => {
                let v = self.ssa_value(p.local)?;
                let fl = v.layout.field(&self.cx.lcx, f.index());
                let val = match (field_of(self, v.layout, f.index()), v.val) {
                    (Some(FieldOf::Zst), _) => CVal::Zst,
                    (Some(FieldOf::Whole), val) => val,
                    (Some(FieldOf::First), CVal::Pair(x, _)) => CVal::Scalar(x),
                    (Some(FieldOf::Second), CVal::Pair(_, y)) => CVal::Scalar(y),
                    _ => return Err(self.unsupported(format!("internal: field {} of SSA local {:?}", f.index(), p.local))),
                };
                Ok(Some(OpVal { val, layout: fl }))
            }
            _ => Ok(None),
        }
    }
}
