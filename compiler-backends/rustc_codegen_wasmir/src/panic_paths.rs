//! Values that only feed a panic. Panics are traps here, so the arguments of a call to the
//! sysroot's panic machinery are never used; computing them anyway would drag in `core::fmt`
//! (`Debug` vtables for `Result::unwrap`, `Argument::new_display` for `panic!("{x}")`), which
//! is not compiled through WasmIR. A local is *panic-only* when every use of it is an argument
//! of such a call or flows (by assignment, or through a pure `core::fmt` argument constructor)
//! into another panic-only local; its assignments are skipped. Skipping is exact: MIR
//! statements have no side effects and the skipped `core::fmt::rt`/`Arguments` constructors
//! are pure.

use crate::base::Fx;
use rustc_middle::mir::visit::{PlaceContext, Visitor};
use rustc_middle::mir::{self, Local, Location, ProjectionElem, StatementKind, TerminatorKind};
use rustc_middle::ty::{self, Instance, InstanceKind};

/// What a call is, for the analysis and for lowering.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CallKind {
    /// A diverging function of the sysroot: lowered as a trap.
    Trap,
    /// A pure constructor of `core::fmt` (`fmt::rt::Argument::new_*`, `Arguments::new*`).
    FmtCtor,
    Other,
}

struct Locals(Vec<Local>);
impl<'tcx> Visitor<'tcx> for Locals {
    fn visit_local(&mut self, local: Local, ctx: PlaceContext, _: Location) {
        if !matches!(ctx, PlaceContext::NonUse(_)) {
            self.0.push(local);
        }
    }
}

fn has_deref(p: &mir::Place<'_>) -> bool {
    p.projection.iter().any(|e| matches!(e, ProjectionElem::Deref))
}

impl<'a, 'tcx> Fx<'a, 'tcx> {
    pub fn call_kind(&self, func: &mir::Operand<'tcx>) -> CallKind {
        let tcx = self.tcx;
        let fty = self.monomorphize(func.ty(self.mir, tcx));
        let ty::FnDef(def_id, args) = *fty.kind() else { return CallKind::Other };
        if !crate::driver::is_sysroot_crate(tcx, def_id.krate) {
            return CallKind::Other;
        }
        let env = ty::TypingEnv::fully_monomorphized();
        let Ok(Some(inst)) = Instance::try_resolve(tcx, env, def_id, args) else { return CallKind::Other };
        if matches!(inst.def, InstanceKind::Intrinsic(_) | InstanceKind::Virtual(..)) {
            return CallKind::Other;
        }
        // Once per callee (formatting a path is costly, and a crate calls the same few sysroot
        // functions thousands of times).
        *self.cx.call_kinds.borrow_mut().entry(fty).or_insert_with(|| {
            if tcx.normalize_erasing_late_bound_regions(env, fty.fn_sig(tcx)).output().is_never() && crate::driver::is_panic_machinery(tcx, def_id) {
                return CallKind::Trap;
            }
            let path = tcx.def_path_str(def_id);
            if path.starts_with("core::fmt::rt::") || path.starts_with("core::fmt::Arguments::") {
                return CallKind::FmtCtor;
            }
            CallKind::Other
        })
    }

    /// `result[l]`: local `l` is panic-only.
    pub fn panic_only_locals(&self) -> Vec<bool> {
        let mir = self.mir;
        let n = mir.local_decls.len();
        let mut marked = vec![false; n];
        for l in 0..=mir.arg_count.min(n - 1) {
            marked[l] = true;
        }
        let mut edges: Vec<(Local, Local)> = Vec::new();
        let loc = Location::START;
        for data in mir.basic_blocks.iter() {
            for stmt in &data.statements {
                match &stmt.kind {
                    StatementKind::StorageLive(_) | StatementKind::StorageDead(_) | StatementKind::Nop => {}
                    StatementKind::Assign(b) if !has_deref(&b.0) => {
                        let (place, rv) = &**b;
                        let mut v = Locals(vec![]);
                        v.visit_rvalue(rv, loc);
                        edges.extend(v.0.into_iter().map(|s| (s, place.local)));
                        for e in place.projection.iter() {
                            if let ProjectionElem::Index(i) = e {
                                marked[i.index()] = true;
                            }
                        }
                    }
                    StatementKind::SetDiscriminant { place, .. } if !has_deref(place) => {}
                    _ => {
                        let mut v = Locals(vec![]);
                        v.visit_statement(stmt, loc);
                        v.0.iter().for_each(|l| marked[l.index()] = true);
                    }
                }
            }
            let term = data.terminator();
            match &term.kind {
                TerminatorKind::Call { func, args, destination, .. } => {
                    let kind = self.call_kind(func);
                    if kind == CallKind::Trap {
                        continue;
                    }
                    let mut v = Locals(vec![]);
                    for a in args.iter() {
                        v.visit_operand(&a.node, loc);
                    }
                    if kind == CallKind::FmtCtor && !has_deref(destination) {
                        edges.extend(v.0.iter().map(|&s| (s, destination.local)));
                    } else {
                        v.0.iter().for_each(|l| marked[l.index()] = true);
                    }
                    let mut w = Locals(vec![]);
                    w.visit_operand(func, loc);
                    if has_deref(destination) {
                        marked[destination.local.index()] = true;
                    }
                    for e in destination.projection.iter() {
                        if let ProjectionElem::Index(i) = e {
                            w.0.push(i);
                        }
                    }
                    w.0.iter().for_each(|l| marked[l.index()] = true);
                }
                _ => {
                    let mut v = Locals(vec![]);
                    v.visit_terminator(term, loc);
                    v.0.iter().for_each(|l| marked[l.index()] = true);
                }
            }
        }
        // A value flowing into a used local is used.
        let mut changed = true;
        while changed {
            changed = false;
            for &(s, d) in &edges {
                if marked[d.index()] && !marked[s.index()] {
                    marked[s.index()] = true;
                    changed = true;
                }
            }
        }
        marked.into_iter().map(|m| !m).collect()
    }

    /// Whether a statement only computes a panic-only value (and is skipped).
    pub fn skip_statement(&self, stmt: &mir::Statement<'tcx>, panic_only: &[bool]) -> bool {
        match &stmt.kind {
            StatementKind::Assign(b) => !has_deref(&b.0) && panic_only[b.0.local.index()],
            StatementKind::SetDiscriminant { place, .. } => !has_deref(place) && panic_only[place.local.index()],
            _ => false,
        }
    }
}
