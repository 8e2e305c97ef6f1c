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
        // Once per callee type (resolving the instance and formatting its path are costly, and a
        // crate calls the same few sysroot functions thousands of times).
        if let Some(k) = self.cx.call_kinds.borrow().get(&fty) {
            return *k;
        }
        let env = ty::TypingEnv::fully_monomorphized();
        // What the definition says first; only a candidate is resolved (a costly trait query
        // per callee type), to rule out intrinsics and virtual calls.
        let candidate = if self.diverges(def_id, fty) && crate::driver::is_panic_machinery(tcx, def_id) {
            CallKind::Trap
        } else if tcx.crate_name(def_id.krate) == rustc_span::sym::core {
            // The definition's own path: a visible path needs the crate graph's
            // `visible_parent_map`, costly to compute for one string.
            // Once per definition (the callee types above are per instantiation).
            let fmt_ctor = *self.cx.fmt_ctors.borrow_mut().entry(def_id).or_insert_with(|| {
                let path = ty::print::with_no_visible_paths!(tcx.def_path_str(def_id));
                path.starts_with("core::fmt::rt::") || path.starts_with("core::fmt::Arguments::")
            });
            if fmt_ctor { CallKind::FmtCtor } else { CallKind::Other }
        } else {
            CallKind::Other
        };
        let kind = match candidate {
            CallKind::Other => CallKind::Other,
            k => match Instance::try_resolve(tcx, env, def_id, args) {
                Ok(Some(inst)) if !matches!(inst.def, InstanceKind::Intrinsic(_) | InstanceKind::Virtual(..)) => k,
                _ => CallKind::Other,
            },
        };
        self.cx.call_kinds.borrow_mut().insert(fty, kind);
        kind
    }

    /// Whether a callee of type `fty` (a `FnDef` of `def_id`) never returns. The declared output
    /// tells, unless it is a type parameter or a projection (instantiating and normalising the
    /// signature is a trait query per callee type).
    fn diverges(&self, def_id: rustc_hir::def_id::DefId, fty: ty::Ty<'tcx>) -> bool {
        match self.tcx.fn_sig(def_id).skip_binder().output().skip_binder().kind() {
            ty::Never => true,
            ty::Param(_) | ty::Alias(..) => self.tcx.normalize_erasing_late_bound_regions(ty::TypingEnv::fully_monomorphized(), fty.fn_sig(self.tcx)).output().is_never(),
            _ => false,
        }
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
        // One buffer for the locals each statement uses.
        let mut v = Locals(Vec::new());
        for data in mir.basic_blocks.iter() {
            for stmt in &data.statements {
                match &stmt.kind {
                    StatementKind::StorageLive(_) | StatementKind::StorageDead(_) | StatementKind::Nop => {}
                    StatementKind::Assign(b) if !has_deref(&b.0) => {
                        let (place, rv) = &**b;
                        v.0.clear();
                        v.visit_rvalue(rv, loc);
                        edges.extend(v.0.iter().map(|&s| (s, place.local)));
                        for e in place.projection.iter() {
                            if let ProjectionElem::Index(i) = e {
                                marked[i.index()] = true;
                            }
                        }
                    }
                    StatementKind::SetDiscriminant { place, .. } if !has_deref(place) => {}
                    _ => {
                        v.0.clear();
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
                    v.0.clear();
                    for a in args.iter() {
                        v.visit_operand(&a.node, loc);
                    }
                    if kind == CallKind::FmtCtor && !has_deref(destination) {
                        edges.extend(v.0.iter().map(|&s| (s, destination.local)));
                    } else {
                        v.0.iter().for_each(|l| marked[l.index()] = true);
                    }
                    v.0.clear();
                    v.visit_operand(func, loc);
                    if has_deref(destination) {
                        marked[destination.local.index()] = true;
                    }
                    for e in destination.projection.iter() {
                        if let ProjectionElem::Index(i) = e {
                            v.0.push(i);
                        }
                    }
                    v.0.iter().for_each(|l| marked[l.index()] = true);
                }
                _ => {
                    v.0.clear();
                    v.visit_terminator(term, loc);
                    v.0.iter().for_each(|l| marked[l.index()] = true);
                }
            }
        }
        // A value flowing into a used local is used: propagate the marks backwards along the edges.
        edges.sort_unstable_by_key(|&(_, d)| d);
        let mut stack: Vec<Local> = (0..n).filter(|&l| marked[l]).map(Local::from_usize).collect();
        while let Some(d) = stack.pop() {
            let from = edges.partition_point(|&(_, x)| x < d);
            for &(s, _) in edges[from..].iter().take_while(|&&(_, x)| x == d) {
                if !marked[s.index()] {
                    marked[s.index()] = true;
                    stack.push(s);
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
